/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdPreferencesWindow"

#include "config.h"

#include <glib/gi18n.h>

#include "vd-calendar-days-page.h"
#include "vd-preferences-window.h"

struct _VdPreferencesWindow
{
  AdwPreferencesWindow parent_instance;

  /* template widgets */
  GtkSwitch          *subunits_switch;
  AdwPreferencesPage *archive_page;
  AdwEntryRow        *organisation_row;
  AdwActionRow       *path_row;
  GtkLabel           *version_label;

  /* owned references */
  GSettings          *settings;
  VdStore            *store;
};

G_DEFINE_FINAL_TYPE (VdPreferencesWindow, vd_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PROP_0,
  PROP_SETTINGS,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Key of the organisation's name in the archive's own settings table. */
#define ORGANISATION_NAME_KEY "organisation_name"

static void
show_toast (VdPreferencesWindow *self,
            const char          *message)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_timeout (toast, 5);
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), toast);
}

static void
load_archive (VdPreferencesWindow *self)
{
  g_autofree char *name = NULL;
  g_autofree char *version = NULL;

  /* Without an archive there is nothing to show on its page; removing it
   * also hides the page switcher, leaving one plain page. */
  if (self->store == NULL)
    {
      adw_preferences_window_remove (ADW_PREFERENCES_WINDOW (self), self->archive_page);
      self->archive_page = NULL;
      return;
    }

  /* The apply button only appears for edits the user makes, not for the
   * stored value being filled in. */
  name = vd_store_dup_setting (self->store, ORGANISATION_NAME_KEY);
  adw_entry_row_set_show_apply_button (self->organisation_row, FALSE);
  gtk_editable_set_text (GTK_EDITABLE (self->organisation_row), name != NULL ? name : "");
  adw_entry_row_set_show_apply_button (self->organisation_row, TRUE);

  adw_action_row_set_subtitle (self->path_row, vd_store_get_path (self->store));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->path_row), vd_store_get_path (self->store));

  version = g_strdup_printf ("%d", VD_STORE_SCHEMA_VERSION);
  gtk_label_set_label (self->version_label, version);

  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self), vd_calendar_days_page_new (self->store));
}

static void
on_organisation_row_apply (AdwEntryRow         *row,
                           VdPreferencesWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;

  if (self->store == NULL)
    return;

  name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
  if (!vd_store_set_setting (self->store, ORGANISATION_NAME_KEY, name, &error))
    {
      /* Translators: %s says why, and what to do. */
      g_autofree char *message = g_strdup_printf (_("The organisation name was not saved: %s"),
                                                  error->message);

      show_toast (self, message);
      return;
    }
  show_toast (self, _("Organisation name saved"));
}

static void
vd_preferences_window_constructed (GObject *object)
{
  VdPreferencesWindow *self = VD_PREFERENCES_WINDOW (object);

  G_OBJECT_CLASS (vd_preferences_window_parent_class)->constructed (object);

  g_settings_bind (self->settings, "include-subunits",
                   self->subunits_switch, "active", G_SETTINGS_BIND_DEFAULT);
  load_archive (self);
}

static void
vd_preferences_window_dispose (GObject *object)
{
  VdPreferencesWindow *self = VD_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), VD_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (vd_preferences_window_parent_class)->dispose (object);
}

static void
vd_preferences_window_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  VdPreferencesWindow *self = VD_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vd_preferences_window_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  VdPreferencesWindow *self = VD_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vd_preferences_window_class_init (VdPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = vd_preferences_window_constructed;
  object_class->dispose = vd_preferences_window_dispose;
  object_class->get_property = vd_preferences_window_get_property;
  object_class->set_property = vd_preferences_window_set_property;

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         VD_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/vinhdanh/VinhDanh/vd-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, VdPreferencesWindow, subunits_switch);
  gtk_widget_class_bind_template_child (widget_class, VdPreferencesWindow, archive_page);
  gtk_widget_class_bind_template_child (widget_class, VdPreferencesWindow, organisation_row);
  gtk_widget_class_bind_template_child (widget_class, VdPreferencesWindow, path_row);
  gtk_widget_class_bind_template_child (widget_class, VdPreferencesWindow, version_label);
  gtk_widget_class_bind_template_callback (widget_class, on_organisation_row_apply);
}

static void
vd_preferences_window_init (VdPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * vd_preferences_window_new:
 * @settings: the application's settings
 * @store: (nullable): the open archive, whose own settings get a page
 */
VdPreferencesWindow *
vd_preferences_window_new (GSettings *settings,
                           VdStore   *store)
{
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);
  g_return_val_if_fail (store == NULL || VD_IS_STORE (store), NULL);

  return g_object_new (VD_TYPE_PREFERENCES_WINDOW,
                       "settings", settings,
                       "store", store,
                       NULL);
}
