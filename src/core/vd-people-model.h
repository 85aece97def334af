/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "vd-person.h"
#include "vd-store.h"

G_BEGIN_DECLS

typedef enum
{
  VD_PEOPLE_SORT_NAME,        /* Vietnamese order: given, family, middle name */
  VD_PEOPLE_SORT_BIRTH_YEAR,
  VD_PEOPLE_SORT_POSITION,
  VD_PEOPLE_SORT_UNIT,
  VD_PEOPLE_SORT_GENDER,
} VdPeopleSort;

#define VD_TYPE_PEOPLE_MODEL (vd_people_model_get_type ())
G_DECLARE_FINAL_TYPE (VdPeopleModel, vd_people_model, VD, PEOPLE_MODEL, GObject)

/**
 * VdPeopleModel:
 *
 * A GListModel of VdPerson for one unit (or its whole subtree), filtered and
 * sorted in SQL. Only the ordered ids are fetched (on a worker thread with its
 * own connection); a VdPerson is read when a row asks for it, so 60 000 people
 * cost what the visible rows cost. Emits items-changed once per query and
 * reloads by itself when the store reports changes to people or units.
 *
 * Properties: "store", "unit-id" (int64, 0 = everyone), "include-subunits",
 * "filter-text" (matched diacritic-blind against names and positions),
 * "sort" (VdPeopleSort), "descending", "loading" (read-only boolean),
 * "n-items" (read-only uint).
 */
VdPeopleModel *vd_people_model_new                  (VdStore        *store);
void           vd_people_model_set_query            (VdPeopleModel  *self,
                                                     gint64          unit_id,
                                                     gboolean        include_subunits,
                                                     const char     *filter_text,
                                                     VdPeopleSort    sort,
                                                     gboolean        descending);
void           vd_people_model_set_unit_id          (VdPeopleModel  *self,
                                                     gint64          unit_id);
void           vd_people_model_set_include_subunits (VdPeopleModel  *self,
                                                     gboolean        include_subunits);
void           vd_people_model_set_filter_text      (VdPeopleModel  *self,
                                                     const char     *filter_text);
void           vd_people_model_set_sort             (VdPeopleModel  *self,
                                                     VdPeopleSort    sort,
                                                     gboolean        descending);
gboolean       vd_people_model_get_loading          (VdPeopleModel  *self);
guint          vd_people_model_find                 (VdPeopleModel  *self,
                                                     gint64          person_id);  /* position or G_MAXUINT */
void           vd_people_model_reload               (VdPeopleModel  *self);

G_END_DECLS
