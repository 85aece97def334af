/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdStore"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "vd-schema.h"
#include "vd-store.h"

struct _VdStore
{
  GObject     parent_instance;

  /* owned */
  char       *path;
  sqlite3    *db;
  GHashTable *statements; /* SQL text → sqlite3_stmt */
  gboolean    audit_enabled;
};

G_DEFINE_FINAL_TYPE (VdStore, vd_store, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* How long opening waits for another program's lock before saying "locked". */
#define OPEN_BUSY_TIMEOUT_MS 1500
/* How long a write waits for a reader on another connection. */
#define WRITE_BUSY_TIMEOUT_MS 5000

G_DEFINE_QUARK (vd-store-error-quark, vd_store_error)

static VdStoreError
error_code_for_sqlite (int rc)
{
  switch (rc & 0xff)
    {
    case SQLITE_NOTADB:
      return VD_STORE_ERROR_NOT_ARCHIVE;
    case SQLITE_CORRUPT:
      return VD_STORE_ERROR_CORRUPT;
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
      return VD_STORE_ERROR_READ_ONLY;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return VD_STORE_ERROR_LOCKED;
    case SQLITE_CONSTRAINT:
      return VD_STORE_ERROR_CONSTRAINT;
    default:
      return VD_STORE_ERROR_FAILED;
    }
}

static void
set_open_error (GError     **error,
                const char  *path,
                int          rc,
                const char  *detail)
{
  g_autofree char *name = g_path_get_basename (path);
  VdStoreError code = error_code_for_sqlite (rc);

  switch (code)
    {
    case VD_STORE_ERROR_NOT_ARCHIVE:
      g_set_error (error, VD_STORE_ERROR, code,
                   _("“%s” is not a Vinh Danh archive. Choose a file that Vinh Danh created."), name);
      break;
    case VD_STORE_ERROR_CORRUPT:
      g_set_error (error, VD_STORE_ERROR, code,
                   _("“%s” is damaged and cannot be opened. Open your most recent copy instead; the file has not been changed."), name);
      break;
    case VD_STORE_ERROR_READ_ONLY:
      g_set_error (error, VD_STORE_ERROR, code,
                   _("“%s” cannot be written. Check that you may change the file and its folder, or save a copy where you can."), name);
      break;
    case VD_STORE_ERROR_LOCKED:
      g_set_error (error, VD_STORE_ERROR, code,
                   _("“%s” is being changed by another program. Close that program and try again."), name);
      break;
    default:
      g_set_error (error, VD_STORE_ERROR, code,
                   _("“%s” could not be opened: %s"), name, detail ? detail : sqlite3_errstr (rc));
      break;
    }
}

/* Reads the first bytes without letting SQLite touch the file, so something
 * that is not a database at all is refused before SQLite opens it. The
 * archive's identity and version are read through SQLite afterwards
 * (read_identity()), because in WAL mode the newest header may still be in
 * the -wal file, not in these bytes. */
static gboolean
check_magic (const char  *path,
             GError     **error)
{
  g_autofree char *name = g_path_get_basename (path);
  char header[16];
  gssize n;
  int fd;

  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      int saved = errno;
      if (saved == ENOENT)
        g_set_error (error, VD_STORE_ERROR, VD_STORE_ERROR_NOT_FOUND,
                     _("“%s” does not exist. It may have been moved or deleted."), name);
      else
        g_set_error (error, VD_STORE_ERROR, VD_STORE_ERROR_READ_ONLY,
                     _("“%s” cannot be read: %s. Check the file’s permissions."), name, g_strerror (saved));
      return FALSE;
    }

  n = read (fd, header, sizeof header);
  close (fd);

  if (n < (gssize) sizeof header || memcmp (header, "SQLite format 3", 16) != 0)
    {
      set_open_error (error, path, SQLITE_NOTADB, NULL);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_writable (const char  *path,
                GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  GStatBuf st;

  /* A file marked read-only is refused even for root, who could write it
   * anyway: the mark says the owner does not want it changed. WAL also needs
   * to create its side files next to the archive. */
  if (g_stat (path, &st) != 0 || (st.st_mode & 0222) == 0
      || g_access (path, W_OK) != 0 || g_access (dir, W_OK) != 0)
    {
      set_open_error (error, path, SQLITE_READONLY, NULL);
      return FALSE;
    }
  return TRUE;
}

static gboolean
create_empty_file (const char  *path,
                   GError     **error)
{
  g_autofree char *name = g_path_get_basename (path);
  int fd;

  /* O_EXCL: never truncate something that appeared meanwhile. 0600: an archive
   * holds personal data and is readable only by its owner. */
  fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved = errno;
      g_set_error (error, VD_STORE_ERROR, VD_STORE_ERROR_READ_ONLY,
                   _("“%s” could not be created: %s. Choose a folder you can write to."),
                   name, g_strerror (saved));
      return FALSE;
    }
  close (fd);
  return TRUE;
}

static void
sql_os_user (sqlite3_context *ctx,
             int              argc,
             sqlite3_value  **argv)
{
  sqlite3_result_text (ctx, g_get_user_name (), -1, SQLITE_TRANSIENT);
}

static void
sql_audit_on (sqlite3_context *ctx,
              int              argc,
              sqlite3_value  **argv)
{
  VdStore *self = sqlite3_user_data (ctx);
  sqlite3_result_int (ctx, self->audit_enabled ? 1 : 0);
}

static void
register_functions (VdStore *self)
{
  sqlite3_create_function (self->db, "vd_os_user", 0, SQLITE_UTF8, self, sql_os_user, NULL, NULL);
  sqlite3_create_function (self->db, "vd_audit_on", 0, SQLITE_UTF8, self, sql_audit_on, NULL, NULL);
}

static gboolean
exec_simple (sqlite3     *db,
             const char  *path,
             const char  *sql,
             GError     **error)
{
  char *message = NULL;
  int rc = sqlite3_exec (db, sql, NULL, NULL, &message);

  if (rc != SQLITE_OK)
    {
      set_open_error (error, path, rc, message);
      sqlite3_free (message);
      return FALSE;
    }
  return TRUE;
}

static gboolean
query_int (VdStore     *self,
           const char  *sql,
           int         *value,
           GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      set_open_error (error, self->path, rc, sqlite3_errmsg (self->db));
      sqlite3_finalize (stmt);
      return FALSE;
    }
  *value = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  return TRUE;
}

