/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdEligibility"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "vd-eligibility.h"

/* The evaluator: a rule set's requirements checked against one record,
 * each giving a reason in plain words that names the years and the records
 * it looked at. No SQL here (see vd-eligibility-store.c). */

typedef struct
{
  gint64      id;
  const char *code;       /* interned */
  int         year;
  char       *decision;   /* number, or NULL */
} Award;

typedef struct
{
  gint64             id;
  char              *title;
  int                year;
  VdInitiativeLevel  level;
  char              *used_for;
} Initiative;

typedef struct
{
  char *from;   /* ISO dates; @to NULL while open */
  char *to;
  char *note;
} Period;

struct _VdEligibilityRecord
{
  VdRuleSubject  subject;
  gint64         id;
  char          *name;
  gint64         unit_id;
  char          *unit_name;
  GArray        *ratings;       /* VdRating */
  GArray        *awards;        /* Award */
  GArray        *initiatives;   /* Initiative */
  GArray        *discipline;    /* Period */
  GArray        *leave;         /* Period */
  GHashTable    *members;       /* "year/what" → count */
};

typedef struct
{
  char          *code;
  char          *name;
  VdRuleSubject  subject;
  int            rank;
} Kind;

struct _VdEligibilityKinds
{
  GPtrArray  *list;     /* Kind*, catalogue order */
  GHashTable *by_code;  /* interned code → Kind* */
};

/* What one evaluation looks at: the year, the first year that counts, and
 * the names to write. */
typedef struct
{
  const VdEligibilityRecord *record;
  const VdRuleSet           *set;
  const VdEligibilityKinds  *kinds;
  int                        year;
  int                        floor_year;
  gboolean                   quiet;       /* status only: no texts, no refs */
} Context;

/* ---- Small helpers */

static void
award_clear (Award *award)
{
  g_free (award->decision);
}

static void
initiative_clear (Initiative *initiative)
{
  g_free (initiative->title);
  g_free (initiative->used_for);
}

static void
period_clear (Period *period)
{
  g_free (period->from);
  g_free (period->to);
  g_free (period->note);
}

static void
ref_free (VdEligibilityRef *ref)
{
  g_free (ref->label);
  g_free (ref);
}

static void
reason_free (VdEligibilityReason *reason)
{
  g_free (reason->text);
  g_ptr_array_unref (reason->refs);
  g_free (reason);
}

static VdEligibilityReason *
reason_new (void)
{
  VdEligibilityReason *reason = g_new0 (VdEligibilityReason, 1);

  reason->refs = g_ptr_array_new_with_free_func ((GDestroyNotify) ref_free);
  return reason;
}

static void
add_ref (VdEligibilityReason  *reason,
         VdEligibilityRefKind  kind,
         gint64                id,
         int                   year,
         char                 *label)
{
  VdEligibilityRef *ref;

  /* Quiet checks make no labels. */
  if (label == NULL)
    return;
  ref = g_new0 (VdEligibilityRef, 1);
  ref->kind = kind;
  ref->id = id;
  ref->year = year;
  ref->label = label;
  g_ptr_array_add (reason->refs, ref);
}

static const char *
kind_name (const Context *ctx,
           const char    *code)
{
  const char *name = ctx->kinds ? vd_eligibility_kinds_get_name (ctx->kinds, code) : NULL;

  return name ? name : code;
}

