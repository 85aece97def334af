/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdDemo"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "vd-demo-awards.h"

/* Who earns what, year by year, following the rules of reference.md §2 so
 * that the demo data passes the application's own checks:
 *
 *  - Lao động tiên tiến for almost everyone rated "good" or better;
 *  - Chiến sĩ thi đua cơ sở for at most ~15 % of them (NĐ 91/2017), chosen
 *    among those rated "excellent" or with an initiative that year;
 *  - Bằng khen của Bộ trưởng after two consecutive CSTĐCS (from 2024 also two
 *    consecutive "excellent" years), not twice within five years;
 *  - Chiến sĩ thi đua cấp Bộ after three consecutive CSTĐCS with an initiative
 *    recognised at ministry level, toàn quốc after two CSTĐ cấp Bộ;
 *  - Bằng khen của Thủ tướng after a ministry Bằng khen and five good years
 *    with three CSTĐCS; Huân chương Lao động after that;
 *  - for units: Tập thể lao động tiên tiến (>50 % LĐTT), xuất sắc (≥70 %,
 *    nobody failed, a CSTĐCS, rated excellent), Bằng khen after two xuất sắc
 *    years, the ministry's flag for each bloc's top scorer, the Government's
 *    flag after two flags in a row;
 *  - a Kỷ niệm chương after ten years in the sector;
 *  - extra Bằng khen for the 20th anniversary (2022) and for COVID-19 work.
 *
 * Gates that the law leaves to a council are random, so not everyone who
 * qualifies is honoured, and some proposals are voted down. */

const VdDemoKindInfo vd_demo_kinds[VD_DEMO_N_KINDS] = {
  [VD_DEMO_KIND_LDTT]      = { "LDTT", VD_DEMO_LEVEL_BASE, FALSE, "Lao động tiên tiến", "công nhận danh hiệu" },
  [VD_DEMO_KIND_CSTDCS]    = { "CSTDCS", VD_DEMO_LEVEL_BASE, FALSE, "Chiến sĩ thi đua cơ sở", "công nhận danh hiệu" },
  [VD_DEMO_KIND_CSTD_BO]   = { "CSTD_BO", VD_DEMO_LEVEL_MINISTRY, FALSE, "Chiến sĩ thi đua cấp Bộ", "tặng danh hiệu" },
  [VD_DEMO_KIND_CSTD_TQ]   = { "CSTD_TQ", VD_DEMO_LEVEL_STATE, FALSE, "Chiến sĩ thi đua toàn quốc", "tặng danh hiệu" },
  [VD_DEMO_KIND_TTLDTT]    = { "TTLDTT", VD_DEMO_LEVEL_BASE, TRUE, "Tập thể lao động tiên tiến", "công nhận danh hiệu" },
  [VD_DEMO_KIND_TTLDXS]    = { "TTLDXS", VD_DEMO_LEVEL_MINISTRY, TRUE, "Tập thể lao động xuất sắc", "công nhận danh hiệu" },
  [VD_DEMO_KIND_CO_BO]     = { "CO_BO", VD_DEMO_LEVEL_MINISTRY, TRUE, "Cờ thi đua của Bộ Tài nguyên và Môi trường", "tặng" },
  [VD_DEMO_KIND_CO_CP]     = { "CO_CP", VD_DEMO_LEVEL_STATE, TRUE, "Cờ thi đua của Chính phủ", "tặng" },
  [VD_DEMO_KIND_GK_CN]     = { "GK_CN", VD_DEMO_LEVEL_BASE, FALSE, "Giấy khen", "tặng" },
  [VD_DEMO_KIND_GK_TT]     = { "GK_TT", VD_DEMO_LEVEL_BASE, TRUE, "Giấy khen", "tặng" },
  [VD_DEMO_KIND_BK_BO]     = { "BK_BO", VD_DEMO_LEVEL_MINISTRY, FALSE, "Bằng khen của Bộ trưởng", "tặng" },
  [VD_DEMO_KIND_BK_BO_TT]  = { "BK_BO_TT", VD_DEMO_LEVEL_MINISTRY, TRUE, "Bằng khen của Bộ trưởng", "tặng" },
  [VD_DEMO_KIND_BK_TTG]    = { "BK_TTG", VD_DEMO_LEVEL_STATE, FALSE, "Bằng khen của Thủ tướng Chính phủ", "tặng" },
  [VD_DEMO_KIND_BK_TTG_TT] = { "BK_TTG_TT", VD_DEMO_LEVEL_STATE, TRUE, "Bằng khen của Thủ tướng Chính phủ", "tặng" },
  [VD_DEMO_KIND_KNC]       = { "KNC", VD_DEMO_LEVEL_MINISTRY, FALSE,
                               "Kỷ niệm chương “Vì sự nghiệp tài nguyên và môi trường”", "tặng" },
  [VD_DEMO_KIND_HCLD3]     = { "HCLD3", VD_DEMO_LEVEL_STATE, FALSE, "Huân chương Lao động hạng Ba", "tặng" },
  [VD_DEMO_KIND_HCLD2]     = { "HCLD2", VD_DEMO_LEVEL_STATE, FALSE, "Huân chương Lao động hạng Nhì", "tặng" },
  [VD_DEMO_KIND_HCLD1]     = { "HCLD1", VD_DEMO_LEVEL_STATE, FALSE, "Huân chương Lao động hạng Nhất", "tặng" },
  [VD_DEMO_KIND_HCLD3_TT]  = { "HCLD3_TT", VD_DEMO_LEVEL_STATE, TRUE, "Huân chương Lao động hạng Ba", "tặng" },
  [VD_DEMO_KIND_HCLD2_TT]  = { "HCLD2_TT", VD_DEMO_LEVEL_STATE, TRUE, "Huân chương Lao động hạng Nhì", "tặng" },
};

const char *
vd_demo_kind_code (VdDemoKind kind)
{
  return vd_demo_kinds[kind].code;
}

