/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdWindow"

#include "config.h"

#include <glib/gi18n.h>

#include "vd-archive-chooser.h"
#include "vd-archive-demo.h"
#include "vd-archive-recent.h"
#include "vd-campaigns-view.h"
#include "vd-people-view.h"
#include "vd-search-popover.h"
#include "vd-search.h"
#include "vd-statistics-view.h"
#include "vd-welcome-page.h"
#include "vd-window.h"

struct _VdWindow
{
  AdwApplicationWindow parent_instance;

  /* template widgets */
  AdwToastOverlay *toast_overlay;
  GtkStack        *main_stack;
  GtkProgressBar  *progress_bar;
  AdwLeaflet      *leaflet;
  GtkWidget       *content;
  GtkListBox      *sidebar_list;
  AdwWindowTitle  *place_title;
  GtkMenuButton   *search_button;
  VdSearchPopover *search_popover;
  GtkStack        *places_stack;
  VdPeopleView    *people_view;
  GMenu           *file_section;

  /* owned references */
  GSettings       *settings;
  VdStore         *store;
  GCancellable    *demo_cancellable;
  GMenu           *recent_menu;
  char            *page_before_demo;

  gboolean         recent_in_menu;
  gboolean         saving_copy;
};

G_DEFINE_FINAL_TYPE (VdWindow, vd_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Where "Open Recent" sits in the file section: after New and Open. */
#define RECENT_MENU_POSITION 2

static void
update_actions (VdWindow *self)
{
  gboolean has_archive = self->store != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-copy",
                                 has_archive && !self->saving_copy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.search", has_archive);
}

static void
update_title (VdWindow *self)
{
  g_autofree char *name = NULL;
  g_autofree char *short_name = NULL;
  g_autofree char *title = NULL;
  GtkStackPage *page;

  if (self->store == NULL)
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Vinh Danh"));
      adw_window_title_set_subtitle (self->place_title, NULL);
      return;
    }

  name = g_path_get_basename (vd_store_get_path (self->store));
  /* Translators: the window title: the archive's file name, then the app's name. */
  title = g_strdup_printf (_("%s — Vinh Danh"), name);
  gtk_window_set_title (GTK_WINDOW (self), title);

  /* The header names the archive as the welcome page lists it. */
  short_name = vd_archive_recent_dup_title (vd_store_get_path (self->store));
  page = gtk_stack_get_page (self->places_stack, gtk_stack_get_visible_child (self->places_stack));
  adw_window_title_set_title (self->place_title, page != NULL ? gtk_stack_page_get_title (page) : NULL);
  adw_window_title_set_subtitle (self->place_title, short_name);
}

static void
show_message (VdWindow   *self,
              const char *heading,
              const char *body)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
show_toast (VdWindow   *self,
            const char *message)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

static void
set_store (VdWindow *self,
           VdStore  *store)
{
  if (!g_set_object (&self->store, store))
    return;

  /* Every place takes the archive through a "store" property, so a new place
   * is one more page in the template and nothing here. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->places_stack));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (g_object_class_find_property (G_OBJECT_GET_CLASS (child), "store") != NULL)
      g_object_set (child, "store", store, NULL);
  vd_search_popover_set_store (self->search_popover, store);
  update_title (self);
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

static void
select_place (VdWindow   *self,
              const char *name)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->sidebar_list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      if (g_strcmp0 (g_object_get_data (G_OBJECT (row), "place"), name) == 0)
        {
          gtk_list_box_select_row (self->sidebar_list, GTK_LIST_BOX_ROW (row));
          return;
        }
    }
}

/* A place whose widget has a "badge-number" property (GtkStackPage has one
 * only from GTK 4.12) shows it as a pill at the end of its row. */
static void
update_place_badge (GObject    *child,
                    GParamSpec *pspec,
                    GtkLabel   *badge)
{
  guint number = 0;
  g_autofree char *text = NULL;
  g_autofree char *description = NULL;

  g_object_get (child, "badge-number", &number, NULL);
  text = g_strdup_printf ("%u", number);
  description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u deadline in the next 14 days",
                                              "%u deadlines in the next 14 days", number),
                                 number);
  gtk_label_set_text (badge, text);
  gtk_widget_set_tooltip_text (GTK_WIDGET (badge), description);
  gtk_accessible_update_property (GTK_ACCESSIBLE (badge), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  description, -1);
  gtk_widget_set_visible (GTK_WIDGET (badge), number > 0);
}

