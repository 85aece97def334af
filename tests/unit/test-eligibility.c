/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "vd-eligibility.h"
#include "vd-rules.h"

/* Table-driven checks of every rule in the shipped rule sets: a minimal
 * record that just passes, and for each requirement one that fails exactly
 * there, with the reason text expected. Records are written in a small
 * notation, one token per fact:
 *
 *   r2024=good          rating of a year
 *   a2024=CSTDCS        an award for a year
 *   i2024=ministry      an initiative (":used" when already used)
 *   L2024               maternity leave covering the year
 *   d2024-03-01..2025-03-31   a discipline (end may be empty)
 *   m2024:title:LDTT=7  a count of the unit's people ("people", "rating:done", …)
 *
 * Years in a case are shifted by the table's offset, so one table serves
 * NĐ 98/2023 (2024) and NĐ 152/2025 (2025), which share their rules. */

typedef struct
{
  const char          *code;
  const char          *record;
  VdEligibilityStatus  status;
  const char          *reason;   /* substring of some reason, or NULL */
} Case;

static GPtrArray *sets;

static char *
shift_years (const char *text,
             int         offset)
{
  g_autoptr(GString) out = g_string_new (NULL);

  /* Every four-digit number from 2000 to 2099 is a year here. */
  for (const char *p = text; *p; )
    {
      if (p[0] == '2' && p[1] == '0' && g_ascii_isdigit (p[2]) && g_ascii_isdigit (p[3])
          && !g_ascii_isdigit (p[4]) && (p == text || !g_ascii_isdigit (p[-1])))
        {
          g_string_append_printf (out, "%d", (int) g_ascii_strtoll (p, NULL, 10) + offset);
          p += 4;
        }
      else
        g_string_append_c (out, *p++);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static VdEligibilityRecord *
build_record (VdRuleSubject  subject,
              const char    *spec,
              int            offset)
{
  g_autofree char *shifted = shift_years (spec, offset);
  g_auto(GStrv) tokens = g_strsplit (shifted, " ", -1);
  VdEligibilityRecord *record = vd_eligibility_record_new (subject, 1, "Test");
  gint64 next_id = 100;

  for (guint i = 0; tokens[i] != NULL; i++)
    {
      const char *t = tokens[i];
      int year = (int) g_ascii_strtoll (t + 1, NULL, 10);
      const char *value = strchr (t, '=');

      if (t[0] == '\0')
        continue;
      switch (t[0])
        {
        case 'r':
          vd_eligibility_record_add_rating (record, year, vd_grade_from_string (value + 1));
          break;
        case 'a':
          vd_eligibility_record_add_award (record, next_id++, value + 1, year, "1/QĐ-TEST");
          break;
        case 'i':
          {
            g_auto(GStrv) parts = g_strsplit (value + 1, ":", 2);
            vd_eligibility_record_add_initiative (record, next_id++, "Sáng kiến", year,
                                                  vd_initiative_level_from_string (parts[0]),
                                                  parts[1] ? "Chiến sĩ thi đua cơ sở" : NULL);
          }
          break;
        case 'L':
          {
            g_autofree char *from = g_strdup_printf ("%d-01-01", year);
            g_autofree char *to = g_strdup_printf ("%d-12-31", year);
            vd_eligibility_record_add_leave (record, from, to);
          }
          break;
        case 'd':
          {
            g_auto(GStrv) parts = g_strsplit (t + 1, "..", 2);
            vd_eligibility_record_add_discipline (record, parts[0],
                                                  parts[1] && parts[1][0] ? parts[1] : NULL, "Khiển trách");
          }
          break;
        case 'm':
          {
            g_autofree char *what = g_strndup (t + 6, value - (t + 6));
            vd_eligibility_record_set_members (record, year, what, (int) g_ascii_strtoll (value + 1, NULL, 10));
          }
          break;
        default:
          g_error ("bad token %s", t);
        }
    }
  return record;
}

static VdEligibilityKinds *
test_kinds (void)
{
  VdEligibilityKinds *kinds = vd_eligibility_kinds_new ();

  vd_eligibility_kinds_add (kinds, "LDTT", "Lao động tiên tiến", VD_RULE_SUBJECT_PERSON, 10);
  vd_eligibility_kinds_add (kinds, "CSTDCS", "Chiến sĩ thi đua cơ sở", VD_RULE_SUBJECT_PERSON, 20);
  vd_eligibility_kinds_add (kinds, "CSTD_BO", "Chiến sĩ thi đua cấp Bộ", VD_RULE_SUBJECT_PERSON, 30);
  vd_eligibility_kinds_add (kinds, "CSTD_TQ", "Chiến sĩ thi đua toàn quốc", VD_RULE_SUBJECT_PERSON, 40);
  vd_eligibility_kinds_add (kinds, "BK_BO", "Bằng khen của Bộ trưởng", VD_RULE_SUBJECT_PERSON, 35);
  vd_eligibility_kinds_add (kinds, "BK_TTG", "Bằng khen của Thủ tướng Chính phủ", VD_RULE_SUBJECT_PERSON, 45);
  vd_eligibility_kinds_add (kinds, "HCLD3", "Huân chương Lao động hạng Ba", VD_RULE_SUBJECT_PERSON, 50);
  vd_eligibility_kinds_add (kinds, "TTLDTT", "Tập thể lao động tiên tiến", VD_RULE_SUBJECT_UNIT, 10);
  vd_eligibility_kinds_add (kinds, "TTLDXS", "Tập thể lao động xuất sắc", VD_RULE_SUBJECT_UNIT, 20);
  return kinds;
}

static void
run_case (const VdRuleSet *set,
          const Case      *c,
          int              year,
          int              offset)
{
  g_autoptr(VdEligibilityKinds) kinds = test_kinds ();
  const VdRule *rule = vd_rule_set_lookup (set, c->code);
  g_autoptr(VdEligibilityRecord) record = NULL;
  g_autoptr(VdEligibilityResult) result = NULL;
  g_autofree char *expected = c->reason ? shift_years (c->reason, offset) : NULL;
  gboolean found = expected == NULL;

  g_assert_nonnull (rule);
  record = build_record (rule->subject, c->record, offset);
  result = vd_eligibility_check (record, set, c->code, year, kinds);

  for (guint i = 0; i < result->reasons->len; i++)
    {
      VdEligibilityReason *reason = g_ptr_array_index (result->reasons, i);

      g_test_message ("%s %s [%s]: %s%s", set->id, c->code, c->record, reason->met ? "✓ " : "✗ ", reason->text);
      if (expected != NULL && strstr (reason->text, expected) != NULL)
        found = TRUE;
    }
  if (result->status != c->status || !found)
    g_error ("%s %s for %d with [%s]: status %s, expected %s; reason “%s” %s",
             set->id, c->code, year, c->record, vd_eligibility_status_label (result->status),
             vd_eligibility_status_label (c->status), expected ? expected : "", found ? "found" : "missing");
}

/* Luật 2022 with NĐ 98/2023 (evaluated for 2024) and NĐ 152/2025 (2025). */
static const Case law_2022[] = {
  { "LDTT", "r2024=good", VD_ELIGIBILITY_ELIGIBLE, "Rated good or better in 2024: 1 of 1 consecutive years" },
  { "LDTT", "r2024=done", VD_ELIGIBILITY_NOT_YET, "Not rated good or better in 2024: 0 of 1 consecutive years" },
  { "LDTT", "r2024=good d2024-06-01..2025-03-31", VD_ELIGIBILITY_BLOCKED, "Under discipline until 03/2025" },

  { "CSTDCS", "r2024=excellent", VD_ELIGIBILITY_ELIGIBLE, NULL },
  { "CSTDCS", "r2024=good i2024=base", VD_ELIGIBILITY_ELIGIBLE, "not used for another award: 1 of 1 needed" },
  { "CSTDCS", "r2024=good", VD_ELIGIBILITY_NOT_YET, "One of: Not rated excellent in 2024: 0 of 1 consecutive years; or Initiative at grassroots level or higher in 2024: none recorded" },
  { "CSTDCS", "r2024=good i2024=base:used", VD_ELIGIBILITY_NOT_YET, "already used" },
  { "CSTDCS", "r2024=done i2024=base", VD_ELIGIBILITY_NOT_YET, "Not rated good or better in 2024" },

  { "CSTD_BO", "a2022=CSTDCS a2023=CSTDCS a2024=CSTDCS i2023=ministry", VD_ELIGIBILITY_ELIGIBLE,
    "Chiến sĩ thi đua cơ sở in 2022, 2023 and 2024: 3 consecutive, 3 needed" },
  { "CSTD_BO", "a2022=CSTDCS a2023=CSTDCS i2023=ministry", VD_ELIGIBILITY_NOT_YET,
    "Chiến sĩ thi đua cơ sở in 2022 and 2023, 2024 missing: 2 of 3 consecutive" },
  /* a year gap breaks the streak */
  { "CSTD_BO", "a2021=CSTDCS a2023=CSTDCS a2024=CSTDCS i2023=ministry", VD_ELIGIBILITY_NOT_YET,
    "Chiến sĩ thi đua cơ sở in 2023 and 2024, 2022 missing: 2 of 3 consecutive" },
  { "CSTD_BO", "a2022=CSTDCS a2023=CSTDCS a2024=CSTDCS", VD_ELIGIBILITY_NOT_YET,
    "Initiative at ministry or province level or higher in 2022–2024: none recorded" },
  { "CSTD_BO", "a2022=CSTDCS a2023=CSTDCS a2024=CSTDCS i2023=base", VD_ELIGIBILITY_NOT_YET,
    "none recorded" },
  { "CSTD_BO", "a2022=CSTDCS a2023=CSTDCS a2024=CSTDCS i2023=ministry:used", VD_ELIGIBILITY_NOT_YET,
    "0 of 1 needed (already used: “Sáng kiến” for Chiến sĩ thi đua cơ sở)" },
  { "CSTD_BO", "a2022=CSTDCS a2023=CSTDCS a2024=CSTDCS i2023=ministry d2022-03-01..2022-06-30",
    VD_ELIGIBILITY_NOT_YET, "A discipline ended in 2022: only achievements from 2023 count" },

  { "CSTD_TQ", "a2023=CSTD_BO a2024=CSTD_BO i2024=national", VD_ELIGIBILITY_ELIGIBLE, NULL },
  { "CSTD_TQ", "a2024=CSTD_BO i2024=national", VD_ELIGIBILITY_NOT_YET,
    "Chiến sĩ thi đua cấp Bộ in 2024, 2023 missing: 1 of 2 consecutive" },
  { "CSTD_TQ", "a2023=CSTD_BO a2024=CSTD_BO i2024=ministry", VD_ELIGIBILITY_NOT_YET,
    "Initiative at national level or higher in 2019–2024: none recorded" },

  { "BK_BO", "a2023=CSTDCS a2024=CSTDCS i2023=base i2024=base", VD_ELIGIBILITY_ELIGIBLE, NULL },
  { "BK_BO", "r2023=excellent r2024=excellent i2023=base i2024=base", VD_ELIGIBILITY_ELIGIBLE,
    "Rated excellent in 2023 and 2024: 2 of 2 consecutive years" },
  { "BK_BO", "a2023=CSTDCS a2024=CSTDCS i2024=base", VD_ELIGIBILITY_NOT_YET, "1 of 2 needed" },
  { "BK_BO", "a2024=CSTDCS r2023=good r2024=excellent i2023=base i2024=base", VD_ELIGIBILITY_NOT_YET,
    "Rated excellent in 2024, not in 2023: 1 of 2 consecutive years" },

  { "BK_TTG", "a2018=BK_BO r2020=good r2021=good r2022=good r2023=good r2024=good "
              "a2020=CSTDCS a2022=CSTDCS a2024=CSTDCS", VD_ELIGIBILITY_ELIGIBLE, NULL },
  { "BK_TTG", "a2021=BK_BO r2020=good r2021=good r2022=good r2023=good r2024=good "
              "a2020=CSTDCS a2022=CSTDCS a2024=CSTDCS", VD_ELIGIBILITY_NOT_YET,
    "Bằng khen của Bộ trưởng received for 2021, but one before 2020 is needed" },
  { "BK_TTG", "a2018=BK_BO r2020=good r2021=good r2022=done r2023=good r2024=good "
              "a2020=CSTDCS a2022=CSTDCS a2024=CSTDCS", VD_ELIGIBILITY_NOT_YET,
    "Rated good or better in 2023 and 2024, not in 2022: 2 of 5 consecutive years" },
  /* maternity leave counts as worked time */
  { "BK_TTG", "a2018=BK_BO r2020=good r2021=good L2022 r2023=good r2024=good "
              "a2020=CSTDCS a2022=CSTDCS a2024=CSTDCS", VD_ELIGIBILITY_ELIGIBLE, NULL },
  { "BK_TTG", "a2018=BK_BO r2020=good r2021=good r2023=good r2024=good "
              "a2020=CSTDCS a2022=CSTDCS a2024=CSTDCS", VD_ELIGIBILITY_NOT_YET, "not in 2022" },
  { "BK_TTG", "a2018=BK_BO r2020=good r2021=good r2022=good r2023=good r2024=good "
              "a2020=CSTDCS a2024=CSTDCS", VD_ELIGIBILITY_NOT_YET,
    "Chiến sĩ thi đua cơ sở in 2020 and 2024: 2 times, 3 needed in 2020–2024" },

  { "HCLD3", "a2019=BK_TTG r2020=good r2021=good r2022=excellent r2023=good r2024=good "
             "a2020=CSTDCS a2022=CSTDCS a2024=CSTDCS", VD_ELIGIBILITY_ELIGIBLE, NULL },
  { "HCLD3", "r2020=good r2021=good r2022=excellent r2023=good r2024=good "
             "a2020=CSTDCS a2022=CSTDCS a2024=CSTDCS", VD_ELIGIBILITY_NOT_YET,
    "Bằng khen của Thủ tướng Chính phủ: none recorded before 2020" },
  { "HCLD3", "a2019=BK_TTG r2020=good r2021=good r2022=good r2023=good r2024=good "
             "a2020=CSTDCS a2022=CSTDCS a2024=CSTDCS", VD_ELIGIBILITY_NOT_YET,
    "Not rated excellent in 2020–2024, 1 needed" },
  { "HCLD3", "a2019=BK_TTG r2020=good r2021=good r2022=excellent r2023=good r2024=good "
             "a2020=CSTDCS a2024=CSTDCS", VD_ELIGIBILITY_NOT_YET, "2 times, 3 needed" },
  { "HCLD3", "a2019=BK_TTG r2021=good r2022=excellent r2023=good r2024=good "
             "a2020=CSTDCS a2022=CSTDCS a2024=CSTDCS", VD_ELIGIBILITY_NOT_YET, "4 of 5 consecutive years" },

  { "TTLDTT", "r2024=good m2024:people=10 m2024:title:LDTT=6", VD_ELIGIBILITY_ELIGIBLE, NULL },
  { "TTLDTT", "r2024=good m2024:people=10 m2024:title:LDTT=5", VD_ELIGIBILITY_NOT_YET,
    "5 of 10 people (50 %) received Lao động tiên tiến for 2024, more than 50 % needed" },
  { "TTLDTT", "r2024=done m2024:people=10 m2024:title:LDTT=6", VD_ELIGIBILITY_NOT_YET, "Not rated good or better" },

  { "TTLDXS", "r2024=excellent m2024:people=10 m2024:rating:done=10 m2024:title:LDTT=7 m2024:title:CSTDCS=1",
    VD_ELIGIBILITY_ELIGIBLE, "7 of 10 people (70 %) received Lao động tiên tiến for 2024, at least 70 % needed" },
  { "TTLDXS", "r2024=good m2024:people=10 m2024:rating:done=10 m2024:title:LDTT=7 m2024:title:CSTDCS=1",
    VD_ELIGIBILITY_NOT_YET, "Not rated excellent in 2024" },
  { "TTLDXS", "r2024=excellent m2024:people=10 m2024:rating:done=9 m2024:title:LDTT=7 m2024:title:CSTDCS=1",
    VD_ELIGIBILITY_NOT_YET, "9 of 10 people (90 %) rated completed or better in 2024, at least 100 % needed" },
  { "TTLDXS", "r2024=excellent m2024:people=10 m2024:rating:done=10 m2024:title:LDTT=6 m2024:title:CSTDCS=1",
    VD_ELIGIBILITY_NOT_YET, "at least 70 % needed" },
  { "TTLDXS", "r2024=excellent m2024:people=10 m2024:rating:done=10 m2024:title:LDTT=7",
    VD_ELIGIBILITY_NOT_YET, "0 people received Chiến sĩ thi đua cơ sở for 2024, 1 needed" },
  { "TTLDXS", "r2024=excellent m2024:rating:done=10", VD_ELIGIBILITY_NOT_YET, "No people recorded in this unit" },
};

/* Luật 2003/2013 with NĐ 91/2017, evaluated for 2022. */
static const Case law_2013[] = {
  { "LDTT", "r2022=good", VD_ELIGIBILITY_ELIGIBLE, NULL },
  { "LDTT", "r2022=done", VD_ELIGIBILITY_NOT_YET, "Not rated good or better in 2022" },
  { "CSTDCS", "r2022=good i2022=base", VD_ELIGIBILITY_ELIGIBLE, NULL },
  /* under the old law the initiative was mandatory, excellence alone is not enough */
  { "CSTDCS", "r2022=excellent", VD_ELIGIBILITY_NOT_YET,
    "Initiative at grassroots level or higher in 2022: none recorded" },
  { "CSTDCS", "r2022=done i2022=base", VD_ELIGIBILITY_NOT_YET, "Not rated good or better in 2022" },
  { "CSTD_BO", "a2020=CSTDCS a2021=CSTDCS a2022=CSTDCS", VD_ELIGIBILITY_ELIGIBLE, NULL },
  { "CSTD_BO", "a2020=CSTDCS a2021=CSTDCS", VD_ELIGIBILITY_NOT_YET, "2022 missing: 2 of 3 consecutive" },
  { "CSTD_TQ", "a2021=CSTD_BO a2022=CSTD_BO", VD_ELIGIBILITY_ELIGIBLE, NULL },
  { "CSTD_TQ", "a2020=CSTD_BO a2022=CSTD_BO", VD_ELIGIBILITY_NOT_YET, "2021 missing: 1 of 2 consecutive" },
  { "BK_TTG", "a2016=BK_BO r2018=excellent r2019=excellent r2020=excellent r2021=excellent r2022=excellent "
              "i2018=base i2019=base i2020=base i2021=base i2022=base", VD_ELIGIBILITY_ELIGIBLE, NULL },
  { "BK_TTG", "r2018=excellent r2019=excellent r2020=excellent r2021=excellent r2022=excellent "
              "i2018=base i2019=base i2020=base i2021=base i2022=base", VD_ELIGIBILITY_NOT_YET,
    "Bằng khen của Bộ trưởng: none recorded before 2018" },
  { "BK_TTG", "a2016=BK_BO r2018=excellent r2019=good r2020=excellent r2021=excellent r2022=excellent "
              "i2018=base i2019=base i2020=base i2021=base i2022=base", VD_ELIGIBILITY_NOT_YET,
    "3 of 5 consecutive years" },
  { "BK_TTG", "a2016=BK_BO r2018=excellent r2019=excellent r2020=excellent r2021=excellent r2022=excellent "
              "i2018=base i2019=base i2020=base i2021=base", VD_ELIGIBILITY_NOT_YET, "4 of 5 needed" },
  { "HCLD3", "a2017=BK_TTG r2018=excellent r2019=excellent r2020=excellent r2021=excellent r2022=excellent "
             "i2019=ministry i2021=ministry", VD_ELIGIBILITY_ELIGIBLE, NULL },
  { "HCLD3", "a2017=BK_TTG r2018=excellent r2019=excellent r2020=excellent r2021=excellent r2022=excellent "
             "i2019=ministry i2021=base", VD_ELIGIBILITY_NOT_YET, "1 of 2 needed" },
  { "HCLD3", "a2019=BK_TTG r2018=excellent r2019=excellent r2020=excellent r2021=excellent r2022=excellent "
             "i2019=ministry i2021=ministry", VD_ELIGIBILITY_NOT_YET, "but one before 2018 is needed" },
  { "HCLD3", "a2017=BK_TTG r2018=excellent r2019=excellent r2020=excellent r2021=excellent r2022=good "
             "i2019=ministry i2021=ministry", VD_ELIGIBILITY_NOT_YET, "Not rated excellent in 2022: 0 of 5 consecutive years" },
  { "TTLDTT", "r2022=good m2022:people=4 m2022:title:LDTT=3", VD_ELIGIBILITY_ELIGIBLE, NULL },
  { "TTLDTT", "r2022=good m2022:people=4 m2022:title:LDTT=2", VD_ELIGIBILITY_NOT_YET, "more than 50 % needed" },
  { "TTLDTT", "r2022=done m2022:people=4 m2022:title:LDTT=3", VD_ELIGIBILITY_NOT_YET, "Not rated good or better" },
  { "TTLDXS", "a2022=TTLDTT m2022:people=10 m2022:rating:done=10 m2022:title:LDTT=7 m2022:title:CSTDCS=2",
    VD_ELIGIBILITY_ELIGIBLE, NULL },
  { "TTLDXS", "m2022:people=10 m2022:rating:done=10 m2022:title:LDTT=7 m2022:title:CSTDCS=2",
    VD_ELIGIBILITY_NOT_YET, "Tập thể lao động tiên tiến: none recorded for 2022 or 2021" },
  { "TTLDXS", "a2022=TTLDTT m2022:people=10 m2022:rating:done=8 m2022:title:LDTT=7 m2022:title:CSTDCS=2",
    VD_ELIGIBILITY_NOT_YET, "at least 100 % needed" },
  { "TTLDXS", "a2022=TTLDTT m2022:people=10 m2022:rating:done=10 m2022:title:LDTT=6 m2022:title:CSTDCS=2",
    VD_ELIGIBILITY_NOT_YET, "at least 70 % needed" },
  { "TTLDXS", "a2022=TTLDTT m2022:people=10 m2022:rating:done=10 m2022:title:LDTT=7",
    VD_ELIGIBILITY_NOT_YET, "1 needed" },
};

static VdRuleSet *
set_by_id (const char *id)
{
  for (guint i = 0; i < sets->len; i++)
    {
      VdRuleSet *set = g_ptr_array_index (sets, i);
      if (g_str_equal (set->id, id))
        return set;
    }
  g_error ("no rule set %s", id);
}

static void
check_table_covers (const VdRuleSet *set,
                    const Case      *cases,
                    guint            n)
{
  /* Every rule of the set has a passing case and a failing one. */
  for (guint r = 0; r < set->rules->len; r++)
    {
      const VdRule *rule = g_ptr_array_index (set->rules, r);
      gboolean pass = FALSE, fail = FALSE;

      for (guint i = 0; i < n; i++)
        if (g_str_equal (cases[i].code, rule->code))
          {
            pass |= cases[i].status == VD_ELIGIBILITY_ELIGIBLE;
            fail |= cases[i].status == VD_ELIGIBILITY_NOT_YET;
          }
      if (!pass || !fail)
        g_error ("rule %s of %s lacks a %s case", rule->code, set->id, pass ? "failing" : "passing");
    }
}

static void
test_law_2022_nd98 (void)
{
  VdRuleSet *set = set_by_id ("luat2022-nd98");

  check_table_covers (set, law_2022, G_N_ELEMENTS (law_2022));
  for (guint i = 0; i < G_N_ELEMENTS (law_2022); i++)
    run_case (set, &law_2022[i], 2024, 0);
}

static void
test_law_2022_nd152 (void)
{
  VdRuleSet *set = set_by_id ("luat2022-nd152");

  check_table_covers (set, law_2022, G_N_ELEMENTS (law_2022));
  for (guint i = 0; i < G_N_ELEMENTS (law_2022); i++)
    run_case (set, &law_2022[i], 2025, 1);
}

static void
test_law_2013_nd91 (void)
{
  VdRuleSet *set = set_by_id ("luat2013-nd91");

  check_table_covers (set, law_2013, G_N_ELEMENTS (law_2013));
  for (guint i = 0; i < G_N_ELEMENTS (law_2013); i++)
    run_case (set, &law_2013[i], 2022, 0);
}

/* CSTĐCS of 2022 and 2023 were decided under the old law; Bộ Nội vụ counts
 * them toward the new law's CSTĐ cấp Bộ of 2024. A set that says
 * otherwise starts its streaks at its own first year. */
static void
test_across_bases (void)
{
  static const char strict[] =
    "ruleset strict\nin-force 2024-01-01 open\nstreaks-cross-bases no\n"
    "award CSTD_BO person\n  require streak title CSTDCS 3\nend\n";
  g_autoptr(VdRuleSet) own = vd_rule_set_parse (strict, -1, "strict.rules", NULL);
  g_autoptr(VdEligibilityRecord) record = build_record (VD_RULE_SUBJECT_PERSON,
                                                        "a2022=CSTDCS a2023=CSTDCS a2024=CSTDCS i2024=ministry", 0);
  g_autoptr(VdEligibilityResult) shipped = NULL;
  g_autoptr(VdEligibilityResult) strict_result = NULL;
  VdRuleSet *set = vd_rule_sets_find_for_year (sets, 2024, NULL);

  g_assert_cmpstr (set->id, ==, "luat2022-nd98");
  shipped = vd_eligibility_check (record, set, "CSTD_BO", 2024, NULL);
  g_assert_cmpint (shipped->status, ==, VD_ELIGIBILITY_ELIGIBLE);

  g_assert_nonnull (own);
  strict_result = vd_eligibility_check (record, own, "CSTD_BO", 2024, NULL);
  g_assert_cmpint (strict_result->status, ==, VD_ELIGIBILITY_NOT_YET);
  g_assert_nonnull (strstr (((VdEligibilityReason *) g_ptr_array_index (strict_result->reasons, 0))->text,
                            "1 of 3 consecutive"));
}

static void
test_wait (void)
{
  static const char text[] =
    "ruleset waiting\nin-force 2024-01-01 open\n"
    "param gap 5 unconfirmed source test\n"
    "award BK_TTG person\n  require wait BK_TTG $gap\nend\n";
  g_autoptr(VdRuleSet) set = vd_rule_set_parse (text, -1, "waiting.rules", NULL);
  g_autoptr(VdEligibilityRecord) never = build_record (VD_RULE_SUBJECT_PERSON, "", 0);
  g_autoptr(VdEligibilityRecord) recent = build_record (VD_RULE_SUBJECT_PERSON, "a2021=BK_TTG", 0);
  g_autoptr(VdEligibilityRecord) old = build_record (VD_RULE_SUBJECT_PERSON, "a2019=BK_TTG", 0);
  g_autoptr(VdEligibilityResult) a = NULL, b = NULL, c = NULL;

  g_assert_nonnull (set);
  a = vd_eligibility_check (never, set, "BK_TTG", 2024, NULL);
  b = vd_eligibility_check (recent, set, "BK_TTG", 2024, NULL);
  c = vd_eligibility_check (old, set, "BK_TTG", 2024, NULL);
  g_assert_cmpint (a->status, ==, VD_ELIGIBILITY_ELIGIBLE);
  g_assert_cmpint (b->status, ==, VD_ELIGIBILITY_NOT_YET);
  g_assert_true (b->unconfirmed);
  g_assert_nonnull (strstr (((VdEligibilityReason *) g_ptr_array_index (b->reasons, 0))->text,
                            "Last BK_TTG for 2021: 3 years before, 5 needed"));
  g_assert_cmpint (c->status, ==, VD_ELIGIBILITY_ELIGIBLE);
}

static void
test_discipline_open (void)
{
  g_autoptr(VdEligibilityRecord) record = build_record (VD_RULE_SUBJECT_PERSON, "r2024=excellent d2024-05-01..", 0);
  g_autoptr(VdEligibilityResult) result = vd_eligibility_check (record, vd_rule_sets_find_for_year (sets, 2024, NULL),
                                                                "CSTDCS", 2024, NULL);

  g_assert_cmpint (result->status, ==, VD_ELIGIBILITY_BLOCKED);
  g_assert_cmpstr (((VdEligibilityReason *) g_ptr_array_index (result->reasons, 0))->text, ==,
                   "Under discipline since 05/2024, no end recorded");
}

/* "1 year away": keeping this year's rating and titles makes the third
 * consecutive CSTĐCS next year, under the rule set in force then. */
static void
test_projection (void)
{
  g_autoptr(VdEligibilityRecord) record = build_record (VD_RULE_SUBJECT_PERSON,
                                                        "r2023=good r2024=excellent a2023=CSTDCS a2024=CSTDCS "
                                                        "i2024=ministry", 0);
  g_autoptr(VdEligibilityRecord) next = NULL;
  g_autoptr(VdEligibilityResult) now = NULL, later = NULL;
  VdRuleSet *set = vd_rule_sets_find_for_year (sets, 2024, NULL);

  now = vd_eligibility_check (record, set, "CSTD_BO", 2024, NULL);
  g_assert_cmpint (now->status, ==, VD_ELIGIBILITY_NOT_YET);
  next = vd_eligibility_record_project (record, set, 2024);
  g_assert_true (vd_eligibility_record_has_award (next, "CSTDCS", 2025));
  later = vd_eligibility_check (next, vd_rule_sets_find_for_year (sets, 2025, NULL), "CSTD_BO", 2025, NULL);
  g_assert_cmpint (later->status, ==, VD_ELIGIBILITY_ELIGIBLE);
  g_assert_cmpstr (later->rule_set_id, ==, "luat2022-nd152");
}

static void
test_shipped_sets (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (sets->len, ==, 3);
  g_assert_null (vd_rule_sets_find_for_year (sets, 2016, &error));
  g_assert_error (error, VD_RULES_ERROR, VD_RULES_ERROR_NONE);
  g_assert_cmpstr (vd_rule_sets_find_for_year (sets, 2017, NULL)->id, ==, "luat2013-nd91");
  g_assert_cmpstr (vd_rule_sets_find_for_year (sets, 2023, NULL)->id, ==, "luat2013-nd91");
  g_assert_cmpstr (vd_rule_sets_find_for_year (sets, 2024, NULL)->id, ==, "luat2022-nd98");
  g_assert_cmpstr (vd_rule_sets_find (sets, "2025-06-30", NULL)->id, ==, "luat2022-nd98");
  g_assert_cmpstr (vd_rule_sets_find_for_year (sets, 2025, NULL)->id, ==, "luat2022-nd152");
  g_assert_cmpstr (vd_rule_sets_find_for_year (sets, 2030, NULL)->id, ==, "luat2022-nd152");

  /* Values the reference marks UNCONFIRMED stay marked, with a source. */
  for (guint i = 0; i < sets->len; i++)
    {
      VdRuleSet *set = g_ptr_array_index (sets, i);
      for (guint p = 0; p < set->params->len; p++)
        {
          VdRuleParam *param = g_ptr_array_index (set->params, p);
          g_assert_true (param->source != NULL && param->source[0] != '\0');
        }
    }
  g_assert_true (vd_rule_set_has_unconfirmed (set_by_id ("luat2022-nd98")));
  g_assert_true (vd_rule_set_lookup (set_by_id ("luat2022-nd98"), "TTLDTT")->unconfirmed);
  g_assert_false (vd_rule_set_lookup (set_by_id ("luat2022-nd98"), "BK_TTG")->unconfirmed);
  g_assert_true (((VdQuota *) g_ptr_array_index (set_by_id ("luat2022-nd152")->quotas, 0))->param->unconfirmed);
  g_assert_false (((VdQuota *) g_ptr_array_index (set_by_id ("luat2013-nd91")->quotas, 0))->param->unconfirmed);
}

/* A malformed file is refused with its name and the line that is wrong. */
static const struct
{
  const char *text;
  const char *message;
} malformed[] = {
  { "ruleset x\nin-force 2024-01-01 open\nfrobnicate\n", "bad.rules, line 3: unknown keyword “frobnicate”" },
  { "ruleset x\nin-force 2024-13-01 open\n", "bad.rules, line 2: “2024-13-01” is not a date" },
  { "ruleset x\nin-force 2024-01-01\naward A person\n  require streak title B 3\n", "bad.rules, line 3: award “A” has no “end”" },
  { "ruleset x\nin-force 2024-01-01\naward A person\n  require streak title B three\nend\n", "line 4: “three” is not a whole number" },
  { "ruleset x\nin-force 2024-01-01\naward A person\n  require streak title B $n\nend\n", "line 4: parameter “n” is not defined above this line" },
  { "ruleset x\nin-force 2024-01-01\nparam n 3\n", "line 3: parameter “n” needs “source”" },
  { "in-force 2024-01-01\n", "line 1: the file does not name its rule set" },
  { "ruleset x\n", "does not say when the rule set is in force" },
  { "ruleset x\nin-force 2024-01-01\naward A person\n  require count title B 5 window 3\nend\n", "line 4: the window (3 years) is shorter than the count (5)" },
  { "ruleset x\nin-force 2024-01-01\naward A person\n  require members title B ratio 0.5\nend\n", "line 4: “members” applies to units only" },
  { "ruleset x\nin-force 2024-01-01\naward A person\n  require initiatives district 1 window 1\nend\n", "line 4: “district” is not an initiative level" },
  { "ruleset x\nin-force 2024-01-01\naward A person\n  require streak rating superb 1\nend\n", "line 4: “superb” is not a grade" },
  { "ruleset x\nin-force 2024-01-01\naward A person\n  any-of\n    require streak rating good 1\n  end\nend\n", "line 6: “any-of” needs at least two requirements" },
  { "ruleset x\nin-force 2024-01-01\naward a person\nend\n", "line 3: “award” needs a code" },
  { "ruleset x\nin-force 2024-01-01\naward A person\nend\n", "line 3: award “A” has no requirement" },
  { "ruleset x\nin-force 2024-01-01\nquota A of B 0.15\n", "line 3: a quota’s share must be a $parameter" },
  { "ruleset x\nin-force 2024-01-01\naward A person\n  require streak title B 3 extra\nend\n", "line 4: unexpected “extra”" },
  { "ruleset x\nin-force 2024-01-01\nend\n", "line 3: “end” without an award" },
};

static void
test_malformed (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (malformed); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(VdRuleSet) set = vd_rule_set_parse (malformed[i].text, -1, "bad.rules", &error);

      g_assert_null (set);
      g_assert_error (error, VD_RULES_ERROR, VD_RULES_ERROR_PARSE);
      if (strstr (error->message, malformed[i].message) == NULL)
        g_error ("case %u: “%s” does not contain “%s”", i, error->message, malformed[i].message);
    }
}

/* A user's directory with a broken file: loading names the file and line. */
static void
test_user_dir (void)
{
  g_autofree char *dir = g_dir_make_tmp ("vd-rules-XXXXXX", NULL);
  g_autofree char *good = g_build_filename (dir, "bo.rules", NULL);
  g_autofree char *bad = g_build_filename (dir, "zz.rules", NULL);
  const char * const dirs[] = { dir, NULL };
  g_autoptr(GPtrArray) loaded = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (good, "ruleset bo-strict\nin-force 2025-07-01 open\n"
                                      "award LDTT person\n  require streak rating excellent 1\nend\n", -1, NULL));
  loaded = vd_rule_sets_load (dirs, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (loaded->len, ==, 4);
  /* the ministry's own set, read last, wins for the dates it covers */
  g_assert_cmpstr (vd_rule_sets_find_for_year (loaded, 2025, NULL)->id, ==, "bo-strict");
  g_clear_pointer (&loaded, g_ptr_array_unref);

  g_assert_true (g_file_set_contents (bad, "ruleset broken\nin-force 2025-07-01 open\nawrd X person\n", -1, NULL));
  loaded = vd_rule_sets_load (dirs, &error);
  g_assert_null (loaded);
  g_assert_error (error, VD_RULES_ERROR, VD_RULES_ERROR_PARSE);
  g_assert_cmpstr (error->message, ==, "zz.rules, line 3: unknown keyword “awrd”");

  g_unlink (good);
  g_unlink (bad);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;

  g_test_init (&argc, &argv, NULL);
  sets = vd_rule_sets_load (NULL, &error);
  g_assert_no_error (error);

  g_test_add_func ("/eligibility/rules/shipped", test_shipped_sets);
  g_test_add_func ("/eligibility/rules/malformed", test_malformed);
  g_test_add_func ("/eligibility/rules/user-dir", test_user_dir);
  g_test_add_func ("/eligibility/luat2013-nd91", test_law_2013_nd91);
  g_test_add_func ("/eligibility/luat2022-nd98", test_law_2022_nd98);
  g_test_add_func ("/eligibility/luat2022-nd152", test_law_2022_nd152);
  g_test_add_func ("/eligibility/across-bases", test_across_bases);
  g_test_add_func ("/eligibility/wait", test_wait);
  g_test_add_func ("/eligibility/discipline-open", test_discipline_open);
  g_test_add_func ("/eligibility/projection", test_projection);

  return g_test_run ();
}
