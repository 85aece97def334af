/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "vd-store.h"

G_BEGIN_DECLS

#define VD_TYPE_STATISTICS_REPORT_DIALOG (vd_statistics_report_dialog_get_type ())
G_DECLARE_FINAL_TYPE (VdStatisticsReportDialog, vd_statistics_report_dialog, VD, STATISTICS_REPORT_DIALOG, AdwWindow)

GtkWidget *vd_statistics_report_dialog_new (VdStore *store,
                                            int      year);

G_END_DECLS
