/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdDemo"

#include "config.h"

#include <math.h>
#include <string.h>

#include "vd-demo-private.h"
#include "vd-text.h"

/* Emulation blocs (khối thi đua): who belongs to each, the head and deputy
 * of every year and the decision that names them, the covenant the members
 * sign, and the scoring sheet whose best unit the bloc puts forward for the
 * ministry's emulation flag. Khối thi đua số VI is the one of the seeds:
 * seven units; in 2021 Ban Quản lý Dự án Đầu tư và Xây dựng heads it with
 * Công ty TNHH MTV Tài nguyên và Môi trường miền Nam as deputy, by decision
 * 382/QĐ-BTNMT, and the covenant was signed at the review of 10/3/2021. */

/* Khối VI in rotation order: the deputy of one year heads the next, and
 * position 0 heads in 2021. */
static const char * const khoi_vi[] = {
  "Ban Quản lý Dự án Đầu tư và Xây dựng",
  "Công ty TNHH MTV Tài nguyên và Môi trường miền Nam",
  "Báo Tài nguyên và Môi trường",
  "Trung tâm Truyền thông tài nguyên và môi trường",
  "Công ty TNHH MTV Tài nguyên và Môi trường miền Bắc",
  "Nhà xuất bản Tài nguyên – Môi trường và Bản đồ Việt Nam",
  "Tạp chí Tài nguyên và Môi trường",
};

#define ROTATION_YEAR 2021

typedef struct
{
  const char *group;
  const char *text;
  double      max_points;
  double      max_bonus;
  int         from_year;   /* criterion used from this year on */
  int         to_year;
} Criterion;

/* The scoring sheet; from 2022 digital transformation is scored apart, as
 * the ministry's campaign on it began. */
static const Criterion criteria[] = {
  { "I. Thực hiện nhiệm vụ chính trị, chuyên môn",
    "Hoàn thành các chỉ tiêu, nhiệm vụ chuyên môn được giao trong năm", 25, 3, 0, 2021 },
  { "I. Thực hiện nhiệm vụ chính trị, chuyên môn",
    "Hoàn thành các chỉ tiêu, nhiệm vụ chuyên môn được giao trong năm", 20, 3, 2022, 9999 },
  { "I. Thực hiện nhiệm vụ chính trị, chuyên môn",
    "Chất lượng, tiến độ thực hiện các nhiệm vụ đột xuất do Lãnh đạo Bộ giao", 15, 0, 0, 9999 },
  { "I. Thực hiện nhiệm vụ chính trị, chuyên môn",
    "Thực hiện chuyển đổi số trong hoạt động của đơn vị", 5, 1, 2022, 9999 },
  { "II. Công tác thi đua, khen thưởng",
    "Ban hành kế hoạch, phát động phong trào thi đua thường xuyên và chuyên đề", 10, 0, 0, 9999 },
  { "II. Công tác thi đua, khen thưởng",
    "Phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến", 10, 2, 0, 9999 },
  { "II. Công tác thi đua, khen thưởng",
    "Thực hiện đúng quy trình, thủ tục, thời hạn gửi hồ sơ khen thưởng", 10, 0, 0, 9999 },
  { "III. Xây dựng Đảng, đoàn thể và văn hóa công sở",
    "Thực hiện quy chế dân chủ ở cơ sở và văn hóa công sở", 10, 0, 0, 9999 },
  { "III. Xây dựng Đảng, đoàn thể và văn hóa công sở",
    "Hoạt động của tổ chức Đảng, Công đoàn, Đoàn Thanh niên", 10, 0, 0, 9999 },
  { "IV. Tham gia hoạt động của Khối",
    "Tham gia đầy đủ các hoạt động do Khối tổ chức; gửi báo cáo đúng hạn", 10, 0, 0, 9999 },
};

static void
add_member (VdDemoBloc *bloc,
            int         unit)
{
  if (unit >= 0 && bloc->n_members < VD_DEMO_MAX_BLOC_MEMBERS)
    bloc->members[bloc->n_members++] = unit;
}

