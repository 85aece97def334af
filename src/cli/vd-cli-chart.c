/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdCli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vd-chart.h"
#include "vd-cli.h"
#include "vd-date.h"
#include "vd-stats.h"
#include "vd-store.h"

/* vinh-danh-cli chart: the charts of the Statistics place, headless. The
 * picture is the one the application exports (same drawing function);
 * .csv and .xlsx write its table. */

typedef struct
{
  const char   *name;
  VdStatsQuery  query;
  VdChartShape  shape;
  const char   *title;
} Kind;

static const Kind kinds[] = {
  { "units", VD_STATS_UNITS, VD_CHART_SHAPE_BARS, N_("Awards per Unit") },
  { "units-stacked", VD_STATS_UNITS_BY_FORM, VD_CHART_SHAPE_STACKED, N_("Awards per Unit by Form") },
  { "years", VD_STATS_YEARS_BY_FORM, VD_CHART_SHAPE_COLUMNS, N_("Awards per Year by Form") },
  { "years-units", VD_STATS_YEARS_BY_UNIT, VD_CHART_SHAPE_LINES, N_("Awards per Year by Unit") },
  { "mix", VD_STATS_MIX, VD_CHART_SHAPE_DONUT, N_("Mix of Award Forms") },
  { "shares", VD_STATS_SHARES, VD_CHART_SHAPE_LINES, N_("Shares of Women and Direct Workers") },
};

int
vd_cli_chart (int    argc,
              char **argv)
{
  g_autofree char *db = NULL;
  g_autofree char *kind_name = NULL;
  g_autofree char *output = NULL;
  g_autofree char *style = NULL;
  int from = 0, to = 0, width = 1000, height = 640, top = VD_CHART_DEFAULT_TOP_N;
  gint64 unit = 0, bloc = 0, campaign = 0;
  const GOptionEntry entries[] = {
    { "db", 'd', 0, G_OPTION_ARG_FILENAME, &db,
      N_("The archive to read; default: the one Vinh Danh opened last"), N_("FILE") },
    { "kind", 'k', 0, G_OPTION_ARG_STRING, &kind_name,
      N_("units, units-stacked, years, years-units, mix or shares"), N_("KIND") },
    { "from", 0, 0, G_OPTION_ARG_INT, &from, N_("First year counted"), N_("YEAR") },
    { "to", 0, 0, G_OPTION_ARG_INT, &to, N_("Last year counted"), N_("YEAR") },
    { "unit", 0, 0, G_OPTION_ARG_INT64, &unit, N_("Count only this unit and its subunits"), N_("ID") },
    { "bloc", 0, 0, G_OPTION_ARG_INT64, &bloc, N_("Count only the members of this bloc"), N_("ID") },
    { "campaign", 0, 0, G_OPTION_ARG_INT64, &campaign, N_("Count only awards proposed in this campaign"), N_("ID") },
    { "style", 0, 0, G_OPTION_ARG_STRING, &style, N_("For years: bars or lines"), N_("STYLE") },
    { "top", 0, 0, G_OPTION_ARG_INT, &top, N_("Bars shown before the rest fold into “Others”"), N_("N") },
    { "width", 0, 0, G_OPTION_ARG_INT, &width, N_("Width in pixels (points for SVG and PDF)"), N_("N") },
    { "height", 0, 0, G_OPTION_ARG_INT, &height, N_("Height in pixels (points for SVG and PDF)"), N_("N") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("The file to write: .png, .svg, .pdf, .csv or .xlsx"), N_("FILE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(VdStore) store = NULL;
  g_autoptr(VdStatsFilter) filter = vd_stats_filter_new ();
  g_autoptr(VdStatsTable) table = NULL;
  g_autoptr(VdChart) chart = NULL;
  g_autofree char *path = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *today = NULL;
  g_autofree char *today_display = NULL;
  const Kind *kind = NULL;
  VdChartShape shape;
  VdChartFormat format;

  g_option_context_set_summary (context, _("Draws a chart of the archive’s awards, as the Statistics place "
                                           "shows it, into a picture or a table."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (!vd_cli_parse (context, "chart", &argc, &argv))
    return VD_CLI_EXIT_USAGE;

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_strcmp0 (kind_name ? kind_name : "units", kinds[i].name) == 0)
      kind = &kinds[i];
  if (kind == NULL)
    {
      vd_cli_error ("chart", _("unknown kind “%s”; use units, units-stacked, years, years-units, mix or shares"),
                    kind_name);
      return VD_CLI_EXIT_USAGE;
    }
  if (output == NULL || !vd_chart_format_from_path (output, &format))
    {
      vd_cli_error ("chart", _("give the file to write with --output FILE ending in .png, .svg, .pdf, .csv or .xlsx"));
      return VD_CLI_EXIT_USAGE;
    }
  if (width < 200 || height < 150 || width > 10000 || height > 10000)
    {
      vd_cli_error ("chart", _("the size must be between 200×150 and 10000×10000"));
      return VD_CLI_EXIT_USAGE;
    }
  shape = kind->shape;
  if (style != NULL && (kind->query == VD_STATS_YEARS_BY_FORM || kind->query == VD_STATS_YEARS_BY_UNIT))
    {
      if (g_str_equal (style, "bars"))
        shape = VD_CHART_SHAPE_COLUMNS;
      else if (g_str_equal (style, "lines"))
        shape = VD_CHART_SHAPE_LINES;
      else
        {
          vd_cli_error ("chart", _("unknown style “%s”; use bars or lines"), style);
          return VD_CLI_EXIT_USAGE;
        }
    }

  path = vd_cli_resolve_db ("chart", db);
  if (path == NULL)
    return VD_CLI_EXIT_USAGE;
  store = vd_store_open (path, VD_STORE_OPEN_EXISTING, &error);
  if (store == NULL)
    {
      vd_cli_error ("chart", "%s", error->message);
      return VD_CLI_EXIT_FAILURE;
    }

  filter->year_from = from;
  filter->year_to = to;
  filter->unit_id = unit;
  filter->bloc_id = bloc;
  filter->campaign_id = campaign;

  table = vd_stats_query (store, kind->query, filter, NULL, &error);
  if (table == NULL)
    {
      vd_cli_error ("chart", "%s", error->message);
      return VD_CLI_EXIT_FAILURE;
    }
  chart = vd_chart_new_from_table (g_steal_pointer (&table), shape, MAX (top, 0), VD_CHART_DEFAULT_TOP_SERIES);
  subtitle = vd_stats_filter_describe (store, filter);
  today = vd_date_today_iso ();
  today_display = vd_date_to_display (today);
  vd_chart_set_title (chart, _(kind->title));
  vd_chart_set_subtitle (chart, subtitle);
  vd_chart_set_date (chart, today_display);

  if (!vd_chart_export (chart, output, format, width, height, &error))
    {
      vd_cli_error ("chart", "%s", error->message);
      return VD_CLI_EXIT_FAILURE;
    }
  return EXIT_SUCCESS;
}
