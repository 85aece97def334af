/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdEligibilitySection"

#include "config.h"

#include <glib/gi18n.h>

#include "vd-eligibility-section.h"
#include "vd-eligibility.h"
#include "vd-store-pool.h"
#include "vd-units.h"

/**
 * VdEligibilitySection:
 *
 * The Eligibility section of a person's or a unit's page: for a chosen
 * year, every title and form of the catalogue with eligible / not yet /
 * blocked and the reasons in plain words, each naming the records it used.
 * On a unit it also shows the quotas and saves the planning report of the
 * unit's subtree. The check reads the archive on a worker thread.
 */

struct _VdEligibilitySection
{
  AdwBin                parent_instance;

  /* template widgets */
  AdwPreferencesGroup  *group;
  GtkSpinButton        *year_spin;
  GtkWidget            *export_button;
  GtkListBox           *results_list;
  GtkListBox           *quotas_list;
  GtkLabel             *footer_label;

  /* owned references */
  VdStore              *store;
  GCancellable         *cancellable;
  GCancellable         *export_cancellable;
  GtkFileChooserNative *chooser;

  VdRuleSubject         subject;
  gint64                id;
  int                   year;          /* 0 until known: the archive's latest rated year */
  gboolean              setting_year;
};

G_DEFINE_FINAL_TYPE (VdEligibilitySection, vd_eligibility_section, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_YEAR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void store_year (VdEligibilitySection *self,
                        int                   year);

typedef struct
{
  VdRuleSubject  subject;
  gint64         id;
  int            year;
  GPtrArray     *results;   /* VdEligibilityResult* */
  GPtrArray     *quotas;    /* VdEligibilityQuota*, units only */
  char          *rule_set_title;
} Check;

static void
check_free (Check *check)
{
  g_clear_pointer (&check->results, g_ptr_array_unref);
  g_clear_pointer (&check->quotas, g_ptr_array_unref);
  g_free (check->rule_set_title);
  g_free (check);
}

static void
update_actions (VdEligibilitySection *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "eligibility.export-plan",
                                 self->store != NULL && self->subject == VD_RULE_SUBJECT_UNIT
                                 && self->id > 0 && self->export_cancellable == NULL);
}

static void
show_toast (VdEligibilitySection *self,
            const char           *text,
            gboolean              sticky)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  AdwToast *toast = adw_toast_new (text);

  if (sticky)
    adw_toast_set_timeout (toast, 0);
  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static const char *
status_css (VdEligibilityStatus status)
{
  switch (status)
    {
    case VD_ELIGIBILITY_ELIGIBLE:
      return "success";
    case VD_ELIGIBILITY_BLOCKED:
      return "error";
    case VD_ELIGIBILITY_NOT_YET:
      return "warning";
    case VD_ELIGIBILITY_NO_RULE:
    default:
      return "dim-label";
    }
}

static char *
refs_text (VdEligibilityReason *reason)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < reason->refs->len; i++)
    {
      VdEligibilityRef *ref = g_ptr_array_index (reason->refs, i);

      if (text->len > 0)
        g_string_append (text, "\n");
      g_string_append (text, ref->label);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static GtkWidget *
reason_row_new (VdEligibilityReason *reason)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name (reason->met ? "emblem-ok-symbolic" : "window-close-symbolic");
  g_autofree char *records = refs_text (reason);
  g_autofree char *subtitle = NULL;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), reason->text);
  if (reason->unconfirmed)
    subtitle = records[0] != '\0'
      ? g_strdup_printf ("%s\n%s", records, _("Uses a value the law does not confirm"))
      : g_strdup (_("Uses a value the law does not confirm"));
  else
    subtitle = g_steal_pointer (&records);
  if (subtitle[0] != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_add_css_class (icon, reason->met ? "success" : "error");
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  reason->met ? _("Met") : _("Not met"), -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  return row;
}