static gboolean
in_khoi_vi (VdDemoUnit *unit)
{
  for (guint i = 0; i < G_N_ELEMENTS (khoi_vi); i++)
    if (strcmp (unit->name, khoi_vi[i]) == 0)
      return TRUE;
  return FALSE;
}

static void
define_blocs (VdDemoContext *ctx)
{
  static const char * const names[] = {
    "Khối thi đua số I", "Khối thi đua số II", "Khối thi đua số III",
    "Khối thi đua số IV", "Khối thi đua số V", "Khối thi đua số VI",
  };

  for (guint b = 0; b < G_N_ELEMENTS (names); b++)
    {
      VdDemoBloc bloc = { 0 };

      /* Blocs IV and V group the regional stations and the geological
       * federations, which only the large archive has. */
      if ((b == 3 || b == 4) && !ctx->large)
        continue;

      bloc.name = g_strdup (names[b]);
      if (b == 5)
        {
          for (guint i = 0; i < G_N_ELEMENTS (khoi_vi); i++)
            add_member (&bloc, vd_demo_org_find (ctx, khoi_vi[i]));
        }
      else
        {
          for (guint i = 1; i < ctx->units->len; i++)
            {
              VdDemoUnit *unit = VD_DEMO_UNIT (ctx, i);
              VdDemoOrgType t = unit->type;
              gboolean take = FALSE;

              switch (b)
                {
                case 0:
                  take = unit->depth == 1 && (t == VD_DEMO_ORG_VU || t == VD_DEMO_ORG_VAN_PHONG
                                              || t == VD_DEMO_ORG_THANH_TRA);
                  break;
                case 1:
                  take = unit->depth == 1 && (t == VD_DEMO_ORG_TONG_CUC || t == VD_DEMO_ORG_CUC);
                  break;
                case 2:
                  take = unit->depth == 1 && (t == VD_DEMO_ORG_VIEN || t == VD_DEMO_ORG_TRUONG
                                              || t == VD_DEMO_ORG_TRUNG_TAM) && !in_khoi_vi (unit);
                  break;
                case 3:
                  take = t == VD_DEMO_ORG_DAI_KV;
                  break;
                case 4:
                  take = t == VD_DEMO_ORG_LIEN_DOAN;
                  break;
                default:
                  break;
                }
              if (take)
                add_member (&bloc, i);
            }
        }
      bloc.first_head = b == 5 ? 0 : (int) b;
      for (int y = 0; y < VD_DEMO_MAX_YEARS; y++)
        bloc.winner[y] = bloc.runner_up[y] = -1;
      g_array_append_val (ctx->blocs, bloc);
    }
}

static int
head_position (VdDemoBloc *bloc,
               int         year,
               gboolean    deputy)
{
  int k = (year - ROTATION_YEAR + bloc->first_head + (deputy ? 1 : 0)) % bloc->n_members;
  return k < 0 ? k + bloc->n_members : k;
}

