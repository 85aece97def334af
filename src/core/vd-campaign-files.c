/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdCampaignFiles"

#include "config.h"

#include <glib/gi18n.h>

#include "vd-campaign-files.h"
#include "vd-date.h"

VdCampaignParticipant *
vd_campaign_participant_new (gint64 unit_id,
                             gint64 bloc_id)
{
  VdCampaignParticipant *participant = g_new0 (VdCampaignParticipant, 1);

  participant->unit_id = unit_id;
  participant->bloc_id = bloc_id;
  return participant;
}

void
vd_campaign_participant_free (VdCampaignParticipant *participant)
{
  if (participant == NULL)
    return;
  g_free (participant->name);
  g_free (participant);
}

void
vd_campaign_document_free (VdCampaignDocument *document)
{
  if (document == NULL)
    return;
  g_free (document->title);
  g_free (document->filename);
  g_free (document->sha256);
  g_free (document->added_on);
  g_free (document);
}

static char *
dup_column (sqlite3_stmt *stmt,
            int           column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

static gboolean
finish_rows (VdStore       *store,
             sqlite3_stmt  *stmt,
             int            rc,
             GError       **error)
{
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return vd_store_set_error (store, error);
  return TRUE;
}

/* ---- Participants ---- */

GPtrArray *
vd_campaign_participants_list (VdStore  *store,
                               gint64    campaign_id,
                               GError  **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) vd_campaign_participant_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (VD_IS_STORE (store), NULL);

  stmt = vd_store_prepare (store,
                           "SELECT p.unit_id, p.bloc_id, coalesce (u.name, b.name) "
                           "FROM campaign_participants p "
                           "LEFT JOIN units u ON u.id = p.unit_id "
                           "LEFT JOIN blocs b ON b.id = p.bloc_id "
                           "WHERE p.campaign_id = ?1 "
                           "ORDER BY p.unit_id IS NULL, u.sort_order, p.unit_id, p.bloc_id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, campaign_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      VdCampaignParticipant *participant = vd_campaign_participant_new (sqlite3_column_int64 (stmt, 0),
                                                                        sqlite3_column_int64 (stmt, 1));

      participant->name = dup_column (stmt, 2);
      g_ptr_array_add (list, participant);
    }
  if (!finish_rows (store, stmt, rc, error))
    return NULL;
  return g_steal_pointer (&list);
}

