/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdCampaignsView"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "vd-agenda-view.h"
#include "vd-calendar-days.h"
#include "vd-campaign-editor.h"
#include "vd-campaigns-deadlines.h"
#include "vd-campaigns-ics.h"
#include "vd-campaigns-print.h"
#include "vd-campaigns-view.h"
#include "vd-campaigns.h"
#include "vd-date.h"
#include "vd-month-view.h"
#include "vd-year-view.h"

/* The Campaigns place: the calendar of emulation campaigns in a month grid,
 * a year timeline or an agenda of the coming weeks. All campaigns are read
 * once per change of the archive, on a worker thread; moving between
 * months and years, and filtering, then only redraws. */

#define SETTINGS_SCHEMA_ID APPLICATION_ID

struct _VdCampaignsView
{
  AdwBin parent_instance;

  /* template widgets */
  GtkMenuButton *date_button;
  GtkCalendar   *calendar;
  GtkMenuButton *filter_button;
  GtkBox        *filter_box;
  GtkStack      *view_stack;
  VdMonthView   *month_view;
  GtkLabel      *month_list_title;
  GtkListBox    *month_list;
  VdYearView    *year_view;
  VdAgendaView  *agenda_view;

  /* owned widgets of the filter popover */
  GtkCheckButton *kind_checks[VD_N_CAMPAIGN_KINDS + 1];   /* the last one: special */
  GtkCheckButton *scope_checks[VD_N_CAMPAIGN_SCOPES];
  GtkDropDown    *bloc_dropdown;
  GtkDropDown    *unit_dropdown;

  /* owned references */
  VdStore       *store;
  GSettings     *settings;
  GCancellable  *loading;
  GPtrArray     *campaigns;     /* VdCampaign*, all of them */
  GPtrArray     *shown;         /* borrowed from campaigns: those the filter keeps */
  GPtrArray     *fixed_days;
  GArray        *bloc_ids;
  GArray        *unit_ids;
  GtkFileChooserNative *chooser;
  VdCalendarData data;
  VdCampaignFilter filter;

  char          *view;          /* "month", "year" or "agenda" */
  VdDay          focus;         /* the day the views are about */
  gulong         changed_id;
  gboolean       updating_filter;
  guint          badge_number;  /* milestones due in the next VD_DEADLINES_SOON_DAYS */
};

G_DEFINE_FINAL_TYPE (VdCampaignsView, vd_campaigns_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  PROP_VIEW,
  PROP_BADGE_NUMBER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void reload (VdCampaignsView *self);
static void update_deadlines (VdCampaignsView *self);

static void
show_toast (VdCampaignsView *self,
            const char      *message)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (message));
}

static void
update_actions (VdCampaignsView *self)
{
  gboolean ready = self->store != NULL && self->campaigns != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "campaigns.new", self->store != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "campaigns.export-ics", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "campaigns.print",
                                 ready && g_strcmp0 (self->view, "agenda") != 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "campaigns.export-pdf",
                                 ready && g_strcmp0 (self->view, "agenda") != 0);
}

static void
focus_ymd (VdCampaignsView *self,
           int             *year,
           int             *month)
{
  vd_day_to_ymd (self->focus, year, month, NULL);
}

static char *
period_title (VdCampaignsView *self)
{
  int year, month;

  focus_ymd (self, &year, &month);
  if (g_strcmp0 (self->view, "year") == 0)
    return g_strdup_printf ("%d", year);
  if (g_strcmp0 (self->view, "agenda") == 0)
    {
      VdDay first = vd_day_week_start (self->focus);
      g_autofree char *a = vd_day_to_iso (first);
      g_autofree char *b = vd_day_to_iso (first + 7 * VD_AGENDA_WEEKS - 1);
      g_autofree char *from = vd_date_to_display (a);
      g_autofree char *to = vd_date_to_display (b);

      return g_strdup_printf ("%s – %s", from, to);
    }
  return vd_calendar_month_title (year, month);
}

static GtkWidget *
campaign_row (const VdCampaign *campaign)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *title = g_markup_escape_text (campaign->name, -1);
  g_autofree char *starts = vd_date_to_display (campaign->starts_on);
  g_autofree char *ends = campaign->ends_on != NULL ? vd_date_to_display (campaign->ends_on) : NULL;
  g_autofree char *subtitle = NULL;

  if (ends != NULL)
    subtitle = g_strdup_printf ("%s – %s", starts, ends);
  else
    /* Translators: a campaign with no set end, from its start date. */
    subtitle = g_strdup_printf (_("From %s"), starts);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "campaign", g_memdup2 (&campaign->id, sizeof (gint64)), g_free);
  return row;
}