static gboolean
insert_bloc_rows (VdDemoContext  *ctx,
                  VdDemoBloc     *bloc,
                  gint64          managing_id,
                  GError        **error)
{
  gboolean vi = strcmp (bloc->name, "Khối thi đua số VI") == 0;
  sqlite3_stmt *stmt;

  stmt = vd_store_prepare (ctx->store,
                           "INSERT INTO blocs (name, managing_unit_id, established_on, note) "
                           "VALUES (?1, ?2, ?3, ?4)", error);
  if (stmt == NULL)
    return FALSE;
  vd_demo_bind_text (stmt, 1, bloc->name);
  vd_demo_bind_id (stmt, 2, managing_id);
  vd_demo_bind_text (stmt, 3, "2010-03-15");
  vd_demo_bind_text (stmt, 4, vi ? "Gồm 07 cơ quan, đơn vị sự nghiệp và doanh nghiệp trực thuộc Bộ; "
                                   "các cơ quan báo chí trong Khối đẩy mạnh tuyên truyền gương điển hình tiên tiến."
                                : NULL);
  if (!vd_store_step_done (ctx->store, stmt, error))
    return FALSE;
  bloc->id = vd_store_last_insert_id (ctx->store);

  for (int year = ctx->first_year; year <= VD_DEMO_TODAY_YEAR; year++)
    for (int m = 0; m < bloc->n_members; m++)
      {
        stmt = vd_store_prepare (ctx->store,
                                 "INSERT INTO bloc_members (bloc_id, unit_id, year) VALUES (?1, ?2, ?3)", error);
        if (stmt == NULL)
          return FALSE;
        sqlite3_bind_int64 (stmt, 1, bloc->id);
        sqlite3_bind_int64 (stmt, 2, VD_DEMO_UNIT (ctx, bloc->members[m])->id);
        sqlite3_bind_int (stmt, 3, year);
        if (!vd_store_step_done (ctx->store, stmt, error))
          return FALSE;
      }
  return TRUE;
}

