/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "vd-people.h"
#include "vd-search.h"
#include "vd-store.h"
#include "vd-text.h"
#include "vd-units.h"

typedef struct
{
  char    *dir;
  char    *path;
  VdStore *store;
  gint64   bo_id;
  gint64   unit_id;
} Fixture;

static gint64
add_unit (Fixture    *f,
          gint64      parent_id,
          const char *name,
          const char *short_name)
{
  g_autoptr(VdUnit) unit = vd_unit_new ();
  g_autoptr(GError) error = NULL;
  gint64 id;

  vd_unit_set_parent_id (unit, parent_id);
  vd_unit_set_name (unit, name);
  vd_unit_set_short_name (unit, short_name);
  vd_unit_set_kind (unit, parent_id ? VD_UNIT_KIND_DEPARTMENT : VD_UNIT_KIND_MINISTRY);
  id = vd_units_insert (f->store, unit, &error);
  g_assert_no_error (error);
  return id;
}

static gint64
add_person (Fixture    *f,
            const char *full_name,
            const char *position)
{
  g_autoptr(VdPerson) person = vd_person_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *family = NULL, *middle = NULL, *given = NULL;
  gint64 id;

  g_assert_true (vd_text_split_full_name (full_name, &family, &middle, &given));
  vd_person_set_unit_id (person, f->unit_id);
  vd_person_set_family_name (person, family);
  vd_person_set_middle_name (person, middle);
  vd_person_set_given_name (person, given);
  vd_person_set_position (person, position);
  id = vd_people_insert (f->store, person, &error);
  g_assert_no_error (error);
  return id;
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("vd-search-XXXXXX", NULL);
  f->path = g_build_filename (f->dir, "archive.vinhdanh", NULL);
  f->store = vd_store_open (f->path, VD_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);

  f->bo_id = add_unit (f, 0, "Bộ Tài nguyên và Môi trường", "Bộ TN&MT");
  f->unit_id = add_unit (f, f->bo_id, "Vụ Thi đua - Khen thưởng", "Vụ TĐKT");
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

static void
add_decision (Fixture    *f,
              gint64      id,
              const char *number,
              const char *signed_on,
              const char *title)
{
  g_autofree char *text = g_strconcat (number, " ", title, NULL);
  g_autofree char *fold = vd_text_fold (text);
  sqlite3_stmt *stmt = vd_store_prepare (f->store,
                                         "INSERT INTO decisions (id, number, signed_on, title, signer_name, signer_title, authority, search_fold)"
                                         " VALUES (?1, ?2, ?3, ?4, 'Trần Hồng Hà', 'Bộ trưởng', 'Bộ Tài nguyên và Môi trường', ?5)",
                                         NULL);

  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 2, number, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, signed_on, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, title, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, fold, -1, SQLITE_TRANSIENT);
  g_assert_true (vd_store_step_done (f->store, stmt, NULL));
}

static void
add_dossier (Fixture    *f,
             gint64      id,
             const char *title,
             const char *status,
             int         year)
{
  g_autofree char *fold = vd_text_fold (title);
  sqlite3_stmt *stmt = vd_store_prepare (f->store,
                                         "INSERT INTO dossiers (id, title, unit_id, year, status, created_on, search_fold)"
                                         " VALUES (?1, ?2, ?3, ?4, ?5, '2023-01-01', ?6)",
                                         NULL);

  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 2, title, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, f->unit_id);
  sqlite3_bind_int (stmt, 4, year);
  sqlite3_bind_text (stmt, 5, status, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 6, fold, -1, SQLITE_TRANSIENT);
  g_assert_true (vd_store_step_done (f->store, stmt, NULL));
}

static GPtrArray *
search (Fixture    *f,
        const char *query)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *results = vd_search_run (f->store, query, 20, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (results);
  return results;
}

