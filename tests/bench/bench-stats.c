/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <cairo.h>
#include <stdio.h>
#include <stdlib.h>

#include "vd-chart.h"
#include "vd-stats-private.h"

/* Statistics on the large archive. (e1) A chart recounted after a filter
 * change — the worker's query with its grouping in C and the chart model —
 * against its floor: the very same aggregate statement stepped straight
 * through SQLite, in the same run, alternating so caches help both alike.
 * (e2) Drawing one frame of each chart at a screen size.
 * Usage: bench-stats ARCHIVE */

#define ROUNDS 5

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (double *values,
        int     n)
{
  qsort (values, n, sizeof (double), compare_doubles);
  return values[n / 2];
}

static double
bare_sql (VdStore             *store,
          VdStatsQuery         query,
          const VdStatsFilter *filter)
{
  gint64 start = g_get_monotonic_time ();
  sqlite3_stmt *stmt = vd_stats_prepare_aggregate (store, query, filter, NULL);
  volatile gint64 sink = 0;

  while (sqlite3_step (stmt) == SQLITE_ROW)
    sink += sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return (g_get_monotonic_time () - start) / 1000.0;
}

static double
recount (VdStore             *store,
         VdStatsQuery         query,
         VdStatsFilter       *filter,
         VdChart            **out)
{
  gint64 start = g_get_monotonic_time ();
  VdStatsTable *table = vd_stats_query (store, query, filter, NULL, NULL);
  VdChart *chart = vd_chart_new_from_table (table, VD_CHART_SHAPE_BARS, VD_CHART_DEFAULT_TOP_N,
                                            VD_CHART_DEFAULT_TOP_SERIES);
  double ms = (g_get_monotonic_time () - start) / 1000.0;

  if (*out)
    vd_chart_unref (*out);
  *out = chart;
  return ms;
}

int
main (int   argc,
      char *argv[])
{
  static const struct { VdStatsQuery query; VdChartShape shape; const char *name; } charts[] = {
    { VD_STATS_UNITS, VD_CHART_SHAPE_BARS, "units" },
    { VD_STATS_UNITS_BY_FORM, VD_CHART_SHAPE_STACKED, "units-stacked" },
    { VD_STATS_YEARS_BY_FORM, VD_CHART_SHAPE_COLUMNS, "years" },
    { VD_STATS_MIX, VD_CHART_SHAPE_DONUT, "mix" },
    { VD_STATS_SHARES, VD_CHART_SHAPE_LINES, "shares" },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(VdStore) store = NULL;
  gint64 awards = 0;
  int status = 0;

  if (argc < 2)
    {
      fprintf (stderr, "usage: bench-stats ARCHIVE\n");
      return 2;
    }
  store = vd_store_open (argv[1], VD_STORE_OPEN_EXISTING, &error);
  if (store == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      return 2;
    }
  {
    sqlite3_stmt *stmt = vd_store_prepare (store, "SELECT count(*) FROM awards", NULL);
    sqlite3_step (stmt);
    awards = sqlite3_column_int64 (stmt, 0);
    sqlite3_reset (stmt);
  }
  printf ("archive with %" G_GINT64_FORMAT " awards\n", awards);

  for (guint k = 0; k < G_N_ELEMENTS (charts); k++)
    {
      double ours[ROUNDS * 2], floor[ROUNDS * 2], draw[ROUNDS];
      VdChart *chart = NULL;
      int n = 0;

      /* Filter changes as a user makes them: a year range, then one year
       * and women only; each measured against its own bare aggregate. */
      for (int round = 0; round < ROUNDS; round++)
        for (int variant = 0; variant < 2; variant++, n++)
          {
            g_autoptr(VdStatsFilter) filter = vd_stats_filter_new ();

            filter->year_from = variant == 0 ? 2015 + round : 2021;
            filter->year_to = variant == 0 ? 2025 : 2021;
            filter->gender = variant == 0 ? VD_STATS_GENDER_ANY : VD_STATS_GENDER_FEMALE;
            /* Taking turns at going first, so neither gains from the
             * other's warm page cache. */
            if (round % 2 == 0)
              {
                floor[n] = bare_sql (store, charts[k].query, filter);
                ours[n] = recount (store, charts[k].query, filter, &chart);
              }
            else
              {
                ours[n] = recount (store, charts[k].query, filter, &chart);
                floor[n] = bare_sql (store, charts[k].query, filter);
              }
          }

      {
        VdStatsTable *table = vd_stats_query (store, charts[k].query, vd_stats_filter_new (), NULL, NULL);
        vd_chart_unref (chart);
        chart = vd_chart_new_from_table (table, charts[k].shape, VD_CHART_DEFAULT_TOP_N, VD_CHART_DEFAULT_TOP_SERIES);
      }
      for (int i = 0; i < ROUNDS; i++)
        {
          cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1000, 640);
          cairo_t *cr = cairo_create (surface);
          VdChartTheme theme = { FALSE, "Cantarell 11", 1 };
          gint64 start = g_get_monotonic_time ();

          vd_chart_draw (chart, cr, 1000, 640, &theme, VD_CHART_DRAW_PLAIN, 0, -1);
          cairo_surface_flush (surface);
          draw[i] = (g_get_monotonic_time () - start) / 1000.0;
          cairo_destroy (cr);
          cairo_surface_destroy (surface);
        }
      vd_chart_unref (chart);

      {
        double o = median (ours, n), f = median (floor, n), d = median (draw, ROUNDS);
        double ratio = o / MAX (f, 0.001);

        printf ("%-13s recount %.1f ms vs bare SQL %.1f ms: ratio %.2f (target <= 1.5); frame %.1f ms (target < 16)\n",
                charts[k].name, o, f, ratio, d);
        if (ratio > 1.5 || d >= 16)
          status = 1;
      }
    }
  return status;
}
