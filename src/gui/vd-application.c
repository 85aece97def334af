/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdApplication"

#include "config.h"

#include "vd-application.h"

struct _VdApplication
{
  AdwApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (VdApplication, vd_application, ADW_TYPE_APPLICATION)

static void
vd_application_activate (GApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    window = GTK_WINDOW (adw_application_window_new (GTK_APPLICATION (app)));
  gtk_window_present (window);
}

static void
vd_application_class_init (VdApplicationClass *klass)
{
  G_APPLICATION_CLASS (klass)->activate = vd_application_activate;
}

static void
vd_application_init (VdApplication *self)
{
}

VdApplication *
vd_application_new (void)
{
  return g_object_new (VD_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       NULL);
}
