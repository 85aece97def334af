/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "vd-people.h"
#include "vd-store.h"
#include "vd-text.h"
#include "vd-units.h"

typedef struct
{
  char    *dir;
  char    *path;
  VdStore *store;
  gint64   unit_id;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VdUnit) unit = vd_unit_new ();

  f->dir = g_dir_make_tmp ("vd-people-XXXXXX", NULL);
  f->path = g_build_filename (f->dir, "archive.vinhdanh", NULL);
  f->store = vd_store_open (f->path, VD_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);

  vd_unit_set_name (unit, "Vụ Thi đua - Khen thưởng");
  vd_unit_set_kind (unit, VD_UNIT_KIND_DEPARTMENT);
  f->unit_id = vd_units_insert (f->store, unit, &error);
  g_assert_no_error (error);
  g_assert_cmpint (f->unit_id, >, 0);
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

static gint64
query_int (VdStore    *store,
           const char *sql)
{
  sqlite3_stmt *stmt = vd_store_prepare (store, sql, NULL);
  gint64 n;

  g_assert_nonnull (stmt);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return n;
}

static char *
query_text (VdStore    *store,
            const char *sql)
{
  sqlite3_stmt *stmt = vd_store_prepare (store, sql, NULL);
  char *text;

  g_assert_nonnull (stmt);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return text;
}

static gint64
add_person (Fixture    *f,
            const char *family,
            const char *middle,
            const char *given)
{
  g_autoptr(VdPerson) person = vd_person_new ();
  g_autoptr(GError) error = NULL;
  gint64 id;

  vd_person_set_unit_id (person, f->unit_id);
  vd_person_set_family_name (person, family);
  vd_person_set_middle_name (person, middle);
  vd_person_set_given_name (person, given);
  id = vd_people_insert (f->store, person, &error);
  g_assert_no_error (error);
  return id;
}

static void
expect_invalid (Fixture    *f,
                VdPerson   *person,
                const char *message_start)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (vd_people_insert (f->store, person, &error), ==, 0);
  g_assert_error (error, VD_STORE_ERROR, VD_STORE_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, message_start));
  g_assert_cmpint (vd_person_get_id (person), ==, 0);
}

