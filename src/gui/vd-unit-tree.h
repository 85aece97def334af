/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "vd-store.h"
#include "vd-unit.h"

G_BEGIN_DECLS

/* Separator between the levels of a unit path ("Bộ › Vụ › Phòng"). */
#define VD_UNIT_PATH_SEPARATOR " › "

#define VD_TYPE_UNIT_TREE (vd_unit_tree_get_type ())
G_DECLARE_FINAL_TYPE (VdUnitTree, vd_unit_tree, VD, UNIT_TREE, AdwBin)

GtkWidget  *vd_unit_tree_new                  (void);
VdStore    *vd_unit_tree_get_store            (VdUnitTree *self);
void        vd_unit_tree_set_store            (VdUnitTree *self,
                                               VdStore    *store);
gboolean    vd_unit_tree_get_include_subunits (VdUnitTree *self);
void        vd_unit_tree_set_include_subunits (VdUnitTree *self,
                                               gboolean    include_subunits);
gboolean    vd_unit_tree_reload               (VdUnitTree *self,
                                               GError    **error);
VdUnit     *vd_unit_tree_get_selected         (VdUnitTree *self);
gboolean    vd_unit_tree_select               (VdUnitTree *self,
                                               gint64      unit_id);
VdUnit     *vd_unit_tree_lookup               (VdUnitTree *self,
                                               gint64      unit_id);
guint       vd_unit_tree_get_n_units          (VdUnitTree *self);
gboolean    vd_unit_tree_has_children         (VdUnitTree *self,
                                               gint64      unit_id);
guint       vd_unit_tree_count_members        (VdUnitTree *self,
                                               gint64      unit_id);
char       *vd_unit_tree_dup_path             (VdUnitTree *self,
                                               gint64      unit_id);
void        vd_unit_tree_popup_menu           (VdUnitTree *self);

GHashTable *vd_unit_paths_new                 (GPtrArray  *units);

G_END_DECLS
