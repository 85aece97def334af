/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdPeopleView"

#include "config.h"

#include <glib/gi18n.h>

#include "vd-people.h"
#include "vd-people-list.h"
#include "vd-people-view.h"
#include "vd-person-editor.h"
#include "vd-person-page.h"
#include "vd-person-rating-dialog.h"
#include "vd-unit-editor.h"
#include "vd-unit-page.h"
#include "vd-unit-tree.h"
#include "vd-units.h"

/**
 * VdPeopleView:
 *
 * The "People & Units" place: the unit tree on the left, and on the right
 * the people of the selected unit, a person page or a unit page, with Back
 * between them. Everything that changes the archive goes through the
 * actions installed here ("people.*"), so buttons, menus and shortcuts
 * share one implementation and one update_actions().
 */

typedef enum
{
  PAGE_LIST,
  PAGE_PERSON,
  PAGE_UNIT,
} Page;

typedef struct
{
  Page   page;
  gint64 id;
} Place;

typedef enum
{
  TARGET_NONE,
  TARGET_PERSON,
  TARGET_UNIT,
} Target;

struct _VdPeopleView
{
  AdwBin        parent_instance;

  /* template widgets */
  GtkStack     *main_stack;
  VdUnitTree   *unit_tree;
  GtkStack     *page_stack;
  VdPeopleList *people_list;
  VdPersonPage *person_page;
  VdUnitPage   *unit_page;

  /* owned references */
  VdStore      *store;
  GSettings    *settings;
  GArray       *back_stack;  /* Place, oldest first */
  GPtrArray    *undo_toasts; /* AdwToast whose Undo is still possible */

  Place         current;
  guint         refresh_id;
  gboolean      tree_has_focus;
};

