/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdDemo"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "vd-demo-private.h"
#include "vd-text.h"

/* Decisions: their numbers, dates and signers. A body numbers its documents
 * from 1 each calendar year in the order it signs them (NĐ 30/2020), so a
 * number is drawn from the day of the year at the body's usual pace; the
 * ministry signs some 3 000 decisions a year, a unit a few hundred. */

void
vd_demo_decisions_init (VdDemoContext *ctx)
{
  ctx->numbers_used = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  ctx->signers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  /* 382/QĐ-BTNMT of 26/02/2021 (the blocs' heads and deputies for 2021) is
   * a real number from the seeds; nothing else may take it. */
  vd_demo_decision_reserve (ctx, "BTNMT", 2021, 382);
}

/* FNV-1a: a fixed string hash, so a signer's name does not depend on GLib. */
static guint64
hash_text (const char *text)
{
  guint64 h = G_GUINT64_CONSTANT (14695981039346656037);

  for (const guchar *p = (const guchar *) text; *p; p++)
    {
      h ^= *p;
      h *= G_GUINT64_CONSTANT (1099511628211);
    }
  return h;
}

/**
 * vd_demo_signer:
 * @office: "Bộ trưởng", "Thứ trưởng", "Thủ tướng Chính phủ", "Phó Thủ tướng",
 *   "Chủ tịch nước", "Phó Chủ tịch nước"
 *
 * A fictional holder of @office in @year. Offices change hands with the
 * five-year terms; two deputies take turns signing.
 */
const char *
vd_demo_signer (VdDemoContext *ctx,
                const char    *office,
                int            year)
{
  gboolean deputy = g_str_has_prefix (office, "Thứ") || g_str_has_prefix (office, "Phó");
  int term = MAX (0, (year - 2011) / 5);
  g_autofree char *key = g_strdup_printf ("%s/%d/%d", office, term, deputy ? year % 2 : 0);
  const char *name = g_hash_table_lookup (ctx->signers, key);

  if (name == NULL)
    {
      VdDemoRng rng;
      VdDemoName parts;
      char *full;

      vd_demo_rng_init (&rng, VD_DEMO_SEED, hash_text (key));
      vd_demo_name_pick (&rng, vd_demo_rng_chance (&rng, 0.2), 1962, &parts);
      full = vd_text_full_name (parts.family, parts.middle, parts.given);
      g_hash_table_insert (ctx->signers, g_strdup (key), full);
      name = full;
    }
  return name;
}

void
vd_demo_decision_reserve (VdDemoContext *ctx,
                          const char    *issuer,
                          int            year,
                          int            sequence)
{
  g_hash_table_add (ctx->numbers_used, g_strdup_printf ("%s/%d/%d", issuer, year, sequence));
}

/**
 * vd_demo_decision_sequence:
 * @per_day: how many documents the issuer numbers a day on average
 *
 * The next free number of @issuer's year near where @signed_on falls.
 */
int
vd_demo_decision_sequence (VdDemoContext *ctx,
                           const char    *issuer,
                           const char    *signed_on,
                           double         per_day)
{
  int year = 0, month = 0, day = 0;
  int sequence;
  GDate date;

  if (sscanf (signed_on, "%d-%d-%d", &year, &month, &day) != 3)
    g_return_val_if_reached (1);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  sequence = 1 + (int) ((g_date_get_day_of_year (&date) - 1) * per_day);

  for (;; sequence++)
    {
      g_autofree char *key = g_strdup_printf ("%s/%d/%d", issuer, year, sequence);
      if (!g_hash_table_contains (ctx->numbers_used, key))
        {
          g_hash_table_add (ctx->numbers_used, g_steal_pointer (&key));
          return sequence;
        }
    }
}

/**
 * vd_demo_decision_insert:
 *
 * Writes a decision numbered "@sequence/QĐ-@issuer". Returns its id, or 0
 * with @error set.
 */
gint64
vd_demo_decision_insert (VdDemoContext  *ctx,
                         const char     *issuer,
                         int             sequence,
                         const char     *signed_on,
                         const char     *signer_name,
                         const char     *signer_title,
                         const char     *authority,
                         const char     *title,
                         gint64          dossier_id,
                         GError        **error)
{
  /* Numbers under 10 carry a leading zero, as vd_decision_number_parse()
   * writes them. */
  g_autofree char *number = g_strdup_printf ("%02d/QĐ-%s", sequence, issuer);
  g_autofree char *search = g_strconcat (number, " ", title, NULL);
  g_autofree char *fold = vd_text_fold (search);
  sqlite3_stmt *stmt;

  stmt = vd_store_prepare (ctx->store,
                           "INSERT INTO decisions (number, number_seq, doc_type, issuer_code, signed_on, "
                           "signer_name, signer_title, authority, title, dossier_id, search_fold) "
                           "VALUES (?1, ?2, 'QĐ', ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)", error);
  if (stmt == NULL)
    return 0;
  vd_demo_bind_text (stmt, 1, number);
  sqlite3_bind_int (stmt, 2, sequence);
  vd_demo_bind_text (stmt, 3, issuer);
  vd_demo_bind_text (stmt, 4, signed_on);
  vd_demo_bind_text (stmt, 5, signer_name);
  vd_demo_bind_text (stmt, 6, signer_title);
  vd_demo_bind_text (stmt, 7, authority);
  vd_demo_bind_text (stmt, 8, title);
  vd_demo_bind_id (stmt, 9, dossier_id);
  vd_demo_bind_text (stmt, 10, fold);
  if (!vd_store_step_done (ctx->store, stmt, error))
    return 0;
  return vd_store_last_insert_id (ctx->store);
}
