/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdDemo"

#include "config.h"

#include <string.h>

#include "vd-demo-private.h"
#include "vd-text.h"

/* Staff of every unit with their positions, and each year's rating
 * (xếp loại) of every person and unit. */

#define SMALL_PEOPLE 600
#define LARGE_PEOPLE 64000

/* The findable person of every demo archive: UI tests search for
 * "nguyen van dung" and expect exactly this one. */
#define PINNED_UNIT   "Phòng Kế hoạch – Tổng hợp"
#define PINNED_BIRTH  1978
#define PINNED_JOINED 2002

typedef struct
{
  const char *position;
  guint       weight;
  gboolean    direct;   /* người lao động trực tiếp: counted apart in award quotas */
} Job;

static const Job admin_jobs[] = {
  { "Chuyên viên cao cấp", 3, FALSE }, { "Chuyên viên chính", 25, FALSE },
  { "Chuyên viên", 55, FALSE }, { "Kế toán viên", 5, FALSE }, { "Văn thư", 4, FALSE },
  { "Nhân viên", 4, FALSE }, { "Lái xe", 4, TRUE },
};
static const Job inspection_jobs[] = {
  { "Thanh tra viên chính", 20, FALSE }, { "Thanh tra viên", 40, FALSE },
  { "Chuyên viên", 20, FALSE }, { "Văn thư", 3, FALSE }, { "Lái xe", 3, TRUE },
};
static const Job project_jobs[] = {
  { "Kỹ sư", 35, FALSE }, { "Chuyên viên chính", 10, FALSE }, { "Chuyên viên", 30, FALSE },
  { "Kế toán viên", 8, FALSE }, { "Nhân viên", 7, FALSE }, { "Lái xe", 3, TRUE },
};
static const Job company_jobs[] = {
  { "Kỹ sư", 30, FALSE }, { "Kỹ thuật viên", 20, FALSE }, { "Công nhân đo đạc", 25, TRUE },
  { "Kế toán viên", 5, FALSE }, { "Nhân viên", 8, FALSE }, { "Lái xe", 4, TRUE },
};
static const Job press_jobs[] = {
  { "Phóng viên", 35, FALSE }, { "Biên tập viên", 30, FALSE }, { "Biên tập viên chính", 8, FALSE },
  { "Kỹ thuật viên", 8, FALSE }, { "Nhân viên", 8, FALSE }, { "Kế toán viên", 4, FALSE },
};
static const Job publisher_jobs[] = {
  { "Biên tập viên", 35, FALSE }, { "Kỹ thuật viên", 15, FALSE }, { "Công nhân in", 20, TRUE },
  { "Nhân viên", 10, FALSE }, { "Kế toán viên", 5, FALSE },
};
static const Job centre_jobs[] = {
  { "Chuyên viên", 30, FALSE }, { "Kỹ sư", 25, FALSE }, { "Kỹ thuật viên", 15, FALSE },
  { "Nhân viên", 10, FALSE }, { "Kế toán viên", 5, FALSE }, { "Lái xe", 2, TRUE },
};
static const Job research_jobs[] = {
  { "Nghiên cứu viên chính", 20, FALSE }, { "Nghiên cứu viên", 45, FALSE },
  { "Trợ lý nghiên cứu", 15, FALSE }, { "Chuyên viên", 10, FALSE }, { "Kế toán viên", 4, FALSE },
};
static const Job school_jobs[] = {
  { "Giảng viên chính", 20, FALSE }, { "Giảng viên", 50, FALSE }, { "Chuyên viên", 15, FALSE },
  { "Nhân viên", 8, FALSE },
};
static const Job hydromet_jobs[] = {
  { "Dự báo viên", 25, FALSE }, { "Quan trắc viên", 40, TRUE }, { "Kỹ thuật viên", 15, FALSE },
  { "Chuyên viên", 10, FALSE }, { "Nhân viên", 5, FALSE },
};
static const Job geology_jobs[] = {
  { "Kỹ sư địa chất", 35, FALSE }, { "Kỹ thuật viên", 15, FALSE }, { "Công nhân khoan", 25, TRUE },
  { "Chuyên viên", 10, FALSE }, { "Kế toán viên", 5, FALSE },
};

