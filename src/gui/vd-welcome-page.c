/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdWelcomePage"

#include "config.h"

#include <glib/gi18n.h>

#include "vd-archive-recent.h"
#include "vd-welcome-page.h"

struct _VdWelcomePage
{
  AdwBin parent_instance;

  /* template widgets */
  AdwPreferencesGroup *recent_group;
  GtkListBox          *recent_list;

  /* owned references */
  GSettings           *settings;
};

G_DEFINE_FINAL_TYPE (VdWelcomePage, vd_welcome_page, ADW_TYPE_BIN)

/* The page is a starting point, not a file manager: a handful is enough. */
#define MAX_RECENT 5

static GtkWidget *
create_recent_row (const char *path)
{
  g_autofree char *name = vd_archive_recent_dup_title (path);
  g_autofree char *folder = vd_archive_recent_dup_display (path);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name ("go-next-symbolic");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), folder);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), icon);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "app.open-recent");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row), g_variant_new_string (path));
  gtk_widget_set_tooltip_text (row, path);
  return row;
}

static void
update_recent (VdWelcomePage *self)
{
  g_auto(GStrv) paths = vd_archive_recent_dup_existing (self->settings, MAX_RECENT);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->recent_list))) != NULL)
    gtk_list_box_remove (self->recent_list, child);

  for (guint i = 0; paths[i] != NULL; i++)
    gtk_list_box_append (self->recent_list, create_recent_row (paths[i]));

  gtk_widget_set_visible (GTK_WIDGET (self->recent_group), paths[0] != NULL);
}

static void
on_settings_changed (GSettings     *settings,
                     const char    *key,
                     VdWelcomePage *self)
{
  update_recent (self);
}

static void
vd_welcome_page_map (GtkWidget *widget)
{
  /* Files may have gone or come back while the page was hidden. */
  update_recent (VD_WELCOME_PAGE (widget));

  GTK_WIDGET_CLASS (vd_welcome_page_parent_class)->map (widget);
}

static void
vd_welcome_page_dispose (GObject *object)
{
  VdWelcomePage *self = VD_WELCOME_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), VD_TYPE_WELCOME_PAGE);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (vd_welcome_page_parent_class)->dispose (object);
}

static void
vd_welcome_page_class_init (VdWelcomePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vd_welcome_page_dispose;
  widget_class->map = vd_welcome_page_map;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/vinhdanh/VinhDanh/vd-welcome-page.ui");
  gtk_widget_class_bind_template_child (widget_class, VdWelcomePage, recent_group);
  gtk_widget_class_bind_template_child (widget_class, VdWelcomePage, recent_list);
}

static void
vd_welcome_page_init (VdWelcomePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APPLICATION_ID);
  g_signal_connect_object (self->settings, "changed::recent-archives",
                           G_CALLBACK (on_settings_changed), self, 0);
  update_recent (self);
}

GtkWidget *
vd_welcome_page_new (void)
{
  return g_object_new (VD_TYPE_WELCOME_PAGE, NULL);
}
