/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <sys/stat.h>

#include "vd-store.h"

typedef struct
{
  char *dir;
  char *path;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->dir = g_dir_make_tmp ("vd-store-XXXXXX", NULL);
  f->path = g_build_filename (f->dir, "archive.vinhdanh", NULL);
}

static void
remove_tree (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *p = g_build_filename (dir, name, NULL);
      g_chmod (p, 0600);
      g_unlink (p);
    }
  g_rmdir (dir);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  remove_tree (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static char *
file_checksum (const char *path)
{
  g_autofree char *contents = NULL;
  gsize len = 0;

  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, len);
}

static gint64
count_rows (VdStore    *store,
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

static void
raw_exec (const char *path,
          const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static void
test_create (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VdStore) store = vd_store_open (f->path, VD_STORE_OPEN_CREATE, &error);
  GStatBuf st;

  g_assert_no_error (error);
  g_assert_nonnull (store);

  g_assert_cmpint (count_rows (store, "PRAGMA user_version"), ==, VD_STORE_SCHEMA_VERSION);
  g_assert_cmpint (count_rows (store, "PRAGMA application_id"), ==, VD_STORE_APPLICATION_ID);
  g_assert_cmpint (count_rows (store, "PRAGMA foreign_keys"), ==, 1);
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM award_kinds"), >=, 18);

  /* Personal data: readable only by its owner. */
  g_assert_cmpint (g_stat (f->path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
}

static void
test_audit (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(VdStore) store = vd_store_open (f->path, VD_STORE_OPEN_CREATE, NULL);
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt;

  g_assert_true (vd_store_begin (store, &error));
  g_assert_true (vd_store_exec (store, "INSERT INTO units (name, kind) VALUES ('Bộ Tài nguyên và Môi trường', 'ministry')", &error));
  g_assert_true (vd_store_exec (store, "UPDATE units SET short_name = 'BTNMT'", &error));
  g_assert_true (vd_store_commit (store, &error));

  stmt = vd_store_prepare (store, "SELECT os_user, action, before, after FROM audit_log "
                                  "WHERE table_name = 'units' ORDER BY id", NULL);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, g_get_user_name ());
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 1), ==, "insert");
  g_assert_nonnull (strstr ((const char *) sqlite3_column_text (stmt, 3), "Bộ Tài nguyên"));
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 1), ==, "update");
  g_assert_null (strstr ((const char *) sqlite3_column_text (stmt, 2), "BTNMT"));
  g_assert_nonnull (strstr ((const char *) sqlite3_column_text (stmt, 3), "BTNMT"));
  sqlite3_reset (stmt);

  /* Bulk generators may switch the trail off. */
  vd_store_set_audit_enabled (store, FALSE);
  g_assert_true (vd_store_exec (store, "INSERT INTO units (name) VALUES ('Vụ Thi đua')", &error));
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM audit_log WHERE table_name = 'units'"), ==, 2);
}

static void
test_foreign_keys (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(VdStore) store = vd_store_open (f->path, VD_STORE_OPEN_CREATE, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (vd_store_exec (store, "INSERT INTO units (id, name) VALUES (1, 'A')", NULL));
  g_assert_true (vd_store_exec (store, "INSERT INTO people (unit_id, given_name) VALUES (1, 'An')", NULL));
  g_assert_false (vd_store_exec (store, "DELETE FROM units WHERE id = 1", &error));
  g_assert_error (error, VD_STORE_ERROR, VD_STORE_ERROR_CONSTRAINT);
}

static void
test_reopen (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VdStore) again = NULL;

  {
    g_autoptr(VdStore) store = vd_store_open (f->path, VD_STORE_OPEN_CREATE, NULL);
    g_assert_true (vd_store_set_setting (store, "owner", "Vụ Thi đua - Khen thưởng", NULL));
  }

  again = vd_store_open (f->path, VD_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  {
    g_autofree char *owner = vd_store_dup_setting (again, "owner");
    g_assert_cmpstr (owner, ==, "Vụ Thi đua - Khen thưởng");
  }
}

static void
test_migrate_from_v0 (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VdStore) store = NULL;
  g_autofree char *sql = g_strdup_printf ("PRAGMA application_id = %d; CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT);"
                                          "DROP TABLE settings;", VD_STORE_APPLICATION_ID);

  /* Version 0: an archive whose creation was interrupted before the schema. */
  raw_exec (f->path, sql);
  store = vd_store_open (f->path, VD_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (store, "PRAGMA user_version"), ==, VD_STORE_SCHEMA_VERSION);
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM sqlite_master WHERE name = 'awards'"), ==, 1);
}