/* The side list of the month view: what the bars show, for keyboards and
 * screen readers, and every campaign when a day has "+N more". */
static void
update_month_list (VdCampaignsView *self,
                   int              year,
                   int              month)
{
  g_autofree char *from = g_strdup_printf ("%04d-%02d-01", year, month);
  g_autofree char *to = g_strdup_printf ("%04d-%02d-%02d", year, month, vd_days_in_month (year, month));
  GtkWidget *child;
  guint n = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->month_list))) != NULL)
    gtk_list_box_remove (self->month_list, child);
  for (guint i = 0; self->shown != NULL && i < self->shown->len; i++)
    {
      const VdCampaign *campaign = g_ptr_array_index (self->shown, i);

      if (strcmp (campaign->starts_on, to) > 0 || (campaign->ends_on != NULL && strcmp (campaign->ends_on, from) < 0))
        continue;
      gtk_list_box_append (self->month_list, campaign_row (campaign));
      n++;
    }
  gtk_label_set_label (self->month_list_title,
                       n > 0 ? _("Campaigns in This Month") : _("No Campaigns in This Month"));
}

static void
refresh (VdCampaignsView *self)
{
  g_autofree char *title = period_title (self);
  g_autoptr(GDateTime) date = NULL;
  int year, month, mday;

  focus_ymd (self, &year, &month);
  gtk_menu_button_set_label (self->date_button, title);
  gtk_stack_set_visible_child_name (self->view_stack, self->view);

  vd_month_view_set_month (self->month_view, year, month);
  vd_month_view_set_data (self->month_view, &self->data);
  vd_year_view_set_year (self->year_view, year);
  vd_year_view_set_data (self->year_view, &self->data);
  if (g_strcmp0 (self->view, "agenda") == 0)
    vd_agenda_view_set_data (self->agenda_view, &self->data, self->focus);
  if (g_strcmp0 (self->view, "month") == 0)
    update_month_list (self, year, month);

  vd_day_to_ymd (self->focus, NULL, NULL, &mday);
  date = g_date_time_new_local (year, month, mday, 12, 0, 0);
  g_signal_handlers_block_matched (self->calendar, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  gtk_calendar_select_day (self->calendar, date);
  g_signal_handlers_unblock_matched (self->calendar, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  update_actions (self);
}

static void
apply_filter (VdCampaignsView *self)
{
  g_ptr_array_set_size (self->shown, 0);
  for (guint i = 0; self->campaigns != NULL && i < self->campaigns->len; i++)
    {
      VdCampaign *campaign = g_ptr_array_index (self->campaigns, i);

      if (vd_campaign_filter_matches (&self->filter, campaign))
        g_ptr_array_add (self->shown, campaign);
    }
  self->data.campaigns = self->shown;
  self->data.fixed_days = self->fixed_days;
  {
    g_autofree char *today = vd_date_today_iso ();

    self->data.today = vd_day_from_iso (today);
  }
  self->data.selected = self->focus;
  refresh (self);
}

static void
on_filter_changed (VdCampaignsView *self)
{
  guint bloc, unit;

  if (self->updating_filter)
    return;
  self->filter.kinds = 0;
  for (int k = 0; k <= VD_N_CAMPAIGN_KINDS; k++)
    if (gtk_check_button_get_active (self->kind_checks[k]))
      self->filter.kinds |= 1u << k;   /* VD_CAMPAIGN_FILTER_SPECIAL for the last */
  self->filter.scopes = 0;
  for (int s = 0; s < VD_N_CAMPAIGN_SCOPES; s++)
    if (gtk_check_button_get_active (self->scope_checks[s]))
      self->filter.scopes |= 1u << s;
  /* All ticked or none ticked both mean every kind. */
  if (self->filter.kinds == (1u << (VD_N_CAMPAIGN_KINDS + 1)) - 1)
    self->filter.kinds = 0;
  if (self->filter.scopes == (1u << VD_N_CAMPAIGN_SCOPES) - 1)
    self->filter.scopes = 0;
  bloc = gtk_drop_down_get_selected (self->bloc_dropdown);
  unit = gtk_drop_down_get_selected (self->unit_dropdown);
  self->filter.bloc_id = bloc < self->bloc_ids->len ? g_array_index (self->bloc_ids, gint64, bloc) : 0;
  self->filter.unit_id = unit < self->unit_ids->len ? g_array_index (self->unit_ids, gint64, unit) : 0;

  if (self->filter.kinds != 0 || self->filter.scopes != 0 || self->filter.bloc_id != 0 || self->filter.unit_id != 0)
    gtk_widget_add_css_class (GTK_WIDGET (self->filter_button), "accent");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->filter_button), "accent");
  apply_filter (self);
}

