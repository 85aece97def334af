/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdStatisticsView"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "vd-chart-view.h"
#include "vd-date.h"
#include "vd-statistics-awards.h"
#include "vd-statistics-report-dialog.h"
#include "vd-statistics-view.h"
#include "vd-stats.h"

/* The Statistics place: choose a chart and filters on the left, see the
 * chart, the filters in words and its table at once. Every change counts
 * again on a worker (vd_stats_query_async()); a newer change cancels the
 * count still running. A bar opens the awards behind it. */

struct _VdStatisticsView
{
  AdwBin          parent_instance;

  /* template widgets */
  AdwComboRow    *chart_row;
  AdwComboRow    *style_row;
  GtkSpinButton  *from_spin;
  GtkSpinButton  *to_spin;
  AdwComboRow    *unit_row;
  AdwComboRow    *bloc_row;
  GtkMenuButton  *forms_button;
  GtkBox         *forms_box;
  AdwComboRow    *subject_row;
  AdwComboRow    *gender_row;
  AdwComboRow    *direct_row;
  AdwComboRow    *campaign_row;
  GtkLabel       *title_label;
  GtkSpinner     *spinner;
  GtkPopover     *export_popover;
  GtkSpinButton  *width_spin;
  GtkSpinButton  *height_spin;
  VdChartView    *chart_view;
  GtkLabel       *summary_label;
  GtkColumnView  *table_view;

  /* state */
  gboolean        loading_choices;  /* filling the rows: no recount per row */
  int             first_year;
  int             last_year;

  /* owned */
  VdStore        *store;
  VdStatsFilter  *filter;           /* of the chart shown */
  VdStatsFilter  *pending_filter;   /* of the count running */
  VdChart        *chart;
  GArray         *unit_ids;         /* gint64, by unit_row position; 0 = all */
  GArray         *bloc_ids;
  GArray         *campaign_ids;
  GPtrArray      *form_checks;      /* GtkCheckButton*, with "vd-kind-id" */
  GCancellable   *cancellable;
  guint           recount_source;
  gulong          changed_id;
};

G_DEFINE_FINAL_TYPE (VdStatisticsView, vd_statistics_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* What each entry of chart_row shows. */
typedef struct
{
  VdStatsQuery  query;
  VdChartShape  shape;
  gboolean      has_style;
  const char   *title;
  const char   *file_name;
} ChartChoice;

static const ChartChoice chart_choices[] = {
  { VD_STATS_UNITS, VD_CHART_SHAPE_BARS, FALSE, N_("Awards per Unit"), N_("awards-per-unit") },
  { VD_STATS_UNITS_BY_FORM, VD_CHART_SHAPE_STACKED, FALSE, N_("Awards per Unit by Form"), N_("awards-per-unit-by-form") },
  { VD_STATS_YEARS_BY_FORM, VD_CHART_SHAPE_COLUMNS, TRUE, N_("Awards per Year by Form"), N_("awards-per-year-by-form") },
  { VD_STATS_YEARS_BY_UNIT, VD_CHART_SHAPE_LINES, TRUE, N_("Awards per Year by Unit"), N_("awards-per-year-by-unit") },
  { VD_STATS_MIX, VD_CHART_SHAPE_DONUT, FALSE, N_("Mix of Award Forms"), N_("award-forms") },
  { VD_STATS_SHARES, VD_CHART_SHAPE_LINES, FALSE, N_("Shares of Women and Direct Workers"), N_("shares-women-direct-workers") },
};

/* Drill-down lists show this many awards; the rest are counted. */
#define DRILL_DOWN_LIMIT 5000

static void schedule_recount (VdStatisticsView *self);

static const ChartChoice *
current_choice (VdStatisticsView *self)
{
  guint i = adw_combo_row_get_selected (self->chart_row);

  return &chart_choices[MIN (i, G_N_ELEMENTS (chart_choices) - 1)];
}

static void
add_toast (VdStatisticsView *self,
           AdwToast         *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

static void
show_error (VdStatisticsView *self,
            const GError     *error)
{
  AdwToast *toast = adw_toast_new (error->message);

  adw_toast_set_timeout (toast, 0);
  add_toast (self, toast);
}

static void
update_actions (VdStatisticsView *self)
{
  gboolean has_chart = self->chart != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "statistics.export", has_chart);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "statistics.print", has_chart);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "statistics.report-forms", self->store != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "statistics.reset", self->store != NULL);
}

