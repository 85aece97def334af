/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "vd-person.h"
#include "vd-records.h"
#include "vd-store.h"

G_BEGIN_DECLS

#define VD_TYPE_PERSON_PAGE (vd_person_page_get_type ())
G_DECLARE_FINAL_TYPE (VdPersonPage, vd_person_page, VD, PERSON_PAGE, AdwBin)

GtkWidget *vd_person_page_new         (void);
gboolean   vd_person_page_load        (VdPersonPage  *self,
                                       VdStore       *store,
                                       gint64         person_id,
                                       GError       **error);
gboolean   vd_person_page_reload      (VdPersonPage  *self,
                                       GError       **error);
void       vd_person_page_clear       (VdPersonPage  *self);
VdPerson  *vd_person_page_get_person  (VdPersonPage  *self);
GPtrArray *vd_person_page_get_ratings (VdPersonPage  *self);

G_END_DECLS
