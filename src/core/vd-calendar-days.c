/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdCalendarDays"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "vd-calendar-days.h"

VdFixedDay *
vd_fixed_day_new (int         day,
                  int         month,
                  const char *title)
{
  VdFixedDay *fixed = g_new0 (VdFixedDay, 1);

  fixed->day = day;
  fixed->month = month;
  fixed->title = g_strdup (title);
  return fixed;
}

void
vd_fixed_day_free (VdFixedDay *day)
{
  if (day == NULL)
    return;
  g_free (day->title);
  g_free (day);
}

static int
compare_days (gconstpointer a,
              gconstpointer b)
{
  const VdFixedDay *x = *(VdFixedDay * const *) a;
  const VdFixedDay *y = *(VdFixedDay * const *) b;

  if (x->month != y->month)
    return x->month - y->month;
  return x->day - y->day;
}

GPtrArray *
vd_calendar_days_defaults (void)
{
  GPtrArray *days = g_ptr_array_new_with_free_func ((GDestroyNotify) vd_fixed_day_free);

  g_ptr_array_add (days, vd_fixed_day_new (30, 4, _("Reunification Day")));
  g_ptr_array_add (days, vd_fixed_day_new (1, 5, _("International Workers’ Day")));
  g_ptr_array_add (days, vd_fixed_day_new (19, 5, _("President Hồ Chí Minh’s Birthday")));
  g_ptr_array_add (days, vd_fixed_day_new (5, 8, _("Ministry Founding Day")));
  g_ptr_array_add (days, vd_fixed_day_new (2, 9, _("National Day")));
  g_ptr_array_add (days, vd_fixed_day_new (20, 11, _("Vietnamese Teachers’ Day")));
  return days;
}

static gboolean
is_blank (const char *text)
{
  g_autofree char *copy = g_strstrip (g_strdup (text != NULL ? text : ""));

  return *copy == '\0';
}

static gboolean
check_day (int          day,
           int          month,
           const char  *title,
           GError     **error)
{
  /* Any year: 29/2 is a fixed day in leap years. */
  if (month < 1 || month > 12 || day < 1 || day > g_date_get_days_in_month (month, 2000))
    {
      g_set_error (error, VD_STORE_ERROR, VD_STORE_ERROR_INVALID,
                   _("%d/%d is not a day of the year. Enter the day as dd/mm."), day, month);
      return FALSE;
    }
  if (is_blank (title))
    {
      g_set_error (error, VD_STORE_ERROR, VD_STORE_ERROR_INVALID,
                   _("The fixed day %02d/%02d has no name. Give it one."), day, month);
      return FALSE;
    }
  return TRUE;
}

GPtrArray *
vd_calendar_days_from_json (const char  *json,
                            GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GPtrArray) days = g_ptr_array_new_with_free_func ((GDestroyNotify) vd_fixed_day_free);
  JsonNode *root;
  JsonArray *array;

  if (!json_parser_load_from_data (parser, json, -1, error))
    return NULL;
  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_ARRAY (root))
    {
      g_set_error_literal (error, VD_STORE_ERROR, VD_STORE_ERROR_INVALID, _("The list of fixed days is damaged."));
      return NULL;
    }
  array = json_node_get_array (root);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      JsonObject *object;
      int day, month;
      const char *title;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          g_set_error_literal (error, VD_STORE_ERROR, VD_STORE_ERROR_INVALID, _("The list of fixed days is damaged."));
          return NULL;
        }
      object = json_node_get_object (node);
      day = json_object_get_int_member_with_default (object, "day", 0);
      month = json_object_get_int_member_with_default (object, "month", 0);
      title = json_object_get_string_member_with_default (object, "title", NULL);
      if (!check_day (day, month, title, error))
        return NULL;
      g_ptr_array_add (days, vd_fixed_day_new (day, month, title));
    }
  g_ptr_array_sort (days, compare_days);
  return g_steal_pointer (&days);
}

char *
vd_calendar_days_to_json (GPtrArray *days)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_array (builder);
  for (guint i = 0; i < days->len; i++)
    {
      VdFixedDay *day = g_ptr_array_index (days, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "day");
      json_builder_add_int_value (builder, day->day);
      json_builder_set_member_name (builder, "month");
      json_builder_add_int_value (builder, day->month);
      json_builder_set_member_name (builder, "title");
      json_builder_add_string_value (builder, day->title);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}

/**
 * vd_calendar_days_load:
 *
 * Returns: (transfer container): the archive's fixed days, or the defaults
 *   when it has none of its own or they cannot be read
 */
GPtrArray *
vd_calendar_days_load (VdStore *store)
{
  g_autofree char *json = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *days;

  g_return_val_if_fail (VD_IS_STORE (store), NULL);

  json = vd_store_dup_setting (store, VD_CALENDAR_DAYS_KEY);
  if (json == NULL)
    return vd_calendar_days_defaults ();
  days = vd_calendar_days_from_json (json, &error);
  if (days == NULL)
    {
      g_warning ("Fixed days in the archive are unreadable, showing the defaults: %s", error->message);
      return vd_calendar_days_defaults ();
    }
  return days;
}

gboolean
vd_calendar_days_save (VdStore    *store,
                       GPtrArray  *days,
                       GError    **error)
{
  g_autofree char *json = NULL;

  g_return_val_if_fail (VD_IS_STORE (store), FALSE);

  for (guint i = 0; i < days->len; i++)
    {
      VdFixedDay *day = g_ptr_array_index (days, i);

      if (!check_day (day->day, day->month, day->title, error))
        return FALSE;
    }
  g_ptr_array_sort (days, compare_days);
  json = vd_calendar_days_to_json (days);
  return vd_store_set_setting (store, VD_CALENDAR_DAYS_KEY, json, error);
}

gboolean
vd_calendar_days_reset (VdStore  *store,
                        GError  **error)
{
  g_return_val_if_fail (VD_IS_STORE (store), FALSE);

  /* No value rather than a copy of the defaults, so each user sees them in
   * their own language. */
  return vd_store_set_setting (store, VD_CALENDAR_DAYS_KEY, NULL, error);
}