typedef struct
{
  VdDemoContext *ctx;
  VdDemoRng      rng;
  GArray       **issuer_members;   /* per unit: people whose base titles it decides */
  int           *lead_initiative;  /* per person: this year's initiative they lead, -1 */
  int           *rated;            /* per unit, subtree counts of the year */
  int           *ldtt;
  int           *failed;
  int           *cstdcs;
} Rules;

/* ---- History lookups ---- */

static gboolean
held (VdDemoContext *ctx,
      const guint32 *titles,
      int            year,
      guint32        bits)
{
  if (year < ctx->first_year || year > ctx->last_year)
    return FALSE;
  return (titles[VD_DEMO_YEAR_INDEX (ctx, year)] & bits) != 0;
}

static int
count_held (VdDemoContext *ctx,
            const guint32 *titles,
            int            from,
            int            to,
            guint32        bits)
{
  int n = 0;

  for (int y = from; y <= to; y++)
    n += held (ctx, titles, y, bits) ? 1 : 0;
  return n;
}

static gboolean
grades_at_least (VdDemoContext *ctx,
                 VdDemoPerson  *p,
                 int            from,
                 int            to,
                 guint8         grade)
{
  if (from < p->first_year)
    return FALSE;
  for (int y = from; y <= to; y++)
    if (p->grade[VD_DEMO_YEAR_INDEX (ctx, y)] < grade)
      return FALSE;
  return TRUE;
}

/* ---- Grants ---- */

static VdDemoGrant *
grant (VdDemoYear     *year,
       int             person,
       int             unit,
       VdDemoKind      kind,
       VdDemoOccasion  occasion,
       gboolean        rejected,
       char           *text)
{
  VdDemoContext *ctx = year->ctx;
  VdDemoGrant g = {
    .person = person,
    .unit = unit,
    .kind = kind,
    .occasion = occasion,
    .rejected = rejected,
    .initiative = -1,
    .text = text,
  };

  g_array_append_val (year->grants, g);
  if (!rejected)
    {
      if (person >= 0)
        VD_DEMO_PERSON (ctx, person)->titles[year->yi] |= VD_DEMO_BIT (kind);
      else
        VD_DEMO_UNIT (ctx, unit)->titles[year->yi] |= VD_DEMO_BIT (kind);
    }
  return &g_array_index (year->grants, VdDemoGrant, year->grants->len - 1);
}

static VdDemoGrant *
person_grant (VdDemoYear *year,
              int         person,
              VdDemoKind  kind,
              gboolean    rejected,
              char       *text)
{
  return grant (year, person, VD_DEMO_PERSON (year->ctx, person)->unit, kind,
                VD_DEMO_OCCASION_ANNUAL, rejected, text);
}

/* ---- Initiatives ---- */

static const char * const initiative_openings[] = {
  "Giải pháp nâng cao hiệu quả công tác",
  "Ứng dụng công nghệ số trong",
  "Đổi mới quy trình",
  "Xây dựng công cụ hỗ trợ",
  "Số hóa dữ liệu phục vụ",
  "Cải tiến phương pháp",
  "Chuẩn hóa quy trình",
  "Giải pháp rút ngắn thời gian",
};

/* What an initiative is about depends on the work of its authors' unit. */
static const char * const admin_subjects[] = {
  "giải quyết thủ tục hành chính", "lưu trữ tài liệu chuyên ngành", "tổng hợp, báo cáo thi đua, khen thưởng",
  "quản lý tài sản công", "thẩm định hồ sơ cán bộ", "kiểm tra văn bản quy phạm pháp luật", NULL,
};
static const char * const project_subjects[] = {
  "thẩm định dự án đầu tư xây dựng", "giám sát chất lượng công trình", "quản lý tiến độ thi công",
  "thanh toán, quyết toán vốn đầu tư", NULL,
};
static const char * const survey_subjects[] = {
  "đo đạc, thành lập bản đồ địa hình", "kiểm soát chất lượng bản đồ số", "đo đạc lập bản đồ địa chính",
  "điều tra, đánh giá tài nguyên nước", "quan trắc môi trường lao động", NULL,
};
static const char * const press_subjects[] = {
  "tuyên truyền trên báo điện tử", "biên tập và xuất bản ấn phẩm chuyên ngành", "sản xuất nội dung đa phương tiện",
  "phát hành ấn phẩm trên nền tảng số", NULL,
};
static const char * const science_subjects[] = {
  "giám sát biến động sử dụng đất bằng ảnh viễn thám", "kiểm soát ô nhiễm không khí", "quản lý chất thải rắn",
  "đánh giá tác động của biến đổi khí hậu", "đào tạo trực tuyến cho sinh viên", NULL,
};
static const char * const hydromet_subjects[] = {
  "dự báo khí tượng thủy văn hạn ngắn", "cảnh báo lũ quét, sạt lở đất", "bảo trì trạm quan trắc tự động",
  "truyền số liệu quan trắc", NULL,
};
static const char * const geology_subjects[] = {
  "lập bản đồ địa chất tỷ lệ 1:50.000", "phân tích mẫu khoáng sản", "điều tra nước dưới đất", NULL,
};

static const char * const *
initiative_subjects (VdDemoOrgType field)
{
  switch (field)
    {
    case VD_DEMO_ORG_BAN_QLDA:   return project_subjects;
    case VD_DEMO_ORG_CONG_TY:
    case VD_DEMO_ORG_XI_NGHIEP:  return survey_subjects;
    case VD_DEMO_ORG_BAO:
    case VD_DEMO_ORG_TAP_CHI:
    case VD_DEMO_ORG_BAN:
    case VD_DEMO_ORG_NXB:
    case VD_DEMO_ORG_TRUNG_TAM:  return press_subjects;
    case VD_DEMO_ORG_VIEN:
    case VD_DEMO_ORG_TRUONG:
    case VD_DEMO_ORG_KHOA:
    case VD_DEMO_ORG_CUC:
    case VD_DEMO_ORG_TONG_CUC:   return science_subjects;
    case VD_DEMO_ORG_DAI_KV:
    case VD_DEMO_ORG_DAI_TINH:   return hydromet_subjects;
    case VD_DEMO_ORG_LIEN_DOAN:  return geology_subjects;
    default:                     return admin_subjects;
    }
}