/* ---- Filters ---- */

static gint64
selected_id (AdwComboRow *row,
             GArray      *ids)
{
  guint i = adw_combo_row_get_selected (row);

  if (ids == NULL || i == GTK_INVALID_LIST_POSITION || i >= ids->len)
    return 0;
  return g_array_index (ids, gint64, i);
}

static VdStatsFilter *
read_filter (VdStatisticsView *self)
{
  VdStatsFilter *filter = vd_stats_filter_new ();
  g_autoptr(GArray) kinds = g_array_new (FALSE, FALSE, sizeof (gint64));
  int from = gtk_spin_button_get_value_as_int (self->from_spin);
  int to = gtk_spin_button_get_value_as_int (self->to_spin);

  filter->year_from = MIN (from, to);
  filter->year_to = MAX (from, to);
  filter->unit_id = selected_id (self->unit_row, self->unit_ids);
  filter->bloc_id = selected_id (self->bloc_row, self->bloc_ids);
  filter->campaign_id = selected_id (self->campaign_row, self->campaign_ids);
  filter->subject = (VdStatsSubject) adw_combo_row_get_selected (self->subject_row);
  filter->gender = (VdStatsGender) adw_combo_row_get_selected (self->gender_row);
  filter->direct = (VdStatsDirect) adw_combo_row_get_selected (self->direct_row);

  for (guint i = 0; self->form_checks != NULL && i < self->form_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->form_checks, i);

      if (gtk_check_button_get_active (check))
        {
          gint64 id = *(gint64 *) g_object_get_data (G_OBJECT (check), "vd-kind-id");
          g_array_append_val (kinds, id);
        }
    }
  /* Every form ticked is the same as none: all forms. */
  if (kinds->len > 0 && kinds->len < self->form_checks->len)
    vd_stats_filter_set_kinds (filter, (gint64 *) kinds->data, kinds->len);
  return filter;
}

static void
update_forms_label (VdStatisticsView *self)
{
  guint n = 0, total = self->form_checks ? self->form_checks->len : 0;
  g_autofree char *label = NULL;

  for (guint i = 0; i < total; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->form_checks, i)))
      n++;
  if (n == 0 || n == total)
    label = g_strdup (_("All"));
  else
    label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u form", "%u forms", n), n);
  gtk_menu_button_set_label (self->forms_button, label);
}

static void
on_form_toggled (VdStatisticsView *self)
{
  update_forms_label (self);
  schedule_recount (self);
}

static GtkStringList *
choice_model (GPtrArray  *choices,
              const char *all,
              GArray     *ids,
              gboolean    indent)
{
  GtkStringList *list = gtk_string_list_new (NULL);
  gint64 none = 0;

  g_array_set_size (ids, 0);
  gtk_string_list_append (list, all);
  g_array_append_val (ids, none);
  for (guint i = 0; choices != NULL && i < choices->len; i++)
    {
      VdStatsChoice *choice = g_ptr_array_index (choices, i);
      /* Subunits indented under their parents, as in the unit tree. */
      g_autofree char *pad = g_strnfill (indent ? (gsize) choice->depth * 3 : 0, ' ');
      g_autofree char *text = g_strconcat (pad, choice->name, NULL);

      gtk_string_list_append (list, text);
      g_array_append_val (ids, choice->id);
    }
  return list;
}