static GtkWidget *
create_place_row (GtkStackPage *page)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *icon = gtk_image_new_from_icon_name (gtk_stack_page_get_icon_name (page));
  GtkWidget *label = gtk_label_new (gtk_stack_page_get_title (page));
  GObject *child = G_OBJECT (gtk_stack_page_get_child (page));

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label);
  if (g_object_class_find_property (G_OBJECT_GET_CLASS (child), "badge-number") != NULL)
    {
      GtkWidget *badge = gtk_label_new (NULL);

      gtk_widget_add_css_class (badge, "badge");
      gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
      gtk_widget_set_hexpand (label, TRUE);
      gtk_box_append (GTK_BOX (box), badge);
      g_signal_connect_object (child, "notify::badge-number",
                               G_CALLBACK (update_place_badge), badge, 0);
      update_place_badge (child, NULL, GTK_LABEL (badge));
    }
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  gtk_stack_page_get_title (page), -1);
  g_object_set_data_full (G_OBJECT (row), "place",
                          g_strdup (gtk_stack_page_get_name (page)), g_free);
  return row;
}

/* Places are the pages of places_stack: a new place is one more page in the
 * template, with a name, a title and an icon, and gets its row here. */
static void
build_sidebar (VdWindow *self)
{
  g_autoptr(GtkSelectionModel) pages = gtk_stack_get_pages (self->places_stack);
  g_autofree char *place = g_settings_get_string (self->settings, "sidebar-place");
  guint n = g_list_model_get_n_items (G_LIST_MODEL (pages));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (pages), i);
      GtkStackPage *page = GTK_STACK_PAGE (item);

      if (gtk_stack_page_get_visible (page))
        gtk_list_box_append (self->sidebar_list, create_place_row (page));
    }

  if (gtk_stack_get_child_by_name (self->places_stack, place) != NULL)
    select_place (self, place);
  else
    gtk_list_box_select_row (self->sidebar_list, gtk_list_box_get_row_at_index (self->sidebar_list, 0));
}

static void
show_place (VdWindow   *self,
            const char *name)
{
  select_place (self, name);
  adw_leaflet_set_visible_child (self->leaflet, self->content);
}

static void
update_recent_menu (VdWindow *self)
{
  g_auto(GStrv) paths = vd_archive_recent_dup_existing (self->settings, VD_ARCHIVE_RECENT_MAX);

  g_menu_remove_all (self->recent_menu);
  for (guint i = 0; paths[i] != NULL; i++)
    {
      g_autofree char *name = vd_archive_recent_dup_title (paths[i]);
      /* Menu labels read "_" as a mnemonic marker; file names mean it literally. */
      g_auto(GStrv) parts = g_strsplit (name, "_", -1);
      g_autofree char *label = g_strjoinv ("__", parts);
      g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

      g_menu_item_set_action_and_target_value (item, "app.open-recent",
                                               g_variant_new_string (paths[i]));
      g_menu_append_item (self->recent_menu, item);
    }

  /* An empty submenu would be a dead end: the entry only exists with items. */
  if (paths[0] != NULL && !self->recent_in_menu)
    {
      g_menu_insert_submenu (self->file_section, RECENT_MENU_POSITION, _("Open _Recent"),
                             G_MENU_MODEL (self->recent_menu));
      self->recent_in_menu = TRUE;
    }
  else if (paths[0] == NULL && self->recent_in_menu)
    {
      g_menu_remove (self->file_section, RECENT_MENU_POSITION);
      self->recent_in_menu = FALSE;
    }
}

static gboolean
open_path (VdWindow    *self,
           const char  *path,
           GError     **error)
{
  g_autoptr(VdStore) store = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *absolute = g_file_get_path (file);

  if (self->store != NULL && g_strcmp0 (vd_store_get_path (self->store), absolute) == 0)
    {
      gtk_stack_set_visible_child_name (self->main_stack, "archive");
      return TRUE;
    }

  store = vd_store_open (absolute, VD_STORE_OPEN_EXISTING, error);
  if (store == NULL)
    return FALSE;

  set_store (self, store);
  vd_archive_recent_add (self->settings, absolute);
  gtk_stack_set_visible_child_name (self->main_stack, "archive");
  adw_leaflet_set_visible_child (self->leaflet, self->content);
  return TRUE;
}

static void
create_archive (VdWindow   *self,
                const char *path)
{
  g_autoptr(VdStore) store = NULL;
  g_autoptr(GError) error = NULL;

  store = vd_store_open (path, VD_STORE_OPEN_CREATE, &error);
  if (store == NULL)
    {
      show_message (self, _("Could Not Create Archive"), error->message);
      return;
    }

  set_store (self, store);
  vd_archive_recent_add (self->settings, path);
  gtk_stack_set_visible_child_name (self->main_stack, "archive");
  adw_leaflet_set_visible_child (self->leaflet, self->content);
}

