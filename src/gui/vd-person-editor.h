/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "vd-person.h"
#include "vd-store.h"

G_BEGIN_DECLS

#define VD_TYPE_PERSON_EDITOR (vd_person_editor_get_type ())
G_DECLARE_FINAL_TYPE (VdPersonEditor, vd_person_editor, VD, PERSON_EDITOR, AdwWindow)

VdPersonEditor *vd_person_editor_new (GtkWindow *parent,
                                      VdStore   *store,
                                      VdPerson  *person,
                                      gint64     unit_id);

G_END_DECLS