/* The titles of the results of one kind, joined by "|". */
static char *
titles (GPtrArray    *results,
        VdSearchKind  kind)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < results->len; i++)
    {
      VdSearchResult *r = g_ptr_array_index (results, i);

      if (vd_search_result_get_kind (r) != kind)
        continue;
      if (out->len > 0)
        g_string_append_c (out, '|');
      g_string_append (out, vd_search_result_get_title (r));
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
assert_people (Fixture    *f,
               const char *query,
               const char *expected)
{
  g_autoptr(GPtrArray) results = search (f, query);
  g_autofree char *found = titles (results, VD_SEARCH_KIND_PERSON);

  if (g_strcmp0 (found, expected) != 0)
    g_error ("“%s” found “%s”, expected “%s”", query, found, expected);
}

static void
test_diacritics (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GPtrArray) results = NULL;
  VdSearchResult *r;
  gint64 dung;

  dung = add_person (f, "Nguyễn Văn Dũng", "Chuyên viên chính");
  add_person (f, "Đỗ Thị Hằng", "Trưởng phòng");
  add_person (f, "Nguyễn Thị Dung", "");
  add_person (f, "Trần Văn Nam", "");

  assert_people (f, "nguyen van dung", "Nguyễn Văn Dũng");
  assert_people (f, "DUNG", "Nguyễn Thị Dung|Nguyễn Văn Dũng");
  assert_people (f, "Dũng", "Nguyễn Thị Dung|Nguyễn Văn Dũng");
  assert_people (f, "dung van", "Nguyễn Văn Dũng");
  assert_people (f, "  van   nguyen  ", "Nguyễn Văn Dũng");
  assert_people (f, "do hang", "Đỗ Thị Hằng");
  assert_people (f, "ĐỖ", "Đỗ Thị Hằng");
  assert_people (f, "đung", "Nguyễn Thị Dung|Nguyễn Văn Dũng");
  assert_people (f, "nguyen", "Nguyễn Thị Dung|Nguyễn Văn Dũng");
  assert_people (f, "nguyen nam", "");
  assert_people (f, "   ", "");

  results = search (f, "nguyen van dung");
  g_assert_cmpuint (results->len, ==, 1);
  r = g_ptr_array_index (results, 0);
  g_assert_cmpint (vd_search_result_get_id (r), ==, dung);
  g_assert_cmpstr (vd_search_result_get_subtitle (r), ==, "Chuyên viên chính · Vụ Thi đua - Khen thưởng");
}

static void
on_search_done (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  GPtrArray **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = vd_search_run_finish (VD_STORE (source), result, &error);
  g_assert_no_error (error);
}

