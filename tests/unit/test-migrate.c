/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "vd-campaigns.h"
#include "vd-store.h"

/* A version 1 archive made the way version 1 made it: its schema as dumped
 * from a real v1 file (fixtures/schema-v1.sql, audit triggers included), in
 * WAL mode, with the identity pragmas set by hand. */

static void
audit_off (sqlite3_context *context,
           int              argc,
           sqlite3_value  **argv)
{
  sqlite3_result_int (context, 0);
}

static void
os_user (sqlite3_context *context,
         int              argc,
         sqlite3_value  **argv)
{
  sqlite3_result_text (context, "test", -1, SQLITE_STATIC);
}

static void
exec_ok (sqlite3    *db,
         const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

static char *
make_v1_archive (const char *dir,
                 const char *name,
                 const char *extra_sql)
{
  g_autofree char *fixture = g_test_build_filename (G_TEST_DIST, "fixtures", "schema-v1.sql", NULL);
  g_autofree char *schema = NULL;
  g_autofree char *identity = NULL;
  char *path = g_build_filename (dir, name, NULL);
  sqlite3 *db = NULL;

  g_assert_true (g_file_get_contents (fixture, &schema, NULL, NULL));
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  sqlite3_create_function (db, "vd_audit_on", 0, SQLITE_UTF8, NULL, audit_off, NULL, NULL);
  sqlite3_create_function (db, "vd_os_user", 0, SQLITE_UTF8, NULL, os_user, NULL, NULL);
  exec_ok (db, "PRAGMA journal_mode=WAL");
  exec_ok (db, schema);
  identity = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = 1", VD_STORE_APPLICATION_ID);
  exec_ok (db, identity);
  exec_ok (db,
           "INSERT INTO units (id, name) VALUES (1, 'Bộ Tài nguyên và Môi trường');"
           "INSERT INTO blocs (id, name) VALUES (1, 'Khối thi đua số 1');"
           "INSERT INTO campaigns (id, name, kind, starts_on, ends_on) "
           "  VALUES (1, 'Đợt thi đua đặc biệt chào mừng Kỷ niệm 20 năm', 'phase', '2022-05-16', '2022-08-05');"
           "INSERT INTO campaign_milestones (id, campaign_id, kind, due_on, title, note) VALUES "
           "  (1, 1, 'launch', '2022-05-16', 'Phát động', 'Ghi chú thường'),"
           "  (2, 1, 'final_review', '2022-09-10', 'Tổng kết', '[follow-up]' || char (10) || 'Tại Hà Nội'),"
           "  (3, 1, 'dossier_deadline', '2022-09-01', 'Hạn nộp hồ sơ', '[follow-up]'),"
           "  (4, 1, 'other', '2022-06-01', 'Không phải', '[follow-up] ở dòng đầu');");
  if (extra_sql != NULL)
    exec_ok (db, extra_sql);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
  return path;
}

static gint64
query_int (VdStore    *store,
           const char *sql)
{
  sqlite3_stmt *stmt = vd_store_prepare (store, sql, NULL);
  gint64 value;

  g_assert_nonnull (stmt);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return value;
}

static char *
query_text (VdStore    *store,
            const char *sql)
{
  sqlite3_stmt *stmt = vd_store_prepare (store, sql, NULL);
  char *value;

  g_assert_nonnull (stmt);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return value;
}

static void
remove_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (dir);
}

