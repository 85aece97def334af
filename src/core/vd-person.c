/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdPerson"

#include "config.h"

#include <glib/gi18n.h>

#include "vd-person.h"
#include "vd-text.h"

struct _VdPerson
{
  GObject   parent_instance;

  gint64    id;
  gint64    unit_id;
  VdGender  gender;
  int       birth_year;
  gboolean  direct_worker;

  /* owned */
  char     *unit_name;
  char     *family_name;
  char     *middle_name;
  char     *given_name;
  char     *full_name;
  char     *position;
  char     *note;
};

G_DEFINE_FINAL_TYPE (VdPerson, vd_person, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_UNIT_ID,
  PROP_UNIT_NAME,
  PROP_FAMILY_NAME,
  PROP_MIDDLE_NAME,
  PROP_GIVEN_NAME,
  PROP_FULL_NAME,
  PROP_GENDER,
  PROP_BIRTH_YEAR,
  PROP_POSITION,
  PROP_DIRECT_WORKER,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const gender_strings[] = {
  [VD_GENDER_UNKNOWN] = "unknown",
  [VD_GENDER_MALE]    = "male",
  [VD_GENDER_FEMALE]  = "female",
};

/* The earliest birth year the archive accepts (see the schema's CHECK). */
#define MIN_BIRTH_YEAR 1900

static gboolean
set_string (char       **field,
            const char  *value)
{
  if (value == NULL)
    value = "";
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

static void
update_full_name (VdPerson *self)
{
  g_autofree char *full = vd_text_full_name (self->family_name, self->middle_name,
                                             self->given_name);

  if (set_string (&self->full_name, full))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FULL_NAME]);
}

static void
vd_person_finalize (GObject *object)
{
  VdPerson *self = VD_PERSON (object);

  g_clear_pointer (&self->unit_name, g_free);
  g_clear_pointer (&self->family_name, g_free);
  g_clear_pointer (&self->middle_name, g_free);
  g_clear_pointer (&self->given_name, g_free);
  g_clear_pointer (&self->full_name, g_free);
  g_clear_pointer (&self->position, g_free);
  g_clear_pointer (&self->note, g_free);

  G_OBJECT_CLASS (vd_person_parent_class)->finalize (object);
}