static void
test_kinds (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GPtrArray) async_results = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *found = NULL;
  g_autofree char *decision = NULL;
  g_autofree char *dossier = NULL;
  g_autofree char *sql = NULL;
  gint64 dung, hang;
  VdSearchResult *r;

  add_unit (f, f->unit_id, "Phòng Thi đua", "");
  dung = add_person (f, "Nguyễn Văn Dũng", "");
  hang = add_person (f, "Đỗ Thị Hằng", "");
  add_decision (f, 11, "382/QĐ-BTNMT", "2023-03-10", "Về việc tặng Bằng khen của Bộ trưởng");
  add_decision (f, 12, "15/QĐ-BTNMT", "2022-01-05", "Về việc công nhận danh hiệu thi đua");
  add_dossier (f, 21, "Hồ sơ đề nghị khen thưởng năm 2023", "submitted", 2023);
  add_dossier (f, 22, "Hồ sơ thi đua năm 2022", "decided", 2022);

  results = search (f, "thi dua");
  found = titles (results, VD_SEARCH_KIND_UNIT);
  g_assert_cmpstr (found, ==, "Phòng Thi đua|Vụ Thi đua - Khen thưởng");
  g_clear_pointer (&found, g_free);
  found = titles (results, VD_SEARCH_KIND_DECISION);
  g_assert_cmpstr (found, ==, "15/QĐ-BTNMT");
  g_clear_pointer (&found, g_free);
  found = titles (results, VD_SEARCH_KIND_DOSSIER);
  g_assert_cmpstr (found, ==, "Hồ sơ thi đua năm 2022");
  g_clear_pointer (&found, g_free);

  /* Kinds come in a fixed order: units before decisions before dossiers. */
  g_assert_cmpint (vd_search_result_get_kind (g_ptr_array_index (results, 0)), ==, VD_SEARCH_KIND_UNIT);
  g_assert_cmpint (vd_search_result_get_kind (g_ptr_array_index (results, results->len - 1)), ==,
                   VD_SEARCH_KIND_DOSSIER);

  /* A unit's subtitle is where it sits; a decision's its date and title. */
  r = g_ptr_array_index (results, 0);
  g_assert_cmpstr (vd_search_result_get_subtitle (r), ==, "Bộ TN&MT › Vụ Thi đua - Khen thưởng");
  r = g_ptr_array_index (results, 2);
  g_assert_cmpint (vd_search_result_get_id (r), ==, 12);
  g_assert_cmpstr (vd_search_result_get_subtitle (r), ==,
                   "05/01/2022 · Về việc công nhận danh hiệu thi đua");
  r = g_ptr_array_index (results, 3);
  g_assert_cmpint (vd_search_result_get_id (r), ==, 22);
  g_assert_cmpstr (vd_search_result_get_subtitle (r), ==, "Vụ Thi đua - Khen thưởng · Decided · 2022");
  g_clear_pointer (&results, g_ptr_array_unref);

  results = search (f, "382");
  found = titles (results, VD_SEARCH_KIND_DECISION);
  g_assert_cmpstr (found, ==, "382/QĐ-BTNMT");
  g_clear_pointer (&found, g_free);
  g_clear_pointer (&results, g_ptr_array_unref);

  /* Newest decision first; the limit applies per kind. */
  results = vd_search_run (f->store, "ve viec", 1, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (results->len, ==, 1);
  g_assert_cmpint (vd_search_result_get_id (g_ptr_array_index (results, 0)), ==, 11);
  g_clear_pointer (&results, g_ptr_array_unref);

  /* The same answer off the main thread. */
  vd_search_run_async (f->store, "thi dua", 20, NULL, on_search_done, &async_results);
  while (async_results == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (async_results->len, ==, 4);

  /* Summaries. */
  sql = g_strdup_printf ("INSERT INTO awards (person_id, award_kind_id, year, decision_id) VALUES"
                         " (%1$" G_GINT64_FORMAT ", (SELECT id FROM award_kinds WHERE code = 'BK_BO'), 2023, 11),"
                         " (%2$" G_GINT64_FORMAT ", (SELECT id FROM award_kinds WHERE code = 'BK_BO'), 2023, 11);"
                         "INSERT INTO nominations (dossier_id, person_id, award_kind_id, outcome) VALUES"
                         " (21, %1$" G_GINT64_FORMAT ", (SELECT id FROM award_kinds WHERE code = 'CSTD_BO'), 'approved');"
                         "INSERT INTO blobs (sha256, size, data) VALUES ('%3$s', 3, x'255044');"
                         "INSERT INTO documents (dossier_id, kind, title, sha256, added_on) VALUES"
                         " (21, 'submission', 'Tờ trình đề nghị khen thưởng', '%3$s', '2023-02-01');",
                         dung, hang,
                         "0000000000000000000000000000000000000000000000000000000000000001");
  exec_sql (f->store, sql);

  decision = vd_search_describe_decision (f->store, 11, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (decision, "Decision: 382/QĐ-BTNMT\n"));
  g_assert_nonnull (strstr (decision, "Signed on: 10/03/2023\n"));
  g_assert_nonnull (strstr (decision, "Signed by: Trần Hồng Hà, Bộ trưởng\n"));
  g_assert_nonnull (strstr (decision, "Issuing authority: Bộ Tài nguyên và Môi trường\n"));
  g_assert_nonnull (strstr (decision, "2 recipients"));
  /* Recipients in Vietnamese name order: Dũng before Hằng. */
  g_assert_nonnull (strstr (decision, "• Nguyễn Văn Dũng — Bằng khen của Bộ trưởng\n  • Đỗ Thị Hằng"));

  dossier = vd_search_describe_dossier (f->store, 21, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (dossier, "Dossier: Hồ sơ đề nghị khen thưởng năm 2023\n"));
  g_assert_nonnull (strstr (dossier, "Unit: Vụ Thi đua - Khen thưởng\n"));
  g_assert_nonnull (strstr (dossier, "Year: 2023\n"));
  g_assert_nonnull (strstr (dossier, "Status: Submitted\n"));
  g_assert_nonnull (strstr (dossier, "1 nomination\n  • Nguyễn Văn Dũng — Chiến sĩ thi đua cấp Bộ (approved)"));
  g_assert_nonnull (strstr (dossier, "1 attached document\n  • Tờ trình đề nghị khen thưởng"));

  g_assert_null (vd_search_describe_decision (f->store, 999, &error));
  g_assert_error (error, VD_STORE_ERROR, VD_STORE_ERROR_NOT_FOUND);
}

static void
test_like_escape (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GPtrArray) results = NULL;
  g_autofree char *found = NULL;

  add_unit (f, f->unit_id, "Tổ đạt 100% chỉ tiêu", "");
  add_unit (f, f->unit_id, "Tổ A_B", "");
  add_unit (f, f->unit_id, "Tổ AxB", "");
  add_unit (f, f->unit_id, "Tổ 1000 chỉ tiêu", "");
  add_unit (f, f->unit_id, "Tổ C\\D", "");

  results = search (f, "%");
  found = titles (results, VD_SEARCH_KIND_UNIT);
  g_assert_cmpstr (found, ==, "Tổ đạt 100% chỉ tiêu");
  g_clear_pointer (&found, g_free);
  g_clear_pointer (&results, g_ptr_array_unref);

  results = search (f, "100%");
  found = titles (results, VD_SEARCH_KIND_UNIT);
  g_assert_cmpstr (found, ==, "Tổ đạt 100% chỉ tiêu");
  g_clear_pointer (&found, g_free);
  g_clear_pointer (&results, g_ptr_array_unref);

  results = search (f, "a_b");
  found = titles (results, VD_SEARCH_KIND_UNIT);
  g_assert_cmpstr (found, ==, "Tổ A_B");
  g_clear_pointer (&found, g_free);
  g_clear_pointer (&results, g_ptr_array_unref);

  results = search (f, "_");
  found = titles (results, VD_SEARCH_KIND_UNIT);
  g_assert_cmpstr (found, ==, "Tổ A_B");
  g_clear_pointer (&found, g_free);
  g_clear_pointer (&results, g_ptr_array_unref);

  results = search (f, "c\\d");
  found = titles (results, VD_SEARCH_KIND_UNIT);
  g_assert_cmpstr (found, ==, "Tổ C\\D");
  g_clear_pointer (&found, g_free);
  g_clear_pointer (&results, g_ptr_array_unref);

  /* Quotes are data, never SQL. */
  results = search (f, "' OR 1=1 --");
  g_assert_cmpuint (results->len, ==, 0);
}