/* Reads the archive's identity and version through SQLite, before anything
 * is written: a foreign file or one from a newer version is refused here and
 * left exactly as it was. */
static gboolean
read_identity (VdStore  *self,
               int      *version,
               GError  **error)
{
  g_autofree char *name = g_path_get_basename (self->path);
  int app_id = 0;

  if (!query_int (self, "PRAGMA application_id", &app_id, error)
      || !query_int (self, "PRAGMA user_version", version, error))
    return FALSE;

  if ((guint32) app_id != VD_STORE_APPLICATION_ID)
    {
      set_open_error (error, self->path, SQLITE_NOTADB, NULL);
      return FALSE;
    }
  if (*version > VD_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, VD_STORE_ERROR, VD_STORE_ERROR_NEWER_VERSION,
                   _("“%s” was made by a newer version of Vinh Danh. Update Vinh Danh to open it; the file has not been changed."),
                   name);
      return FALSE;
    }
  return TRUE;
}

static gboolean
connect (VdStore     *self,
         gboolean     fresh,
         gboolean     read_only,
         int         *version,
         GError     **error)
{
  g_autofree char *uri = NULL;
  GStatBuf st;
  int rc;

  /* A file nobody may write cannot change under us: open it immutable, so
   * SQLite does not even leave -wal/-shm files beside it. */
  if (read_only && g_stat (self->path, &st) == 0 && (st.st_mode & 0222) == 0)
    {
      g_autofree char *file_uri = g_filename_to_uri (self->path, NULL, NULL);

      if (file_uri != NULL)
        uri = g_strconcat (file_uri, "?immutable=1", NULL);
    }

  rc = sqlite3_open_v2 (uri != NULL ? uri : self->path, &self->db,
                        (read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE)
                        | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE
                        | (uri != NULL ? SQLITE_OPEN_URI : 0),
                        NULL);
  if (rc != SQLITE_OK)
    {
      set_open_error (error, self->path, rc, self->db ? sqlite3_errmsg (self->db) : NULL);
      return FALSE;
    }

  sqlite3_extended_result_codes (self->db, 1);
  sqlite3_busy_timeout (self->db, OPEN_BUSY_TIMEOUT_MS);
  register_functions (self);

  /* Reading the schema first surfaces a damaged or foreign file before any write. */
  if (!exec_simple (self->db, self->path, "SELECT count(*) FROM sqlite_master", error))
    return FALSE;

  *version = 0;
  if (!fresh && !read_identity (self, version, error))
    return FALSE;

  if (!read_only && !exec_simple (self->db, self->path, "PRAGMA journal_mode=WAL", error))
    return FALSE;

  if (!exec_simple (self->db, self->path,
                    "PRAGMA foreign_keys=ON;"
                    "PRAGMA synchronous=NORMAL;"
                    "PRAGMA temp_store=MEMORY;",
                    error))
    return FALSE;

  return TRUE;
}