G_DEFINE_FINAL_TYPE (VdPeopleView, vd_people_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define SETTINGS_SCHEMA_ID "io.github.vinhdanh.VinhDanh"

typedef struct
{
  VdStore    *store;
  VdDeletion *deletion;
  GWeakRef    view;
} Undo;

static void
undo_free (gpointer data)
{
  Undo *undo = data;

  g_clear_object (&undo->store);
  g_clear_pointer (&undo->deletion, vd_deletion_free);
  g_weak_ref_clear (&undo->view);
  g_free (undo);
}

static GtkWindow *
parent_window (VdPeopleView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
add_toast (VdPeopleView *self,
           AdwToast     *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    {
      g_warning ("No toast overlay to show “%s”", adw_toast_get_title (toast));
      g_object_unref (g_object_ref_sink (toast));
    }
}

static void
show_error_toast (VdPeopleView *self,
                  const GError *error)
{
  AdwToast *toast = adw_toast_new (error->message);

  adw_toast_set_timeout (toast, 0);
  add_toast (self, toast);
}

static void
show_error_dialog (VdPeopleView *self,
                   const char   *heading,
                   const char   *body)
{
  GtkWidget *dialog = adw_message_dialog_new (parent_window (self), heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static Target
current_target (VdPeopleView *self,
                gint64       *id)
{
  *id = 0;

  switch (self->current.page)
    {
    case PAGE_PERSON:
      *id = self->current.id;
      return TARGET_PERSON;
    case PAGE_UNIT:
      *id = self->current.id;
      return TARGET_UNIT;
    case PAGE_LIST:
    default:
      break;
    }

  /* On the list, Ctrl+E and Delete act on what has the keyboard: a unit
   * in the tree, otherwise the selected person. */
  if (self->tree_has_focus && vd_unit_tree_get_selected (self->unit_tree) != NULL)
    {
      *id = vd_unit_get_id (vd_unit_tree_get_selected (self->unit_tree));
      return TARGET_UNIT;
    }
  if (vd_people_list_get_selected (self->people_list) != NULL)
    {
      *id = vd_person_get_id (vd_people_list_get_selected (self->people_list));
      return TARGET_PERSON;
    }

  return TARGET_NONE;
}

static void
update_actions (VdPeopleView *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean has_store = self->store != NULL;
  gboolean has_units = has_store && vd_unit_tree_get_n_units (self->unit_tree) > 0;
  gboolean has_selected_unit = has_units && vd_unit_tree_get_selected (self->unit_tree) != NULL;
  gint64 id;
  Target target = has_store ? current_target (self, &id) : TARGET_NONE;

  gtk_widget_action_set_enabled (widget, "people.add-person", has_units);
  gtk_widget_action_set_enabled (widget, "people.add-unit", has_store);
  gtk_widget_action_set_enabled (widget, "people.add-subunit", has_selected_unit);
  gtk_widget_action_set_enabled (widget, "people.edit", target != TARGET_NONE);
  gtk_widget_action_set_enabled (widget, "people.delete", target != TARGET_NONE);
  gtk_widget_action_set_enabled (widget, "people.edit-unit", has_selected_unit);
  gtk_widget_action_set_enabled (widget, "people.move-unit", has_selected_unit);
  gtk_widget_action_set_enabled (widget, "people.delete-unit", has_selected_unit);
  gtk_widget_action_set_enabled (widget, "people.unit-details", has_selected_unit);
  gtk_widget_action_set_enabled (widget, "people.filter", has_units);
  gtk_widget_action_set_enabled (widget, "people.back", has_store && self->back_stack->len > 0);
  gtk_widget_action_set_enabled (widget, "people.set-rating", has_store && self->current.page != PAGE_LIST);
  gtk_widget_action_set_enabled (widget, "people.show-members", has_store && self->current.page == PAGE_UNIT);
}

static void
update_main_page (VdPeopleView *self)
{
  if (self->store == NULL)
    gtk_stack_set_visible_child_name (self->main_stack, "none");
  else if (vd_unit_tree_get_n_units (self->unit_tree) == 0)
    gtk_stack_set_visible_child_name (self->main_stack, "no-units");
  else
    gtk_stack_set_visible_child_name (self->main_stack, "content");
}

static void
sync_list_unit (VdPeopleView *self)
{
  VdUnit *unit = vd_unit_tree_get_selected (self->unit_tree);

  if (unit == NULL)
    {
      vd_people_list_set_unit (self->people_list, 0, NULL, FALSE);
      return;
    }

  vd_people_list_set_unit (self->people_list, vd_unit_get_id (unit), vd_unit_get_name (unit),
                           vd_unit_tree_has_children (self->unit_tree, vd_unit_get_id (unit)));
}

/* Keyboard focus left on a page that slid away would make the shortcuts
 * (which work while the focus is inside the view) stop. GtkStack moves it
 * into the new page by itself, but to whatever comes first there, which on
 * a person page is their name, selecting it all; pages start on Back
 * instead. Focus elsewhere, in the tree say, stays where it is. */
static void
keep_focus (VdPeopleView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *page = gtk_stack_get_visible_child (self->page_stack);

  if (page == NULL || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;
  if (focus != NULL && !gtk_widget_is_ancestor (focus, GTK_WIDGET (self->page_stack)))
    return;

  if (page != GTK_WIDGET (self->people_list))
    gtk_widget_grab_focus (page);
  else if (focus == NULL || !gtk_widget_is_ancestor (focus, page))
    gtk_widget_child_focus (page, GTK_DIR_TAB_FORWARD);
}

/* Shows @place on the right. Returns FALSE (and changes nothing) if what
 * it names cannot be read any more. */
static gboolean
show_place (VdPeopleView  *self,
            Place          place,
            gboolean       backwards,
            GError       **error)
{
  const char *name = "list";

  if (place.page == PAGE_PERSON)
    {
      if (!vd_person_page_load (self->person_page, self->store, place.id, error))
        return FALSE;
      name = "person";
    }
  else if (place.page == PAGE_UNIT)
    {
      VdUnit *unit = vd_unit_tree_lookup (self->unit_tree, place.id);
      g_autofree char *parent_path = NULL;

      if (unit == NULL)
        {
          g_set_error_literal (error, VD_STORE_ERROR, VD_STORE_ERROR_NOT_FOUND,
                               _("This unit is no longer in the archive."));
          return FALSE;
        }

      if (vd_unit_get_parent_id (unit) != 0)
        parent_path = vd_unit_tree_dup_path (self->unit_tree, vd_unit_get_parent_id (unit));
      if (!vd_unit_page_load (self->unit_page, self->store, unit, parent_path,
                              vd_unit_tree_count_members (self->unit_tree, place.id), error))
        return FALSE;
      name = "unit";
    }

  gtk_stack_set_transition_type (self->page_stack,
                                 backwards ? GTK_STACK_TRANSITION_TYPE_SLIDE_RIGHT
                                           : GTK_STACK_TRANSITION_TYPE_SLIDE_LEFT);
  gtk_stack_set_visible_child_name (self->page_stack, name);
  self->current = place;

  return TRUE;
}

static void
go_to_list (VdPeopleView *self)
{
  gboolean was_list = self->current.page == PAGE_LIST;

  g_array_set_size (self->back_stack, 0);
  show_place (self, (Place) { PAGE_LIST, 0 }, !was_list, NULL);
  update_actions (self);
  keep_focus (self);
}

static void
push_place (VdPeopleView *self,
            Page          page,
            gint64        id)
{
  g_autoptr(GError) error = NULL;
  Place previous = self->current;

  if (!show_place (self, (Place) { page, id }, FALSE, &error))
    {
      show_error_toast (self, error);
      return;
    }

  g_array_append_val (self->back_stack, previous);
  /* Back is enabled now, so the page can start on it. */
  update_actions (self);
  keep_focus (self);
}

static void
go_back (VdPeopleView *self)
{
  Place left = self->current;

  /* Skip places that vanished meanwhile (a deleted person, say). */
  while (self->back_stack->len > 0)
    {
      Place place = g_array_index (self->back_stack, Place, self->back_stack->len - 1);

      g_array_set_size (self->back_stack, self->back_stack->len - 1);
      if (show_place (self, place, TRUE, NULL))
        break;
    }

  if (self->back_stack->len == 0 && self->current.page != PAGE_LIST)
    show_place (self, (Place) { PAGE_LIST, 0 }, TRUE, NULL);

  if (self->current.page == PAGE_LIST && left.page == PAGE_PERSON)
    vd_people_list_focus_person (self->people_list, left.id);

  update_actions (self);
  keep_focus (self);
}

static void
refresh (VdPeopleView *self)
{
  g_autoptr(GError) error = NULL;

  if (self->store == NULL)
    return;

  if (!vd_unit_tree_reload (self->unit_tree, &error))
    {
      show_error_toast (self, error);
      g_clear_error (&error);
    }
  update_main_page (self);
  sync_list_unit (self);

  /* The page on show may have been edited or deleted. */
  if (self->current.page != PAGE_LIST
      && !show_place (self, self->current, FALSE, NULL))
    go_back (self);

  update_actions (self);
}

static gboolean
refresh_cb (gpointer user_data)
{
  VdPeopleView *self = user_data;

  self->refresh_id = 0;
  refresh (self);

  return G_SOURCE_REMOVE;
}

static gboolean
schedule_refresh (gpointer user_data)
{
  VdPeopleView *self = user_data;

  /* One refresh for a burst of writes (an import, an undo of many rows). */
  if (self->refresh_id == 0 && self->store != NULL)
    self->refresh_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, refresh_cb, self, NULL);

  return G_SOURCE_REMOVE;
}

static void
on_store_changed (VdPeopleView *self,
                  const char   *table,
                  VdStore      *store)
{
  if (g_strcmp0 (table, "settings") == 0)
    return;

  /* The store reports on the thread that wrote, which for an import is a
   * worker; the widgets are only touched on the main thread. */
  g_main_context_invoke_full (NULL, G_PRIORITY_DEFAULT, schedule_refresh,
                              g_object_ref (self), g_object_unref);
}

static void
on_settings_changed (VdPeopleView *self,
                     const char   *key,
                     GSettings    *settings)
{
  gboolean include = g_settings_get_boolean (settings, "include-subunits");

  vd_unit_tree_set_include_subunits (self->unit_tree, include);
  vd_people_list_set_include_subunits (self->people_list, include);
  sync_list_unit (self);
}

static void
on_unit_tree_selected_changed (VdPeopleView *self)
{
  VdUnit *unit = vd_unit_tree_get_selected (self->unit_tree);
  gint64 previous = vd_people_list_get_unit_id (self->people_list);

  sync_list_unit (self);

  /* Choosing another unit in the tree is going to its people. */
  if (unit != NULL && vd_unit_get_id (unit) != previous && self->current.page != PAGE_LIST)
    go_to_list (self);

  update_actions (self);
}

static void
on_unit_tree_unit_activated (VdPeopleView *self,
                             VdUnit       *unit)
{
  go_to_list (self);
  push_place (self, PAGE_UNIT, vd_unit_get_id (unit));
}

static void
on_unit_tree_focus_changed (VdPeopleView *self,
                            GParamSpec   *pspec,
                            GtkEventControllerFocus *controller)
{
  self->tree_has_focus = gtk_event_controller_focus_contains_focus (controller);
  update_actions (self);
}

static void
on_people_list_person_activated (VdPeopleView *self,
                                 gint64        person_id)
{
  push_place (self, PAGE_PERSON, person_id);
}

static void
on_people_list_selected_changed (VdPeopleView *self)
{
  update_actions (self);
}

static void
on_page_unit_activated (VdPeopleView *self,
                        gint64        unit_id)
{
  push_place (self, PAGE_UNIT, unit_id);
}

/* Editors */

static void
on_person_saved (VdPeopleView   *self,
                 gint64          person_id,
                 VdPersonEditor *editor)
{
  /* A new person is shown straight away, as Contacts does. */
  if (g_object_get_data (G_OBJECT (editor), "vd-adding") != NULL)
    vd_people_view_show_person (self, person_id);
}

static void
edit_person (VdPeopleView *self,
             gint64        person_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VdPerson) person = vd_people_get (self->store, person_id, &error);
  VdPersonEditor *editor;

  if (person == NULL)
    {
      show_error_toast (self, error);
      return;
    }

  editor = vd_person_editor_new (parent_window (self), self->store, person, 0);
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_person_saved), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
}

static gint64
default_unit_id (VdPeopleView *self)
{
  VdPerson *person;

  switch (self->current.page)
    {
    case PAGE_UNIT:
      return self->current.id;
    case PAGE_PERSON:
      person = vd_person_page_get_person (self->person_page);
      if (person != NULL)
        return vd_person_get_unit_id (person);
      break;
    case PAGE_LIST:
    default:
      break;
    }

  if (vd_unit_tree_get_selected (self->unit_tree) != NULL)
    return vd_unit_get_id (vd_unit_tree_get_selected (self->unit_tree));
  return 0;
}

static void
on_unit_saved (VdPeopleView *self,
               gint64        unit_id,
               VdUnitEditor *editor)
{
  g_autoptr(GError) error = NULL;

  /* Read the tree now rather than at idle, so the new or moved unit can be
   * selected where it now is. */
  if (!vd_unit_tree_reload (self->unit_tree, &error))
    {
      show_error_toast (self, error);
      return;
    }
  update_main_page (self);

  if (g_object_get_data (G_OBJECT (editor), "vd-adding") != NULL)
    vd_unit_tree_select (self->unit_tree, unit_id);
  update_actions (self);
}

static void
open_unit_editor (VdPeopleView *self,
                  gint64        unit_id,
                  gint64        parent_id,
                  gboolean      move)
{
  VdUnit *unit = unit_id != 0 ? vd_unit_tree_lookup (self->unit_tree, unit_id) : NULL;
  VdUnitEditor *editor;

  if (unit_id != 0 && unit == NULL)
    return;

  editor = vd_unit_editor_new (parent_window (self), self->store, unit, parent_id);
  if (unit == NULL)
    g_object_set_data (G_OBJECT (editor), "vd-adding", GINT_TO_POINTER (TRUE));
  if (move)
    vd_unit_editor_focus_parent (editor);
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_unit_saved), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
}

/* Deleting */

static void
on_undo_clicked (AdwToast *toast)
{
  Undo *undo = g_object_get_data (G_OBJECT (toast), "vd-undo");
  g_autoptr(VdPeopleView) view = NULL;
  g_autoptr(GError) error = NULL;

  if (undo == NULL || undo->deletion == NULL)
    return;

  view = g_weak_ref_get (&undo->view);
  if (!vd_deletion_undo (undo->store, undo->deletion, &error) && view != NULL)
    show_error_toast (view, error);

  /* Undone once; the toast is going away. */
  g_clear_pointer (&undo->deletion, vd_deletion_free);
}

static void
on_undo_toast_dismissed (AdwToast     *toast,
                         VdPeopleView *self)
{
  /* The deletion cannot be undone after this, so its rows go now. */
  g_object_set_data (G_OBJECT (toast), "vd-undo", NULL);
  g_ptr_array_remove (self->undo_toasts, toast);
}

/* An Undo must not write into an archive that is no longer the one shown. */
static void
dismiss_undo_toasts (VdPeopleView *self)
{
  /* Dismissing removes the toast from the array: walk a copy. */
  g_autoptr(GPtrArray) toasts = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < self->undo_toasts->len; i++)
    g_ptr_array_add (toasts, g_object_ref (g_ptr_array_index (self->undo_toasts, i)));
  for (guint i = 0; i < toasts->len; i++)
    adw_toast_dismiss (g_ptr_array_index (toasts, i));
}

