/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>

#include "vd-people.h"
#include "vd-store.h"
#include "vd-text.h"
#include "vd-units.h"

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

  f->dir = g_dir_make_tmp ("vd-units-XXXXXX", NULL);
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

static gint64
add_unit (Fixture    *f,
          gint64      parent_id,
          const char *name,
          const char *short_name,
          int         sort_order)
{
  g_autoptr(VdUnit) unit = vd_unit_new ();
  g_autoptr(GError) error = NULL;
  gint64 id;

  vd_unit_set_parent_id (unit, parent_id);
  vd_unit_set_name (unit, name);
  vd_unit_set_short_name (unit, short_name);
  vd_unit_set_sort_order (unit, sort_order);
  vd_unit_set_kind (unit, parent_id == 0 ? VD_UNIT_KIND_MINISTRY : VD_UNIT_KIND_DEPARTMENT);
  id = vd_units_insert (f->store, unit, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, ==, vd_unit_get_id (unit));
  return id;
}

static gint64
add_person (Fixture    *f,
            gint64      unit_id,
            const char *full_name)
{
  g_autoptr(VdPerson) person = vd_person_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *family = NULL, *middle = NULL, *given = NULL;
  gint64 id;

  g_assert_true (vd_text_split_full_name (full_name, &family, &middle, &given));
  vd_person_set_unit_id (person, unit_id);
  vd_person_set_family_name (person, family);
  vd_person_set_middle_name (person, middle);
  vd_person_set_given_name (person, given);
  id = vd_people_insert (f->store, person, &error);
  g_assert_no_error (error);
  return id;
}

static void
test_tree_order (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GPtrArray) units = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) problems = NULL;
  g_autoptr(VdUnit) empty = vd_unit_new ();
  g_autoptr(VdUnit) fetched = NULL;
  g_autofree char *path = NULL;
  const char *expected[] = {
    "Bộ Tài nguyên và Môi trường",
    "Văn phòng Bộ",                     /* Văn before Vụ: ă sorts as a letter a */
    "Vụ Thi đua - Khen thưởng",
    "Cục Đo đạc",                       /* sort order 2 wins over the name */
    "Phòng Hành chính",                 /* children right after their parent */
    "Phòng Quản trị",
    "Ủy ban nhân dân tỉnh An Giang",    /* a second root, by name: Ủ after B */
  };
  gint64 bo, vp, cuc, vu, hc, qt, ub;

  /* Inserted out of order on purpose. */
  ub = add_unit (f, 0, "Ủy ban nhân dân tỉnh An Giang", "UBND AG", 0);
  bo = add_unit (f, 0, "Bộ Tài nguyên và Môi trường", "Bộ TN&MT", 0);
  vu = add_unit (f, bo, "Vụ Thi đua - Khen thưởng", "Vụ TĐKT", 0);
  cuc = add_unit (f, bo, "Cục Đo đạc", "", 2);
  qt = add_unit (f, cuc, "Phòng Quản trị", "", 0);
  hc = add_unit (f, cuc, "Phòng Hành chính", "", 0);
  vp = add_unit (f, bo, "Văn phòng Bộ", "VP", 0);
  (void) ub;

  add_person (f, cuc, "Nguyễn Văn Dũng");
  add_person (f, cuc, "Trần Thị Hoa");
  add_person (f, hc, "Lê Văn Nam");

  units = vd_units_list_all (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (units->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < units->len; i++)
    g_assert_cmpstr (vd_unit_get_name (g_ptr_array_index (units, i)), ==, expected[i]);

  /* Direct members only. */
  g_assert_cmpint (vd_unit_get_member_count (g_ptr_array_index (units, 3)), ==, 2);
  g_assert_cmpint (vd_unit_get_member_count (g_ptr_array_index (units, 4)), ==, 1);
  g_assert_cmpint (vd_unit_get_member_count (g_ptr_array_index (units, 0)), ==, 0);
  g_assert_cmpint (vd_unit_get_parent_id (g_ptr_array_index (units, 5)), ==, cuc);
  g_assert_cmpint (vd_unit_get_id (g_ptr_array_index (units, 5)), ==, qt);
  g_assert_cmpint (vd_unit_get_id (g_ptr_array_index (units, 1)), ==, vp);
  g_assert_cmpint (vd_unit_get_id (g_ptr_array_index (units, 2)), ==, vu);

  fetched = vd_units_get (f->store, cuc, &error);
  g_assert_no_error (error);
  g_assert_cmpint (vd_unit_get_member_count (fetched), ==, 2);
  g_assert_cmpint (vd_unit_get_kind (fetched), ==, VD_UNIT_KIND_DEPARTMENT);

  path = vd_units_dup_path (f->store, hc);
  g_assert_cmpstr (path, ==, "Bộ TN&MT › Cục Đo đạc › Phòng Hành chính");

  problems = vd_unit_check (empty);
  g_assert_cmpstr (g_hash_table_lookup (problems, "name"), ==, "Enter the unit’s name.");
  vd_unit_set_name (empty, "   ");
  g_assert_cmpint (vd_units_insert (f->store, empty, &error), ==, 0);
  g_assert_error (error, VD_STORE_ERROR, VD_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "Enter the unit’s name.");

  g_assert_cmpstr (vd_unit_kind_label (VD_UNIT_KIND_MINISTRY), ==, "Ministry");
  g_assert_cmpint (vd_unit_kind_from_string ("department"), ==, VD_UNIT_KIND_DEPARTMENT);
}