static void
load_choices (VdStatisticsView *self)
{
  g_autoptr(GPtrArray) units = NULL;
  g_autoptr(GPtrArray) blocs = NULL;
  g_autoptr(GPtrArray) kinds = NULL;
  g_autoptr(GPtrArray) campaigns = NULL;
  g_autoptr(GtkStringList) unit_model = NULL;
  g_autoptr(GtkStringList) bloc_model = NULL;
  g_autoptr(GtkStringList) campaign_model = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *child;

  self->loading_choices = TRUE;

  /* Small lists (hundreds of rows at most), read once per archive. */
  if (self->store != NULL)
    {
      units = vd_stats_list_units (self->store, &error);
      if (units != NULL)
        blocs = vd_stats_list_blocs (self->store, &error);
      if (blocs != NULL)
        kinds = vd_stats_list_kinds (self->store, &error);
      if (kinds != NULL)
        campaigns = vd_stats_list_campaigns (self->store, &error);
      if (campaigns != NULL && !vd_stats_year_range (self->store, &self->first_year, &self->last_year, &error))
        g_clear_pointer (&campaigns, g_ptr_array_unref);
      if (error != NULL)
        show_error (self, error);
    }

  unit_model = choice_model (units, _("All units"), self->unit_ids, TRUE);
  bloc_model = choice_model (blocs, _("All blocs"), self->bloc_ids, FALSE);
  campaign_model = choice_model (campaigns, _("All campaigns"), self->campaign_ids, FALSE);
  adw_combo_row_set_model (self->unit_row, G_LIST_MODEL (unit_model));
  adw_combo_row_set_model (self->bloc_row, G_LIST_MODEL (bloc_model));
  adw_combo_row_set_model (self->campaign_row, G_LIST_MODEL (campaign_model));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->forms_box))) != NULL)
    gtk_box_remove (self->forms_box, child);
  g_ptr_array_set_size (self->form_checks, 0);
  for (guint i = 0; kinds != NULL && i < kinds->len; i++)
    {
      VdStatsChoice *kind = g_ptr_array_index (kinds, i);
      GtkWidget *check = gtk_check_button_new_with_label (kind->name);

      g_object_set_data_full (G_OBJECT (check), "vd-kind-id", g_memdup2 (&kind->id, sizeof kind->id), g_free);
      g_signal_connect_swapped (check, "toggled", G_CALLBACK (on_form_toggled), self);
      gtk_box_append (self->forms_box, check);
      g_ptr_array_add (self->form_checks, check);
    }
  update_forms_label (self);

  if (self->store != NULL)
    {
      gtk_spin_button_set_value (self->from_spin, self->first_year);
      gtk_spin_button_set_value (self->to_spin, self->last_year);
    }

  self->loading_choices = FALSE;
}

/* ---- The table beside the chart ---- */

typedef struct
{
  VdStatisticsView *view;
  int               column;  /* -1: the category's name; else a figure */
} ColumnData;

static char *
cell_text (VdChart *chart,
           guint    category,
           int      column)
{
  guint ns = vd_chart_get_n_series (chart);

  if (column < 0)
    return g_strdup (vd_chart_get_category (chart, category)->name);
  if (vd_chart_is_percent (chart))
    {
      /* Base, then count and share per series. */
      if (column == 0)
        return vd_chart_format_count (vd_chart_get_base (chart, category));
      if ((column - 1) % 2 == 0)
        return vd_chart_format_count (vd_chart_get_count (chart, category, (column - 1) / 2));
      return vd_chart_format_percent (vd_chart_get_value (chart, category, (column - 1) / 2));
    }
  if (ns > 1 && (guint) column < ns)
    return vd_chart_format_count (vd_chart_get_count (chart, category, column));
  return vd_chart_format_count (vd_chart_get_category_total (chart, category));
}

static void
column_data_free (gpointer  data,
                  GClosure *closure)
{
  g_free (data);
}

static void
chart_unref_notify (gpointer  data,
                    GClosure *closure)
{
  vd_chart_unref (data);
}

static void
on_cell_setup (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               ColumnData               *data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), data->column < 0 ? 0 : 1);
  if (data->column < 0)
    {
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_width_chars (GTK_LABEL (label), 14);
    }
  else
    gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (item, label);
}

static void
on_cell_bind (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              ColumnData               *data)
{
  GtkStringObject *object = gtk_list_item_get_item (item);
  guint category = (guint) g_ascii_strtoull (gtk_string_object_get_string (object), NULL, 10);
  VdChart *chart = data->view->chart;
  g_autofree char *text = NULL;

  if (chart == NULL || category >= vd_chart_get_n_categories (chart))
    return;
  text = cell_text (chart, category, data->column);
  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text);
  if (data->column < 0)
    gtk_widget_set_tooltip_text (gtk_list_item_get_child (item), text);
}