static GPtrArray *
search_async (Fixture    *f,
              const char *query)
{
  GPtrArray *results = NULL;

  vd_search_run_async (f->store, query, 20, NULL, on_search_done, &results);
  while (results == NULL)
    g_main_context_iteration (NULL, TRUE);
  return results;
}

/* Searches keep no stale view of the names, whichever connection wrote. */
static void
test_fresh (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(VdDeletion) deletion = NULL;
  g_autoptr(VdPerson) person = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *found = NULL;
  gint64 id;

  add_person (f, "Nguyễn Văn Dũng", "");
  results = search_async (f, "dung");
  g_assert_cmpuint (results->len, ==, 1);
  g_clear_pointer (&results, g_ptr_array_unref);
  results = search (f, "dung");
  g_assert_cmpuint (results->len, ==, 1);
  g_clear_pointer (&results, g_ptr_array_unref);

  id = add_person (f, "Lý Thị Dung", "");
  results = search (f, "dung");
  found = titles (results, VD_SEARCH_KIND_PERSON);
  g_assert_cmpstr (found, ==, "Lý Thị Dung|Nguyễn Văn Dũng");
  g_clear_pointer (&found, g_free);
  g_clear_pointer (&results, g_ptr_array_unref);
  results = search_async (f, "dung");
  found = titles (results, VD_SEARCH_KIND_PERSON);
  g_assert_cmpstr (found, ==, "Lý Thị Dung|Nguyễn Văn Dũng");
  g_clear_pointer (&found, g_free);
  g_clear_pointer (&results, g_ptr_array_unref);

  person = vd_people_get (f->store, id, &error);
  g_assert_no_error (error);
  vd_person_set_given_name (person, "Hoa");
  g_assert_true (vd_people_update (f->store, person, &error));
  results = search_async (f, "dung");
  g_assert_cmpuint (results->len, ==, 1);
  g_clear_pointer (&results, g_ptr_array_unref);
  results = search_async (f, "ly hoa");
  g_assert_cmpuint (results->len, ==, 1);
  g_clear_pointer (&results, g_ptr_array_unref);

  deletion = vd_people_delete (f->store, id, &error);
  g_assert_no_error (error);
  results = search (f, "hoa");
  g_assert_cmpuint (results->len, ==, 0);
}

static void
test_cancel (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) results = NULL;

  add_person (f, "Nguyễn Văn Dũng", "");
  g_cancellable_cancel (cancellable);
  results = vd_search_run (f->store, "dung", 10, cancellable, &error);
  g_assert_null (results);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/search/diacritics", Fixture, NULL, fixture_setup, test_diacritics, fixture_teardown);
  g_test_add ("/search/kinds", Fixture, NULL, fixture_setup, test_kinds, fixture_teardown);
  g_test_add ("/search/like-escape", Fixture, NULL, fixture_setup, test_like_escape, fixture_teardown);
  g_test_add ("/search/fresh", Fixture, NULL, fixture_setup, test_fresh, fixture_teardown);
  g_test_add ("/search/cancel", Fixture, NULL, fixture_setup, test_cancel, fixture_teardown);

  return g_test_run ();
}
