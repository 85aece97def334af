/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdDemo"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "vd-demo-awards.h"

/* Turns a year's grants into records the way the paperwork flows: units
 * send dossiers with nominations to the ministry in January; the council
 * votes; the minister decides in spring, one decision per unit and kind;
 * what needs the Prime Minister or the President goes up in one ministry
 * dossier and comes back by summer. Base titles are decided in January by
 * the head of each unit with legal personality (the ministry for its own
 * Vụ). Then the award rows, and the initiatives with the award each was used
 * for. */

typedef struct
{
  VdDemoYear *year;
  VdDemoRng  *rng;
  int        *order;          /* grant indices, grouped */
  gint64     *unit_dossier;   /* per submitter: this year's dossier */
  gint64      state_dossier;
  gint64      occasion_dossier[3];
} Writer;

static VdDemoLevel
level_of (const VdDemoGrant *g)
{
  return vd_demo_kinds[g->kind].level;
}

static int
compare_grants (const void *a,
                const void *b,
                void       *data)
{
  GArray *grants = data;
  const VdDemoGrant *ga = &g_array_index (grants, VdDemoGrant, *(const int *) a);
  const VdDemoGrant *gb = &g_array_index (grants, VdDemoGrant, *(const int *) b);

#define CMP(x, y) if ((x) != (y)) return (x) < (y) ? -1 : 1
  CMP (level_of (ga), level_of (gb));
  CMP (ga->occasion, gb->occasion);
  CMP (ga->group, gb->group);
  CMP (ga->kind, gb->kind);
  CMP (ga->rejected, gb->rejected);
  CMP (ga->person, gb->person);
  CMP (ga->unit, gb->unit);
#undef CMP
  return 0;
}

static void
assign_groups (VdDemoYear *year)
{
  VdDemoContext *ctx = year->ctx;

  for (guint i = 0; i < year->grants->len; i++)
    {
      VdDemoGrant *g = &g_array_index (year->grants, VdDemoGrant, i);
      VdDemoUnit *unit = VD_DEMO_UNIT (ctx, g->unit);

      if (g->occasion != VD_DEMO_OCCASION_ANNUAL)
        g->group = 0;
      else if (level_of (g) == VD_DEMO_LEVEL_BASE)
        g->group = g->person >= 0 ? unit->issuer : VD_DEMO_UNIT (ctx, unit->parent)->issuer;
      else if (level_of (g) == VD_DEMO_LEVEL_MINISTRY)
        g->group = unit->submitter;
      else
        g->group = 0;
    }
}

static gint64
dossier_for (Writer            *w,
             const VdDemoGrant *g)
{
  if (g->occasion != VD_DEMO_OCCASION_ANNUAL)
    return w->occasion_dossier[g->occasion];
  if (level_of (g) == VD_DEMO_LEVEL_STATE)
    return w->state_dossier;
  if (level_of (g) == VD_DEMO_LEVEL_MINISTRY)
    return w->unit_dossier[g->group];
  return 0;
}

/* ---- Dossiers ---- */

