/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "vd-records.h"

G_BEGIN_DECLS

#define VD_TYPE_PERSON_RATING_DIALOG (vd_person_rating_dialog_get_type ())
G_DECLARE_FINAL_TYPE (VdPersonRatingDialog, vd_person_rating_dialog, VD, PERSON_RATING_DIALOG, AdwMessageDialog)

VdPersonRatingDialog *vd_person_rating_dialog_new       (GtkWindow            *parent,
                                                         const char           *person_name,
                                                         GPtrArray            *ratings);
int                   vd_person_rating_dialog_get_year  (VdPersonRatingDialog *self);
VdGrade               vd_person_rating_dialog_get_grade (VdPersonRatingDialog *self);

G_END_DECLS
