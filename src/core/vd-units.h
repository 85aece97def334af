/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "vd-deletion.h"
#include "vd-records.h"
#include "vd-store.h"
#include "vd-unit.h"

G_BEGIN_DECLS

/* The units aggregate: all SQL touching units and unit_ratings lives here.
 * Every write is one transaction, emits VdStore::changed ("units") on success,
 * and fails with VD_STORE_ERROR_INVALID (message of the first invalid field,
 * see vd_unit_check()) or VD_STORE_ERROR_CONSTRAINT with a message saying
 * what to do. */

GPtrArray  *vd_units_list_all        (VdStore     *store,
                                      GError     **error);   /* VdUnit*, parents before children, siblings by sort_order then Vietnamese name; member-count filled */
VdUnit     *vd_units_get             (VdStore     *store,
                                      gint64       id,
                                      GError     **error);
GArray     *vd_units_subtree_ids     (VdStore     *store,
                                      gint64       root_id,
                                      GError     **error);   /* gint64, root included */
char       *vd_units_dup_path        (VdStore     *store,
                                      gint64       id);      /* "Bộ TN&MT › Vụ TĐKT › Phòng…", for subtitles */
gint64      vd_units_insert          (VdStore     *store,
                                      VdUnit      *unit,
                                      GError     **error);   /* returns new id, sets it on unit; 0 on error */
gboolean    vd_units_update          (VdStore     *store,
                                      VdUnit      *unit,
                                      GError     **error);   /* also moves it if parent-id changed; refuses cycles */
gboolean    vd_units_move            (VdStore     *store,
                                      gint64       unit_id,
                                      gint64       new_parent_id,
                                      GError     **error);
VdDeletion *vd_units_delete          (VdStore     *store,
                                      gint64       unit_id,
                                      GError     **error);   /* refuses while it has sub-units, people, bloc memberships or dossiers; takes its ratings and collective awards along */

GPtrArray  *vd_units_list_ratings    (VdStore     *store,
                                      gint64       unit_id,
                                      GError     **error);   /* VdRating* (g_free), newest first */
gboolean    vd_units_set_rating      (VdStore     *store,
                                      gint64       unit_id,
                                      int          year,
                                      VdGrade      grade,    /* VD_GRADE_NONE clears that year */
                                      GError     **error);
GPtrArray  *vd_units_list_awards     (VdStore     *store,
                                      gint64       unit_id,
                                      GError     **error);   /* VdAwardRecord*, collective awards, newest first */

G_END_DECLS