/* "Chiến sĩ thi đua cấp Bộ or Bằng khen của Bộ trưởng" */
static char *
codes_name (const Context      *ctx,
            const char * const *codes)
{
  g_autoptr(GString) text = NULL;

  if (ctx->quiet)
    return NULL;
  text = g_string_new (NULL);

  for (guint i = 0; codes[i] != NULL; i++)
    {
      if (i > 0)
        /* Translators: joins award names: "Bằng khen của Bộ trưởng or Bằng khen của Chủ tịch tỉnh" */
        g_string_append (text, _(" or "));
      g_string_append (text, kind_name (ctx, codes[i]));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* "2022, 2023 and 2024", in ascending order. */
static char *
format_years (GArray *years)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GArray) sorted = g_array_copy (years);

  for (guint i = 1; i < sorted->len; i++)
    for (guint j = i; j > 0 && g_array_index (sorted, int, j - 1) > g_array_index (sorted, int, j); j--)
      {
        int t = g_array_index (sorted, int, j);
        g_array_index (sorted, int, j) = g_array_index (sorted, int, j - 1);
        g_array_index (sorted, int, j - 1) = t;
      }

  for (guint i = 0; i < sorted->len; i++)
    {
      if (i > 0 && i == sorted->len - 1)
        /* Translators: before the last item of a list of years: "2022, 2023 and 2024" */
        g_string_append (text, _(" and "));
      else if (i > 0)
        g_string_append (text, ", ");
      g_string_append_printf (text, "%d", g_array_index (sorted, int, i));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* "2020–2024", or "2024" for a one-year window. */
static char *
format_span (int from,
             int to)
{
  if (from >= to)
    return g_strdup_printf ("%d", to);
  return g_strdup_printf ("%d–%d", from, to);
}

static const char *
grade_phrase (VdGrade grade)
{
  switch (grade)
    {
    case VD_GRADE_EXCELLENT:
      /* Translators: "Rated <this> in 2023 and 2024" */
      return _("excellent");
    case VD_GRADE_GOOD:
      return _("good or better");
    case VD_GRADE_DONE:
    default:
      return _("completed or better");
    }
}

static const char *
level_phrase (VdInitiativeLevel level)
{
  switch (level)
    {
    case VD_INITIATIVE_LEVEL_NATIONAL:
      /* Translators: "Initiatives at <this> level or higher" */
      return _("national");
    case VD_INITIATIVE_LEVEL_MINISTRY:
      return _("ministry or province");
    case VD_INITIATIVE_LEVEL_BASE:
    default:
      return _("grassroots");
    }
}

/* Grades run excellent < good < done < failed in the enum. */
static gboolean
grade_meets (VdGrade grade,
             VdGrade needed)
{
  return grade != VD_GRADE_NONE && grade <= needed;
}

static VdGrade
grade_at (const VdEligibilityRecord *record,
          int                        year)
{
  for (guint i = 0; i < record->ratings->len; i++)
    {
      VdRating *rating = &g_array_index (record->ratings, VdRating, i);
      if (rating->year == year)
        return rating->grade;
    }
  return VD_GRADE_NONE;
}

static const Award *
award_at (const VdEligibilityRecord *record,
          const char * const        *codes,
          int                        year)
{
  for (guint i = 0; i < record->awards->len; i++)
    {
      const Award *award = &g_array_index (record->awards, Award, i);

      if (award->year != year)
        continue;
      for (guint c = 0; codes[c] != NULL; c++)
        if (award->code == codes[c])
          return award;
    }
  return NULL;
}

static char *
award_label (const Context *ctx,
             const Award   *award)
{
  if (ctx->quiet)
    return NULL;
  if (award->decision != NULL)
    /* Translators: an award a reason used: name, year, decision number */
    return g_strdup_printf (_("%s %d · decision %s"), kind_name (ctx, award->code), award->year, award->decision);
  if (award->id == 0)
    /* Translators: an award the planning report assumes for next year */
    return g_strdup_printf (_("%s %d · assumed"), kind_name (ctx, award->code), award->year);
  return g_strdup_printf (_("%s %d · no decision recorded"), kind_name (ctx, award->code), award->year);
}

static gboolean
period_covers_year (const Period *period,
                    int           year)
{
  g_autofree char *first = g_strdup_printf ("%04d-01-01", year);
  g_autofree char *last = g_strdup_printf ("%04d-12-31", year);

  return strcmp (period->from, last) <= 0 && (period->to == NULL || strcmp (period->to, first) >= 0);
}

static gboolean
on_leave (const VdEligibilityRecord *record,
          int                        year)
{
  for (guint i = 0; i < record->leave->len; i++)
    if (period_covers_year (&g_array_index (record->leave, Period, i), year))
      return TRUE;
  return FALSE;
}

/* "03/2025" from "2025-03-31". */
static char *
month_year (const char *iso)
{
  return g_strdup_printf ("%.2s/%.4s", iso + 5, iso);
}

static int
members (const VdEligibilityRecord *record,
         int                        year,
         const char                *what)
{
  g_autofree char *key = g_strdup_printf ("%d/%s", year, what);

  return GPOINTER_TO_INT (g_hash_table_lookup (record->members, key));
}

static char *
format_share (double share)
{
  /* Translators: a percentage, e.g. "70 %" (a no-break space before %) */
  /* Rounded down, so 597 of 600 never reads as 100 %. */
  return g_strdup_printf (_("%.0f %%"), floor (share * 100.0 + 1e-9));
}

/* ---- Requirements */

static VdEligibilityReason *check_requirement (const Context       *ctx,
                                               const VdRequirement *requirement);

static VdEligibilityReason *
check_streak_title (const Context       *ctx,
                    const VdRequirement *r)
{
  VdEligibilityReason *reason = reason_new ();
  g_autofree char *name = codes_name (ctx, r->codes);
  g_autoptr(GArray) years = g_array_new (FALSE, FALSE, sizeof (int));
  int run = 0;
  int gap;

  for (int y = ctx->year; y >= ctx->floor_year; y--)
    {
      const Award *award = award_at (ctx->record, r->codes, y);
      if (award == NULL)
        break;
      run++;
      g_array_append_val (years, y);
      add_ref (reason, VD_ELIGIBILITY_REF_AWARD, award->id, y, award_label (ctx, award));
    }
  gap = ctx->year - run;

  /* Nothing ending at the year itself: show the run ending the year
   * before, which is what the officer wants to see ("2 of 3"). */
  if (run == 0)
    for (int y = ctx->year - 1; y >= ctx->floor_year; y--)
      {
        const Award *award = award_at (ctx->record, r->codes, y);
        if (award == NULL)
          break;
        g_array_append_val (years, y);
        add_ref (reason, VD_ELIGIBILITY_REF_AWARD, award->id, y, award_label (ctx, award));
      }

  reason->met = run >= r->n;
  if (ctx->quiet)
    return reason;
  if (reason->met)
    {
      g_autofree char *list = format_years (years);
      /* Translators: "Chiến sĩ thi đua cơ sở in 2022, 2023 and 2024: 3 consecutive, 3 needed" */
      reason->text = g_strdup_printf (_("%s in %s: %d consecutive, %d needed"), name, list, run, r->n);
    }
  else if (years->len > 0)
    {
      g_autofree char *list = format_years (years);
      /* Translators: "Chiến sĩ thi đua cơ sở in 2022 and 2023, 2024 missing: 2 of 3 consecutive" */
      reason->text = g_strdup_printf (_("%s in %s, %d missing: %d of %d consecutive"),
                                      name, list, gap, (int) years->len, r->n);
    }
  else
    /* Translators: "Chiến sĩ thi đua cơ sở: none recorded for 2024 or 2023, 3 consecutive needed" */
    reason->text = g_strdup_printf (_("%s: none recorded for %d or %d, %d consecutive needed"),
                                    name, ctx->year, ctx->year - 1, r->n);
  return reason;
}

static VdEligibilityReason *
check_streak_rating (const Context       *ctx,
                     const VdRequirement *r)
{
  VdEligibilityReason *reason = reason_new ();
  g_autoptr(GArray) years = g_array_new (FALSE, FALSE, sizeof (int));
  int run = 0;

  for (int y = ctx->year; y >= ctx->floor_year; y--)
    {
      VdGrade grade = grade_at (ctx->record, y);

      if (grade_meets (grade, r->grade))
        add_ref (reason, VD_ELIGIBILITY_REF_RATING, 0, y,
                 /* Translators: a rating a reason used: year, grade */
                 ctx->quiet ? NULL : g_strdup_printf (_("%d · %s"), y, vd_grade_label (grade)));
      else if (grade == VD_GRADE_NONE && ctx->set->maternity_leave_counts && on_leave (ctx->record, y))
        add_ref (reason, VD_ELIGIBILITY_REF_LEAVE, 0, y,
                 /* Translators: a year counted as worked because of maternity leave */
                 ctx->quiet ? NULL : g_strdup_printf (_("%d · maternity leave, counted as worked"), y));
      else
        break;
      run++;
      g_array_append_val (years, y);
      if (run >= r->n)
        break;
    }

  reason->met = run >= r->n;
  if (ctx->quiet)
    return reason;
  if (run > 0)
    {
      g_autofree char *list = format_years (years);

      if (reason->met)
        /* Translators: "Rated good or better in 2020, 2021, 2022, 2023 and 2024: 5 of 5 consecutive years" */
        reason->text = g_strdup_printf (_("Rated %s in %s: %d of %d consecutive years"),
                                        grade_phrase (r->grade), list, run, r->n);
      else
        /* Translators: "Rated excellent in 2024, not in 2023: 1 of 2 consecutive years" */
        reason->text = g_strdup_printf (_("Rated %s in %s, not in %d: %d of %d consecutive years"),
                                        grade_phrase (r->grade), list, ctx->year - run, run, r->n);
    }
  else
    /* Translators: "Not rated good or better in 2024: 0 of 5 consecutive years" */
    reason->text = g_strdup_printf (_("Not rated %s in %d: 0 of %d consecutive years"),
                                    grade_phrase (r->grade), ctx->year, r->n);
  return reason;
}

static VdEligibilityReason *
check_count_title (const Context       *ctx,
                   const VdRequirement *r)
{
  VdEligibilityReason *reason = reason_new ();
  g_autofree char *name = codes_name (ctx, r->codes);
  g_autoptr(GArray) years = g_array_new (FALSE, FALSE, sizeof (int));
  int from = MAX (ctx->year - r->window + 1, ctx->floor_year);
  g_autofree char *span = ctx->quiet ? NULL : format_span (ctx->year - r->window + 1, ctx->year);

  for (int y = from; y <= ctx->year; y++)
    {
      const Award *award = award_at (ctx->record, r->codes, y);
      if (award == NULL)
        continue;
      g_array_append_val (years, y);
      add_ref (reason, VD_ELIGIBILITY_REF_AWARD, award->id, y, award_label (ctx, award));
    }

  reason->met = (int) years->len >= r->n;
  if (ctx->quiet)
    return reason;
  if (years->len > 0)
    {
      g_autofree char *list = format_years (years);
      /* Translators: "Chiến sĩ thi đua cơ sở in 2021 and 2023: 2 times, 3 needed in 2020–2024" */
      reason->text = g_strdup_printf (ngettext ("%s in %s: %d time, %d needed in %s",
                                                "%s in %s: %d times, %d needed in %s", years->len),
                                      name, list, (int) years->len, r->n, span);
    }
  else
    /* Translators: "Chiến sĩ thi đua cơ sở: none in 2020–2024, 3 needed" */
    reason->text = g_strdup_printf (_("%s: none in %s, %d needed"),
                                    name, span, r->n);
  return reason;
}

static VdEligibilityReason *
check_count_rating (const Context       *ctx,
                    const VdRequirement *r)
{
  VdEligibilityReason *reason = reason_new ();
  g_autoptr(GArray) years = g_array_new (FALSE, FALSE, sizeof (int));
  int from = MAX (ctx->year - r->window + 1, ctx->floor_year);
  g_autofree char *span = ctx->quiet ? NULL : format_span (ctx->year - r->window + 1, ctx->year);

  for (int y = from; y <= ctx->year; y++)
    {
      VdGrade grade = grade_at (ctx->record, y);
      if (!grade_meets (grade, r->grade))
        continue;
      g_array_append_val (years, y);
      add_ref (reason, VD_ELIGIBILITY_REF_RATING, 0, y,
               ctx->quiet ? NULL : g_strdup_printf (_("%d · %s"), y, vd_grade_label (grade)));
    }

  reason->met = (int) years->len >= r->n;
  if (ctx->quiet)
    return reason;
  if (years->len > 0)
    {
      g_autofree char *list = format_years (years);
      /* Translators: "Rated excellent in 2022 and 2023: 2 times, 1 needed in 2020–2024" */
      reason->text = g_strdup_printf (ngettext ("Rated %s in %s: %d time, %d needed in %s",
                                                "Rated %s in %s: %d times, %d needed in %s", years->len),
                                      grade_phrase (r->grade), list, (int) years->len, r->n,
                                      span);
    }
  else
    /* Translators: "Not rated excellent in 2020–2024, 1 needed" */
    reason->text = g_strdup_printf (_("Not rated %s in %s, %d needed"),
                                    grade_phrase (r->grade), span, r->n);
  return reason;
}

static VdEligibilityReason *
check_held_before (const Context       *ctx,
                   const VdRequirement *r)
{
  VdEligibilityReason *reason = reason_new ();
  g_autofree char *name = codes_name (ctx, r->codes);
  int window_start = ctx->year - r->window + 1;
  const Award *before = NULL;
  const Award *inside = NULL;

  for (guint i = 0; i < ctx->record->awards->len; i++)
    {
      const Award *award = &g_array_index (ctx->record->awards, Award, i);
      gboolean wanted = FALSE;

      for (guint c = 0; r->codes[c] != NULL; c++)
        wanted |= award->code == r->codes[c];
      if (!wanted || award->year > ctx->year)
        continue;
      if (award->year < window_start)
        {
          if (before == NULL || award->year > before->year)
            before = award;
        }
      else if (inside == NULL || award->year < inside->year)
        inside = award;
    }

  reason->met = before != NULL;
  if (ctx->quiet)
    return reason;
  if (before != NULL)
    {
      add_ref (reason, VD_ELIGIBILITY_REF_AWARD, before->id, before->year, award_label (ctx, before));
      /* Translators: "Bằng khen của Bộ trưởng received for 2018, before 2020" */
      reason->text = g_strdup_printf (_("%s received for %d, before %d"),
                                      kind_name (ctx, before->code), before->year, window_start);
    }
  else if (inside != NULL)
    {
      add_ref (reason, VD_ELIGIBILITY_REF_AWARD, inside->id, inside->year, award_label (ctx, inside));
      /* Translators: "Bằng khen của Bộ trưởng received for 2022, but one before 2020 is needed" */
      reason->text = g_strdup_printf (_("%s received for %d, but one before %d is needed"),
                                      kind_name (ctx, inside->code), inside->year, window_start);
    }
  else
    /* Translators: "Bằng khen của Bộ trưởng: none recorded before 2020" */
    reason->text = g_strdup_printf (_("%s: none recorded before %d"), name, window_start);
  return reason;
}

static VdEligibilityReason *
check_initiatives (const Context       *ctx,
                   const VdRequirement *r)
{
  VdEligibilityReason *reason = reason_new ();
  g_autoptr(GString) used = g_string_new (NULL);
  int from = MAX (ctx->year - r->window + 1, ctx->floor_year);
  g_autofree char *span = ctx->quiet ? NULL : format_span (ctx->year - r->window + 1, ctx->year);
  int n_free = 0;
  int n_used = 0;

  for (guint i = 0; i < ctx->record->initiatives->len; i++)
    {
      const Initiative *initiative = &g_array_index (ctx->record->initiatives, Initiative, i);

      if (initiative->level < r->level || initiative->year < from || initiative->year > ctx->year)
        continue;
      if (initiative->used_for != NULL)
        {
          n_used++;
          if (ctx->quiet)
            continue;
          if (used->len > 0)
            g_string_append (used, ", ");
          /* Translators: an initiative already used: "“title” for Chiến sĩ thi đua cơ sở" */
          g_string_append_printf (used, _("“%s” for %s"), initiative->title, initiative->used_for);
          continue;
        }
      n_free++;
      add_ref (reason, VD_ELIGIBILITY_REF_INITIATIVE, initiative->id, initiative->year,
               /* Translators: an initiative a reason used: title, year */
               ctx->quiet ? NULL : g_strdup_printf (_("Initiative “%s”, %d"), initiative->title, initiative->year));
    }

  reason->met = n_free >= r->n;
  if (ctx->quiet)
    return reason;
  if (n_free == 0 && n_used == 0)
    /* Translators: "Initiative at ministry or province level or higher in 2022–2024: none recorded" */
    reason->text = g_strdup_printf (_("Initiative at %s level or higher in %s: none recorded"),
                                    level_phrase (r->level), span);
  else if (n_used == 0)
    /* Translators: "Initiatives at grassroots level or higher in 2023–2024 not used for another award: 1 of 2 needed" */
    reason->text = g_strdup_printf (_("Initiatives at %s level or higher in %s not used for another award: %d of %d needed"),
                                    level_phrase (r->level), span, n_free, r->n);
  else
    /* Translators: the same, then the initiatives already used: "(already used: “title” for …)" */
    reason->text = g_strdup_printf (_("Initiatives at %s level or higher in %s not used for another award: %d of %d needed (already used: %s)"),
                                    level_phrase (r->level), span, n_free, r->n,
                                    used->str);
  return reason;
}

static VdEligibilityReason *
check_wait (const Context       *ctx,
            const VdRequirement *r)
{
  VdEligibilityReason *reason = reason_new ();
  g_autofree char *name = codes_name (ctx, r->codes);
  const Award *last = NULL;

  for (guint i = 0; i < ctx->record->awards->len; i++)
    {
      const Award *award = &g_array_index (ctx->record->awards, Award, i);
      gboolean wanted = FALSE;

      for (guint c = 0; r->codes[c] != NULL; c++)
        wanted |= award->code == r->codes[c];
      if (wanted && award->year < ctx->year && (last == NULL || award->year > last->year))
        last = award;
    }

  if (last == NULL)
    {
      reason->met = TRUE;
      if (ctx->quiet)
        return reason;
      /* Translators: "Bằng khen của Thủ tướng Chính phủ: none received before, no waiting period applies" */
      reason->text = g_strdup_printf (_("%s: none received before, no waiting period applies"), name);
      return reason;
    }
  add_ref (reason, VD_ELIGIBILITY_REF_AWARD, last->id, last->year, award_label (ctx, last));
  reason->met = ctx->year - last->year >= r->n;
  if (ctx->quiet)
    return reason;
  /* Translators: "Last Bằng khen của Thủ tướng Chính phủ for 2021: 3 years before, 5 needed" */
  reason->text = g_strdup_printf (_("Last %s for %d: %d years before, %d needed"),
                                  kind_name (ctx, last->code), last->year, ctx->year - last->year, r->n);
  return reason;
}

static gboolean
share_meets (int                  count,
             int                  total,
             const VdRequirement *r)
{
  /* Compare counts, not floating shares: 7 of 10 is exactly 70 %. */
  double needed = r->ratio * total;

  if (r->strictly_more)
    return count > needed + 1e-9;
  return count + 1e-9 >= needed;
}

static VdEligibilityReason *
check_members (const Context       *ctx,
               const VdRequirement *r)
{
  VdEligibilityReason *reason = reason_new ();
  int total = members (ctx->record, ctx->year, "people");
  g_autofree char *what = NULL;
  g_autofree char *name = NULL;
  int count;

  if (r->kind == VD_REQUIREMENT_MEMBERS_RATING)
    {
      g_autofree char *key = g_strdup_printf ("rating:%s", vd_grade_to_string (r->grade));
      count = members (ctx->record, ctx->year, key);
    }
  else
    {
      g_autofree char *key = g_strdup_printf ("title:%s", r->codes[0]);
      count = members (ctx->record, ctx->year, key);
      name = codes_name (ctx, r->codes);
    }

  add_ref (reason, VD_ELIGIBILITY_REF_MEMBERS, 0, ctx->year,
           /* Translators: the unit's people a reason counted: year, number */
           ctx->quiet ? NULL : g_strdup_printf (_("%d · %d people in the unit"), ctx->year, total));

  if (total == 0)
    {
      reason->met = FALSE;
      reason->text = g_strdup (_("No people recorded in this unit"));
      return reason;
    }

  if (r->ratio < 0)
    {
      reason->met = count >= r->n;
      if (ctx->quiet)
        return reason;
      /* Translators: "2 people received Chiến sĩ thi đua cơ sở for 2024, 1 needed" */
      reason->text = g_strdup_printf (_("%d people received %s for %d, %d needed"), count, name, ctx->year, r->n);
      return reason;
    }

  {
    g_autofree char *share = format_share ((double) count / total);
    g_autofree char *needed = format_share (r->ratio);
    g_autofree char *needed_text = r->strictly_more
      /* Translators: "more than 50 %" */
      ? g_strdup_printf (_("more than %s"), needed)
      /* Translators: "at least 70 %" */
      : g_strdup_printf (_("at least %s"), needed);

    reason->met = share_meets (count, total, r);
    if (ctx->quiet)
      return reason;
    if (r->kind == VD_REQUIREMENT_MEMBERS_RATING)
      /* Translators: "18 of 20 people (90 %) rated completed or better in 2024, at least 100 % needed" */
      reason->text = g_strdup_printf (_("%d of %d people (%s) rated %s in %d, %s needed"),
                                      count, total, share, grade_phrase (r->grade), ctx->year, needed_text);
    else
      /* Translators: "14 of 20 people (70 %) received Lao động tiên tiến for 2024, at least 70 % needed" */
      reason->text = g_strdup_printf (_("%d of %d people (%s) received %s for %d, %s needed"),
                                      count, total, share, name, ctx->year, needed_text);
  }
  return reason;
}

static VdEligibilityReason *
check_any_of (const Context       *ctx,
              const VdRequirement *r)
{
  VdEligibilityReason *reason = reason_new ();
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < r->alternatives->len; i++)
    {
      VdEligibilityReason *alternative = check_requirement (ctx, g_ptr_array_index (r->alternatives, i));

      if (!ctx->quiet)
        {
          if (i > 0)
            /* Translators: between the alternatives of a requirement met by any one of them */
            g_string_append (text, _("; or "));
          g_string_append (text, alternative->text);
        }
      reason->met |= alternative->met;
      reason->unconfirmed |= alternative->unconfirmed;
      for (guint j = 0; j < alternative->refs->len; j++)
        g_ptr_array_add (reason->refs, g_ptr_array_steal_index (alternative->refs, j--));
      reason_free (alternative);
    }
  if (!ctx->quiet)
    /* Translators: a requirement met by any one of its alternatives: "One of: A; or B" */
    reason->text = g_strdup_printf (_("One of: %s"), text->str);
  return reason;
}

static VdEligibilityReason *
check_requirement (const Context       *ctx,
                   const VdRequirement *requirement)
{
  VdEligibilityReason *reason = NULL;

  switch (requirement->kind)
    {
    case VD_REQUIREMENT_STREAK_TITLE:
      reason = check_streak_title (ctx, requirement);
      break;
    case VD_REQUIREMENT_STREAK_RATING:
      reason = check_streak_rating (ctx, requirement);
      break;
    case VD_REQUIREMENT_COUNT_TITLE:
      reason = check_count_title (ctx, requirement);
      break;
    case VD_REQUIREMENT_COUNT_RATING:
      reason = check_count_rating (ctx, requirement);
      break;
    case VD_REQUIREMENT_HELD_BEFORE:
      reason = check_held_before (ctx, requirement);
      break;
    case VD_REQUIREMENT_INITIATIVES:
      reason = check_initiatives (ctx, requirement);
      break;
    case VD_REQUIREMENT_WAIT:
      reason = check_wait (ctx, requirement);
      break;
    case VD_REQUIREMENT_MEMBERS_RATING:
    case VD_REQUIREMENT_MEMBERS_TITLE:
      reason = check_members (ctx, requirement);
      break;
    case VD_REQUIREMENT_ANY_OF:
    default:
      reason = check_any_of (ctx, requirement);
      break;
    }
  if (requirement->param != NULL && requirement->param->unconfirmed)
    reason->unconfirmed = TRUE;
  return reason;
}

/* ---- Results */

const char *
vd_eligibility_status_label (VdEligibilityStatus status)
{
  switch (status)
    {
    case VD_ELIGIBILITY_ELIGIBLE:
      return _("Eligible");
    case VD_ELIGIBILITY_NOT_YET:
      return _("Not yet");
    case VD_ELIGIBILITY_BLOCKED:
      return _("Blocked");
    case VD_ELIGIBILITY_NO_RULE:
    default:
      return _("No rule");
    }
}

void
vd_eligibility_result_free (VdEligibilityResult *result)
{
  if (result == NULL)
    return;
  g_free (result->award_code);
  g_free (result->award_name);
  g_free (result->basis);
  g_free (result->note);
  g_free (result->rule_set_id);
  g_free (result->rule_set_title);
  g_ptr_array_unref (result->reasons);
  g_free (result);
}

static char *
join_reasons (const VdEligibilityResult *result,
              gboolean                   met)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < result->reasons->len; i++)
    {
      VdEligibilityReason *reason = g_ptr_array_index (result->reasons, i);

      if (reason->met != met)
        continue;
      if (text->len > 0)
        g_string_append (text, "; ");
      g_string_append (text, reason->text);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * vd_eligibility_result_dup_missing:
 *
 * Returns: (transfer full): the requirements not met, in plain words
 */
char *
vd_eligibility_result_dup_missing (const VdEligibilityResult *result)
{
  return join_reasons (result, FALSE);
}

char *
vd_eligibility_result_dup_met (const VdEligibilityResult *result)
{
  return join_reasons (result, TRUE);
}

static VdEligibilityResult *
result_new (const Context *ctx,
            const char    *code)
{
  VdEligibilityResult *result = g_new0 (VdEligibilityResult, 1);
  const char * const codes[] = { g_intern_string (code), NULL };

  result->award_code = g_strdup (code);
  result->award_name = ctx->quiet ? NULL : g_strdup (kind_name (ctx, code));
  result->year = ctx->year;
  if (!ctx->quiet)
    {
      result->rule_set_id = g_strdup (ctx->set->id);
      result->rule_set_title = g_strdup (ctx->set->title);
    }
  result->reasons = g_ptr_array_new_with_free_func ((GDestroyNotify) reason_free);
  result->awarded = award_at (ctx->record, codes, ctx->year) != NULL;
  return result;
}

/* Under discipline on the evaluation date blocks the proposal; a discipline
 * that ended earlier moves the first year that counts to the next one
 * (NĐ 98/2023 Điều 4, reference.md §2.2). */
static VdEligibilityReason *
check_discipline (Context *ctx)
{
  g_autofree char *date = g_strdup_printf ("%04d-12-31", ctx->year);
  VdEligibilityReason *blocked = NULL;

  for (guint i = 0; i < ctx->record->discipline->len; i++)
    {
      const Period *period = &g_array_index (ctx->record->discipline, Period, i);

      if (strcmp (period->from, date) > 0)
        continue;
      if (period->to == NULL || strcmp (period->to, date) >= 0)
        {
          g_autofree char *label = NULL;

          g_clear_pointer (&blocked, reason_free);
          blocked = reason_new ();
          if (period->to != NULL)
            {
              g_autofree char *until = month_year (period->to);
              /* Translators: "Under discipline until 03/2025" */
              blocked->text = g_strdup_printf (_("Under discipline until %s"), until);
            }
          else
            {
              g_autofree char *since = month_year (period->from);
              /* Translators: "Under discipline since 03/2024, no end recorded" */
              blocked->text = g_strdup_printf (_("Under discipline since %s, no end recorded"), since);
            }
          label = period->note ? g_strdup (period->note) : g_strdup (blocked->text);
          add_ref (blocked, VD_ELIGIBILITY_REF_DISCIPLINE, 0, ctx->year, g_steal_pointer (&label));
        }
      else
        ctx->floor_year = MAX (ctx->floor_year, (int) g_ascii_strtoll (period->to, NULL, 10) + 1);
    }
  return blocked;
}

static VdEligibilityResult *check_rule (const VdEligibilityRecord *record,
                                       const VdRuleSet           *set,
                                       const VdRule              *rule,
                                       const char                *code,
                                       int                        year,
                                       const VdEligibilityKinds  *kinds,
                                       gboolean                   quiet);

/**
 * vd_eligibility_check:
 * @kinds: (nullable): award names for the reasons; codes are shown without
 *
 * Checks @record against the rule for award kind @code in @set for
 * achievements of @year.
 *
 * Returns: (transfer full): the result; %VD_ELIGIBILITY_NO_RULE when @set
 *   has no rule for @code or the rule is for the other kind of subject
 */
VdEligibilityResult *
vd_eligibility_check (const VdEligibilityRecord *record,
                      const VdRuleSet           *set,
                      const char                *code,
                      int                        year,
                      const VdEligibilityKinds  *kinds)
{
  g_return_val_if_fail (record != NULL && set != NULL && code != NULL, NULL);

  return check_rule (record, set, vd_rule_set_lookup (set, code), code, year, kinds, FALSE);
}

/**
 * vd_eligibility_check_quiet:
 *
 * As vd_eligibility_check() with the rule already looked up, but only the
 * status: the reasons carry no text and no records. For bulk work (the
 * planning report), which then asks again for the few results it shows.
 */
VdEligibilityResult *
vd_eligibility_check_quiet (const VdEligibilityRecord *record,
                            const VdRuleSet           *set,
                            const VdRule              *rule,
                            int                        year)
{
  return check_rule (record, set, rule, rule->code, year, NULL, TRUE);
}

static VdEligibilityResult *
check_rule (const VdEligibilityRecord *record,
            const VdRuleSet           *set,
            const VdRule              *rule,
            const char                *code,
            int                        year,
            const VdEligibilityKinds  *kinds,
            gboolean                   quiet)
{
  Context ctx = { record, set, kinds, year, 0, quiet };
  VdEligibilityResult *result;
  gboolean all_met = TRUE;

  result = result_new (&ctx, code);
  if (rule == NULL || rule->subject != record->subject)
    {
      result->status = VD_ELIGIBILITY_NO_RULE;
      return result;
    }
  result->basis = g_strdup (rule->basis);
  result->note = g_strdup (rule->note);
  result->unconfirmed = rule->unconfirmed;

  /* Titles under an earlier legal basis count unless the set says not
   * (Bộ Nội vụ counts them, reference.md §2.2). */
  if (!set->streaks_cross_bases)
    ctx.floor_year = (int) g_ascii_strtoll (set->in_force_from, NULL, 10);

  if (rule->discipline_blocks)
    {
      int floor_before = ctx.floor_year;
      VdEligibilityReason *blocked = check_discipline (&ctx);

      if (blocked != NULL)
        {
          result->status = VD_ELIGIBILITY_BLOCKED;
          g_ptr_array_add (result->reasons, blocked);
        }
      else if (ctx.floor_year > floor_before)
        {
          VdEligibilityReason *note = reason_new ();

          note->met = TRUE;
          /* Translators: "A discipline ended in 2022: only achievements from 2023 count" */
          note->text = g_strdup_printf (_("A discipline ended in %d: only achievements from %d count"),
                                        ctx.floor_year - 1, ctx.floor_year);
          add_ref (note, VD_ELIGIBILITY_REF_DISCIPLINE, 0, ctx.floor_year - 1, g_strdup (note->text));
          g_ptr_array_add (result->reasons, note);
        }
    }

  for (guint i = 0; i < rule->requirements->len; i++)
    {
      VdEligibilityReason *reason = check_requirement (&ctx, g_ptr_array_index (rule->requirements, i));

      all_met &= reason->met;
      result->unconfirmed |= reason->unconfirmed;
      g_ptr_array_add (result->reasons, reason);
    }

  if (result->status != VD_ELIGIBILITY_BLOCKED)
    result->status = all_met ? VD_ELIGIBILITY_ELIGIBLE : VD_ELIGIBILITY_NOT_YET;
  return result;
}

/**
 * vd_eligibility_check_all:
 *
 * Checks @record for every award kind of the catalogue @kinds for its kind
 * of subject, in catalogue order; kinds without a rule come back as
 * %VD_ELIGIBILITY_NO_RULE.
 *
 * Returns: (transfer full) (element-type VdEligibilityResult): the results
 */
GPtrArray *
vd_eligibility_check_all (const VdEligibilityRecord *record,
                          const VdRuleSet           *set,
                          int                        year,
                          const VdEligibilityKinds  *kinds)
{
  GPtrArray *results = g_ptr_array_new_with_free_func ((GDestroyNotify) vd_eligibility_result_free);

  for (guint i = 0; i < kinds->list->len; i++)
    {
      Kind *kind = g_ptr_array_index (kinds->list, i);
      VdEligibilityResult *result;

      if (kind->subject != record->subject)
        continue;
      result = vd_eligibility_check (record, set, kind->code, year, kinds);
      result->rank = kind->rank;
      g_ptr_array_add (results, result);
    }
  return results;
}

/* ---- Records */

VdEligibilityRecord *
vd_eligibility_record_new (VdRuleSubject  subject,
                           gint64         id,
                           const char    *name)
{
  VdEligibilityRecord *record = g_new0 (VdEligibilityRecord, 1);

  record->subject = subject;
  record->id = id;
  record->name = g_strdup (name ? name : "");
  record->unit_name = g_strdup ("");
  record->ratings = g_array_new (FALSE, FALSE, sizeof (VdRating));
  record->awards = g_array_new (FALSE, FALSE, sizeof (Award));
  g_array_set_clear_func (record->awards, (GDestroyNotify) award_clear);
  record->initiatives = g_array_new (FALSE, FALSE, sizeof (Initiative));
  g_array_set_clear_func (record->initiatives, (GDestroyNotify) initiative_clear);
  record->discipline = g_array_new (FALSE, FALSE, sizeof (Period));
  g_array_set_clear_func (record->discipline, (GDestroyNotify) period_clear);
  record->leave = g_array_new (FALSE, FALSE, sizeof (Period));
  g_array_set_clear_func (record->leave, (GDestroyNotify) period_clear);
  record->members = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  return record;
}

void
vd_eligibility_record_free (VdEligibilityRecord *record)
{
  if (record == NULL)
    return;
  g_free (record->name);
  g_free (record->unit_name);
  g_array_unref (record->ratings);
  g_array_unref (record->awards);
  g_array_unref (record->initiatives);
  g_array_unref (record->discipline);
  g_array_unref (record->leave);
  g_hash_table_unref (record->members);
  g_free (record);
}

VdRuleSubject
vd_eligibility_record_get_subject (const VdEligibilityRecord *record)
{
  return record->subject;
}

gint64
vd_eligibility_record_get_id (const VdEligibilityRecord *record)
{
  return record->id;
}

const char *
vd_eligibility_record_get_name (const VdEligibilityRecord *record)
{
  return record->name;
}

gint64
vd_eligibility_record_get_unit_id (const VdEligibilityRecord *record)
{
  return record->unit_id;
}

const char *
vd_eligibility_record_get_unit_name (const VdEligibilityRecord *record)
{
  return record->unit_name;
}

void
vd_eligibility_record_set_unit (VdEligibilityRecord *record,
                                gint64               unit_id,
                                const char          *unit_name)
{
  record->unit_id = unit_id;
  g_free (record->unit_name);
  record->unit_name = g_strdup (unit_name ? unit_name : "");
}

/* One grade per year, as the archive keeps it: a later one replaces. */
void
vd_eligibility_record_add_rating (VdEligibilityRecord *record,
                                  int                  year,
                                  VdGrade              grade)
{
  VdRating rating = { year, grade };

  for (guint i = 0; i < record->ratings->len; i++)
    if (g_array_index (record->ratings, VdRating, i).year == year)
      {
        g_array_index (record->ratings, VdRating, i).grade = grade;
        return;
      }
  g_array_append_val (record->ratings, rating);
}

/**
 * vd_eligibility_record_add_award:
 * @id: the award's row id, 0 for one that is not in an archive
 * @decision_number: (nullable): its decision, shown in reasons
 *
 * Adds an award that counts; leave revoked ones out.
 */
void
vd_eligibility_record_add_award (VdEligibilityRecord *record,
                                 gint64               id,
                                 const char          *code,
                                 int                  year,
                                 const char          *decision_number)
{
  Award award = { id, g_intern_string (code), year, g_strdup (decision_number) };

  g_array_append_val (record->awards, award);
}

void
vd_eligibility_record_add_initiative (VdEligibilityRecord *record,
                                      gint64               id,
                                      const char          *title,
                                      int                  year,
                                      VdInitiativeLevel    level,
                                      const char          *used_for)
{
  Initiative initiative = { id, g_strdup (title ? title : ""), year, level, g_strdup (used_for) };

  g_array_append_val (record->initiatives, initiative);
}

/**
 * vd_eligibility_record_add_discipline:
 * @from: ISO date the discipline started
 * @to: (nullable): ISO date it ends, %NULL while open
 *
 * The archive's schema keeps no discipline; records built from other
 * sources (and the tests) add them here.
 */
void
vd_eligibility_record_add_discipline (VdEligibilityRecord *record,
                                      const char          *from,
                                      const char          *to,
                                      const char          *note)
{
  Period period = { g_strdup (from), g_strdup (to), g_strdup (note) };

  g_array_append_val (record->discipline, period);
}

void
vd_eligibility_record_add_leave (VdEligibilityRecord *record,
                                 const char          *from,
                                 const char          *to)
{
  Period period = { g_strdup (from), g_strdup (to), NULL };

  g_array_append_val (record->leave, period);
}

/**
 * vd_eligibility_record_set_members:
 * @what: "people" (everyone in the unit), "rating:GRADE" (rated GRADE or
 *   better) or "title:CODE" (people holding the title for @year)
 *
 * Counts of a unit's people, for the "members" requirements.
 */
void
vd_eligibility_record_set_members (VdEligibilityRecord *record,
                                   int                  year,
                                   const char          *what,
                                   int                  count)
{
  g_hash_table_insert (record->members, g_strdup_printf ("%d/%s", year, what), GINT_TO_POINTER (count));
}

gboolean
vd_eligibility_record_has_award (const VdEligibilityRecord *record,
                                 const char                *code,
                                 int                        year)
{
  const char * const codes[] = { g_intern_string (code), NULL };

  return award_at (record, codes, year) != NULL;
}

/**
 * vd_eligibility_record_project:
 *
 * The record as it would be at @year + 1 if the person or unit kept their
 * rating of @year and repeated the titles @set keeps (keep-titles): what
 * the planning report's "1 year away" assumes. Initiatives are not
 * assumed.
 *
 * Returns: (transfer full): a new record
 */
VdEligibilityRecord *
vd_eligibility_record_project (const VdEligibilityRecord *record,
                               const VdRuleSet           *set,
                               int                        year)
{
  VdEligibilityRecord *next = vd_eligibility_record_new (record->subject, record->id, record->name);
  GHashTableIter iter;
  gpointer key, value;
  VdGrade grade;

  vd_eligibility_record_set_unit (next, record->unit_id, record->unit_name);
  for (guint i = 0; i < record->ratings->len; i++)
    g_array_append_val (next->ratings, g_array_index (record->ratings, VdRating, i));
  for (guint i = 0; i < record->awards->len; i++)
    {
      const Award *award = &g_array_index (record->awards, Award, i);
      vd_eligibility_record_add_award (next, award->id, award->code, award->year, award->decision);
    }
  for (guint i = 0; i < record->initiatives->len; i++)
    {
      const Initiative *initiative = &g_array_index (record->initiatives, Initiative, i);
      vd_eligibility_record_add_initiative (next, initiative->id, initiative->title, initiative->year,
                                            initiative->level, initiative->used_for);
    }
  for (guint i = 0; i < record->discipline->len; i++)
    {
      const Period *period = &g_array_index (record->discipline, Period, i);
      vd_eligibility_record_add_discipline (next, period->from, period->to, period->note);
    }
  for (guint i = 0; i < record->leave->len; i++)
    {
      const Period *period = &g_array_index (record->leave, Period, i);
      vd_eligibility_record_add_leave (next, period->from, period->to);
    }
  g_hash_table_iter_init (&iter, record->members);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (next->members, g_strdup (key), value);

  grade = grade_at (record, year);
  if (grade != VD_GRADE_NONE && grade_at (record, year + 1) == VD_GRADE_NONE)
    vd_eligibility_record_add_rating (next, year + 1, grade);

  for (guint c = 0; set->keep_titles != NULL && set->keep_titles[c] != NULL; c++)
    {
      const char * const codes[] = { set->keep_titles[c], NULL };

      if (award_at (record, codes, year) != NULL && award_at (record, codes, year + 1) == NULL)
        vd_eligibility_record_add_award (next, 0, codes[0], year + 1, NULL);
    }

  /* The unit's people are assumed to do next year as this year. */
  g_hash_table_iter_init (&iter, record->members);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      int key_year = (int) g_ascii_strtoll (key, NULL, 10);
      const char *what = strchr (key, '/');

      if (key_year == year && what != NULL)
        {
          g_autofree char *next_key = g_strdup_printf ("%d%s", year + 1, what);
          if (!g_hash_table_contains (next->members, next_key))
            g_hash_table_insert (next->members, g_steal_pointer (&next_key), value);
        }
    }
  return next;
}

