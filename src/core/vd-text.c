/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdText"

#include "config.h"

#include <string.h>

#include "vd-text.h"

/* Combining marks after NFD that carry Vietnamese letter identity (not tone). */
#define MARK_BREVE      0x0306 /* ă */
#define MARK_CIRCUMFLEX 0x0302 /* â ê ô */
#define MARK_HORN       0x031B /* ơ ư */

static gboolean
is_combining (gunichar c)
{
  return (c >= 0x0300 && c <= 0x036F);
}

/* Tone marks in the order Vietnamese dictionaries sort them:
 * none, huyền (grave), hỏi (hook), ngã (tilde), sắc (acute), nặng (dot below). */
static int
tone_rank (gunichar c)
{
  switch (c)
    {
    case 0x0300: return 1;
    case 0x0309: return 2;
    case 0x0303: return 3;
    case 0x0301: return 4;
    case 0x0323: return 5;
    default:     return 0;
    }
}

/**
 * vd_text_normalize_space:
 *
 * Trims @text and folds every run of white space into one space.
 */
char *
vd_text_normalize_space (const char *text)
{
  GString *out;
  gboolean pending_space = FALSE;

  if (text == NULL)
    return g_strdup ("");

  out = g_string_sized_new (strlen (text));
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        {
          pending_space = out->len > 0;
          continue;
        }
      if (pending_space)
        g_string_append_c (out, ' ');
      pending_space = FALSE;
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

/**
 * vd_text_fold:
 *
 * Returns @text lower-cased, without diacritics and with đ/Đ as d, white space
 * folded: the form search compares, so "nguyen van dung" matches
 * "Nguyễn Văn Dũng".
 */
char *
vd_text_fold (const char *text)
{
  g_autofree char *spaced = vd_text_normalize_space (text);
  g_autofree char *decomposed = g_utf8_normalize (spaced, -1, G_NORMALIZE_NFD);
  GString *out;

  if (decomposed == NULL)
    return g_strdup ("");

  out = g_string_sized_new (strlen (decomposed));
  for (const char *p = decomposed; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_combining (c))
        continue;
      if (c == 0x0111 || c == 0x0110) /* đ Đ */
        c = 'd';
      g_string_append_unichar (out, g_unichar_tolower (c));
    }
  return g_string_free (out, FALSE);
}

/* Appends the primary (letters) and secondary (tones) weights of @text.
 * Primary: each letter as its base plus a variant digit so that the Vietnamese
 * alphabet order a ă â b c d đ e ê … o ô ơ … u ư … holds; tones are ignored.
 * Secondary: one tone digit per letter, compared only when letters tie. */
static void
append_weights (GString    *primary,
                GString    *secondary,
                const char *text)
{
  g_autofree char *spaced = vd_text_normalize_space (text);
  g_autofree char *decomposed = g_utf8_normalize (spaced ? spaced : "", -1, G_NORMALIZE_NFD);
  const char *p = decomposed ? decomposed : "";

  while (*p)
    {
      gunichar c = g_unichar_tolower (g_utf8_get_char (p));
      char variant = '0';
      int tone = 0;

      p = g_utf8_next_char (p);

      /* Gather the marks that follow this base letter. */
      while (*p && is_combining (g_utf8_get_char (p)))
        {
          gunichar m = g_utf8_get_char (p);

          if (m == MARK_BREVE)
            variant = '1';
          else if (m == MARK_CIRCUMFLEX)
            variant = '2';
          else if (m == MARK_HORN)
            variant = '3';
          else if (tone_rank (m) > 0)
            tone = tone_rank (m);
          p = g_utf8_next_char (p);
        }

      if (c == 0x0111) /* đ sorts after d */
        {
          c = 'd';
          variant = '1';
        }

      if (c == ' ')
        {
          /* A space sorts before every letter: "An" before "Anh". */
          g_string_append_c (primary, '\x02');
          continue;
        }

      g_string_append_unichar (primary, c);
      g_string_append_c (primary, variant);
      g_string_append_c (secondary, (char) ('0' + tone));
    }
}

/**
 * vd_text_sort_key:
 *
 * A byte string whose memcmp() order is the Vietnamese dictionary order of
 * @text: letters first (ă after a, đ after d…), then tones.
 */
GBytes *
vd_text_sort_key (const char *text)
{
  GString *primary = g_string_new (NULL);
  GString *secondary = g_string_new (NULL);

  append_weights (primary, secondary, text);
  g_string_append_c (primary, '\x01');
  g_string_append_len (primary, secondary->str, secondary->len);
  g_string_free (secondary, TRUE);
  return g_string_free_to_bytes (primary);
}

/**
 * vd_text_person_sort_key:
 *
 * Vietnamese lists order people by given name, then family name, then middle
 * name; tones only break ties after all three.
 */
GBytes *
vd_text_person_sort_key (const char *family_name,
                         const char *middle_name,
                         const char *given_name)
{
  const char *parts[] = { given_name, family_name, middle_name };
  GString *primary = g_string_new (NULL);
  GString *secondary = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      append_weights (primary, secondary, parts[i] ? parts[i] : "");
      g_string_append_c (primary, '\x01');
      g_string_append_c (secondary, '\x01');
    }
  g_string_append_len (primary, secondary->str, secondary->len);
  g_string_free (secondary, TRUE);
  return g_string_free_to_bytes (primary);
}

/**
 * vd_text_full_name:
 *
 * "Nguyễn" + "Văn" + "Dũng" → "Nguyễn Văn Dũng"; empty parts are skipped.
 */
char *
vd_text_full_name (const char *family_name,
                   const char *middle_name,
                   const char *given_name)
{
  g_autofree char *joined = g_strjoin (" ",
                                       family_name ? family_name : "",
                                       middle_name ? middle_name : "",
                                       given_name ? given_name : "",
                                       NULL);
  return vd_text_normalize_space (joined);
}

/**
 * vd_text_split_full_name:
 *
 * Splits a Vietnamese full name: the first word is the family name, the last
 * the given name, the words between the middle name. Returns %FALSE for an
 * empty name.
 */
gboolean
vd_text_split_full_name (const char  *full_name,
                         char       **family_name,
                         char       **middle_name,
                         char       **given_name)
{
  g_autofree char *clean = vd_text_normalize_space (full_name);
  g_auto(GStrv) words = NULL;
  guint n;

  *family_name = *middle_name = *given_name = NULL;
  if (clean[0] == '\0')
    return FALSE;

  words = g_strsplit (clean, " ", -1);
  n = g_strv_length (words);
  *given_name = g_strdup (words[n - 1]);
  *family_name = g_strdup (n > 1 ? words[0] : "");
  if (n > 2)
    {
      g_free (words[n - 1]);
      words[n - 1] = NULL;
      *middle_name = g_strjoinv (" ", words + 1);
    }
  else
    *middle_name = g_strdup ("");
  return TRUE;
}