/* The first thing standing in the way, so the list reads at a glance; the
 * status itself is the label at the row's end. */
static char *
result_subtitle (VdEligibilityResult *result)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < result->reasons->len && result->status != VD_ELIGIBILITY_ELIGIBLE; i++)
    {
      VdEligibilityReason *reason = g_ptr_array_index (result->reasons, i);

      if (!reason->met)
        {
          g_string_append (text, reason->text);
          break;
        }
    }
  if (result->status == VD_ELIGIBILITY_ELIGIBLE)
    g_string_append (text, _("Every requirement is met"));
  if (result->awarded)
    /* Translators: appended to a result's summary */
    g_string_append_printf (text, _(" · already received for %d"), result->year);
  if (result->unconfirmed)
    g_string_append (text, _(" · uses an unconfirmed value"));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static GtkWidget *
result_row_new (VdEligibilityResult *result)
{
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *status = gtk_label_new (vd_eligibility_status_label (result->status));
  g_autofree char *subtitle = result_subtitle (result);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), result->award_name);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  gtk_widget_add_css_class (status, status_css (result->status));
  gtk_widget_add_css_class (status, "heading");
  gtk_widget_set_valign (status, GTK_ALIGN_CENTER);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), status);

  for (guint i = 0; i < result->reasons->len; i++)
    adw_expander_row_add_row (ADW_EXPANDER_ROW (row), reason_row_new (g_ptr_array_index (result->reasons, i)));

  if (result->basis != NULL || result->note != NULL)
    {
      GtkWidget *basis = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (basis), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (basis), result->basis ? result->basis : "");
      if (result->note != NULL)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (basis), result->note);
      gtk_widget_add_css_class (basis, "dim-label");
      adw_action_row_add_prefix (ADW_ACTION_ROW (basis), gtk_image_new_from_icon_name ("accessories-dictionary-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (basis), FALSE);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), basis);
    }
  return row;
}

static void
show_check (VdEligibilitySection *self,
            Check                *check)
{
  g_autoptr(GString) unchecked = g_string_new (NULL);
  g_autofree char *description = NULL;
  guint n_unchecked = 0;

  clear_list (self->results_list);
  clear_list (self->quotas_list);

  for (guint i = 0; i < check->results->len; i++)
    {
      VdEligibilityResult *result = g_ptr_array_index (check->results, i);

      if (result->status == VD_ELIGIBILITY_NO_RULE)
        {
          if (unchecked->len > 0)
            g_string_append (unchecked, ", ");
          g_string_append (unchecked, result->award_name);
          n_unchecked++;
          continue;
        }
      gtk_list_box_append (self->results_list, result_row_new (result));
    }
  if (n_unchecked > 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Not checked"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), unchecked->str);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("action-unavailable-symbolic"));
      gtk_widget_set_tooltip_text (row, _("The rule set has no rule for these: their criteria are not confirmed"));
      gtk_list_box_append (self->results_list, row);
    }

  if (check->quotas != NULL)
    for (guint i = 0; i < check->quotas->len; i++)
      {
        VdEligibilityQuota *quota = g_ptr_array_index (check->quotas, i);
        GtkWidget *row = adw_action_row_new ();
        g_autofree char *title = g_strdup_printf (_("Quota: %s"), quota->name);
        g_autofree char *text = vd_eligibility_quota_dup_text (quota, check->year);
        g_autofree char *subtitle = quota->unconfirmed
          /* Translators: a quota's count, then where its share comes from */
          ? g_strdup_printf (_("%s\nUnconfirmed value. Source: %s"), text, quota->source)
          : g_strdup_printf (_("%s\nSource: %s"), text, quota->source);
        GtkWidget *state = gtk_label_new (quota->cap >= 0 && quota->count > quota->cap ? _("Over the cap")
                                          : _("Within the cap"));

        adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
        adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
        gtk_widget_add_css_class (state, quota->cap >= 0 && quota->count > quota->cap ? "error" : "dim-label");
        gtk_widget_set_visible (state, quota->cap >= 0);
        adw_action_row_add_suffix (ADW_ACTION_ROW (row), state);
        gtk_list_box_append (self->quotas_list, row);
      }
  gtk_widget_set_visible (GTK_WIDGET (self->quotas_list),
                          check->quotas != NULL && check->quotas->len > 0);

  /* Translators: under the Eligibility title: the rule set used */
  description = g_strdup_printf (_("Under %s"), check->rule_set_title);
  adw_preferences_group_set_description (self->group, description);
  gtk_label_set_label (self->footer_label,
                       check->subject == VD_RULE_SUBJECT_PERSON
                       ? _("Discipline and leave are not recorded in the archive: check them before proposing.")
                       : _("Counts use the people in the unit and its sub-units today. Discipline is not recorded in the archive: check it before proposing."));
}

