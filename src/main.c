/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VinhDanh"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "vd-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(VdApplication) app = NULL;

  setlocale (LC_ALL, "");
  /* VINH_DANH_LOCALEDIR lets an uninstalled build find its own translations
   * (build-aux/run-demo.sh and the tests point it at <builddir>/po). */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("VINH_DANH_LOCALEDIR") ? g_getenv ("VINH_DANH_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = vd_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