static void
add_table_column (VdStatisticsView *self,
                  const char       *title,
                  int               column)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  ColumnData *data = g_new0 (ColumnData, 1);
  g_autoptr(GtkColumnViewColumn) view_column = NULL;

  data->view = self;
  data->column = column;
  g_signal_connect_data (factory, "setup", G_CALLBACK (on_cell_setup), data, column_data_free, 0);
  g_signal_connect (factory, "bind", G_CALLBACK (on_cell_bind), data);
  view_column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_expand (view_column, column < 0);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  gtk_column_view_append_column (self->table_view, view_column);
}

static void
rebuild_table (VdStatisticsView *self)
{
  GListModel *columns = gtk_column_view_get_columns (self->table_view);
  g_autoptr(GtkStringList) rows = gtk_string_list_new (NULL);
  g_autoptr(GtkNoSelection) selection = NULL;
  VdChart *chart = self->chart;
  guint ns;

  while (g_list_model_get_n_items (columns) > 0)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, 0);
      gtk_column_view_remove_column (self->table_view, column);
    }
  if (chart == NULL)
    {
      gtk_column_view_set_model (self->table_view, NULL);
      return;
    }

  ns = vd_chart_get_n_series (chart);
  switch (vd_chart_get_table (chart)->query)
    {
    case VD_STATS_UNITS:
    case VD_STATS_UNITS_BY_FORM:
      add_table_column (self, _("Unit"), -1);
      break;
    case VD_STATS_MIX:
      add_table_column (self, _("Award form"), -1);
      break;
    default:
      add_table_column (self, _("Year"), -1);
      break;
    }
  if (vd_chart_is_percent (chart))
    {
      add_table_column (self, _("Individual awards"), 0);
      for (guint s = 0; s < ns; s++)
        {
          g_autofree char *share = g_strdup_printf (_("%s (%%)"), vd_chart_get_series (chart, s)->label);
          add_table_column (self, vd_chart_get_series (chart, s)->label, 1 + 2 * (int) s);
          add_table_column (self, share, 2 + 2 * (int) s);
        }
    }
  else
    {
      if (ns > 1)
        for (guint s = 0; s < ns; s++)
          add_table_column (self, vd_chart_get_series (chart, s)->label, (int) s);
      add_table_column (self, _("Total"), (int) ns);
    }

  for (guint c = 0; c < vd_chart_get_n_categories (chart); c++)
    {
      char index[16];
      g_snprintf (index, sizeof index, "%u", c);
      gtk_string_list_append (rows, index);
    }
  selection = gtk_no_selection_new (G_LIST_MODEL (g_steal_pointer (&rows)));
  gtk_column_view_set_model (self->table_view, GTK_SELECTION_MODEL (selection));
}

/* ---- Counting ---- */

static void
on_query_done (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(VdStatisticsView) self = user_data;
  g_autoptr(VdStatsTable) table = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *total = NULL;
  g_autofree char *today = NULL;
  g_autofree char *today_display = NULL;
  const ChartChoice *choice;
  VdChartShape shape;

  table = vd_stats_query_finish (VD_STORE (source), result, &error);
  if (table == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          gtk_spinner_stop (self->spinner);
          show_error (self, error);
        }
      return;
    }
  /* The store may have been swapped while counting. */
  if (VD_STORE (source) != self->store)
    return;

  gtk_spinner_stop (self->spinner);
  g_clear_object (&self->cancellable);

  /* Older counts were cancelled: this one is the pending filter's. */
  g_clear_pointer (&self->filter, vd_stats_filter_free);
  self->filter = g_steal_pointer (&self->pending_filter);
  if (self->filter == NULL)
    self->filter = read_filter (self);

  choice = current_choice (self);
  shape = choice->shape;
  if (choice->has_style)
    shape = adw_combo_row_get_selected (self->style_row) == 1 ? VD_CHART_SHAPE_LINES : VD_CHART_SHAPE_COLUMNS;

  g_clear_pointer (&self->chart, vd_chart_unref);
  self->chart = vd_chart_new_from_table (g_steal_pointer (&table), shape, VD_CHART_DEFAULT_TOP_N,
                                         VD_CHART_DEFAULT_TOP_SERIES);
  subtitle = vd_stats_filter_describe (self->store, self->filter);
  today = vd_date_today_iso ();
  today_display = vd_date_to_display (today);
  vd_chart_set_title (self->chart, _(choice->title));
  vd_chart_set_subtitle (self->chart, subtitle);
  vd_chart_set_date (self->chart, today_display);

  gtk_label_set_text (self->title_label, _(choice->title));
  total = vd_chart_format_count (vd_chart_get_total (self->chart));
  /* TRANSLATORS: the line under the chart: the filters, then the count */
  summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s — %s award", "%s — %s awards",
                                          vd_chart_get_total (self->chart)),
                             subtitle, total);
  gtk_label_set_text (self->summary_label, summary);

  vd_chart_view_set_chart (self->chart_view, self->chart);
  rebuild_table (self);
  update_actions (self);
}