static int
add_initiative (Rules      *rules,
                VdDemoYear *year,
                int         lead,
                const char *level)
{
  VdDemoContext *ctx = rules->ctx;
  VdDemoPerson *p = VD_DEMO_PERSON (ctx, lead);
  VdDemoUnit *unit = VD_DEMO_UNIT (ctx, p->unit);
  VdDemoInitiative init = { 0 };
  const char *opening = initiative_openings[vd_demo_rng_range (&rules->rng, G_N_ELEMENTS (initiative_openings))];
  const char * const *subjects = initiative_subjects (vd_demo_org_field (ctx, p->unit));
  const char *subject = subjects[vd_demo_rng_range (&rules->rng, g_strv_length ((char **) subjects))];
  VdDemoUnit *owner = VD_DEMO_UNIT (ctx, unit->submitter);
  const char *where = owner->short_name ? owner->short_name : owner->name;

  init.lead = lead;
  init.level = level;
  init.grant = -1;
  init.title = g_strdup_printf ("%s %s tại %s", opening, subject, where);
  init.recognized_on = vd_demo_date_random (&rules->rng, year->year, strcmp (level, "base") == 0 ? 10 : 11, 12);

  /* Co-authors from the same unit share the credit. */
  if (strcmp (level, "base") == 0)
    {
      int size = unit->people_end - unit->people_begin;
      int wanted = vd_demo_rng_between (&rules->rng, 0, 2);

      for (int i = 0; i < wanted && size > 1; i++)
        {
          int c = unit->people_begin + vd_demo_rng_range (&rules->rng, size);
          VdDemoPerson *cp = VD_DEMO_PERSON (ctx, c);

          if (c == lead || (init.n_co > 0 && init.co[0] == c) || cp->grade[year->yi] == VD_DEMO_GRADE_NONE)
            continue;
          init.co[init.n_co++] = c;
          cp->titles[year->yi] |= VD_DEMO_BIT_INITIATIVE;
        }
    }
  p->titles[year->yi] |= VD_DEMO_BIT_INITIATIVE;

  g_array_append_val (year->initiatives, init);
  return year->initiatives->len - 1;
}

static void
use_initiative (VdDemoYear  *year,
                VdDemoGrant *g,
                int          initiative)
{
  VdDemoInitiative *init = &g_array_index (year->initiatives, VdDemoInitiative, initiative);

  g->initiative = initiative;
  init->grant = g - (VdDemoGrant *) year->grants->data;
}

static void
base_initiatives (Rules      *rules,
                  VdDemoYear *year)
{
  VdDemoContext *ctx = rules->ctx;

  for (guint i = 0; i < ctx->people->len; i++)
    {
      VdDemoPerson *p = VD_DEMO_PERSON (ctx, i);
      guint8 g = p->grade[year->yi];
      double chance = g == VD_DEMO_GRADE_EXCELLENT ? 0.45 : g == VD_DEMO_GRADE_GOOD ? 0.05 : 0.0;

      rules->lead_initiative[i] = -1;
      if ((p->pinned && g == VD_DEMO_GRADE_EXCELLENT) || vd_demo_rng_chance (&rules->rng, chance))
        rules->lead_initiative[i] = add_initiative (rules, year, i, "base");
    }
}

/* ---- Individual titles ---- */

static void
advanced_workers (Rules      *rules,
                  VdDemoYear *year)
{
  VdDemoContext *ctx = rules->ctx;

  for (guint i = 0; i < ctx->people->len; i++)
    {
      VdDemoPerson *p = VD_DEMO_PERSON (ctx, i);
      /* Staff in their first year may not have the ten months it takes. */
      double chance = year->year == p->first_year && p->first_year > ctx->first_year ? 0.85 : 0.97;

      if (p->grade[year->yi] >= VD_DEMO_GRADE_GOOD
          && (p->pinned || vd_demo_rng_chance (&rules->rng, chance)))
        person_grant (year, i, VD_DEMO_KIND_LDTT, FALSE, NULL);
    }
}

typedef struct
{
  double score;
  int    person;
} Candidate;

static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const Candidate *ca = a, *cb = b;

  if (ca->score != cb->score)
    return ca->score > cb->score ? -1 : 1;
  return ca->person - cb->person;
}

static void
grassroots_fighters (Rules      *rules,
                     VdDemoYear *year)
{
  VdDemoContext *ctx = rules->ctx;
  guint32 ldtt = VD_DEMO_BIT (VD_DEMO_KIND_LDTT);

  for (guint u = 0; u < ctx->units->len; u++)
    {
      GArray *members = rules->issuer_members[u];
      g_autoptr(GArray) candidates = NULL;
      int n_ldtt = 0;
      int cap;

      if (members == NULL)
        continue;
      candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));
      for (guint m = 0; m < members->len; m++)
        {
          int i = g_array_index (members, int, m);
          VdDemoPerson *p = VD_DEMO_PERSON (ctx, i);
          guint32 t = p->titles[year->yi];
          gboolean excellent = p->grade[year->yi] == VD_DEMO_GRADE_EXCELLENT;
          gboolean initiative = (t & VD_DEMO_BIT_INITIATIVE) != 0;

          if (!(t & ldtt))
            continue;
          n_ldtt++;
          if (excellent || initiative)
            {
              Candidate c = {
                .score = (p->pinned ? 10.0 : 0.0) + (excellent ? 1.0 : 0.0) + (initiative ? 0.5 : 0.0)
                         + p->merit + 0.5 * vd_demo_rng_double (&rules->rng),
                .person = i,
              };
              g_array_append_val (candidates, c);
            }
        }
      if (candidates->len == 0)
        continue;

      /* NĐ 91/2017 Điều 9: CSTĐCS for at most 15 % of the LĐTT. */
      cap = MAX (1, (n_ldtt * 15 + 50) / 100);
      g_array_sort (candidates, compare_candidates);
      for (guint c = 0; c < candidates->len && (int) c < cap; c++)
        {
          int i = g_array_index (candidates, Candidate, c).person;
          VdDemoGrant *g = person_grant (year, i, VD_DEMO_KIND_CSTDCS, FALSE, NULL);

          if (rules->lead_initiative[i] >= 0)
            use_initiative (year, g, rules->lead_initiative[i]);
        }
    }
}

