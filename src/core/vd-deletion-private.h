/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "vd-deletion.h"

G_BEGIN_DECLS

/* How aggregates build a VdDeletion, inside their own write transaction:
 *
 *   deletion = vd_deletion_new (full_name, "people");
 *   vd_deletion_keep_links (deletion, store, "initiatives", "used_for_award_id",
 *                           "used_for_award_id IN (SELECT id FROM awards WHERE person_id = ?1)",
 *                           id, error);
 *   vd_deletion_take (deletion, store, "awards", "person_id = ?1", id, error);
 *   vd_deletion_take (deletion, store, "people", "id = ?1", id, error);
 *
 * Take rows in dependency order (rows that point at others first); undo puts
 * them back in reverse order with the same ids and then restores the kept
 * links. VdStore::changed is emitted for @primary_table and then for every
 * other table that lost rows. @table, @column and @where are fixed text from
 * the caller's source, never user input; the id is bound as ?1. */

VdDeletion *vd_deletion_new          (const char  *label,
                                      const char  *primary_table);
gboolean    vd_deletion_take         (VdDeletion  *self,
                                      VdStore     *store,
                                      const char  *table,
                                      const char  *where,
                                      gint64       id,
                                      GError     **error);
gboolean    vd_deletion_keep_links   (VdDeletion  *self,
                                      VdStore     *store,
                                      const char  *table,
                                      const char  *column,
                                      const char  *where,
                                      gint64       id,
                                      GError     **error);
guint       vd_deletion_count_rows   (VdDeletion  *self,
                                      const char  *table);
void        vd_deletion_emit_changed (VdDeletion  *self,
                                      VdStore     *store);

G_END_DECLS
