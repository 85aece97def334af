/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Search latency per keystroke on an archive: typing "nguyen van dung" one
 * letter at a time, each prefix searched as the search bar does. The floor is
 * the raw SQL query over the folded people names for the same prefix. */
#include "config.h"

#include <stdio.h>

#include "vd-search.h"
#include "vd-store.h"

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

static double
median (GArray *values)
{
  g_array_sort (values, compare_doubles);
  return g_array_index (values, double, values->len / 2);
}

static double
time_raw_query (sqlite3    *db,
                const char *prefix)
{
  g_autofree char *pattern = g_strdup_printf ("%%%s%%", prefix);
  sqlite3_stmt *stmt = NULL;
  gint64 start = g_get_monotonic_time ();
  int rows = 0;

  sqlite3_prepare_v2 (db, "SELECT id FROM people WHERE name_fold LIKE ?1 ORDER BY sort_key LIMIT 20",
                      -1, &stmt, NULL);
  sqlite3_bind_text (stmt, 1, pattern, -1, SQLITE_TRANSIENT);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    rows++;
  sqlite3_finalize (stmt);
  return (g_get_monotonic_time () - start) / 1000.0;
}

int
main (int   argc,
      char *argv[])
{
  const char *typed = "nguyen van dung";
  g_autoptr(GError) error = NULL;
  g_autoptr(VdStore) store = NULL;
  g_autoptr(GArray) app_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) raw_ms = g_array_new (FALSE, FALSE, sizeof (double));
  double app_median, raw_median, worst = 0;

  if (argc != 2)
    {
      fprintf (stderr, "usage: bench-search ARCHIVE\n");
      return 2;
    }

  store = vd_store_open (argv[1], VD_STORE_OPEN_EXISTING, &error);
  if (store == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }

  /* Warm the page cache once, as a user's second keystroke would find it. */
  g_ptr_array_unref (vd_search_run (store, "n", 20, NULL, NULL));

  for (int round = 0; round < 3; round++)
    for (size_t len = 1; len <= strlen (typed); len++)
      {
        g_autofree char *prefix = g_strndup (typed, len);
        g_autoptr(GPtrArray) results = NULL;
        gint64 start;
        double ms, raw;

        if (prefix[len - 1] == ' ')
          continue;
        start = g_get_monotonic_time ();
        results = vd_search_run (store, prefix, 20, NULL, &error);
        ms = (g_get_monotonic_time () - start) / 1000.0;
        if (results == NULL)
          {
            fprintf (stderr, "%s\n", error->message);
            return 1;
          }
        raw = time_raw_query (vd_store_get_db (store), prefix);
        g_array_append_val (app_ms, ms);
        g_array_append_val (raw_ms, raw);
        worst = MAX (worst, ms);
      }

  app_median = median (app_ms);
  raw_median = median (raw_ms);
  printf ("search per keystroke: median %.1f ms (target <= 30 ms), worst %.1f ms\n", app_median, worst);
  printf ("raw SQL floor (people only): median %.1f ms; ratio %.2f\n", raw_median,
          raw_median > 0 ? app_median / raw_median : 0.0);
  return app_median <= 30.0 ? 0 : 1;
}