static void
show_undo_toast (VdPeopleView *self,
                 VdDeletion   *deletion)
{
  g_autofree char *title = g_strdup_printf (_("“%s” deleted"), vd_deletion_get_label (deletion));
  AdwToast *toast = adw_toast_new (title);
  Undo *undo = g_new0 (Undo, 1);

  undo->store = g_object_ref (self->store);
  undo->deletion = deletion;
  g_weak_ref_init (&undo->view, self);

  adw_toast_set_button_label (toast, _("Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data_full (G_OBJECT (toast), "vd-undo", undo, undo_free);
  g_signal_connect (toast, "button-clicked", G_CALLBACK (on_undo_clicked), NULL);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (on_undo_toast_dismissed), self, 0);
  g_ptr_array_add (self->undo_toasts, g_object_ref (toast));

  add_toast (self, toast);
}

static void
delete_person_now (VdPeopleView *self,
                   gint64        person_id)
{
  g_autoptr(GError) error = NULL;
  VdDeletion *deletion;

  if (self->store == NULL)
    return;

  deletion = vd_people_delete (self->store, person_id, &error);
  if (deletion == NULL)
    {
      show_error_dialog (self, _("Could Not Delete"), error->message);
      return;
    }

  if (self->current.page == PAGE_PERSON && self->current.id == person_id)
    go_back (self);
  show_undo_toast (self, deletion);
}

static void
on_delete_person_response (AdwMessageDialog *dialog,
                           const char       *response,
                           VdPeopleView     *self)
{
  gint64 *id = g_object_get_data (G_OBJECT (dialog), "vd-id");

  if (g_strcmp0 (response, "delete") == 0 && id != NULL)
    delete_person_now (self, *id);
}

static void
delete_person (VdPeopleView *self,
               gint64        person_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VdPerson) person = vd_people_get (self->store, person_id, &error);
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;
  int n_awards;

  if (person == NULL)
    {
      show_error_toast (self, error);
      return;
    }

  /* Losing awards is worth a question; anything less has Undo. */
  n_awards = vd_people_count_awards (self->store, person_id);
  if (n_awards <= 0)
    {
      delete_person_now (self, person_id);
      return;
    }

  heading = g_strdup_printf (_("Delete %s?"), vd_person_get_full_name (person));
  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Their %d award and annual ratings are deleted too.",
                                       "Their %d awards and annual ratings are deleted too.",
                                       n_awards),
                          n_awards);
  dialog = adw_message_dialog_new (parent_window (self), heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "vd-id", g_memdup2 (&person_id, sizeof person_id), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_person_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
delete_unit_now (VdPeopleView *self,
                 gint64        unit_id)
{
  g_autoptr(GError) error = NULL;
  VdUnit *unit = vd_unit_tree_lookup (self->unit_tree, unit_id);
  g_autofree char *heading = NULL;
  VdDeletion *deletion;

  if (self->store == NULL || unit == NULL)
    return;

  heading = g_strdup_printf (_("Cannot Delete “%s”"), vd_unit_get_name (unit));
  deletion = vd_units_delete (self->store, unit_id, &error);
  if (deletion == NULL)
    {
      /* The core says what still depends on the unit and what to do. */
      show_error_dialog (self, heading, error->message);
      return;
    }

  if (self->current.page == PAGE_UNIT && self->current.id == unit_id)
    go_back (self);
  show_undo_toast (self, deletion);
}

static void
on_delete_unit_response (AdwMessageDialog *dialog,
                         const char       *response,
                         VdPeopleView     *self)
{
  gint64 *id = g_object_get_data (G_OBJECT (dialog), "vd-id");

  if (g_strcmp0 (response, "delete") == 0 && id != NULL)
    delete_unit_now (self, *id);
}

static void
delete_unit (VdPeopleView *self,
             gint64        unit_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) awards = NULL;
  VdUnit *unit = vd_unit_tree_lookup (self->unit_tree, unit_id);
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  if (unit == NULL)
    return;

  /* A unit with sub-units or people is refused whatever the answer, so
   * let the core explain without asking first. */
  if (vd_unit_tree_has_children (self->unit_tree, unit_id) || vd_unit_get_member_count (unit) > 0)
    {
      delete_unit_now (self, unit_id);
      return;
    }

  awards = vd_units_list_awards (self->store, unit_id, &error);
  if (awards == NULL)
    {
      show_error_toast (self, error);
      return;
    }
  if (awards->len == 0)
    {
      delete_unit_now (self, unit_id);
      return;
    }

  heading = g_strdup_printf (_("Delete %s?"), vd_unit_get_name (unit));
  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Its %u collective award and annual ratings are deleted too.",
                                       "Its %u collective awards and annual ratings are deleted too.",
                                       awards->len),
                          awards->len);
  dialog = adw_message_dialog_new (parent_window (self), heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "vd-id", g_memdup2 (&unit_id, sizeof unit_id), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_unit_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Ratings */

static void
on_rating_dialog_response (VdPersonRatingDialog *dialog,
                           const char           *response,
                           VdPeopleView         *self)
{
  Place *place = g_object_get_data (G_OBJECT (dialog), "vd-place");
  int year = vd_person_rating_dialog_get_year (dialog);
  VdGrade grade = vd_person_rating_dialog_get_grade (dialog);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (g_strcmp0 (response, "set") != 0 || place == NULL || self->store == NULL)
    return;

  if (place->page == PAGE_UNIT)
    ok = vd_units_set_rating (self->store, place->id, year, grade, &error);
  else
    ok = vd_people_set_rating (self->store, place->id, year, grade, &error);

  if (!ok)
    show_error_toast (self, error);
}

/* Actions */

static void
add_person_cb (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  VdPeopleView *self = VD_PEOPLE_VIEW (widget);
  VdPersonEditor *editor = vd_person_editor_new (parent_window (self), self->store, NULL,
                                                 default_unit_id (self));

  g_object_set_data (G_OBJECT (editor), "vd-adding", GINT_TO_POINTER (TRUE));
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_person_saved), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
add_unit_cb (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  VdPeopleView *self = VD_PEOPLE_VIEW (widget);
  VdUnit *selected = vd_unit_tree_get_selected (self->unit_tree);

  /* Next to the selected unit, as a new file goes next to the selected
   * one; "Add Sub-unit" puts it underneath. */
  open_unit_editor (self, 0, selected != NULL ? vd_unit_get_parent_id (selected) : 0, FALSE);
}

static void
add_subunit_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  VdPeopleView *self = VD_PEOPLE_VIEW (widget);
  VdUnit *selected = vd_unit_tree_get_selected (self->unit_tree);

  if (selected != NULL)
    open_unit_editor (self, 0, vd_unit_get_id (selected), FALSE);
}

