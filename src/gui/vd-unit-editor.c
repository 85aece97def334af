/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdUnitEditor"

#include "config.h"

#include <glib/gi18n.h>

#include "vd-people-rows.h"
#include "vd-text.h"
#include "vd-unit-editor.h"
#include "vd-unit-tree.h"
#include "vd-units.h"

/**
 * VdUnitEditor:
 *
 * Adds or edits one unit. Changing "Part of" is how a unit moves: the core
 * refuses a move into the unit's own subtree and its message appears under
 * that field. The unit itself and its sub-units are left out of the choices
 * in the first place.
 */

typedef enum
{
  FIELD_NAME,
  FIELD_SHORT_NAME,
  FIELD_KIND,
  FIELD_PARENT,
  FIELD_NOTE,
  N_FIELDS
} Field;

/* The names vd_unit_check() uses, which are the property names. */
static const char * const field_names[N_FIELDS] = {
  [FIELD_NAME]       = "name",
  [FIELD_SHORT_NAME] = "short-name",
  [FIELD_KIND]       = "kind",
  [FIELD_PARENT]     = "parent-id",
  [FIELD_NOTE]       = "note",
};

struct _VdUnitEditor
{
  AdwWindow        parent_instance;

  /* template widgets */
  AdwToastOverlay *toast_overlay;
  AdwWindowTitle  *window_title;
  AdwPreferencesGroup *place_group;
  GtkWidget       *name_row;
  GtkWidget       *short_name_row;
  GtkWidget       *kind_row;
  GtkWidget       *parent_row;
  GtkWidget       *note_row;

  /* borrowed references */
  GtkWidget       *rows[N_FIELDS];
  GtkWidget       *hints[N_FIELDS];

  /* owned references */
  VdStore         *store;
  VdUnit          *original;    /* NULL when adding */
  GArray          *parent_ids;  /* gint64, parallel to the parent row's model; 0 = top level */
  char            *store_message; /* the core's refusal, shown under "Part of" */

  gboolean         touched[N_FIELDS];
  gboolean         save_attempted;
  gboolean         filling;
};

G_DEFINE_FINAL_TYPE (VdUnitEditor, vd_unit_editor, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
normalized (GtkWidget *row)
{
  return vd_text_normalize_space (gtk_editable_get_text (GTK_EDITABLE (row)));
}

static gint64
selected_parent_id (VdUnitEditor *self)
{
  guint position = adw_combo_row_get_selected (ADW_COMBO_ROW (self->parent_row));

  if (self->parent_ids == NULL || position >= self->parent_ids->len)
    return 0;
  return g_array_index (self->parent_ids, gint64, position);
}

static VdUnit *
collect (VdUnitEditor *self)
{
  g_autoptr(VdUnit) unit = self->original != NULL ? vd_unit_copy (self->original) : vd_unit_new ();
  g_autofree char *name = normalized (self->name_row);
  g_autofree char *short_name = normalized (self->short_name_row);
  g_autofree char *note = normalized (self->note_row);

  vd_unit_set_name (unit, name);
  vd_unit_set_short_name (unit, short_name);
  /* Positions in the kind list are the VdUnitKind values. */
  vd_unit_set_kind (unit, (VdUnitKind) adw_combo_row_get_selected (ADW_COMBO_ROW (self->kind_row)));
  vd_unit_set_parent_id (unit, selected_parent_id (self));
  vd_unit_set_note (unit, note);

  return g_steal_pointer (&unit);
}

static Field
validate (VdUnitEditor  *self,
          VdUnit       **out_unit)
{
  g_autoptr(VdUnit) unit = collect (self);
  g_autoptr(GHashTable) errors = vd_unit_check (unit);
  Field first_invalid = N_FIELDS;

  for (Field field = 0; field < N_FIELDS; field++)
    {
      const char *message = g_hash_table_lookup (errors, field_names[field]);

      if (message != NULL && first_invalid == N_FIELDS)
        first_invalid = field;
      if (!self->touched[field] && !self->save_attempted)
        message = NULL;
      if (field == FIELD_PARENT && message == NULL)
        message = self->store_message;
      vd_people_rows_set_hint (self->rows[field], self->hints[field], message);
    }

  if (out_unit != NULL)
    *out_unit = g_steal_pointer (&unit);
  return first_invalid;
}

static void
show_error (VdUnitEditor *self,
            const GError *error)
{
  AdwToast *toast = adw_toast_new (error->message);

  adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static VdUnitKind
kind_below (VdUnitEditor *self,
            GPtrArray    *units,
            gint64        parent_id)
{
  if (parent_id == 0)
    return VD_UNIT_KIND_MINISTRY;

  for (guint i = 0; i < units->len; i++)
    {
      VdUnit *unit = g_ptr_array_index (units, i);

      if (vd_unit_get_id (unit) == parent_id)
        return vd_unit_get_kind (unit) == VD_UNIT_KIND_MINISTRY
          ? VD_UNIT_KIND_DEPARTMENT : VD_UNIT_KIND_UNIT;
    }

  return VD_UNIT_KIND_UNIT;
}

static void
load_parents (VdUnitEditor *self,
              gint64        parent_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) units = vd_units_list_all (self->store, &error);
  g_autoptr(GHashTable) paths = NULL;
  g_autoptr(GHashTable) excluded = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  gint64 self_id = self->original != NULL ? vd_unit_get_id (self->original) : 0;
  gint64 none = 0;
  guint selected = 0;

  gtk_string_list_append (labels, _("None (top level)"));
  g_array_append_val (self->parent_ids, none);

  if (units == NULL)
    {
      show_error (self, error);
      adw_combo_row_set_model (ADW_COMBO_ROW (self->parent_row), G_LIST_MODEL (labels));
      return;
    }

  paths = vd_unit_paths_new (units);
  for (guint i = 0; i < units->len; i++)
    {
      VdUnit *unit = g_ptr_array_index (units, i);
      gint64 id = vd_unit_get_id (unit);
      gint64 unit_parent_id = vd_unit_get_parent_id (unit);

      /* Parents come first, so a sub-unit finds its parent already left
       * out: nothing below the unit itself is offered. */
      if (id == self_id || (unit_parent_id != 0 && g_hash_table_contains (excluded, &unit_parent_id)))
        {
          g_hash_table_add (excluded, g_memdup2 (&id, sizeof id));
          continue;
        }

      gtk_string_list_append (labels, g_hash_table_lookup (paths, &id));
      g_array_append_val (self->parent_ids, id);
      if (id == parent_id)
        selected = self->parent_ids->len - 1;
    }

  adw_combo_row_set_model (ADW_COMBO_ROW (self->parent_row), G_LIST_MODEL (labels));
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->parent_row), selected);

  if (self->original == NULL)
    adw_combo_row_set_selected (ADW_COMBO_ROW (self->kind_row), kind_below (self, units, parent_id));
}

