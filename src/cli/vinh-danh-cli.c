/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdCli"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vd-cli.h"

/* vinh-danh-cli: the headless side of Vinh Danh. Each command parses its
 * own options (and answers --help); this file only picks the command. */

typedef struct
{
  const char *name;
  const char *summary;
  int (*run) (int argc, char **argv);
} Command;

static const Command commands[] = {
  { "demo", N_("Create a demo archive filled with realistic sample records"), vd_cli_demo },
  { "check", N_("Check an archive’s integrity and count its records"), vd_cli_check },
  { "chart", N_("Draw a chart of the awards as a picture or a table"), vd_cli_chart },
  { "report", N_("Fill the statistics form 0602 or 0603 for a year"), vd_cli_report },
  { "eligibility", N_("Write the planning report: who is eligible now and who next year"), vd_cli_eligibility },
  { "ics", N_("Export the campaign calendar as an iCalendar (.ics) file"), vd_cli_ics },
};

static void
print_usage (FILE *out)
{
  fprintf (out, "%s\n  vinh-danh-cli %s\n\n%s\n", _("Usage:"), _("COMMAND [OPTION…]"), _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (out, "  %-12s %s\n", commands[i].name, _(commands[i].summary));
  fprintf (out, "\n%s\n", _("Run “vinh-danh-cli COMMAND --help” to see a command’s options."));
}

int
main (int   argc,
      char *argv[])
{
  const char *name;

  setlocale (LC_ALL, "");
  /* VINH_DANH_LOCALEDIR lets an uninstalled build find its own translations
   * (build-aux/run-demo.sh and the tests point it at <builddir>/po). */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("VINH_DANH_LOCALEDIR") ? g_getenv ("VINH_DANH_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_set_prgname ("vinh-danh-cli");

  if (argc < 2)
    {
      vd_cli_error (NULL, _("no command given; run “vinh-danh-cli --help” to see the commands"));
      return VD_CLI_EXIT_USAGE;
    }

  name = argv[1];
  if (strcmp (name, "--help") == 0 || strcmp (name, "-h") == 0 || strcmp (name, "help") == 0)
    {
      print_usage (stdout);
      return EXIT_SUCCESS;
    }
  if (strcmp (name, "--version") == 0)
    {
      printf ("vinh-danh-cli %s\n", PACKAGE_VERSION);
      return EXIT_SUCCESS;
    }

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (strcmp (name, commands[i].name) == 0)
      return commands[i].run (argc - 1, argv + 1);

  vd_cli_error (NULL, _("unknown command “%s”; run “vinh-danh-cli --help” to see the commands"), name);
  return VD_CLI_EXIT_USAGE;
}