static void
test_insert_validate (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(VdPerson) person = vd_person_new ();
  g_autoptr(VdPerson) read = NULL;
  g_autoptr(GHashTable) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *fold = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *year_message = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  gint64 id;

  /* Nothing filled in: every field the form must show. */
  problems = vd_person_check (person);
  g_assert_cmpstr (g_hash_table_lookup (problems, "given-name"), ==, "Enter the given name.");
  g_assert_cmpstr (g_hash_table_lookup (problems, "unit-id"), ==,
                   "Choose the unit this person belongs to.");
  g_assert_false (g_hash_table_contains (problems, "birth-year"));

  vd_person_set_family_name (person, "Nguyễn");
  vd_person_set_given_name (person, "   ");
  vd_person_set_unit_id (person, f->unit_id);
  expect_invalid (f, person, "Enter the given name.");

  vd_person_set_given_name (person, "Dũng");
  vd_person_set_birth_year (person, 1850);
  year_message = g_strdup_printf ("Birth year must be between 1900 and %d.",
                                  g_date_time_get_year (now));
  expect_invalid (f, person, year_message);
  vd_person_set_birth_year (person, g_date_time_get_year (now) + 1);
  expect_invalid (f, person, year_message);

  vd_person_set_birth_year (person, 1980);
  vd_person_set_unit_id (person, 0);
  expect_invalid (f, person, "Choose the unit this person belongs to.");
  vd_person_set_unit_id (person, f->unit_id + 1000);
  expect_invalid (f, person, "Choose the unit this person belongs to.");
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM people"), ==, 0);

  /* Valid, with untidy spaces. */
  vd_person_set_unit_id (person, f->unit_id);
  vd_person_set_family_name (person, "  Nguyễn ");
  vd_person_set_middle_name (person, " Văn  ");
  vd_person_set_given_name (person, "Dũng ");
  vd_person_set_position (person, "  Trưởng   phòng ");
  vd_person_set_gender (person, VD_GENDER_MALE);
  id = vd_people_insert (f->store, person, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpint (vd_person_get_id (person), ==, id);
  g_assert_cmpstr (vd_person_get_full_name (person), ==, "Nguyễn Văn Dũng");
  g_assert_cmpstr (vd_person_get_position (person), ==, "Trưởng phòng");
  g_assert_cmpstr (vd_person_get_unit_name (person), ==, "Vụ Thi đua - Khen thưởng");

  sql = g_strdup_printf ("SELECT name_fold FROM people WHERE id = %" G_GINT64_FORMAT, id);
  fold = query_text (f->store, sql);
  g_assert_cmpstr (fold, ==, "nguyen van dung");

  read = vd_people_get (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (vd_person_get_family_name (read), ==, "Nguyễn");
  g_assert_cmpstr (vd_person_get_middle_name (read), ==, "Văn");
  g_assert_cmpstr (vd_person_get_given_name (read), ==, "Dũng");
  g_assert_cmpint (vd_person_get_gender (read), ==, VD_GENDER_MALE);
  g_assert_cmpint (vd_person_get_birth_year (read), ==, 1980);
  g_assert_cmpstr (vd_person_get_unit_name (read), ==, "Vụ Thi đua - Khen thưởng");

  /* Inserting a stored person again is refused rather than duplicated. */
  g_assert_cmpint (vd_people_insert (f->store, person, &error), ==, 0);
  g_assert_error (error, VD_STORE_ERROR, VD_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_null (vd_people_get (f->store, id + 1, &error));
  g_assert_error (error, VD_STORE_ERROR, VD_STORE_ERROR_NOT_FOUND);
}

static void
on_changed (VdStore    *store,
            const char *table,
            GPtrArray  *tables)
{
  g_ptr_array_add (tables, g_strdup (table));
}

static void
test_update_sort_key (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(VdPerson) person = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) expected = NULL;
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *sql = NULL;
  g_autofree char *fold = NULL;
  gint64 an, binh;
  sqlite3_stmt *stmt;
  gulong handler;

  an = add_person (f, "Trần", "Văn", "An");
  binh = add_person (f, "Lê", "Thị", "Bình");

  /* An sorts before Bình by given name, whatever the family names say. */
  g_assert_cmpint (query_int (f->store, "SELECT id FROM people ORDER BY sort_key LIMIT 1"), ==, an);

  person = vd_people_get (f->store, an, &error);
  g_assert_no_error (error);
  vd_person_set_given_name (person, " Yến ");
  handler = g_signal_connect (f->store, "changed", G_CALLBACK (on_changed), tables);
  g_assert_true (vd_people_update (f->store, person, &error));
  g_assert_no_error (error);
  g_signal_handler_disconnect (f->store, handler);
  g_assert_cmpuint (tables->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (tables, 0), ==, "people");
  g_assert_cmpstr (vd_person_get_given_name (person), ==, "Yến");

  g_assert_cmpint (query_int (f->store, "SELECT id FROM people ORDER BY sort_key LIMIT 1"), ==, binh);

  sql = g_strdup_printf ("SELECT name_fold FROM people WHERE id = %" G_GINT64_FORMAT, an);
  fold = query_text (f->store, sql);
  g_assert_cmpstr (fold, ==, "tran van yen");

  expected = vd_text_person_sort_key ("Trần", "Văn", "Yến");
  stmt = vd_store_prepare (f->store, "SELECT sort_key FROM people WHERE id = ?1", NULL);
  sqlite3_bind_int64 (stmt, 1, an);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpmem (sqlite3_column_blob (stmt, 0), sqlite3_column_bytes (stmt, 0),
                   g_bytes_get_data (expected, NULL), g_bytes_get_size (expected));
  sqlite3_reset (stmt);

  /* An invalid update changes nothing. */
  vd_person_set_given_name (person, "");
  g_assert_false (vd_people_update (f->store, person, &error));
  g_assert_error (error, VD_STORE_ERROR, VD_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_clear_pointer (&fold, g_free);
  fold = query_text (f->store, sql);
  g_assert_cmpstr (fold, ==, "tran van yen");

  /* A person deleted meanwhile. */
  vd_person_set_given_name (person, "Yến");
  vd_person_set_id (person, binh + 100);
  g_assert_false (vd_people_update (f->store, person, &error));
  g_assert_error (error, VD_STORE_ERROR, VD_STORE_ERROR_NOT_FOUND);
}

static void
test_delete_undo (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(VdDeletion) deletion = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) awards = NULL;
  g_autoptr(GPtrArray) ratings = NULL;
  g_autoptr(GPtrArray) initiatives = NULL;
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(VdPerson) person = NULL;
  gint64 dung, other;
  gulong handler;

  dung = add_person (f, "Nguyễn", "Văn", "Dũng");
  other = add_person (f, "Phạm", "Thị", "Lan");
  g_assert_true (vd_people_set_rating (f->store, dung, 2022, VD_GRADE_EXCELLENT, &error));
  g_assert_true (vd_people_set_rating (f->store, dung, 2023, VD_GRADE_GOOD, &error));
  g_assert_true (vd_people_set_rating (f->store, other, 2023, VD_GRADE_DONE, &error));
  g_assert_no_error (error);

  exec_sql (f->store,
            "INSERT INTO decisions (id, number, signed_on, title) VALUES (501, '382/QĐ-BTNMT', '2023-03-10', 'Khen thưởng');"
            "INSERT INTO dossiers (id, title, unit_id, year, created_on) VALUES (601, 'Hồ sơ 2023', 1, 2023, '2023-01-05');");
  {
    g_autofree char *sql = g_strdup_printf (
      "INSERT INTO nominations (id, dossier_id, person_id, award_kind_id) VALUES"
      " (701, 601, %1$" G_GINT64_FORMAT ", (SELECT id FROM award_kinds WHERE code = 'BK_BO')),"
      " (702, 601, %2$" G_GINT64_FORMAT ", (SELECT id FROM award_kinds WHERE code = 'BK_BO'));"
      "INSERT INTO awards (id, person_id, award_kind_id, year, decision_id, nomination_id) VALUES"
      " (801, %1$" G_GINT64_FORMAT ", (SELECT id FROM award_kinds WHERE code = 'BK_BO'), 2023, 501, 701),"
      " (802, %1$" G_GINT64_FORMAT ", (SELECT id FROM award_kinds WHERE code = 'CSTDCS'), 2022, NULL, NULL),"
      " (803, %2$" G_GINT64_FORMAT ", (SELECT id FROM award_kinds WHERE code = 'BK_BO'), 2023, 501, 702);"
      "INSERT INTO initiatives (id, title, year, level, used_for_award_id) VALUES"
      " (901, 'Số hoá hồ sơ', 2022, 'base', 802), (902, 'Phần mềm chấm điểm', 2021, 'ministry', NULL);"
      "INSERT INTO initiative_authors (initiative_id, person_id) VALUES"
      " (901, %1$" G_GINT64_FORMAT "), (901, %2$" G_GINT64_FORMAT "), (902, %1$" G_GINT64_FORMAT ");",
      dung, other);
    exec_sql (f->store, sql);
  }

  initiatives = vd_people_list_initiatives (f->store, dung, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (initiatives->len, ==, 2);
  g_assert_cmpstr (((VdInitiative *) g_ptr_array_index (initiatives, 0))->title, ==, "Số hoá hồ sơ");
  g_assert_cmpstr (((VdInitiative *) g_ptr_array_index (initiatives, 0))->used_for, ==,
                   "Chiến sĩ thi đua cơ sở");
  /* Authors in Vietnamese order: Dũng before Lan. */
  g_assert_cmpstr (((VdInitiative *) g_ptr_array_index (initiatives, 0))->authors, ==,
                   "Nguyễn Văn Dũng, Phạm Thị Lan");
  g_assert_null (((VdInitiative *) g_ptr_array_index (initiatives, 1))->used_for);
  g_assert_cmpint (((VdInitiative *) g_ptr_array_index (initiatives, 1))->level, ==,
                   VD_INITIATIVE_LEVEL_MINISTRY);

  g_assert_cmpint (vd_people_count_awards (f->store, dung), ==, 2);

  handler = g_signal_connect (f->store, "changed", G_CALLBACK (on_changed), tables);
  deletion = vd_people_delete (f->store, dung, &error);
  g_assert_no_error (error);
  g_assert_nonnull (deletion);
  g_assert_cmpstr (vd_deletion_get_label (deletion), ==, "Nguyễn Văn Dũng");
  g_assert_cmpstr (g_ptr_array_index (tables, 0), ==, "people");
  g_assert_true (g_ptr_array_find_with_equal_func (tables, "awards", g_str_equal, NULL));

  g_assert_null (vd_people_get (f->store, dung, &error));
  g_assert_error (error, VD_STORE_ERROR, VD_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM awards"), ==, 1);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM nominations"), ==, 1);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM person_ratings"), ==, 1);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM initiative_authors"), ==, 1);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM initiatives WHERE used_for_award_id IS NOT NULL"), ==, 0);
  /* The other person's record is untouched. */
  g_assert_cmpint (vd_people_count_awards (f->store, other), ==, 1);

  g_ptr_array_set_size (tables, 0);
  g_assert_true (vd_deletion_undo (f->store, deletion, &error));
  g_assert_no_error (error);
  g_signal_handler_disconnect (f->store, handler);
  g_assert_cmpstr (g_ptr_array_index (tables, 0), ==, "people");

  person = vd_people_get (f->store, dung, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (vd_person_get_full_name (person), ==, "Nguyễn Văn Dũng");

  awards = vd_people_list_awards (f->store, dung, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (awards->len, ==, 2);
  g_assert_cmpint (((VdAwardRecord *) g_ptr_array_index (awards, 0))->id, ==, 801);
  g_assert_cmpint (((VdAwardRecord *) g_ptr_array_index (awards, 1))->id, ==, 802);
  g_assert_cmpint (query_int (f->store, "SELECT nomination_id FROM awards WHERE id = 801"), ==, 701);
  g_assert_cmpint (query_int (f->store, "SELECT used_for_award_id FROM initiatives WHERE id = 901"), ==, 802);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM initiative_authors"), ==, 3);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM nominations WHERE id = 701"), ==, 1);

  ratings = vd_people_list_ratings (f->store, dung, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ratings->len, ==, 2);

  /* Undo runs once. */
  g_assert_false (vd_deletion_undo (f->store, deletion, &error));
  g_assert_error (error, VD_STORE_ERROR, VD_STORE_ERROR_INVALID);
}

