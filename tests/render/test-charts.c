/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <cairo.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "vd-chart.h"
#include "vd-stats.h"

/* Charts drawn for real onto image surfaces and checked by their pixels:
 * bar order and proportions, nothing outside the canvas; plus the pieces
 * the drawing relies on (axis steps, "Others" folding, number formats) and
 * the formula-injection escaping of table exports. */

static VdStatsKey *
key (VdStatsKeyType  type,
     gint64          id,
     const char     *label)
{
  VdStatsKey *k = g_new0 (VdStatsKey, 1);

  k->type = type;
  k->id = id;
  k->label = g_strdup (label);
  k->name = g_strdup (label);
  if (type == VD_STATS_KEY_UNIT)
    {
      k->unit_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
      g_array_append_val (k->unit_ids, id);
    }
  return k;
}

/* A one-column units table with @n rows of the given counts. */
static VdStatsTable *
units_table (const gint64 *counts,
             guint         n)
{
  VdStatsTable *table = g_new0 (VdStatsTable, 1);

  table->query = VD_STATS_UNITS;
  table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) vd_stats_key_free);
  table->columns = g_ptr_array_new_with_free_func ((GDestroyNotify) vd_stats_key_free);
  table->counts = g_new0 (gint64, n + 1);
  g_ptr_array_add (table->columns, key (VD_STATS_KEY_COUNT, 0, "Awards"));
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *label = g_strdup_printf ("Đơn vị Ễ%u", i + 1);
      g_ptr_array_add (table->rows, key (VD_STATS_KEY_UNIT, i + 1, label));
      table->counts[i] = counts[i];
      table->total += counts[i];
    }
  return table;
}

static void
test_nice_step (void)
{
  double top, step;

  step = vd_chart_nice_step (797, 5, &top);
  g_assert_cmpfloat (step, ==, 200);
  g_assert_cmpfloat (top, ==, 800);
  step = vd_chart_nice_step (1641, 4, &top);
  g_assert_cmpfloat (step, ==, 500);
  g_assert_cmpfloat (top, ==, 2000);
  step = vd_chart_nice_step (3, 10, &top);
  g_assert_cmpfloat (step, ==, 1);      /* never below one award */
  g_assert_cmpfloat (top, ==, 3);
  step = vd_chart_nice_step (0, 5, &top);
  g_assert_cmpfloat (top, >, 0);
  step = vd_chart_nice_step (100, 5, &top);
  g_assert_cmpfloat (step, ==, 20);
  g_assert_cmpfloat (top, ==, 100);
}

static void
test_others_folding (void)
{
  const gint64 counts[] = { 50, 40, 30, 20, 10, 5, 1 };
  g_autoptr(VdChart) folded = vd_chart_new_from_table (units_table (counts, 7), VD_CHART_SHAPE_BARS, 4, 6);
  g_autoptr(VdChart) whole = vd_chart_new_from_table (units_table (counts, 4), VD_CHART_SHAPE_BARS, 4, 6);
  g_autoptr(VdChart) five = NULL;
  const VdChartItem *others;

  /* Top 3 named and the other 4 (20 + 10 + 5 + 1) as one last bar. */
  g_assert_cmpint (vd_chart_get_n_categories (folded), ==, 4);
  others = vd_chart_get_category (folded, 3);
  g_assert_true (others->others);
  g_assert_cmpstr (others->label, ==, "Others");
  g_assert_cmpint (others->keys->len, ==, 4);
  g_assert_cmpint (vd_chart_get_count (folded, 3, 0), ==, 36);
  g_assert_cmpint (vd_chart_get_total (folded), ==, 156);

  /* Exactly N rows: nothing to fold. */
  g_assert_cmpint (vd_chart_get_n_categories (whole), ==, 4);
  g_assert_false (vd_chart_get_category (whole, 3)->others);

  /* One more than N folds two, never a lone "Others" of one. */
  five = vd_chart_new_from_table (units_table (counts, 5), VD_CHART_SHAPE_BARS, 4, 6);
  g_assert_cmpint (vd_chart_get_n_categories (five), ==, 4);
  g_assert_cmpint (vd_chart_get_category (five, 3)->keys->len, ==, 2);
}

static void
test_drill_filter (void)
{
  const gint64 counts[] = { 50, 40, 30, 20, 10 };
  g_autoptr(VdChart) chart = vd_chart_new_from_table (units_table (counts, 5), VD_CHART_SHAPE_BARS, 3, 6);
  g_autoptr(VdStatsFilter) filter = vd_stats_filter_new ();
  g_autoptr(VdStatsFilter) one = vd_chart_narrow_filter (chart, filter, 0, -1);
  g_autoptr(VdStatsFilter) rest = vd_chart_narrow_filter (chart, filter, 2, -1);

  g_assert_cmpint (one->exact_unit_ids->len, ==, 1);
  g_assert_cmpint (g_array_index (one->exact_unit_ids, gint64, 0), ==, 1);
  /* "Others" opens units 3, 4 and 5 at once. */
  g_assert_cmpint (rest->exact_unit_ids->len, ==, 3);
}

