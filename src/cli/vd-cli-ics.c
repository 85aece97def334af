/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdCli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vd-campaigns-ics.h"
#include "vd-cli.h"

/* vinh-danh-cli ics: the campaign calendar as an iCalendar file, as the
 * Campaigns place exports it, for GNOME Calendar, Evolution or Thunderbird.
 * Prints the number of events written as "events: N". */

int
vd_cli_ics (int    argc,
            char **argv)
{
  g_autofree char *db = NULL;
  g_autofree char *output = NULL;
  const GOptionEntry entries[] = {
    { "db", 'd', 0, G_OPTION_ARG_FILENAME, &db,
      N_("The archive to export from; default: the one Vinh Danh opened last"), N_("FILE") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("The .ics file to write; “-” writes to standard output"), N_("FILE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(VdStore) store = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  guint events = 0;

  g_option_context_set_summary (context, _("Exports the campaigns and their milestones as an iCalendar file of "
                                           "all-day events. Exporting again gives the same event identities, "
                                           "so calendars update rather than duplicate them."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (!vd_cli_parse (context, "ics", &argc, &argv))
    return VD_CLI_EXIT_USAGE;
  if (output == NULL || *output == '\0')
    {
      vd_cli_error ("ics", _("no output file given: use --output FILE.ics"));
      return VD_CLI_EXIT_USAGE;
    }

  path = vd_cli_resolve_db ("ics", db);
  if (path == NULL)
    return VD_CLI_EXIT_USAGE;

  store = vd_store_open (path, VD_STORE_OPEN_EXISTING, &error);
  if (store == NULL)
    {
      vd_cli_error ("ics", "%s", error->message);
      return VD_CLI_EXIT_FAILURE;
    }

  text = vd_campaigns_ics_export (store, NULL, &error);
  if (text == NULL)
    {
      vd_cli_error ("ics", "%s", error->message);
      return VD_CLI_EXIT_FAILURE;
    }
  for (const char *p = text; (p = strstr (p, "BEGIN:VEVENT")) != NULL; p++)
    events++;

  if (g_strcmp0 (output, "-") == 0)
    fputs (text, stdout);
  else
    {
      if (!g_file_set_contents_full (output, text, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0644, &error))
        {
          vd_cli_error ("ics", "%s", error->message);
          return VD_CLI_EXIT_FAILURE;
        }
      printf ("events: %u\n", events);
    }
  return EXIT_SUCCESS;
}