static gboolean
make_dossier (Writer          *w,
              const VdDemoGrant *first,
              gboolean         all_rejected,
              gboolean         with_initiative,
              GError         **error)
{
  VdDemoYear *year = w->year;
  VdDemoContext *ctx = year->ctx;
  int y = year->year;
  g_autofree char *title = NULL;
  g_autofree char *created = NULL;
  g_autofree char *submitted = NULL;
  g_autofree char *reference = NULL;
  gint64 campaign = ctx->annual_campaign[y - ctx->first_year];
  int unit = 0;
  gint64 id;

  if (first->occasion == VD_DEMO_OCCASION_ANNIVERSARY)
    {
      title = g_strdup ("Hồ sơ đề nghị khen thưởng đợt thi đua đặc biệt chào mừng Kỷ niệm 20 năm Ngày thành lập "
                        "Bộ Tài nguyên và Môi trường");
      created = g_strdup ("2022-06-27");
      submitted = g_strdup ("2022-07-08");
      campaign = ctx->anniversary_campaign;
    }
  else if (first->occasion == VD_DEMO_OCCASION_COVID)
    {
      title = g_strdup_printf ("Hồ sơ đề nghị khen thưởng thành tích phòng, chống dịch COVID-19 năm %d", y);
      created = vd_demo_date (y, 11, vd_demo_rng_between (w->rng, 16, 24));
      submitted = vd_demo_date (y, 12, vd_demo_rng_between (w->rng, 1, 5));
      campaign = ctx->covid_campaign;
    }
  else if (level_of (first) == VD_DEMO_LEVEL_STATE)
    {
      title = g_strdup_printf ("Hồ sơ đề nghị Thủ tướng Chính phủ, Chủ tịch nước khen thưởng năm %d", y);
      created = vd_demo_date (y + 1, 3, vd_demo_rng_between (w->rng, 1, 8));
      submitted = vd_demo_date (y + 1, 3, vd_demo_rng_between (w->rng, 15, 25));
    }
  else
    {
      unit = first->group;
      title = g_strdup_printf ("Hồ sơ đề nghị khen thưởng năm %d – %s", y, VD_DEMO_UNIT (ctx, unit)->name);
      created = vd_demo_date (y + 1, 1, vd_demo_rng_between (w->rng, 3, 10));
      submitted = vd_demo_date (y + 1, 1, vd_demo_rng_between (w->rng, 14, 25));
    }
  reference = vd_demo_submission_reference (ctx, unit, submitted);

  id = vd_demo_dossier_insert (ctx, title, unit, campaign, y, all_rejected ? "rejected" : "decided",
                               reference, created, submitted,
                               all_rejected ? "Hội đồng Thi đua – Khen thưởng Bộ không thống nhất đề nghị." : NULL,
                               error);
  if (id == 0)
    return FALSE;

  vd_demo_dossier_attach_papers (ctx, id, unit, y, submitted, TRUE);
  if (with_initiative)
    {
      g_autofree char *doc = g_strdup_printf ("Báo cáo mô tả sáng kiến năm %d", y);
      g_autofree char *file = g_strdup_printf ("sang-kien-%d-%" G_GINT64_FORMAT ".pdf", y, id);
      vd_demo_document_add (ctx, VD_DEMO_PAPER_INITIATIVE, (guint) id, id, 0, 0, doc, file, submitted);
    }

  if (first->occasion != VD_DEMO_OCCASION_ANNUAL)
    w->occasion_dossier[first->occasion] = id;
  else if (level_of (first) == VD_DEMO_LEVEL_STATE)
    w->state_dossier = id;
  else
    w->unit_dossier[first->group] = id;
  return TRUE;
}

static gboolean
same_dossier (const VdDemoGrant *a,
              const VdDemoGrant *b)
{
  if (a->occasion != b->occasion || level_of (a) != level_of (b))
    return FALSE;
  if (a->occasion != VD_DEMO_OCCASION_ANNUAL || level_of (a) == VD_DEMO_LEVEL_STATE)
    return TRUE;
  return a->group == b->group;
}

static gboolean
write_dossiers_and_nominations (Writer  *w,
                                GError **error)
{
  VdDemoYear *year = w->year;
  VdDemoContext *ctx = year->ctx;
  guint n = year->grants->len;
  guint start = 0;

  /* Skip the base titles: they need no dossier. */
  while (start < n && level_of (&g_array_index (year->grants, VdDemoGrant, w->order[start])) == VD_DEMO_LEVEL_BASE)
    start++;

  for (guint i = start; i < n;)
    {
      const VdDemoGrant *first = &g_array_index (year->grants, VdDemoGrant, w->order[i]);
      gboolean all_rejected = TRUE;
      gboolean with_initiative = FALSE;
      guint end = i;

      while (end < n && same_dossier (first, &g_array_index (year->grants, VdDemoGrant, w->order[end])))
        {
          const VdDemoGrant *g = &g_array_index (year->grants, VdDemoGrant, w->order[end]);
          all_rejected &= g->rejected;
          with_initiative |= g->initiative >= 0;
          end++;
        }

      if (!make_dossier (w, first, all_rejected, with_initiative, error))
        return FALSE;

      for (; i < end; i++)
        {
          VdDemoGrant *g = &g_array_index (year->grants, VdDemoGrant, w->order[i]);
          /* The ministry's council: nine to thirteen members, secret ballot;
           * a Kỷ niệm chương is not voted on. */
          int total = 9 + 2 * (year->year % 3);
          int votes = -1;

          if (g->kind != VD_DEMO_KIND_KNC)
            votes = g->rejected ? vd_demo_rng_between (w->rng, total / 3, total * 2 / 3)
                                : total - (vd_demo_rng_chance (w->rng, 0.25) ? 1 : 0);
          g->nomination_id = vd_demo_nomination_insert (ctx, dossier_for (w, g), g->person, g->unit, g->kind,
                                                        g->text, votes, total,
                                                        g->rejected ? "rejected" : "approved", error);
          if (g->nomination_id == 0)
            return FALSE;
        }
    }
  return TRUE;
}