static void
edit_cb (GtkWidget  *widget,
         const char *action_name,
         GVariant   *parameter)
{
  VdPeopleView *self = VD_PEOPLE_VIEW (widget);
  gint64 id;

  switch (current_target (self, &id))
    {
    case TARGET_PERSON:
      edit_person (self, id);
      break;
    case TARGET_UNIT:
      open_unit_editor (self, id, 0, FALSE);
      break;
    case TARGET_NONE:
    default:
      break;
    }
}

static void
delete_cb (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  VdPeopleView *self = VD_PEOPLE_VIEW (widget);
  gint64 id;

  switch (current_target (self, &id))
    {
    case TARGET_PERSON:
      delete_person (self, id);
      break;
    case TARGET_UNIT:
      delete_unit (self, id);
      break;
    case TARGET_NONE:
    default:
      break;
    }
}

static void
unit_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  VdPeopleView *self = VD_PEOPLE_VIEW (widget);
  VdUnit *selected = vd_unit_tree_get_selected (self->unit_tree);
  gint64 id;

  if (selected == NULL)
    return;

  id = vd_unit_get_id (selected);
  if (g_str_equal (action_name, "people.edit-unit"))
    open_unit_editor (self, id, 0, FALSE);
  else if (g_str_equal (action_name, "people.move-unit"))
    open_unit_editor (self, id, 0, TRUE);
  else if (g_str_equal (action_name, "people.delete-unit"))
    delete_unit (self, id);
  else if (g_str_equal (action_name, "people.unit-details"))
    {
      go_to_list (self);
      push_place (self, PAGE_UNIT, id);
    }
}

