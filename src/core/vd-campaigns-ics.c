/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdCampaignsIcs"

#include "config.h"

#include <glib/gi18n.h>
#include <libical/ical.h>
#include <stdlib.h>
#include <string.h>

#include "vd-calendar-math.h"
#include "vd-campaigns-ics.h"
#include "vd-date.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (icalcomponent, icalcomponent_free)

#define PRODID "-//Vinh Danh//Campaign calendar " PACKAGE_VERSION "//VI"
#define X_TYPE "X-VINHDANH-TYPE"
#define X_KIND "X-VINHDANH-KIND"
#define X_FOLLOW_UP "X-VINHDANH-FOLLOW-UP"

/* At most this many problems are listed when an import is refused. */
#define MAX_LISTED_PROBLEMS 10

/**
 * vd_campaigns_ics_uid_domain:
 *
 * The right-hand side of this archive's UIDs: made once and kept in the
 * archive, so copies of the file keep their events' identity. A read-only
 * archive without one gets a name derived from its path.
 */
char *
vd_campaigns_ics_uid_domain (VdStore *store)
{
  g_autofree char *domain = vd_store_dup_setting (store, VD_ICS_UID_DOMAIN_KEY);
  g_autofree char *uuid = NULL;

  if (domain != NULL && *domain != '\0')
    return g_steal_pointer (&domain);

  uuid = g_uuid_string_random ();
  domain = g_strconcat (uuid, ".vinhdanh", NULL);
  if (!vd_store_set_setting (store, VD_ICS_UID_DOMAIN_KEY, domain, NULL))
    {
      g_autofree char *sum = g_compute_checksum_for_string (G_CHECKSUM_SHA256, vd_store_get_path (store), -1);

      g_free (domain);
      domain = g_strdup_printf ("%.32s.vinhdanh", sum);
    }
  return g_steal_pointer (&domain);
}

static struct icaltimetype
ical_date (VdDay day)
{
  struct icaltimetype time = icaltime_null_date ();
  int year, month, mday;

  vd_day_to_ymd (day, &year, &month, &mday);
  time.year = year;
  time.month = month;
  time.day = mday;
  return time;
}

static void
add_x (icalcomponent *event,
       const char    *name,
       const char    *value)
{
  icalproperty *property = icalproperty_new_x (value);

  icalproperty_set_x_name (property, name);
  icalcomponent_add_property (event, property);
}

static icalcomponent *
new_event (const char          *uid,
           struct icaltimetype  stamp,
           VdDay                first,
           VdDay                last,
           const char          *summary,
           const char          *description)
{
  icalcomponent *event = icalcomponent_new_vevent ();

  icalcomponent_add_property (event, icalproperty_new_uid (uid));
  icalcomponent_add_property (event, icalproperty_new_dtstamp (stamp));
  icalcomponent_add_property (event, icalproperty_new_dtstart (ical_date (first)));
  /* All-day events end, exclusively, on the day after. */
  icalcomponent_add_property (event, icalproperty_new_dtend (ical_date (last + 1)));
  icalcomponent_add_property (event, icalproperty_new_summary (summary));
  if (description != NULL && *description != '\0')
    icalcomponent_add_property (event, icalproperty_new_description (description));
  icalcomponent_add_property (event, icalproperty_new_transp (ICAL_TRANSP_TRANSPARENT));
  return event;
}

static void
add_campaign (icalcomponent       *calendar,
              const VdCampaign    *campaign,
              const char          *domain,
              struct icaltimetype  stamp)
{
  g_autofree char *uid = g_strdup_printf ("campaign-%" G_GINT64_FORMAT "@%s", campaign->id, domain);
  g_autoptr(GString) description = g_string_new (NULL);
  VdDay first = vd_day_from_iso (campaign->starts_on);
  /* A campaign without a set end shows as its first day. */
  VdDay last = campaign->ends_on != NULL ? vd_day_from_iso (campaign->ends_on) : first;
  icalcomponent *event;

  if (first == 0 || last == 0)
    return;
  if (campaign->slogan != NULL && *campaign->slogan != '\0')
    g_string_append_printf (description, "%s\n", campaign->slogan);
  if (campaign->launched_by != NULL && *campaign->launched_by != '\0')
    g_string_append_printf (description, "%s: %s\n", _("Launched by"), campaign->launched_by);
  if (campaign->launch_reference != NULL && *campaign->launch_reference != '\0')
    g_string_append_printf (description, "%s: %s\n", _("Plan or decision"), campaign->launch_reference);
  if (campaign->description != NULL && *campaign->description != '\0')
    g_string_append (description, campaign->description);