static void
certificates (Rules      *rules,
              VdDemoYear *year)
{
  VdDemoContext *ctx = rules->ctx;

  for (guint i = 0; i < ctx->people->len; i++)
    {
      VdDemoPerson *p = VD_DEMO_PERSON (ctx, i);
      guint32 t = p->titles[year->yi];

      if ((t & VD_DEMO_BIT (VD_DEMO_KIND_LDTT)) && !(t & VD_DEMO_BIT (VD_DEMO_KIND_CSTDCS))
          && vd_demo_rng_chance (&rules->rng, 0.03 + 0.06 * p->merit))
        person_grant (year, i, VD_DEMO_KIND_GK_CN, FALSE,
                      g_strdup_printf ("Đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm %d", year->year));
    }
}

static gboolean
gate (Rules        *rules,
      VdDemoPerson *p,
      double        chance)
{
  return (p != NULL && p->pinned) || vd_demo_rng_chance (&rules->rng, chance);
}

static void
higher_individual (Rules      *rules,
                   VdDemoYear *year)
{
  VdDemoContext *ctx = rules->ctx;
  int y = year->year;
  guint32 cstdcs = VD_DEMO_BIT (VD_DEMO_KIND_CSTDCS);

  for (guint i = 0; i < ctx->people->len; i++)
    {
      VdDemoPerson *p = VD_DEMO_PERSON (ctx, i);
      VdDemoUnit *unit = VD_DEMO_UNIT (ctx, p->unit);
      guint32 *t = p->titles;
      gboolean good = p->grade[year->yi] >= VD_DEMO_GRADE_GOOD;

      if (p->knc_year == y)
        grant (year, i, p->unit, VD_DEMO_KIND_KNC,
               y == 2022 ? VD_DEMO_OCCASION_ANNIVERSARY : VD_DEMO_OCCASION_ANNUAL, FALSE,
               g_strdup ("Có thời gian công tác trong ngành tài nguyên và môi trường từ 10 năm trở lên"));

      if (!good)
        continue;

      /* Bằng khen của Bộ trưởng (Luật 2022 Điều 74; point d). */
      if (count_held (ctx, t, y - 4, y - 1, VD_DEMO_BIT (VD_DEMO_KIND_BK_BO)) == 0)
        {
          gboolean two_cstdcs = held (ctx, t, y, cstdcs) && held (ctx, t, y - 1, cstdcs);
          gboolean two_excellent = y >= 2024 && grades_at_least (ctx, p, y - 1, y, VD_DEMO_GRADE_EXCELLENT);

          if (two_cstdcs || two_excellent)
            {
              if (gate (rules, p, two_cstdcs ? 0.7 : 0.3))
                person_grant (year, i, VD_DEMO_KIND_BK_BO, FALSE,
                              two_cstdcs
                              ? g_strdup_printf ("Hoàn thành xuất sắc nhiệm vụ năm %d; 02 năm liên tục đạt danh hiệu "
                                                 "Chiến sĩ thi đua cơ sở (%d–%d)", y, y - 1, y)
                              : g_strdup_printf ("02 năm liên tục hoàn thành xuất sắc nhiệm vụ (%d–%d)", y - 1, y));
              else if (vd_demo_rng_chance (&rules->rng, 0.2))
                person_grant (year, i, VD_DEMO_KIND_BK_BO, TRUE,
                              g_strdup_printf ("Hoàn thành xuất sắc nhiệm vụ năm %d", y));
            }
        }

      /* Chiến sĩ thi đua cấp Bộ: three CSTĐCS in a row and an initiative
       * recognised across the ministry. */
      if (count_held (ctx, t, y - 2, y, cstdcs) == 3
          && count_held (ctx, t, y - 2, y - 1, VD_DEMO_BIT (VD_DEMO_KIND_CSTD_BO)) == 0)
        {
          if (gate (rules, p, 0.45))
            {
              int init = add_initiative (rules, year, i, "ministry");
              VdDemoGrant *g = person_grant (year, i, VD_DEMO_KIND_CSTD_BO, FALSE, NULL);
              VdDemoInitiative *in = &g_array_index (year->initiatives, VdDemoInitiative, init);

              g->text = g_strdup_printf ("03 năm liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở (%d–%d); sáng kiến "
                                         "“%s” được công nhận có phạm vi ảnh hưởng trong toàn ngành",
                                         y - 2, y, in->title);
              use_initiative (year, g, init);
            }
          else if (vd_demo_rng_chance (&rules->rng, 0.15))
            person_grant (year, i, VD_DEMO_KIND_CSTD_BO, TRUE,
                          g_strdup_printf ("03 năm liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở (%d–%d)", y - 2, y));
        }

      /* Chiến sĩ thi đua toàn quốc: a second CSTĐ cấp Bộ in a row. */
      if (held (ctx, t, y, VD_DEMO_BIT (VD_DEMO_KIND_CSTD_BO))
          && count_held (ctx, t, y - 6, y - 3, VD_DEMO_BIT (VD_DEMO_KIND_CSTD_BO)) > 0
          && count_held (ctx, t, y - 6, y - 1, VD_DEMO_BIT (VD_DEMO_KIND_CSTD_TQ)) == 0
          && vd_demo_rng_chance (&rules->rng, 0.4))
        {
          int init = add_initiative (rules, year, i, "national");
          VdDemoGrant *g = person_grant (year, i, VD_DEMO_KIND_CSTD_TQ, FALSE,
                                         g_strdup ("02 lần liên tục đạt danh hiệu Chiến sĩ thi đua cấp Bộ; sáng kiến "
                                                   "có phạm vi ảnh hưởng toàn quốc"));
          use_initiative (year, g, init);
        }

      /* Bằng khen của Thủ tướng (point b): an earlier ministry Bằng khen,
       * five good years to now with three CSTĐCS. */
      if (grades_at_least (ctx, p, y - 4, y, VD_DEMO_GRADE_GOOD)
          && count_held (ctx, t, y - 4, y, cstdcs) >= 3
          && count_held (ctx, t, ctx->first_year, y - 1, VD_DEMO_BIT (VD_DEMO_KIND_BK_BO)) > 0
          && count_held (ctx, t, y - 4, y - 1, VD_DEMO_BIT (VD_DEMO_KIND_BK_TTG)) == 0)
        {
          if (vd_demo_rng_chance (&rules->rng, 0.2))
            person_grant (year, i, VD_DEMO_KIND_BK_TTG, FALSE,
                          g_strdup_printf ("Đã được tặng Bằng khen của Bộ trưởng; 05 năm liên tục hoàn thành tốt "
                                           "nhiệm vụ trở lên (%d–%d), trong đó có 03 lần đạt danh hiệu Chiến sĩ "
                                           "thi đua cơ sở", y - 4, y));
          else if (vd_demo_rng_chance (&rules->rng, 0.1))
            person_grant (year, i, VD_DEMO_KIND_BK_TTG, TRUE,
                          g_strdup_printf ("05 năm liên tục hoàn thành tốt nhiệm vụ trở lên (%d–%d)", y - 4, y));
        }

      /* Huân chương Lao động hạng Ba (point e), or for long service of a
       * unit's head (point g). */
      if (count_held (ctx, t, ctx->first_year, y, VD_DEMO_BIT (VD_DEMO_KIND_HCLD3)) == 0)
        {
          gboolean merit = count_held (ctx, t, ctx->first_year, y - 5, VD_DEMO_BIT (VD_DEMO_KIND_BK_TTG)) > 0
                           && grades_at_least (ctx, p, y - 4, y, VD_DEMO_GRADE_GOOD)
                           && count_held (ctx, t, y - 4, y, cstdcs) >= 3;
          gboolean service = p->leader && unit->depth == 1 && unit->head == (int) i
                             && p->birth_year <= 1968 && y >= 2018;

          if (merit && vd_demo_rng_chance (&rules->rng, 0.5))
            person_grant (year, i, VD_DEMO_KIND_HCLD3, FALSE,
                          g_strdup_printf ("Đã được tặng Bằng khen của Thủ tướng Chính phủ; 05 năm liên tục hoàn "
                                           "thành tốt nhiệm vụ trở lên (%d–%d), có 03 lần đạt danh hiệu Chiến sĩ "
                                           "thi đua cơ sở", y - 4, y));
          else if (service && vd_demo_rng_chance (&rules->rng, 0.1))
            person_grant (year, i, VD_DEMO_KIND_HCLD3, FALSE,
                          g_strdup ("Có quá trình cống hiến lâu dài trong ngành tài nguyên và môi trường"));
        }
      else if (p->leader
               && count_held (ctx, t, ctx->first_year, y - 5, VD_DEMO_BIT (VD_DEMO_KIND_HCLD3)) > 0
               && count_held (ctx, t, ctx->first_year, y, VD_DEMO_BIT (VD_DEMO_KIND_HCLD2)) == 0
               && grades_at_least (ctx, p, y - 4, y, VD_DEMO_GRADE_GOOD)
               && vd_demo_rng_chance (&rules->rng, 0.3))
        person_grant (year, i, VD_DEMO_KIND_HCLD2, FALSE,
                      g_strdup ("Đã được tặng Huân chương Lao động hạng Ba; tiếp tục có thành tích xuất sắc, "
                                "cống hiến lâu dài"));

      if (y == 2022 && !held (ctx, t, y, VD_DEMO_BIT (VD_DEMO_KIND_BK_BO))
          && vd_demo_rng_chance (&rules->rng, 0.01 + 0.02 * p->merit))
        grant (year, i, p->unit, VD_DEMO_KIND_BK_BO, VD_DEMO_OCCASION_ANNIVERSARY, FALSE,
               g_strdup ("Có thành tích xuất sắc trong đợt thi đua đặc biệt chào mừng Kỷ niệm 20 năm Ngày thành lập "
                         "Bộ Tài nguyên và Môi trường (05/8/2002 – 05/8/2022)"));
    }
}