static void
fill_dropdown (GtkDropDown *dropdown,
               GArray      *ids,
               GPtrArray   *choices,
               const char  *all)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);
  gint64 zero = 0;

  g_array_set_size (ids, 0);
  gtk_string_list_append (list, all);
  g_array_append_val (ids, zero);
  for (guint i = 0; choices != NULL && i < choices->len; i++)
    {
      VdChoice *choice = g_ptr_array_index (choices, i);

      gtk_string_list_append (list, choice->name);
      g_array_append_val (ids, choice->id);
    }
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (list));
  gtk_drop_down_set_selected (dropdown, 0);
}

static void
fill_filter_choices (VdCampaignsView *self)
{
  g_autoptr(GPtrArray) blocs = self->store ? vd_campaigns_list_blocs (self->store, NULL) : NULL;
  g_autoptr(GPtrArray) units = self->store ? vd_campaigns_list_units (self->store, NULL) : NULL;

  self->updating_filter = TRUE;
  fill_dropdown (self->bloc_dropdown, self->bloc_ids, blocs, _("All blocs"));
  fill_dropdown (self->unit_dropdown, self->unit_ids, units, _("All units"));
  self->updating_filter = FALSE;
  self->filter.bloc_id = self->filter.unit_id = 0;
}

static GtkWidget *
filter_heading (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_set_margin_top (label, 6);
  return label;
}

static void
build_filter (VdCampaignsView *self)
{
  GtkExpression *expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");

  gtk_box_append (self->filter_box, filter_heading (_("Type")));
  for (int k = 0; k <= VD_N_CAMPAIGN_KINDS; k++)
    {
      const char *label = k < VD_N_CAMPAIGN_KINDS ? vd_campaign_kind_label (k) : _("Special");

      self->kind_checks[k] = GTK_CHECK_BUTTON (gtk_check_button_new_with_label (label));
      g_signal_connect_swapped (self->kind_checks[k], "toggled", G_CALLBACK (on_filter_changed), self);
      gtk_box_append (self->filter_box, GTK_WIDGET (self->kind_checks[k]));
    }
  gtk_box_append (self->filter_box, filter_heading (_("Launching Level")));
  for (int s = 0; s < VD_N_CAMPAIGN_SCOPES; s++)
    {
      self->scope_checks[s] = GTK_CHECK_BUTTON (gtk_check_button_new_with_label (vd_campaign_scope_label (s)));
      g_signal_connect_swapped (self->scope_checks[s], "toggled", G_CALLBACK (on_filter_changed), self);
      gtk_box_append (self->filter_box, GTK_WIDGET (self->scope_checks[s]));
    }
  gtk_box_append (self->filter_box, filter_heading (_("Bloc")));
  self->bloc_dropdown = GTK_DROP_DOWN (gtk_drop_down_new (NULL, gtk_expression_ref (expression)));
  gtk_drop_down_set_enable_search (self->bloc_dropdown, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->bloc_dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Bloc"), -1);
  g_signal_connect_swapped (self->bloc_dropdown, "notify::selected", G_CALLBACK (on_filter_changed), self);
  gtk_box_append (self->filter_box, GTK_WIDGET (self->bloc_dropdown));
  gtk_box_append (self->filter_box, filter_heading (_("Unit")));
  self->unit_dropdown = GTK_DROP_DOWN (gtk_drop_down_new (NULL, expression));
  gtk_drop_down_set_enable_search (self->unit_dropdown, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->unit_dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Unit"), -1);
  g_signal_connect_swapped (self->unit_dropdown, "notify::selected", G_CALLBACK (on_filter_changed), self);
  gtk_widget_set_size_request (GTK_WIDGET (self->unit_dropdown), 260, -1);
  gtk_box_append (self->filter_box, GTK_WIDGET (self->unit_dropdown));
}

static void
loaded (GObject      *source,
        GAsyncResult *result,
        gpointer      user_data)
{
  g_autoptr(VdCampaignsView) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) campaigns = NULL;

  campaigns = vd_campaigns_list_finish (VD_STORE (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || self->store != VD_STORE (source))
    return;
  g_clear_object (&self->loading);
  if (campaigns == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("The campaigns could not be read: %s"), error->message);

      show_toast (self, message);
      return;
    }
  g_ptr_array_set_size (self->shown, 0);
  g_clear_pointer (&self->campaigns, g_ptr_array_unref);
  self->campaigns = g_steal_pointer (&campaigns);
  apply_filter (self);
  update_deadlines (self);
}

static void
set_badge_number (VdCampaignsView *self,
                  guint            number)
{
  GtkWidget *parent = gtk_widget_get_parent (GTK_WIDGET (self));

  if (self->badge_number == number)
    return;
  self->badge_number = number;
  /* The page flag is what a GtkStackSidebar or switcher would show; the
   * window's own sidebar reads the number from the property. */
  if (GTK_IS_STACK (parent))
    gtk_stack_page_set_needs_attention (gtk_stack_get_page (GTK_STACK (parent), GTK_WIDGET (self)),
                                        number > 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BADGE_NUMBER]);
}