static void
vd_person_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  VdPerson *self = VD_PERSON (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_UNIT_ID:
      g_value_set_int64 (value, self->unit_id);
      break;
    case PROP_UNIT_NAME:
      g_value_set_string (value, self->unit_name);
      break;
    case PROP_FAMILY_NAME:
      g_value_set_string (value, self->family_name);
      break;
    case PROP_MIDDLE_NAME:
      g_value_set_string (value, self->middle_name);
      break;
    case PROP_GIVEN_NAME:
      g_value_set_string (value, self->given_name);
      break;
    case PROP_FULL_NAME:
      g_value_set_string (value, self->full_name);
      break;
    case PROP_GENDER:
      g_value_set_int (value, self->gender);
      break;
    case PROP_BIRTH_YEAR:
      g_value_set_int (value, self->birth_year);
      break;
    case PROP_POSITION:
      g_value_set_string (value, self->position);
      break;
    case PROP_DIRECT_WORKER:
      g_value_set_boolean (value, self->direct_worker);
      break;
    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vd_person_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  VdPerson *self = VD_PERSON (object);

  switch (prop_id)
    {
    case PROP_ID:
      vd_person_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_UNIT_ID:
      vd_person_set_unit_id (self, g_value_get_int64 (value));
      break;
    case PROP_UNIT_NAME:
      vd_person_set_unit_name (self, g_value_get_string (value));
      break;
    case PROP_FAMILY_NAME:
      vd_person_set_family_name (self, g_value_get_string (value));
      break;
    case PROP_MIDDLE_NAME:
      vd_person_set_middle_name (self, g_value_get_string (value));
      break;
    case PROP_GIVEN_NAME:
      vd_person_set_given_name (self, g_value_get_string (value));
      break;
    case PROP_GENDER:
      vd_person_set_gender (self, g_value_get_int (value));
      break;
    case PROP_BIRTH_YEAR:
      vd_person_set_birth_year (self, g_value_get_int (value));
      break;
    case PROP_POSITION:
      vd_person_set_position (self, g_value_get_string (value));
      break;
    case PROP_DIRECT_WORKER:
      vd_person_set_direct_worker (self, g_value_get_boolean (value));
      break;
    case PROP_NOTE:
      vd_person_set_note (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vd_person_class_init (VdPersonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = vd_person_finalize;
  object_class->get_property = vd_person_get_property;
  object_class->set_property = vd_person_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_UNIT_ID] =
    g_param_spec_int64 ("unit-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_UNIT_NAME] =
    g_param_spec_string ("unit-name", NULL, NULL, "", flags);
  properties[PROP_FAMILY_NAME] =
    g_param_spec_string ("family-name", NULL, NULL, "", flags);
  properties[PROP_MIDDLE_NAME] =
    g_param_spec_string ("middle-name", NULL, NULL, "", flags);
  properties[PROP_GIVEN_NAME] =
    g_param_spec_string ("given-name", NULL, NULL, "", flags);
  properties[PROP_FULL_NAME] =
    g_param_spec_string ("full-name", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_GENDER] =
    g_param_spec_int ("gender", NULL, NULL, VD_GENDER_UNKNOWN, VD_GENDER_FEMALE,
                      VD_GENDER_UNKNOWN, flags);
  properties[PROP_BIRTH_YEAR] =
    g_param_spec_int ("birth-year", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties[PROP_POSITION] =
    g_param_spec_string ("position", NULL, NULL, "", flags);
  properties[PROP_DIRECT_WORKER] =
    g_param_spec_boolean ("direct-worker", NULL, NULL, FALSE, flags);
  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL, "", flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
vd_person_init (VdPerson *self)
{
  self->unit_name = g_strdup ("");
  self->family_name = g_strdup ("");
  self->middle_name = g_strdup ("");
  self->given_name = g_strdup ("");
  self->full_name = g_strdup ("");
  self->position = g_strdup ("");
  self->note = g_strdup ("");
}

VdPerson *
vd_person_new (void)
{
  return g_object_new (VD_TYPE_PERSON, NULL);
}

/**
 * vd_person_copy:
 *
 * An independent copy, for editing without touching the shown object.
 */
VdPerson *
vd_person_copy (VdPerson *self)
{
  VdPerson *copy;

  g_return_val_if_fail (VD_IS_PERSON (self), NULL);

  copy = vd_person_new ();
  copy->id = self->id;
  copy->unit_id = self->unit_id;
  copy->gender = self->gender;
  copy->birth_year = self->birth_year;
  copy->direct_worker = self->direct_worker;
  set_string (&copy->unit_name, self->unit_name);
  set_string (&copy->family_name, self->family_name);
  set_string (&copy->middle_name, self->middle_name);
  set_string (&copy->given_name, self->given_name);
  set_string (&copy->full_name, self->full_name);
  set_string (&copy->position, self->position);
  set_string (&copy->note, self->note);
  return copy;
}

gint64
vd_person_get_id (VdPerson *self)
{
  g_return_val_if_fail (VD_IS_PERSON (self), 0);
  return self->id;
}

void
vd_person_set_id (VdPerson *self,
                  gint64    id)
{
  g_return_if_fail (VD_IS_PERSON (self));
  if (self->id == id)
    return;
  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
vd_person_get_unit_id (VdPerson *self)
{
  g_return_val_if_fail (VD_IS_PERSON (self), 0);
  return self->unit_id;
}

void
vd_person_set_unit_id (VdPerson *self,
                       gint64    unit_id)
{
  g_return_if_fail (VD_IS_PERSON (self));
  if (self->unit_id == unit_id)
    return;
  self->unit_id = unit_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNIT_ID]);
}

const char *
vd_person_get_unit_name (VdPerson *self)
{
  g_return_val_if_fail (VD_IS_PERSON (self), NULL);
  return self->unit_name;
}

void
vd_person_set_unit_name (VdPerson   *self,
                         const char *unit_name)
{
  g_return_if_fail (VD_IS_PERSON (self));
  if (set_string (&self->unit_name, unit_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNIT_NAME]);
}

const char *
vd_person_get_family_name (VdPerson *self)
{
  g_return_val_if_fail (VD_IS_PERSON (self), NULL);
  return self->family_name;
}

void
vd_person_set_family_name (VdPerson   *self,
                           const char *family_name)
{
  g_return_if_fail (VD_IS_PERSON (self));
  if (!set_string (&self->family_name, family_name))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FAMILY_NAME]);
  update_full_name (self);
}

const char *
vd_person_get_middle_name (VdPerson *self)
{
  g_return_val_if_fail (VD_IS_PERSON (self), NULL);
  return self->middle_name;
}

void
vd_person_set_middle_name (VdPerson   *self,
                           const char *middle_name)
{
  g_return_if_fail (VD_IS_PERSON (self));
  if (!set_string (&self->middle_name, middle_name))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MIDDLE_NAME]);
  update_full_name (self);
}

const char *
vd_person_get_given_name (VdPerson *self)
{
  g_return_val_if_fail (VD_IS_PERSON (self), NULL);
  return self->given_name;
}

