/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdChartDraw"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>
#include <pango/pangocairo.h>

#include "vd-chart-private.h"

/* The one drawing function of every chart: the Statistics place draws with
 * it in its snapshot, printing on the print context's Cairo, the exports
 * on PNG, SVG and PDF surfaces. Units are pixels at 96 dpi; a PDF or SVG
 * page of the same size in points looks the same. Positions of the marks
 * are kept for hit-testing, so what the pointer finds is what was drawn. */

#define DEFAULT_FONT "Sans 10"

/* Okabe & Ito, "Color Universal Design": told apart with every common
 * colour-vision deficiency, in the order that keeps neighbours distinct. */
static const double palette[][3] = {
  { 0.000, 0.447, 0.698 }, /* blue */
  { 0.902, 0.624, 0.000 }, /* orange */
  { 0.000, 0.620, 0.451 }, /* bluish green */
  { 0.835, 0.369, 0.000 }, /* vermillion */
  { 0.337, 0.706, 0.914 }, /* sky blue */
  { 0.800, 0.475, 0.655 }, /* reddish purple */
  { 0.941, 0.894, 0.259 }, /* yellow */
};

typedef struct
{
  cairo_t              *cr;
  VdChart              *chart;
  double                s;          /* scale */
  PangoFontDescription *font;
  PangoFontDescription *bold;
  PangoFontDescription *title;
  double                fg[4];
  double                dim[4];
  double                grid[4];
  double                bg[4];
  int                   focus_category;
  int                   focus_series;
} Ctx;

void
vd_chart_palette_color (guint     index,
                        gboolean  others,
                        double   *r,
                        double   *g,
                        double   *b)
{
  if (others)
    {
      *r = *g = *b = 0.6;
      return;
    }
  index %= G_N_ELEMENTS (palette);
  *r = palette[index][0];
  *g = palette[index][1];
  *b = palette[index][2];
}

static void
set_rgba (cairo_t      *cr,
          const double *c)
{
  cairo_set_source_rgba (cr, c[0], c[1], c[2], c[3]);
}

static void
set_item_color (Ctx               *ctx,
                guint              index,
                const VdChartItem *item)
{
  double r, g, b;

  vd_chart_palette_color (index, item->others, &r, &g, &b);
  cairo_set_source_rgb (ctx->cr, r, g, b);
}