static void
leave_demo_progress (VdWindow *self)
{
  gtk_stack_set_visible_child_name (self->main_stack,
                                    self->page_before_demo != NULL ? self->page_before_demo : "welcome");
  g_clear_pointer (&self->page_before_demo, g_free);
  g_clear_object (&self->demo_cancellable);
}

static void
on_demo_progress (double      fraction,
                  const char *message,
                  gpointer    user_data)
{
  VdWindow *self = user_data;

  /* A report may still arrive while a closed window is being taken apart. */
  if (self->progress_bar == NULL)
    return;
  gtk_progress_bar_set_fraction (self->progress_bar, CLAMP (fraction, 0.0, 1.0));
  if (message != NULL && message[0] != '\0')
    gtk_progress_bar_set_text (self->progress_bar, message);
}

static void
demo_prepared (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(VdWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  path = vd_archive_demo_prepare_finish (result, &error);
  if (self->main_stack == NULL)
    return;
  if (path == NULL)
    {
      leave_demo_progress (self);
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_message (self, _("Could Not Make the Demo Archive"), error->message);
      return;
    }

  if (!open_path (self, path, &error))
    {
      leave_demo_progress (self);
      show_message (self, _("Could Not Open Archive"), error->message);
      return;
    }
  g_clear_pointer (&self->page_before_demo, g_free);
  g_clear_object (&self->demo_cancellable);
}

static void
on_exists_dialog_response (AdwMessageDialog *dialog,
                           const char       *response,
                           VdWindow         *self)
{
  if (g_strcmp0 (response, "rename") == 0)
    vd_window_choose_new (self);
}

static void
new_chosen (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  VdWindow *self = VD_WINDOW (source);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  path = vd_archive_chooser_run_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self),
                                                  _("File Already Exists"), error->message);

      adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                        "cancel", _("_Cancel"),
                                        "rename", _("Choose a _New Name"),
                                        NULL);
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "rename",
                                                  ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "rename");
      adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
      g_signal_connect_object (dialog, "response", G_CALLBACK (on_exists_dialog_response), self, 0);
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }
  if (path == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_message (self, _("Could Not Create Archive"), error->message);
      return;
    }
  create_archive (self, path);
}

static void
open_chosen (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  VdWindow *self = VD_WINDOW (source);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  path = vd_archive_chooser_run_finish (result, &error);
  if (path == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_message (self, _("Could Not Open Archive"), error->message);
      return;
    }
  vd_window_open_path (self, path);
}

typedef struct
{
  VdWindow *self;
  char     *path;
} CopyData;

static void
copy_data_free (CopyData *data)
{
  g_object_unref (data->self);
  g_free (data->path);
  g_free (data);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CopyData, copy_data_free)

static void
copy_saved (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(CopyData) data = user_data;
  VdWindow *self = data->self;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;

  self->saving_copy = FALSE;
  if (self->toast_overlay == NULL)
    return;
  update_actions (self);

  if (!vd_store_save_copy_finish (VD_STORE (source), result, &error))
    {
      show_message (self, _("Could Not Save the Copy"), error->message);
      return;
    }

  name = g_path_get_basename (data->path);
  /* Translators: %s is the file name of the copy. */
  message = g_strdup_printf (_("Copy saved as “%s”"), name);
  show_toast (self, message);
}

static void
copy_chosen (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  VdWindow *self = VD_WINDOW (source);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  CopyData *data;

  path = vd_archive_chooser_run_finish (result, &error);
  if (path == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_message (self, _("Could Not Save the Copy"), error->message);
      return;
    }
  if (self->store == NULL)
    return;

  data = g_new0 (CopyData, 1);
  data->self = g_object_ref (self);
  data->path = g_strdup (path);
  self->saving_copy = TRUE;
  update_actions (self);
  vd_store_save_copy_async (self->store, path, NULL, copy_saved, data);
}