/* ---- Collective titles ---- */

static void
count_units (Rules      *rules,
             VdDemoYear *year)
{
  VdDemoContext *ctx = rules->ctx;
  int n = ctx->units->len;

  for (int u = 0; u < n; u++)
    {
      VdDemoUnit *unit = VD_DEMO_UNIT (ctx, u);

      rules->rated[u] = rules->ldtt[u] = rules->failed[u] = rules->cstdcs[u] = 0;
      for (int i = unit->people_begin; i < unit->people_end; i++)
        {
          VdDemoPerson *p = VD_DEMO_PERSON (ctx, i);
          guint8 g = p->grade[year->yi];

          if (g == VD_DEMO_GRADE_NONE)
            continue;
          rules->rated[u]++;
          rules->failed[u] += g == VD_DEMO_GRADE_FAILED;
          rules->ldtt[u] += (p->titles[year->yi] & VD_DEMO_BIT (VD_DEMO_KIND_LDTT)) != 0;
          rules->cstdcs[u] += (p->titles[year->yi] & VD_DEMO_BIT (VD_DEMO_KIND_CSTDCS)) != 0;
        }
    }
  /* Preorder: children come after their parent, so adding in reverse
   * accumulates whole subtrees. */
  for (int u = n - 1; u > 0; u--)
    {
      int parent = VD_DEMO_UNIT (ctx, u)->parent;

      rules->rated[parent] += rules->rated[u];
      rules->ldtt[parent] += rules->ldtt[u];
      rules->failed[parent] += rules->failed[u];
      rules->cstdcs[parent] += rules->cstdcs[u];
    }
}