static void
filter_cb (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  VdPeopleView *self = VD_PEOPLE_VIEW (widget);

  if (self->current.page != PAGE_LIST)
    go_to_list (self);
  vd_people_list_focus_filter (self->people_list);
}

static void
back_cb (GtkWidget  *widget,
         const char *action_name,
         GVariant   *parameter)
{
  go_back (VD_PEOPLE_VIEW (widget));
}

static void
set_rating_cb (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  VdPeopleView *self = VD_PEOPLE_VIEW (widget);
  VdPersonRatingDialog *dialog;
  const char *name;
  GPtrArray *ratings;

  if (self->current.page == PAGE_PERSON && vd_person_page_get_person (self->person_page) != NULL)
    {
      name = vd_person_get_full_name (vd_person_page_get_person (self->person_page));
      ratings = vd_person_page_get_ratings (self->person_page);
    }
  else if (self->current.page == PAGE_UNIT && vd_unit_page_get_unit (self->unit_page) != NULL)
    {
      name = vd_unit_get_name (vd_unit_page_get_unit (self->unit_page));
      ratings = vd_unit_page_get_ratings (self->unit_page);
    }
  else
    return;

  dialog = vd_person_rating_dialog_new (parent_window (self), name, ratings);
  g_object_set_data_full (G_OBJECT (dialog), "vd-place",
                          g_memdup2 (&self->current, sizeof self->current), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_rating_dialog_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
show_members_cb (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  VdPeopleView *self = VD_PEOPLE_VIEW (widget);

  if (self->current.page != PAGE_UNIT)
    return;

  vd_unit_tree_select (self->unit_tree, self->current.id);
  go_to_list (self);
}

/* GObject */

static void
vd_people_view_dispose (GObject *object)
{
  VdPeopleView *self = VD_PEOPLE_VIEW (object);

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), VD_TYPE_PEOPLE_VIEW);

  G_OBJECT_CLASS (vd_people_view_parent_class)->dispose (object);
}

