/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Eligibility on an archive: (1) the planning report of the whole archive for
 * its latest year, against the floor of reading the same rows with plain
 * SQL; (2) the per-person check (what a person page runs), against the floor
 * of reading that person's award history. Prints medians and ratios. */
#include "config.h"

#include <stdio.h>
#include <glib/gstdio.h>
#include <stdlib.h>

#include "vd-eligibility.h"
#include "vd-people.h"
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
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

/* The rows the report reads, read with no work on them. */
static double
time_raw_rows (sqlite3 *db)
{
  static const char * const queries[] = {
    "SELECT id, family_name, middle_name, given_name, unit_id FROM people",
    "SELECT person_id, year, grade FROM person_ratings",
    "SELECT a.person_id, a.unit_id, a.id, k.code, a.year, d.number FROM awards a "
    "JOIN award_kinds k ON k.id = a.award_kind_id LEFT JOIN decisions d ON d.id = a.decision_id WHERE a.revoked = 0",
    "SELECT ia.person_id, i.id, i.title, i.year, i.level FROM initiative_authors ia JOIN initiatives i ON i.id = ia.initiative_id",
  };
  double start = now_ms ();

  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      sqlite3_stmt *stmt = NULL;
      sqlite3_prepare_v2 (db, queries[q], -1, &stmt, NULL);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        ;
      sqlite3_finalize (stmt);
    }
  return now_ms () - start;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VdStore) store = NULL;
  g_autoptr(GArray) plan_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) raw_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) check_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) history_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *xlsx = NULL;
  double worst = 0, plan, raw, check, history, xlsx_ms;
  guint rows = 0;
  sqlite3_stmt *stmt;
  int year;

  if (argc != 2)
    {
      fprintf (stderr, "usage: bench-eligibility ARCHIVE\n");
      return 2;
    }
  store = vd_store_open (argv[1], VD_STORE_OPEN_EXISTING, &error);
  if (store == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      return 2;
    }
  year = vd_eligibility_default_year (store);
  vd_rule_sets_get_default ();

  for (int run = 0; run < 3; run++)
    {
      double start = now_ms ();
      g_autoptr(GPtrArray) report = vd_eligibility_plan (store, NULL, 0, year, NULL, &error);

      if (report == NULL)
        {
          fprintf (stderr, "%s\n", error->message);
          return 2;
        }
      g_array_append_vals (plan_ms, (double[]) { now_ms () - start }, 1);
      g_array_append_vals (raw_ms, (double[]) { time_raw_rows (vd_store_get_db (store)) }, 1);
      rows = report->len;
      if (run == 0)
        {
          xlsx = g_build_filename (g_get_tmp_dir (), "bench-eligibility.xlsx", NULL);
          start = now_ms ();
          vd_eligibility_plan_write_xlsx (report, year, "bench", xlsx, NULL);
          xlsx_ms = now_ms () - start;
        }
    }
  plan = median (plan_ms);
  raw = median (raw_ms);
  printf ("planning report, whole archive, %d: %.0f ms for %u rows; raw SQL read of the same rows %.0f ms; "
          "ratio %.1f (target <= 5000 ms)\n", year, plan, rows, raw, plan / raw);
  printf ("writing it as XLSX: %.0f ms\n", xlsx_ms);
  g_unlink (xlsx);

  /* Every 300th person: spread over units and seniority. */
  stmt = vd_store_prepare (store, "SELECT id FROM people WHERE id % 300 = 1 ORDER BY id", NULL);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_array_append_vals (ids, (gint64[]) { sqlite3_column_int64 (stmt, 0) }, 1);
  sqlite3_reset (stmt);

  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      double start = now_ms (), took;
      g_autoptr(GPtrArray) results = vd_eligibility_check_person (store, NULL, id, year, NULL);
      g_autoptr(GPtrArray) awards = NULL;

      took = now_ms () - start;
      g_array_append_val (check_ms, took);
      worst = MAX (worst, took);
      start = now_ms ();
      awards = vd_people_list_awards (store, id, NULL);
      g_array_append_vals (history_ms, (double[]) { now_ms () - start }, 1);
      g_assert (results != NULL && awards != NULL);
    }
  check = median (check_ms);
  history = median (history_ms);
  printf ("per-person check over %u people: median %.2f ms, worst %.2f ms; reading the award history %.2f ms; "
          "ratio %.1f (target <= 10 ms)\n", ids->len, check, worst, history, check / history);

  return plan <= 5000 && worst <= 10 ? 0 : 1;
}