static gboolean
migrate (VdStore  *self,
         int       from_version,
         GError  **error)
{
  g_autoptr(GError) local_error = NULL;

  if (from_version == VD_STORE_SCHEMA_VERSION)
    return TRUE;

  if (!exec_simple (self->db, self->path, "BEGIN IMMEDIATE", error))
    return FALSE;

  if (!vd_schema_migrate (self->db, from_version, &local_error))
    {
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      g_set_error (error, VD_STORE_ERROR, VD_STORE_ERROR_FAILED,
                   _("The archive could not be upgraded: %s. The file has not been changed."),
                   local_error->message);
      return FALSE;
    }

  return exec_simple (self->db, self->path, "COMMIT", error);
}

static void
finalize_statement (gpointer data)
{
  sqlite3_finalize (data);
}

static void
vd_store_finalize (GObject *object)
{
  VdStore *self = VD_STORE (object);

  g_clear_pointer (&self->statements, g_hash_table_unref);
  if (self->db != NULL)
    {
      sqlite3_close_v2 (self->db);
      self->db = NULL;
    }
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (vd_store_parent_class)->finalize (object);
}

static void
vd_store_class_init (VdStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = vd_store_finalize;

  /**
   * VdStore::changed:
   * @table: the table whose rows were written
   *
   * Emitted on the thread that committed, after a successful write.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
vd_store_init (VdStore *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, finalize_statement);
  self->audit_enabled = TRUE;
}

/**
 * vd_store_open:
 * @path: the archive file
 * @flags: whether to create a missing file
 *
 * Opens (and if needed upgrades) an archive. A file that is not an archive,
 * comes from a newer version, is damaged, read-only or locked is refused with
 * a #VdStoreError and left exactly as it was.
 */
VdStore *
vd_store_open (const char        *path,
               VdStoreOpenFlags   flags,
               GError           **error)
{
  g_autoptr(VdStore) self = NULL;
  gboolean read_only = (flags & VD_STORE_OPEN_READ_ONLY) != 0;
  gboolean fresh = FALSE;
  int version = 0;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (!(read_only && (flags & VD_STORE_OPEN_CREATE)), NULL);

  if ((flags & VD_STORE_OPEN_CREATE) && !g_file_test (path, G_FILE_TEST_EXISTS))
    {
      if (!create_empty_file (path, error))
        return NULL;
      fresh = TRUE;
    }
  else if (!check_magic (path, error) || (!read_only && !check_writable (path, error)))
    return NULL;

  self = g_object_new (VD_TYPE_STORE, NULL);
  self->path = g_strdup (path);

  if (!connect (self, fresh, read_only, &version, error))
    {
      if (fresh)
        g_unlink (path);
      return NULL;
    }

  /* A read-only look (vinh-danh-cli check) reports an older version as it
   * is rather than upgrading it. */
  if (!read_only && !migrate (self, version, error))
    {
      if (fresh)
        g_unlink (path);
      return NULL;
    }

  /* Put a new archive's identity into the main file at once, so even a
   * crash before the first automatic checkpoint leaves a file that is
   * recognisably ours without its -wal. */
  if (fresh)
    sqlite3_exec (self->db, "PRAGMA wal_checkpoint(TRUNCATE)", NULL, NULL, NULL);

  sqlite3_busy_timeout (self->db, WRITE_BUSY_TIMEOUT_MS);
  return g_steal_pointer (&self);
}

/**
 * vd_store_get_schema_version:
 *
 * The archive's schema version; lower than %VD_STORE_SCHEMA_VERSION only for
 * an older archive opened with %VD_STORE_OPEN_READ_ONLY.
 */
int
vd_store_get_schema_version (VdStore *self)
{
  int version = 0;

  g_return_val_if_fail (VD_IS_STORE (self), 0);
  if (!query_int (self, "PRAGMA user_version", &version, NULL))
    return 0;
  return version;
}

/**
 * vd_store_open_secondary:
 *
 * Opens another connection to the same archive, for a worker thread. The
 * returned store must only be used from one thread at a time.
 */
VdStore *
vd_store_open_secondary (VdStore  *self,
                         GError  **error)
{
  g_autoptr(VdStore) other = NULL;
  int version;

  g_return_val_if_fail (VD_IS_STORE (self), NULL);

  other = g_object_new (VD_TYPE_STORE, NULL);
  other->path = g_strdup (self->path);
  other->audit_enabled = self->audit_enabled;
  if (!connect (other, FALSE, FALSE, &version, error))
    return NULL;
  sqlite3_busy_timeout (other->db, WRITE_BUSY_TIMEOUT_MS);
  return g_steal_pointer (&other);
}

const char *
vd_store_get_path (VdStore *self)
{
  g_return_val_if_fail (VD_IS_STORE (self), NULL);
  return self->path;
}

/**
 * vd_store_get_db:
 *
 * The raw connection, for code in src/core only.
 */
sqlite3 *
vd_store_get_db (VdStore *self)
{
  g_return_val_if_fail (VD_IS_STORE (self), NULL);
  return self->db;
}

/**
 * vd_store_set_error:
 *
 * Sets @error from the connection's last failure, with a message for the user.
 * Always returns %FALSE so callers can `return vd_store_set_error (…)`.
 */
gboolean
vd_store_set_error (VdStore  *self,
                    GError  **error)
{
  int rc = sqlite3_extended_errcode (self->db);
  VdStoreError code = error_code_for_sqlite (rc);

  if (code == VD_STORE_ERROR_CONSTRAINT)
    {
      if (rc == SQLITE_CONSTRAINT_FOREIGNKEY || rc == SQLITE_CONSTRAINT_TRIGGER)
        g_set_error (error, VD_STORE_ERROR, code,
                     _("This record is still used elsewhere in the archive. Remove those uses first."));
      else if (rc == SQLITE_CONSTRAINT_UNIQUE || rc == SQLITE_CONSTRAINT_PRIMARYKEY)
        g_set_error (error, VD_STORE_ERROR, code,
                     _("A record with the same values already exists."));
      else
        g_set_error (error, VD_STORE_ERROR, code,
                     _("The archive refused this change: %s"), sqlite3_errmsg (self->db));
    }
  else
    set_open_error (error, self->path, rc, sqlite3_errmsg (self->db));

  return FALSE;
}

/**
 * vd_store_prepare:
 *
 * Returns a cached prepared statement for @sql, reset and with its bindings
 * cleared. The statement belongs to the store; do not finalize it.
 */
sqlite3_stmt *
vd_store_prepare (VdStore     *self,
                  const char  *sql,
                  GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (VD_IS_STORE (self), NULL);

  stmt = g_hash_table_lookup (self->statements, sql);
  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  if (sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL) != SQLITE_OK)
    {
      g_warning ("Could not prepare “%s”: %s", sql, sqlite3_errmsg (self->db));
      vd_store_set_error (self, error);
      return NULL;
    }

  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

/**
 * vd_store_step_done:
 *
 * Steps a write statement to completion and resets it.
 */
gboolean
vd_store_step_done (VdStore       *self,
                    sqlite3_stmt  *stmt,
                    GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      vd_store_set_error (self, error);
      sqlite3_reset (stmt);
      return FALSE;
    }
  sqlite3_reset (stmt);
  return TRUE;
}

