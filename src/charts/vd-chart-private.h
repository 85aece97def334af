/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "vd-chart.h"

G_BEGIN_DECLS

/* Where the last drawing put each mark, in the drawing's own units, so
 * that pointer and keyboard find what the reader sees. */
typedef struct
{
  guint  category;
  int    series;      /* -1 for a whole bar or slice */
  double x, y, width, height;
  /* slices: the ring and the angles it spans */
  gboolean slice;
  double cx, cy, inner, outer, start, end;
} VdChartHitArea;

struct _VdChart
{
  int            ref_count;

  VdChartShape   shape;
  gboolean       percent;
  VdStatsTable  *table;
  GPtrArray     *categories;  /* VdChartItem* */
  GPtrArray     *series;      /* VdChartItem* */
  gint64        *counts;      /* categories × series */
  gint64        *bases;       /* per category, percent charts */
  double        *values;      /* what is drawn: counts, or percentages */

  char          *title;
  char          *subtitle;
  char          *date;

  GArray        *geometry;    /* VdChartHitArea, from the last vd_chart_draw() */
};

G_END_DECLS