static char *
dup_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

/* Once per milestone on its day, remembered in the archive (see
 * vd-campaigns-deadlines.h), so reopening the archive does not repeat it. */
static void
notify_due_today (VdCampaignsView *self,
                  const char      *today)
{
  GApplication *app = g_application_get_default ();
  g_autoptr(GPtrArray) due = NULL;
  g_autoptr(GError) error = NULL;

  if (app == NULL || !g_application_get_is_registered (app))
    return;
  due = vd_campaigns_take_due_today (self->store, self->campaigns, today, &error);
  if (due == NULL)
    {
      g_warning ("Deadlines could not be recorded as notified: %s", error->message);
      return;
    }
  for (guint i = 0; i < due->len; i++)
    {
      const VdMilestone *m = g_ptr_array_index (due, i);
      const VdCampaign *campaign = NULL;
      g_autoptr(GNotification) notification = NULL;
      g_autofree char *id = g_strdup_printf ("deadline-%" G_GINT64_FORMAT, m->id);
      g_autofree char *body = NULL;

      for (guint j = 0; j < self->campaigns->len && campaign == NULL; j++)
        if (((VdCampaign *) g_ptr_array_index (self->campaigns, j))->id == m->campaign_id)
          campaign = g_ptr_array_index (self->campaigns, j);
      body = g_strdup_printf ("%s — %s", vd_milestone_kind_label (m->kind),
                              campaign != NULL ? campaign->name : "");
      notification = g_notification_new (m->title);
      g_notification_set_body (notification, body);
      g_application_send_notification (app, id, notification);
    }
}

static void
update_deadlines (VdCampaignsView *self)
{
  g_autofree char *today = dup_today ();

  set_badge_number (self, vd_campaigns_count_due_soon (self->campaigns, today, VD_DEADLINES_SOON_DAYS));
  notify_due_today (self, today);
}

static void
reload (VdCampaignsView *self)
{
  g_cancellable_cancel (self->loading);
  g_clear_object (&self->loading);
  g_clear_pointer (&self->fixed_days, g_ptr_array_unref);
  if (self->store == NULL)
    {
      set_badge_number (self, 0);
      return;
    }
  self->fixed_days = vd_calendar_days_load (self->store);
  self->loading = g_cancellable_new ();
  vd_campaigns_list_async (self->store, NULL, NULL, NULL, self->loading, loaded, g_object_ref (self));
}

static void
on_store_changed (VdStore         *store,
                  const char      *table,
                  VdCampaignsView *self)
{
  if (g_strcmp0 (table, "campaigns") == 0 || g_strcmp0 (table, "settings") == 0)
    reload (self);
  else if (g_strcmp0 (table, "units") == 0)
    fill_filter_choices (self);
}