gboolean
vd_store_exec (VdStore     *self,
               const char  *sql,
               GError     **error)
{
  if (sqlite3_exec (self->db, sql, NULL, NULL, NULL) != SQLITE_OK)
    return vd_store_set_error (self, error);
  return TRUE;
}

gboolean
vd_store_begin (VdStore  *self,
                GError  **error)
{
  /* IMMEDIATE takes the write lock up front, so a busy archive fails here and
   * not halfway through a change. */
  return vd_store_exec (self, "BEGIN IMMEDIATE", error);
}

gboolean
vd_store_commit (VdStore  *self,
                 GError  **error)
{
  if (!vd_store_exec (self, "COMMIT", error))
    {
      vd_store_rollback (self);
      return FALSE;
    }
  return TRUE;
}

void
vd_store_rollback (VdStore *self)
{
  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
}

gint64
vd_store_last_insert_id (VdStore *self)
{
  return sqlite3_last_insert_rowid (self->db);
}

/**
 * vd_store_set_audit_enabled:
 *
 * Bulk generators (the demo archive) switch the per-row audit trail off and
 * write one summary entry instead.
 */
void
vd_store_set_audit_enabled (VdStore  *self,
                            gboolean  enabled)
{
  self->audit_enabled = !!enabled;
}

void
vd_store_emit_changed (VdStore    *self,
                       const char *table)
{
  g_signal_emit (self, signals[CHANGED], 0, table);
}

char *
vd_store_dup_setting (VdStore    *self,
                      const char *key)
{
  sqlite3_stmt *stmt = vd_store_prepare (self, "SELECT value FROM settings WHERE key = ?1", NULL);
  char *value = NULL;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return value;
}