static int
bloc_of_winner (VdDemoContext *ctx,
                int            unit,
                int            yi,
                gboolean       runner_up)
{
  for (guint b = 0; b < ctx->blocs->len; b++)
    {
      VdDemoBloc *bloc = &g_array_index (ctx->blocs, VdDemoBloc, b);
      if ((runner_up ? bloc->runner_up[yi] : bloc->winner[yi]) == unit)
        return b;
    }
  return -1;
}

static void
collective (Rules      *rules,
            VdDemoYear *year)
{
  VdDemoContext *ctx = rules->ctx;
  int y = year->year;

  count_units (rules, year);

  for (guint u = 1; u < ctx->units->len; u++)
    {
      VdDemoUnit *unit = VD_DEMO_UNIT (ctx, u);
      guint32 *t = unit->titles;
      guint8 grade = unit->grade[year->yi];
      double share = rules->rated[u] > 0 ? (double) rules->ldtt[u] / rules->rated[u] : 0.0;
      gboolean excellent = grade == VD_DEMO_GRADE_EXCELLENT && share >= 0.7 && rules->failed[u] == 0
                           && rules->cstdcs[u] > 0;
      gboolean advanced = FALSE;
      int bloc;

      if (excellent && vd_demo_rng_chance (&rules->rng, 0.85))
        grant (year, -1, u, VD_DEMO_KIND_TTLDXS, VD_DEMO_OCCASION_ANNUAL, FALSE,
               g_strdup_printf ("Hoàn thành xuất sắc nhiệm vụ năm %d; %d%% cá nhân đạt danh hiệu Lao động tiên tiến; "
                                "có cá nhân đạt danh hiệu Chiến sĩ thi đua cơ sở", y, (int) (share * 100)));
      else if (grade >= VD_DEMO_GRADE_GOOD && share > 0.5)
        {
          if (excellent)
            grant (year, -1, u, VD_DEMO_KIND_TTLDXS, VD_DEMO_OCCASION_ANNUAL, TRUE,
                   g_strdup_printf ("Hoàn thành xuất sắc nhiệm vụ năm %d", y));
          grant (year, -1, u, VD_DEMO_KIND_TTLDTT, VD_DEMO_OCCASION_ANNUAL, FALSE, NULL);
          advanced = TRUE;
        }

      if (advanced && unit->depth >= 2 && vd_demo_rng_chance (&rules->rng, 0.12))
        grant (year, -1, u, VD_DEMO_KIND_GK_TT, VD_DEMO_OCCASION_ANNUAL, FALSE,
               g_strdup_printf ("Đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm %d", y));

      if (held (ctx, t, y, VD_DEMO_BIT (VD_DEMO_KIND_TTLDXS)) && held (ctx, t, y - 1, VD_DEMO_BIT (VD_DEMO_KIND_TTLDXS))
          && count_held (ctx, t, y - 4, y - 1, VD_DEMO_BIT (VD_DEMO_KIND_BK_BO_TT)) == 0
          && vd_demo_rng_chance (&rules->rng, 0.5))
        grant (year, -1, u, VD_DEMO_KIND_BK_BO_TT, VD_DEMO_OCCASION_ANNUAL, FALSE,
               g_strdup_printf ("02 năm liên tục đạt danh hiệu Tập thể lao động xuất sắc (%d–%d)", y - 1, y));

      /* Each bloc puts its top scorer forward for the ministry's flag and
       * its runner-up for a Bằng khen. */
      bloc = bloc_of_winner (ctx, u, year->yi, FALSE);
      if (bloc >= 0)
        grant (year, -1, u, VD_DEMO_KIND_CO_BO, VD_DEMO_OCCASION_ANNUAL, FALSE,
               g_strdup_printf ("Đơn vị dẫn đầu phong trào thi đua %s năm %d",
                                g_array_index (ctx->blocs, VdDemoBloc, bloc).name, y));
      bloc = bloc_of_winner (ctx, u, year->yi, TRUE);
      if (bloc >= 0 && !held (ctx, t, y, VD_DEMO_BIT (VD_DEMO_KIND_BK_BO_TT)))
        grant (year, -1, u, VD_DEMO_KIND_BK_BO_TT, VD_DEMO_OCCASION_ANNUAL, FALSE,
               g_strdup_printf ("Đơn vị xếp thứ hai trong %s năm %d",
                                g_array_index (ctx->blocs, VdDemoBloc, bloc).name, y));

      if (held (ctx, t, y, VD_DEMO_BIT (VD_DEMO_KIND_CO_BO)) && held (ctx, t, y - 1, VD_DEMO_BIT (VD_DEMO_KIND_CO_BO))
          && count_held (ctx, t, y - 4, y - 1, VD_DEMO_BIT (VD_DEMO_KIND_CO_CP)) == 0
          && vd_demo_rng_chance (&rules->rng, 0.35))
        grant (year, -1, u, VD_DEMO_KIND_CO_CP, VD_DEMO_OCCASION_ANNUAL, FALSE,
               g_strdup_printf ("02 năm liên tục được tặng Cờ thi đua của Bộ (%d–%d); đơn vị dẫn đầu phong trào "
                                "thi đua của Khối", y - 1, y));

      if (count_held (ctx, t, ctx->first_year, y - 1, VD_DEMO_BIT (VD_DEMO_KIND_BK_BO_TT)) > 0
          && count_held (ctx, t, y - 4, y, VD_DEMO_BIT (VD_DEMO_KIND_TTLDXS)) >= 3
          && count_held (ctx, t, y - 4, y - 1, VD_DEMO_BIT (VD_DEMO_KIND_BK_TTG_TT)) == 0
          && vd_demo_rng_chance (&rules->rng, 0.3))
        grant (year, -1, u, VD_DEMO_KIND_BK_TTG_TT, VD_DEMO_OCCASION_ANNUAL, FALSE,
               g_strdup_printf ("Đã được tặng Bằng khen của Bộ trưởng; có %d năm đạt danh hiệu Tập thể lao động xuất "
                                "sắc trong giai đoạn %d–%d",
                                count_held (ctx, t, y - 4, y, VD_DEMO_BIT (VD_DEMO_KIND_TTLDXS)), y - 4, y));

      if (unit->depth == 1
          && count_held (ctx, t, ctx->first_year, y, VD_DEMO_BIT (VD_DEMO_KIND_HCLD3_TT)) == 0
          && count_held (ctx, t, ctx->first_year, y - 3, VD_DEMO_BIT (VD_DEMO_KIND_BK_TTG_TT)) > 0
          && count_held (ctx, t, y - 4, y, VD_DEMO_BIT (VD_DEMO_KIND_TTLDXS)) >= 3
          && vd_demo_rng_chance (&rules->rng, 0.4))
        grant (year, -1, u, VD_DEMO_KIND_HCLD3_TT, VD_DEMO_OCCASION_ANNUAL, FALSE,
               g_strdup ("Đã được tặng Bằng khen của Thủ tướng Chính phủ; 05 năm liên tục hoàn thành xuất sắc nhiệm vụ"));
      else if (unit->depth == 1
               && count_held (ctx, t, ctx->first_year, y - 5, VD_DEMO_BIT (VD_DEMO_KIND_HCLD3_TT)) > 0
               && count_held (ctx, t, ctx->first_year, y, VD_DEMO_BIT (VD_DEMO_KIND_HCLD2_TT)) == 0
               && vd_demo_rng_chance (&rules->rng, 0.4))
        grant (year, -1, u, VD_DEMO_KIND_HCLD2_TT, VD_DEMO_OCCASION_ANNUAL, FALSE,
               g_strdup ("Đã được tặng Huân chương Lao động hạng Ba; tiếp tục hoàn thành xuất sắc nhiệm vụ"));

      if (unit->depth == 1 && !held (ctx, t, y, VD_DEMO_BIT (VD_DEMO_KIND_BK_BO_TT)))
        {
          if (y == 2022 && vd_demo_rng_chance (&rules->rng, 0.2))
            grant (year, -1, u, VD_DEMO_KIND_BK_BO_TT, VD_DEMO_OCCASION_ANNIVERSARY, FALSE,
                   g_strdup ("Có thành tích xuất sắc trong đợt thi đua đặc biệt chào mừng Kỷ niệm 20 năm Ngày thành "
                             "lập Bộ Tài nguyên và Môi trường"));
          else if ((y == 2020 || y == 2021) && vd_demo_rng_chance (&rules->rng, 0.1 + 0.1 * unit->merit))
            grant (year, -1, u, VD_DEMO_KIND_BK_BO_TT, VD_DEMO_OCCASION_COVID, FALSE,
                   g_strdup_printf ("Có thành tích xuất sắc trong công tác phòng, chống dịch COVID-19 năm %d", y));
        }
    }
}

