/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdSchema"

#include "config.h"

#include <gio/gio.h>

#include "vd-core-resources.h"
#include "vd-schema.h"
#include "vd-store.h"

/* Tables whose every write lands in audit_log. blobs is audited without its
 * bytes; audit_log itself and settings are not audited. */
static const char * const audited_tables[] = {
  "units", "people", "person_ratings", "unit_ratings", "award_kinds", "decisions",
  "awards", "initiatives", "initiative_authors", "blocs", "bloc_members", "bloc_terms",
  "covenants", "score_criteria", "scores", "campaigns", "campaign_milestones",
  "dossiers", "nominations", "blobs", "documents", "certificate_templates",
  "campaign_participants",
};

/* Columns too large or derived to be worth keeping in the audit trail. */
static gboolean
column_is_audited (const char *table,
                   const char *column,
                   const char *type)
{
  if (g_ascii_strcasecmp (type, "BLOB") == 0)
    return FALSE;
  if (g_str_has_suffix (column, "_fold"))
    return FALSE;
  return TRUE;
}

static gboolean
exec_sql (sqlite3     *db,
          const char  *sql,
          GError     **error)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    {
      g_set_error (error, VD_STORE_ERROR, VD_STORE_ERROR_FAILED, "%s", message ? message : "?");
      sqlite3_free (message);
      return FALSE;
    }
  return TRUE;
}

static gboolean
exec_resource (sqlite3     *db,
               const char  *name,
               GError     **error)
{
  g_autofree char *path = g_strconcat ("/io/github/vinhdanh/VinhDanh/core/", name, NULL);
  /* Looked up in our own resource (not the global table) so the linker keeps it
   * even when the core is linked as a plain static library. */
  g_autoptr(GBytes) bytes = g_resource_lookup_data (vd_core_get_resource (), path, 0, error);

  if (bytes == NULL)
    return FALSE;
  return exec_sql (db, g_bytes_get_data (bytes, NULL), error);
}

static char *
json_of_row (sqlite3    *db,
             const char *table,
             const char *row)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA table_info(%s)", table);
  GString *json = g_string_new ("json_object(");
  sqlite3_stmt *stmt = NULL;
  gboolean first = TRUE;

  sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *column = (const char *) sqlite3_column_text (stmt, 1);
      const char *type = (const char *) sqlite3_column_text (stmt, 2);

      if (!column_is_audited (table, column, type ? type : ""))
        continue;
      g_string_append_printf (json, "%s'%s', %s.%s", first ? "" : ", ", column, row, column);
      first = FALSE;
    }
  sqlite3_finalize (stmt);
  g_string_append_c (json, ')');
  return g_string_free (json, FALSE);
}