typedef struct
{
  const Job *jobs;
  guint      n_jobs;
  double     female_share;
} Workforce;

#define WORKFORCE(table, female) { table, G_N_ELEMENTS (table), female }

static Workforce
workforce_of (VdDemoContext *ctx,
              int            index)
{
  static const Workforce admin = WORKFORCE (admin_jobs, 0.5);
  static const Workforce inspection = WORKFORCE (inspection_jobs, 0.4);
  static const Workforce project = WORKFORCE (project_jobs, 0.35);
  static const Workforce company = WORKFORCE (company_jobs, 0.3);
  static const Workforce press = WORKFORCE (press_jobs, 0.5);
  static const Workforce publisher = WORKFORCE (publisher_jobs, 0.45);
  static const Workforce centre = WORKFORCE (centre_jobs, 0.45);
  static const Workforce research = WORKFORCE (research_jobs, 0.45);
  static const Workforce school = WORKFORCE (school_jobs, 0.55);
  static const Workforce hydromet = WORKFORCE (hydromet_jobs, 0.35);
  static const Workforce geology = WORKFORCE (geology_jobs, 0.2);

  switch (vd_demo_org_field (ctx, index))
    {
    case VD_DEMO_ORG_THANH_TRA:  return inspection;
    case VD_DEMO_ORG_BAN_QLDA:   return project;
    case VD_DEMO_ORG_CONG_TY:
    case VD_DEMO_ORG_XI_NGHIEP:  return company;
    case VD_DEMO_ORG_BAO:
    case VD_DEMO_ORG_TAP_CHI:
    case VD_DEMO_ORG_BAN:        return press;
    case VD_DEMO_ORG_NXB:        return publisher;
    case VD_DEMO_ORG_TRUNG_TAM:  return centre;
    case VD_DEMO_ORG_VIEN:       return research;
    case VD_DEMO_ORG_TRUONG:
    case VD_DEMO_ORG_KHOA:       return school;
    case VD_DEMO_ORG_DAI_KV:
    case VD_DEMO_ORG_DAI_TINH:   return hydromet;
    case VD_DEMO_ORG_LIEN_DOAN:  return geology;
    default:                     return admin;
    }
}

static gboolean
is_pinned_name (const VdDemoName *name)
{
  return strcmp (name->family, "Nguyễn") == 0 && strcmp (name->middle, "Văn") == 0
         && (strcmp (name->given, "Dũng") == 0 || strcmp (name->given, "Dung") == 0);
}

static void
make_person (VdDemoContext   *ctx,
             VdDemoRng       *rng,
             int              unit_index,
             const Workforce *force,
             int              role)   /* 0 head, 1 deputy, 2 staff */
{
  VdDemoUnit *unit = VD_DEMO_UNIT (ctx, unit_index);
  VdDemoPerson person = { 0 };
  double female_share = force->female_share * (role < 2 ? 0.6 : 1.0);
  int joined;

  person.unit = unit_index;
  person.female = vd_demo_rng_chance (rng, female_share);
  switch (role)
    {
    case 0:
      person.birth_year = vd_demo_rng_between (rng, 1966, 1980);
      person.position = vd_demo_org_head_title (unit->type, FALSE);
      person.leader = TRUE;
      person.merit = 0.55 + 0.45 * vd_demo_rng_double (rng);
      break;
    case 1:
      person.birth_year = vd_demo_rng_between (rng, 1968, 1986);
      person.position = vd_demo_org_head_title (unit->type, TRUE);
      person.leader = TRUE;
      person.merit = 0.45 + 0.5 * vd_demo_rng_double (rng);
      break;
    default:
      {
        const Job *job;
        guint weights[16];

        for (guint j = 0; j < force->n_jobs; j++)
          weights[j] = force->jobs[j].weight;
        job = &force->jobs[vd_demo_rng_weighted (rng, weights, force->n_jobs)];
        /* Two draws averaged: more staff in their thirties and forties. */
        person.birth_year = (vd_demo_rng_between (rng, 1966, 2002) + vd_demo_rng_between (rng, 1966, 2002)) / 2;
        person.position = job->position;
        person.direct_worker = job->direct;
        person.merit = (float) ((vd_demo_rng_double (rng) + vd_demo_rng_double (rng)) / 2.0);
      }
      break;
    }

  do
    vd_demo_name_pick (rng, person.female, person.birth_year, &person.name);
  while (is_pinned_name (&person.name));

  /* Everyone on the staff list has worked at least one full year. */
  joined = MIN (person.birth_year + 22 + vd_demo_rng_between (rng, 0, 5), ctx->last_year - 1);
  person.joined = joined;
  person.first_year = CLAMP (joined + 1, ctx->first_year, ctx->last_year);

  if (role == 0 && ctx->pinned < 0 && strcmp (unit->name, PINNED_UNIT) == 0
      && VD_DEMO_UNIT (ctx, unit->parent)->type == VD_DEMO_ORG_BAN_QLDA)
    {
      person.name.family = "Nguyễn";
      person.name.middle = "Văn";
      person.name.given = "Dũng";
      person.female = FALSE;
      person.birth_year = PINNED_BIRTH;
      person.joined = PINNED_JOINED;
      person.first_year = MAX (ctx->first_year, PINNED_JOINED);
      person.merit = 0.97f;
      person.pinned = TRUE;
      ctx->pinned = ctx->people->len;
    }

  g_array_append_val (ctx->people, person);
}

