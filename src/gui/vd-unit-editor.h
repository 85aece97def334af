/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "vd-store.h"
#include "vd-unit.h"

G_BEGIN_DECLS

#define VD_TYPE_UNIT_EDITOR (vd_unit_editor_get_type ())
G_DECLARE_FINAL_TYPE (VdUnitEditor, vd_unit_editor, VD, UNIT_EDITOR, AdwWindow)

VdUnitEditor *vd_unit_editor_new          (GtkWindow    *parent,
                                           VdStore      *store,
                                           VdUnit       *unit,
                                           gint64        parent_id);
void          vd_unit_editor_focus_parent (VdUnitEditor *self);

G_END_DECLS