static void
set_focus_day (VdCampaignsView *self,
               VdDay            day)
{
  if (day == 0)
    return;
  self->focus = day;
  self->data.selected = day;
  refresh (self);
}

static void
on_calendar_day_selected (VdCampaignsView *self)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (self->calendar);

  set_focus_day (self, vd_day_from_ymd (g_date_time_get_year (date), g_date_time_get_month (date),
                                        g_date_time_get_day_of_month (date)));
  gtk_menu_button_popdown (self->date_button);
}

static void
open_editor (VdCampaignsView *self,
             gint64           id,
             const char      *starts_on)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  VdCampaignEditor *editor;

  if (self->store == NULL)
    return;
  editor = vd_campaign_editor_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->store, id, starts_on);
  if (editor == NULL)
    {
      show_toast (self, _("This campaign is no longer in the archive"));
      reload (self);
      return;
    }
  gtk_window_present (GTK_WINDOW (editor));
}

static void
on_campaign_activated (VdCampaignsView *self,
                       gint64           id)
{
  open_editor (self, id, NULL);
}

static void
on_month_view_day_activated (VdCampaignsView *self,
                             guint            day,
                             gboolean         more)
{
  set_focus_day (self, day);
}

static void
on_month_list_row_activated (VdCampaignsView *self,
                             GtkListBoxRow   *row)
{
  gint64 *id = g_object_get_data (G_OBJECT (row), "campaign");

  if (id != NULL)
    open_editor (self, *id, NULL);
}

/* ---- Actions ---- */

static void
step (VdCampaignsView *self,
      int              direction)
{
  if (g_strcmp0 (self->view, "year") == 0)
    set_focus_day (self, vd_day_add_months (self->focus, 12 * direction));
  else if (g_strcmp0 (self->view, "agenda") == 0)
    set_focus_day (self, self->focus + direction * 7 * VD_AGENDA_WEEKS);
  else
    set_focus_day (self, vd_day_add_months (self->focus, direction));
}

static void
previous_cb (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  step (VD_CAMPAIGNS_VIEW (widget), -1);
}

static void
next_cb (GtkWidget  *widget,
         const char *action_name,
         GVariant   *parameter)
{
  step (VD_CAMPAIGNS_VIEW (widget), 1);
}

static void
today_cb (GtkWidget  *widget,
          const char *action_name,
          GVariant   *parameter)
{
  g_autofree char *today = vd_date_today_iso ();

  set_focus_day (VD_CAMPAIGNS_VIEW (widget), vd_day_from_iso (today));
}

static void
new_cb (GtkWidget  *widget,
        const char *action_name,
        GVariant   *parameter)
{
  VdCampaignsView *self = VD_CAMPAIGNS_VIEW (widget);
  g_autofree char *starts = vd_day_to_iso (self->focus);

  open_editor (self, 0, starts);
}

typedef enum
{
  SAVE_ICS,
  SAVE_PDF,
} SaveKind;

static void
on_save_chooser_response (GtkNativeDialog *chooser,
                          int              response,
                          VdCampaignsView *self)
{
  SaveKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "kind"));
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;
  gboolean ok;
  int year, month;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);
  if (file == NULL || self->store == NULL)
    return;

  path = g_file_get_path (file);
  name = g_file_get_basename (file);
  focus_ymd (self, &year, &month);
  if (kind == SAVE_ICS)
    ok = vd_campaigns_ics_export_file (self->store, &self->filter, path, &error);
  else
    ok = vd_campaigns_export_pdf (path, &self->data,
                                  g_strcmp0 (self->view, "year") == 0 ? VD_CALENDAR_PAGE_YEAR : VD_CALENDAR_PAGE_MONTH,
                                  year, month, &error);
  if (!ok)
    {
      /* Translators: a file name, then why it could not be written. */
      message = g_strdup_printf (_("“%s” was not saved: %s"), name, error->message);
      show_toast (self, message);
      return;
    }
  /* Translators: a file name. */
  message = g_strdup_printf (_("Saved “%s”"), name);
  show_toast (self, message);
}

