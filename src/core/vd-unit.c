/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdUnit"

#include "config.h"

#include <glib/gi18n.h>

#include "vd-unit.h"

struct _VdUnit
{
  GObject     parent_instance;

  gint64      id;
  gint64      parent_id;
  VdUnitKind  kind;
  int         member_count;
  int         sort_order;

  /* owned */
  char       *name;
  char       *short_name;
  char       *note;
};

G_DEFINE_FINAL_TYPE (VdUnit, vd_unit, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_PARENT_ID,
  PROP_NAME,
  PROP_SHORT_NAME,
  PROP_KIND,
  PROP_NOTE,
  PROP_MEMBER_COUNT,
  PROP_SORT_ORDER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const kind_strings[] = {
  [VD_UNIT_KIND_MINISTRY]   = "ministry",
  [VD_UNIT_KIND_DEPARTMENT] = "department",
  [VD_UNIT_KIND_UNIT]       = "unit",
};

static gboolean
set_string (char       **field,
            const char  *value)
{
  /* NULL and "" are the same to the archive; keeping one form avoids
   * notifications that change nothing visible. */
  if (value == NULL)
    value = "";
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

static void
vd_unit_finalize (GObject *object)
{
  VdUnit *self = VD_UNIT (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->short_name, g_free);
  g_clear_pointer (&self->note, g_free);

  G_OBJECT_CLASS (vd_unit_parent_class)->finalize (object);
}

static void
vd_unit_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  VdUnit *self = VD_UNIT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_PARENT_ID:
      g_value_set_int64 (value, self->parent_id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_SHORT_NAME:
      g_value_set_string (value, self->short_name);
      break;
    case PROP_KIND:
      g_value_set_int (value, self->kind);
      break;
    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;
    case PROP_MEMBER_COUNT:
      g_value_set_int (value, self->member_count);
      break;
    case PROP_SORT_ORDER:
      g_value_set_int (value, self->sort_order);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vd_unit_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  VdUnit *self = VD_UNIT (object);

  switch (prop_id)
    {
    case PROP_ID:
      vd_unit_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_PARENT_ID:
      vd_unit_set_parent_id (self, g_value_get_int64 (value));
      break;
    case PROP_NAME:
      vd_unit_set_name (self, g_value_get_string (value));
      break;
    case PROP_SHORT_NAME:
      vd_unit_set_short_name (self, g_value_get_string (value));
      break;
    case PROP_KIND:
      vd_unit_set_kind (self, g_value_get_int (value));
      break;
    case PROP_NOTE:
      vd_unit_set_note (self, g_value_get_string (value));
      break;
    case PROP_MEMBER_COUNT:
      vd_unit_set_member_count (self, g_value_get_int (value));
      break;
    case PROP_SORT_ORDER:
      vd_unit_set_sort_order (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vd_unit_class_init (VdUnitClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = vd_unit_finalize;
  object_class->get_property = vd_unit_get_property;
  object_class->set_property = vd_unit_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_PARENT_ID] =
    g_param_spec_int64 ("parent-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, "", flags);
  properties[PROP_SHORT_NAME] =
    g_param_spec_string ("short-name", NULL, NULL, "", flags);
  properties[PROP_KIND] =
    g_param_spec_int ("kind", NULL, NULL, VD_UNIT_KIND_MINISTRY, VD_UNIT_KIND_UNIT,
                      VD_UNIT_KIND_UNIT, flags);
  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL, "", flags);
  properties[PROP_MEMBER_COUNT] =
    g_param_spec_int ("member-count", NULL, NULL, 0, G_MAXINT, 0, flags);
  /* Position among its siblings before the name order applies. */
  properties[PROP_SORT_ORDER] =
    g_param_spec_int ("sort-order", NULL, NULL, G_MININT, G_MAXINT, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
vd_unit_init (VdUnit *self)
{
  self->name = g_strdup ("");
  self->short_name = g_strdup ("");
  self->note = g_strdup ("");
  self->kind = VD_UNIT_KIND_UNIT;
}

VdUnit *
vd_unit_new (void)
{
  return g_object_new (VD_TYPE_UNIT, NULL);
}

/**
 * vd_unit_copy:
 *
 * An independent copy, for editing without touching the shown object.
 */
VdUnit *
vd_unit_copy (VdUnit *self)
{
  VdUnit *copy;

  g_return_val_if_fail (VD_IS_UNIT (self), NULL);

  copy = vd_unit_new ();
  copy->id = self->id;
  copy->parent_id = self->parent_id;
  copy->kind = self->kind;
  copy->member_count = self->member_count;
  copy->sort_order = self->sort_order;
  set_string (&copy->name, self->name);
  set_string (&copy->short_name, self->short_name);
  set_string (&copy->note, self->note);
  return copy;
}

gint64
vd_unit_get_id (VdUnit *self)
{
  g_return_val_if_fail (VD_IS_UNIT (self), 0);
  return self->id;
}

void
vd_unit_set_id (VdUnit *self,
                gint64  id)
{
  g_return_if_fail (VD_IS_UNIT (self));
  if (self->id == id)
    return;
  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
vd_unit_get_parent_id (VdUnit *self)
{
  g_return_val_if_fail (VD_IS_UNIT (self), 0);
  return self->parent_id;
}

void
vd_unit_set_parent_id (VdUnit *self,
                       gint64  parent_id)
{
  g_return_if_fail (VD_IS_UNIT (self));
  if (self->parent_id == parent_id)
    return;
  self->parent_id = parent_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARENT_ID]);
}

const char *
vd_unit_get_name (VdUnit *self)
{
  g_return_val_if_fail (VD_IS_UNIT (self), NULL);
  return self->name;
}

void
vd_unit_set_name (VdUnit     *self,
                  const char *name)
{
  g_return_if_fail (VD_IS_UNIT (self));
  if (set_string (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
vd_unit_get_short_name (VdUnit *self)
{
  g_return_val_if_fail (VD_IS_UNIT (self), NULL);
  return self->short_name;
}

void
vd_unit_set_short_name (VdUnit     *self,
                        const char *short_name)
{
  g_return_if_fail (VD_IS_UNIT (self));
  if (set_string (&self->short_name, short_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHORT_NAME]);
}

VdUnitKind
vd_unit_get_kind (VdUnit *self)
{
  g_return_val_if_fail (VD_IS_UNIT (self), VD_UNIT_KIND_UNIT);
  return self->kind;
}

void
vd_unit_set_kind (VdUnit     *self,
                  VdUnitKind  kind)
{
  g_return_if_fail (VD_IS_UNIT (self));
  g_return_if_fail (kind >= VD_UNIT_KIND_MINISTRY && kind <= VD_UNIT_KIND_UNIT);
  if (self->kind == kind)
    return;
  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

const char *
vd_unit_get_note (VdUnit *self)
{
  g_return_val_if_fail (VD_IS_UNIT (self), NULL);
  return self->note;
}

void
vd_unit_set_note (VdUnit     *self,
                  const char *note)
{
  g_return_if_fail (VD_IS_UNIT (self));
  if (set_string (&self->note, note))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTE]);
}

int
vd_unit_get_member_count (VdUnit *self)
{
  g_return_val_if_fail (VD_IS_UNIT (self), 0);
  return self->member_count;
}

void
vd_unit_set_member_count (VdUnit *self,
                          int     count)
{
  g_return_if_fail (VD_IS_UNIT (self));
  if (self->member_count == count)
    return;
  self->member_count = count;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MEMBER_COUNT]);
}

int
vd_unit_get_sort_order (VdUnit *self)
{
  g_return_val_if_fail (VD_IS_UNIT (self), 0);
  return self->sort_order;
}

void
vd_unit_set_sort_order (VdUnit *self,
                        int     sort_order)
{
  g_return_if_fail (VD_IS_UNIT (self));
  if (self->sort_order == sort_order)
    return;
  self->sort_order = sort_order;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SORT_ORDER]);
}

const char *
vd_unit_kind_to_string (VdUnitKind kind)
{
  if (kind < VD_UNIT_KIND_MINISTRY || kind > VD_UNIT_KIND_UNIT)
    kind = VD_UNIT_KIND_UNIT;
  return kind_strings[kind];
}

/**
 * vd_unit_kind_from_string:
 *
 * Unknown text reads as a plain unit, the schema's default.
 */
VdUnitKind
vd_unit_kind_from_string (const char *text)
{
  for (guint i = 0; i < G_N_ELEMENTS (kind_strings); i++)
    if (g_strcmp0 (text, kind_strings[i]) == 0)
      return i;
  return VD_UNIT_KIND_UNIT;
}

const char *
vd_unit_kind_label (VdUnitKind kind)
{
  switch (kind)
    {
    case VD_UNIT_KIND_MINISTRY:
      return _("Ministry");
    case VD_UNIT_KIND_DEPARTMENT:
      return _("Department");
    case VD_UNIT_KIND_UNIT:
    default:
      return _("Unit");
    }
}

/**
 * vd_unit_check:
 *
 * Checks what can be checked without the archive. Whether the parent exists
 * or would make a cycle further up is checked when saving.
 *
 * Returns: (transfer full): field name → message, empty when valid
 */
GHashTable *
vd_unit_check (VdUnit *self)
{
  GHashTable *problems = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autofree char *name = NULL;

  g_return_val_if_fail (VD_IS_UNIT (self), problems);

  name = g_strstrip (g_strdup (self->name));
  if (name[0] == '\0')
    g_hash_table_insert (problems, (gpointer) "name", g_strdup (_("Enter the unit’s name.")));

  if (self->id != 0 && self->parent_id == self->id)
    g_hash_table_insert (problems, (gpointer) "parent-id",
                         g_strdup (_("A unit cannot be moved under itself or one of its own sub-units.")));

  return problems;
}
