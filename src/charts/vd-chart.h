/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "vd-stats.h"

G_BEGIN_DECLS

/* A chart ready to draw: categories × series of numbers, folded to what a
 * reader can take in (top N and "Others"), with the exact counts kept for
 * tooltips, the table view and exports. Built from a VdStatsTable; drawn by
 * vd_chart_draw() onto any Cairo surface. */

typedef enum
{
  VD_CHART_SHAPE_BARS,     /* horizontal bars, one per category */
  VD_CHART_SHAPE_STACKED,  /* horizontal bars, a segment per series */
  VD_CHART_SHAPE_COLUMNS,  /* vertical stacked columns over years */
  VD_CHART_SHAPE_LINES,    /* a line per series over years */
  VD_CHART_SHAPE_DONUT,    /* a slice per category */
} VdChartShape;

/**
 * VdChartItem:
 * @label: short, for the chart
 * @name: full, for tooltips and the table
 * @keys: (element-type VdStatsKey): the table rows or columns it stands
 *   for (several for "Others"), borrowed from the chart's table
 */
typedef struct
{
  char      *label;
  char      *name;
  GPtrArray *keys;
  gboolean   others;
} VdChartItem;

typedef struct _VdChart VdChart;

/**
 * VdChartTheme:
 * What the surroundings decide: light or dark, the font. Colours of the
 * data come from one colour-blind-safe palette (Okabe & Ito) either way.
 */
typedef struct
{
  gboolean    dark;
  const char *font;    /* Pango font family and size, "Cantarell 10"; NULL for the default */
  double      scale;   /* 1 on screen; larger for print resolution */
} VdChartTheme;

typedef enum
{
  VD_CHART_DRAW_PLAIN     = 0,
  VD_CHART_DRAW_HEADER    = 1 << 0,  /* title, filters and date: print and export */
} VdChartDrawFlags;

/* Bars a units chart shows before folding the rest into "Others". */
#define VD_CHART_DEFAULT_TOP_N      12
/* Series before "Other forms": more colours than this are not told apart. */
#define VD_CHART_DEFAULT_TOP_SERIES 6
/* Colours of the palette before they repeat; "Others" is grey. */
#define VD_CHART_PALETTE_SIZE 7

VdChart      *vd_chart_new_from_table     (VdStatsTable       *table,
                                           VdChartShape        shape,
                                           guint               top_n,
                                           guint               top_series);
VdChart      *vd_chart_ref                (VdChart            *chart);
void          vd_chart_unref              (VdChart            *chart);

VdChartShape  vd_chart_get_shape          (VdChart            *chart);
gboolean      vd_chart_is_percent         (VdChart            *chart);
guint         vd_chart_get_n_categories   (VdChart            *chart);
guint         vd_chart_get_n_series       (VdChart            *chart);
const VdChartItem *vd_chart_get_category  (VdChart            *chart,
                                           guint               index);
const VdChartItem *vd_chart_get_series    (VdChart            *chart,
                                           guint               index);
gint64        vd_chart_get_count          (VdChart            *chart,
                                           guint               category,
                                           guint               series);
gint64        vd_chart_get_base           (VdChart            *chart,
                                           guint               category);
double        vd_chart_get_value          (VdChart            *chart,
                                           guint               category,
                                           guint               series);
gint64        vd_chart_get_category_total (VdChart            *chart,
                                           guint               category);
gint64        vd_chart_get_total          (VdChart            *chart);
const VdStatsTable *vd_chart_get_table    (VdChart            *chart);

void          vd_chart_set_title          (VdChart            *chart,
                                           const char         *title);
const char   *vd_chart_get_title          (VdChart            *chart);
void          vd_chart_set_subtitle       (VdChart            *chart,
                                           const char         *subtitle);
const char   *vd_chart_get_subtitle       (VdChart            *chart);
void          vd_chart_set_date           (VdChart            *chart,
                                           const char         *date);

char         *vd_chart_describe_point     (VdChart            *chart,
                                           guint               category,
                                           int                 series);
char         *vd_chart_describe           (VdChart            *chart);

VdStatsFilter *vd_chart_narrow_filter     (VdChart             *chart,
                                           const VdStatsFilter *filter,
                                           guint                category,
                                           int                  series);

/* Drawing (vd-chart-draw.c). */
void          vd_chart_draw               (VdChart            *chart,
                                           cairo_t            *cr,
                                           double              width,
                                           double              height,
                                           const VdChartTheme *theme,
                                           VdChartDrawFlags    flags,
                                           int                 focus_category,
                                           int                 focus_series);
gboolean      vd_chart_hit                (VdChart            *chart,
                                           double              x,
                                           double              y,
                                           guint              *category,
                                           int                *series);
gboolean      vd_chart_get_focus_rect     (VdChart            *chart,
                                           guint               category,
                                           int                 series,
                                           double             *x,
                                           double             *y,
                                           double             *width,
                                           double             *height);
void          vd_chart_palette_color      (guint               index,
                                           gboolean            others,
                                           double             *r,
                                           double             *g,
                                           double             *b);

/* Axis scaling: a step of 1, 2 or 5 × 10ⁿ giving at most @max_ticks
 * intervals up to a top at or above @max. */
double        vd_chart_nice_step          (double              max,
                                           guint               max_ticks,
                                           double             *top);

char         *vd_chart_format_count       (gint64              count);
char         *vd_chart_format_percent     (double              percent);

/* Export (vd-chart-export.c). */
typedef enum
{
  VD_CHART_FORMAT_PNG,
  VD_CHART_FORMAT_SVG,
  VD_CHART_FORMAT_PDF,
  VD_CHART_FORMAT_CSV,
  VD_CHART_FORMAT_XLSX,
} VdChartFormat;

gboolean      vd_chart_format_from_path   (const char         *path,
                                           VdChartFormat      *format);
gboolean      vd_chart_export             (VdChart            *chart,
                                           const char         *path,
                                           VdChartFormat       format,
                                           double              width,
                                           double              height,
                                           GError            **error);
char         *vd_chart_escape_cell        (const char         *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VdChart, vd_chart_unref)

G_END_DECLS