static void
test_ratings (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) ratings = NULL;
  gint64 id = add_person (f, "Hoàng", "", "Minh");

  g_assert_true (vd_people_set_rating (f->store, id, 2021, VD_GRADE_DONE, &error));
  g_assert_true (vd_people_set_rating (f->store, id, 2023, VD_GRADE_GOOD, &error));
  g_assert_true (vd_people_set_rating (f->store, id, 2022, VD_GRADE_FAILED, &error));
  /* Setting a year again replaces it. */
  g_assert_true (vd_people_set_rating (f->store, id, 2023, VD_GRADE_EXCELLENT, &error));
  g_assert_no_error (error);

  ratings = vd_people_list_ratings (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ratings->len, ==, 3);
  g_assert_cmpint (((VdRating *) g_ptr_array_index (ratings, 0))->year, ==, 2023);
  g_assert_cmpint (((VdRating *) g_ptr_array_index (ratings, 0))->grade, ==, VD_GRADE_EXCELLENT);
  g_assert_cmpint (((VdRating *) g_ptr_array_index (ratings, 1))->year, ==, 2022);
  g_assert_cmpint (((VdRating *) g_ptr_array_index (ratings, 1))->grade, ==, VD_GRADE_FAILED);
  g_assert_cmpint (((VdRating *) g_ptr_array_index (ratings, 2))->year, ==, 2021);
  g_clear_pointer (&ratings, g_ptr_array_unref);

  g_assert_true (vd_people_set_rating (f->store, id, 2022, VD_GRADE_NONE, &error));
  g_assert_no_error (error);
  ratings = vd_people_list_ratings (f->store, id, &error);
  g_assert_cmpuint (ratings->len, ==, 2);

  g_assert_false (vd_people_set_rating (f->store, id, 1900, VD_GRADE_GOOD, &error));
  g_assert_error (error, VD_STORE_ERROR, VD_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (vd_people_set_rating (f->store, id + 50, 2022, VD_GRADE_GOOD, &error));
  g_assert_error (error, VD_STORE_ERROR, VD_STORE_ERROR_NOT_FOUND);

  g_assert_cmpstr (vd_grade_to_string (VD_GRADE_EXCELLENT), ==, "excellent");
  g_assert_cmpint (vd_grade_from_string ("failed"), ==, VD_GRADE_FAILED);
  g_assert_cmpint (vd_grade_from_string ("nonsense"), ==, VD_GRADE_NONE);
  g_assert_cmpstr (vd_grade_label (VD_GRADE_GOOD), ==, "Good task completion");
  g_assert_cmpstr (vd_grade_label (VD_GRADE_DONE), ==, "Task completed");
  g_assert_cmpstr (vd_initiative_level_label (VD_INITIATIVE_LEVEL_NATIONAL), ==, "National");
  g_assert_cmpstr (vd_gender_label (VD_GENDER_UNKNOWN), ==, "Not recorded");
}

