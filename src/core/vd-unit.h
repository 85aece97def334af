/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  VD_UNIT_KIND_MINISTRY,
  VD_UNIT_KIND_DEPARTMENT,
  VD_UNIT_KIND_UNIT,
} VdUnitKind;

#define VD_TYPE_UNIT (vd_unit_get_type ())
G_DECLARE_FINAL_TYPE (VdUnit, vd_unit, VD, UNIT, GObject)

/* Properties: "id" (int64, 0 = not stored yet), "parent-id" (int64, 0 = top),
 * "name", "short-name", "kind" (VdUnitKind as int), "note",
 * "member-count" (int: people directly in this unit, filled by list queries),
 * "sort-order" (int: place among siblings before the name order). */
VdUnit     *vd_unit_new              (void);
VdUnit     *vd_unit_copy             (VdUnit     *self);
gint64      vd_unit_get_id           (VdUnit     *self);
void        vd_unit_set_id           (VdUnit     *self,
                                      gint64      id);
gint64      vd_unit_get_parent_id    (VdUnit     *self);
void        vd_unit_set_parent_id    (VdUnit     *self,
                                      gint64      parent_id);
const char *vd_unit_get_name         (VdUnit     *self);
void        vd_unit_set_name         (VdUnit     *self,
                                      const char *name);
const char *vd_unit_get_short_name   (VdUnit     *self);
void        vd_unit_set_short_name   (VdUnit     *self,
                                      const char *short_name);
VdUnitKind  vd_unit_get_kind         (VdUnit     *self);
void        vd_unit_set_kind         (VdUnit     *self,
                                      VdUnitKind  kind);
const char *vd_unit_get_note         (VdUnit     *self);
void        vd_unit_set_note         (VdUnit     *self,
                                      const char *note);
int         vd_unit_get_member_count (VdUnit     *self);
void        vd_unit_set_member_count (VdUnit     *self,
                                      int         count);
int         vd_unit_get_sort_order   (VdUnit     *self);   /* "sort-order": place among siblings before name order */
void        vd_unit_set_sort_order   (VdUnit     *self,
                                      int         sort_order);

const char *vd_unit_kind_to_string   (VdUnitKind  kind);   /* "ministry" … as stored */
VdUnitKind  vd_unit_kind_from_string (const char *text);
const char *vd_unit_kind_label       (VdUnitKind  kind);   /* translated, for display */

/* Field name → translated message for every invalid field; empty when valid.
 * Field names are the property names ("name", "parent-id"…). */
GHashTable *vd_unit_check            (VdUnit     *self);

G_END_DECLS