static void
show_error (VdEligibilitySection *self,
            const char           *message)
{
  GtkWidget *row = adw_action_row_new ();

  clear_list (self->results_list);
  clear_list (self->quotas_list);
  gtk_widget_set_visible (GTK_WIDGET (self->quotas_list), FALSE);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), message);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("dialog-information-symbolic"));
  gtk_list_box_append (self->results_list, row);
  adw_preferences_group_set_description (self->group, NULL);
  gtk_label_set_label (self->footer_label, "");
}

static void
check_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  VdStore *store = source_object;
  Check *check = task_data;
  g_autoptr(GError) error = NULL;
  VdStore *worker = vd_store_pool_acquire (store, &error);
  GPtrArray *sets = vd_rule_sets_get_default ();
  VdRuleSet *set;

  if (worker == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (check->year == 0)
    check->year = vd_eligibility_default_year (worker);
  set = vd_rule_sets_find_for_year (sets, check->year, &error);
  if (set != NULL)
    {
      check->rule_set_title = g_strdup (set->title);
      check->results = check->subject == VD_RULE_SUBJECT_PERSON
        ? vd_eligibility_check_person (worker, sets, check->id, check->year, &error)
        : vd_eligibility_check_unit (worker, sets, check->id, check->year, &error);
      if (check->results != NULL && check->subject == VD_RULE_SUBJECT_UNIT)
        check->quotas = vd_eligibility_list_quotas (worker, sets, check->id, check->year, &error);
    }
  vd_store_pool_release (store, worker);

  if (error != NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
on_check_done (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(VdEligibilitySection) self = user_data;
  Check *check = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (self, error->message);
      return;
    }
  g_clear_object (&self->cancellable);
  store_year (self, check->year);
  show_check (self, check);
}

/* Shows @year without checking again. */
static void
store_year (VdEligibilitySection *self,
            int                   year)
{
  if (self->year == year)
    return;
  self->year = year;
  if (year > 0)
    {
      self->setting_year = TRUE;
      gtk_spin_button_set_value (self->year_spin, year);
      self->setting_year = FALSE;
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR]);
}

static void
reload (VdEligibilitySection *self)
{
  g_autoptr(GTask) task = NULL;
  Check *check;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  update_actions (self);
  if (self->store == NULL || self->id <= 0)
    return;

  /* Rule sets are read once, here on the main thread, not raced for. */
  vd_rule_sets_get_default ();
  self->cancellable = g_cancellable_new ();
  check = g_new0 (Check, 1);
  check->subject = self->subject;
  check->id = self->id;
  check->year = self->year;
  task = g_task_new (self->store, self->cancellable, on_check_done, g_object_ref (self));
  g_task_set_task_data (task, check, (GDestroyNotify) check_free);
  g_task_run_in_thread (task, check_thread);
}

static void
on_year_spin_value_changed (VdEligibilitySection *self)
{
  if (self->setting_year)
    return;
  vd_eligibility_section_set_year (self, gtk_spin_button_get_value_as_int (self->year_spin));
}