static gboolean
insert_covenant (VdDemoContext  *ctx,
                 VdDemoRng      *rng,
                 VdDemoBloc     *bloc,
                 int             year,
                 GError        **error)
{
  gboolean vi = strcmp (bloc->name, "Khối thi đua số VI") == 0;
  g_autofree char *signed_on = vi && year == 2021 ? g_strdup ("2021-03-10")
                                                  : vd_demo_date_random (rng, year, 3, 3);
  g_autofree char *content = NULL;
  g_autofree char *title = g_strdup_printf ("Bản đăng ký giao ước thi đua năm %d – %s", year, bloc->name);
  g_autofree char *fold = vd_text_fold (bloc->name);
  g_autofree char *filename = NULL;
  GString *text = g_string_new (NULL);
  sqlite3_stmt *stmt;

  if (year == 2021)
    g_string_append (text, "Thực hiện Kế hoạch số 953 của Bộ Tài nguyên và Môi trường phát động phong trào thi đua "
                           "năm 2021 “Đoàn kết, kỷ cương, đổi mới toàn diện để phát triển”, ");
  else
    g_string_append_printf (text, "Thực hiện kế hoạch phát động phong trào thi đua năm %d của Bộ, ", year);
  g_string_append_printf (text,
                          "các cơ quan, đơn vị thành viên %s cam kết:\n"
                          "1. Hoàn thành xuất sắc nhiệm vụ chính trị, chuyên môn được giao năm %d.\n"
                          "2. Phát động các phong trào thi đua thường xuyên, chuyên đề; thực hiện phong trào "
                          "“Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở”.\n"
                          "3. Phát hiện, bồi dưỡng và nhân rộng điển hình tiên tiến.\n"
                          "4. Đẩy mạnh cải cách hành chính%s.\n"
                          "5. Tham gia đầy đủ hoạt động của Khối; gửi báo cáo, hồ sơ đúng thời hạn.",
                          bloc->name, year, year >= 2022 ? " và chuyển đổi số" : ", ứng dụng công nghệ thông tin");
  if (year >= 2020 && year <= 2022)
    g_string_append (text, "\n6. Thực hiện tốt công tác phòng, chống dịch COVID-19, bảo đảm sức khỏe người lao động.");
  content = g_string_free (text, FALSE);

  stmt = vd_store_prepare (ctx->store,
                           "INSERT INTO covenants (bloc_id, year, signed_on, content) "
                           "VALUES (?1, ?2, ?3, ?4)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, bloc->id);
  sqlite3_bind_int (stmt, 2, year);
  vd_demo_bind_text (stmt, 3, signed_on);
  vd_demo_bind_text (stmt, 4, content);
  if (!vd_store_step_done (ctx->store, stmt, error))
    return FALSE;

  {
    g_auto(GStrv) words = g_strsplit (fold, " ", -1);
    g_autofree char *slug = g_strjoinv ("-", words);
    filename = g_strdup_printf ("giao-uoc-thi-dua-%d-%s.pdf", year, slug);
  }
  vd_demo_document_add (ctx, VD_DEMO_PAPER_COVENANT,
                        vi && year == 2021 ? G_MAXUINT : (guint) (bloc->id * 7 + year),
                        0, 0, vd_store_last_insert_id (ctx->store), title, filename, signed_on);
  return TRUE;
}

static double
half_points (double value)
{
  return floor (value * 2 + 0.5) / 2;
}

/* The scoring sheet of one year. The current year's sheet is still being
 * filled in: some members have scored themselves, nobody has been reviewed. */
static gboolean
insert_scores (VdDemoContext  *ctx,
               VdDemoRng      *rng,
               VdDemoBloc     *bloc,
               int             year,
               GError        **error)
{
  double totals[VD_DEMO_MAX_BLOC_MEMBERS] = { 0 };
  gboolean current = year > ctx->last_year;
  int order = 0;

  for (guint c = 0; c < G_N_ELEMENTS (criteria); c++)
    {
      const Criterion *crit = &criteria[c];
      sqlite3_stmt *stmt;
      gint64 criterion_id;

      if (year < crit->from_year || year > crit->to_year)
        continue;

      stmt = vd_store_prepare (ctx->store,
                               "INSERT INTO score_criteria (bloc_id, year, group_name, text, max_points, "
                               "max_bonus, sort_order) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, bloc->id);
      sqlite3_bind_int (stmt, 2, year);
      vd_demo_bind_text (stmt, 3, crit->group);
      vd_demo_bind_text (stmt, 4, crit->text);
      sqlite3_bind_double (stmt, 5, crit->max_points);
      sqlite3_bind_double (stmt, 6, crit->max_bonus);
      sqlite3_bind_int (stmt, 7, order++);
      if (!vd_store_step_done (ctx->store, stmt, error))
        return FALSE;
      criterion_id = vd_store_last_insert_id (ctx->store);

      for (int m = 0; m < bloc->n_members; m++)
        {
          VdDemoUnit *unit = VD_DEMO_UNIT (ctx, bloc->members[m]);
          /* How well it is run counts, but any member can have its year. */
          double quality = 0.80 + 0.12 * unit->merit + (vd_demo_rng_double (rng) - 0.5) * 0.16;
          double review = half_points (MIN (1.0, quality) * crit->max_points);
          double self = MIN (crit->max_points, review + 0.5 * vd_demo_rng_between (rng, 0, 2));
          double bonus = 0;

          if (crit->max_bonus > 0 && vd_demo_rng_chance (rng, 0.3 + 0.4 * unit->merit))
            bonus = half_points (crit->max_bonus * (0.5 + 0.5 * vd_demo_rng_double (rng)));

          if (current && m % 2 == 1)
            continue;

          stmt = vd_store_prepare (ctx->store,
                                   "INSERT INTO scores (criterion_id, unit_id, self_score, review_score, bonus) "
                                   "VALUES (?1, ?2, ?3, ?4, ?5)", error);
          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_int64 (stmt, 1, criterion_id);
          sqlite3_bind_int64 (stmt, 2, unit->id);
          sqlite3_bind_double (stmt, 3, self);
          if (current)
            sqlite3_bind_null (stmt, 4);
          else
            sqlite3_bind_double (stmt, 4, review);
          sqlite3_bind_double (stmt, 5, current ? 0 : bonus);
          if (!vd_store_step_done (ctx->store, stmt, error))
            return FALSE;
          totals[m] += review + bonus;
        }
    }

  if (!current)
    {
      int y = VD_DEMO_YEAR_INDEX (ctx, year);
      int best = -1, second = -1;

      for (int m = 0; m < bloc->n_members; m++)
        {
          if (best < 0 || totals[m] > totals[best])
            {
              second = best;
              best = m;
            }
          else if (second < 0 || totals[m] > totals[second])
            second = m;
        }
      bloc->winner[y] = best >= 0 ? bloc->members[best] : -1;
      bloc->runner_up[y] = second >= 0 ? bloc->members[second] : -1;
    }
  return TRUE;
}

/**
 * vd_demo_blocs_generate:
 *
 * Writes the blocs and, for every year up to the current one, their members,
 * heads and deputies, covenants and scores. Leaves each year's top-scoring
 * member in the bloc for the awards to follow.
 */
gboolean
vd_demo_blocs_generate (VdDemoContext  *ctx,
                        GError        **error)
{
  int managing = vd_demo_org_find (ctx, "Vụ Thi đua, Khen thưởng và Tuyên truyền");
  VdDemoRng rng;

  vd_demo_rng_init (&rng, VD_DEMO_SEED + ctx->scale, 501);
  define_blocs (ctx);

  if (!vd_store_begin (ctx->store, error))
    return FALSE;

  for (guint b = 0; b < ctx->blocs->len; b++)
    if (!insert_bloc_rows (ctx, &g_array_index (ctx->blocs, VdDemoBloc, b),
                           VD_DEMO_UNIT (ctx, managing)->id, error))
      goto fail;

  for (int year = ctx->first_year; year <= VD_DEMO_TODAY_YEAR; year++)
    {
      /* One decision a year names the heads and deputies of every bloc. */
      g_autofree char *signed_on = year == 2021 ? g_strdup ("2021-02-26")
                                                : vd_demo_date_random (&rng, year, 2, 2);
      g_autofree char *title = g_strdup_printf ("Quyết định về việc công nhận Khối trưởng, Khối phó "
                                                "các Khối thi đua thuộc Bộ năm %d", year);
      int sequence = year == 2021 ? 382 : vd_demo_decision_sequence (ctx, "BTNMT", signed_on, 7.0);
      gint64 decision;

      decision = vd_demo_decision_insert (ctx, "BTNMT", sequence, signed_on,
                                          vd_demo_signer (ctx, "Thứ trưởng", year), "Thứ trưởng",
                                          "Bộ trưởng Bộ Tài nguyên và Môi trường", title, 0, error);
      if (decision == 0)
        goto fail;
      if (year == 2021)
        vd_demo_document_add (ctx, VD_DEMO_PAPER_DECISION, G_MAXUINT, 0, decision, 0,
                              "Quyết định số 382/QĐ-BTNMT", "QD-382-BTNMT-2021.pdf", signed_on);

      for (guint b = 0; b < ctx->blocs->len; b++)
        {
          VdDemoBloc *bloc = &g_array_index (ctx->blocs, VdDemoBloc, b);
          sqlite3_stmt *stmt;

          stmt = vd_store_prepare (ctx->store,
                                   "INSERT INTO bloc_terms (bloc_id, year, head_unit_id, deputy_unit_id, decision_id) "
                                   "VALUES (?1, ?2, ?3, ?4, ?5)", error);
          if (stmt == NULL)
            goto fail;
          sqlite3_bind_int64 (stmt, 1, bloc->id);
          sqlite3_bind_int (stmt, 2, year);
          sqlite3_bind_int64 (stmt, 3, VD_DEMO_UNIT (ctx, bloc->members[head_position (bloc, year, FALSE)])->id);
          sqlite3_bind_int64 (stmt, 4, VD_DEMO_UNIT (ctx, bloc->members[head_position (bloc, year, TRUE)])->id);
          sqlite3_bind_int64 (stmt, 5, decision);
          if (!vd_store_step_done (ctx->store, stmt, error))
            goto fail;

          if (!insert_covenant (ctx, &rng, bloc, year, error)
              || !insert_scores (ctx, &rng, bloc, year, error))
            goto fail;
        }

      if (!vd_demo_tick (ctx, (double) (year - ctx->first_year + 1) / (VD_DEMO_TODAY_YEAR - ctx->first_year + 1), error))
        goto fail;
    }

  return vd_store_commit (ctx->store, error);

fail:
  vd_store_rollback (ctx->store);
  return FALSE;
}
