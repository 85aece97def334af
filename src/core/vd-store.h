/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include <sqlite3.h>

G_BEGIN_DECLS

#define VD_STORE_ERROR (vd_store_error_quark ())

/**
 * VdStoreError:
 * Why an archive could not be opened or written. Every value maps to a
 * message that tells the user what to do; see vd_store_error_advice().
 */
typedef enum
{
  VD_STORE_ERROR_NOT_FOUND,
  VD_STORE_ERROR_NOT_ARCHIVE,
  VD_STORE_ERROR_NEWER_VERSION,
  VD_STORE_ERROR_CORRUPT,
  VD_STORE_ERROR_READ_ONLY,
  VD_STORE_ERROR_LOCKED,
  VD_STORE_ERROR_INVALID,     /* a value failed validation */
  VD_STORE_ERROR_CONSTRAINT,  /* the archive refused the write (still referenced, duplicate…) */
  VD_STORE_ERROR_FAILED,
} VdStoreError;

/* Schema version written to PRAGMA user_version. */
#define VD_STORE_SCHEMA_VERSION 2
/* PRAGMA application_id of every Vinh Danh archive ("VdDa"). */
#define VD_STORE_APPLICATION_ID 0x56644461

typedef enum
{
  VD_STORE_OPEN_EXISTING = 0,
  VD_STORE_OPEN_CREATE    = 1 << 0, /* create the file (owner-only) if it does not exist */
  VD_STORE_OPEN_READ_ONLY = 1 << 1, /* look only: no WAL switch, no upgrade, no writes */
} VdStoreOpenFlags;

#define VD_TYPE_STORE (vd_store_get_type ())
G_DECLARE_FINAL_TYPE (VdStore, vd_store, VD, STORE, GObject)

GQuark        vd_store_error_quark        (void);

VdStore      *vd_store_open               (const char        *path,
                                           VdStoreOpenFlags   flags,
                                           GError           **error);
VdStore      *vd_store_open_secondary     (VdStore           *self,
                                           GError           **error);
const char   *vd_store_get_path           (VdStore           *self);
int           vd_store_get_schema_version (VdStore           *self);
sqlite3      *vd_store_get_db             (VdStore           *self);

sqlite3_stmt *vd_store_prepare            (VdStore           *self,
                                           const char        *sql,
                                           GError           **error);
gboolean      vd_store_exec               (VdStore           *self,
                                           const char        *sql,
                                           GError           **error);
gboolean      vd_store_begin              (VdStore           *self,
                                           GError           **error);
gboolean      vd_store_commit             (VdStore           *self,
                                           GError           **error);
void          vd_store_rollback           (VdStore           *self);
gboolean      vd_store_step_done          (VdStore           *self,
                                           sqlite3_stmt      *stmt,
                                           GError           **error);
gboolean      vd_store_set_error          (VdStore           *self,
                                           GError           **error);
gint64        vd_store_last_insert_id     (VdStore           *self);

void          vd_store_set_audit_enabled  (VdStore           *self,
                                           gboolean           enabled);
void          vd_store_emit_changed       (VdStore           *self,
                                           const char        *table);

char         *vd_store_dup_setting        (VdStore           *self,
                                           const char        *key);
gboolean      vd_store_set_setting        (VdStore           *self,
                                           const char        *key,
                                           const char        *value,
                                           GError           **error);

void          vd_store_save_copy_async    (VdStore           *self,
                                           const char        *dest_path,
                                           GCancellable      *cancellable,
                                           GAsyncReadyCallback callback,
                                           gpointer           user_data);
gboolean      vd_store_save_copy_finish   (VdStore           *self,
                                           GAsyncResult      *result,
                                           GError           **error);
gboolean      vd_store_save_copy          (VdStore           *self,
                                           const char        *dest_path,
                                           GCancellable      *cancellable,
                                           GError           **error);

/* Ownership helper for statements made outside the cache. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

G_END_DECLS
