/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdDemo"

#include "config.h"

#include <string.h>

#include "vd-demo-private.h"

/* Emulation campaigns (phong trào thi đua) and their calendars. The named
 * ones and their dates come from the seeds: Kế hoạch 953 "Đoàn kết, kỷ cương,
 * đổi mới toàn diện để phát triển" (2021); "Đoàn kết, sáng tạo, hội nhập và
 * phát triển" 2020–2025; the special campaign launched on 16/5/2022 for the
 * ministry's 20th anniversary on 05/8/2022; Chỉ thị 19/CT-TTg of 16/7/2021
 * with Kế hoạch 04/KH-BTNMT of 08/11/2021; COVID-19; office culture; digital
 * transformation; the training conference in Đà Lạt on 2/6/2022; and Khối VI's
 * review of 2020 held on 10/3/2021. Every year also has the ministry's annual
 * campaign and Khối VI's own. */

typedef struct
{
  VdDemoContext *ctx;
  VdDemoRng      rng;
} Plan;

static gint64
add_campaign (Plan        *plan,
              const char  *name,
              const char  *slogan,
              const char  *kind,
              const char  *scope,
              const char  *launched_by,
              const char  *reference,
              gint64       unit_id,
              gint64       bloc_id,
              const char  *starts_on,
              const char  *ends_on,
              const char  *description,
              GError     **error)
{
  VdDemoContext *ctx = plan->ctx;
  sqlite3_stmt *stmt;

  stmt = vd_store_prepare (ctx->store,
                           "INSERT INTO campaigns (name, slogan, kind, scope, launched_by, launch_reference, "
                           "unit_id, bloc_id, starts_on, ends_on, description) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)", error);
  if (stmt == NULL)
    return 0;
  vd_demo_bind_text (stmt, 1, name);
  vd_demo_bind_text (stmt, 2, slogan ? slogan : "");
  vd_demo_bind_text (stmt, 3, kind);
  vd_demo_bind_text (stmt, 4, scope);
  vd_demo_bind_text (stmt, 5, launched_by);
  vd_demo_bind_text (stmt, 6, reference ? reference : "");
  vd_demo_bind_id (stmt, 7, unit_id);
  vd_demo_bind_id (stmt, 8, bloc_id);
  vd_demo_bind_text (stmt, 9, starts_on);
  vd_demo_bind_text (stmt, 10, ends_on);
  vd_demo_bind_text (stmt, 11, description ? description : "");
  if (!vd_store_step_done (ctx->store, stmt, error))
    return 0;
  return vd_store_last_insert_id (ctx->store);
}