static gboolean
recount (gpointer user_data)
{
  VdStatisticsView *self = user_data;
  VdStatsFilter *filter;

  self->recount_source = 0;
  if (self->store == NULL)
    return G_SOURCE_REMOVE;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  filter = read_filter (self);
  g_clear_pointer (&self->pending_filter, vd_stats_filter_free);
  self->pending_filter = filter;
  gtk_widget_set_sensitive (GTK_WIDGET (self->style_row), current_choice (self)->has_style);
  gtk_spinner_start (self->spinner);
  vd_stats_query_async (self->store, current_choice (self)->query, filter, self->cancellable,
                        on_query_done, g_object_ref (self));
  return G_SOURCE_REMOVE;
}

/* Spin buttons and rows change in bursts (typing a year, arrow keys): one
 * count for the burst. */
static void
schedule_recount (VdStatisticsView *self)
{
  if (self->loading_choices || self->store == NULL)
    return;
  g_clear_handle_id (&self->recount_source, g_source_remove);
  self->recount_source = g_timeout_add (60, recount, self);
}

static void
on_filter_changed (VdStatisticsView *self)
{
  schedule_recount (self);
}

static void
on_store_changed (VdStatisticsView *self,
                  const char       *table)
{
  if (table == NULL || g_str_equal (table, "units") || g_str_equal (table, "blocs")
      || g_str_equal (table, "campaigns") || g_str_equal (table, "award_kinds"))
    load_choices (self);
  schedule_recount (self);
}

/* ---- Drill-down ---- */

static void
open_awards (VdStatisticsView *self,
             guint             category,
             int               series)
{
  g_autoptr(VdStatsFilter) narrow = NULL;
  g_autofree char *title = NULL;
  GtkWidget *window;

  if (self->chart == NULL || self->filter == NULL || category >= vd_chart_get_n_categories (self->chart))
    return;
  narrow = vd_chart_narrow_filter (self->chart, self->filter, category, series);
  title = vd_chart_describe_point (self->chart, category, series);
  window = vd_statistics_awards_new (self->store, narrow, title);
  gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  gtk_window_present (GTK_WINDOW (window));
}

static void
on_chart_view_activated (VdChartView      *view,
                         guint             category,
                         int               series,
                         VdStatisticsView *self)
{
  open_awards (self, category, series);
}

static void
on_table_view_activate (GtkColumnView    *view,
                        guint             position,
                        VdStatisticsView *self)
{
  open_awards (self, position, -1);
}

/* ---- Export and print ---- */

typedef struct
{
  VdStatisticsView *view;
  VdChart          *chart;
  VdChartFormat     format;
  double            width;
  double            height;
} ExportData;

static void
export_data_free (ExportData *data)
{
  g_object_unref (data->view);
  vd_chart_unref (data->chart);
  g_free (data);
}