static void
describe_result (VdWindow       *self,
                 VdSearchResult *result)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *description = NULL;
  GtkWidget *dialog;
  GtkWidget *label;

  if (vd_search_result_get_kind (result) == VD_SEARCH_KIND_DECISION)
    description = vd_search_describe_decision (self->store, vd_search_result_get_id (result), &error);
  else
    description = vd_search_describe_dossier (self->store, vd_search_result_get_id (result), &error);

  if (description == NULL)
    {
      show_message (self, vd_search_result_get_title (result), error->message);
      return;
    }

  /* A summary of several lines reads better left-aligned than as a centred
   * body, and numbers in it can be selected and copied. */
  dialog = adw_message_dialog_new (GTK_WINDOW (self), vd_search_result_get_title (result), NULL);
  label = gtk_label_new (description);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), label);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_search_popover_result_activated (VdSearchPopover *popover,
                                    VdSearchResult  *result,
                                    VdWindow        *self)
{
  if (self->store == NULL)
    return;

  switch (vd_search_result_get_kind (result))
    {
    case VD_SEARCH_KIND_PERSON:
      show_place (self, "people");
      vd_people_view_show_person (self->people_view, vd_search_result_get_id (result));
      break;

    case VD_SEARCH_KIND_UNIT:
      show_place (self, "people");
      vd_people_view_show_unit (self->people_view, vd_search_result_get_id (result));
      break;

    case VD_SEARCH_KIND_DECISION:
    case VD_SEARCH_KIND_DOSSIER:
    default:
      describe_result (self, result);
      break;
    }
}

static void
on_sidebar_list_row_selected (GtkListBox    *list,
                              GtkListBoxRow *row,
                              VdWindow      *self)
{
  const char *place;

  if (row == NULL)
    return;

  place = g_object_get_data (G_OBJECT (row), "place");
  gtk_stack_set_visible_child_name (self->places_stack, place);
  g_settings_set_string (self->settings, "sidebar-place", place);
}

static void
on_sidebar_list_row_activated (GtkListBox    *list,
                               GtkListBoxRow *row,
                               VdWindow      *self)
{
  adw_leaflet_set_visible_child (self->leaflet, self->content);
}

static void
on_places_stack_visible_child_changed (GtkStack   *stack,
                                       GParamSpec *pspec,
                                       VdWindow   *self)
{
  update_title (self);
}

static void
on_back_button_clicked (GtkButton *button,
                        VdWindow  *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
on_cancel_demo_button_clicked (GtkButton *button,
                               VdWindow  *self)
{
  g_cancellable_cancel (self->demo_cancellable);
}

static void
on_recent_archives_changed (GSettings  *settings,
                            const char *key,
                            VdWindow   *self)
{
  update_recent_menu (self);
}

static void
save_copy_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  VdWindow *self = VD_WINDOW (widget);

  if (self->store == NULL)
    return;
  vd_archive_chooser_run_async (GTK_WINDOW (self), VD_ARCHIVE_CHOOSER_SAVE_COPY,
                                vd_store_get_path (self->store), copy_chosen, NULL);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  VdWindow *self = VD_WINDOW (widget);

  gtk_stack_set_visible_child_name (self->main_stack, "archive");
  adw_leaflet_set_visible_child (self->leaflet, self->content);
  gtk_menu_button_popup (self->search_button);
}

static gboolean
vd_window_close_request (GtkWindow *window)
{
  VdWindow *self = VD_WINDOW (window);
  int width, height;

  gtk_window_get_default_size (window, &width, &height);

  g_settings_delay (self->settings);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
  if (!gtk_window_is_maximized (window))
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  g_settings_apply (self->settings);

  return GTK_WINDOW_CLASS (vd_window_parent_class)->close_request (window);
}

static void
vd_window_dispose (GObject *object)
{
  VdWindow *self = VD_WINDOW (object);

  g_cancellable_cancel (self->demo_cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), VD_TYPE_WINDOW);
  g_clear_object (&self->demo_cancellable);
  g_clear_object (&self->store);
  g_clear_object (&self->recent_menu);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->page_before_demo, g_free);

  G_OBJECT_CLASS (vd_window_parent_class)->dispose (object);
}