static void
test_award_history_order (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) awards = NULL;
  g_autofree char *sql = NULL;
  gint64 id = add_person (f, "Vũ", "Đức", "Thắng");
  VdAwardRecord *r;

  sql = g_strdup_printf (
    "INSERT INTO decisions (id, number, signed_on) VALUES"
    " (11, '12/QĐ-BTNMT', '2020-02-01'), (12, '640/QĐ-BTNMT', '2020-11-20'),"
    " (13, '88/QĐ-TTg', '2022-05-05'), (14, '301/QĐ-BTNMT', '2021-04-01');"
    "INSERT INTO awards (id, person_id, award_kind_id, year, decision_id, golden_book_no, revoked) VALUES"
    " (21, %1$" G_GINT64_FORMAT ", (SELECT id FROM award_kinds WHERE code = 'LDTT'), 2020, 11, NULL, 0),"
    " (22, %1$" G_GINT64_FORMAT ", (SELECT id FROM award_kinds WHERE code = 'BK_BO'), 2020, 12, NULL, 0),"
    " (23, %1$" G_GINT64_FORMAT ", (SELECT id FROM award_kinds WHERE code = 'BK_TTG'), 2022, 13, 'SV-0042', 0),"
    " (24, %1$" G_GINT64_FORMAT ", (SELECT id FROM award_kinds WHERE code = 'CSTDCS'), 2021, 14, NULL, 1);",
    id);
  exec_sql (f->store, sql);

  awards = vd_people_list_awards (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (awards->len, ==, 4);

  r = g_ptr_array_index (awards, 0);
  g_assert_cmpint (r->id, ==, 23);
  g_assert_cmpint (r->year, ==, 2022);
  g_assert_cmpstr (r->kind_code, ==, "BK_TTG");
  g_assert_cmpstr (r->kind_name, ==, "Bằng khen của Thủ tướng Chính phủ");
  g_assert_cmpstr (r->decision_number, ==, "88/QĐ-TTg");
  g_assert_cmpstr (r->decision_date, ==, "2022-05-05");
  g_assert_cmpstr (r->golden_book_no, ==, "SV-0042");
  g_assert_cmpstr (r->recipient, ==, "Vũ Đức Thắng");
  g_assert_false (r->revoked);

  r = g_ptr_array_index (awards, 1);
  g_assert_cmpint (r->id, ==, 24);
  g_assert_true (r->revoked);
  g_assert_null (r->golden_book_no);

  /* Same year: the later decision first. */
  g_assert_cmpint (((VdAwardRecord *) g_ptr_array_index (awards, 2))->id, ==, 22);
  g_assert_cmpint (((VdAwardRecord *) g_ptr_array_index (awards, 3))->id, ==, 21);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/people/insert-validate", Fixture, NULL, fixture_setup, test_insert_validate, fixture_teardown);
  g_test_add ("/people/update-sort-key", Fixture, NULL, fixture_setup, test_update_sort_key, fixture_teardown);
  g_test_add ("/people/delete-undo", Fixture, NULL, fixture_setup, test_delete_undo, fixture_teardown);
  g_test_add ("/people/ratings", Fixture, NULL, fixture_setup, test_ratings, fixture_teardown);
  g_test_add ("/people/award-history-order", Fixture, NULL, fixture_setup, test_award_history_order, fixture_teardown);

  return g_test_run ();
}