static void
on_export_response (GtkNativeDialog *dialog,
                    int              response,
                    ExportData      *data)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      path = g_file_get_path (file);
    }
  if (path != NULL)
    {
      if (vd_chart_export (data->chart, path, data->format, data->width, data->height, &error))
        {
          g_autofree char *name = g_path_get_basename (path);
          g_autofree char *title = g_strdup_printf (_("Exported “%s”"), name);
          add_toast (data->view, adw_toast_new (title));
        }
      else
        show_error (data->view, error);
    }
  export_data_free (data);
  g_object_unref (dialog);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  VdStatisticsView *self = VD_STATISTICS_VIEW (widget);
  const char *extension = g_variant_get_string (parameter, NULL);
  g_autofree char *name = NULL;
  g_autofree char *probe = NULL;
  GtkFileChooserNative *dialog;
  ExportData *data;
  VdChartFormat format;

  if (self->chart == NULL)
    return;
  probe = g_strconcat ("x.", extension, NULL);
  if (!vd_chart_format_from_path (probe, &format))
    return;
  gtk_popover_popdown (self->export_popover);

  data = g_new0 (ExportData, 1);
  data->view = g_object_ref (self);
  data->chart = vd_chart_ref (self->chart);
  data->format = format;
  data->width = gtk_spin_button_get_value (self->width_spin);
  data->height = gtk_spin_button_get_value (self->height_spin);

  dialog = gtk_file_chooser_native_new (_("Export Chart"), GTK_WINDOW (gtk_widget_get_root (widget)),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  name = g_strconcat (_(current_choice (self)->file_name), ".", extension, NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  g_signal_connect (dialog, "response", G_CALLBACK (on_export_response), data);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
on_draw_page (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              VdChart           *chart)
{
  VdChartTheme theme = { FALSE, NULL, 1 };

  vd_chart_draw (chart, gtk_print_context_get_cairo_context (context),
                 gtk_print_context_get_width (context), gtk_print_context_get_height (context),
                 &theme, VD_CHART_DRAW_HEADER, -1, -1);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  VdStatisticsView *self = VD_STATISTICS_VIEW (widget);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GError) error = NULL;

  if (self->chart == NULL)
    return;
  operation = gtk_print_operation_new ();
  /* Charts are wide: landscape by default. */
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_n_pages (operation, 1);
  gtk_print_operation_set_job_name (operation, vd_chart_get_title (self->chart));
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_signal_connect_data (operation, "draw-page", G_CALLBACK (on_draw_page), vd_chart_ref (self->chart),
                         chart_unref_notify, 0);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_WINDOW (gtk_widget_get_root (widget)), &error)
      == GTK_PRINT_OPERATION_RESULT_ERROR)
    show_error (self, error);
}

static void
report_forms_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  VdStatisticsView *self = VD_STATISTICS_VIEW (widget);
  int year = self->filter && self->filter->year_to > 0 ? self->filter->year_to : self->last_year;
  GtkWidget *dialog;

  if (self->store == NULL)
    return;
  dialog = vd_statistics_report_dialog_new (self->store, year);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (gtk_widget_get_root (widget)));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
reset_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  VdStatisticsView *self = VD_STATISTICS_VIEW (widget);

  self->loading_choices = TRUE;
  gtk_spin_button_set_value (self->from_spin, self->first_year);
  gtk_spin_button_set_value (self->to_spin, self->last_year);
  adw_combo_row_set_selected (self->unit_row, 0);
  adw_combo_row_set_selected (self->bloc_row, 0);
  adw_combo_row_set_selected (self->subject_row, 0);
  adw_combo_row_set_selected (self->gender_row, 0);
  adw_combo_row_set_selected (self->direct_row, 0);
  adw_combo_row_set_selected (self->campaign_row, 0);
  for (guint i = 0; i < self->form_checks->len; i++)
    gtk_check_button_set_active (g_ptr_array_index (self->form_checks, i), FALSE);
  update_forms_label (self);
  self->loading_choices = FALSE;
  schedule_recount (self);
}

/* ---- Object ---- */