static void
vd_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  VdWindow *self = VD_WINDOW (object);

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
vd_window_class_init (VdWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = vd_window_dispose;
  object_class->get_property = vd_window_get_property;
  window_class->close_request = vd_window_close_request;

  /**
   * VdWindow:store:
   *
   * The open archive, or %NULL while the welcome page shows.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         VD_TYPE_STORE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (VD_TYPE_CAMPAIGNS_VIEW);
  g_type_ensure (VD_TYPE_PEOPLE_VIEW);
  g_type_ensure (VD_TYPE_SEARCH_POPOVER);
  g_type_ensure (VD_TYPE_STATISTICS_VIEW);
  g_type_ensure (VD_TYPE_WELCOME_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/vinhdanh/VinhDanh/vd-window.ui");
  gtk_widget_class_bind_template_child (widget_class, VdWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, VdWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, VdWindow, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, VdWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, VdWindow, content);
  gtk_widget_class_bind_template_child (widget_class, VdWindow, sidebar_list);
  gtk_widget_class_bind_template_child (widget_class, VdWindow, place_title);
  gtk_widget_class_bind_template_child (widget_class, VdWindow, search_button);
  gtk_widget_class_bind_template_child (widget_class, VdWindow, search_popover);
  gtk_widget_class_bind_template_child (widget_class, VdWindow, places_stack);
  gtk_widget_class_bind_template_child (widget_class, VdWindow, people_view);
  gtk_widget_class_bind_template_child (widget_class, VdWindow, file_section);
  gtk_widget_class_bind_template_callback (widget_class, on_search_popover_result_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_list_row_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_list_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_places_stack_visible_child_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_back_button_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_cancel_demo_button_clicked);

  gtk_widget_class_install_action (widget_class, "win.save-copy", NULL, save_copy_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
}

static void
vd_window_init (VdWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->recent_menu = g_menu_new ();
  update_title (self);
  update_actions (self);
}

VdWindow *
vd_window_new (VdApplication *application)
{
  VdWindow *self;
  GSettings *settings;

  g_return_val_if_fail (VD_IS_APPLICATION (application), NULL);

  self = g_object_new (VD_TYPE_WINDOW, "application", application, NULL);

  settings = vd_application_get_settings (application);
  self->settings = g_object_ref (settings);
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (settings, "window-width"),
                               g_settings_get_int (settings, "window-height"));
  if (g_settings_get_boolean (settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  g_signal_connect_object (settings, "changed::recent-archives",
                           G_CALLBACK (on_recent_archives_changed), self, 0);
  update_recent_menu (self);
  build_sidebar (self);

  return self;
}

/**
 * vd_window_get_store:
 *
 * Returns: (nullable) (transfer none): the open archive
 */
VdStore *
vd_window_get_store (VdWindow *self)
{
  g_return_val_if_fail (VD_IS_WINDOW (self), NULL);
  return self->store;
}

/**
 * vd_window_open_path:
 *
 * Opens the archive at @path in place of the current one. When it cannot be
 * opened, a dialog says why and what to do, and the window stays as it was.
 *
 * Returns: whether the archive is now open
 */
gboolean
vd_window_open_path (VdWindow   *self,
                     const char *path)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (VD_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!open_path (self, path, &error))
    {
      show_message (self, _("Could Not Open Archive"), error->message);
      return FALSE;
    }
  return TRUE;
}

/**
 * vd_window_open_last:
 *
 * Reopens the archive of the previous session. One that no longer opens is
 * not an error worth a dialog at start: the welcome page offers the choices.
 */
void
vd_window_open_last (VdWindow *self)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (VD_IS_WINDOW (self));

  path = g_settings_get_string (self->settings, "last-archive");
  if (path[0] == '\0')
    return;
  if (!open_path (self, path, &error))
    g_info ("Not reopening %s: %s", path, error->message);
}

/**
 * vd_window_open_demo:
 *
 * Opens the demo archive, making it first (with progress shown, and a way to
 * cancel) when this is the first time.
 */
void
vd_window_open_demo (VdWindow *self)
{
  g_autofree char *path = NULL;

  g_return_if_fail (VD_IS_WINDOW (self));

  if (self->demo_cancellable != NULL)
    return;

  path = vd_archive_demo_dup_path ();
  if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      vd_window_open_path (self, path);
      return;
    }

  self->page_before_demo = g_strdup (gtk_stack_get_visible_child_name (self->main_stack));
  self->demo_cancellable = g_cancellable_new ();
  gtk_progress_bar_set_fraction (self->progress_bar, 0.0);
  gtk_progress_bar_set_text (self->progress_bar, _("Starting…"));
  gtk_stack_set_visible_child_name (self->main_stack, "progress");

  vd_archive_demo_prepare_async (self->demo_cancellable, on_demo_progress, self,
                                 demo_prepared, g_object_ref (self));
}

/**
 * vd_window_choose_new:
 *
 * Asks for the name of a new archive and creates it.
 */
void
vd_window_choose_new (VdWindow *self)
{
  g_return_if_fail (VD_IS_WINDOW (self));

  vd_archive_chooser_run_async (GTK_WINDOW (self), VD_ARCHIVE_CHOOSER_NEW,
                                self->store != NULL ? vd_store_get_path (self->store) : NULL,
                                new_chosen, NULL);
}

/**
 * vd_window_choose_open:
 *
 * Asks for an existing archive and opens it.
 */
void
vd_window_choose_open (VdWindow *self)
{
  g_return_if_fail (VD_IS_WINDOW (self));

  vd_archive_chooser_run_async (GTK_WINDOW (self), VD_ARCHIVE_CHOOSER_OPEN,
                                self->store != NULL ? vd_store_get_path (self->store) : NULL,
                                open_chosen, NULL);
}
