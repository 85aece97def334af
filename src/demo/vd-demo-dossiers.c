/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdDemo"

#include "config.h"

#include <string.h>

#include "vd-date.h"
#include "vd-demo-private.h"
#include "vd-text.h"

/* Nomination dossiers (hồ sơ đề nghị khen thưởng) and the nominations in
 * them. Past years' dossiers are all decided (see vd-demo-awards-write.c);
 * this file also fills the current year, where every stage of the workflow
 * is in progress on the demo's "today". */

/**
 * vd_demo_submission_reference:
 *
 * "Tờ trình số 12/TTr-BQLDA ngày 15/01/2022": the covering letter a unit
 * sends its dossier with.
 */
char *
vd_demo_submission_reference (VdDemoContext *ctx,
                              int            unit,
                              const char    *date)
{
  VdDemoUnit *u = VD_DEMO_UNIT (ctx, unit);
  const char *code = u->code ? u->code : VD_DEMO_UNIT (ctx, u->submitter)->code;
  g_autofree char *series = g_strconcat ("TTr-", code, NULL);
  g_autofree char *display = vd_date_to_display (date);
  int number = vd_demo_decision_sequence (ctx, series, date, unit == 0 ? 4.0 : 0.3);

  return g_strdup_printf ("Tờ trình số %02d/TTr-%s ngày %s", number, code, display);
}

gint64
vd_demo_dossier_insert (VdDemoContext  *ctx,
                        const char     *title,
                        int             unit,
                        gint64          campaign_id,
                        int             year,
                        const char     *status,
                        const char     *reference,
                        const char     *created_on,
                        const char     *submitted_on,
                        const char     *note,
                        GError        **error)
{
  g_autofree char *search = g_strconcat (title, " ", reference, NULL);
  g_autofree char *fold = vd_text_fold (search);
  sqlite3_stmt *stmt;

  stmt = vd_store_prepare (ctx->store,
                           "INSERT INTO dossiers (title, unit_id, campaign_id, year, status, reference, "
                           "created_on, submitted_on, note, search_fold) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)", error);
  if (stmt == NULL)
    return 0;
  vd_demo_bind_text (stmt, 1, title);
  sqlite3_bind_int64 (stmt, 2, VD_DEMO_UNIT (ctx, unit)->id);
  vd_demo_bind_id (stmt, 3, campaign_id);
  sqlite3_bind_int (stmt, 4, year);
  vd_demo_bind_text (stmt, 5, status);
  vd_demo_bind_text (stmt, 6, reference);
  vd_demo_bind_text (stmt, 7, created_on);
  vd_demo_bind_text (stmt, 8, submitted_on);
  vd_demo_bind_text (stmt, 9, note);
  vd_demo_bind_text (stmt, 10, fold);
  if (!vd_store_step_done (ctx->store, stmt, error))
    return 0;
  return vd_store_last_insert_id (ctx->store);
}

static char *
slug (const char *text)
{
  g_autofree char *fold = vd_text_fold (text);
  GString *out = g_string_new (NULL);

  for (const char *p = fold; *p; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (out, *p);
      else if (out->len > 0 && out->str[out->len - 1] != '-')
        g_string_append_c (out, '-');
    }
  if (out->len > 0 && out->str[out->len - 1] == '-')
    g_string_truncate (out, out->len - 1);
  return g_string_free (out, FALSE);
}

/**
 * vd_demo_dossier_attach_papers:
 * @with_minutes: whether the council has met yet
 *
 * Queues the dossier's scanned components (Luật 2022 Điều 84): the covering
 * letter, the achievement report and the minutes of the council.
 */