  event = new_event (uid, stamp, first, last, campaign->name, g_strstrip (description->str));
  icalcomponent_add_property (event, icalproperty_new_categories (vd_campaign_kind_label (campaign->kind)));
  add_x (event, X_TYPE, "campaign");
  add_x (event, X_KIND, vd_campaign_kind_to_string (campaign->kind));
  icalcomponent_add_component (calendar, event);

  for (guint i = 0; i < campaign->milestones->len; i++)
    {
      const VdMilestone *milestone = g_ptr_array_index (campaign->milestones, i);
      g_autofree char *muid = g_strdup_printf ("milestone-%" G_GINT64_FORMAT "@%s", milestone->id, domain);
      g_autofree char *text = NULL;
      VdDay day = vd_day_from_iso (milestone->due_on);

      if (day == 0)
        continue;
      text = milestone->note != NULL ? g_strdup_printf ("%s\n%s", campaign->name, milestone->note)
                                     : g_strdup (campaign->name);
      event = new_event (muid, stamp, day, day, milestone->title, text);
      icalcomponent_add_property (event, icalproperty_new_categories (vd_milestone_kind_label (milestone->kind)));
      icalcomponent_add_property (event, icalproperty_new_relatedto (uid));
      if (milestone->done)
        icalcomponent_add_property (event, icalproperty_new_status (ICAL_STATUS_CONFIRMED));
      add_x (event, X_TYPE, "milestone");
      add_x (event, X_KIND, vd_milestone_kind_to_string (milestone->kind));
      if (milestone->follow_up)
        add_x (event, X_FOLLOW_UP, "TRUE");
      icalcomponent_add_component (calendar, event);
    }
}

/**
 * vd_campaigns_ics_export:
 * @filter: (nullable): which campaigns
 *
 * Returns: (transfer full): an iCalendar file of the campaigns (each an
 *   all-day event over its span) and their milestones
 */
char *
vd_campaigns_ics_export (VdStore                *store,
                         const VdCampaignFilter *filter,
                         GError                **error)
{
  g_autoptr(GPtrArray) campaigns = NULL;
  g_autoptr(icalcomponent) calendar = NULL;
  g_autofree char *domain = NULL;
  struct icaltimetype stamp;
  char *text;
  char *result;

  g_return_val_if_fail (VD_IS_STORE (store), NULL);

  campaigns = vd_campaigns_list (store, NULL, NULL, filter, error);
  if (campaigns == NULL)
    return NULL;
  domain = vd_campaigns_ics_uid_domain (store);
  stamp = icaltime_current_time_with_zone (icaltimezone_get_utc_timezone ());

  calendar = icalcomponent_new_vcalendar ();
  icalcomponent_add_property (calendar, icalproperty_new_version ("2.0"));
  icalcomponent_add_property (calendar, icalproperty_new_prodid (PRODID));
  icalcomponent_add_property (calendar, icalproperty_new_calscale ("GREGORIAN"));
  icalcomponent_add_property (calendar, icalproperty_new_method (ICAL_METHOD_PUBLISH));
  for (guint i = 0; i < campaigns->len; i++)
    add_campaign (calendar, g_ptr_array_index (campaigns, i), domain, stamp);

  text = icalcomponent_as_ical_string_r (calendar);
  result = g_strdup (text);
  free (text);
  return result;
}

gboolean
vd_campaigns_ics_export_file (VdStore                *store,
                              const VdCampaignFilter *filter,
                              const char             *path,
                              GError                **error)
{
  g_autofree char *text = vd_campaigns_ics_export (store, filter, error);

  if (text == NULL)
    return FALSE;
  return g_file_set_contents_full (path, text, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0644, error);
}

/* ---- Import ---- */

static const char *
x_value (icalcomponent *event,
         const char    *name)
{
  for (icalproperty *p = icalcomponent_get_first_property (event, ICAL_X_PROPERTY);
       p != NULL;
       p = icalcomponent_get_next_property (event, ICAL_X_PROPERTY))
    if (g_ascii_strcasecmp (icalproperty_get_x_name (p), name) == 0)
      return icalproperty_get_x (p);
  return NULL;
}

static gint64
own_milestone_id (const char *uid,
                  const char *domain)
{
  const char *at;
  char *end;
  gint64 id;

  if (uid == NULL || domain == NULL || !g_str_has_prefix (uid, "milestone-"))
    return 0;
  at = strchr (uid, '@');
  if (at == NULL || strcmp (at + 1, domain) != 0)
    return 0;
  id = g_ascii_strtoll (uid + strlen ("milestone-"), &end, 10);
  return end == at && id > 0 ? id : 0;
}