static void
set_store (VdStatisticsView *self,
           VdStore          *store)
{
  if (self->store == store)
    return;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_signal_handler (&self->changed_id, self->store);
  g_set_object (&self->store, store);
  g_clear_pointer (&self->chart, vd_chart_unref);
  g_clear_pointer (&self->filter, vd_stats_filter_free);
  vd_chart_view_set_chart (self->chart_view, NULL);
  rebuild_table (self);

  if (store != NULL)
    self->changed_id = g_signal_connect_swapped (store, "changed", G_CALLBACK (on_store_changed), self);
  load_choices (self);
  update_actions (self);
  schedule_recount (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

static void
vd_statistics_view_dispose (GObject *object)
{
  VdStatisticsView *self = VD_STATISTICS_VIEW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->recount_source, g_source_remove);
  g_clear_signal_handler (&self->changed_id, self->store);
  g_clear_object (&self->store);
  g_clear_pointer (&self->chart, vd_chart_unref);
  g_clear_pointer (&self->filter, vd_stats_filter_free);
  g_clear_pointer (&self->pending_filter, vd_stats_filter_free);
  gtk_widget_dispose_template (GTK_WIDGET (object), VD_TYPE_STATISTICS_VIEW);
  G_OBJECT_CLASS (vd_statistics_view_parent_class)->dispose (object);
}

static void
vd_statistics_view_finalize (GObject *object)
{
  VdStatisticsView *self = VD_STATISTICS_VIEW (object);

  g_array_unref (self->unit_ids);
  g_array_unref (self->bloc_ids);
  g_array_unref (self->campaign_ids);
  g_ptr_array_unref (self->form_checks);
  G_OBJECT_CLASS (vd_statistics_view_parent_class)->finalize (object);
}

static void
vd_statistics_view_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  VdStatisticsView *self = VD_STATISTICS_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vd_statistics_view_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  VdStatisticsView *self = VD_STATISTICS_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      set_store (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vd_statistics_view_class_init (VdStatisticsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vd_statistics_view_dispose;
  object_class->finalize = vd_statistics_view_finalize;
  object_class->get_property = vd_statistics_view_get_property;
  object_class->set_property = vd_statistics_view_set_property;

  /**
   * VdStatisticsView:store:
   * The archive counted; the window sets it.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, VD_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (VD_TYPE_CHART_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/vinhdanh/VinhDanh/vd-statistics-view.ui");
  gtk_widget_class_bind_template_child (widget_class, VdStatisticsView, chart_row);
  gtk_widget_class_bind_template_child (widget_class, VdStatisticsView, style_row);
  gtk_widget_class_bind_template_child (widget_class, VdStatisticsView, from_spin);
  gtk_widget_class_bind_template_child (widget_class, VdStatisticsView, to_spin);
  gtk_widget_class_bind_template_child (widget_class, VdStatisticsView, unit_row);
  gtk_widget_class_bind_template_child (widget_class, VdStatisticsView, bloc_row);
  gtk_widget_class_bind_template_child (widget_class, VdStatisticsView, forms_button);
  gtk_widget_class_bind_template_child (widget_class, VdStatisticsView, forms_box);
  gtk_widget_class_bind_template_child (widget_class, VdStatisticsView, subject_row);
  gtk_widget_class_bind_template_child (widget_class, VdStatisticsView, gender_row);
  gtk_widget_class_bind_template_child (widget_class, VdStatisticsView, direct_row);
  gtk_widget_class_bind_template_child (widget_class, VdStatisticsView, campaign_row);
  gtk_widget_class_bind_template_child (widget_class, VdStatisticsView, title_label);
  gtk_widget_class_bind_template_child (widget_class, VdStatisticsView, spinner);
  gtk_widget_class_bind_template_child (widget_class, VdStatisticsView, export_popover);
  gtk_widget_class_bind_template_child (widget_class, VdStatisticsView, width_spin);
  gtk_widget_class_bind_template_child (widget_class, VdStatisticsView, height_spin);
  gtk_widget_class_bind_template_child (widget_class, VdStatisticsView, chart_view);
  gtk_widget_class_bind_template_child (widget_class, VdStatisticsView, summary_label);
  gtk_widget_class_bind_template_child (widget_class, VdStatisticsView, table_view);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_chart_view_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_table_view_activate);

  gtk_widget_class_install_action (widget_class, "statistics.export", "s", export_action);
  gtk_widget_class_install_action (widget_class, "statistics.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "statistics.report-forms", NULL, report_forms_action);
  gtk_widget_class_install_action (widget_class, "statistics.reset", NULL, reset_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "statistics.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "statistics.export", "s", "png");
}

static void
vd_statistics_view_init (VdStatisticsView *self)
{
  self->unit_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->bloc_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->campaign_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->form_checks = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  load_choices (self);
  update_actions (self);
}
