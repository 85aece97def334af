/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdPersonEditor"

#include "config.h"

#include <glib/gi18n.h>

#include "vd-people.h"
#include "vd-people-rows.h"
#include "vd-person-editor.h"
#include "vd-text.h"
#include "vd-unit-tree.h"
#include "vd-units.h"

/**
 * VdPersonEditor:
 *
 * Adds or edits one person. Each field shows what is wrong with it right
 * underneath, using the core's own rules (vd_person_check()), as soon as
 * the user has typed in it, and for every field once Save was pressed. A
 * refused save keeps the window open with everything typed.
 */

typedef enum
{
  FIELD_FAMILY_NAME,
  FIELD_MIDDLE_NAME,
  FIELD_GIVEN_NAME,
  FIELD_GENDER,
  FIELD_BIRTH_YEAR,
  FIELD_POSITION,
  FIELD_UNIT,
  FIELD_NOTE,
  N_FIELDS
} Field;

/* The names vd_person_check() uses, which are the property names. */
static const char * const field_names[N_FIELDS] = {
  [FIELD_FAMILY_NAME] = "family-name",
  [FIELD_MIDDLE_NAME] = "middle-name",
  [FIELD_GIVEN_NAME]  = "given-name",
  [FIELD_GENDER]      = "gender",
  [FIELD_BIRTH_YEAR]  = "birth-year",
  [FIELD_POSITION]    = "position",
  [FIELD_UNIT]        = "unit-id",
  [FIELD_NOTE]        = "note",
};

struct _VdPersonEditor
{
  AdwWindow        parent_instance;

  /* template widgets */
  AdwToastOverlay *toast_overlay;
  AdwWindowTitle  *window_title;
  GtkWidget       *family_name_row;
  GtkWidget       *middle_name_row;
  GtkWidget       *given_name_row;
  GtkWidget       *gender_row;
  GtkWidget       *birth_year_row;
  GtkWidget       *position_row;
  GtkWidget       *unit_row;
  GtkSwitch       *direct_worker_switch;
  GtkWidget       *note_row;

  /* borrowed references */
  GtkWidget       *rows[N_FIELDS];
  GtkWidget       *hints[N_FIELDS];

  /* owned references */
  VdStore         *store;
  VdPerson        *original;   /* NULL when adding */
  GArray          *unit_ids;   /* gint64, parallel to the unit row's model */

  gboolean         touched[N_FIELDS];
  gboolean         save_attempted;
  gboolean         filling;
};

G_DEFINE_FINAL_TYPE (VdPersonEditor, vd_person_editor, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
entry_text (GtkWidget *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static char *
normalized (GtkWidget *row)
{
  return vd_text_normalize_space (entry_text (row));
}

static gint64
selected_unit_id (VdPersonEditor *self)
{
  guint position = adw_combo_row_get_selected (ADW_COMBO_ROW (self->unit_row));

  if (self->unit_ids == NULL || position >= self->unit_ids->len)
    return 0;
  return g_array_index (self->unit_ids, gint64, position);
}

/* Builds the person the form describes. @birth_year_error is set when the
 * year is not a number, which VdPerson cannot even hold. */
static VdPerson *
collect (VdPersonEditor  *self,
         char           **birth_year_error)
{
  g_autoptr(VdPerson) person = self->original != NULL ? vd_person_copy (self->original) : vd_person_new ();
  g_autofree char *family_name = normalized (self->family_name_row);
  g_autofree char *middle_name = normalized (self->middle_name_row);
  g_autofree char *given_name = normalized (self->given_name_row);
  g_autofree char *position = normalized (self->position_row);
  g_autofree char *note = normalized (self->note_row);
  g_autofree char *year_text = normalized (self->birth_year_row);
  guint64 year = 0;

  *birth_year_error = NULL;
  if (year_text[0] != '\0'
      && !g_ascii_string_to_unsigned (year_text, 10, 0, 9999, &year, NULL))
    *birth_year_error = g_strdup (_("Enter the year in four digits, such as 1985, or leave it empty."));

  vd_person_set_family_name (person, family_name);
  vd_person_set_middle_name (person, middle_name);
  vd_person_set_given_name (person, given_name);
  vd_person_set_gender (person, (VdGender) adw_combo_row_get_selected (ADW_COMBO_ROW (self->gender_row)));
  vd_person_set_birth_year (person, (int) year);
  vd_person_set_position (person, position);
  vd_person_set_unit_id (person, selected_unit_id (self));
  vd_person_set_direct_worker (person, gtk_switch_get_active (self->direct_worker_switch));
  vd_person_set_note (person, note);

  return g_steal_pointer (&person);
}

/* Shows the messages of the fields the user has been to (all of them after
 * a save attempt). Returns the first invalid field, or N_FIELDS. */
static Field
validate (VdPersonEditor  *self,
          VdPerson       **out_person)
{
  g_autofree char *birth_year_error = NULL;
  g_autoptr(VdPerson) person = collect (self, &birth_year_error);
  g_autoptr(GHashTable) errors = vd_person_check (person);
  Field first_invalid = N_FIELDS;

  for (Field field = 0; field < N_FIELDS; field++)
    {
      const char *message = g_hash_table_lookup (errors, field_names[field]);

      if (field == FIELD_BIRTH_YEAR && birth_year_error != NULL)
        message = birth_year_error;
      if (message != NULL && first_invalid == N_FIELDS)
        first_invalid = field;
      if (!self->touched[field] && !self->save_attempted)
        message = NULL;
      vd_people_rows_set_hint (self->rows[field], self->hints[field], message);
    }

  if (out_person != NULL)
    *out_person = g_steal_pointer (&person);
  return first_invalid;
}

static void
show_error (VdPersonEditor *self,
            const GError   *error)
{
  AdwToast *toast = adw_toast_new (error->message);

  adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
load_units (VdPersonEditor *self,
            gint64          unit_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) units = vd_units_list_all (self->store, &error);
  g_autoptr(GHashTable) paths = NULL;
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  guint selected = GTK_INVALID_LIST_POSITION;

  if (units == NULL)
    {
      show_error (self, error);
      return;
    }

  paths = vd_unit_paths_new (units);
  for (guint i = 0; i < units->len; i++)
    {
      gint64 id = vd_unit_get_id (g_ptr_array_index (units, i));

      gtk_string_list_append (labels, g_hash_table_lookup (paths, &id));
      g_array_append_val (self->unit_ids, id);
      if (id == unit_id)
        selected = i;
    }

  adw_combo_row_set_model (ADW_COMBO_ROW (self->unit_row), G_LIST_MODEL (labels));
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->unit_row), selected);
}