void
vd_demo_dossier_attach_papers (VdDemoContext *ctx,
                               gint64         dossier_id,
                               int            unit,
                               int            year,
                               const char    *added_on,
                               gboolean       with_minutes)
{
  VdDemoUnit *u = VD_DEMO_UNIT (ctx, unit);
  g_autofree char *who = slug (u->short_name ? u->short_name : u->name);
  g_autofree char *t1 = g_strdup_printf ("Tờ trình đề nghị khen thưởng năm %d", year);
  g_autofree char *t2 = g_strdup_printf ("Báo cáo thành tích năm %d", year);
  g_autofree char *t3 = g_strdup_printf ("Biên bản họp Hội đồng Thi đua – Khen thưởng năm %d", year);
  g_autofree char *f1 = g_strdup_printf ("to-trinh-%d-%s.pdf", year, who);
  g_autofree char *f2 = g_strdup_printf ("bao-cao-thanh-tich-%d-%s.pdf", year, who);
  g_autofree char *f3 = g_strdup_printf ("bien-ban-hoi-dong-%d-%s.pdf", year, who);
  guint v = (guint) dossier_id;

  vd_demo_document_add (ctx, VD_DEMO_PAPER_SUBMISSION, v, dossier_id, 0, 0, t1, f1, added_on);
  vd_demo_document_add (ctx, VD_DEMO_PAPER_REPORT, v, dossier_id, 0, 0, t2, f2, added_on);
  if (with_minutes)
    vd_demo_document_add (ctx, VD_DEMO_PAPER_MINUTES, v, dossier_id, 0, 0, t3, f3, added_on);
}

/**
 * vd_demo_nomination_insert:
 * @votes_for: -1 when no vote was taken
 *
 * Returns the nomination's id, or 0 with @error set.
 */
gint64
vd_demo_nomination_insert (VdDemoContext  *ctx,
                           gint64          dossier_id,
                           int             person,
                           int             unit,
                           VdDemoKind      kind,
                           const char     *achievement,
                           int             votes_for,
                           int             votes_total,
                           const char     *outcome,
                           GError        **error)
{
  sqlite3_stmt *stmt;

  stmt = vd_store_prepare (ctx->store,
                           "INSERT INTO nominations (dossier_id, person_id, unit_id, award_kind_id, achievement, "
                           "votes_for, votes_total, outcome) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)", error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, dossier_id);
  vd_demo_bind_id (stmt, 2, person >= 0 ? VD_DEMO_PERSON (ctx, person)->id : 0);
  vd_demo_bind_id (stmt, 3, person < 0 ? VD_DEMO_UNIT (ctx, unit)->id : 0);
  sqlite3_bind_int64 (stmt, 4, ctx->kind_ids[kind]);
  vd_demo_bind_text (stmt, 5, achievement ? achievement : "");
  if (votes_for >= 0)
    {
      sqlite3_bind_int (stmt, 6, votes_for);
      sqlite3_bind_int (stmt, 7, votes_total);
    }
  vd_demo_bind_text (stmt, 8, outcome);
  if (!vd_store_step_done (ctx->store, stmt, error))
    return 0;
  return vd_store_last_insert_id (ctx->store);
}

typedef struct
{
  const char *status;
  const char *note;
} Stage;

/* Where each unit's dossier for the current year stands on "today". */
static const Stage stages[] = {
  { "draft", NULL },
  { "submitted", NULL },
  { "reviewing", NULL },
  { "returned", "Trả lại để bổ sung biên bản bình xét và báo cáo thành tích có xác nhận của thủ trưởng đơn vị." },
  { "approved", "Hội đồng Thi đua – Khen thưởng Bộ đã thống nhất; chờ ký quyết định." },
  { "draft", NULL },
  { "submitted", NULL },
  { "rejected", "Không đủ tiêu chuẩn: chưa đủ 02 năm liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở." },
};

/**
 * vd_demo_dossiers_current:
 *
 * Every unit reporting to the ministry prepares its dossier for the current
 * year (VD_DEMO_TODAY_YEAR); each is at some stage of the workflow, with
 * nominations for the people and sub-units whose record qualifies them.
 */
