/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdAgendaView"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "vd-agenda-view.h"
#include "vd-campaigns.h"
#include "vd-date.h"

/* Agenda: milestones and deadlines of the weeks ahead of the focused day,
 * grouped by week, with the ones still open from before today on top,
 * marked overdue. */

struct _VdAgendaView
{
  AdwBin parent_instance;

  /* owned widgets (built here: the rows depend on the data) */
  GtkStack   *stack;
  GtkBox     *box;      /* a heading and a boxed list per group */
  GtkListBox *list;     /* the group being filled */
};

G_DEFINE_FINAL_TYPE (VdAgendaView, vd_agenda_view, ADW_TYPE_BIN)

enum {
  CAMPAIGN_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Overdue ones listed at most; the oldest are least likely still to matter. */
#define MAX_OVERDUE 50

typedef struct
{
  const VdCampaign  *campaign;
  const VdMilestone *milestone;
  VdDay              due;
} Entry;

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const Entry *x = a, *y = b;

  if (x->due != y->due)
    return x->due < y->due ? -1 : 1;
  return g_strcmp0 (x->milestone->title, y->milestone->title);
}

static GtkWidget *
header_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_set_margin_top (label, 18);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_widget_set_margin_start (label, 12);
  return label;
}

static GtkWidget *
entry_row (const Entry *entry,
           gboolean     overdue)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *date = vd_date_to_display (entry->milestone->due_on);
  g_autofree char *subtitle = NULL;
  g_autofree char *title = g_markup_escape_text (entry->milestone->title, -1);
  g_autofree char *campaign = g_markup_escape_text (entry->campaign->name, -1);

  /* Translators: a milestone's date, its type and its campaign. */
  subtitle = g_strdup_printf (_("%s · %s · %s"), date, vd_milestone_kind_label (entry->milestone->kind), campaign);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "campaign", g_memdup2 (&entry->campaign->id, sizeof (gint64)), g_free);

  if (overdue)
    {
      GtkWidget *badge = gtk_label_new (_("Overdue"));

      gtk_widget_add_css_class (badge, "error");
      gtk_widget_add_css_class (badge, "caption-heading");
      gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), badge);
    }
  else if (entry->milestone->done)
    {
      GtkWidget *icon = gtk_image_new_from_icon_name ("object-select-symbolic");

      gtk_widget_set_tooltip_text (icon, _("Done"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Done"), -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), icon);
    }
  if (entry->milestone->kind == VD_MILESTONE_DOSSIER_DEADLINE)
    adw_action_row_set_icon_name (ADW_ACTION_ROW (row), "alarm-symbolic");
  else
    adw_action_row_set_icon_name (ADW_ACTION_ROW (row), "x-office-calendar-symbolic");
  return row;
}

static void
on_list_row_activated (GtkListBox    *list,
                       GtkListBoxRow *row,
                       VdAgendaView  *self)
{
  gint64 *id = g_object_get_data (G_OBJECT (row), "campaign");

  if (id != NULL)
    g_signal_emit (self, signals[CAMPAIGN_ACTIVATED], 0, *id);
}

static void
append_header (VdAgendaView *self,
               const char   *text)
{
  GtkWidget *label = header_label (text);

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
  g_signal_connect (self->list, "row-activated", G_CALLBACK (on_list_row_activated), self);
  gtk_box_append (self->box, label);
  gtk_box_append (self->box, GTK_WIDGET (self->list));
}

static void
vd_agenda_view_class_init (VdAgendaViewClass *klass)
{
  signals[CAMPAIGN_ACTIVATED] =
    g_signal_new ("campaign-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
}

static void
vd_agenda_view_init (VdAgendaView *self)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *empty = adw_status_page_new ();

  self->stack = GTK_STACK (gtk_stack_new ());
  self->box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 0));
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->box), 24);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 760);
  gtk_widget_set_margin_start (clamp, 12);
  gtk_widget_set_margin_end (clamp, 12);
  adw_clamp_set_child (ADW_CLAMP (clamp), GTK_WIDGET (self->box));
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), "x-office-calendar-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("No Milestones in These Weeks"));
  adw_status_page_set_description (ADW_STATUS_PAGE (empty),
                                   _("Go to other weeks with the arrows, or add milestones to a campaign."));

  gtk_stack_add_named (self->stack, scrolled, "list");
  gtk_stack_add_named (self->stack, empty, "empty");
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->stack));
}

/**
 * vd_agenda_view_set_data:
 * @focus: a day of the first week listed
 */
void
vd_agenda_view_set_data (VdAgendaView         *self,
                         const VdCalendarData *data,
                         VdDay                 focus)
{
  g_autoptr(GArray) coming = g_array_new (FALSE, FALSE, sizeof (Entry));
  g_autoptr(GArray) overdue = g_array_new (FALSE, FALSE, sizeof (Entry));
  VdDay first = vd_day_week_start (focus);
  VdDay last = first + 7 * VD_AGENDA_WEEKS - 1;
  VdDay week = 0;
  GtkWidget *child;

  g_return_if_fail (VD_IS_AGENDA_VIEW (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->box))) != NULL)
    gtk_box_remove (self->box, child);
  self->list = NULL;

  for (guint i = 0; data != NULL && i < data->campaigns->len; i++)
    {
      const VdCampaign *campaign = g_ptr_array_index (data->campaigns, i);

      for (guint m = 0; m < campaign->milestones->len; m++)
        {
          const VdMilestone *milestone = g_ptr_array_index (campaign->milestones, m);
          Entry entry = { campaign, milestone, vd_day_from_iso (milestone->due_on) };

          if (entry.due >= first && entry.due <= last)
            g_array_append_val (coming, entry);
          else if (!milestone->done && entry.due < data->today && entry.due < first)
            g_array_append_val (overdue, entry);
        }
    }
  g_array_sort (coming, compare_entries);
  g_array_sort (overdue, compare_entries);

  if (overdue->len > 0)
    {
      append_header (self, _("Overdue"));
      for (guint i = overdue->len > MAX_OVERDUE ? overdue->len - MAX_OVERDUE : 0; i < overdue->len; i++)
        gtk_list_box_append (self->list, entry_row (&g_array_index (overdue, Entry, i), TRUE));
    }
  for (guint i = 0; i < coming->len; i++)
    {
      const Entry *entry = &g_array_index (coming, Entry, i);

      if (vd_day_week_start (entry->due) != week)
        {
          g_autofree char *from = NULL, *to = NULL, *title = NULL;
          int iso_year;
          int number;

          week = vd_day_week_start (entry->due);
          number = vd_day_iso_week (week, &iso_year);
          {
            g_autofree char *a = vd_day_to_iso (week);
            g_autofree char *b = vd_day_to_iso (week + 6);

            from = vd_date_to_display (a);
            to = vd_date_to_display (b);
          }
          /* Translators: the ISO week number, then its Monday and Sunday. */
          title = g_strdup_printf (_("Week %d · %s – %s"), number, from, to);
          append_header (self, title);
        }
      gtk_list_box_append (self->list, entry_row (entry, !entry->milestone->done && entry->due < data->today));
    }
  gtk_stack_set_visible_child_name (self->stack, coming->len + overdue->len > 0 ? "list" : "empty");
}
