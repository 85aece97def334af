/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdCli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vd-cli.h"
#include "vd-report-render.h"
#include "vd-stats-report.h"
#include "vd-store.h"

/* vinh-danh-cli report 0602|0603: the annual statistics forms of Thông tư
 * 02/2023/TT-BNV, filled from the archive, as PDF or XLSX. */

int
vd_cli_report (int    argc,
               char **argv)
{
  g_autofree char *db = NULL;
  g_autofree char *output = NULL;
  int year = 0;
  const GOptionEntry entries[] = {
    { "db", 'd', 0, G_OPTION_ARG_FILENAME, &db,
      N_("The archive to read; default: the one Vinh Danh opened last"), N_("FILE") },
    { "year", 'y', 0, G_OPTION_ARG_INT, &year, N_("The reporting year"), N_("YEAR") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The file to write: .pdf or .xlsx"), N_("FILE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("0602|0603"));
  g_autoptr(GError) error = NULL;
  g_autoptr(VdStore) store = NULL;
  g_autoptr(VdStatsReport) report = NULL;
  g_autofree char *path = NULL;
  g_autofree char *lower = NULL;
  const char *form_name = NULL;
  VdReportForm form;

  g_option_context_set_summary (context, _("Fills biểu 0602.N (state-level awards) or 0603.N (ministry-level "
                                           "awards) of Thông tư 02/2023/TT-BNV for a year."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);

  /* The form is the one argument that is not an option: take it out
   * before the options are parsed. */
  for (int i = 1; i < argc; i++)
    if (argv[i][0] != '-' && (i == 1 || argv[i - 1][0] != '-' || strchr (argv[i - 1], '=') != NULL))
      {
        form_name = argv[i];
        memmove (&argv[i], &argv[i + 1], (gsize) (argc - i) * sizeof (char *));
        argc--;
        break;
      }
  if (!vd_cli_parse (context, "report", &argc, &argv))
    return VD_CLI_EXIT_USAGE;

  if (form_name == NULL || !vd_report_form_from_string (form_name, &form))
    {
      vd_cli_error ("report", _("name the form: “vinh-danh-cli report 0602 …” or “vinh-danh-cli report 0603 …”"));
      return VD_CLI_EXIT_USAGE;
    }
  if (year < 1945 || year > 2100)
    {
      vd_cli_error ("report", _("give the reporting year with --year YEAR"));
      return VD_CLI_EXIT_USAGE;
    }
  lower = output ? g_ascii_strdown (output, -1) : NULL;
  if (lower == NULL || !(g_str_has_suffix (lower, ".pdf") || g_str_has_suffix (lower, ".xlsx")))
    {
      vd_cli_error ("report", _("give the file to write with --output FILE ending in .pdf or .xlsx"));
      return VD_CLI_EXIT_USAGE;
    }

  path = vd_cli_resolve_db ("report", db);
  if (path == NULL)
    return VD_CLI_EXIT_USAGE;
  store = vd_store_open (path, VD_STORE_OPEN_EXISTING, &error);
  if (store == NULL)
    {
      vd_cli_error ("report", "%s", error->message);
      return VD_CLI_EXIT_FAILURE;
    }

  report = vd_stats_report_compute (store, form, year, &error);
  if (report == NULL || !vd_report_export (report, output, &error))
    {
      vd_cli_error ("report", "%s", error->message);
      return VD_CLI_EXIT_FAILURE;
    }
  return EXIT_SUCCESS;
}