gboolean
vd_store_set_setting (VdStore     *self,
                      const char  *key,
                      const char  *value,
                      GError     **error)
{
  sqlite3_stmt *stmt;

  if (!vd_store_begin (self, error))
    return FALSE;
  stmt = vd_store_prepare (self,
                           "INSERT INTO settings (key, value) VALUES (?1, ?2) "
                           "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                           error);
  if (stmt == NULL)
    {
      vd_store_rollback (self);
      return FALSE;
    }
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, value, -1, SQLITE_TRANSIENT);
  if (!vd_store_step_done (self, stmt, error))
    {
      vd_store_rollback (self);
      return FALSE;
    }
  if (!vd_store_commit (self, error))
    return FALSE;
  vd_store_emit_changed (self, "settings");
  return TRUE;
}

/**
 * vd_store_save_copy:
 *
 * Writes a consistent copy of the archive to @dest_path with SQLite's online
 * backup, so it is safe while the archive is open and being written. The copy
 * is made next to the destination and renamed into place only when complete.
 */
gboolean
vd_store_save_copy (VdStore       *self,
                    const char    *dest_path,
                    GCancellable  *cancellable,
                    GError       **error)
{
  g_autoptr(VdStore) source = NULL;
  g_autofree char *tmp_path = NULL;
  g_autofree char *name = g_path_get_basename (dest_path);
  sqlite3 *dest = NULL;
  sqlite3_backup *backup;
  int rc;

  GStatBuf dest_st, self_st;

  /* The same file under another name (a link, "./", a different case on a
   * case-insensitive disk) is still the open archive. */
  if (g_strcmp0 (dest_path, self->path) == 0
      || (g_stat (dest_path, &dest_st) == 0 && g_stat (self->path, &self_st) == 0
          && dest_st.st_dev == self_st.st_dev && dest_st.st_ino == self_st.st_ino))
    {
      g_set_error (error, VD_STORE_ERROR, VD_STORE_ERROR_INVALID,
                   _("A copy cannot replace the open archive itself. Choose another name."));
      return FALSE;
    }

  /* Its own connection: this runs on a worker thread. */
  source = vd_store_open_secondary (self, error);
  if (source == NULL)
    return FALSE;

  tmp_path = g_strdup_printf ("%s.part-%u", dest_path, g_random_int ());
  {
    int fd = g_open (tmp_path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
      {
        int saved = errno;
        g_set_error (error, VD_STORE_ERROR, VD_STORE_ERROR_READ_ONLY,
                     _("“%s” could not be written: %s. Choose a folder you can write to."),
                     name, g_strerror (saved));
        return FALSE;
      }
    close (fd);
  }

  rc = sqlite3_open_v2 (tmp_path, &dest, SQLITE_OPEN_READWRITE, NULL);
  if (rc == SQLITE_OK)
    {
      backup = sqlite3_backup_init (dest, "main", source->db, "main");
      if (backup == NULL)
        rc = sqlite3_errcode (dest);
      else
        {
          do
            {
              if (g_cancellable_is_cancelled (cancellable))
                break;
              rc = sqlite3_backup_step (backup, 256);
              if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                g_usleep (10000);
            }
          while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
          sqlite3_backup_finish (backup);
        }
    }
  /* The copy is a self-contained file: no WAL side files to carry around. */
  if (rc == SQLITE_DONE)
    rc = sqlite3_exec (dest, "PRAGMA journal_mode=DELETE", NULL, NULL, NULL);
  sqlite3_close (dest);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    {
      g_unlink (tmp_path);
      return FALSE;
    }

  if (rc != SQLITE_OK && rc != SQLITE_DONE)
    {
      g_set_error (error, VD_STORE_ERROR, VD_STORE_ERROR_FAILED,
                   _("The copy “%s” could not be written: %s"), name, sqlite3_errstr (rc));
      g_unlink (tmp_path);
      return FALSE;
    }

  if (g_rename (tmp_path, dest_path) != 0)
    {
      int saved = errno;
      g_set_error (error, VD_STORE_ERROR, VD_STORE_ERROR_FAILED,
                   _("The copy “%s” could not be written: %s"), name, g_strerror (saved));
      g_unlink (tmp_path);
      return FALSE;
    }
  return TRUE;
}

static void
save_copy_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  GError *error = NULL;

  if (vd_store_save_copy (source_object, task_data, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
vd_store_save_copy_async (VdStore             *self,
                          const char          *dest_path,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, vd_store_save_copy_async);
  g_task_set_task_data (task, g_strdup (dest_path), g_free);
  g_task_run_in_thread (task, save_copy_thread);
}

gboolean
vd_store_save_copy_finish (VdStore       *self,
                           GAsyncResult  *result,
                           GError       **error)
{
  return g_task_propagate_boolean (G_TASK (result), error);
}