static VdMilestoneKind
guess_kind (icalcomponent *event)
{
  const char *kind = x_value (event, X_KIND);
  int known = vd_milestone_kind_from_string (kind);

  if (known >= 0)
    return known;
  /* Other calendars: the category, in either language. */
  for (icalproperty *p = icalcomponent_get_first_property (event, ICAL_CATEGORIES_PROPERTY);
       p != NULL;
       p = icalcomponent_get_next_property (event, ICAL_CATEGORIES_PROPERTY))
    for (int k = 0; k < VD_N_MILESTONE_KINDS; k++)
      if (g_strcmp0 (icalproperty_get_categories (p), vd_milestone_kind_label (k)) == 0
          || g_strcmp0 (icalproperty_get_categories (p), vd_milestone_kind_to_string (k)) == 0)
        return k;
  return VD_MILESTONE_OTHER;
}

static void
add_problem (GPtrArray  *problems,
             guint       number,
             const char *summary,
             const char *message)
{
  if (summary != NULL && *summary != '\0')
    /* Translators: an event's number and title in the file, then what is wrong with it. */
    g_ptr_array_add (problems, g_strdup_printf (_("Event %u (“%s”): %s"), number, summary, message));
  else
    g_ptr_array_add (problems, g_strdup_printf (_("Event %u: %s"), number, message));
}

static void
collect_parse_errors (icalcomponent *component,
                      guint          number,
                      GPtrArray     *problems)
{
  for (icalproperty *p = icalcomponent_get_first_property (component, ICAL_XLICERROR_PROPERTY);
       p != NULL;
       p = icalcomponent_get_next_property (component, ICAL_XLICERROR_PROPERTY))
    {
      g_autofree char *message = g_strdup_printf (_("the file is malformed here (%s)"),
                                                  icalproperty_get_xlicerror (p));
      if (number == 0)
        g_ptr_array_add (problems, g_strdup_printf (_("Calendar: %s"), message));
      else
        add_problem (problems, number, NULL, message);
    }
}

static GError *
refusal (GPtrArray *problems)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_string_append_printf (text,
                          g_dngettext (GETTEXT_PACKAGE,
                                       "Nothing was imported: the file has %u problem. Fix it and import again.",
                                       "Nothing was imported: the file has %u problems. Fix them and import again.",
                                       problems->len), problems->len);
  for (guint i = 0; i < problems->len && i < MAX_LISTED_PROBLEMS; i++)
    g_string_append_printf (text, "\n• %s", (const char *) g_ptr_array_index (problems, i));
  if (problems->len > MAX_LISTED_PROBLEMS)
    g_string_append_printf (text, "\n• %s", _("…and more"));
  return g_error_new_literal (VD_STORE_ERROR, VD_STORE_ERROR_INVALID, text->str);
}

/**
 * vd_campaigns_ics_parse:
 * @campaign: the campaign the milestones go to, for their span and to
 *   recognise its own milestones exported before
 * @uid_domain: (nullable): the archive's UID domain
 *
 * Reads the events of an iCalendar file as milestones of @campaign, for a
 * preview. Events this app exported as campaigns are left out. Nothing is
 * returned unless every event is usable: one problem refuses the file, and
 * the error lists each problem (up to ten).
 *
 * Returns: (transfer container): VdMilestone* (id set for those that
 *   update an existing milestone), or %NULL
 */