static gboolean
table_exists (sqlite3    *db,
              const char *table)
{
  sqlite3_stmt *stmt = NULL;
  gboolean exists;

  sqlite3_prepare_v2 (db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?1", -1, &stmt, NULL);
  sqlite3_bind_text (stmt, 1, table, -1, SQLITE_STATIC);
  exists = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_finalize (stmt);
  return exists;
}

/* Generated from the live table definitions, so a column added by a later
 * migration is audited as soon as that migration recreates the triggers. */
static gboolean
create_audit_triggers (sqlite3  *db,
                       GError  **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (audited_tables); i++)
    {
      const char *t = audited_tables[i];
      g_autofree char *new_json = json_of_row (db, t, "NEW");
      g_autofree char *old_json = json_of_row (db, t, "OLD");
      g_autofree char *sql = NULL;

      /* A table a later migration adds gets its triggers when it exists. */
      if (!table_exists (db, t))
        continue;
      sql = g_strdup_printf (
        "DROP TRIGGER IF EXISTS audit_%1$s_insert;"
        "DROP TRIGGER IF EXISTS audit_%1$s_update;"
        "DROP TRIGGER IF EXISTS audit_%1$s_delete;"
        "CREATE TRIGGER audit_%1$s_insert AFTER INSERT ON %1$s WHEN vd_audit_on() BEGIN "
        "  INSERT INTO audit_log (at, os_user, table_name, row_id, action, after) "
        "  VALUES (strftime('%%Y-%%m-%%dT%%H:%%M:%%fZ', 'now'), vd_os_user(), '%1$s', NEW.rowid, 'insert', %2$s); "
        "END;"
        "CREATE TRIGGER audit_%1$s_update AFTER UPDATE ON %1$s WHEN vd_audit_on() BEGIN "
        "  INSERT INTO audit_log (at, os_user, table_name, row_id, action, before, after) "
        "  VALUES (strftime('%%Y-%%m-%%dT%%H:%%M:%%fZ', 'now'), vd_os_user(), '%1$s', NEW.rowid, 'update', %3$s, %2$s); "
        "END;"
        "CREATE TRIGGER audit_%1$s_delete AFTER DELETE ON %1$s WHEN vd_audit_on() BEGIN "
        "  INSERT INTO audit_log (at, os_user, table_name, row_id, action, before) "
        "  VALUES (strftime('%%Y-%%m-%%dT%%H:%%M:%%fZ', 'now'), vd_os_user(), '%1$s', OLD.rowid, 'delete', %3$s); "
        "END;",
        t, new_json, old_json);

      if (!exec_sql (db, sql, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
migrate_0_to_1 (sqlite3  *db,
                GError  **error)
{
  g_autofree char *header = g_strdup_printf ("PRAGMA application_id = %d", VD_STORE_APPLICATION_ID);

  return exec_sql (db, header, error)
      && exec_resource (db, "vd-schema-v1.sql", error)
      && create_audit_triggers (db, error)
      && exec_resource (db, "vd-catalogue-v1.sql", error);
}

/* Version 2: what the campaign calendar needed beyond version 1. Columns are
 * added with ALTER TABLE ADD COLUMN only: rebuilding a table that others
 * reference, with foreign keys on, would cascade. A 4th campaign kind is
 * therefore the flag campaigns.special (see vd-campaigns.h), not a new value
 * in the kind CHECK. The table is created without IF NOT EXISTS so a file
 * that already has one by that name fails the upgrade and stays untouched. */
static const char migration_1_to_2[] =
  "ALTER TABLE campaign_milestones ADD COLUMN follow_up INTEGER NOT NULL DEFAULT 0 "
  "  CHECK (follow_up IN (0, 1));"
  /* Version 1 marked follow-ups with a first note line [follow-up]. */
  "UPDATE campaign_milestones SET follow_up = 1, "
  "  note = CASE WHEN note = '[follow-up]' OR note = '[follow-up]' || char (10) THEN NULL "
  "         ELSE substr (note, length ('[follow-up]') + 2) END "
  "WHERE note = '[follow-up]' OR substr (note, 1, length ('[follow-up]') + 1) = '[follow-up]' || char (10);"
  "ALTER TABLE campaigns ADD COLUMN special INTEGER NOT NULL DEFAULT 0 CHECK (special IN (0, 1));"
  "ALTER TABLE documents ADD COLUMN campaign_id INTEGER REFERENCES campaigns (id) ON DELETE CASCADE;"
  "CREATE INDEX documents_campaign ON documents (campaign_id);"
  "CREATE TABLE campaign_participants ("
  "  campaign_id INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,"
  "  unit_id     INTEGER REFERENCES units (id) ON DELETE CASCADE,"
  "  bloc_id     INTEGER REFERENCES blocs (id) ON DELETE CASCADE,"
  "  CHECK ((unit_id IS NULL) <> (bloc_id IS NULL)),"
  "  UNIQUE (campaign_id, unit_id, bloc_id)"
  ");"
  "CREATE INDEX campaign_participants_unit ON campaign_participants (unit_id);"
  "CREATE INDEX campaign_participants_bloc ON campaign_participants (bloc_id);";

static gboolean
migrate_1_to_2 (sqlite3  *db,
                GError  **error)
{
  /* The triggers are generated from the live columns: recreated after the
   * change, the audit trail sees the new columns and table. */
  return exec_sql (db, migration_1_to_2, error)
      && create_audit_triggers (db, error);
}

typedef gboolean (*MigrationFunc) (sqlite3 *db, GError **error);

/* migrations[i] takes an archive from version i to version i + 1. */
static const MigrationFunc migrations[] = {
  migrate_0_to_1,
  migrate_1_to_2,
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == VD_STORE_SCHEMA_VERSION);

/**
 * vd_schema_migrate:
 * @db: a connection inside a write transaction
 * @from_version: the archive's current user_version
 *
 * Runs every migration from @from_version up to %VD_STORE_SCHEMA_VERSION and
 * records the new version. The caller commits or rolls back.
 */
gboolean
vd_schema_migrate (sqlite3  *db,
                   int       from_version,
                   GError  **error)
{
  g_autofree char *set_version = NULL;

  g_return_val_if_fail (from_version >= 0 && from_version <= VD_STORE_SCHEMA_VERSION, FALSE);

  for (int v = from_version; v < VD_STORE_SCHEMA_VERSION; v++)
    if (!migrations[v] (db, error))
      return FALSE;

  set_version = g_strdup_printf ("PRAGMA user_version = %d", VD_STORE_SCHEMA_VERSION);
  return exec_sql (db, set_version, error);
}
