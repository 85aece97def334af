/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "vd-deletion.h"
#include "vd-person.h"
#include "vd-records.h"
#include "vd-store.h"

G_BEGIN_DECLS

/* The people aggregate: all SQL touching people, person_ratings and a
 * person's initiatives lives here. Writes are one transaction each, emit
 * VdStore::changed ("people") and fail with VD_STORE_ERROR_INVALID (first
 * invalid field, see vd_person_check()) or VD_STORE_ERROR_CONSTRAINT. */

VdPerson   *vd_people_get              (VdStore      *store,
                                        gint64        id,
                                        GError      **error);   /* unit-name filled */
gint64      vd_people_insert           (VdStore      *store,
                                        VdPerson     *person,
                                        GError      **error);   /* maintains name_fold and sort_key */
gboolean    vd_people_update           (VdStore      *store,
                                        VdPerson     *person,
                                        GError      **error);
VdDeletion *vd_people_delete           (VdStore      *store,
                                        gint64        person_id,
                                        GError      **error);   /* takes ratings, authorships, awards and nominations along */
int         vd_people_count_awards     (VdStore      *store,
                                        gint64        person_id);

GPtrArray  *vd_people_list_ratings     (VdStore      *store,
                                        gint64        person_id,
                                        GError      **error);   /* VdRating* (g_free), newest first */
gboolean    vd_people_set_rating       (VdStore      *store,
                                        gint64        person_id,
                                        int           year,
                                        VdGrade       grade,    /* VD_GRADE_NONE clears that year */
                                        GError      **error);
GPtrArray  *vd_people_list_initiatives (VdStore      *store,
                                        gint64        person_id,
                                        GError      **error);   /* VdInitiative*, newest first */
GPtrArray  *vd_people_list_awards      (VdStore      *store,
                                        gint64        person_id,
                                        GError      **error);   /* VdAwardRecord*, award history newest first */

G_END_DECLS
