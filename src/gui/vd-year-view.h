/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "vd-calendar-draw.h"

G_BEGIN_DECLS

#define VD_TYPE_YEAR_VIEW (vd_year_view_get_type ())
G_DECLARE_FINAL_TYPE (VdYearView, vd_year_view, VD, YEAR_VIEW, GtkWidget)

void  vd_year_view_set_year  (VdYearView           *self,
                              int                   year);
void  vd_year_view_set_data  (VdYearView           *self,
                              const VdCalendarData *data);   /* borrowed; call again when it changes */
guint vd_year_view_get_n_rows (VdYearView          *self);

G_END_DECLS
