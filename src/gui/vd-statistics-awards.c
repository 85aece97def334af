/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdStatisticsAwards"

#include "config.h"

#include <glib/gi18n.h>

#include "vd-chart.h"
#include "vd-date.h"
#include "vd-statistics-awards.h"

/* The awards behind one bar, point or slice: the drill-down of the
 * Statistics place. They are listed on a worker, newest first. */

/* A bar of a large archive can stand for tens of thousands of awards;
 * the list shows this many and says how many more there are. */
#define LIST_LIMIT 5000

struct _VdStatisticsAwards
{
  AdwWindow       parent_instance;

  /* template widgets */
  AdwWindowTitle *window_title;
  GtkStack       *stack;
  GtkColumnView  *column_view;
  GtkLabel       *count_label;

  /* owned */
  GPtrArray      *awards;  /* VdStatsAward* */
  GCancellable   *cancellable;
};

G_DEFINE_FINAL_TYPE (VdStatisticsAwards, vd_statistics_awards, ADW_TYPE_WINDOW)

typedef enum
{
  COLUMN_YEAR,
  COLUMN_RECIPIENT,
  COLUMN_UNIT,
  COLUMN_KIND,
  COLUMN_DECISION,
} Column;

static char *
cell_text (VdStatsAward *award,
           Column        column)
{
  switch (column)
    {
    case COLUMN_YEAR:
      return g_strdup_printf ("%d", award->year);
    case COLUMN_RECIPIENT:
      return g_strdup (award->recipient);
    case COLUMN_UNIT:
      return g_strdup (award->unit);
    case COLUMN_KIND:
      return g_strdup (award->kind);
    case COLUMN_DECISION:
    default:
      if (award->decision == NULL)
        return g_strdup ("—");
      if (award->signed_on != NULL)
        {
          g_autofree char *date = vd_date_to_display (award->signed_on);
          /* TRANSLATORS: a decision number and its date, "382/QĐ-BTNMT, 12/03/2021" */
          return g_strdup_printf (_("%s, %s"), award->decision, date);
        }
      return g_strdup (award->decision);
    }
}

static void
on_setup (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          gpointer                  data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
on_bind (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         gpointer                  data)
{
  VdStatisticsAwards *self = g_object_get_data (G_OBJECT (factory), "vd-window");
  Column column = GPOINTER_TO_INT (data);
  guint index = (guint) g_ascii_strtoull (gtk_string_object_get_string (gtk_list_item_get_item (item)), NULL, 10);
  g_autofree char *text = NULL;

  if (self->awards == NULL || index >= self->awards->len)
    return;
  text = cell_text (g_ptr_array_index (self->awards, index), column);
  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text);
  gtk_widget_set_tooltip_text (gtk_list_item_get_child (item), text);
}

static void
add_column (VdStatisticsAwards *self,
            const char         *title,
            Column              column,
            gboolean            expand)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) view_column = NULL;

  g_object_set_data (G_OBJECT (factory), "vd-window", self);
  g_signal_connect (factory, "setup", G_CALLBACK (on_setup), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (on_bind), GINT_TO_POINTER (column));
  view_column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_expand (view_column, expand);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  gtk_column_view_append_column (self->column_view, view_column);
}

static void
on_list_done (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(VdStatisticsAwards) self = user_data;
  g_autoptr(GPtrArray) awards = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkStringList) rows = NULL;
  g_autoptr(GtkSingleSelection) selection = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *total_text = NULL;
  g_autofree char *count = NULL;
  gint64 total = 0;

  awards = vd_stats_list_awards_finish (VD_STORE (source), result, &total, &error);
  if (awards == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      adw_window_title_set_subtitle (self->window_title, error->message);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  self->awards = g_steal_pointer (&awards);
  if (self->awards->len == 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  rows = gtk_string_list_new (NULL);
  for (guint i = 0; i < self->awards->len; i++)
    {
      char index[16];
      g_snprintf (index, sizeof index, "%u", i);
      gtk_string_list_append (rows, index);
    }
  selection = gtk_single_selection_new (G_LIST_MODEL (g_steal_pointer (&rows)));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));

  total_text = vd_chart_format_count (total);
  if ((gint64) self->awards->len < total)
    {
      shown = vd_chart_format_count (self->awards->len);
      count = g_strdup_printf (_("The newest %s of %s awards; narrow the filters to see the others."),
                               shown, total_text);
    }
  else
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s award", "%s awards", total), total_text);
  gtk_label_set_text (self->count_label, count);
  gtk_stack_set_visible_child_name (self->stack, "list");
}

static void
vd_statistics_awards_dispose (GObject *object)
{
  VdStatisticsAwards *self = VD_STATISTICS_AWARDS (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (object), VD_TYPE_STATISTICS_AWARDS);
  G_OBJECT_CLASS (vd_statistics_awards_parent_class)->dispose (object);
}

static void
vd_statistics_awards_finalize (GObject *object)
{
  VdStatisticsAwards *self = VD_STATISTICS_AWARDS (object);

  g_clear_pointer (&self->awards, g_ptr_array_unref);
  G_OBJECT_CLASS (vd_statistics_awards_parent_class)->finalize (object);
}

static void
vd_statistics_awards_class_init (VdStatisticsAwardsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vd_statistics_awards_dispose;
  object_class->finalize = vd_statistics_awards_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/vinhdanh/VinhDanh/vd-statistics-awards.ui");
  gtk_widget_class_bind_template_child (widget_class, VdStatisticsAwards, window_title);
  gtk_widget_class_bind_template_child (widget_class, VdStatisticsAwards, stack);
  gtk_widget_class_bind_template_child (widget_class, VdStatisticsAwards, column_view);
  gtk_widget_class_bind_template_child (widget_class, VdStatisticsAwards, count_label);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
vd_statistics_awards_init (VdStatisticsAwards *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  add_column (self, _("Year"), COLUMN_YEAR, FALSE);
  add_column (self, _("Recipient"), COLUMN_RECIPIENT, TRUE);
  add_column (self, _("Unit"), COLUMN_UNIT, TRUE);
  add_column (self, _("Award"), COLUMN_KIND, TRUE);
  add_column (self, _("Decision"), COLUMN_DECISION, TRUE);
}

/**
 * vd_statistics_awards_new:
 * @filter: the awards to list (a chart's filter narrowed to one bar)
 * @description: what the bar shows, for the window's subtitle
 */
GtkWidget *
vd_statistics_awards_new (VdStore             *store,
                          const VdStatsFilter *filter,
                          const char          *description)
{
  VdStatisticsAwards *self = g_object_new (VD_TYPE_STATISTICS_AWARDS, NULL);

  adw_window_title_set_subtitle (self->window_title, description);
  self->cancellable = g_cancellable_new ();
  vd_stats_list_awards_async (store, filter, LIST_LIMIT, self->cancellable, on_list_done, g_object_ref (self));
  return GTK_WIDGET (self);
}