static void
choose_save (VdCampaignsView *self,
             SaveKind         kind)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *title = period_title (self);
  g_autofree char *suggested = NULL;

  if (kind == SAVE_ICS)
    {
      gtk_file_filter_set_name (filter, _("iCalendar files"));
      gtk_file_filter_add_suffix (filter, "ics");
      /* Translators: the file name suggested for the exported calendar. */
      suggested = g_strdup (_("campaigns.ics"));
    }
  else
    {
      gtk_file_filter_set_name (filter, _("PDF documents"));
      gtk_file_filter_add_suffix (filter, "pdf");
      suggested = g_strdup_printf ("%s.pdf", title);
    }
  self->chooser = gtk_file_chooser_native_new (kind == SAVE_ICS ? _("Export as iCalendar") : _("Export as PDF"),
                                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), suggested);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  g_object_set_data (G_OBJECT (self->chooser), "kind", GINT_TO_POINTER (kind));
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_save_chooser_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
export_ics_cb (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  choose_save (VD_CAMPAIGNS_VIEW (widget), SAVE_ICS);
}

static void
export_pdf_cb (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  choose_save (VD_CAMPAIGNS_VIEW (widget), SAVE_PDF);
}

static void
print_cb (GtkWidget  *widget,
          const char *action_name,
          GVariant   *parameter)
{
  VdCampaignsView *self = VD_CAMPAIGNS_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  int year, month;

  focus_ymd (self, &year, &month);
  vd_campaigns_print (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, &self->data,
                      g_strcmp0 (self->view, "year") == 0 ? VD_CALENDAR_PAGE_YEAR : VD_CALENDAR_PAGE_MONTH,
                      year, month);
}

static void
set_view (VdCampaignsView *self,
          const char      *view)
{
  if (g_strcmp0 (view, "month") != 0 && g_strcmp0 (view, "year") != 0 && g_strcmp0 (view, "agenda") != 0)
    view = "month";
  if (g_strcmp0 (self->view, view) == 0)
    return;
  g_free (self->view);
  self->view = g_strdup (view);
  if (self->settings != NULL)
    g_settings_set_string (self->settings, "campaigns-view", view);
  refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VIEW]);
}

/* ---- GObject ---- */

static void
vd_campaigns_view_dispose (GObject *object)
{
  VdCampaignsView *self = VD_CAMPAIGNS_VIEW (object);

  g_cancellable_cancel (self->loading);
  g_clear_object (&self->loading);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_id, self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), VD_TYPE_CAMPAIGNS_VIEW);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  G_OBJECT_CLASS (vd_campaigns_view_parent_class)->dispose (object);
}

static void
vd_campaigns_view_finalize (GObject *object)
{
  VdCampaignsView *self = VD_CAMPAIGNS_VIEW (object);

  g_clear_pointer (&self->shown, g_ptr_array_unref);
  g_clear_pointer (&self->campaigns, g_ptr_array_unref);
  g_clear_pointer (&self->fixed_days, g_ptr_array_unref);
  g_clear_pointer (&self->bloc_ids, g_array_unref);
  g_clear_pointer (&self->unit_ids, g_array_unref);
  g_free (self->view);
  G_OBJECT_CLASS (vd_campaigns_view_parent_class)->finalize (object);
}