/* ---- Award kinds */

static void
kind_free (Kind *kind)
{
  g_free (kind->code);
  g_free (kind->name);
  g_free (kind);
}

VdEligibilityKinds *
vd_eligibility_kinds_new (void)
{
  VdEligibilityKinds *kinds = g_new0 (VdEligibilityKinds, 1);

  kinds->list = g_ptr_array_new_with_free_func ((GDestroyNotify) kind_free);
  kinds->by_code = g_hash_table_new (g_direct_hash, g_direct_equal);
  return kinds;
}

void
vd_eligibility_kinds_free (VdEligibilityKinds *kinds)
{
  if (kinds == NULL)
    return;
  g_ptr_array_unref (kinds->list);
  g_hash_table_unref (kinds->by_code);
  g_free (kinds);
}

void
vd_eligibility_kinds_add (VdEligibilityKinds *kinds,
                          const char         *code,
                          const char         *name,
                          VdRuleSubject       subject,
                          int                 rank)
{
  Kind *kind = g_new0 (Kind, 1);

  kind->code = g_strdup (code);
  kind->name = g_strdup (name);
  kind->subject = subject;
  kind->rank = rank;
  g_ptr_array_add (kinds->list, kind);
  g_hash_table_insert (kinds->by_code, (gpointer) g_intern_string (code), kind);
}

const char *
vd_eligibility_kinds_get_name (const VdEligibilityKinds *kinds,
                               const char               *code)
{
  Kind *kind = g_hash_table_lookup (kinds->by_code, g_intern_string (code));

  return kind ? kind->name : NULL;
}