static void
test_move_refuses_cycle (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(VdUnit) unit = NULL;
  gint64 bo, cuc, phong, vu;

  bo = add_unit (f, 0, "Bộ Tài nguyên và Môi trường", "", 0);
  cuc = add_unit (f, bo, "Cục Đo đạc", "", 0);
  phong = add_unit (f, cuc, "Phòng Kỹ thuật", "", 0);
  vu = add_unit (f, bo, "Vụ Tổ chức cán bộ", "", 0);

  g_assert_false (vd_units_move (f->store, cuc, phong, &error));
  g_assert_error (error, VD_STORE_ERROR, VD_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "A unit cannot be moved under itself or one of its own sub-units.");
  g_clear_error (&error);

  g_assert_false (vd_units_move (f->store, bo, bo, &error));
  g_assert_error (error, VD_STORE_ERROR, VD_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* Through update as well. */
  unit = vd_units_get (f->store, bo, &error);
  g_assert_no_error (error);
  vd_unit_set_parent_id (unit, phong);
  g_assert_false (vd_units_update (f->store, unit, &error));
  g_assert_error (error, VD_STORE_ERROR, VD_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM units WHERE parent_id IS NULL"), ==, 1);

  g_assert_false (vd_units_move (f->store, cuc, 999, &error));
  g_assert_error (error, VD_STORE_ERROR, VD_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* A legal move: the department goes under the other one, with its subtree. */
  g_assert_true (vd_units_move (f->store, cuc, vu, &error));
  g_assert_no_error (error);
  ids = vd_units_subtree_ids (f->store, vu, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 3);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, vu);

  /* And back to the top. */
  g_assert_true (vd_units_move (f->store, cuc, 0, &error));
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM units WHERE parent_id IS NULL"), ==, 2);

  g_assert_null (vd_units_subtree_ids (f->store, 999, &error));
  g_assert_error (error, VD_STORE_ERROR, VD_STORE_ERROR_NOT_FOUND);
}

static void
test_delete_refuses_nonempty (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VdDeletion) deletion = NULL;
  g_autofree char *sql = NULL;
  gint64 bo, cuc, vu, vp;

  bo = add_unit (f, 0, "Bộ Tài nguyên và Môi trường", "", 0);
  cuc = add_unit (f, bo, "Cục Đo đạc", "", 0);
  vu = add_unit (f, bo, "Vụ Tổ chức cán bộ", "", 0);
  vp = add_unit (f, bo, "Văn phòng Bộ", "", 0);
  add_person (f, cuc, "Nguyễn Văn Dũng");
  add_person (f, cuc, "Trần Thị Hoa");

  g_assert_null (vd_units_delete (f->store, bo, &error));
  g_assert_error (error, VD_STORE_ERROR, VD_STORE_ERROR_CONSTRAINT);
  g_assert_cmpstr (error->message, ==,
                   "“Bộ Tài nguyên và Môi trường” still has 3 sub-units. Move or delete them first.");
  g_clear_error (&error);

  g_assert_null (vd_units_delete (f->store, cuc, &error));
  g_assert_error (error, VD_STORE_ERROR, VD_STORE_ERROR_CONSTRAINT);
  g_assert_cmpstr (error->message, ==,
                   "“Cục Đo đạc” still has 2 people. Move them to another unit first.");
  g_clear_error (&error);

  sql = g_strdup_printf ("INSERT INTO dossiers (title, unit_id, year, created_on)"
                         " VALUES ('Hồ sơ 2023', %" G_GINT64_FORMAT ", 2023, '2023-01-01');"
                         "INSERT INTO blocs (id, name) VALUES (1, 'Khối các Vụ');"
                         "INSERT INTO bloc_members (bloc_id, unit_id, year) VALUES (1, %" G_GINT64_FORMAT ", 2023);",
                         vu, vp);
  exec_sql (f->store, sql);

  g_assert_null (vd_units_delete (f->store, vu, &error));
  g_assert_error (error, VD_STORE_ERROR, VD_STORE_ERROR_CONSTRAINT);
  g_assert_cmpstr (error->message, ==,
                   "“Vụ Tổ chức cán bộ” still has 1 dossier. Move or delete it first.");
  g_clear_error (&error);

  g_assert_null (vd_units_delete (f->store, vp, &error));
  g_assert_error (error, VD_STORE_ERROR, VD_STORE_ERROR_CONSTRAINT);
  g_assert_true (g_str_has_prefix (error->message, "“Văn phòng Bộ” still takes part in an emulation bloc."));
  g_clear_error (&error);

  g_assert_null (vd_units_delete (f->store, 999, &error));
  g_assert_error (error, VD_STORE_ERROR, VD_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM units"), ==, 4);
}

static void
test_delete_undo (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VdDeletion) deletion = NULL;
  g_autoptr(GPtrArray) ratings = NULL;
  g_autoptr(GPtrArray) awards = NULL;
  g_autoptr(VdUnit) unit = NULL;
  g_autofree char *sql = NULL;
  gint64 bo, vu;

  bo = add_unit (f, 0, "Bộ Tài nguyên và Môi trường", "", 0);
  vu = add_unit (f, bo, "Vụ Tổ chức cán bộ", "Vụ TCCB", 3);
  g_assert_true (vd_units_set_rating (f->store, vu, 2022, VD_GRADE_EXCELLENT, &error));
  g_assert_true (vd_units_set_rating (f->store, vu, 2023, VD_GRADE_GOOD, &error));
  g_assert_no_error (error);

  sql = g_strdup_printf (
    "INSERT INTO decisions (id, number, signed_on) VALUES (31, '77/QĐ-BTNMT', '2023-01-20'), (32, '9/QĐ-BTNMT', '2022-01-09');"
    "INSERT INTO awards (id, unit_id, award_kind_id, year, decision_id) VALUES"
    " (41, %1$" G_GINT64_FORMAT ", (SELECT id FROM award_kinds WHERE code = 'TTLDXS'), 2022, 32),"
    " (42, %1$" G_GINT64_FORMAT ", (SELECT id FROM award_kinds WHERE code = 'CO_BO'), 2023, 31);"
    "INSERT INTO campaigns (id, name, unit_id, starts_on) VALUES (51, 'Thi đua chuyển đổi số', %1$" G_GINT64_FORMAT ", '2023-01-01');"
    "INSERT INTO blocs (id, name, managing_unit_id) VALUES (61, 'Khối các Vụ', %1$" G_GINT64_FORMAT ");",
    vu);
  exec_sql (f->store, sql);

  awards = vd_units_list_awards (f->store, vu, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (awards->len, ==, 2);
  g_assert_cmpint (((VdAwardRecord *) g_ptr_array_index (awards, 0))->id, ==, 42);
  g_assert_cmpstr (((VdAwardRecord *) g_ptr_array_index (awards, 0))->recipient, ==, "Vụ Tổ chức cán bộ");
  g_clear_pointer (&awards, g_ptr_array_unref);

  deletion = vd_units_delete (f->store, vu, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (vd_deletion_get_label (deletion), ==, "Vụ Tổ chức cán bộ");
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM units"), ==, 1);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM awards"), ==, 0);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM unit_ratings"), ==, 0);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM campaigns WHERE unit_id IS NULL"), ==, 1);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM blocs WHERE managing_unit_id IS NULL"), ==, 1);

  g_assert_true (vd_deletion_undo (f->store, deletion, &error));
  g_assert_no_error (error);

  unit = vd_units_get (f->store, vu, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (vd_unit_get_short_name (unit), ==, "Vụ TCCB");
  g_assert_cmpint (vd_unit_get_parent_id (unit), ==, bo);
  g_assert_cmpint (vd_unit_get_sort_order (unit), ==, 3);

  ratings = vd_units_list_ratings (f->store, vu, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ratings->len, ==, 2);
  g_assert_cmpint (((VdRating *) g_ptr_array_index (ratings, 0))->year, ==, 2023);

  awards = vd_units_list_awards (f->store, vu, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (awards->len, ==, 2);
  g_assert_cmpint (query_int (f->store, "SELECT unit_id FROM campaigns WHERE id = 51"), ==, vu);
  g_assert_cmpint (query_int (f->store, "SELECT managing_unit_id FROM blocs WHERE id = 61"), ==, vu);

  /* Undo after the id was taken again fails cleanly and changes nothing. */
  g_clear_pointer (&deletion, vd_deletion_free);
  g_clear_object (&unit);
  deletion = vd_units_delete (f->store, vu, &error);
  g_assert_no_error (error);
  add_unit (f, bo, "Vụ Kế hoạch - Tài chính", "", 0);
  g_assert_cmpint (query_int (f->store, "SELECT max(id) FROM units"), ==, vu);
  g_assert_false (vd_deletion_undo (f->store, deletion, &error));
  g_assert_error (error, VD_STORE_ERROR, VD_STORE_ERROR_CONSTRAINT);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM unit_ratings"), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/units/tree-order", Fixture, NULL, fixture_setup, test_tree_order, fixture_teardown);
  g_test_add ("/units/move-refuses-cycle", Fixture, NULL, fixture_setup, test_move_refuses_cycle, fixture_teardown);
  g_test_add ("/units/delete-refuses-nonempty", Fixture, NULL, fixture_setup, test_delete_refuses_nonempty, fixture_teardown);
  g_test_add ("/units/delete-undo", Fixture, NULL, fixture_setup, test_delete_undo, fixture_teardown);

  return g_test_run ();
}
