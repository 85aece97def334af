/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "vd-calendar-draw.h"

G_BEGIN_DECLS

#define VD_TYPE_MONTH_VIEW (vd_month_view_get_type ())
G_DECLARE_FINAL_TYPE (VdMonthView, vd_month_view, VD, MONTH_VIEW, GtkWidget)

void vd_month_view_set_month (VdMonthView          *self,
                              int                   year,
                              int                   month);
void vd_month_view_set_data  (VdMonthView          *self,
                              const VdCalendarData *data);   /* borrowed; call again when it changes */

G_END_DECLS
