/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdCli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vd-cli.h"
#include "vd-eligibility.h"
#include "vd-text.h"
#include "vd-units.h"

/* vinh-danh-cli eligibility: the planning report, headless. Who is
 * eligible now for each award, and who will be next year, written as CSV
 * or XLSX (chosen by the output's extension). */

/* A unit given by id, by name or by short name (diacritics and case
 * ignored). */
static VdUnit *
find_unit (VdStore     *store,
           const char  *given,
           GError     **error)
{
  g_autoptr(GPtrArray) units = vd_units_list_all (store, error);
  g_autofree char *wanted = vd_text_fold (given);
  char *end = NULL;
  gint64 id = g_ascii_strtoll (given, &end, 10);

  if (units == NULL)
    return NULL;
  for (guint i = 0; i < units->len; i++)
    {
      VdUnit *unit = g_ptr_array_index (units, i);
      g_autofree char *name = vd_text_fold (vd_unit_get_name (unit));
      g_autofree char *short_name = vd_text_fold (vd_unit_get_short_name (unit));

      if ((end != given && *end == '\0' && vd_unit_get_id (unit) == id)
          || g_strcmp0 (name, wanted) == 0 || (short_name[0] != '\0' && g_strcmp0 (short_name, wanted) == 0))
        return g_object_ref (unit);
    }
  g_set_error (error, VD_STORE_ERROR, VD_STORE_ERROR_NOT_FOUND,
               _("no unit “%s” in the archive; give its id, name or short name"), given);
  return NULL;
}

int
vd_cli_eligibility (int    argc,
                    char **argv)
{
  g_autofree char *db = NULL;
  g_autofree char *unit_text = NULL;
  g_autofree char *output = NULL;
  int year = 0;
  const GOptionEntry entries[] = {
    { "db", 'd', 0, G_OPTION_ARG_FILENAME, &db,
      N_("The archive to read; default: the one Vinh Danh opened last"), N_("FILE") },
    { "year", 'y', 0, G_OPTION_ARG_INT, &year,
      N_("The year whose achievements are judged; default: the latest rated year"), N_("YEAR") },
    { "unit", 'u', 0, G_OPTION_ARG_STRING, &unit_text,
      N_("Only this unit and its sub-units (id, name or short name); default: everyone"), N_("UNIT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Where to write the report: a .csv or .xlsx file"), N_("FILE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(VdStore) store = NULL;
  g_autoptr(VdUnit) unit = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *path = NULL;
  g_autofree char *title = NULL;
  g_autofree char *lower = NULL;
  guint now = 0;
  gboolean ok;

  g_option_context_set_summary (context, _("Writes the planning report: who is eligible now for each title "
                                           "and award, and who will be next year if they keep their rating, "
                                           "with what is missing."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (!vd_cli_parse (context, "eligibility", &argc, &argv))
    return VD_CLI_EXIT_USAGE;

  if (output == NULL)
    {
      vd_cli_error ("eligibility", _("--output is required: a .csv or .xlsx file"));
      return VD_CLI_EXIT_USAGE;
    }
  lower = g_ascii_strdown (output, -1);
  if (!g_str_has_suffix (lower, ".csv") && !g_str_has_suffix (lower, ".xlsx"))
    {
      vd_cli_error ("eligibility", _("“%s” must end in .csv or .xlsx"), output);
      return VD_CLI_EXIT_USAGE;
    }
  if (year != 0 && (year < 1945 || year > 2100))
    {
      vd_cli_error ("eligibility", _("%d is not a year the archive can hold (1945–2100)"), year);
      return VD_CLI_EXIT_USAGE;
    }

  path = vd_cli_resolve_db ("eligibility", db);
  if (path == NULL)
    return VD_CLI_EXIT_USAGE;
  store = vd_store_open (path, VD_STORE_OPEN_EXISTING, &error);
  if (store == NULL)
    {
      vd_cli_error ("eligibility", "%s", error->message);
      return VD_CLI_EXIT_FAILURE;
    }

  if (year == 0)
    year = vd_eligibility_default_year (store);
  if (unit_text != NULL)
    {
      unit = find_unit (store, unit_text, &error);
      if (unit == NULL)
        {
          vd_cli_error ("eligibility", "%s", error->message);
          return VD_CLI_EXIT_USAGE;
        }
    }

  rows = vd_eligibility_plan (store, NULL, unit ? vd_unit_get_id (unit) : 0, year, NULL, &error);
  if (rows == NULL)
    {
      vd_cli_error ("eligibility", "%s", error->message);
      return VD_CLI_EXIT_FAILURE;
    }

  /* Translators: the report's heading: unit (or organisation), year */
  title = g_strdup_printf (_("Planning report: %s, %d"),
                           unit ? vd_unit_get_name (unit) : _("whole archive"), year);
  if (g_str_has_suffix (lower, ".xlsx"))
    ok = vd_eligibility_plan_write_xlsx (rows, year, title, output, &error);
  else
    ok = vd_eligibility_plan_write_csv (rows, year, output, &error);
  if (!ok)
    {
      vd_cli_error ("eligibility", "%s", error->message);
      return VD_CLI_EXIT_FAILURE;
    }

  for (guint i = 0; i < rows->len; i++)
    now += ((VdEligibilityPlanRow *) g_ptr_array_index (rows, i))->when == VD_ELIGIBILITY_PLAN_NOW;
  /* Fixed keys, like "check", so scripts can read them. */
  printf ("year: %d\nrows: %u\neligible-now: %u\none-year-away: %u\n", year, rows->len, now, rows->len - now);
  return EXIT_SUCCESS;
}