static void
field_changed (VdUnitEditor *self,
               GtkWidget    *row)
{
  if (self->filling)
    return;

  for (Field field = 0; field < N_FIELDS; field++)
    if (self->rows[field] == row)
      self->touched[field] = TRUE;

  /* The refusal was about the parent chosen then. */
  if (row == self->parent_row)
    g_clear_pointer (&self->store_message, g_free);

  validate (self, NULL);
}

static void
on_entry_changed (VdUnitEditor *self,
                  GtkEditable  *row)
{
  field_changed (self, GTK_WIDGET (row));
}

static void
on_combo_changed (VdUnitEditor *self,
                  GParamSpec   *pspec,
                  GtkWidget    *row)
{
  field_changed (self, row);
}

static void
save_cb (GtkWidget  *widget,
         const char *action_name,
         GVariant   *parameter)
{
  VdUnitEditor *self = VD_UNIT_EDITOR (widget);
  g_autoptr(VdUnit) unit = NULL;
  g_autoptr(GError) error = NULL;
  Field first_invalid;
  gboolean moved;
  gint64 id;

  self->save_attempted = TRUE;
  g_clear_pointer (&self->store_message, g_free);
  first_invalid = validate (self, &unit);
  if (first_invalid != N_FIELDS)
    {
      gtk_widget_grab_focus (self->rows[first_invalid]);
      return;
    }

  moved = self->original != NULL
          && vd_unit_get_parent_id (unit) != vd_unit_get_parent_id (self->original);

  if (self->original == NULL)
    id = vd_units_insert (self->store, unit, &error);
  else if (vd_units_update (self->store, unit, &error))
    id = vd_unit_get_id (unit);
  else
    id = 0;

  if (id == 0)
    {
      /* Every field passed vd_unit_check(), so a refusal of a move is about
       * where the unit would go: say so next to that field. */
      if (moved
          && (g_error_matches (error, VD_STORE_ERROR, VD_STORE_ERROR_CONSTRAINT)
              || g_error_matches (error, VD_STORE_ERROR, VD_STORE_ERROR_INVALID)))
        {
          self->store_message = g_strdup (error->message);
          validate (self, NULL);
          gtk_widget_grab_focus (self->parent_row);
        }
      else
        show_error (self, error);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0, id);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
vd_unit_editor_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), VD_TYPE_UNIT_EDITOR);

  G_OBJECT_CLASS (vd_unit_editor_parent_class)->dispose (object);
}

static void
vd_unit_editor_finalize (GObject *object)
{
  VdUnitEditor *self = VD_UNIT_EDITOR (object);

  g_clear_object (&self->store);
  g_clear_object (&self->original);
  g_clear_pointer (&self->parent_ids, g_array_unref);
  g_clear_pointer (&self->store_message, g_free);

  G_OBJECT_CLASS (vd_unit_editor_parent_class)->finalize (object);
}