static void
on_plan_done (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(VdEligibilitySection) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = vd_eligibility_plan_finish (VD_STORE (source), result, &error);
  const char *path = g_object_get_data (G_OBJECT (self), "plan-path");
  g_autoptr(VdUnit) unit = NULL;
  g_autofree char *title = NULL;
  g_autofree char *lower = NULL;
  g_autofree char *done = NULL;
  g_autofree char *name = NULL;
  gboolean ok;

  g_clear_object (&self->export_cancellable);
  update_actions (self);
  if (rows == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_toast (self, error->message, TRUE);
      return;
    }

  unit = self->store ? vd_units_get (self->store, self->id, NULL) : NULL;
  /* Translators: the report's heading: unit, year */
  title = g_strdup_printf (_("Planning report: %s, %d"), unit ? vd_unit_get_name (unit) : "", self->year);
  lower = g_ascii_strdown (path, -1);
  ok = g_str_has_suffix (lower, ".csv")
    ? vd_eligibility_plan_write_csv (rows, self->year, path, &error)
    : vd_eligibility_plan_write_xlsx (rows, self->year, title, path, &error);
  if (!ok)
    {
      show_toast (self, error->message, TRUE);
      return;
    }
  name = g_path_get_basename (path);
  /* Translators: a toast: file name, number of rows */
  done = g_strdup_printf (ngettext ("Saved “%s”: %u line", "Saved “%s”: %u lines", rows->len), name, rows->len);
  show_toast (self, done, FALSE);
}

static void
on_chooser_response (VdEligibilitySection *self,
                     int                   response,
                     GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autofree char *lower = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);
  if (file == NULL || self->store == NULL)
    return;

  path = g_file_get_path (file);
  lower = g_ascii_strdown (path, -1);
  if (!g_str_has_suffix (lower, ".csv") && !g_str_has_suffix (lower, ".xlsx"))
    {
      g_autofree char *with_suffix = g_strconcat (path, ".xlsx", NULL);
      g_free (path);
      path = g_steal_pointer (&with_suffix);
    }

  self->export_cancellable = g_cancellable_new ();
  update_actions (self);
  g_object_set_data_full (G_OBJECT (self), "plan-path", g_strdup (path), g_free);
  vd_eligibility_plan_async (self->store, self->id, self->year, self->export_cancellable,
                             on_plan_done, g_object_ref (self));
}

