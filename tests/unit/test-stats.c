/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "vd-stats-report.h"
#include "vd-stats.h"
#include "vd-store.h"

/* Every expected figure below was counted by hand from the fixture in
 * fill_archive(); the comments there say which award counts where. */

typedef struct
{
  char    *dir;
  char    *path;
  VdStore *store;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("vd-stats-XXXXXX", NULL);
  f->path = g_build_filename (f->dir, "archive.vinhdanh", NULL);
  f->store = vd_store_open (f->path, VD_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_clear_object (&f->store);
  dir = g_dir_open (f->dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *p = g_build_filename (f->dir, name, NULL);
      g_unlink (p);
    }
  g_rmdir (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static void
exec_sql (VdStore    *store,
          const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (vd_store_get_db (store), sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

#define KIND(code) "(SELECT id FROM award_kinds WHERE code = '" code "')"

/* Units: 1 Bộ ─┬─ 2 Vụ A ── 3 Phòng A1
 *              ├─ 4 Cục B
 *              └─ 5 Công ty C
 * People: 1 (unit 3, woman, direct), 2 (unit 2, man, Vụ trưởng),
 * 3 (unit 4, woman, Trưởng phòng), 4 (unit 5, man, direct),
 * 5 (unit 5, man, Giám đốc). */
static void
fill_archive (VdStore *store)
{
  exec_sql (store,
            "INSERT INTO units (id, parent_id, name, short_name, kind) VALUES"
            " (1, NULL, 'Bộ Thử nghiệm', 'Bộ TN', 'ministry'),"
            " (2, 1, 'Vụ A', 'Vụ A', 'department'),"
            " (3, 2, 'Phòng A1', NULL, 'unit'),"
            " (4, 1, 'Cục B', 'Cục B', 'department'),"
            " (5, 1, 'Công ty C', 'Công ty C', 'unit');"
            "INSERT INTO people (id, unit_id, family_name, given_name, gender, position, direct_worker) VALUES"
            " (1, 3, 'Nguyễn', 'An', 'female', 'Chuyên viên', 1),"
            " (2, 2, 'Trần', 'Bình', 'male', 'Vụ trưởng', 0),"
            " (3, 4, 'Lê', 'Chi', 'female', 'Trưởng phòng', 0),"
            " (4, 5, 'Phạm', 'Dũng', 'male', 'Công nhân', 1),"
            " (5, 5, 'Võ', 'Em', 'male', 'Giám đốc', 0);"
            "INSERT INTO blocs (id, name) VALUES (1, 'Khối I');"
            "INSERT INTO bloc_members (bloc_id, unit_id, year) VALUES (1, 2, 2021), (1, 4, 2020);"
            "INSERT INTO campaigns (id, name, kind, starts_on) VALUES (1, 'Chuyên đề X', 'thematic', '2021-01-01');"
            "INSERT INTO dossiers (id, title, unit_id, campaign_id, year, created_on) VALUES (1, 'Hồ sơ', 2, 1, 2021, '2021-03-01');"
            "INSERT INTO nominations (id, dossier_id, person_id, award_kind_id) VALUES"
            " (1, 1, 1, " KIND ("LDTT") "), (2, 1, 3, " KIND ("BK_BO") ");"
            "INSERT INTO awards (id, person_id, unit_id, award_kind_id, year, nomination_id, revoked) VALUES"
            " (1, 1, NULL, " KIND ("LDTT") ", 2021, 1, 0),"
            " (2, 1, NULL, " KIND ("CSTDCS") ", 2021, NULL, 0),"
            " (3, 2, NULL, " KIND ("LDTT") ", 2021, NULL, 0),"
            " (4, 3, NULL, " KIND ("LDTT") ", 2020, NULL, 0),"
            " (5, NULL, 2, " KIND ("TTLDTT") ", 2021, NULL, 0),"
            " (6, NULL, 4, " KIND ("TTLDTT") ", 2020, NULL, 0),"
            " (7, 4, NULL, " KIND ("BK_TTG") ", 2021, NULL, 0),"
            " (8, 5, NULL, " KIND ("HCLD3") ", 2021, NULL, 0),"
            " (9, NULL, 5, " KIND ("CO_CP") ", 2021, NULL, 0),"
            " (10, 3, NULL, " KIND ("BK_BO") ", 2021, 2, 0),"
            " (11, 2, NULL, " KIND ("CSTD_BO") ", 2021, NULL, 0),"
            " (12, 1, NULL, " KIND ("LDTT") ", 2019, NULL, 1)," /* revoked: never counts */
            " (13, NULL, 1, " KIND ("GK_TT") ", 2021, NULL, 0),"
            " (14, 4, NULL, " KIND ("LDTT") ", 2020, NULL, 0);");
}

static gint64
kind_id (VdStore    *store,
         const char *code)
{
  sqlite3_stmt *stmt = vd_store_prepare (store, "SELECT id FROM award_kinds WHERE code = ?1", NULL);
  gint64 id;

  sqlite3_bind_text (stmt, 1, code, -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return id;
}

static VdStatsTable *
run (Fixture             *f,
     VdStatsQuery         query,
     const VdStatsFilter *filter)
{
  g_autoptr(GError) error = NULL;
  VdStatsTable *table = vd_stats_query (f->store, query, filter, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (table);
  return table;
}

static gint64
total_of (Fixture             *f,
          const VdStatsFilter *filter)
{
  g_autoptr(VdStatsTable) table = run (f, VD_STATS_MIX, filter);

  return table->total;
}

static const char *
row_label (VdStatsTable *table,
           guint         row)
{
  return ((VdStatsKey *) g_ptr_array_index (table->rows, row))->label;
}

static void
test_empty (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(VdStatsFilter) filter = vd_stats_filter_new ();

  for (VdStatsQuery q = VD_STATS_UNITS; q <= VD_STATS_SHARES; q++)
    {
      g_autoptr(VdStatsTable) table = run (f, q, filter);

      g_assert_cmpint (table->rows->len, ==, 0);
      g_assert_cmpint (table->total, ==, 0);
    }
}

static void
test_units (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(VdStatsFilter) filter = vd_stats_filter_new ();
  g_autoptr(VdStatsTable) table = NULL;
  VdStatsKey *key;

  fill_archive (f->store);
  table = run (f, VD_STATS_UNITS, filter);

  /* Branches under the ministry: Vụ A 1,2,3,5,11; Công ty C 7,8,9,14;
   * Cục B 4,6,10; the ministry itself 13. */
  g_assert_cmpint (table->total, ==, 13);
  g_assert_cmpint (table->rows->len, ==, 4);
  g_assert_cmpint (table->columns->len, ==, 1);
  g_assert_cmpstr (row_label (table, 0), ==, "Vụ A");
  g_assert_cmpint (vd_stats_table_get (table, 0, 0), ==, 5);
  g_assert_cmpstr (row_label (table, 1), ==, "Công ty C");
  g_assert_cmpint (vd_stats_table_get (table, 1, 0), ==, 4);
  g_assert_cmpstr (row_label (table, 2), ==, "Cục B");
  g_assert_cmpint (vd_stats_table_get (table, 2, 0), ==, 3);
  g_assert_cmpstr (row_label (table, 3), ==, "Bộ TN");
  g_assert_cmpint (vd_stats_table_get (table, 3, 0), ==, 1);

  /* Vụ A gathers its own awards and those of Phòng A1. */
  key = g_ptr_array_index (table->rows, 0);
  g_assert_cmpint (key->unit_ids->len, ==, 2);
  g_assert_cmpstr (key->name, ==, "Vụ A");
}

static void
test_single_unit (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(VdStatsFilter) filter = vd_stats_filter_new ();
  g_autoptr(VdStatsTable) table = NULL;
  g_autoptr(VdStatsTable) leaf = NULL;

  fill_archive (f->store);

  /* Under Vụ A: its own awards 3, 5, 11, Phòng A1's 1, 2. */
  filter->unit_id = 2;
  table = run (f, VD_STATS_UNITS, filter);
  g_assert_cmpint (table->total, ==, 5);
  g_assert_cmpint (table->rows->len, ==, 2);
  g_assert_cmpstr (row_label (table, 0), ==, "Vụ A");
  g_assert_cmpint (vd_stats_table_get (table, 0, 0), ==, 3);
  g_assert_cmpstr (row_label (table, 1), ==, "Phòng A1");
  g_assert_cmpint (vd_stats_table_get (table, 1, 0), ==, 2);

  /* A leaf unit is one bar. */
  filter->unit_id = 3;
  leaf = run (f, VD_STATS_UNITS, filter);
  g_assert_cmpint (leaf->rows->len, ==, 1);
  g_assert_cmpint (vd_stats_table_get (leaf, 0, 0), ==, 2);
}

static void
test_years_and_mix (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(VdStatsFilter) filter = vd_stats_filter_new ();
  g_autoptr(VdStatsTable) years = NULL;
  g_autoptr(VdStatsTable) mix = NULL;
  g_autoptr(VdStatsTable) stacked = NULL;
  g_autoptr(VdStatsTable) by_unit = NULL;
  gint64 sum = 0;

  fill_archive (f->store);

  years = run (f, VD_STATS_YEARS_BY_FORM, filter);
  g_assert_cmpint (years->rows->len, ==, 2);
  g_assert_cmpstr (row_label (years, 0), ==, "2020");
  g_assert_cmpint (vd_stats_table_row_sum (years, 0), ==, 3);
  g_assert_cmpstr (row_label (years, 1), ==, "2021");
  g_assert_cmpint (vd_stats_table_row_sum (years, 1), ==, 10);
  /* Columns by count: LĐTT (1, 3, 4, 14) first. */
  g_assert_cmpstr (((VdStatsKey *) g_ptr_array_index (years->columns, 0))->label, ==, "Lao động tiên tiến");
  g_assert_cmpint (vd_stats_table_get (years, 0, 0), ==, 2);
  g_assert_cmpint (vd_stats_table_get (years, 1, 0), ==, 2);

  mix = run (f, VD_STATS_MIX, filter);
  g_assert_cmpint (mix->rows->len, ==, 9);
  g_assert_cmpstr (row_label (mix, 0), ==, "Lao động tiên tiến");
  g_assert_cmpint (vd_stats_table_get (mix, 0, 0), ==, 4);
  g_assert_cmpstr (row_label (mix, 1), ==, "Tập thể lao động tiên tiến");
  g_assert_cmpint (vd_stats_table_get (mix, 1, 0), ==, 2);
  for (guint r = 0; r < mix->rows->len; r++)
    sum += vd_stats_table_get (mix, r, 0);
  g_assert_cmpint (sum, ==, 13);

  /* Vụ A by form: LĐTT 1, 3; CSTĐCS 2; TTLĐTT 5; CSTĐ cấp Bộ 11. */
  stacked = run (f, VD_STATS_UNITS_BY_FORM, filter);
  g_assert_cmpstr (row_label (stacked, 0), ==, "Vụ A");
  g_assert_cmpint (vd_stats_table_row_sum (stacked, 0), ==, 5);
  g_assert_cmpint (vd_stats_table_get (stacked, 0, 0), ==, 2);

  /* 2020 by unit: Cục B 4, 6; Công ty C 14. */
  by_unit = run (f, VD_STATS_YEARS_BY_UNIT, filter);
  g_assert_cmpstr (row_label (by_unit, 0), ==, "2020");
  g_assert_cmpint (vd_stats_table_row_sum (by_unit, 0), ==, 3);
  for (guint c = 0; c < by_unit->columns->len; c++)
    {
      VdStatsKey *key = g_ptr_array_index (by_unit->columns, c);

      if (g_str_equal (key->label, "Cục B"))
        g_assert_cmpint (vd_stats_table_get (by_unit, 0, c), ==, 2);
      else if (g_str_equal (key->label, "Công ty C"))
        g_assert_cmpint (vd_stats_table_get (by_unit, 0, c), ==, 1);
      else
        g_assert_cmpint (vd_stats_table_get (by_unit, 0, c), ==, 0);
    }
}

static void
test_shares (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(VdStatsFilter) filter = vd_stats_filter_new ();
  g_autoptr(VdStatsTable) table = NULL;

  fill_archive (f->store);
  table = run (f, VD_STATS_SHARES, filter);

  /* 2020: individual 4 (woman), 14 (direct). 2021: 1, 2 (woman, direct),
   * 3, 7 (direct), 8, 10 (woman), 11. */
  g_assert_cmpint (table->rows->len, ==, 2);
  g_assert_cmpint (table->bases[0], ==, 2);
  g_assert_cmpint (vd_stats_table_get (table, 0, 0), ==, 1);
  g_assert_cmpint (vd_stats_table_get (table, 0, 1), ==, 1);
  g_assert_cmpint (table->bases[1], ==, 7);
  g_assert_cmpint (vd_stats_table_get (table, 1, 0), ==, 3);
  g_assert_cmpint (vd_stats_table_get (table, 1, 1), ==, 3);
  g_assert_cmpint (table->total, ==, 9);
}

static void
test_filters (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(VdStatsFilter) filter = vd_stats_filter_new ();
  gint64 ldtt;

  fill_archive (f->store);
  ldtt = kind_id (f->store, "LDTT");

  filter->year_from = filter->year_to = 2021;
  g_assert_cmpint (total_of (f, filter), ==, 10);
  filter->gender = VD_STATS_GENDER_FEMALE;
  g_assert_cmpint (total_of (f, filter), ==, 3);       /* 1, 2, 10 */
  filter->year_from = filter->year_to = 0;
  g_assert_cmpint (total_of (f, filter), ==, 4);       /* 1, 2, 4, 10 */
  filter->gender = VD_STATS_GENDER_MALE;
  g_assert_cmpint (total_of (f, filter), ==, 5);       /* 3, 7, 8, 11, 14 */
  filter->gender = VD_STATS_GENDER_ANY;

  filter->direct = VD_STATS_DIRECT_YES;
  g_assert_cmpint (total_of (f, filter), ==, 4);       /* 1, 2, 7, 14 */
  filter->direct = VD_STATS_DIRECT_ANY;

  filter->subject = VD_STATS_SUBJECT_COLLECTIVE;
  g_assert_cmpint (total_of (f, filter), ==, 4);       /* 5, 6, 9, 13 */
  filter->subject = VD_STATS_SUBJECT_INDIVIDUAL;
  g_assert_cmpint (total_of (f, filter), ==, 9);
  filter->subject = VD_STATS_SUBJECT_ANY;

  filter->unit_id = 2;
  g_assert_cmpint (total_of (f, filter), ==, 5);
  filter->unit_id = 0;

  /* Vụ A's subtree in 2021 (1, 2, 3, 5, 11), Cục B in 2020 (4, 6). */
  filter->bloc_id = 1;
  g_assert_cmpint (total_of (f, filter), ==, 7);
  filter->bloc_id = 0;

  vd_stats_filter_set_kinds (filter, &ldtt, 1);
  g_assert_cmpint (total_of (f, filter), ==, 4);       /* 1, 3, 4, 14 */
  vd_stats_filter_set_kinds (filter, NULL, 0);

  filter->campaign_id = 1;
  g_assert_cmpint (total_of (f, filter), ==, 2);       /* 1, 10 */
  filter->campaign_id = 0;

  filter->year_from = 2022;
  g_assert_cmpint (total_of (f, filter), ==, 0);
}

static void
test_drill_down (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(VdStatsFilter) filter = vd_stats_filter_new ();
  g_autoptr(VdStatsTable) table = NULL;
  g_autoptr(VdStatsFilter) narrow = NULL;
  g_autoptr(VdStatsFilter) narrower = NULL;
  g_autoptr(GPtrArray) awards = NULL;
  g_autoptr(GPtrArray) two = NULL;
  g_autoptr(GError) error = NULL;
  gint64 total = 0;
  VdStatsAward *first;

  fill_archive (f->store);
  table = run (f, VD_STATS_UNITS_BY_FORM, filter);

  narrow = vd_stats_filter_narrow (filter, g_ptr_array_index (table->rows, 0));
  awards = vd_stats_list_awards (f->store, narrow, 0, &total, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (awards->len, ==, 5);
  g_assert_cmpint (total, ==, 5);
  first = g_ptr_array_index (awards, 0);
  g_assert_cmpint (first->year, ==, 2021);

  /* One segment: Vụ A's LĐTT, awards 1 and 3. */
  narrower = vd_stats_filter_narrow (narrow, g_ptr_array_index (table->columns, 0));
  two = vd_stats_list_awards (f->store, narrower, 1, &total, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (two->len, ==, 1);
  g_assert_cmpint (total, ==, 2);
}

static void
test_describe (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(VdStatsFilter) filter = vd_stats_filter_new ();
  g_autofree char *all = NULL;
  g_autofree char *some = NULL;

  fill_archive (f->store);
  all = vd_stats_filter_describe (f->store, filter);
  g_assert_cmpstr (all, ==, "All years");

  filter->year_from = 2019;
  filter->year_to = 2021;
  filter->bloc_id = 1;
  filter->gender = VD_STATS_GENDER_FEMALE;
  some = vd_stats_filter_describe (f->store, filter);
  g_assert_cmpstr (some, ==, "Years 2019–2021 · Bloc: Khối I · Women");
}

static void
assert_totals_add_up (VdStatsReport *report)
{
  guint n_columns = report->columns->len;
  gint64 subjects = 0, methods = 0;
  gboolean in_methods = FALSE;

  /* Each line's total is the sum of its form columns. */
  for (guint r = 0; r < report->rows->len; r++)
    {
      gint64 sum = 0;

      for (guint c = 1; c < n_columns; c++)
        sum += vd_stats_report_get (report, r, c);
      g_assert_cmpint (sum, ==, vd_stats_report_get (report, r, 0));
    }

  /* The total line is the sum of the subject lines and of the methods. */
  for (guint r = 0; r < report->rows->len; r++)
    {
      VdReportRow *row = g_ptr_array_index (report->rows, r);

      if (row->heading)
        in_methods = strstr (row->label, "phương thức") != NULL;
      else if (row->indent == 1 && in_methods)
        methods += vd_stats_report_get (report, r, 0);
      else if (row->indent == 1 && (g_str_equal (row->label, "Tập thể")
                                    || g_str_equal (row->label, "Hộ gia đình")
                                    || g_str_equal (row->label, "Cá nhân")))
        subjects += vd_stats_report_get (report, r, 0);
    }
  g_assert_cmpint (subjects, ==, vd_stats_report_get (report, 0, 0));
  g_assert_cmpint (methods, ==, vd_stats_report_get (report, 0, 0));
}

static gint64
report_line (VdStatsReport *report,
             const char    *label)
{
  for (guint r = 0; r < report->rows->len; r++)
    if (g_str_equal (((VdReportRow *) g_ptr_array_index (report->rows, r))->label, label))
      return vd_stats_report_get (report, r, 0);
  g_assert_not_reached ();
}

static void
test_report_forms (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VdStatsReport) state = NULL;
  g_autoptr(VdStatsReport) ministry = NULL;
  g_autoptr(VdStatsReport) empty = NULL;

  fill_archive (f->store);

  /* State level 2021: 7 BK TTg (direct worker), 8 HCLĐ III (director of
   * a company: business person), 9 Cờ thi đua CP (to a company). */
  state = vd_stats_report_compute (f->store, VD_REPORT_FORM_0602, 2021, &error);
  g_assert_no_error (error);
  g_assert_cmpint (state->rows->len, ==, 22);
  g_assert_cmpint (state->columns->len, ==, 17);
  g_assert_cmpstr (((VdReportRow *) g_ptr_array_index (state->rows, 0))->code, ==, "01");
  g_assert_cmpint (vd_stats_report_get (state, 0, 0), ==, 3);
  g_assert_cmpint (report_line (state, "Bộ, ban, ngành, đoàn thể Trung ương"), ==, 3);
  g_assert_cmpint (report_line (state, "Tập thể"), ==, 1);
  g_assert_cmpint (report_line (state, "Trong đó: Doanh nghiệp"), ==, 1);
  g_assert_cmpint (report_line (state, "Cá nhân"), ==, 2);
  g_assert_cmpint (report_line (state, "Doanh nhân"), ==, 1);
  g_assert_cmpint (report_line (state, "Người trực tiếp công tác, lao động, học tập, chiến đấu"), ==, 1);
  g_assert_cmpint (report_line (state, "Thường xuyên"), ==, 3);
  /* Huân chương, individual column; Cờ thi đua CP, collective column. */
  g_assert_cmpint (vd_stats_report_get (state, 0, 2), ==, 1);
  g_assert_cmpint (vd_stats_report_get (state, 0, 9), ==, 1);
  assert_totals_add_up (state);

  /* Ministry level 2021: 10 Bằng khen (Trưởng phòng, thematic campaign),
   * 11 CSTĐ cấp Bộ (Vụ trưởng). */
  ministry = vd_stats_report_compute (f->store, VD_REPORT_FORM_0603, 2021, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ministry->rows->len, ==, 19);
  g_assert_cmpint (ministry->columns->len, ==, 5);
  g_assert_cmpint (vd_stats_report_get (ministry, 0, 0), ==, 2);
  g_assert_cmpint (report_line (ministry, "Lãnh đạo cấp vụ, sở, ngành và tương đương"), ==, 1);
  g_assert_cmpint (report_line (ministry, "Lãnh đạo khác từ phó phòng trở lên"), ==, 1);
  g_assert_cmpint (report_line (ministry, "Chuyên đề"), ==, 1);
  g_assert_cmpint (report_line (ministry, "Thường xuyên"), ==, 1);
  assert_totals_add_up (ministry);

  empty = vd_stats_report_compute (f->store, VD_REPORT_FORM_0603, 2030, &error);
  g_assert_no_error (error);
  g_assert_cmpint (vd_stats_report_get (empty, 0, 0), ==, 0);
  assert_totals_add_up (empty);
}

static void
on_query_done (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  VdStatsTable **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = vd_stats_query_finish (VD_STORE (source), result, &error);
  g_assert_no_error (error);
}

static void
test_async (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(VdStatsFilter) filter = vd_stats_filter_new ();
  g_autoptr(VdStatsTable) table = NULL;

  fill_archive (f->store);
  vd_stats_query_async (f->store, VD_STATS_UNITS, filter, NULL, on_query_done, &table);
  while (table == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (table->total, ==, 13);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/stats/empty", Fixture, NULL, fixture_setup, test_empty, fixture_teardown);
  g_test_add ("/stats/units", Fixture, NULL, fixture_setup, test_units, fixture_teardown);
  g_test_add ("/stats/single-unit", Fixture, NULL, fixture_setup, test_single_unit, fixture_teardown);
  g_test_add ("/stats/years-and-mix", Fixture, NULL, fixture_setup, test_years_and_mix, fixture_teardown);
  g_test_add ("/stats/shares", Fixture, NULL, fixture_setup, test_shares, fixture_teardown);
  g_test_add ("/stats/filters", Fixture, NULL, fixture_setup, test_filters, fixture_teardown);
  g_test_add ("/stats/drill-down", Fixture, NULL, fixture_setup, test_drill_down, fixture_teardown);
  g_test_add ("/stats/describe", Fixture, NULL, fixture_setup, test_describe, fixture_teardown);
  g_test_add ("/stats/report-forms", Fixture, NULL, fixture_setup, test_report_forms, fixture_teardown);
  g_test_add ("/stats/async", Fixture, NULL, fixture_setup, test_async, fixture_teardown);

  return g_test_run ();
}