static void
vd_unit_editor_class_init (VdUnitEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vd_unit_editor_dispose;
  object_class->finalize = vd_unit_editor_finalize;

  /**
   * VdUnitEditor::saved:
   * @unit_id: the unit as stored (new id when added)
   *
   * Emitted after a successful save, just before the window closes.
   */
  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/vinhdanh/VinhDanh/vd-unit-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, VdUnitEditor, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, VdUnitEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, VdUnitEditor, place_group);
  gtk_widget_class_bind_template_child (widget_class, VdUnitEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, VdUnitEditor, short_name_row);
  gtk_widget_class_bind_template_child (widget_class, VdUnitEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, VdUnitEditor, parent_row);
  gtk_widget_class_bind_template_child (widget_class, VdUnitEditor, note_row);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_combo_changed);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
vd_unit_editor_init (VdUnitEditor *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);

  /* Setting up the rows notifies; nothing is typed yet. */
  self->filling = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));

  self->parent_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  /* Positions in this list are the VdUnitKind values. */
  gtk_string_list_append (kinds, vd_unit_kind_label (VD_UNIT_KIND_MINISTRY));
  gtk_string_list_append (kinds, vd_unit_kind_label (VD_UNIT_KIND_DEPARTMENT));
  gtk_string_list_append (kinds, vd_unit_kind_label (VD_UNIT_KIND_UNIT));
  adw_combo_row_set_model (ADW_COMBO_ROW (self->kind_row), G_LIST_MODEL (kinds));

  vd_people_rows_setup_unit_combo (ADW_COMBO_ROW (self->parent_row));

  self->rows[FIELD_NAME] = self->name_row;
  self->rows[FIELD_SHORT_NAME] = self->short_name_row;
  self->rows[FIELD_KIND] = self->kind_row;
  self->rows[FIELD_PARENT] = self->parent_row;
  self->rows[FIELD_NOTE] = self->note_row;
  for (Field field = 0; field < N_FIELDS; field++)
    self->hints[field] = vd_people_rows_add_hint (self->rows[field]);
  self->filling = FALSE;
}

/**
 * vd_unit_editor_new:
 * @parent: the window to stay on top of
 * @unit: (nullable): the unit to edit, %NULL to add one
 * @parent_id: where a new unit goes, 0 for the top level (ignored when
 *   editing)
 *
 * Returns: (transfer none): the editor, ready to present; it saves through
 *   @store, emits #VdUnitEditor::saved and closes itself
 */
VdUnitEditor *
vd_unit_editor_new (GtkWindow *parent,
                    VdStore   *store,
                    VdUnit    *unit,
                    gint64     parent_id)
{
  VdUnitEditor *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (VD_IS_STORE (store), NULL);
  g_return_val_if_fail (unit == NULL || VD_IS_UNIT (unit), NULL);

  self = g_object_new (VD_TYPE_UNIT_EDITOR,
                       "transient-for", parent,
                       NULL);
  self->store = g_object_ref (store);
  self->original = unit != NULL ? g_object_ref (unit) : NULL;

  self->filling = TRUE;
  if (unit != NULL)
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Edit Unit"));
      adw_window_title_set_title (self->window_title, _("Edit Unit"));
      adw_window_title_set_subtitle (self->window_title, vd_unit_get_name (unit));
      gtk_editable_set_text (GTK_EDITABLE (self->name_row), vd_unit_get_name (unit));
      gtk_editable_set_text (GTK_EDITABLE (self->short_name_row), vd_unit_get_short_name (unit));
      adw_combo_row_set_selected (ADW_COMBO_ROW (self->kind_row), vd_unit_get_kind (unit));
      gtk_editable_set_text (GTK_EDITABLE (self->note_row), vd_unit_get_note (unit));
      parent_id = vd_unit_get_parent_id (unit);
    }
  else
    {
      gtk_window_set_title (GTK_WINDOW (self), _("New Unit"));
      adw_window_title_set_title (self->window_title, _("New Unit"));
      adw_preferences_group_set_description (self->place_group, NULL);
    }
  load_parents (self, parent_id);
  self->filling = FALSE;

  gtk_window_set_focus (GTK_WINDOW (self), self->name_row);

  return self;
}

/**
 * vd_unit_editor_focus_parent:
 *
 * Starts with the keyboard on "Part of", for the Move To… command.
 */
void
vd_unit_editor_focus_parent (VdUnitEditor *self)
{
  g_return_if_fail (VD_IS_UNIT_EDITOR (self));

  gtk_window_set_title (GTK_WINDOW (self), _("Move Unit"));
  adw_window_title_set_title (self->window_title, _("Move Unit"));
  gtk_window_set_focus (GTK_WINDOW (self), self->parent_row);
}