static gboolean
insert_people (VdDemoContext  *ctx,
               GError        **error)
{
  if (!vd_store_begin (ctx->store, error))
    return FALSE;

  for (guint i = 0; i < ctx->people->len; i++)
    {
      VdDemoPerson *p = VD_DEMO_PERSON (ctx, i);
      g_autofree char *full = vd_text_full_name (p->name.family, p->name.middle, p->name.given);
      g_autofree char *fold = vd_text_fold (full);
      g_autoptr(GBytes) key = vd_text_person_sort_key (p->name.family, p->name.middle, p->name.given);
      sqlite3_stmt *stmt;
      gsize key_len;
      gconstpointer key_data = g_bytes_get_data (key, &key_len);

      stmt = vd_store_prepare (ctx->store,
                               "INSERT INTO people (unit_id, family_name, middle_name, given_name, gender, "
                               "birth_year, position, direct_worker, name_fold, sort_key) "
                               "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)", error);
      if (stmt == NULL)
        goto fail;
      sqlite3_bind_int64 (stmt, 1, VD_DEMO_UNIT (ctx, p->unit)->id);
      vd_demo_bind_text (stmt, 2, p->name.family);
      vd_demo_bind_text (stmt, 3, p->name.middle);
      vd_demo_bind_text (stmt, 4, p->name.given);
      vd_demo_bind_text (stmt, 5, p->female ? "female" : "male");
      sqlite3_bind_int (stmt, 6, p->birth_year);
      vd_demo_bind_text (stmt, 7, p->position);
      sqlite3_bind_int (stmt, 8, p->direct_worker ? 1 : 0);
      vd_demo_bind_text (stmt, 9, fold);
      sqlite3_bind_blob (stmt, 10, key_data, (int) key_len, SQLITE_TRANSIENT);
      if (!vd_store_step_done (ctx->store, stmt, error))
        goto fail;
      p->id = vd_store_last_insert_id (ctx->store);

      if (i % 4096 == 0 && !vd_demo_tick (ctx, (double) i / ctx->people->len, error))
        goto fail;
    }

  return vd_store_commit (ctx->store, error);

fail:
  vd_store_rollback (ctx->store);
  return FALSE;
}

/**
 * vd_demo_people_generate:
 *
 * Places leaders in every unit and shares the remaining staff among the units
 * that have no sub-units, in proportion to their size.
 */