GPtrArray *
vd_campaigns_ics_parse (const char        *text,
                        const VdCampaign  *campaign,
                        const char        *uid_domain,
                        GError           **error)
{
  g_autoptr(GPtrArray) milestones = g_ptr_array_new_with_free_func ((GDestroyNotify) vd_milestone_free);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(icalcomponent) root = NULL;
  icalcomponent *calendar;
  guint number = 0;

  g_return_val_if_fail (text != NULL && campaign != NULL, NULL);

  if (!g_utf8_validate (text, -1, NULL))
    {
      g_set_error_literal (error, VD_STORE_ERROR, VD_STORE_ERROR_INVALID,
                           _("Nothing was imported: the file is not UTF-8 text. Export it again as an iCalendar (.ics) file."));
      return NULL;
    }
  root = icalparser_parse_string (text);
  calendar = root;
  if (root != NULL && icalcomponent_isa (root) == ICAL_XROOT_COMPONENT)
    calendar = icalcomponent_get_first_component (root, ICAL_VCALENDAR_COMPONENT);
  if (calendar == NULL || icalcomponent_isa (calendar) != ICAL_VCALENDAR_COMPONENT)
    {
      g_set_error_literal (error, VD_STORE_ERROR, VD_STORE_ERROR_INVALID,
                           _("Nothing was imported: this is not an iCalendar file (it has no BEGIN:VCALENDAR). "
                             "Choose an .ics file."));
      return NULL;
    }
  collect_parse_errors (calendar, 0, problems);

  for (icalcomponent *event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       event != NULL;
       event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    {
      g_autoptr(VdMilestone) milestone = NULL;
      g_autoptr(GError) invalid = NULL;
      icalproperty *start = icalcomponent_get_first_property (event, ICAL_DTSTART_PROPERTY);
      const char *summary = icalcomponent_get_summary (event);
      const char *description = icalcomponent_get_description (event);
      const char *follow_up = x_value (event, X_FOLLOW_UP);
      gint64 own_id;
      guint before = problems->len;

      number++;
      collect_parse_errors (event, number, problems);
      if (g_strcmp0 (x_value (event, X_TYPE), "campaign") == 0)
        continue;
      if (summary == NULL || *summary == '\0')
        add_problem (problems, number, NULL, _("it has no title (SUMMARY)"));
      if (start == NULL || icaltime_is_null_time (icalproperty_get_dtstart (start))
          || !icaltime_is_valid_time (icalproperty_get_dtstart (start)))
        add_problem (problems, number, summary, _("it has no valid start date (DTSTART)"));
      if (problems->len > before)
        continue;

      milestone = vd_milestone_new ();
      {
        struct icaltimetype due = icalproperty_get_dtstart (start);

        milestone->due_on = g_strdup_printf ("%04d-%02d-%02d", due.year, due.month, due.day);
      }
      milestone->title = g_strdup (summary);
      milestone->kind = guess_kind (event);
      milestone->campaign_id = campaign->id;
      milestone->follow_up = follow_up != NULL && g_ascii_strcasecmp (follow_up, "TRUE") == 0;
      milestone->done = icalcomponent_get_status (event) == ICAL_STATUS_CONFIRMED
                        && g_strcmp0 (x_value (event, X_TYPE), "milestone") == 0;
      /* Our own export puts the campaign's name first; it is not a note. */
      if (description != NULL && g_str_has_prefix (description, campaign->name))
        description = description[strlen (campaign->name)] == '\n' ? description + strlen (campaign->name) + 1 : NULL;
      milestone->note = description != NULL && *description != '\0' ? g_strdup (description) : NULL;

      own_id = own_milestone_id (icalcomponent_get_uid (event), uid_domain);
      for (guint i = 0; own_id != 0 && i < campaign->milestones->len; i++)
        if (((VdMilestone *) g_ptr_array_index (campaign->milestones, i))->id == own_id)
          milestone->id = own_id;

      if (!vd_milestone_check (milestone, campaign, &invalid))
        {
          add_problem (problems, number, NULL, invalid->message);
          continue;
        }
      g_ptr_array_add (milestones, g_steal_pointer (&milestone));
    }

  if (problems->len > 0)
    {
      g_propagate_error (error, refusal (problems));
      return NULL;
    }
  if (milestones->len == 0)
    {
      g_set_error_literal (error, VD_STORE_ERROR, VD_STORE_ERROR_INVALID,
                           _("Nothing was imported: the file has no events to add as milestones."));
      return NULL;
    }
  return g_steal_pointer (&milestones);
}

/**
 * vd_campaigns_ics_import:
 * @n_imported: (out) (optional): how many milestones were added or updated
 *
 * Adds the milestones of an iCalendar file to a campaign (or updates those
 * it exported before), all in one transaction: a file with any problem
 * changes nothing.
 */
gboolean
vd_campaigns_ics_import (VdStore     *store,
                         gint64       campaign_id,
                         const char  *text,
                         guint       *n_imported,
                         GError     **error)
{
  g_autoptr(VdCampaign) campaign = NULL;
  g_autoptr(GPtrArray) milestones = NULL;
  g_autofree char *domain = NULL;

  g_return_val_if_fail (VD_IS_STORE (store), FALSE);

  campaign = vd_campaigns_get (store, campaign_id, error);
  if (campaign == NULL)
    return FALSE;
  domain = vd_store_dup_setting (store, VD_ICS_UID_DOMAIN_KEY);
  milestones = vd_campaigns_ics_parse (text, campaign, domain, error);
  if (milestones == NULL)
    return FALSE;

  for (guint i = 0; i < milestones->len; i++)
    {
      VdMilestone *milestone = g_ptr_array_index (milestones, i);
      gboolean replaced = FALSE;

      for (guint j = 0; milestone->id != 0 && j < campaign->milestones->len && !replaced; j++)
        if (((VdMilestone *) g_ptr_array_index (campaign->milestones, j))->id == milestone->id)
          {
            VdMilestone *old = g_ptr_array_index (campaign->milestones, j);

            campaign->milestones->pdata[j] = vd_milestone_copy (milestone);
            vd_milestone_free (old);
            replaced = TRUE;
          }
      if (!replaced)
        g_ptr_array_add (campaign->milestones, vd_milestone_copy (milestone));
    }
  if (!vd_campaigns_update (store, campaign, error))
    return FALSE;
  if (n_imported != NULL)
    *n_imported = milestones->len;
  return TRUE;
}