/* ---- Decisions and awards ---- */

static char *
decision_title (VdDemoContext     *ctx,
                const VdDemoGrant *g,
                int                count,
                int                year)
{
  const VdDemoKindInfo *info = &vd_demo_kinds[g->kind];
  const char *noun = info->collective ? "tập thể" : "cá nhân";
  const char *of;

  if (g->occasion == VD_DEMO_OCCASION_ANNIVERSARY)
    return g_strdup_printf ("Quyết định %s %s cho %d %s đã có thành tích xuất sắc trong đợt thi đua đặc biệt chào "
                            "mừng Kỷ niệm 20 năm Ngày thành lập Bộ Tài nguyên và Môi trường",
                            info->verb, info->name, count, noun);
  if (g->occasion == VD_DEMO_OCCASION_COVID)
    return g_strdup_printf ("Quyết định %s %s cho %d %s đã có thành tích xuất sắc trong công tác phòng, chống dịch "
                            "COVID-19 năm %d", info->verb, info->name, count, noun, year);

  if (info->level == VD_DEMO_LEVEL_STATE)
    of = "Bộ Tài nguyên và Môi trường";
  else if (g->group == 0)
    /* The ministry decides for its own Vụ staff and for the units directly
     * under it. */
    of = info->collective ? "các đơn vị trực thuộc Bộ" : "cơ quan Bộ";
  else
    of = VD_DEMO_UNIT (ctx, g->group)->name;

  if (strcmp (info->verb, "công nhận danh hiệu") == 0)
    return g_strdup_printf ("Quyết định về việc công nhận danh hiệu “%s” năm %d cho %d %s thuộc %s",
                            info->name, year, count, noun, of);
  if (strcmp (info->verb, "tặng danh hiệu") == 0)
    return g_strdup_printf ("Quyết định về việc tặng danh hiệu “%s” cho %d %s thuộc %s", info->name, count, noun, of);
  if (g->kind == VD_DEMO_KIND_BK_BO || g->kind == VD_DEMO_KIND_BK_BO_TT)
    return g_strdup_printf ("Quyết định tặng %s cho %d %s thuộc %s đã có thành tích xuất sắc trong thực hiện "
                            "nhiệm vụ năm %d", info->name, count, noun, of, year);
  if (g->kind == VD_DEMO_KIND_CO_BO || g->kind == VD_DEMO_KIND_CO_CP)
    return g_strdup_printf ("Quyết định tặng %s năm %d cho %d %s thuộc %s", info->name, year, count, noun, of);
  return g_strdup_printf ("Quyết định về việc tặng %s cho %d %s thuộc %s", info->name, count, noun, of);
}