gboolean
vd_demo_people_generate (VdDemoContext  *ctx,
                         GError        **error)
{
  int target = ctx->large ? LARGE_PEOPLE : SMALL_PEOPLE;
  int n_units = ctx->units->len;
  g_autofree int *staff = g_new0 (int, n_units);
  g_autofree int *deputies = g_new0 (int, n_units);
  g_autofree double *remainder = g_new0 (double, n_units);
  int leaders = 0;
  int total_weight = 0;
  int placed = 0;
  VdDemoRng rng;

  vd_demo_rng_init (&rng, VD_DEMO_SEED + ctx->scale, 201);

  for (int i = 1; i < n_units; i++)
    {
      VdDemoUnit *unit = VD_DEMO_UNIT (ctx, i);

      if (unit->weight == 0)
        deputies[i] = unit->type == VD_DEMO_ORG_TONG_CUC ? 3 : 2;
      else
        deputies[i] = unit->weight >= 20 ? 2 : 1;
      leaders += 1 + deputies[i];
      total_weight += unit->weight;
    }

  /* Largest remainder, so the total is exact and the split deterministic. */
  for (int i = 1; i < n_units; i++)
    {
      double share = (double) (target - leaders) * VD_DEMO_UNIT (ctx, i)->weight / total_weight;
      staff[i] = (int) share;
      remainder[i] = share - staff[i];
      placed += staff[i];
    }
  while (placed < target - leaders)
    {
      int best = 1;
      for (int i = 2; i < n_units; i++)
        if (remainder[i] > remainder[best])
          best = i;
      staff[best]++;
      remainder[best] = -1;
      placed++;
    }

  for (int i = 0; i < n_units; i++)
    {
      VdDemoUnit *unit = VD_DEMO_UNIT (ctx, i);
      Workforce force = workforce_of (ctx, i);

      unit->people_begin = ctx->people->len;
      if (i > 0)
        {
          unit->head = ctx->people->len;
          make_person (ctx, &rng, i, &force, 0);
          for (int d = 0; d < deputies[i]; d++)
            make_person (ctx, &rng, i, &force, 1);
          for (int s = 0; s < staff[i]; s++)
            make_person (ctx, &rng, i, &force, 2);
        }
      unit->people_end = ctx->people->len;
    }

  for (int i = 0; i < n_units; i++)
    {
      VdDemoUnit *unit = VD_DEMO_UNIT (ctx, i);
      unit->subtree_people_end = VD_DEMO_UNIT (ctx, unit->subtree_end - 1)->people_end;
    }

  g_assert (ctx->pinned >= 0);
  return insert_people (ctx, error);
}

static const char *
grade_text (guint8 grade)
{
  switch (grade)
    {
    case VD_DEMO_GRADE_EXCELLENT: return "excellent";
    case VD_DEMO_GRADE_GOOD:      return "good";
    case VD_DEMO_GRADE_DONE:      return "done";
    default:                      return "failed";
    }
}

/* Nguyễn Văn Dũng's record, newest year last: good early on, then mostly
 * "hoàn thành xuất sắc", so the award rules give him Chiến sĩ thi đua cơ sở
 * runs and a Bằng khen của Bộ trưởng. */
static const char pinned_grades[] = "GGEGEGEEEEGEEEE";

static void
rate_people (VdDemoContext *ctx)
{
  VdDemoRng rng;

  vd_demo_rng_init (&rng, VD_DEMO_SEED + ctx->scale, 301);

  for (guint i = 0; i < ctx->people->len; i++)
    {
      VdDemoPerson *p = VD_DEMO_PERSON (ctx, i);
      gboolean was_excellent = FALSE;

      for (int year = p->first_year; year <= ctx->last_year; year++)
        {
          int y = VD_DEMO_YEAR_INDEX (ctx, year);
          double m = p->merit;
          double excellent = 0.03 + 0.32 * m * m + (was_excellent ? 0.08 : 0.0) + (p->leader ? 0.05 : 0.0);
          double failed = 0.012 * (1.0 - m);
          double done = 0.03 + 0.10 * (1.0 - m);
          double r = vd_demo_rng_double (&rng);

          if (p->pinned)
            {
              int from_end = ctx->last_year - year;
              char c = pinned_grades[strlen (pinned_grades) - 1 - from_end];
              p->grade[y] = c == 'E' ? VD_DEMO_GRADE_EXCELLENT : VD_DEMO_GRADE_GOOD;
            }
          else if (r < failed)
            p->grade[y] = VD_DEMO_GRADE_FAILED;
          else if (r < failed + done)
            p->grade[y] = VD_DEMO_GRADE_DONE;
          else if (r < failed + done + excellent)
            p->grade[y] = VD_DEMO_GRADE_EXCELLENT;
          else
            p->grade[y] = VD_DEMO_GRADE_GOOD;
          was_excellent = p->grade[y] == VD_DEMO_GRADE_EXCELLENT;
        }
    }
}

