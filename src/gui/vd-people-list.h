/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "vd-person.h"
#include "vd-store.h"

G_BEGIN_DECLS

#define VD_TYPE_PEOPLE_LIST (vd_people_list_get_type ())
G_DECLARE_FINAL_TYPE (VdPeopleList, vd_people_list, VD, PEOPLE_LIST, AdwBin)

GtkWidget *vd_people_list_new                  (void);
VdStore   *vd_people_list_get_store            (VdPeopleList *self);
void       vd_people_list_set_store            (VdPeopleList *self,
                                                VdStore      *store);
void       vd_people_list_set_unit             (VdPeopleList *self,
                                                gint64        unit_id,
                                                const char   *title,
                                                gboolean      has_subunits);
gint64     vd_people_list_get_unit_id          (VdPeopleList *self);
gboolean   vd_people_list_get_include_subunits (VdPeopleList *self);
void       vd_people_list_set_include_subunits (VdPeopleList *self,
                                                gboolean      include_subunits);
VdPerson  *vd_people_list_get_selected         (VdPeopleList *self);
void       vd_people_list_select_person        (VdPeopleList *self,
                                                gint64        person_id);
void       vd_people_list_focus_person         (VdPeopleList *self,
                                                gint64        person_id);
void       vd_people_list_focus_filter         (VdPeopleList *self);

G_END_DECLS