static gint64
write_decision (Writer            *w,
                const VdDemoGrant *g,
                int                count,
                GError           **error)
{
  VdDemoYear *year = w->year;
  VdDemoContext *ctx = year->ctx;
  VdDemoLevel level = level_of (g);
  int y = year->year;
  g_autofree char *title = decision_title (ctx, g, count, y);
  g_autofree char *signed_on = NULL;
  g_autofree char *signer_owned = NULL;
  g_autofree char *authority_owned = NULL;
  const char *issuer, *signer, *signer_title, *authority;
  double pace;
  gint64 id;

  if (g->occasion == VD_DEMO_OCCASION_ANNIVERSARY)
    signed_on = g_strdup ("2022-07-29");
  else if (g->occasion == VD_DEMO_OCCASION_COVID)
    signed_on = vd_demo_date (y, 12, vd_demo_rng_between (w->rng, 10, 22));
  else if (level == VD_DEMO_LEVEL_BASE)
    signed_on = vd_demo_date (y + 1, 1, vd_demo_rng_between (w->rng, 5, 28));
  else if (level == VD_DEMO_LEVEL_MINISTRY)
    signed_on = vd_demo_date_random (w->rng, y + 1, 2, 4);
  else
    signed_on = vd_demo_date_random (w->rng, y + 1, 5, 10);

  if (level == VD_DEMO_LEVEL_STATE)
    {
      gboolean president = g->kind == VD_DEMO_KIND_HCLD3 || g->kind == VD_DEMO_KIND_HCLD2
                           || g->kind == VD_DEMO_KIND_HCLD1 || g->kind == VD_DEMO_KIND_HCLD3_TT
                           || g->kind == VD_DEMO_KIND_HCLD2_TT;
      if (president)
        {
          issuer = "CTN";
          pace = 4.0;
          authority = "Chủ tịch nước";
          signer_title = g->kind == VD_DEMO_KIND_HCLD1 || g->kind == VD_DEMO_KIND_HCLD2
                         ? "Chủ tịch nước" : "Phó Chủ tịch nước";
        }
      else
        {
          issuer = "TTg";
          pace = 6.0;
          authority = "Thủ tướng Chính phủ";
          signer_title = g->kind == VD_DEMO_KIND_CO_CP || g->kind == VD_DEMO_KIND_CSTD_TQ
                         ? "Thủ tướng Chính phủ" : "Phó Thủ tướng";
        }
      signer = vd_demo_signer (ctx, signer_title, y + 1);
    }
  else if (level == VD_DEMO_LEVEL_MINISTRY || g->group == 0)
    {
      issuer = "BTNMT";
      pace = 9.0;
      authority = "Bộ trưởng Bộ Tài nguyên và Môi trường";
      signer_title = g->kind == VD_DEMO_KIND_CO_BO || g->kind == VD_DEMO_KIND_CSTD_BO
                     || g->occasion == VD_DEMO_OCCASION_ANNIVERSARY ? "Bộ trưởng" : "Thứ trưởng";
      signer = vd_demo_signer (ctx, signer_title, y + 1);
    }
  else
    {
      /* A unit with legal personality: its head signs. */
      VdDemoUnit *unit = VD_DEMO_UNIT (ctx, g->group);
      VdDemoPerson *head = VD_DEMO_PERSON (ctx, unit->head);

      issuer = unit->code;
      pace = 1.2;
      signer_owned = vd_demo_full_name (ctx, unit->head);
      signer = signer_owned;
      signer_title = head->position;
      authority_owned = g_strdup_printf ("%s %s", head->position, unit->name);
      authority = authority_owned;
    }

  id = vd_demo_decision_insert (ctx, issuer, vd_demo_decision_sequence (ctx, issuer, signed_on, pace),
                                signed_on, signer, signer_title, authority, title, dossier_for (w, g), error);
  if (id == 0)
    return 0;

  /* Every decision from the ministry up is kept as a scan; of the units'
   * own decisions, about one in four. */
  if (level != VD_DEMO_LEVEL_BASE || id % 4 == 0)
    {
      g_autofree char *doc = g_strdup_printf ("Quyết định khen thưởng năm %d (%s)", y, vd_demo_kinds[g->kind].code);
      g_autofree char *file = g_strdup_printf ("quyet-dinh-%" G_GINT64_FORMAT "-%s-%d.pdf", id, issuer, y);
      vd_demo_document_add (ctx, VD_DEMO_PAPER_DECISION, (guint) id, 0, id, 0, doc, file, signed_on);
    }
  return id;
}

static gboolean
same_decision (const VdDemoGrant *a,
               const VdDemoGrant *b)
{
  return level_of (a) == level_of (b) && a->occasion == b->occasion && a->group == b->group && a->kind == b->kind;
}

static gboolean
write_awards (Writer  *w,
              GError **error)
{
  VdDemoYear *year = w->year;
  VdDemoContext *ctx = year->ctx;
  guint n = year->grants->len;

  for (guint i = 0; i < n;)
    {
      const VdDemoGrant *first = &g_array_index (year->grants, VdDemoGrant, w->order[i]);
      guint end = i;
      int approved = 0;
      gint64 decision;

      while (end < n && same_decision (first, &g_array_index (year->grants, VdDemoGrant, w->order[end])))
        {
          approved += !g_array_index (year->grants, VdDemoGrant, w->order[end]).rejected;
          end++;
        }
      if (approved == 0)
        {
          i = end;
          continue;
        }

      decision = write_decision (w, first, approved, error);
      if (decision == 0)
        return FALSE;

      for (; i < end; i++)
        {
          VdDemoGrant *g = &g_array_index (year->grants, VdDemoGrant, w->order[i]);
          g_autofree char *golden = NULL;
          sqlite3_stmt *stmt;

          if (g->rejected)
            continue;
          /* State honours are entered in the ministry's golden book. */
          if (level_of (g) == VD_DEMO_LEVEL_STATE)
            golden = g_strdup_printf ("%d/%04d", year->year + 1, year->golden++);

          stmt = vd_store_prepare (ctx->store,
                                   "INSERT INTO awards (person_id, unit_id, award_kind_id, year, decision_id, "
                                   "nomination_id, golden_book_no, citation) "
                                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)", error);
          if (stmt == NULL)
            return FALSE;
          vd_demo_bind_id (stmt, 1, g->person >= 0 ? VD_DEMO_PERSON (ctx, g->person)->id : 0);
          vd_demo_bind_id (stmt, 2, g->person < 0 ? VD_DEMO_UNIT (ctx, g->unit)->id : 0);
          sqlite3_bind_int64 (stmt, 3, ctx->kind_ids[g->kind]);
          sqlite3_bind_int (stmt, 4, year->year);
          sqlite3_bind_int64 (stmt, 5, decision);
          vd_demo_bind_id (stmt, 6, g->nomination_id);
          vd_demo_bind_text (stmt, 7, golden);
          vd_demo_bind_text (stmt, 8, g->text ? g->text : "");
          if (!vd_store_step_done (ctx->store, stmt, error))
            return FALSE;
          g->award_id = vd_store_last_insert_id (ctx->store);
        }
    }
  return TRUE;
}