static void
assert_refused_unchanged (const char   *path,
                          VdStoreError  expected)
{
  g_autofree char *before = file_checksum (path);
  g_autofree char *after = NULL;
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(VdStore) store = vd_store_open (path, VD_STORE_OPEN_CREATE, &error);

  g_assert_null (store);
  g_assert_error (error, VD_STORE_ERROR, (gint) expected);
  g_assert_cmpstr (error->message, !=, "");
  after = file_checksum (path);
  g_assert_cmpstr (before, ==, after);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
}

static void
test_refuse_text_file (Fixture       *f,
                       gconstpointer  data)
{
  g_assert_true (g_file_set_contents (f->path, "Bảng chấm điểm thi đua năm 2021\n", -1, NULL));
  assert_refused_unchanged (f->path, VD_STORE_ERROR_NOT_ARCHIVE);
}

static void
test_refuse_empty_file (Fixture       *f,
                        gconstpointer  data)
{
  g_assert_true (g_file_set_contents (f->path, "", 0, NULL));
  assert_refused_unchanged (f->path, VD_STORE_ERROR_NOT_ARCHIVE);
}

static void
test_refuse_foreign_sqlite (Fixture       *f,
                            gconstpointer  data)
{
  raw_exec (f->path, "PRAGMA journal_mode=DELETE; CREATE TABLE t (x); INSERT INTO t VALUES (1);");
  assert_refused_unchanged (f->path, VD_STORE_ERROR_NOT_ARCHIVE);
}

static void
make_closed_archive (const char *path)
{
  g_autoptr(VdStore) store = vd_store_open (path, VD_STORE_OPEN_CREATE, NULL);

  g_assert_nonnull (store);
  g_assert_true (vd_store_exec (store, "INSERT INTO units (name) VALUES ('Đơn vị')", NULL));
  /* Fold the WAL back so the main file is complete on its own. */
  g_assert_true (vd_store_exec (store, "PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode=DELETE", NULL));
}

static void
test_refuse_newer (Fixture       *f,
                   gconstpointer  data)
{
  make_closed_archive (f->path);
  raw_exec (f->path, "PRAGMA user_version = 99");
  assert_refused_unchanged (f->path, VD_STORE_ERROR_NEWER_VERSION);
}

static void
test_refuse_corrupt (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *contents = NULL;
  gsize len;

  make_closed_archive (f->path);
  g_assert_true (g_file_get_contents (f->path, &contents, &len, NULL));
  g_assert_cmpuint (len, >, 8192);
  /* Scribble over the schema page (page 1 after the 100-byte header). */
  memset (contents + 100, 0xA5, 3000);
  g_assert_true (g_file_set_contents (f->path, contents, len, NULL));
  assert_refused_unchanged (f->path, VD_STORE_ERROR_CORRUPT);
}

static void
test_refuse_read_only (Fixture       *f,
                       gconstpointer  data)
{
  make_closed_archive (f->path);
  g_assert_cmpint (g_chmod (f->path, 0400), ==, 0);
  assert_refused_unchanged (f->path, VD_STORE_ERROR_READ_ONLY);
}

static void
test_refuse_locked (Fixture       *f,
                    gconstpointer  data)
{
  sqlite3 *other = NULL;

  make_closed_archive (f->path);
  /* Another program holding an exclusive lock on the file. */
  g_assert_cmpint (sqlite3_open (f->path, &other), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other, "PRAGMA locking_mode=EXCLUSIVE; BEGIN EXCLUSIVE;", NULL, NULL, NULL), ==, SQLITE_OK);
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(VdStore) store = vd_store_open (f->path, VD_STORE_OPEN_EXISTING, &error);
    g_assert_null (store);
    g_assert_error (error, VD_STORE_ERROR, VD_STORE_ERROR_LOCKED);
  }
  sqlite3_exec (other, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close (other);
}

static void
test_refuse_missing (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VdStore) store = vd_store_open (f->path, VD_STORE_OPEN_EXISTING, &error);

  g_assert_null (store);
  g_assert_error (error, VD_STORE_ERROR, VD_STORE_ERROR_NOT_FOUND);
  g_assert_false (g_file_test (f->path, G_FILE_TEST_EXISTS));
}

static void
test_open_twice (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VdStore) first = vd_store_open (f->path, VD_STORE_OPEN_CREATE, &error);
  g_autoptr(VdStore) second = NULL;

  g_assert_no_error (error);
  g_assert_true (vd_store_exec (first, "INSERT INTO units (name) VALUES ('Đơn vị')", NULL));
  /* The first connection is still open: the newest pages live in -wal. */
  second = vd_store_open (f->path, VD_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (second, "SELECT count(*) FROM units"), ==, 1);
}

