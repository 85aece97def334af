/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  VD_GENDER_UNKNOWN,
  VD_GENDER_MALE,
  VD_GENDER_FEMALE,
} VdGender;

#define VD_TYPE_PERSON (vd_person_get_type ())
G_DECLARE_FINAL_TYPE (VdPerson, vd_person, VD, PERSON, GObject)

/* Properties: "id" (int64), "unit-id" (int64), "unit-name" (read from the
 * archive by queries, not stored), "family-name", "middle-name", "given-name",
 * "full-name" (read-only, derived), "gender" (VdGender as int),
 * "birth-year" (int, 0 = unknown), "position", "direct-worker" (boolean),
 * "note". */
VdPerson   *vd_person_new               (void);
VdPerson   *vd_person_copy              (VdPerson   *self);
gint64      vd_person_get_id            (VdPerson   *self);
void        vd_person_set_id            (VdPerson   *self,
                                         gint64      id);
gint64      vd_person_get_unit_id       (VdPerson   *self);
void        vd_person_set_unit_id       (VdPerson   *self,
                                         gint64      unit_id);
const char *vd_person_get_unit_name     (VdPerson   *self);
void        vd_person_set_unit_name     (VdPerson   *self,
                                         const char *unit_name);
const char *vd_person_get_family_name   (VdPerson   *self);
void        vd_person_set_family_name   (VdPerson   *self,
                                         const char *family_name);
const char *vd_person_get_middle_name   (VdPerson   *self);
void        vd_person_set_middle_name   (VdPerson   *self,
                                         const char *middle_name);
const char *vd_person_get_given_name    (VdPerson   *self);
void        vd_person_set_given_name    (VdPerson   *self,
                                         const char *given_name);
const char *vd_person_get_full_name     (VdPerson   *self);
VdGender    vd_person_get_gender        (VdPerson   *self);
void        vd_person_set_gender        (VdPerson   *self,
                                         VdGender    gender);
int         vd_person_get_birth_year    (VdPerson   *self);
void        vd_person_set_birth_year    (VdPerson   *self,
                                         int         birth_year);
const char *vd_person_get_position      (VdPerson   *self);
void        vd_person_set_position      (VdPerson   *self,
                                         const char *position);
gboolean    vd_person_get_direct_worker (VdPerson   *self);
void        vd_person_set_direct_worker (VdPerson   *self,
                                         gboolean    direct_worker);
const char *vd_person_get_note          (VdPerson   *self);
void        vd_person_set_note          (VdPerson   *self,
                                         const char *note);

const char *vd_gender_to_string         (VdGender    gender);  /* as stored */
VdGender    vd_gender_from_string       (const char *text);
const char *vd_gender_label             (VdGender    gender);  /* translated */

/* Field name → translated message for every invalid field; empty when valid. */
GHashTable *vd_person_check             (VdPerson   *self);

G_END_DECLS
