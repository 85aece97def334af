/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdCampaignsDeadlines"

#include "config.h"

#include <json-glib/json-glib.h>

#include "vd-campaigns-deadlines.h"

/* ISO dates compare as strings, so "today + days" is the only arithmetic. */
static char *
iso_add_days (const char *iso,
              guint       days)
{
  g_autoptr(GDate) date = g_date_new ();
  char text[16];

  g_date_set_parse (date, iso);
  if (!g_date_valid (date))
    return NULL;
  g_date_add_days (date, days);
  g_snprintf (text, sizeof text, "%04d-%02d-%02d", g_date_get_year (date),
              g_date_get_month (date), g_date_get_day (date));
  return g_strdup (text);
}

/**
 * vd_campaigns_count_due_soon:
 * @campaigns: (element-type VdCampaign): as vd_campaigns_list() returns them
 * @today: ISO date
 * @days: length of the window, today included
 *
 * Pure: no archive, no clock, so the window is testable to the day.
 *
 * Returns: how many milestones not done fall due from @today to the day
 *   before @today + @days.
 */
guint
vd_campaigns_count_due_soon (GPtrArray  *campaigns,
                             const char *today,
                             guint       days)
{
  g_autofree char *end = iso_add_days (today, days);
  guint count = 0;

  g_return_val_if_fail (campaigns != NULL, 0);
  if (end == NULL)
    return 0;
  for (guint i = 0; i < campaigns->len; i++)
    {
      const VdCampaign *campaign = g_ptr_array_index (campaigns, i);

      for (guint j = 0; campaign->milestones != NULL && j < campaign->milestones->len; j++)
        {
          const VdMilestone *m = g_ptr_array_index (campaign->milestones, j);

          if (!m->done && m->due_on != NULL
              && g_strcmp0 (m->due_on, today) >= 0 && g_strcmp0 (m->due_on, end) < 0)
            count++;
        }
    }
  return count;
}

/**
 * vd_campaigns_take_due_today:
 * @store: the archive
 * @campaigns: (element-type VdCampaign): as vd_campaigns_list() returns them
 * @today: ISO date
 * @error: return location
 *
 * Returns: (transfer full) (element-type VdMilestone): the milestones to
 *   notify now, possibly none; they are recorded as notified for @today
 *   before this returns, so a second call the same day returns none. %NULL
 *   with @error set when the archive could not be written.
 */
GPtrArray *
vd_campaigns_take_due_today (VdStore     *store,
                             GPtrArray   *campaigns,
                             const char  *today,
                             GError     **error)
{
  g_autoptr(GPtrArray) due = g_ptr_array_new_with_free_func ((GDestroyNotify) vd_milestone_free);
  g_autofree char *stored = vd_store_dup_setting (store, VD_DEADLINES_NOTIFIED_KEY);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;
  JsonObject *notified = NULL;
  gboolean dirty = FALSE;

  g_return_val_if_fail (VD_IS_STORE (store), NULL);
  g_return_val_if_fail (campaigns != NULL && today != NULL, NULL);

  /* A damaged value only costs a repeated notification: start afresh. */
  if (stored != NULL && json_parser_load_from_data (parser, stored, -1, NULL)
      && JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    notified = json_node_get_object (json_parser_get_root (parser));

  json_builder_begin_object (builder);
  if (notified != NULL)
    {
      g_autoptr(GList) members = json_object_get_members (notified);

      for (GList *l = members; l != NULL; l = l->next)
        {
          const char *on = json_object_get_string_member_with_default (notified, l->data, "");

          if (g_strcmp0 (on, today) == 0)
            {
              json_builder_set_member_name (builder, l->data);
              json_builder_add_string_value (builder, today);
            }
          else
            dirty = TRUE;
        }
    }

  for (guint i = 0; i < campaigns->len; i++)
    {
      const VdCampaign *campaign = g_ptr_array_index (campaigns, i);

      for (guint j = 0; campaign->milestones != NULL && j < campaign->milestones->len; j++)
        {
          const VdMilestone *m = g_ptr_array_index (campaign->milestones, j);
          g_autofree char *key = NULL;

          if (m->done || g_strcmp0 (m->due_on, today) != 0)
            continue;
          key = g_strdup_printf ("%" G_GINT64_FORMAT, m->id);
          if (notified != NULL
              && g_strcmp0 (json_object_get_string_member_with_default (notified, key, ""), today) == 0)
            continue;
          json_builder_set_member_name (builder, key);
          json_builder_add_string_value (builder, today);
          g_ptr_array_add (due, vd_milestone_copy (m));
          dirty = TRUE;
        }
    }
  json_builder_end_object (builder);

  if (!dirty)
    return g_steal_pointer (&due);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, NULL);
  if (!vd_store_set_setting (store, VD_DEADLINES_NOTIFIED_KEY, text, error))
    return NULL;
  return g_steal_pointer (&due);
}