gboolean
vd_demo_dossiers_current (VdDemoContext  *ctx,
                          GError        **error)
{
  int year = VD_DEMO_TODAY_YEAR;
  int last = VD_DEMO_YEAR_INDEX (ctx, ctx->last_year);
  guint32 cstdcs = VD_DEMO_BIT (VD_DEMO_KIND_CSTDCS);
  guint32 excellent_unit = VD_DEMO_BIT (VD_DEMO_KIND_TTLDXS);
  int n = 0;
  VdDemoRng rng;

  vd_demo_rng_init (&rng, VD_DEMO_SEED + ctx->scale, 1101);
  if (!vd_store_begin (ctx->store, error))
    return FALSE;

  for (guint s = 1; s < ctx->units->len; s++)
    {
      VdDemoUnit *unit = VD_DEMO_UNIT (ctx, s);
      const Stage *stage = &stages[n % G_N_ELEMENTS (stages)];
      gboolean draft = strcmp (stage->status, "draft") == 0;
      gboolean voted = !draft && strcmp (stage->status, "submitted") != 0 && strcmp (stage->status, "returned") != 0;
      const char *outcome = strcmp (stage->status, "approved") == 0 ? "approved"
                            : strcmp (stage->status, "rejected") == 0 ? "rejected" : "pending";
      g_autofree char *created = NULL;
      g_autofree char *submitted = NULL;
      g_autofree char *reference = NULL;
      g_autofree char *title = NULL;
      int people = 0, units = 0;
      int total = 11;
      gint64 dossier;

      if (unit->depth != 1)
        continue;
      n++;

      created = vd_demo_date (year, vd_demo_rng_between (&rng, 10, 11), vd_demo_rng_between (&rng, 1, 12));
      submitted = draft ? NULL : vd_demo_date (year, 11, vd_demo_rng_between (&rng, 13, 20));
      reference = draft ? g_strdup ("") : vd_demo_submission_reference (ctx, s, submitted);
      title = g_strdup_printf ("Hồ sơ đề nghị khen thưởng năm %d – %s", year, unit->name);
      dossier = vd_demo_dossier_insert (ctx, title, s, ctx->annual_campaign[year - ctx->first_year], year,
                                        stage->status, reference, created, submitted, stage->note, error);
      if (dossier == 0)
        goto fail;

      /* People with CSTĐCS in the last two rated years are up for a Bằng
       * khen; sub-units rated xuất sắc last year for the title again. */
      for (int i = unit->people_begin; i < unit->subtree_people_end && people < 6; i++)
        {
          VdDemoPerson *p = VD_DEMO_PERSON (ctx, i);
          g_autofree char *text = NULL;
          int votes = voted ? total - (int) vd_demo_rng_range (&rng, 2) : -1;

          if (!((p->titles[last] & cstdcs) && (p->titles[last - 1] & cstdcs)))
            continue;
          text = g_strdup_printf ("02 năm liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở (%d–%d); hoàn thành xuất sắc "
                                  "nhiệm vụ năm %d", ctx->last_year - 1, ctx->last_year, year);
          if (strcmp (outcome, "rejected") == 0)
            votes = voted ? (int) vd_demo_rng_between (&rng, 3, 6) : -1;
          if (vd_demo_nomination_insert (ctx, dossier, i, -1, VD_DEMO_KIND_BK_BO, text, votes, total, outcome,
                                         error) == 0)
            goto fail;
          people++;
        }
      for (int u = s; u < unit->subtree_end && units < 2; u++)
        {
          g_autofree char *text = NULL;
          int votes = voted ? total - (int) vd_demo_rng_range (&rng, 2) : -1;

          if (!(VD_DEMO_UNIT (ctx, u)->titles[last] & excellent_unit))
            continue;
          text = g_strdup_printf ("Đạt danh hiệu Tập thể lao động xuất sắc năm %d; hoàn thành xuất sắc nhiệm vụ năm %d",
                                  ctx->last_year, year);
          if (strcmp (outcome, "rejected") == 0)
            votes = voted ? (int) vd_demo_rng_between (&rng, 3, 6) : -1;
          if (vd_demo_nomination_insert (ctx, dossier, -1, u, VD_DEMO_KIND_TTLDXS, text, votes, total, outcome,
                                         error) == 0)
            goto fail;
          units++;
        }

      vd_demo_dossier_attach_papers (ctx, dossier, s, year, draft ? created : submitted, voted);
    }

  return vd_store_commit (ctx->store, error);

fail:
  vd_store_rollback (ctx->store);
  return FALSE;
}