static PangoLayout *
make_layout (Ctx                  *ctx,
             const char           *text,
             PangoFontDescription *font,
             double                max_width)
{
  PangoLayout *layout = pango_cairo_create_layout (ctx->cr);

  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  if (max_width > 0)
    {
      pango_layout_set_width (layout, (int) (max_width * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  return layout;
}

/* Logical extents: they include the room Vietnamese needs above the
 * capitals for stacked diacritics (Ễ, Ộ), so nothing laid out by them is
 * clipped. */
static void
layout_size (PangoLayout *layout,
             double      *width,
             double      *height)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  if (width)
    *width = (double) logical.width / PANGO_SCALE;
  if (height)
    *height = (double) logical.height / PANGO_SCALE;
}

static double
text_width (Ctx                  *ctx,
            const char           *text,
            PangoFontDescription *font)
{
  g_autoptr(PangoLayout) layout = make_layout (ctx, text, font, -1);
  double width;

  layout_size (layout, &width, NULL);
  return width;
}

static double
line_height (Ctx                  *ctx,
             PangoFontDescription *font)
{
  g_autoptr(PangoLayout) layout = make_layout (ctx, "Ẩgỹ", font, -1);
  double height;

  layout_size (layout, NULL, &height);
  return height;
}

typedef enum
{
  ALIGN_START,
  ALIGN_CENTER,
  ALIGN_END,
} Align;

/* Draws @text with its top at @y, aligned on @x; returns its height. */
static double
draw_text (Ctx                  *ctx,
           const char           *text,
           PangoFontDescription *font,
           const double         *color,
           double                x,
           double                y,
           double                max_width,
           Align                 align)
{
  g_autoptr(PangoLayout) layout = make_layout (ctx, text, font, max_width);
  double w, h;

  layout_size (layout, &w, &h);
  if (align == ALIGN_CENTER)
    x -= w / 2;
  else if (align == ALIGN_END)
    x -= w;
  set_rgba (ctx->cr, color);
  cairo_move_to (ctx->cr, x, y);
  pango_cairo_show_layout (ctx->cr, layout);
  return h;
}

static void
add_area (Ctx    *ctx,
          guint   category,
          int     series,
          double  x,
          double  y,
          double  width,
          double  height)
{
  VdChartHitArea area = { category, series, x, y, width, height, FALSE };

  g_array_append_val (ctx->chart->geometry, area);
}

static gboolean
is_focused (Ctx  *ctx,
            guint category,
            int   series)
{
  return ctx->focus_category == (int) category
         && (ctx->focus_series == series || ctx->focus_series < 0 || series < 0);
}

static void
focus_rect (Ctx    *ctx,
            double  x,
            double  y,
            double  w,
            double  h)
{
  double pad = 2 * ctx->s;

  cairo_save (ctx->cr);
  cairo_set_line_width (ctx->cr, 2 * ctx->s);
  set_rgba (ctx->cr, ctx->fg);
  cairo_rectangle (ctx->cr, x - pad, y - pad, w + 2 * pad, h + 2 * pad);
  cairo_stroke (ctx->cr);
  cairo_restore (ctx->cr);
}

/* ---- Pieces ---- */

static double
draw_header (Ctx    *ctx,
             double  x,
             double  y,
             double  width)
{
  VdChart *chart = ctx->chart;
  double top = y;

  if (chart->title != NULL)
    y += draw_text (ctx, chart->title, ctx->title, ctx->fg, x, y, width, ALIGN_START);
  if (chart->subtitle != NULL || chart->date != NULL)
    {
      double date_w = 0;

      if (chart->date != NULL)
        {
          g_autofree char *date = g_strdup_printf (_("Date: %s"), chart->date);

          date_w = text_width (ctx, date, ctx->font) + 16 * ctx->s;
          draw_text (ctx, date, ctx->font, ctx->dim, x + width, y, -1, ALIGN_END);
        }
      /* Filters can be long: they wrap rather than run under the date. */
      if (chart->subtitle != NULL)
        {
          g_autoptr(PangoLayout) layout = make_layout (ctx, chart->subtitle, ctx->font, -1);
          double h;

          pango_layout_set_width (layout, (int) ((width - date_w) * PANGO_SCALE));
          pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
          layout_size (layout, NULL, &h);
          set_rgba (ctx->cr, ctx->dim);
          cairo_move_to (ctx->cr, x, y);
          pango_cairo_show_layout (ctx->cr, layout);
          y += h;
        }
      else
        y += line_height (ctx, ctx->font);
    }
  return y - top + (y > top ? 12 * ctx->s : 0);
}

/* A wrapping row of colour swatches and names; returns its height. */
static double
draw_legend (Ctx       *ctx,
             GPtrArray *items,
             double     x,
             double     y,
             double     width)
{
  double lh = line_height (ctx, ctx->font);
  double sw = 12 * ctx->s, gap = 6 * ctx->s, spacing = 16 * ctx->s;
  double cx = x, cy = y;

  for (guint i = 0; i < items->len; i++)
    {
      VdChartItem *item = g_ptr_array_index (items, i);
      double max = width - sw - gap;
      double tw = MIN (text_width (ctx, item->label, ctx->font), max);

      if (cx > x && cx + sw + gap + tw > x + width)
        {
          cx = x;
          cy += lh + 4 * ctx->s;
        }
      set_item_color (ctx, i, item);
      cairo_rectangle (ctx->cr, cx, cy + (lh - sw) / 2, sw, sw);
      cairo_fill (ctx->cr);
      draw_text (ctx, item->label, ctx->font, ctx->fg, cx + sw + gap, cy, max, ALIGN_START);
      cx += sw + gap + tw + spacing;
    }
  return cy + lh - y + 10 * ctx->s;
}

static char *
tick_label (Ctx    *ctx,
            double  value)
{
  if (ctx->chart->percent)
    {
      g_autofree char *number = vd_chart_format_count ((gint64) llround (value));
      return g_strdup_printf (_("%s%%"), number);
    }
  return vd_chart_format_count ((gint64) llround (value));
}

static char *
value_label (Ctx   *ctx,
             guint  category,
             int    series)
{
  if (ctx->chart->percent)
    return vd_chart_format_percent (vd_chart_get_value (ctx->chart, category, series));
  if (series < 0)
    return vd_chart_format_count (vd_chart_get_category_total (ctx->chart, category));
  return vd_chart_format_count (vd_chart_get_count (ctx->chart, category, series));
}

static double
max_stacked (VdChart *chart)
{
  double max = 0;

  for (guint c = 0; c < chart->categories->len; c++)
    {
      double sum = 0;

      for (guint s = 0; s < chart->series->len; s++)
        sum += vd_chart_get_value (chart, c, s);
      max = MAX (max, sum);
    }
  return max;
}

static double
max_single (VdChart *chart)
{
  double max = 0;

  for (guint c = 0; c < chart->categories->len; c++)
    for (guint s = 0; s < chart->series->len; s++)
      max = MAX (max, vd_chart_get_value (chart, c, s));
  return max;
}

/* ---- Horizontal bars ---- */

static void
draw_bars (Ctx    *ctx,
           double  x,
           double  y,
           double  width,
           double  height)
{
  VdChart *chart = ctx->chart;
  guint n = chart->categories->len;
  gboolean stacked = chart->shape == VD_CHART_SHAPE_STACKED && chart->series->len > 1;
  double lh = line_height (ctx, ctx->font);
  double label_w = 0, value_w = 0, top, step, row_h, bar_h, plot_x, plot_w, axis_h, gap = 8 * ctx->s;

  if (stacked)
    {
      double h = draw_legend (ctx, chart->series, x, y, width);
      y += h;
      height -= h;
    }

  for (guint c = 0; c < n; c++)
    {
      const VdChartItem *item = vd_chart_get_category (chart, c);
      g_autofree char *value = value_label (ctx, c, -1);

      label_w = MAX (label_w, text_width (ctx, item->label, ctx->font));
      value_w = MAX (value_w, text_width (ctx, value, ctx->font));
    }
  label_w = MIN (label_w, width * 0.38);
  plot_x = x + label_w + gap;
  plot_w = MAX (width - label_w - gap - value_w - gap, 10 * ctx->s);

  step = vd_chart_nice_step (stacked ? max_stacked (chart) : max_single (chart),
                             MAX (2, (guint) (plot_w / (70 * ctx->s))), &top);
  axis_h = lh + 6 * ctx->s;
  row_h = (height - axis_h) / MAX (n, 1);
  bar_h = MIN (row_h * 0.7, 28 * ctx->s);

  /* Grid and the axis labels under it. */
  cairo_set_line_width (ctx->cr, 1 * ctx->s);
  for (double v = 0; v <= top + step / 2; v += step)
    {
      double gx = plot_x + plot_w * v / top;
      g_autofree char *label = tick_label (ctx, v);

      set_rgba (ctx->cr, ctx->grid);
      cairo_move_to (ctx->cr, round (gx) + 0.5, y);
      cairo_line_to (ctx->cr, round (gx) + 0.5, y + height - axis_h);
      cairo_stroke (ctx->cr);
      draw_text (ctx, label, ctx->font, ctx->dim, gx, y + height - axis_h + 4 * ctx->s, -1, ALIGN_CENTER);
    }

  for (guint c = 0; c < n; c++)
    {
      const VdChartItem *item = vd_chart_get_category (chart, c);
      double cy = y + row_h * c + (row_h - bar_h) / 2;
      double bx = plot_x, total_w = 0;
      g_autofree char *value = value_label (ctx, c, -1);

      /* The label is centred on the bar; a long name is shortened with an
       * ellipsis, never cut through its letters. */
      draw_text (ctx, item->label, ctx->font, ctx->fg, x + label_w, cy + (bar_h - lh) / 2, label_w, ALIGN_END);

      for (guint s = 0; s < chart->series->len; s++)
        {
          double w = plot_w * vd_chart_get_value (chart, c, s) / top;
          const VdChartItem *series = vd_chart_get_series (chart, s);

          if (w <= 0)
            continue;
          if (stacked)
            set_item_color (ctx, s, series);
          else
            set_item_color (ctx, item->others ? 0 : 0, item);
          cairo_rectangle (ctx->cr, bx, cy, w, bar_h);
          cairo_fill (ctx->cr);
          add_area (ctx, c, stacked ? (int) s : -1, bx, cy, w, bar_h);
          if (stacked && is_focused (ctx, c, (int) s) && ctx->focus_series >= 0)
            focus_rect (ctx, bx, cy, w, bar_h);
          bx += w;
          total_w += w;
        }
      /* An empty bar still answers the pointer and the keyboard. */
      if (total_w <= 0)
        add_area (ctx, c, -1, plot_x, cy, 2 * ctx->s, bar_h);
      if (is_focused (ctx, c, -1) && (!stacked || ctx->focus_series < 0))
        focus_rect (ctx, plot_x, cy, MAX (total_w, 2 * ctx->s), bar_h);

      draw_text (ctx, value, ctx->font, ctx->fg, plot_x + total_w + gap / 2, cy + (bar_h - lh) / 2, -1, ALIGN_START);
    }
}

/* ---- Columns and lines over years ---- */

static void
draw_over_years (Ctx    *ctx,
                 double  x,
                 double  y,
                 double  width,
                 double  height)
{
  VdChart *chart = ctx->chart;
  guint n = chart->categories->len, ns = chart->series->len;
  gboolean lines = chart->shape == VD_CHART_SHAPE_LINES;
  double lh = line_height (ctx, ctx->font);
  double top, step, axis_w = 0, plot_x, plot_w, plot_h, slot, label_every = 1;
  double legend_h;

  legend_h = ns > 1 ? draw_legend (ctx, chart->series, x, y, width) : 0;
  y += legend_h;
  height -= legend_h;
  plot_h = height - lh - 8 * ctx->s;

  step = vd_chart_nice_step (lines ? max_single (chart) : max_stacked (chart),
                             MAX (2, (guint) (plot_h / (40 * ctx->s))), &top);
  if (chart->percent && top > 100)
    top = 100;
  for (double v = 0; v <= top + step / 2; v += step)
    {
      g_autofree char *label = tick_label (ctx, v);
      axis_w = MAX (axis_w, text_width (ctx, label, ctx->font));
    }
  plot_x = x + axis_w + 8 * ctx->s;
  plot_w = width - axis_w - 8 * ctx->s;
  slot = plot_w / MAX (n, 1);

  /* Every year labelled when they fit; else every second, fifth… */
  {
    double year_w = text_width (ctx, "2000", ctx->font) + 8 * ctx->s;
    while (slot * label_every < year_w && label_every < n)
      label_every = label_every < 2 ? 2 : label_every < 5 ? 5 : label_every * 2;
  }

  cairo_set_line_width (ctx->cr, 1 * ctx->s);
  for (double v = 0; v <= top + step / 2; v += step)
    {
      double gy = y + plot_h - plot_h * v / top;
      g_autofree char *label = tick_label (ctx, v);

      set_rgba (ctx->cr, ctx->grid);
      cairo_move_to (ctx->cr, plot_x, round (gy) + 0.5);
      cairo_line_to (ctx->cr, plot_x + plot_w, round (gy) + 0.5);
      cairo_stroke (ctx->cr);
      draw_text (ctx, label, ctx->font, ctx->dim, plot_x - 8 * ctx->s, gy - lh / 2, -1, ALIGN_END);
    }

  for (guint c = 0; c < n; c++)
    if (c % (guint) label_every == 0)
      draw_text (ctx, vd_chart_get_category (chart, c)->label, ctx->font, ctx->fg,
                 plot_x + slot * (c + 0.5), y + plot_h + 6 * ctx->s, -1, ALIGN_CENTER);

  if (!lines)
    {
      double bar_w = MIN (slot * 0.7, 48 * ctx->s);

      for (guint c = 0; c < n; c++)
        {
          double bx = plot_x + slot * c + (slot - bar_w) / 2;
          double base = y + plot_h, total_h = 0;

          for (guint s = 0; s < ns; s++)
            {
              double h = plot_h * vd_chart_get_value (chart, c, s) / top;

              if (h <= 0)
                continue;
              set_item_color (ctx, s, vd_chart_get_series (chart, s));
              cairo_rectangle (ctx->cr, bx, base - h, bar_w, h);
              cairo_fill (ctx->cr);
              add_area (ctx, c, ns > 1 ? (int) s : -1, bx, base - h, bar_w, h);
              if (is_focused (ctx, c, (int) s) && ctx->focus_series >= 0 && ns > 1)
                focus_rect (ctx, bx, base - h, bar_w, h);
              base -= h;
              total_h += h;
            }
          if (total_h <= 0)
            add_area (ctx, c, -1, bx, y + plot_h - 2 * ctx->s, bar_w, 2 * ctx->s);
          if (is_focused (ctx, c, -1) && (ctx->focus_series < 0 || ns == 1))
            focus_rect (ctx, bx, y + plot_h - MAX (total_h, 2 * ctx->s), bar_w, MAX (total_h, 2 * ctx->s));
        }
      return;
    }

  for (guint s = 0; s < ns; s++)
    {
      const VdChartItem *series = vd_chart_get_series (chart, s);
      double r = 4 * ctx->s;

      set_item_color (ctx, s, series);
      cairo_set_line_width (ctx->cr, 2.5 * ctx->s);
      cairo_set_line_join (ctx->cr, CAIRO_LINE_JOIN_ROUND);
      for (guint c = 0; c < n; c++)
        {
          double px = plot_x + slot * (c + 0.5);
          double py = y + plot_h - plot_h * MIN (vd_chart_get_value (chart, c, s), top) / top;

          if (c == 0)
            cairo_move_to (ctx->cr, px, py);
          else
            cairo_line_to (ctx->cr, px, py);
        }
      cairo_stroke (ctx->cr);

      /* Markers differ in shape as well as colour: circles, squares,
       * diamonds, so the series are told apart in grey print too. */
      for (guint c = 0; c < n; c++)
        {
          double px = plot_x + slot * (c + 0.5);
          double py = y + plot_h - plot_h * MIN (vd_chart_get_value (chart, c, s), top) / top;

          set_item_color (ctx, s, series);
          switch (s % 3)
            {
            case 0:
              cairo_arc (ctx->cr, px, py, r, 0, 2 * G_PI);
              break;
            case 1:
              cairo_rectangle (ctx->cr, px - r, py - r, 2 * r, 2 * r);
              break;
            default:
              cairo_move_to (ctx->cr, px, py - r * 1.3);
              cairo_line_to (ctx->cr, px + r * 1.3, py);
              cairo_line_to (ctx->cr, px, py + r * 1.3);
              cairo_line_to (ctx->cr, px - r * 1.3, py);
              cairo_close_path (ctx->cr);
              break;
            }
          cairo_fill (ctx->cr);
          add_area (ctx, c, (int) s, px - slot / 2, py - 3 * r, slot, 6 * r);
          if (is_focused (ctx, c, (int) s) && (ctx->focus_series == (int) s || ns == 1))
            focus_rect (ctx, px - r, py - r, 2 * r, 2 * r);
        }
    }
}

/* ---- Donut ---- */

static void
draw_donut (Ctx    *ctx,
            double  x,
            double  y,
            double  width,
            double  height)
{
  VdChart *chart = ctx->chart;
  guint n = chart->categories->len;
  double lh = line_height (ctx, ctx->font);
  double legend_w = MIN (width * 0.5, 360 * ctx->s);
  double outer, inner, cx, cy, angle = -G_PI / 2, total = 0;
  gboolean legend_right = width - legend_w >= 200 * ctx->s;
  double ly;

  for (guint c = 0; c < n; c++)
    total += vd_chart_get_value (chart, c, 0);

  if (legend_right)
    {
      outer = MIN ((width - legend_w) / 2, height / 2) - 8 * ctx->s;
      cx = x + (width - legend_w) / 2;
      cy = y + height / 2;
    }
  else
    {
      double legend_h = n * (lh + 4 * ctx->s);

      outer = MIN (width / 2, (height - legend_h) / 2) - 8 * ctx->s;
      cx = x + width / 2;
      cy = y + outer + 8 * ctx->s;
      legend_w = width;
    }
  outer = MAX (outer, 20 * ctx->s);
  inner = outer * 0.58;

  for (guint c = 0; c < n && total > 0; c++)
    {
      double v = vd_chart_get_value (chart, c, 0);
      double sweep = 2 * G_PI * v / total;
      VdChartHitArea area = { c, -1, cx - outer, cy - outer, 2 * outer, 2 * outer, TRUE,
                              cx, cy, inner, outer, angle, angle + sweep };

      set_item_color (ctx, c, vd_chart_get_category (chart, c));
      cairo_new_path (ctx->cr);
      cairo_arc (ctx->cr, cx, cy, outer, angle, angle + sweep);
      cairo_arc_negative (ctx->cr, cx, cy, inner, angle + sweep, angle);
      cairo_close_path (ctx->cr);
      cairo_fill_preserve (ctx->cr);
      /* A thin gap in the background colour keeps neighbours apart. */
      set_rgba (ctx->cr, ctx->bg);
      cairo_set_line_width (ctx->cr, 1.5 * ctx->s);
      cairo_stroke (ctx->cr);
      g_array_append_val (chart->geometry, area);

      if (is_focused (ctx, c, -1))
        {
          set_rgba (ctx->cr, ctx->fg);
          cairo_set_line_width (ctx->cr, 2.5 * ctx->s);
          cairo_arc (ctx->cr, cx, cy, outer + 3 * ctx->s, angle, angle + sweep);
          cairo_arc_negative (ctx->cr, cx, cy, inner - 3 * ctx->s, angle + sweep, angle);
          cairo_close_path (ctx->cr);
          cairo_stroke (ctx->cr);
        }
      angle += sweep;
    }

  /* The total in the hole. */
  {
    g_autofree char *count = vd_chart_format_count (vd_chart_get_total (chart));
    const char *unit = g_dngettext (GETTEXT_PACKAGE, "award", "awards", vd_chart_get_total (chart));
    double th = line_height (ctx, ctx->title);

    draw_text (ctx, count, ctx->title, ctx->fg, cx, cy - (th + lh) / 2, inner * 1.8, ALIGN_CENTER);
    draw_text (ctx, unit, ctx->font, ctx->dim, cx, cy - (th + lh) / 2 + th, inner * 1.8, ALIGN_CENTER);
  }

  /* Legend: swatch, name, count and share, one line each. */
  ly = legend_right ? cy - n * (lh + 4 * ctx->s) / 2 : cy + outer + 16 * ctx->s;
  for (guint c = 0; c < n; c++)
    {
      const VdChartItem *item = vd_chart_get_category (chart, c);
      double lx = legend_right ? x + width - legend_w : x;
      double sw = 12 * ctx->s;
      gint64 count = vd_chart_get_count (chart, c, 0);
      g_autofree char *number = vd_chart_format_count (count);
      g_autofree char *share = vd_chart_format_percent (total > 0 ? 100.0 * (double) count / total : 0);
      g_autofree char *figures = g_strdup_printf ("%s · %s", number, share);
      double fw = text_width (ctx, figures, ctx->font);

      set_item_color (ctx, c, item);
      cairo_rectangle (ctx->cr, lx, ly + (lh - sw) / 2, sw, sw);
      cairo_fill (ctx->cr);
      draw_text (ctx, item->label, ctx->font, ctx->fg, lx + sw + 6 * ctx->s, ly,
                 legend_w - sw - 6 * ctx->s - fw - 12 * ctx->s, ALIGN_START);
      draw_text (ctx, figures, ctx->font, ctx->dim, lx + legend_w, ly, -1, ALIGN_END);
      ly += lh + 4 * ctx->s;
    }
}

/* ---- Entry points ---- */

/**
 * vd_chart_draw:
 * @cr: any Cairo context: a widget snapshot, a print page, an image, SVG
 *   or PDF surface
 * @width: (in @cr's units) the area from (0, 0) to draw in
 * @flags: %VD_CHART_DRAW_HEADER adds the title, filters and date
 * @focus_category: the category drawn with a focus ring, or -1
 * @focus_series: its series, or -1 for the whole bar
 *
 * Draws @chart, nothing outside (0, 0, @width, @height), and remembers
 * where each mark went for vd_chart_hit().
 */
void
vd_chart_draw (VdChart            *chart,
               cairo_t            *cr,
               double              width,
               double              height,
               const VdChartTheme *theme,
               VdChartDrawFlags    flags,
               int                 focus_category,
               int                 focus_series)
{
  Ctx ctx = { 0 };
  PangoFontDescription *base;
  double pad, y, size;
  VdChartTheme plain = { FALSE, NULL, 1 };

  g_return_if_fail (chart != NULL);

  if (theme == NULL)
    theme = &plain;

  ctx.cr = cr;
  ctx.chart = chart;
  ctx.s = theme->scale > 0 ? theme->scale : 1;
  ctx.focus_category = focus_category;
  ctx.focus_series = focus_series;

  /* Sizes in points become pixels at 96 dpi, on every surface alike. */
  base = pango_font_description_from_string (theme->font ? theme->font : DEFAULT_FONT);
  size = pango_font_description_get_size (base) / (double) PANGO_SCALE;
  if (size <= 0)
    size = 10;
  if (!pango_font_description_get_size_is_absolute (base))
    size = size * 96.0 / 72.0;
  pango_font_description_set_absolute_size (base, size * ctx.s * PANGO_SCALE);
  ctx.font = base;
  ctx.bold = pango_font_description_copy (base);
  pango_font_description_set_weight (ctx.bold, PANGO_WEIGHT_BOLD);
  ctx.title = pango_font_description_copy (ctx.bold);
  pango_font_description_set_absolute_size (ctx.title, size * 1.4 * ctx.s * PANGO_SCALE);

  if (theme->dark)
    {
      double fg[4] = { 1, 1, 1, 1 }, dim[4] = { 1, 1, 1, 0.7 }, grid[4] = { 1, 1, 1, 0.15 },
             bg[4] = { 0.21, 0.21, 0.21, 1 };
      memcpy (ctx.fg, fg, sizeof fg);
      memcpy (ctx.dim, dim, sizeof dim);
      memcpy (ctx.grid, grid, sizeof grid);
      memcpy (ctx.bg, bg, sizeof bg);
    }
  else
    {
      double fg[4] = { 0, 0, 0, 0.85 }, dim[4] = { 0, 0, 0, 0.62 }, grid[4] = { 0, 0, 0, 0.12 },
             bg[4] = { 1, 1, 1, 1 };
      memcpy (ctx.fg, fg, sizeof fg);
      memcpy (ctx.dim, dim, sizeof dim);
      memcpy (ctx.grid, grid, sizeof grid);
      memcpy (ctx.bg, bg, sizeof bg);
    }

  g_array_set_size (chart->geometry, 0);

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  set_rgba (cr, ctx.bg);
  cairo_paint (cr);

  pad = 16 * ctx.s;
  y = pad;
  if (flags & VD_CHART_DRAW_HEADER)
    y += draw_header (&ctx, pad, y, width - 2 * pad);

  if (chart->categories->len == 0)
    draw_text (&ctx, _("No awards match these filters"), ctx.font, ctx.dim,
               width / 2, y + (height - y) / 2 - line_height (&ctx, ctx.font) / 2, width - 2 * pad, ALIGN_CENTER);
  else if (width - 2 * pad > 20 && height - y - pad > 20)
    {
      switch (chart->shape)
        {
        case VD_CHART_SHAPE_BARS:
        case VD_CHART_SHAPE_STACKED:
          draw_bars (&ctx, pad, y, width - 2 * pad, height - y - pad);
          break;
        case VD_CHART_SHAPE_COLUMNS:
        case VD_CHART_SHAPE_LINES:
          draw_over_years (&ctx, pad, y, width - 2 * pad, height - y - pad);
          break;
        case VD_CHART_SHAPE_DONUT:
        default:
          draw_donut (&ctx, pad, y, width - 2 * pad, height - y - pad);
          break;
        }
    }

  cairo_restore (cr);
  pango_font_description_free (ctx.font);
  pango_font_description_free (ctx.bold);
  pango_font_description_free (ctx.title);
}

/**
 * vd_chart_hit:
 * @x: in the units of the last vd_chart_draw()
 * @category: (out): the category under (@x, @y)
 * @series: (out): its series, or -1 for a whole bar or slice
 *
 * Returns: %TRUE if a mark of the last drawing lies under (@x, @y)
 */
gboolean
vd_chart_hit (VdChart *chart,
              double   x,
              double   y,
              guint   *category,
              int     *series)
{
  for (guint i = 0; i < chart->geometry->len; i++)
    {
      VdChartHitArea *a = &g_array_index (chart->geometry, VdChartHitArea, i);

      if (a->slice)
        {
          double dx = x - a->cx, dy = y - a->cy;
          double r = sqrt (dx * dx + dy * dy);
          double angle = atan2 (dy, dx);

          if (r < a->inner || r > a->outer)
            continue;
          /* Slices start at the top (−π/2) and run clockwise past π. */
          while (angle < a->start)
            angle += 2 * G_PI;
          if (angle > a->end)
            continue;
        }
      else if (x < a->x || x > a->x + a->width || y < a->y || y > a->y + a->height)
        continue;

      *category = a->category;
      *series = a->series;
      return TRUE;
    }
  return FALSE;
}

/**
 * vd_chart_get_focus_rect:
 *
 * Where the last drawing put a mark: for tooltips at the keyboard focus.
 */
gboolean
vd_chart_get_focus_rect (VdChart *chart,
                         guint    category,
                         int      series,
                         double  *x,
                         double  *y,
                         double  *width,
                         double  *height)
{
  for (guint i = 0; i < chart->geometry->len; i++)
    {
      VdChartHitArea *a = &g_array_index (chart->geometry, VdChartHitArea, i);

      if (a->category != category || (series >= 0 && a->series >= 0 && a->series != series))
        continue;
      if (a->slice)
        {
          double mid = (a->start + a->end) / 2, r = (a->inner + a->outer) / 2;

          *x = a->cx + r * cos (mid) - 1;
          *y = a->cy + r * sin (mid) - 1;
          *width = *height = 2;
        }
      else
        {
          *x = a->x;
          *y = a->y;
          *width = a->width;
          *height = a->height;
        }
      return TRUE;
    }
  return FALSE;
}
