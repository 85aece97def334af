/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "vd-store.h"

G_BEGIN_DECLS

/* What a campaign carries besides its dates (schema 2): the units and blocs
 * that take part (campaign_participants) and the PDFs attached to it, such
 * as the plan that launched it (documents.campaign_id, bytes in blobs,
 * content-addressed by SHA-256 so the same file stored twice is one blob).
 *
 * Core never parses PDFs: the caller checks the file (src/gui/vd-pdf-check.c
 * with Poppler) and hands over the bytes and the page count. */

#define VD_CAMPAIGN_DOCUMENT_MAX_SIZE (50 * 1024 * 1024)

typedef struct
{
  gint64  unit_id;   /* exactly one of unit_id and bloc_id is set */
  gint64  bloc_id;
  char   *name;      /* read only, or NULL */
} VdCampaignParticipant;

VdCampaignParticipant *vd_campaign_participant_new  (gint64 unit_id,
                                                     gint64 bloc_id);
void                   vd_campaign_participant_free (VdCampaignParticipant *participant);

typedef struct
{
  gint64  id;
  gint64  campaign_id;
  char   *title;
  char   *filename;
  char   *sha256;
  gint64  size;
  int     page_count;
  char   *added_on;   /* ISO date */
} VdCampaignDocument;

void         vd_campaign_document_free (VdCampaignDocument *document);

GPtrArray   *vd_campaign_participants_list  (VdStore    *store,
                                             gint64      campaign_id,
                                             GError    **error);   /* VdCampaignParticipant*, units then blocs, by name */
/* Inside the caller's transaction (vd-campaigns.c save): the stored
 * participants become exactly @participants. */
gboolean     vd_campaign_participants_write (VdStore    *store,
                                             gint64      campaign_id,
                                             GPtrArray  *participants,
                                             GError    **error);

gint64       vd_campaign_documents_attach   (VdStore    *store,
                                             gint64      campaign_id,
                                             const char *filename,
                                             GBytes     *bytes,
                                             int         page_count,
                                             GError    **error);   /* one transaction; the new document id, or 0 */
GPtrArray   *vd_campaign_documents_list     (VdStore    *store,
                                             gint64      campaign_id,
                                             GError    **error);   /* VdCampaignDocument*, by added order */
GBytes      *vd_campaign_documents_dup_bytes (VdStore   *store,
                                             gint64      document_id,
                                             GError    **error);
gboolean     vd_campaign_documents_remove   (VdStore    *store,
                                             gint64      document_id,
                                             GError    **error);   /* the blob goes too unless still used */

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VdCampaignParticipant, vd_campaign_participant_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VdCampaignDocument, vd_campaign_document_free)

G_END_DECLS