/* When each person receives the Kỷ niệm chương: ten years after joining. Those
 * who had ten years before the archive begins mostly received it before;
 * many whose turn fell in 2023–2025 were brought forward to the ministry's
 * 20th anniversary in 2022. */
static void
plan_commemorative_medals (Rules *rules)
{
  VdDemoContext *ctx = rules->ctx;

  for (guint i = 0; i < ctx->people->len; i++)
    {
      VdDemoPerson *p = VD_DEMO_PERSON (ctx, i);
      int due = p->joined + 10;

      p->knc_year = 0;
      if (due > ctx->last_year)
        ;
      else if (due < ctx->first_year)
        {
          if (p->pinned || vd_demo_rng_chance (&rules->rng, 0.5))
            p->knc_year = MIN (ctx->last_year, ctx->first_year + vd_demo_rng_between (&rules->rng, 0, 4));
        }
      else
        p->knc_year = MIN (ctx->last_year, due + vd_demo_rng_between (&rules->rng, 0, 1));

      if (p->knc_year >= 2023 && p->knc_year <= 2025 && ctx->first_year <= 2022
          && vd_demo_rng_chance (&rules->rng, 0.4))
        p->knc_year = 2022;
    }
}

static void
year_clear (VdDemoYear *year)
{
  for (guint i = 0; i < year->grants->len; i++)
    g_free (g_array_index (year->grants, VdDemoGrant, i).text);
  for (guint i = 0; i < year->initiatives->len; i++)
    {
      VdDemoInitiative *init = &g_array_index (year->initiatives, VdDemoInitiative, i);
      g_free (init->title);
      g_free (init->recognized_on);
    }
  g_array_set_size (year->grants, 0);
  g_array_set_size (year->initiatives, 0);
}

/**
 * vd_demo_awards_generate:
 *
 * Decides and writes every year's titles and awards with their initiatives,
 * dossiers, nominations and decisions, one transaction per year.
 */