static gboolean
add_milestone (Plan        *plan,
               gint64       campaign,
               const char  *kind,
               const char  *due_on,
               const char  *title,
               const char  *note,
               GError     **error)
{
  VdDemoContext *ctx = plan->ctx;
  sqlite3_stmt *stmt;

  stmt = vd_store_prepare (ctx->store,
                           "INSERT INTO campaign_milestones (campaign_id, kind, due_on, title, done, note) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, campaign);
  vd_demo_bind_text (stmt, 2, kind);
  vd_demo_bind_text (stmt, 3, due_on);
  vd_demo_bind_text (stmt, 4, title);
  /* Done is what lies before the demo's "today". */
  sqlite3_bind_int (stmt, 5, strcmp (due_on, VD_DEMO_TODAY) <= 0 ? 1 : 0);
  vd_demo_bind_text (stmt, 6, note);
  return vd_store_step_done (ctx->store, stmt, error);
}

static gboolean
in_range (Plan *plan,
          int   year)
{
  return year >= plan->ctx->first_year && year <= VD_DEMO_TODAY_YEAR;
}

static gboolean
add_annual (Plan    *plan,
            int      year,
            GError **error)
{
  static const char * const slogans[] = {
    "Kỷ cương, trách nhiệm, hành động, sáng tạo, hiệu quả",
    "Đổi mới, sáng tạo, phát triển bền vững",
    "Chủ động, sáng tạo, đoàn kết, hoàn thành xuất sắc nhiệm vụ",
  };
  VdDemoContext *ctx = plan->ctx;
  g_autofree char *name = NULL;
  g_autofree char *starts = vd_demo_date (year, 1, 1);
  g_autofree char *ends = vd_demo_date (year, 12, 31);
  g_autofree char *launch = vd_demo_date_random (&plan->rng, year, 2, 2);
  g_autofree char *interim = vd_demo_date_random (&plan->rng, year, 7, 7);
  g_autofree char *final = vd_demo_date (year + 1, 1, vd_demo_rng_between (&plan->rng, 8, 20));
  g_autofree char *deadline = vd_demo_date (year + 1, 1, 31);
  g_autofree char *ministry_day = vd_demo_date (year, 8, 5);
  g_autofree char *emulation_day = vd_demo_date (year, 6, 11);
  g_autofree char *t_launch = NULL, *t_interim = NULL, *t_final = NULL, *t_deadline = NULL;
  g_autofree char *t_ministry = NULL, *t_emulation = NULL;
  const char *slogan;
  const char *reference = "";
  gint64 id;

  if (year == 2021)
    {
      name = g_strdup ("Phong trào thi đua năm 2021 “Đoàn kết, kỷ cương, đổi mới toàn diện để phát triển”");
      slogan = "Đoàn kết, kỷ cương, đổi mới toàn diện để phát triển";
      reference = "Kế hoạch số 953/KH-BTNMT";
    }
  else
    {
      name = g_strdup_printf ("Phong trào thi đua yêu nước năm %d", year);
      slogan = slogans[year % G_N_ELEMENTS (slogans)];
    }

  id = add_campaign (plan, name, slogan, "regular", "ministry", "Bộ trưởng Bộ Tài nguyên và Môi trường",
                     reference, ctx->units->len > 0 ? VD_DEMO_UNIT (ctx, 0)->id : 0, 0, starts, ends,
                     "Phong trào thi đua thường xuyên của toàn ngành, phát động đầu năm và tổng kết vào dịp cuối năm.",
                     error);
  if (id == 0)
    return FALSE;
  ctx->annual_campaign[year - ctx->first_year] = id;

  t_launch = g_strdup_printf ("Phát động phong trào thi đua năm %d", year);
  t_interim = g_strdup_printf ("Sơ kết 6 tháng đầu năm %d", year);
  t_final = g_strdup_printf ("Hội nghị tổng kết công tác thi đua, khen thưởng năm %d", year);
  t_deadline = g_strdup_printf ("Hạn gửi hồ sơ đề nghị khen thưởng năm %d", year);
  t_ministry = g_strdup_printf ("Kỷ niệm %d năm Ngày thành lập Bộ Tài nguyên và Môi trường (05/8/2002)", year - 2002);
  t_emulation = g_strdup_printf ("Kỷ niệm %d năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc (11/6/1948)",
                                 year - 1948);

  if (!add_milestone (plan, id, "launch", launch, t_launch, NULL, error)
      || !add_milestone (plan, id, "anniversary", emulation_day, t_emulation, NULL, error)
      || !add_milestone (plan, id, "interim_review", interim, t_interim, NULL, error)
      || !add_milestone (plan, id, "anniversary", ministry_day, t_ministry, NULL, error)
      || !add_milestone (plan, id, "final_review", final, t_final, NULL, error)
      || !add_milestone (plan, id, "dossier_deadline", deadline, t_deadline,
                         "Hồ sơ gửi về Vụ Thi đua, Khen thưởng và Tuyên truyền.", error))
    return FALSE;

  if (year == 2022
      && !add_milestone (plan, id, "other", "2022-06-02",
                         "Hội nghị tập huấn công tác thi đua, khen thưởng ngành Tài nguyên và Môi trường năm 2022",
                         "TP. Đà Lạt", error))
    return FALSE;
  return TRUE;
}

static gboolean
add_khoi_vi (Plan    *plan,
             int      year,
             GError **error)
{
  VdDemoContext *ctx = plan->ctx;
  VdDemoBloc *vi = &g_array_index (ctx->blocs, VdDemoBloc, ctx->blocs->len - 1);
  g_autofree char *name = g_strdup_printf ("Phong trào thi đua của Khối thi đua số VI năm %d", year);
  g_autofree char *starts = vd_demo_date (year, 1, 1);
  g_autofree char *ends = vd_demo_date (year, 12, 31);
  g_autofree char *signing = year == 2021 ? g_strdup ("2021-03-10") : vd_demo_date_random (&plan->rng, year, 3, 3);
  g_autofree char *interim = vd_demo_date_random (&plan->rng, year, 7, 7);
  g_autofree char *review = year == 2020 ? g_strdup ("2021-03-10") : vd_demo_date_random (&plan->rng, year + 1, 3, 3);
  g_autofree char *t_sign = g_strdup_printf ("Ký kết giao ước thi đua năm %d", year);
  g_autofree char *t_interim = g_strdup_printf ("Sơ kết 6 tháng đầu năm %d của Khối", year);
  g_autofree char *t_review = g_strdup_printf ("Hội nghị tổng kết công tác năm %d của Khối thi đua số VI", year);
  gint64 id;

  id = add_campaign (plan, name, NULL, "regular", "bloc", "Khối trưởng Khối thi đua số VI", NULL,
                     0, vi->id, starts, ends,
                     "Các cơ quan, đơn vị trong Khối thi đua, chấm điểm và suy tôn đơn vị dẫn đầu.", error);
  return id != 0
         && add_milestone (plan, id, "launch", signing, t_sign, NULL, error)
         && add_milestone (plan, id, "interim_review", interim, t_interim, NULL, error)
         && add_milestone (plan, id, "final_review", review, t_review,
                           year == 2020 ? "Tại Hà Nội; đồng chí Hoàng Mạnh Hà, Khối trưởng năm 2020, chủ trì; "
                                          "công bố Quyết định số 382 của Bộ về Khối trưởng, Khối phó năm 2021."
                                        : NULL, error);
}

/**
 * vd_demo_campaigns_generate:
 *
 * Writes the campaigns and milestones; the awards and dossiers then refer to
 * the annual campaign of their year and to the special ones.
 */
gboolean
vd_demo_campaigns_generate (VdDemoContext  *ctx,
                            GError        **error)
{
  Plan plan = { ctx };
  gint64 root = VD_DEMO_UNIT (ctx, 0)->id;
  gint64 id;

  vd_demo_rng_init (&plan.rng, VD_DEMO_SEED + ctx->scale, 601);

  if (!vd_store_begin (ctx->store, error))
    return FALSE;

  for (int year = ctx->first_year; year <= VD_DEMO_TODAY_YEAR; year++)
    if (!add_annual (&plan, year, error) || !add_khoi_vi (&plan, year, error))
      goto fail;

  if (in_range (&plan, 2016))
    {
      id = add_campaign (&plan, "Phong trào thi đua giai đoạn 2016–2020", NULL, "regular", "ministry",
                         "Bộ trưởng Bộ Tài nguyên và Môi trường", NULL, root, 0, "2016-01-01", "2020-12-31",
                         "Thi đua thực hiện thắng lợi kế hoạch 5 năm 2016–2020 của ngành Tài nguyên và Môi trường.",
                         error);
      if (id == 0
          || !add_milestone (&plan, id, "interim_review", "2018-11-15",
                             "Hội nghị điển hình tiên tiến ngành tài nguyên và môi trường giai đoạn 2016–2018", NULL, error)
          || !add_milestone (&plan, id, "final_review", "2020-10-20",
                             "Hội nghị điển hình tiên tiến ngành tài nguyên và môi trường giai đoạn 2016–2020", NULL, error))
        goto fail;
    }

  if (in_range (&plan, 2019))
    {
      id = add_campaign (&plan, "Hiến kế, đề xuất giải pháp, ý tưởng sáng tạo giai đoạn 2019–2020", NULL,
                         "thematic", "ministry", "Bộ trưởng Bộ Tài nguyên và Môi trường", NULL, root, 0,
                         "2019-03-01", "2020-12-31",
                         "Tạo sự đột phá để thực hiện thành công kế hoạch 5 năm 2016–2020.", error);
      if (id == 0
          || !add_milestone (&plan, id, "launch", "2019-03-01", "Phát động phong trào", NULL, error)
          || !add_milestone (&plan, id, "final_review", "2020-12-15", "Tổng kết, biểu dương sáng kiến", NULL, error))
        goto fail;
    }

  id = add_campaign (&plan, "Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở", NULL, "thematic",
                     "national", "Thủ tướng Chính phủ", NULL, 0, 0, "2019-01-01", "2025-12-31",
                     "Xây dựng phong cách ứng xử chuẩn mực, chuyên nghiệp, thân thiện của cán bộ, công chức, viên chức.",
                     error);
  if (id == 0
      || !add_milestone (&plan, id, "launch", "2019-01-01", "Phát động phong trào giai đoạn 2019–2025", NULL, error)
      || !add_milestone (&plan, id, "interim_review", "2022-12-20", "Sơ kết giai đoạn 2019–2022", NULL, error)
      || !add_milestone (&plan, id, "final_review", "2025-12-18", "Tổng kết giai đoạn 2019–2025", NULL, error))
    goto fail;

  id = add_campaign (&plan, "Phong trào thi đua “Đoàn kết, sáng tạo, hội nhập và phát triển” giai đoạn 2020–2025",
                     "Đoàn kết, sáng tạo, hội nhập và phát triển", "regular", "ministry",
                     "Bộ trưởng Bộ Tài nguyên và Môi trường", NULL, root, 0, "2020-06-01", "2025-12-31",
                     "Phong trào thi đua của ngành Tài nguyên và Môi trường giai đoạn 2020–2025.", error);
  if (id == 0
      || !add_milestone (&plan, id, "launch", "2020-06-01", "Phát động phong trào thi đua giai đoạn 2020–2025", NULL, error)
      || !add_milestone (&plan, id, "interim_review", "2023-06-15", "Sơ kết giữa giai đoạn", NULL, error)
      || !add_milestone (&plan, id, "final_review", "2025-11-20", "Đại hội thi đua yêu nước ngành Tài nguyên và Môi trường",
                         NULL, error))
    goto fail;

  ctx->covid_campaign = add_campaign (&plan, "Thi đua phòng, chống dịch COVID-19", NULL, "thematic", "ministry",
                                      "Bộ trưởng Bộ Tài nguyên và Môi trường", NULL, root, 0,
                                      "2020-03-15", "2022-06-30",
                                      "Vừa phòng, chống dịch hiệu quả, vừa bảo đảm hoàn thành nhiệm vụ chính trị; "
                                      "bảo đảm sức khỏe, ổn định đời sống cho người lao động.", error);
  if (ctx->covid_campaign == 0
      || !add_milestone (&plan, ctx->covid_campaign, "launch", "2020-03-15", "Phát động thi đua phòng, chống dịch", NULL, error)
      || !add_milestone (&plan, ctx->covid_campaign, "final_review", "2022-06-30", "Tổng kết, khen thưởng", NULL, error))
    goto fail;

  id = add_campaign (&plan,
                     "Thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế – xã hội hằng năm và Kế hoạch 5 năm (2021–2025)",
                     NULL, "regular", "national", "Thủ tướng Chính phủ",
                     "Chỉ thị số 19/CT-TTg ngày 16/7/2021; Kế hoạch số 04/KH-BTNMT ngày 08/11/2021",
                     0, 0, "2021-07-16", "2025-12-31",
                     "Thực hiện thắng lợi nhiệm vụ theo Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng.",
                     error);
  if (id == 0
      || !add_milestone (&plan, id, "launch", "2021-07-16", "Thủ tướng Chính phủ ban hành Chỉ thị số 19/CT-TTg", NULL, error)
      || !add_milestone (&plan, id, "other", "2021-11-08", "Bộ ban hành Kế hoạch số 04/KH-BTNMT", NULL, error)
      || !add_milestone (&plan, id, "other", "2021-11-16", "Tổng cục Môi trường ban hành kế hoạch tổ chức thực hiện", NULL, error)
      || !add_milestone (&plan, id, "interim_review", "2023-07-14", "Sơ kết giữa kỳ 2021–2023", NULL, error)
      || !add_milestone (&plan, id, "final_review", "2025-12-10", "Tổng kết giai đoạn 2021–2025", NULL, error))
    goto fail;

  ctx->anniversary_campaign = add_campaign (&plan,
                                            "Đợt thi đua đặc biệt chào mừng Kỷ niệm 20 năm Ngày thành lập Bộ Tài nguyên và Môi trường",
                                            NULL, "phase", "ministry", "Bộ trưởng Bộ Tài nguyên và Môi trường", NULL,
                                            root, 0, "2022-05-16", "2022-08-05",
                                            "Lập thành tích chào mừng Kỷ niệm 20 năm Ngày thành lập Bộ (05/8/2002 – 05/8/2022).",
                                            error);
  if (ctx->anniversary_campaign == 0
      || !add_milestone (&plan, ctx->anniversary_campaign, "launch", "2022-05-16", "Phát động đợt thi đua đặc biệt", NULL, error)
      || !add_milestone (&plan, ctx->anniversary_campaign, "dossier_deadline", "2022-07-08",
                         "Hạn gửi hồ sơ đề nghị khen thưởng đợt thi đua đặc biệt", NULL, error)
      || !add_milestone (&plan, ctx->anniversary_campaign, "anniversary", "2022-08-05",
                         "Lễ Kỷ niệm 20 năm Ngày thành lập Bộ Tài nguyên và Môi trường", NULL, error))
    goto fail;

  id = add_campaign (&plan, "Thi đua thực hiện chuyển đổi số quốc gia", NULL, "thematic", "ministry",
                     "Bộ trưởng Bộ Tài nguyên và Môi trường", NULL, root, 0, "2022-03-01", NULL,
                     "Đẩy mạnh chuyển đổi số, xây dựng cơ sở dữ liệu tài nguyên và môi trường.", error);
  if (id == 0
      || !add_milestone (&plan, id, "launch", "2022-03-01", "Phát động phong trào", NULL, error)
      || !add_milestone (&plan, id, "interim_review", "2024-10-10", "Sơ kết phong trào", NULL, error)
      || !add_milestone (&plan, id, "final_review", "2026-12-15", "Tổng kết, biểu dương điển hình chuyển đổi số", NULL, error))
    goto fail;

  return vd_store_commit (ctx->store, error);

fail:
  vd_store_rollback (ctx->store);
  return FALSE;
}