/* A unit's rating follows how its people did and how well it is run. */
static void
rate_units (VdDemoContext *ctx)
{
  VdDemoRng rng;

  vd_demo_rng_init (&rng, VD_DEMO_SEED + ctx->scale, 302);

  for (guint i = 1; i < ctx->units->len; i++)
    {
      VdDemoUnit *unit = VD_DEMO_UNIT (ctx, i);

      for (int year = ctx->first_year; year <= ctx->last_year; year++)
        {
          int y = VD_DEMO_YEAR_INDEX (ctx, year);
          int rated = 0, good = 0;
          double share, r = vd_demo_rng_double (&rng);

          for (int p = unit->people_begin; p < unit->subtree_people_end; p++)
            {
              guint8 g = VD_DEMO_PERSON (ctx, p)->grade[y];
              if (g == VD_DEMO_GRADE_NONE)
                continue;
              rated++;
              if (g >= VD_DEMO_GRADE_GOOD)
                good++;
            }
          share = rated > 0 ? (double) good / rated : 0.8;

          if (r < 0.004)
            unit->grade[y] = VD_DEMO_GRADE_DONE;
          else if (r < 0.05 + 0.5 * unit->merit * share)
            unit->grade[y] = VD_DEMO_GRADE_EXCELLENT;
          else if (share > 0.6 || r < 0.9)
            unit->grade[y] = VD_DEMO_GRADE_GOOD;
          else
            unit->grade[y] = VD_DEMO_GRADE_DONE;
        }
    }
}

/**
 * vd_demo_people_rate:
 *
 * Rates every person for every year they worked, and every unit, and writes
 * person_ratings and unit_ratings.
 */
gboolean
vd_demo_people_rate (VdDemoContext  *ctx,
                     GError        **error)
{
  guint64 written = 0;
  guint64 total = 0;
  sqlite3_stmt *stmt;

  rate_people (ctx);
  rate_units (ctx);

  for (guint i = 0; i < ctx->people->len; i++)
    total += ctx->last_year - VD_DEMO_PERSON (ctx, i)->first_year + 1;

  if (!vd_store_begin (ctx->store, error))
    return FALSE;

  /* Prepared once: this loop writes close to a million rows. */
  stmt = vd_store_prepare (ctx->store,
                           "INSERT INTO person_ratings (person_id, year, grade) VALUES (?1, ?2, ?3)", error);
  if (stmt == NULL)
    goto fail;

  for (guint i = 0; i < ctx->people->len; i++)
    {
      VdDemoPerson *p = VD_DEMO_PERSON (ctx, i);

      for (int year = p->first_year; year <= ctx->last_year; year++)
        {
          sqlite3_bind_int64 (stmt, 1, p->id);
          sqlite3_bind_int (stmt, 2, year);
          sqlite3_bind_text (stmt, 3, grade_text (p->grade[VD_DEMO_YEAR_INDEX (ctx, year)]), -1, SQLITE_STATIC);
          if (!vd_store_step_done (ctx->store, stmt, error))
            goto fail;
          if (++written % 32768 == 0 && !vd_demo_tick (ctx, 0.95 * written / total, error))
            goto fail;
        }
    }

  for (guint i = 1; i < ctx->units->len; i++)
    {
      VdDemoUnit *unit = VD_DEMO_UNIT (ctx, i);

      for (int year = ctx->first_year; year <= ctx->last_year; year++)
        {
          stmt = vd_store_prepare (ctx->store,
                                                 "INSERT INTO unit_ratings (unit_id, year, grade) "
                                                 "VALUES (?1, ?2, ?3)", error);
          if (stmt == NULL)
            goto fail;
          sqlite3_bind_int64 (stmt, 1, unit->id);
          sqlite3_bind_int (stmt, 2, year);
          sqlite3_bind_text (stmt, 3, grade_text (unit->grade[VD_DEMO_YEAR_INDEX (ctx, year)]), -1, SQLITE_STATIC);
          if (!vd_store_step_done (ctx->store, stmt, error))
            goto fail;
        }
    }

  return vd_store_commit (ctx->store, error);

fail:
  vd_store_rollback (ctx->store);
  return FALSE;
}