static void
fill (VdPersonEditor *self,
      VdPerson       *person)
{
  g_autofree char *year = NULL;

  if (vd_person_get_birth_year (person) > 0)
    year = g_strdup_printf ("%d", vd_person_get_birth_year (person));

  gtk_editable_set_text (GTK_EDITABLE (self->family_name_row), vd_person_get_family_name (person));
  gtk_editable_set_text (GTK_EDITABLE (self->middle_name_row), vd_person_get_middle_name (person));
  gtk_editable_set_text (GTK_EDITABLE (self->given_name_row), vd_person_get_given_name (person));
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->gender_row), vd_person_get_gender (person));
  gtk_editable_set_text (GTK_EDITABLE (self->birth_year_row), year != NULL ? year : "");
  gtk_editable_set_text (GTK_EDITABLE (self->position_row), vd_person_get_position (person));
  gtk_switch_set_active (self->direct_worker_switch, vd_person_get_direct_worker (person));
  gtk_editable_set_text (GTK_EDITABLE (self->note_row), vd_person_get_note (person));
}

static void
field_changed (VdPersonEditor *self,
               GtkWidget      *row)
{
  if (self->filling)
    return;

  for (Field field = 0; field < N_FIELDS; field++)
    if (self->rows[field] == row)
      self->touched[field] = TRUE;

  validate (self, NULL);
}

static void
on_entry_changed (VdPersonEditor *self,
                  GtkEditable    *row)
{
  field_changed (self, GTK_WIDGET (row));
}

static void
on_combo_changed (VdPersonEditor *self,
                  GParamSpec     *pspec,
                  GtkWidget      *row)
{
  field_changed (self, row);
}

static void
save_cb (GtkWidget  *widget,
         const char *action_name,
         GVariant   *parameter)
{
  VdPersonEditor *self = VD_PERSON_EDITOR (widget);
  g_autoptr(VdPerson) person = NULL;
  g_autoptr(GError) error = NULL;
  Field first_invalid;
  gint64 id;

  self->save_attempted = TRUE;
  first_invalid = validate (self, &person);
  if (first_invalid != N_FIELDS)
    {
      gtk_widget_grab_focus (self->rows[first_invalid]);
      return;
    }

  if (self->original == NULL)
    id = vd_people_insert (self->store, person, &error);
  else if (vd_people_update (self->store, person, &error))
    id = vd_person_get_id (person);
  else
    id = 0;

  if (id == 0)
    {
      /* Nothing is lost: the form stays as typed, so the user can fix it or
       * copy it before cancelling. */
      show_error (self, error);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0, id);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
vd_person_editor_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), VD_TYPE_PERSON_EDITOR);

  G_OBJECT_CLASS (vd_person_editor_parent_class)->dispose (object);
}