static void
test_v1_to_v2 (void)
{
  g_autofree char *dir = g_dir_make_tmp ("vd-migrate-XXXXXX", NULL);
  g_autofree char *path = make_v1_archive (dir, "v1.vinhdanh", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(VdStore) store = NULL;
  g_autoptr(VdCampaign) campaign = NULL;
  g_autofree char *note = NULL;
  g_autofree char *after = NULL;
  VdMilestone *m;

  store = vd_store_open (path, VD_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  g_assert_cmpint (vd_store_get_schema_version (store), ==, 2);
  g_assert_cmpint (query_int (store, "PRAGMA user_version"), ==, 2);

  /* The note-prefix convention moved to the column, exactly. */
  g_assert_cmpint (query_int (store, "SELECT follow_up FROM campaign_milestones WHERE id = 1"), ==, 0);
  g_assert_cmpint (query_int (store, "SELECT follow_up FROM campaign_milestones WHERE id = 2"), ==, 1);
  note = query_text (store, "SELECT note FROM campaign_milestones WHERE id = 2");
  g_assert_cmpstr (note, ==, "Tại Hà Nội");
  g_assert_cmpint (query_int (store, "SELECT follow_up = 1 AND note IS NULL FROM campaign_milestones WHERE id = 3"), ==, 1);
  g_assert_cmpint (query_int (store, "SELECT follow_up = 0 AND note = '[follow-up] ở dòng đầu' "
                                     "FROM campaign_milestones WHERE id = 4"), ==, 1);
  campaign = vd_campaigns_get (store, 1, &error);
  g_assert_no_error (error);
  g_assert_false (campaign->special);
  m = g_ptr_array_index (campaign->milestones, 3);
  g_assert_cmpstr (m->title, ==, "Tổng kết");
  g_assert_true (m->follow_up);
  g_assert_cmpstr (m->note, ==, "Tại Hà Nội");

  /* New columns, index and table. */
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM pragma_table_info('campaigns') WHERE name = 'special'"), ==, 1);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM pragma_table_info('documents') WHERE name = 'campaign_id'"), ==, 1);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM sqlite_master WHERE name = 'documents_campaign'"), ==, 1);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM pragma_table_info('campaign_participants')"), ==, 3);
  g_assert_false (vd_store_exec (store, "UPDATE campaigns SET special = 2", NULL));
  g_assert_false (vd_store_exec (store, "INSERT INTO campaign_participants (campaign_id, unit_id, bloc_id) VALUES (1, 1, 1)", NULL));

  /* The recreated triggers audit the new table and the new columns. */
  g_assert_true (vd_store_exec (store, "INSERT INTO campaign_participants (campaign_id, unit_id) VALUES (1, 1);"
                                       "INSERT INTO campaign_participants (campaign_id, bloc_id) VALUES (1, 1)", &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM audit_log WHERE table_name = 'campaign_participants' "
                                     "AND action = 'insert'"), ==, 2);
  g_assert_true (vd_store_exec (store, "UPDATE campaigns SET special = 1 WHERE id = 1", &error));
  after = query_text (store, "SELECT after FROM audit_log WHERE table_name = 'campaigns' ORDER BY id DESC LIMIT 1");
  g_assert_nonnull (strstr (after, "\"special\":1"));

  /* Deleting the campaign takes its participants. */
  g_assert_true (vd_store_exec (store, "DELETE FROM campaigns WHERE id = 1", &error));
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM campaign_participants"), ==, 0);

  g_clear_object (&store);
  remove_dir (dir);
}

/* A v1 file the migration cannot take (it already has a table by the name
 * version 2 adds) is refused and left byte for byte as it was. */
static void
test_failed_migration_leaves_file (void)
{
  g_autofree char *dir = g_dir_make_tmp ("vd-migrate-XXXXXX", NULL);
  g_autofree char *path = make_v1_archive (dir, "clash.vinhdanh",
                                           "CREATE TABLE campaign_participants (anything TEXT)");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize before_len, after_len;
  g_autoptr(GError) error = NULL;
  VdStore *store;

  g_assert_true (g_file_get_contents (path, &before, &before_len, NULL));
  store = vd_store_open (path, VD_STORE_OPEN_EXISTING, &error);
  g_assert_null (store);
  g_assert_error (error, VD_STORE_ERROR, VD_STORE_ERROR_FAILED);
  g_test_message ("refused: %s", error->message);
  g_assert_nonnull (strstr (error->message, "has not been changed"));
  g_assert_true (g_file_get_contents (path, &after, &after_len, NULL));
  g_assert_cmpmem (before, before_len, after, after_len);
  remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/migrate/v1-to-v2", test_v1_to_v2);
  g_test_add_func ("/migrate/failure-leaves-file", test_failed_migration_leaves_file);

  return g_test_run ();
}