static void
export_plan (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  VdEligibilitySection *self = VD_ELIGIBILITY_SECTION (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autoptr(GtkFileFilter) xlsx = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) csv = gtk_file_filter_new ();
  g_autofree char *name = g_strdup_printf (_("planning-%d.xlsx"), self->year);

  self->chooser = gtk_file_chooser_native_new (_("Save Planning Report"), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_filter_set_name (xlsx, _("Spreadsheet (XLSX)"));
  gtk_file_filter_add_suffix (xlsx, "xlsx");
  gtk_file_filter_set_name (csv, _("Comma-separated values (CSV)"));
  gtk_file_filter_add_suffix (csv, "csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), xlsx);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), csv);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_chooser_response), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
vd_eligibility_section_dispose (GObject *object)
{
  VdEligibilitySection *self = VD_ELIGIBILITY_SECTION (object);

  g_cancellable_cancel (self->cancellable);
  g_cancellable_cancel (self->export_cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (object), VD_TYPE_ELIGIBILITY_SECTION);

  G_OBJECT_CLASS (vd_eligibility_section_parent_class)->dispose (object);
}

static void
vd_eligibility_section_finalize (GObject *object)
{
  VdEligibilitySection *self = VD_ELIGIBILITY_SECTION (object);

  g_clear_object (&self->store);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->export_cancellable);
  g_clear_object (&self->chooser);

  G_OBJECT_CLASS (vd_eligibility_section_parent_class)->finalize (object);
}

static void
vd_eligibility_section_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  VdEligibilitySection *self = VD_ELIGIBILITY_SECTION (object);

  switch (prop_id)
    {
    case PROP_YEAR:
      g_value_set_int (value, self->year);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vd_eligibility_section_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  VdEligibilitySection *self = VD_ELIGIBILITY_SECTION (object);

  switch (prop_id)
    {
    case PROP_YEAR:
      vd_eligibility_section_set_year (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vd_eligibility_section_class_init (VdEligibilitySectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vd_eligibility_section_dispose;
  object_class->finalize = vd_eligibility_section_finalize;
  object_class->get_property = vd_eligibility_section_get_property;
  object_class->set_property = vd_eligibility_section_set_property;

  /**
   * VdEligibilitySection:year:
   *
   * The year whose achievements are judged; 0 until the archive's latest
   * rated year is known.
   */
  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL, 0, 2100, 0,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "eligibility.export-plan", NULL, export_plan);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/vinhdanh/VinhDanh/vd-eligibility-section.ui");
  gtk_widget_class_bind_template_child (widget_class, VdEligibilitySection, group);
  gtk_widget_class_bind_template_child (widget_class, VdEligibilitySection, year_spin);
  gtk_widget_class_bind_template_child (widget_class, VdEligibilitySection, export_button);
  gtk_widget_class_bind_template_child (widget_class, VdEligibilitySection, results_list);
  gtk_widget_class_bind_template_child (widget_class, VdEligibilitySection, quotas_list);
  gtk_widget_class_bind_template_child (widget_class, VdEligibilitySection, footer_label);
  gtk_widget_class_bind_template_callback (widget_class, on_year_spin_value_changed);
}

static void
vd_eligibility_section_init (VdEligibilitySection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update_actions (self);
}

GtkWidget *
vd_eligibility_section_new (void)
{
  return g_object_new (VD_TYPE_ELIGIBILITY_SECTION, NULL);
}

static void
show_subject (VdEligibilitySection *self,
              VdStore              *store,
              VdRuleSubject         subject,
              gint64                id)
{
  /* Another archive starts again from its own latest year. */
  if (self->store != store)
    self->year = 0;
  g_set_object (&self->store, store);
  self->subject = subject;
  self->id = id;
  gtk_widget_set_visible (self->export_button, subject == VD_RULE_SUBJECT_UNIT);
  reload (self);
}

/**
 * vd_eligibility_section_show_person:
 *
 * Checks @person_id for the section's year (first time: the archive's
 * latest rated year). Call again after the archive changed.
 */
void
vd_eligibility_section_show_person (VdEligibilitySection *self,
                                    VdStore              *store,
                                    gint64                person_id)
{
  g_return_if_fail (VD_IS_ELIGIBILITY_SECTION (self));

  show_subject (self, store, VD_RULE_SUBJECT_PERSON, person_id);
}

void
vd_eligibility_section_show_unit (VdEligibilitySection *self,
                                  VdStore              *store,
                                  gint64                unit_id)
{
  g_return_if_fail (VD_IS_ELIGIBILITY_SECTION (self));

  show_subject (self, store, VD_RULE_SUBJECT_UNIT, unit_id);
}

void
vd_eligibility_section_clear (VdEligibilitySection *self)
{
  g_return_if_fail (VD_IS_ELIGIBILITY_SECTION (self));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);
  self->id = 0;
  clear_list (self->results_list);
  clear_list (self->quotas_list);
  update_actions (self);
}

int
vd_eligibility_section_get_year (VdEligibilitySection *self)
{
  g_return_val_if_fail (VD_IS_ELIGIBILITY_SECTION (self), 0);

  return self->year;
}

void
vd_eligibility_section_set_year (VdEligibilitySection *self,
                                 int                   year)
{
  g_return_if_fail (VD_IS_ELIGIBILITY_SECTION (self));

  if (self->year == year)
    return;
  store_year (self, year);
  reload (self);
}