static void
vd_person_editor_finalize (GObject *object)
{
  VdPersonEditor *self = VD_PERSON_EDITOR (object);

  g_clear_object (&self->store);
  g_clear_object (&self->original);
  g_clear_pointer (&self->unit_ids, g_array_unref);

  G_OBJECT_CLASS (vd_person_editor_parent_class)->finalize (object);
}

static void
vd_person_editor_class_init (VdPersonEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vd_person_editor_dispose;
  object_class->finalize = vd_person_editor_finalize;

  /**
   * VdPersonEditor::saved:
   * @person_id: the person as stored (new id when added)
   *
   * Emitted after a successful save, just before the window closes.
   */
  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/vinhdanh/VinhDanh/vd-person-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, VdPersonEditor, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, VdPersonEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, VdPersonEditor, family_name_row);
  gtk_widget_class_bind_template_child (widget_class, VdPersonEditor, middle_name_row);
  gtk_widget_class_bind_template_child (widget_class, VdPersonEditor, given_name_row);
  gtk_widget_class_bind_template_child (widget_class, VdPersonEditor, gender_row);
  gtk_widget_class_bind_template_child (widget_class, VdPersonEditor, birth_year_row);
  gtk_widget_class_bind_template_child (widget_class, VdPersonEditor, position_row);
  gtk_widget_class_bind_template_child (widget_class, VdPersonEditor, unit_row);
  gtk_widget_class_bind_template_child (widget_class, VdPersonEditor, direct_worker_switch);
  gtk_widget_class_bind_template_child (widget_class, VdPersonEditor, note_row);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_combo_changed);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
vd_person_editor_init (VdPersonEditor *self)
{
  g_autoptr(GtkStringList) genders = gtk_string_list_new (NULL);

  /* Setting up the rows notifies; nothing is typed yet. */
  self->filling = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));

  self->unit_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  /* Positions in this list are the VdGender values. */
  gtk_string_list_append (genders, vd_gender_label (VD_GENDER_UNKNOWN));
  gtk_string_list_append (genders, vd_gender_label (VD_GENDER_MALE));
  gtk_string_list_append (genders, vd_gender_label (VD_GENDER_FEMALE));
  adw_combo_row_set_model (ADW_COMBO_ROW (self->gender_row), G_LIST_MODEL (genders));

  vd_people_rows_setup_unit_combo (ADW_COMBO_ROW (self->unit_row));

  self->rows[FIELD_FAMILY_NAME] = self->family_name_row;
  self->rows[FIELD_MIDDLE_NAME] = self->middle_name_row;
  self->rows[FIELD_GIVEN_NAME] = self->given_name_row;
  self->rows[FIELD_GENDER] = self->gender_row;
  self->rows[FIELD_BIRTH_YEAR] = self->birth_year_row;
  self->rows[FIELD_POSITION] = self->position_row;
  self->rows[FIELD_UNIT] = self->unit_row;
  self->rows[FIELD_NOTE] = self->note_row;
  for (Field field = 0; field < N_FIELDS; field++)
    self->hints[field] = vd_people_rows_add_hint (self->rows[field]);
  self->filling = FALSE;
}

/**
 * vd_person_editor_new:
 * @parent: the window to stay on top of
 * @person: (nullable): the person to edit, %NULL to add one
 * @unit_id: the unit a new person starts in (ignored when editing)
 *
 * Returns: (transfer none): the editor, ready to present; it saves through
 *   @store, emits #VdPersonEditor::saved and closes itself
 */
VdPersonEditor *
vd_person_editor_new (GtkWindow *parent,
                      VdStore   *store,
                      VdPerson  *person,
                      gint64     unit_id)
{
  VdPersonEditor *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (VD_IS_STORE (store), NULL);
  g_return_val_if_fail (person == NULL || VD_IS_PERSON (person), NULL);

  self = g_object_new (VD_TYPE_PERSON_EDITOR,
                       "transient-for", parent,
                       NULL);
  self->store = g_object_ref (store);
  self->original = person != NULL ? g_object_ref (person) : NULL;

  self->filling = TRUE;
  if (person != NULL)
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Edit Person"));
      adw_window_title_set_title (self->window_title, _("Edit Person"));
      adw_window_title_set_subtitle (self->window_title, vd_person_get_full_name (person));
      fill (self, person);
      unit_id = vd_person_get_unit_id (person);
    }
  else
    {
      gtk_window_set_title (GTK_WINDOW (self), _("New Person"));
      adw_window_title_set_title (self->window_title, _("New Person"));
    }
  load_units (self, unit_id);
  self->filling = FALSE;

  gtk_window_set_focus (GTK_WINDOW (self), person != NULL ? self->given_name_row : self->family_name_row);

  return self;
}