static void
test_format (void)
{
  g_autofree char *big = vd_chart_format_count (1234567);
  g_autofree char *small = vd_chart_format_count (12);
  g_autofree char *share = vd_chart_format_percent (45.25);

  g_assert_cmpstr (big, ==, "1,234,567");
  g_assert_cmpstr (small, ==, "12");
  g_assert_cmpstr (share, ==, "45.2%");
}

static void
test_escape_cell (void)
{
  const char *bad[] = { "=HYPERLINK(\"http://x\")", "+1+2", "-2+3", "@SUM(A1)", "\t=1", "\r=1" };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *safe = vd_chart_escape_cell (bad[i]);
      g_assert_cmpint (safe[0], ==, '\'');
      g_assert_cmpstr (safe + 1, ==, bad[i]);
    }
  {
    g_autofree char *plain = vd_chart_escape_cell ("Vụ Tổ chức cán bộ");
    g_autofree char *empty = vd_chart_escape_cell ("");
    g_assert_cmpstr (plain, ==, "Vụ Tổ chức cán bộ");
    g_assert_cmpstr (empty, ==, "");
  }
}

static void
test_csv_escaped (void)
{
  const gint64 counts[] = { 5, 3 };
  VdStatsTable *table = units_table (counts, 2);
  g_autoptr(VdChart) chart = NULL;
  g_autofree char *dir = g_dir_make_tmp ("vd-render-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "t.csv", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  VdStatsKey *first = g_ptr_array_index (table->rows, 0);

  g_free (first->name);
  first->name = g_strdup ("=cmd|' /C calc'!A0, \"x\"");
  chart = vd_chart_new_from_table (table, VD_CHART_SHAPE_BARS, 0, 0);
  g_assert_true (vd_chart_export (chart, path, VD_CHART_FORMAT_CSV, 0, 0, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_cmpstr (text, ==, "Unit,Awards\r\n\"'=cmd|' /C calc'!A0, \"\"x\"\"\",5\r\nĐơn vị Ễ2,3\r\n");
  g_unlink (path);
  g_rmdir (dir);
}

/* The blue of the palette's first colour, as drawn on white. */
static gboolean
is_bar (const guint8 *p)
{
  /* ARGB32 little-endian: B G R A. */
  return p[2] < 40 && p[1] > 90 && p[1] < 140 && p[0] > 150;
}

static void
test_bars_by_pixels (void)
{
  const gint64 counts[] = { 400, 200, 100, 300 };
  g_autoptr(VdChart) chart = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  VdChartTheme theme = { FALSE, "Sans 10", 1 };
  int stride, width = 640, height = 360;
  guint8 *data;
  double lengths[4];
  guint order[4];
  VdStatsTable *table = units_table (counts, 4);

  /* The table comes sorted from the database; here it is made in
   * storage order, so sort the way vd_stats_query() does. */
  {
    VdStatsKey *k3 = g_ptr_array_steal_index (table->rows, 3);
    g_ptr_array_insert (table->rows, 1, k3);
    table->counts[0] = 400;
    table->counts[1] = 300;
    table->counts[2] = 200;
    table->counts[3] = 100;
  }
  chart = vd_chart_new_from_table (table, VD_CHART_SHAPE_BARS, 0, 0);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cr = cairo_create (surface);
  vd_chart_draw (chart, cr, width, height, &theme, VD_CHART_DRAW_PLAIN, -1, -1);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  if (g_getenv ("VD_RENDER_KEEP") != NULL)
    cairo_surface_write_to_png (surface, g_getenv ("VD_RENDER_KEEP"));

  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);

  for (guint c = 0; c < 4; c++)
    {
      double x, y, w, h;
      int row, run = 0;

      g_assert_true (vd_chart_get_focus_rect (chart, c, -1, &x, &y, &w, &h));
      row = (int) (y + h / 2);
      for (int px = 0; px < width; px++)
        if (is_bar (data + row * stride + px * 4))
          run++;
      lengths[c] = run;
      order[c] = row;
    }

  /* Top to bottom, longest first, in proportion 4 : 3 : 2 : 1. */
  for (guint c = 1; c < 4; c++)
    {
      g_assert_cmpuint (order[c], >, order[c - 1]);
      g_assert_cmpfloat (lengths[c], <, lengths[c - 1]);
    }
  g_assert_cmpfloat (fabs (lengths[1] / lengths[0] - 0.75), <, 0.02);
  g_assert_cmpfloat (fabs (lengths[2] / lengths[0] - 0.50), <, 0.02);
  g_assert_cmpfloat (fabs (lengths[3] / lengths[0] - 0.25), <, 0.02);

  cairo_surface_destroy (surface);
}

/* Drawn into the middle of a larger transparent surface: every pixel
 * outside the chart's rectangle stays untouched, for every shape. */
static void
test_nothing_outside (void)
{
  const gint64 counts[] = { 999999, 1, 12, 5, 3, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1 };
  VdChartShape shapes[] = { VD_CHART_SHAPE_BARS, VD_CHART_SHAPE_DONUT, VD_CHART_SHAPE_COLUMNS,
                            VD_CHART_SHAPE_LINES };

  for (guint s = 0; s < G_N_ELEMENTS (shapes); s++)
    {
      g_autoptr(VdChart) chart = vd_chart_new_from_table (units_table (counts, 15), shapes[s], 12, 6);
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 500, 400);
      cairo_t *cr = cairo_create (surface);
      VdChartTheme theme = { s % 2 == 1, NULL, 1 };
      guint8 *data;
      int stride;

      vd_chart_set_title (chart, "Khen thưởng theo đơn vị — Ễ Ộ Ữ");
      vd_chart_set_subtitle (chart, "Năm 2021 · Khối thi đua số I · một dòng rất dài về các bộ lọc đang dùng");
      vd_chart_set_date (chart, "01/02/2026");
      cairo_translate (cr, 100, 100);
      vd_chart_draw (chart, cr, 300, 200, &theme, VD_CHART_DRAW_HEADER, 0, -1);
      cairo_destroy (cr);
      cairo_surface_flush (surface);

      data = cairo_image_surface_get_data (surface);
      stride = cairo_image_surface_get_stride (surface);
      for (int y = 0; y < 400; y++)
        for (int x = 0; x < 500; x++)
          if (x < 100 || x >= 400 || y < 100 || y >= 300)
            g_assert_cmpint (data[y * stride + x * 4 + 3], ==, 0);
          else
            g_assert_cmpint (data[y * stride + x * 4 + 3], ==, 255);
      cairo_surface_destroy (surface);
    }
}

static void
test_hit (void)
{
  const gint64 counts[] = { 10, 5 };
  g_autoptr(VdChart) chart = vd_chart_new_from_table (units_table (counts, 2), VD_CHART_SHAPE_BARS, 0, 0);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 400, 200);
  cairo_t *cr = cairo_create (surface);
  double x, y, w, h;
  guint category;
  int series;

  vd_chart_draw (chart, cr, 400, 200, NULL, VD_CHART_DRAW_PLAIN, -1, -1);
  g_assert_true (vd_chart_get_focus_rect (chart, 1, -1, &x, &y, &w, &h));
  g_assert_true (vd_chart_hit (chart, x + w / 2, y + h / 2, &category, &series));
  g_assert_cmpuint (category, ==, 1);
  g_assert_cmpint (series, ==, -1);
  g_assert_false (vd_chart_hit (chart, 1, 1, &category, &series));
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_describe (void)
{
  const gint64 counts[] = { 3, 1 };
  g_autoptr(VdChart) chart = vd_chart_new_from_table (units_table (counts, 2), VD_CHART_SHAPE_BARS, 0, 0);
  g_autofree char *point = vd_chart_describe_point (chart, 0, -1);
  g_autofree char *all = NULL;

  g_assert_cmpstr (point, ==, "Đơn vị Ễ1: 3 awards (75.0%)");
  vd_chart_set_title (chart, "Awards per Unit");
  all = vd_chart_describe (chart);
  g_assert_cmpstr (all, ==, "Awards per Unit. 4 awards in total. Đơn vị Ễ1: 3 awards (75.0%). "
                            "Đơn vị Ễ2: 1 award (25.0%).");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/charts/nice-step", test_nice_step);
  g_test_add_func ("/charts/others-folding", test_others_folding);
  g_test_add_func ("/charts/drill-filter", test_drill_filter);
  g_test_add_func ("/charts/format", test_format);
  g_test_add_func ("/charts/escape-cell", test_escape_cell);
  g_test_add_func ("/charts/csv-escaped", test_csv_escaped);
  g_test_add_func ("/charts/bars-by-pixels", test_bars_by_pixels);
  g_test_add_func ("/charts/nothing-outside", test_nothing_outside);
  g_test_add_func ("/charts/hit", test_hit);
  g_test_add_func ("/charts/describe", test_describe);

  return g_test_run ();
}
