/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "vd-calendar-draw.h"

G_BEGIN_DECLS

/* Printing and PDF export of the month grid or the year timeline, on A4
 * landscape, with the drawing code the screen uses. */

typedef enum
{
  VD_CALENDAR_PAGE_MONTH,
  VD_CALENDAR_PAGE_YEAR,
} VdCalendarPage;

void      vd_campaigns_print      (GtkWindow            *parent,
                                   const VdCalendarData *data,
                                   VdCalendarPage        page,
                                   int                   year,
                                   int                   month);
gboolean  vd_campaigns_export_pdf (const char           *path,
                                   const VdCalendarData *data,
                                   VdCalendarPage        page,
                                   int                   year,
                                   int                   month,
                                   GError              **error);

G_END_DECLS
