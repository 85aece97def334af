/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "vd-chart.h"

G_BEGIN_DECLS

#define VD_TYPE_CHART_VIEW (vd_chart_view_get_type ())
G_DECLARE_FINAL_TYPE (VdChartView, vd_chart_view, VD, CHART_VIEW, GtkWidget)

GtkWidget *vd_chart_view_new       (void);
void       vd_chart_view_set_chart (VdChartView *self,
                                    VdChart     *chart);
VdChart   *vd_chart_view_get_chart (VdChartView *self);

G_END_DECLS