gboolean
vd_campaign_participants_write (VdStore    *store,
                                gint64      campaign_id,
                                GPtrArray  *participants,
                                GError    **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (VD_IS_STORE (store), FALSE);

  stmt = vd_store_prepare (store, "DELETE FROM campaign_participants WHERE campaign_id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, campaign_id);
  if (!vd_store_step_done (store, stmt, error))
    return FALSE;

  for (guint i = 0; participants != NULL && i < participants->len; i++)
    {
      VdCampaignParticipant *participant = g_ptr_array_index (participants, i);

      if ((participant->unit_id > 0) == (participant->bloc_id > 0))
        {
          g_set_error_literal (error, VD_STORE_ERROR, VD_STORE_ERROR_INVALID,
                               _("A participant is either a unit or a bloc. Remove it and add it again."));
          return FALSE;
        }
      /* OR IGNORE: the same unit added twice is one participant. */
      stmt = vd_store_prepare (store,
                               "INSERT OR IGNORE INTO campaign_participants (campaign_id, unit_id, bloc_id) "
                               "VALUES (?1, ?2, ?3)", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, campaign_id);
      if (participant->unit_id > 0)
        sqlite3_bind_int64 (stmt, 2, participant->unit_id);
      else
        sqlite3_bind_null (stmt, 2);
      if (participant->bloc_id > 0)
        sqlite3_bind_int64 (stmt, 3, participant->bloc_id);
      else
        sqlite3_bind_null (stmt, 3);
      if (!vd_store_step_done (store, stmt, error))
        return FALSE;
    }
  return TRUE;
}

/* ---- Documents ---- */

static gboolean
attach_rows (VdStore     *store,
             gint64       campaign_id,
             const char  *filename,
             const char  *sha256,
             GBytes      *bytes,
             int          page_count,
             GError     **error)
{
  g_autofree char *today = vd_date_today_iso ();
  gsize size = 0;
  const guint8 *data = g_bytes_get_data (bytes, &size);
  sqlite3_stmt *stmt;

  /* Content-addressed: the same file attached twice is stored once. */
  stmt = vd_store_prepare (store, "INSERT OR IGNORE INTO blobs (sha256, size, data) VALUES (?1, ?2, ?3)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, sha256, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, size);
  sqlite3_bind_blob64 (stmt, 3, data, size, SQLITE_STATIC);
  if (!vd_store_step_done (store, stmt, error))
    return FALSE;

  stmt = vd_store_prepare (store,
                           "INSERT INTO documents (campaign_id, kind, title, filename, mime_type, sha256, "
                           "page_count, added_on) VALUES (?1, 'other', ?2, ?2, 'application/pdf', ?3, ?4, ?5)",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, campaign_id);
  sqlite3_bind_text (stmt, 2, filename, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, sha256, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 4, page_count);
  sqlite3_bind_text (stmt, 5, today, -1, SQLITE_TRANSIENT);
  return vd_store_step_done (store, stmt, error);
}

/**
 * vd_campaign_documents_attach:
 * @filename: the file's base name, shown as the document's title
 * @bytes: the whole PDF, already checked by the caller
 * @page_count: its pages, as the caller's PDF reader counted them
 *
 * Stores @bytes (once per content) and links them to the campaign, in one
 * transaction: a refusal leaves the archive as it was.
 *
 * Returns: the new document's id, or 0
 */
gint64
vd_campaign_documents_attach (VdStore     *store,
                              gint64       campaign_id,
                              const char  *filename,
                              GBytes      *bytes,
                              int          page_count,
                              GError     **error)
{
  g_autofree char *sha256 = NULL;
  gint64 id;

  g_return_val_if_fail (VD_IS_STORE (store), 0);
  g_return_val_if_fail (bytes != NULL, 0);

  if (campaign_id <= 0)
    {
      g_set_error_literal (error, VD_STORE_ERROR, VD_STORE_ERROR_INVALID,
                           _("Save the campaign first, then attach its documents."));
      return 0;
    }
  if (g_bytes_get_size (bytes) == 0)
    {
      g_set_error_literal (error, VD_STORE_ERROR, VD_STORE_ERROR_INVALID,
                           _("The file is empty. Choose the PDF file itself, not an empty copy."));
      return 0;
    }
  if (g_bytes_get_size (bytes) > VD_CAMPAIGN_DOCUMENT_MAX_SIZE)
    {
      g_set_error_literal (error, VD_STORE_ERROR, VD_STORE_ERROR_INVALID,
                           _("The file is larger than 50 MB. Save a smaller PDF (for example scanned at a lower resolution) and attach that."));
      return 0;
    }
  if (page_count < 1)
    {
      g_set_error_literal (error, VD_STORE_ERROR, VD_STORE_ERROR_INVALID,
                           _("The PDF has no pages. Choose a PDF with at least one page."));
      return 0;
    }

  sha256 = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes);
  if (!vd_store_begin (store, error))
    return 0;
  if (!attach_rows (store, campaign_id, filename, sha256, bytes, page_count, error))
    {
      vd_store_rollback (store);
      return 0;
    }
  id = vd_store_last_insert_id (store);
  if (!vd_store_commit (store, error))
    {
      vd_store_rollback (store);
      return 0;
    }
  vd_store_emit_changed (store, "documents");
  return id;
}

GPtrArray *
vd_campaign_documents_list (VdStore  *store,
                            gint64    campaign_id,
                            GError  **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) vd_campaign_document_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (VD_IS_STORE (store), NULL);

  stmt = vd_store_prepare (store,
                           "SELECT d.id, d.campaign_id, d.title, d.filename, d.sha256, b.size, "
                           "coalesce (d.page_count, 0), d.added_on "
                           "FROM documents d JOIN blobs b ON b.sha256 = d.sha256 "
                           "WHERE d.campaign_id = ?1 ORDER BY d.id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, campaign_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      VdCampaignDocument *document = g_new0 (VdCampaignDocument, 1);

      document->id = sqlite3_column_int64 (stmt, 0);
      document->campaign_id = sqlite3_column_int64 (stmt, 1);
      document->title = dup_column (stmt, 2);
      document->filename = dup_column (stmt, 3);
      document->sha256 = dup_column (stmt, 4);
      document->size = sqlite3_column_int64 (stmt, 5);
      document->page_count = sqlite3_column_int (stmt, 6);
      document->added_on = dup_column (stmt, 7);
      g_ptr_array_add (list, document);
    }
  if (!finish_rows (store, stmt, rc, error))
    return NULL;
  return g_steal_pointer (&list);
}

