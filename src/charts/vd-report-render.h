/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "vd-stats-report.h"

G_BEGIN_DECLS

/* A4 landscape, in points: the official forms are filed on it. */
#define VD_REPORT_PAGE_WIDTH  841.89
#define VD_REPORT_PAGE_HEIGHT 595.28

void     vd_report_draw_page    (const VdStatsReport *report,
                                 cairo_t             *cr,
                                 double               width,
                                 double               height);
gboolean vd_report_export_pdf   (const VdStatsReport *report,
                                 const char          *path,
                                 GError             **error);
gboolean vd_report_export_xlsx  (const VdStatsReport *report,
                                 const char          *path,
                                 GError             **error);
gboolean vd_report_export       (const VdStatsReport *report,
                                 const char          *path,
                                 GError             **error);

G_END_DECLS
