/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "vd-store.h"

G_BEGIN_DECLS

#define VD_TYPE_PEOPLE_VIEW (vd_people_view_get_type ())
G_DECLARE_FINAL_TYPE (VdPeopleView, vd_people_view, VD, PEOPLE_VIEW, AdwBin)

GtkWidget *vd_people_view_new         (void);
VdStore   *vd_people_view_get_store   (VdPeopleView *self);
void       vd_people_view_set_store   (VdPeopleView *self,
                                       VdStore      *store);
void       vd_people_view_show_person (VdPeopleView *self,
                                       gint64        person_id);
void       vd_people_view_show_unit   (VdPeopleView *self,
                                       gint64        unit_id);

G_END_DECLS