GBytes *
vd_campaign_documents_dup_bytes (VdStore  *store,
                                 gint64    document_id,
                                 GError  **error)
{
  g_autoptr(GBytes) bytes = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (VD_IS_STORE (store), NULL);

  stmt = vd_store_prepare (store,
                           "SELECT b.data FROM documents d JOIN blobs b ON b.sha256 = d.sha256 "
                           "WHERE d.id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, document_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    bytes = g_bytes_new (sqlite3_column_blob (stmt, 0), sqlite3_column_bytes (stmt, 0));
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      vd_store_set_error (store, error);
      return NULL;
    }
  if (bytes == NULL)
    {
      g_set_error_literal (error, VD_STORE_ERROR, VD_STORE_ERROR_NOT_FOUND,
                           _("This document is no longer in the archive."));
      return NULL;
    }
  return g_steal_pointer (&bytes);
}

static gboolean
remove_rows (VdStore     *store,
             gint64       document_id,
             GError     **error)
{
  g_autofree char *sha256 = NULL;
  sqlite3_stmt *stmt;
  int rc;

  stmt = vd_store_prepare (store, "SELECT sha256 FROM documents WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, document_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    sha256 = dup_column (stmt, 0);
  if (!finish_rows (store, stmt, rc == SQLITE_ROW ? SQLITE_DONE : rc, error))
    return FALSE;
  if (sha256 == NULL)
    {
      g_set_error_literal (error, VD_STORE_ERROR, VD_STORE_ERROR_NOT_FOUND,
                           _("This document is no longer in the archive."));
      return FALSE;
    }

  stmt = vd_store_prepare (store, "DELETE FROM documents WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, document_id);
  if (!vd_store_step_done (store, stmt, error))
    return FALSE;

  /* The bytes may be shared with another document or a certificate
   * background (content addressing): they go only with their last user. */
  stmt = vd_store_prepare (store,
                           "DELETE FROM blobs WHERE sha256 = ?1 "
                           "AND NOT EXISTS (SELECT 1 FROM documents WHERE sha256 = ?1) "
                           "AND NOT EXISTS (SELECT 1 FROM certificate_templates WHERE background_sha256 = ?1)",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, sha256, -1, SQLITE_TRANSIENT);
  return vd_store_step_done (store, stmt, error);
}

gboolean
vd_campaign_documents_remove (VdStore  *store,
                              gint64    document_id,
                              GError  **error)
{
  g_return_val_if_fail (VD_IS_STORE (store), FALSE);

  if (!vd_store_begin (store, error))
    return FALSE;
  if (!remove_rows (store, document_id, error) || !vd_store_commit (store, error))
    {
      vd_store_rollback (store);
      return FALSE;
    }
  vd_store_emit_changed (store, "documents");
  return TRUE;
}
