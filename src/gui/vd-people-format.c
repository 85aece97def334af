/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdPeopleFormat"

#include "config.h"

#include "vd-people-format.h"

/* U+202F NARROW NO-BREAK SPACE: groups thousands the same way in English and
 * Vietnamese (where "." and "," would each be misread by one of them) and
 * never breaks a number across lines. */
#define GROUP_SEPARATOR "\u202f"

/**
 * vd_people_format_count:
 *
 * Returns: @n with its thousands grouped, as in "60 000"
 */
char *
vd_people_format_count (guint n)
{
  g_autofree char *digits = g_strdup_printf ("%u", n);
  GString *out = g_string_new (NULL);
  gsize len = strlen (digits);

  for (gsize i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append (out, GROUP_SEPARATOR);
      g_string_append_c (out, digits[i]);
    }

  return g_string_free (out, FALSE);
}