static void
vd_people_view_finalize (GObject *object)
{
  VdPeopleView *self = VD_PEOPLE_VIEW (object);

  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->back_stack, g_array_unref);
  g_clear_pointer (&self->undo_toasts, g_ptr_array_unref);

  G_OBJECT_CLASS (vd_people_view_parent_class)->finalize (object);
}

static void
vd_people_view_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  VdPeopleView *self = VD_PEOPLE_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vd_people_view_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  VdPeopleView *self = VD_PEOPLE_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      vd_people_view_set_store (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vd_people_view_class_init (VdPeopleViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vd_people_view_dispose;
  object_class->finalize = vd_people_view_finalize;
  object_class->get_property = vd_people_view_get_property;
  object_class->set_property = vd_people_view_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, VD_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (VD_TYPE_PEOPLE_LIST);
  g_type_ensure (VD_TYPE_PERSON_PAGE);
  g_type_ensure (VD_TYPE_UNIT_PAGE);
  g_type_ensure (VD_TYPE_UNIT_TREE);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/vinhdanh/VinhDanh/vd-people-view.ui");
  gtk_widget_class_bind_template_child (widget_class, VdPeopleView, main_stack);
  gtk_widget_class_bind_template_child (widget_class, VdPeopleView, unit_tree);
  gtk_widget_class_bind_template_child (widget_class, VdPeopleView, page_stack);
  gtk_widget_class_bind_template_child (widget_class, VdPeopleView, people_list);
  gtk_widget_class_bind_template_child (widget_class, VdPeopleView, person_page);
  gtk_widget_class_bind_template_child (widget_class, VdPeopleView, unit_page);
  gtk_widget_class_bind_template_callback (widget_class, on_unit_tree_selected_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_unit_tree_unit_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_people_list_person_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_people_list_selected_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_page_unit_activated);

  gtk_widget_class_install_action (widget_class, "people.add-person", NULL, add_person_cb);
  gtk_widget_class_install_action (widget_class, "people.add-unit", NULL, add_unit_cb);
  gtk_widget_class_install_action (widget_class, "people.add-subunit", NULL, add_subunit_cb);
  gtk_widget_class_install_action (widget_class, "people.edit", NULL, edit_cb);
  gtk_widget_class_install_action (widget_class, "people.delete", NULL, delete_cb);
  gtk_widget_class_install_action (widget_class, "people.edit-unit", NULL, unit_action_cb);
  gtk_widget_class_install_action (widget_class, "people.move-unit", NULL, unit_action_cb);
  gtk_widget_class_install_action (widget_class, "people.delete-unit", NULL, unit_action_cb);
  gtk_widget_class_install_action (widget_class, "people.unit-details", NULL, unit_action_cb);
  gtk_widget_class_install_action (widget_class, "people.filter", NULL, filter_cb);
  gtk_widget_class_install_action (widget_class, "people.back", NULL, back_cb);
  gtk_widget_class_install_action (widget_class, "people.set-rating", NULL, set_rating_cb);
  gtk_widget_class_install_action (widget_class, "people.show-members", NULL, show_members_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "people.add-person", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_u, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "people.add-unit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "people.edit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "people.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0, "people.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_l, GDK_CONTROL_MASK, "people.filter", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "people.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Left, GDK_ALT_MASK, "people.back", NULL);
  /* The Back key of mice and keyboards that have one. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Back, 0, "people.back", NULL);
}

static void
vd_people_view_init (VdPeopleView *self)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->back_stack = g_array_new (FALSE, FALSE, sizeof (Place));
  self->undo_toasts = g_ptr_array_new_with_free_func (g_object_unref);
  self->current = (Place) { PAGE_LIST, 0 };

  g_signal_connect_swapped (focus, "notify::contains-focus",
                            G_CALLBACK (on_unit_tree_focus_changed), self);
  gtk_widget_add_controller (GTK_WIDGET (self->unit_tree), focus);

  /* Looked up rather than assumed, so the view also works in tests and
   * tools that run without the installed schema. */
  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, SETTINGS_SCHEMA_ID, TRUE);
  if (schema != NULL && g_settings_schema_has_key (schema, "include-subunits"))
    {
      self->settings = g_settings_new_full (schema, NULL, NULL);
      g_signal_connect_object (self->settings, "changed::include-subunits",
                               G_CALLBACK (on_settings_changed), self, G_CONNECT_SWAPPED);
      on_settings_changed (self, "include-subunits", self->settings);
    }

  update_main_page (self);
  update_actions (self);
}

/**
 * vd_people_view_new:
 *
 * Returns: the People & Units place, empty until it has a store
 */
GtkWidget *
vd_people_view_new (void)
{
  return g_object_new (VD_TYPE_PEOPLE_VIEW, NULL);
}

VdStore *
vd_people_view_get_store (VdPeopleView *self)
{
  g_return_val_if_fail (VD_IS_PEOPLE_VIEW (self), NULL);

  return self->store;
}

/**
 * vd_people_view_set_store:
 * @store: (nullable): the open archive, %NULL when none is open
 *
 * Shows the units and people of @store, starting on its first unit.
 */
void
vd_people_view_set_store (VdPeopleView *self,
                          VdStore      *store)
{
  g_return_if_fail (VD_IS_PEOPLE_VIEW (self));
  g_return_if_fail (store == NULL || VD_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  dismiss_undo_toasts (self);
  g_set_object (&self->store, store);

  g_array_set_size (self->back_stack, 0);
  show_place (self, (Place) { PAGE_LIST, 0 }, FALSE, NULL);
  vd_person_page_clear (self->person_page);
  vd_unit_page_clear (self->unit_page);

  vd_people_list_set_store (self->people_list, store);
  vd_unit_tree_set_store (self->unit_tree, store);
  sync_list_unit (self);

  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);

  update_main_page (self);
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * vd_people_view_show_person:
 *
 * Selects the person's unit in the tree and opens their page; Back then
 * returns to the unit's list with the person selected.
 */
void
vd_people_view_show_person (VdPeopleView *self,
                            gint64        person_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VdPerson) person = NULL;

  g_return_if_fail (VD_IS_PEOPLE_VIEW (self));

  if (self->store == NULL)
    return;

  person = vd_people_get (self->store, person_id, &error);
  if (person == NULL)
    {
      show_error_toast (self, error);
      return;
    }

  /* A person added a moment ago may be in a unit the tree has not read. */
  if (vd_unit_tree_lookup (self->unit_tree, vd_person_get_unit_id (person)) == NULL)
    vd_unit_tree_reload (self->unit_tree, NULL);
  vd_unit_tree_select (self->unit_tree, vd_person_get_unit_id (person));
  sync_list_unit (self);

  go_to_list (self);
  vd_people_list_select_person (self->people_list, person_id);
  push_place (self, PAGE_PERSON, person_id);
}

/**
 * vd_people_view_show_unit:
 *
 * Selects the unit in the tree and opens its page; Back then returns to
 * its people.
 */
void
vd_people_view_show_unit (VdPeopleView *self,
                          gint64        unit_id)
{
  g_return_if_fail (VD_IS_PEOPLE_VIEW (self));

  if (self->store == NULL)
    return;

  if (vd_unit_tree_lookup (self->unit_tree, unit_id) == NULL)
    vd_unit_tree_reload (self->unit_tree, NULL);
  if (!vd_unit_tree_select (self->unit_tree, unit_id))
    {
      g_autoptr(GError) error = g_error_new_literal (VD_STORE_ERROR, VD_STORE_ERROR_NOT_FOUND,
                                                     _("This unit is no longer in the archive."));
      show_error_toast (self, error);
      return;
    }
  sync_list_unit (self);

  go_to_list (self);
  push_place (self, PAGE_UNIT, unit_id);
}