void
vd_person_set_given_name (VdPerson   *self,
                          const char *given_name)
{
  g_return_if_fail (VD_IS_PERSON (self));
  if (!set_string (&self->given_name, given_name))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GIVEN_NAME]);
  update_full_name (self);
}

/**
 * vd_person_get_full_name:
 *
 * "Nguyễn Văn Dũng": family, middle and given name in the order they are
 * spoken, empty parts skipped.
 */
const char *
vd_person_get_full_name (VdPerson *self)
{
  g_return_val_if_fail (VD_IS_PERSON (self), NULL);
  return self->full_name;
}

VdGender
vd_person_get_gender (VdPerson *self)
{
  g_return_val_if_fail (VD_IS_PERSON (self), VD_GENDER_UNKNOWN);
  return self->gender;
}

void
vd_person_set_gender (VdPerson *self,
                      VdGender  gender)
{
  g_return_if_fail (VD_IS_PERSON (self));
  g_return_if_fail (gender >= VD_GENDER_UNKNOWN && gender <= VD_GENDER_FEMALE);
  if (self->gender == gender)
    return;
  self->gender = gender;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GENDER]);
}

int
vd_person_get_birth_year (VdPerson *self)
{
  g_return_val_if_fail (VD_IS_PERSON (self), 0);
  return self->birth_year;
}

void
vd_person_set_birth_year (VdPerson *self,
                          int       birth_year)
{
  g_return_if_fail (VD_IS_PERSON (self));
  if (self->birth_year == birth_year)
    return;
  self->birth_year = birth_year;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BIRTH_YEAR]);
}

const char *
vd_person_get_position (VdPerson *self)
{
  g_return_val_if_fail (VD_IS_PERSON (self), NULL);
  return self->position;
}

void
vd_person_set_position (VdPerson   *self,
                        const char *position)
{
  g_return_if_fail (VD_IS_PERSON (self));
  if (set_string (&self->position, position))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}

gboolean
vd_person_get_direct_worker (VdPerson *self)
{
  g_return_val_if_fail (VD_IS_PERSON (self), FALSE);
  return self->direct_worker;
}

void
vd_person_set_direct_worker (VdPerson *self,
                             gboolean  direct_worker)
{
  g_return_if_fail (VD_IS_PERSON (self));
  direct_worker = !!direct_worker;
  if (self->direct_worker == direct_worker)
    return;
  self->direct_worker = direct_worker;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRECT_WORKER]);
}

const char *
vd_person_get_note (VdPerson *self)
{
  g_return_val_if_fail (VD_IS_PERSON (self), NULL);
  return self->note;
}

void
vd_person_set_note (VdPerson   *self,
                    const char *note)
{
  g_return_if_fail (VD_IS_PERSON (self));
  if (set_string (&self->note, note))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTE]);
}

const char *
vd_gender_to_string (VdGender gender)
{
  if (gender < VD_GENDER_UNKNOWN || gender > VD_GENDER_FEMALE)
    gender = VD_GENDER_UNKNOWN;
  return gender_strings[gender];
}

VdGender
vd_gender_from_string (const char *text)
{
  for (guint i = 0; i < G_N_ELEMENTS (gender_strings); i++)
    if (g_strcmp0 (text, gender_strings[i]) == 0)
      return i;
  return VD_GENDER_UNKNOWN;
}

const char *
vd_gender_label (VdGender gender)
{
  switch (gender)
    {
    case VD_GENDER_MALE:
      return _("Male");
    case VD_GENDER_FEMALE:
      return _("Female");
    case VD_GENDER_UNKNOWN:
    default:
      return _("Not recorded");
    }
}

/**
 * vd_person_check:
 *
 * Checks what can be checked without the archive; whether the unit still
 * exists is checked when saving.
 *
 * Returns: (transfer full): field name → message, empty when valid
 */
GHashTable *
vd_person_check (VdPerson *self)
{
  GHashTable *problems = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autofree char *given = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int this_year = g_date_time_get_year (now);

  g_return_val_if_fail (VD_IS_PERSON (self), problems);

  given = vd_text_normalize_space (self->given_name);
  if (given[0] == '\0')
    g_hash_table_insert (problems, (gpointer) "given-name",
                         g_strdup (_("Enter the given name.")));

  if (self->birth_year != 0
      && (self->birth_year < MIN_BIRTH_YEAR || self->birth_year > this_year))
    g_hash_table_insert (problems, (gpointer) "birth-year",
                         g_strdup_printf (_("Birth year must be between %d and %d."),
                                          MIN_BIRTH_YEAR, this_year));

  if (self->unit_id <= 0)
    g_hash_table_insert (problems, (gpointer) "unit-id",
                         g_strdup (_("Choose the unit this person belongs to.")));

  return problems;
}