static void
copy_file (const char *from,
           const char *to)
{
  g_autofree char *contents = NULL;
  gsize len;

  g_assert_true (g_file_get_contents (from, &contents, &len, NULL));
  g_assert_true (g_file_set_contents (to, contents, len, NULL));
}

static void
test_open_after_crash (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *crashed = g_build_filename (f->dir, "crashed.vinhdanh", NULL);
  g_autofree char *crashed_wal = g_strconcat (crashed, "-wal", NULL);
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(VdStore) store = vd_store_open (f->path, VD_STORE_OPEN_CREATE, NULL);
  g_autoptr(VdStore) reopened = NULL;

  g_assert_true (vd_store_exec (store, "INSERT INTO units (name) VALUES ('Trước sự cố')", NULL));
  /* What a crash leaves: the main file and its -wal, never checkpointed. */
  copy_file (f->path, crashed);
  copy_file (wal, crashed_wal);

  reopened = vd_store_open (crashed, VD_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (reopened, "SELECT count(*) FROM units"), ==, 1);
}

static void
test_refuse_newer_in_wal (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VdStore) store = NULL;
  sqlite3 *other = NULL;

  make_closed_archive (f->path);
  /* A newer version's header that only its -wal holds yet. */
  g_assert_cmpint (sqlite3_open (f->path, &other), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other, "PRAGMA journal_mode=WAL; PRAGMA wal_autocheckpoint=0;"
                                        "PRAGMA user_version = 99;", NULL, NULL, NULL), ==, SQLITE_OK);
  store = vd_store_open (f->path, VD_STORE_OPEN_EXISTING, &error);
  g_assert_null (store);
  g_assert_error (error, VD_STORE_ERROR, VD_STORE_ERROR_NEWER_VERSION);
  sqlite3_close (other);
}

static void
test_open_read_only (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VdStore) store = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  make_closed_archive (f->path);
  g_assert_cmpint (g_chmod (f->path, 0444), ==, 0);
  before = file_checksum (f->path);

  store = vd_store_open (f->path, VD_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_cmpint (vd_store_get_schema_version (store), ==, VD_STORE_SCHEMA_VERSION);
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM units"), ==, 1);
  g_assert_false (vd_store_exec (store, "INSERT INTO units (name) VALUES ('x')", &error));
  g_clear_object (&store);

  after = file_checksum (f->path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_save_copy (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(VdStore) store = vd_store_open (f->path, VD_STORE_OPEN_CREATE, NULL);
  g_autofree char *copy_path = g_build_filename (f->dir, "copy.vinhdanh", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(VdStore) copy = NULL;
  GStatBuf st;

  g_assert_true (vd_store_exec (store, "INSERT INTO units (name) VALUES ('Khối thi đua số VI')", NULL));
  g_assert_true (vd_store_save_copy (store, copy_path, NULL, &error));
  g_assert_no_error (error);

  /* The original keeps working while and after the copy is made. */
  g_assert_true (vd_store_exec (store, "INSERT INTO units (name) VALUES ('Sau khi sao lưu')", NULL));

  g_assert_cmpint (g_stat (copy_path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  copy = vd_store_open (copy_path, VD_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (copy, "SELECT count(*) FROM units"), ==, 1);

  g_assert_false (vd_store_save_copy (store, f->path, NULL, &error) && FALSE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) g_test_add (name, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/store/open/create", test_create);
  ADD ("/store/open/reopen", test_reopen);
  ADD ("/store/open/while-open", test_open_twice);
  ADD ("/store/open/after-crash", test_open_after_crash);
  ADD ("/store/open/read-only", test_open_read_only);
  ADD ("/store/refuse/newer-version-in-wal", test_refuse_newer_in_wal);
  ADD ("/store/audit/insert-update", test_audit);
  ADD ("/store/constraints/foreign-keys", test_foreign_keys);
  ADD ("/store/migrate/from-v0", test_migrate_from_v0);
  ADD ("/store/refuse/missing", test_refuse_missing);
  ADD ("/store/refuse/text-file", test_refuse_text_file);
  ADD ("/store/refuse/empty-file", test_refuse_empty_file);
  ADD ("/store/refuse/foreign-sqlite", test_refuse_foreign_sqlite);
  ADD ("/store/refuse/newer-version", test_refuse_newer);
  ADD ("/store/refuse/corrupt", test_refuse_corrupt);
  ADD ("/store/refuse/read-only", test_refuse_read_only);
  ADD ("/store/refuse/locked", test_refuse_locked);
  ADD ("/store/backup/save-copy", test_save_copy);
#undef ADD

  return g_test_run ();
}
