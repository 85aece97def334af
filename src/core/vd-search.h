/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "vd-store.h"

G_BEGIN_DECLS

typedef enum
{
  VD_SEARCH_KIND_PERSON,
  VD_SEARCH_KIND_UNIT,
  VD_SEARCH_KIND_DECISION,
  VD_SEARCH_KIND_DOSSIER,
} VdSearchKind;

#define VD_TYPE_SEARCH_RESULT (vd_search_result_get_type ())
G_DECLARE_FINAL_TYPE (VdSearchResult, vd_search_result, VD, SEARCH_RESULT, GObject)

/* Properties: "kind", "id", "title" (name / decision number / dossier title),
 * "subtitle" (unit path, position, date…). */
VdSearchKind  vd_search_result_get_kind     (VdSearchResult *self);
gint64        vd_search_result_get_id       (VdSearchResult *self);
const char   *vd_search_result_get_title    (VdSearchResult *self);
const char   *vd_search_result_get_subtitle (VdSearchResult *self);

/**
 * vd_search_run:
 * @query: what the user typed; every word must appear, ignoring case and
 *   Vietnamese diacritics (đ included)
 * @limit: at most this many results of each kind
 *
 * Returns VdSearchResult*, people first (in Vietnamese name order), then
 * units, decisions and dossiers. Blocking: call it from a worker with its own
 * connection (vd_store_open_secondary()) or use vd_search_run_async().
 */
GPtrArray    *vd_search_run                 (VdStore        *store,
                                             const char     *query,
                                             guint           limit,
                                             GCancellable   *cancellable,
                                             GError        **error);
void          vd_search_run_async           (VdStore        *store,
                                             const char     *query,
                                             guint           limit,
                                             GCancellable   *cancellable,
                                             GAsyncReadyCallback callback,
                                             gpointer        user_data);
GPtrArray    *vd_search_run_finish          (VdStore        *store,
                                             GAsyncResult   *result,
                                             GError        **error);

/* Summaries for search results that have no place of their own yet. */
char         *vd_search_describe_decision   (VdStore        *store,
                                             gint64          decision_id,
                                             GError        **error);  /* multi-line, translated */
char         *vd_search_describe_dossier    (VdStore        *store,
                                             gint64          dossier_id,
                                             GError        **error);

G_END_DECLS
