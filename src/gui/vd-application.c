/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdApplication"

#include "config.h"

#include <glib/gi18n.h>

#include "vd-application.h"
#include "vd-preferences-window.h"
#include "vd-window.h"

struct _VdApplication
{
  AdwApplication parent_instance;

  /* owned references */
  GSettings *settings;
};

G_DEFINE_FINAL_TYPE (VdApplication, vd_application, ADW_TYPE_APPLICATION)

/* Icons and help-overlay.ui live under the base id even in the development
 * profile, whose application id has a .Devel suffix. */
#define RESOURCE_BASE_PATH "/io/github/vinhdanh/VinhDanh"
#define ICON_NAME "io.github.vinhdanh.VinhDanh"

static const GOptionEntry option_entries[] = {
  { "demo", 'd', G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("Open the demo archive, creating it first if needed"), NULL },
  { G_OPTION_REMAINING, 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME_ARRAY, NULL,
    NULL, N_("[FILE]") },
  { NULL }
};

static VdWindow *
get_window (VdApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (VD_IS_WINDOW (window))
    return VD_WINDOW (window);
  return vd_window_new (self);
}

static VdWindow *
find_window (VdApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  return VD_IS_WINDOW (window) ? VD_WINDOW (window) : NULL;
}

static void
new_action (GSimpleAction *action,
            GVariant      *parameter,
            gpointer       user_data)
{
  VdWindow *window = get_window (user_data);

  gtk_window_present (GTK_WINDOW (window));
  vd_window_choose_new (window);
}

static void
open_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  VdWindow *window = get_window (user_data);

  gtk_window_present (GTK_WINDOW (window));
  vd_window_choose_open (window);
}

static void
open_recent_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  VdWindow *window = get_window (user_data);

  gtk_window_present (GTK_WINDOW (window));
  vd_window_open_path (window, g_variant_get_string (parameter, NULL));
}

static void
open_demo_action (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  VdWindow *window = get_window (user_data);

  gtk_window_present (GTK_WINDOW (window));
  vd_window_open_demo (window);
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  VdApplication *self = user_data;
  VdWindow *window = get_window (self);
  VdPreferencesWindow *preferences;

  preferences = vd_preferences_window_new (self->settings, vd_window_get_store (window));
  gtk_window_set_transient_for (GTK_WINDOW (preferences), GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (preferences));
}

static void
shortcuts_action (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  VdWindow *window = get_window (user_data);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL);
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  VdApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  const char *developers[] = { "Vinh Danh developers", NULL };

  adw_show_about_window (parent,
                         "application-name", _("Vinh Danh"),
                         "application-icon", ICON_NAME,
                         "version", PACKAGE_VERSION,
                         "developer-name", _("Vinh Danh developers"),
                         "developers", developers,
                         "comments", _("Emulation and commendation records of people and units, "
                                       "with their decisions and scanned dossiers."),
                         "website", "https://github.com/vinhdanh/vinh-danh",
                         "issue-url", "https://github.com/vinhdanh/vinh-danh/issues",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "copyright", "© 2025 Vinh Danh developers",
                         /* Translators: put your names here, one per line. */
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (user_data));

  /* Closing each window lets it save its size before the app goes. */
  for (GList *l = windows; l != NULL;)
    {
      GtkWindow *window = l->data;

      l = l->next;
      gtk_window_close (window);
    }
}

static const GActionEntry app_actions[] = {
  { "new", new_action },
  { "open", open_action },
  { "open-recent", open_recent_action, "s" },
  { "open-demo", open_demo_action },
  { "preferences", preferences_action },
  { "shortcuts", shortcuts_action },
  { "about", about_action },
  { "quit", quit_action },
};

static void
vd_application_startup (GApplication *app)
{
  VdApplication *self = VD_APPLICATION (app);
  static const struct
  {
    const char *action;
    const char *accels[3];
  } accels[] = {
    { "app.new", { "<Control>n", NULL } },
    { "app.open", { "<Control>o", NULL } },
    { "app.preferences", { "<Control>comma", NULL } },
    { "app.quit", { "<Control>q", NULL } },
    { "win.save-copy", { "<Control><Shift>s", NULL } },
    { "win.search", { "<Control>f", NULL } },
    { "win.show-help-overlay", { "<Control>question", NULL } },
    { "window.close", { "<Control>w", NULL } },
  };

  G_APPLICATION_CLASS (vd_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self),
                                           accels[i].action, accels[i].accels);
}

static void
vd_application_activate (GApplication *app)
{
  VdApplication *self = VD_APPLICATION (app);
  VdWindow *window = find_window (self);

  if (window == NULL)
    {
      window = vd_window_new (self);
      vd_window_open_last (window);
    }
  gtk_window_present (GTK_WINDOW (window));
}

static void
vd_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  VdApplication *self = VD_APPLICATION (app);
  VdWindow *window;
  g_autofree char *path = NULL;

  /* One archive per window: the last file named wins. */
  if (n_files < 1)
    return;
  window = get_window (self);
  gtk_window_present (GTK_WINDOW (window));
  path = g_file_get_path (files[n_files - 1]);
  if (path != NULL)
    vd_window_open_path (window, path);
}

static int
vd_application_command_line (GApplication            *app,
                             GApplicationCommandLine *command_line)
{
  VdApplication *self = VD_APPLICATION (app);
  GVariantDict *options = g_application_command_line_get_options_dict (command_line);
  g_autofree const char **files = NULL;

  if (g_variant_dict_contains (options, "demo"))
    {
      g_action_group_activate_action (G_ACTION_GROUP (self), "open-demo", NULL);
      return EXIT_SUCCESS;
    }

  if (g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &files) && files[0] != NULL)
    {
      g_autoptr(GPtrArray) gfiles = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; files[i] != NULL; i++)
        g_ptr_array_add (gfiles, g_application_command_line_create_file_for_arg (command_line,
                                                                                 files[i]));
      g_application_open (app, (GFile **) gfiles->pdata, gfiles->len, "");
      return EXIT_SUCCESS;
    }

  g_application_activate (app);
  return EXIT_SUCCESS;
}

static void
vd_application_dispose (GObject *object)
{
  VdApplication *self = VD_APPLICATION (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (vd_application_parent_class)->dispose (object);
}

static void
vd_application_class_init (VdApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = vd_application_dispose;

  app_class->startup = vd_application_startup;
  app_class->activate = vd_application_activate;
  app_class->open = vd_application_open;
  app_class->command_line = vd_application_command_line;
}

static void
vd_application_init (VdApplication *self)
{
  self->settings = g_settings_new (APPLICATION_ID);

  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
}

VdApplication *
vd_application_new (void)
{
  return g_object_new (VD_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "resource-base-path", RESOURCE_BASE_PATH,
                       "flags", G_APPLICATION_HANDLES_OPEN | G_APPLICATION_HANDLES_COMMAND_LINE,
                       NULL);
}

/**
 * vd_application_get_settings:
 *
 * The application's GSettings, shared by its windows.
 */
GSettings *
vd_application_get_settings (VdApplication *self)
{
  g_return_val_if_fail (VD_IS_APPLICATION (self), NULL);
  return self->settings;
}
