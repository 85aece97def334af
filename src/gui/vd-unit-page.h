/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "vd-store.h"
#include "vd-unit.h"

G_BEGIN_DECLS

#define VD_TYPE_UNIT_PAGE (vd_unit_page_get_type ())
G_DECLARE_FINAL_TYPE (VdUnitPage, vd_unit_page, VD, UNIT_PAGE, AdwBin)

GtkWidget *vd_unit_page_new         (void);
gboolean   vd_unit_page_load        (VdUnitPage  *self,
                                     VdStore     *store,
                                     VdUnit      *unit,
                                     const char  *parent_path,
                                     guint        total_members,
                                     GError     **error);
void       vd_unit_page_clear       (VdUnitPage  *self);
gint64     vd_unit_page_get_unit_id (VdUnitPage  *self);
VdUnit    *vd_unit_page_get_unit    (VdUnitPage  *self);
GPtrArray *vd_unit_page_get_ratings (VdUnitPage  *self);

G_END_DECLS
