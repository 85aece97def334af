/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdDate"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "vd-date.h"
#include "vd-store.h"

static gboolean
parse_ymd (const char *iso,
           int        *y,
           int        *m,
           int        *d)
{
  char tail;

  if (iso == NULL || sscanf (iso, "%4d-%2d-%2d%c", y, m, d, &tail) != 3)
    return FALSE;
  return g_date_valid_dmy (*d, *m, *y);
}

gboolean
vd_date_is_valid_iso (const char *iso_date)
{
  int y, m, d;

  return parse_ymd (iso_date, &y, &m, &d);
}

/**
 * vd_date_to_display:
 *
 * "2021-03-10" → "10/03/2021", the form Vietnamese documents use. Returns an
 * empty string for %NULL or an unreadable date.
 */
char *
vd_date_to_display (const char *iso_date)
{
  int y, m, d;

  if (!parse_ymd (iso_date, &y, &m, &d))
    return g_strdup ("");
  return g_strdup_printf ("%02d/%02d/%04d", d, m, y);
}

/**
 * vd_date_from_display:
 *
 * Reads dd/mm/yyyy (also d/m/yyyy, or with '-' or '.') into ISO form.
 */
char *
vd_date_from_display (const char  *display,
                      GError     **error)
{
  g_autofree char *clean = g_strstrip (g_strdup (display ? display : ""));
  int y = 0, m = 0, d = 0;
  char sep1, sep2, tail;

  if (sscanf (clean, "%2d%c%2d%c%4d%c", &d, &sep1, &m, &sep2, &y, &tail) != 5
      || sep1 != sep2 || (sep1 != '/' && sep1 != '-' && sep1 != '.')
      || y < 1000 || !g_date_valid_dmy (d, m, y))
    {
      g_set_error (error, VD_STORE_ERROR, VD_STORE_ERROR_INVALID,
                   _("Enter a date as day/month/year, for example 10/03/2021."));
      return NULL;
    }
  return g_strdup_printf ("%04d-%02d-%02d", y, m, d);
}

char *
vd_date_today_iso (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

char *
vd_date_now_iso (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format_iso8601 (now);
}