static void
vd_campaigns_view_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  VdCampaignsView *self = VD_CAMPAIGNS_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_VIEW:
      g_value_set_string (value, self->view);
      break;
    case PROP_BADGE_NUMBER:
      g_value_set_uint (value, self->badge_number);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vd_campaigns_view_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  VdCampaignsView *self = VD_CAMPAIGNS_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      vd_campaigns_view_set_store (self, g_value_get_object (value));
      break;
    case PROP_VIEW:
      set_view (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vd_campaigns_view_class_init (VdCampaignsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vd_campaigns_view_dispose;
  object_class->finalize = vd_campaigns_view_finalize;
  object_class->get_property = vd_campaigns_view_get_property;
  object_class->set_property = vd_campaigns_view_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, VD_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_VIEW] =
    g_param_spec_string ("view", NULL, NULL, "month",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /* Named like GtkStackPage:badge-number (GTK 4.12), which 4.8 lacks; the
   * window shows it on the place's sidebar row. */
  properties[PROP_BADGE_NUMBER] =
    g_param_spec_uint ("badge-number", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (VD_TYPE_MONTH_VIEW);
  g_type_ensure (VD_TYPE_YEAR_VIEW);
  g_type_ensure (VD_TYPE_AGENDA_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/vinhdanh/VinhDanh/vd-campaigns-view.ui");
  gtk_widget_class_bind_template_child (widget_class, VdCampaignsView, date_button);
  gtk_widget_class_bind_template_child (widget_class, VdCampaignsView, calendar);
  gtk_widget_class_bind_template_child (widget_class, VdCampaignsView, filter_button);
  gtk_widget_class_bind_template_child (widget_class, VdCampaignsView, filter_box);
  gtk_widget_class_bind_template_child (widget_class, VdCampaignsView, view_stack);
  gtk_widget_class_bind_template_child (widget_class, VdCampaignsView, month_view);
  gtk_widget_class_bind_template_child (widget_class, VdCampaignsView, month_list_title);
  gtk_widget_class_bind_template_child (widget_class, VdCampaignsView, month_list);
  gtk_widget_class_bind_template_child (widget_class, VdCampaignsView, year_view);
  gtk_widget_class_bind_template_child (widget_class, VdCampaignsView, agenda_view);
  gtk_widget_class_bind_template_callback (widget_class, on_calendar_day_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_campaign_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_month_view_day_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_month_list_row_activated);

  gtk_widget_class_install_action (widget_class, "campaigns.previous", NULL, previous_cb);
  gtk_widget_class_install_action (widget_class, "campaigns.next", NULL, next_cb);
  gtk_widget_class_install_action (widget_class, "campaigns.today", NULL, today_cb);
  gtk_widget_class_install_action (widget_class, "campaigns.new", NULL, new_cb);
  gtk_widget_class_install_action (widget_class, "campaigns.export-ics", NULL, export_ics_cb);
  gtk_widget_class_install_action (widget_class, "campaigns.export-pdf", NULL, export_pdf_cb);
  gtk_widget_class_install_action (widget_class, "campaigns.print", NULL, print_cb);
  gtk_widget_class_install_property_action (widget_class, "campaigns.view", "view");

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "campaigns.previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0, "campaigns.previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK, "campaigns.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0, "campaigns.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_t, GDK_CONTROL_MASK, "campaigns.today", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "campaigns.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_CONTROL_MASK, "campaigns.view", "s", "month");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_CONTROL_MASK, "campaigns.view", "s", "year");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_3, GDK_CONTROL_MASK, "campaigns.view", "s", "agenda");
}

static void
vd_campaigns_view_init (VdCampaignsView *self)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autofree char *today = vd_date_today_iso ();

  gtk_widget_init_template (GTK_WIDGET (self));
  self->shown = g_ptr_array_new ();
  self->bloc_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->unit_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->focus = vd_day_from_iso (today);
  self->data.campaigns = self->shown;
  self->data.today = self->focus;
  self->view = g_strdup ("month");
  build_filter (self);
  fill_filter_choices (self);

  /* Looked up rather than assumed, so the view also works in tests and
   * tools that run without the installed schema. */
  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, SETTINGS_SCHEMA_ID, TRUE);
  if (schema != NULL && g_settings_schema_has_key (schema, "campaigns-view"))
    {
      g_autofree char *view = NULL;

      self->settings = g_settings_new_full (schema, NULL, NULL);
      view = g_settings_get_string (self->settings, "campaigns-view");
      g_free (self->view);
      self->view = g_strdup (view);
    }
  refresh (self);
}

VdStore *
vd_campaigns_view_get_store (VdCampaignsView *self)
{
  g_return_val_if_fail (VD_IS_CAMPAIGNS_VIEW (self), NULL);
  return self->store;
}

void
vd_campaigns_view_set_store (VdCampaignsView *self,
                             VdStore         *store)
{
  g_return_if_fail (VD_IS_CAMPAIGNS_VIEW (self));

  if (self->store == store)
    return;
  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_id, self->store);
  g_set_object (&self->store, store);
  g_ptr_array_set_size (self->shown, 0);
  g_clear_pointer (&self->campaigns, g_ptr_array_unref);
  if (store != NULL)
    self->changed_id = g_signal_connect (store, "changed", G_CALLBACK (on_store_changed), self);
  fill_filter_choices (self);
  reload (self);
  refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * vd_campaigns_view_go_to:
 *
 * Shows the period around @iso_date.
 */
void
vd_campaigns_view_go_to (VdCampaignsView *self,
                         const char      *iso_date)
{
  g_return_if_fail (VD_IS_CAMPAIGNS_VIEW (self));
  set_focus_day (self, vd_day_from_iso (iso_date));
}