gboolean
vd_demo_awards_generate (VdDemoContext  *ctx,
                         GError        **error)
{
  Rules rules = { ctx };
  VdDemoYear year = { ctx };
  VdDemoRng write_rng;
  int n_units = ctx->units->len;
  gboolean ok = TRUE;

  vd_demo_rng_init (&rules.rng, VD_DEMO_SEED + ctx->scale, 701);
  vd_demo_rng_init (&write_rng, VD_DEMO_SEED + ctx->scale, 702);
  rules.issuer_members = g_new0 (GArray *, n_units);
  rules.lead_initiative = g_new (int, ctx->people->len);
  rules.rated = g_new0 (int, n_units);
  rules.ldtt = g_new0 (int, n_units);
  rules.failed = g_new0 (int, n_units);
  rules.cstdcs = g_new0 (int, n_units);
  year.grants = g_array_new (FALSE, TRUE, sizeof (VdDemoGrant));
  year.initiatives = g_array_new (FALSE, TRUE, sizeof (VdDemoInitiative));

  for (guint i = 0; i < ctx->people->len; i++)
    {
      int issuer = VD_DEMO_UNIT (ctx, VD_DEMO_PERSON (ctx, i)->unit)->issuer;
      int index = i;

      if (rules.issuer_members[issuer] == NULL)
        rules.issuer_members[issuer] = g_array_new (FALSE, FALSE, sizeof (int));
      g_array_append_val (rules.issuer_members[issuer], index);
    }
  plan_commemorative_medals (&rules);

  for (int y = ctx->first_year; y <= ctx->last_year && ok; y++)
    {
      g_autofree char *label = g_strdup_printf (_("Deciding the awards of %d"), y);
      double from = 0.27 + 0.66 * (y - ctx->first_year) / (ctx->last_year - ctx->first_year + 1);
      double to = 0.27 + 0.66 * (y - ctx->first_year + 1) / (ctx->last_year - ctx->first_year + 1);

      ctx->stage_to = from;
      if (!vd_demo_stage (ctx, to, g_steal_pointer (&label), error))
        {
          ok = FALSE;
          break;
        }

      year.year = y;
      year.yi = VD_DEMO_YEAR_INDEX (ctx, y);
      year.golden = 1;

      base_initiatives (&rules, &year);
      advanced_workers (&rules, &year);
      grassroots_fighters (&rules, &year);
      certificates (&rules, &year);
      higher_individual (&rules, &year);
      collective (&rules, &year);

      ok = vd_demo_year_write (&year, &write_rng, error);
      year_clear (&year);
    }

  for (int u = 0; u < n_units; u++)
    if (rules.issuer_members[u] != NULL)
      g_array_unref (rules.issuer_members[u]);
  g_free (rules.issuer_members);
  g_free (rules.lead_initiative);
  g_free (rules.rated);
  g_free (rules.ldtt);
  g_free (rules.failed);
  g_free (rules.cstdcs);
  g_array_unref (year.grants);
  g_array_unref (year.initiatives);
  return ok;
}

/**
 * vd_demo_awards_revoke_some:
 *
 * Revokes a few awards, as happens when a false declaration comes to light.
 * The findable person's awards are left alone.
 */
gboolean
vd_demo_awards_revoke_some (VdDemoContext  *ctx,
                            GError        **error)
{
  static const char * const reasons[] = {
    "Thu hồi do cá nhân kê khai không trung thực thành tích",
    "Thu hồi do phát hiện vi phạm trong thời gian xét khen thưởng",
    "Hủy bỏ do trùng với quyết định khen thưởng khác cùng thành tích",
  };
  static const VdDemoKind kinds[] = {
    VD_DEMO_KIND_LDTT, VD_DEMO_KIND_LDTT, VD_DEMO_KIND_CSTDCS, VD_DEMO_KIND_BK_BO,
  };
  int n = ctx->large ? 60 : 4;
  gint64 max_id = 0;
  sqlite3_stmt *stmt;
  VdDemoRng rng;

  vd_demo_rng_init (&rng, VD_DEMO_SEED + ctx->scale, 801);
  if (!vd_store_begin (ctx->store, error))
    return FALSE;

  stmt = vd_store_prepare (ctx->store, "SELECT max(id) FROM awards", error);
  if (stmt == NULL)
    goto fail;
  max_id = sqlite3_step (stmt) == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
  sqlite3_reset (stmt);

  for (int i = 0; i < n; i++)
    {
      VdDemoKind kind = kinds[i % G_N_ELEMENTS (kinds)];
      gint64 id = 0;
      int year = 0;

      /* The first such award from a random point on: a short walk along the
       * primary key, where an OFFSET would scan the whole table. The unary
       * + keeps SQLite off the kind index, which would sort every match. */
      stmt = vd_store_prepare (ctx->store,
                               "SELECT id, year FROM awards WHERE id >= ?1 AND +award_kind_id = ?2 AND revoked = 0 "
                               "AND (person_id IS NULL OR person_id <> ?3) ORDER BY id LIMIT 1", error);
      if (stmt == NULL)
        goto fail;
      sqlite3_bind_int64 (stmt, 1, 1 + vd_demo_rng_range (&rng, (guint32) MAX (max_id, 1)));
      sqlite3_bind_int64 (stmt, 2, ctx->kind_ids[kind]);
      sqlite3_bind_int64 (stmt, 3, VD_DEMO_PERSON (ctx, ctx->pinned)->id);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        {
          id = sqlite3_column_int64 (stmt, 0);
          year = sqlite3_column_int (stmt, 1);
        }
      sqlite3_reset (stmt);
      if (id == 0)
        continue;

      {
        /* Revoked some months after the decision, never after "today". */
        g_autofree char *on = vd_demo_date_random (&rng, year + 1, 6, year + 1 >= VD_DEMO_TODAY_YEAR ? 10 : 12);

        stmt = vd_store_prepare (ctx->store,
                                 "UPDATE awards SET revoked = 1, revoked_on = ?1, revocation_note = ?2 WHERE id = ?3",
                                 error);
        if (stmt == NULL)
          goto fail;
        vd_demo_bind_text (stmt, 1, on);
        vd_demo_bind_text (stmt, 2, reasons[vd_demo_rng_range (&rng, G_N_ELEMENTS (reasons))]);
        sqlite3_bind_int64 (stmt, 3, id);
        if (!vd_store_step_done (ctx->store, stmt, error))
          goto fail;
      }
    }

  return vd_store_commit (ctx->store, error);

fail:
  vd_store_rollback (ctx->store);
  return FALSE;
}
