/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdDecisionNumber"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "vd-decision-number.h"
#include "vd-store.h"
#include "vd-text.h"

/* Number, then type abbreviation (QĐ, TTr, QyĐ, CTr…), then one or more issuer
 * groups joined by '-'. Letters include Đ/đ; see reference.md §3.2. */
#define NUMBER_PATTERN "^([0-9]{1,5})/([A-ZĐ][A-Za-zĐđ]{0,4})-([A-Za-zĐđ0-9]+(?:-[A-Za-zĐđ0-9]+)*)$"

void
vd_decision_number_free (VdDecisionNumber *number)
{
  if (number == NULL)
    return;
  g_free (number->doc_type);
  g_free (number->issuer);
  g_free (number->text);
  g_free (number);
}

/**
 * vd_decision_number_parse:
 *
 * Reads "382/QĐ-BTNMT", also with a leading "Số:" and stray spaces. An issuer
 * typed all in lower case is upper-cased; mixed case is kept, because some
 * official symbols have it ("835/QĐ-TTg" of the Prime Minister). Fails with a
 * message saying the expected form.
 */
VdDecisionNumber *
vd_decision_number_parse (const char  *text,
                          GError     **error)
{
  static gsize regex_once;
  static GRegex *regex;
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *clean = NULL;
  g_autofree char *no_spaces = NULL;
  g_autofree char *issuer_raw = NULL;
  g_autofree char *sequence = NULL;
  g_auto(GStrv) spaced = NULL;
  VdDecisionNumber *number;
  const char *body;

  if (g_once_init_enter (&regex_once))
    {
      regex = g_regex_new (NUMBER_PATTERN, G_REGEX_OPTIMIZE, 0, NULL);
      g_once_init_leave (&regex_once, 1);
    }

  clean = vd_text_normalize_space (text);
  body = clean;
  if (g_str_has_prefix (body, "Số:") || g_str_has_prefix (body, "số:"))
    body += strlen ("Số:");

  spaced = g_strsplit (body, " ", -1);
  no_spaces = g_strjoinv ("", spaced);

  if (!g_regex_match (regex, no_spaces, 0, &match))
    {
      g_set_error (error, VD_STORE_ERROR, VD_STORE_ERROR_INVALID,
                   _("Enter the number as on the document, for example 382/QĐ-BTNMT."));
      return NULL;
    }

  sequence = g_match_info_fetch (match, 1);
  issuer_raw = g_match_info_fetch (match, 3);

  number = g_new0 (VdDecisionNumber, 1);
  number->sequence = atoi (sequence);
  number->doc_type = g_match_info_fetch (match, 2);
  {
    g_autofree char *lower = g_utf8_strdown (issuer_raw, -1);
    number->issuer = g_str_equal (lower, issuer_raw) ? g_utf8_strup (issuer_raw, -1)
                                                     : g_strdup (issuer_raw);
  }
  /* Numbers under 10 carry a leading zero (NĐ 30/2020). */
  number->text = g_strdup_printf ("%02d/%s-%s", number->sequence, number->doc_type, number->issuer);
  return number;
}