/* ---- Initiatives ---- */

static gboolean
write_initiatives (Writer  *w,
                   GError **error)
{
  VdDemoYear *year = w->year;
  VdDemoContext *ctx = year->ctx;

  for (guint i = 0; i < year->initiatives->len; i++)
    {
      VdDemoInitiative *init = &g_array_index (year->initiatives, VdDemoInitiative, i);
      VdDemoUnit *issuer = VD_DEMO_UNIT (ctx, VD_DEMO_UNIT (ctx, VD_DEMO_PERSON (ctx, init->lead)->unit)->issuer);
      g_autofree char *by = NULL;
      gint64 used = 0;
      gint64 id;
      sqlite3_stmt *stmt;

      if (strcmp (init->level, "base") == 0)
        by = g_strdup_printf ("Hội đồng sáng kiến cơ sở – %s", issuer->name);
      else if (strcmp (init->level, "ministry") == 0)
        by = g_strdup ("Hội đồng Khoa học và Sáng kiến Bộ Tài nguyên và Môi trường");
      else
        by = g_strdup ("Bộ Khoa học và Công nghệ");
      if (init->grant >= 0)
        used = g_array_index (year->grants, VdDemoGrant, init->grant).award_id;

      stmt = vd_store_prepare (ctx->store,
                               "INSERT INTO initiatives (title, year, level, recognized_by, recognized_on, "
                               "used_for_award_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6)", error);
      if (stmt == NULL)
        return FALSE;
      vd_demo_bind_text (stmt, 1, init->title);
      sqlite3_bind_int (stmt, 2, year->year);
      vd_demo_bind_text (stmt, 3, init->level);
      vd_demo_bind_text (stmt, 4, by);
      vd_demo_bind_text (stmt, 5, init->recognized_on);
      vd_demo_bind_id (stmt, 6, used);
      if (!vd_store_step_done (ctx->store, stmt, error))
        return FALSE;
      id = vd_store_last_insert_id (ctx->store);

      for (int a = -1; a < init->n_co; a++)
        {
          int person = a < 0 ? init->lead : init->co[a];

          stmt = vd_store_prepare (ctx->store,
                                   "INSERT INTO initiative_authors (initiative_id, person_id) VALUES (?1, ?2)", error);
          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_int64 (stmt, 1, id);
          sqlite3_bind_int64 (stmt, 2, VD_DEMO_PERSON (ctx, person)->id);
          if (!vd_store_step_done (ctx->store, stmt, error))
            return FALSE;
        }
    }
  return TRUE;
}

/**
 * vd_demo_year_write:
 *
 * Writes one year's grants and initiatives in one transaction.
 */
gboolean
vd_demo_year_write (VdDemoYear  *year,
                    VdDemoRng   *rng,
                    GError     **error)
{
  VdDemoContext *ctx = year->ctx;
  Writer w = { year, rng };
  gboolean ok;

  assign_groups (year);
  w.order = g_new (int, year->grants->len + 1);
  for (guint i = 0; i < year->grants->len; i++)
    w.order[i] = i;
  g_qsort_with_data (w.order, year->grants->len, sizeof (int), compare_grants, year->grants);
  w.unit_dossier = g_new0 (gint64, ctx->units->len);

  ok = vd_store_begin (ctx->store, error);
  ok = ok && write_dossiers_and_nominations (&w, error)
          && vd_demo_tick (ctx, 0.3, error)
          && write_awards (&w, error)
          && vd_demo_tick (ctx, 0.8, error)
          && write_initiatives (&w, error);
  if (ok)
    ok = vd_store_commit (ctx->store, error);
  else
    vd_store_rollback (ctx->store);

  g_free (w.order);
  g_free (w.unit_dossier);
  return ok;
}
