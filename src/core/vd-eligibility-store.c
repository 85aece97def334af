/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdEligibility"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "vd-eligibility.h"
#include "vd-text.h"

/* The eligibility aggregate's SQL: reading the records a check needs for
 * one person, one unit or one nomination, and the counts behind quotas.
 * Only non-revoked awards count. The archive keeps no discipline and no
 * leave periods, so records read here have none. */

/* The unit and everything under it. */
#define SUBTREE_CTE \
  "WITH RECURSIVE sub (id) AS (SELECT ?1 UNION ALL SELECT u.id FROM units u JOIN sub ON u.parent_id = sub.id) "

static const char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return text ? text : "";
}

static gboolean
finish_rows (VdStore      *store,
             sqlite3_stmt *stmt,
             int           rc,
             GError      **error)
{
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return vd_store_set_error (store, error);
  return TRUE;
}

/**
 * vd_eligibility_default_year:
 *
 * Returns: the latest year anyone was rated in, the year an officer
 *   usually plans for; last calendar year in an empty archive
 */
int
vd_eligibility_default_year (VdStore *store)
{
  sqlite3_stmt *stmt = vd_store_prepare (store, "SELECT max(year) FROM person_ratings", NULL);
  int year = 0;

  if (stmt != NULL)
    {
      if (sqlite3_step (stmt) == SQLITE_ROW)
        year = sqlite3_column_int (stmt, 0);
      sqlite3_reset (stmt);
    }
  if (year <= 0)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      year = g_date_time_get_year (now) - 1;
    }
  return year;
}

/**
 * vd_eligibility_kinds_load:
 *
 * Returns: (transfer full): the archive's catalogue of award kinds for
 *   people and units, in catalogue order (by rank)
 */
VdEligibilityKinds *
vd_eligibility_kinds_load (VdStore  *store,
                           GError  **error)
{
  g_autoptr(VdEligibilityKinds) kinds = vd_eligibility_kinds_new ();
  sqlite3_stmt *stmt;
  int rc;

  stmt = vd_store_prepare (store,
                           "SELECT code, name, subject, rank FROM award_kinds "
                           "WHERE subject IN ('individual', 'collective') ORDER BY rank, id", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    vd_eligibility_kinds_add (kinds, column_text (stmt, 0), column_text (stmt, 1),
                              g_str_equal (column_text (stmt, 2), "collective")
                                ? VD_RULE_SUBJECT_UNIT : VD_RULE_SUBJECT_PERSON,
                              sqlite3_column_int (stmt, 3));
  if (!finish_rows (store, stmt, rc, error))
    return NULL;
  return g_steal_pointer (&kinds);
}

/**
 * vd_eligibility_load_person:
 *
 * Returns: (transfer full): the person's ratings, awards and initiatives,
 *   or %NULL with @error (%VD_STORE_ERROR_NOT_FOUND if they are gone)
 */
VdEligibilityRecord *
vd_eligibility_load_person (VdStore  *store,
                            gint64    person_id,
                            GError  **error)
{
  g_autoptr(VdEligibilityRecord) record = NULL;
  sqlite3_stmt *stmt;
  int rc;

  stmt = vd_store_prepare (store,
                           "SELECT p.family_name, p.middle_name, p.given_name, p.unit_id, u.name "
                           "FROM people p JOIN units u ON u.id = p.unit_id WHERE p.id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, person_id);
  if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autofree char *name = vd_text_full_name (column_text (stmt, 0), column_text (stmt, 1),
                                                 column_text (stmt, 2));
      record = vd_eligibility_record_new (VD_RULE_SUBJECT_PERSON, person_id, name);
      vd_eligibility_record_set_unit (record, sqlite3_column_int64 (stmt, 3), column_text (stmt, 4));
    }
  sqlite3_reset (stmt);
  if (record == NULL)
    {
      if (rc != SQLITE_DONE)
        vd_store_set_error (store, error);
      else
        g_set_error_literal (error, VD_STORE_ERROR, VD_STORE_ERROR_NOT_FOUND,
                             _("This person is no longer in the archive. They may have been deleted."));
      return NULL;
    }

  stmt = vd_store_prepare (store, "SELECT year, grade FROM person_ratings WHERE person_id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, person_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    vd_eligibility_record_add_rating (record, sqlite3_column_int (stmt, 0),
                                      vd_grade_from_string (column_text (stmt, 1)));
  if (!finish_rows (store, stmt, rc, error))
    return NULL;

  stmt = vd_store_prepare (store,
                           "SELECT a.id, k.code, a.year, d.number FROM awards a "
                           "JOIN award_kinds k ON k.id = a.award_kind_id "
                           "LEFT JOIN decisions d ON d.id = a.decision_id "
                           "WHERE a.person_id = ?1 AND a.revoked = 0 ORDER BY a.year, a.id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, person_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    vd_eligibility_record_add_award (record, sqlite3_column_int64 (stmt, 0), column_text (stmt, 1),
                                     sqlite3_column_int (stmt, 2), (const char *) sqlite3_column_text (stmt, 3));
  if (!finish_rows (store, stmt, rc, error))
    return NULL;

  stmt = vd_store_prepare (store,
                           "SELECT i.id, i.title, i.year, i.level, k.name "
                           "FROM initiative_authors ia JOIN initiatives i ON i.id = ia.initiative_id "
                           "LEFT JOIN awards a ON a.id = i.used_for_award_id "
                           "LEFT JOIN award_kinds k ON k.id = a.award_kind_id "
                           "WHERE ia.person_id = ?1 ORDER BY i.year, i.id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, person_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    vd_eligibility_record_add_initiative (record, sqlite3_column_int64 (stmt, 0), column_text (stmt, 1),
                                          sqlite3_column_int (stmt, 2),
                                          vd_initiative_level_from_string (column_text (stmt, 3)),
                                          (const char *) sqlite3_column_text (stmt, 4));
  if (!finish_rows (store, stmt, rc, error))
    return NULL;

  return g_steal_pointer (&record);
}

/* How many of the unit's people (it and its sub-units, as the unit stands
 * today: the archive keeps no membership history) were rated or titled in
 * @year. */
static gboolean
load_member_counts (VdStore              *store,
                    VdEligibilityRecord  *record,
                    gint64                unit_id,
                    int                   year,
                    GError              **error)
{
  static const char * const grades[] = { "excellent", "good", "done" };
  int by_grade[G_N_ELEMENTS (grades)] = { 0 };
  sqlite3_stmt *stmt;
  int rc;

  stmt = vd_store_prepare (store,
                           SUBTREE_CTE
                           "SELECT count(*) FROM people WHERE unit_id IN sub", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, unit_id);
  if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    vd_eligibility_record_set_members (record, year, "people", sqlite3_column_int (stmt, 0));
  if (!finish_rows (store, stmt, rc == SQLITE_ROW ? SQLITE_DONE : rc, error))
    return FALSE;

  stmt = vd_store_prepare (store,
                           SUBTREE_CTE
                           "SELECT r.grade, count(*) FROM person_ratings r JOIN people p ON p.id = r.person_id "
                           "WHERE p.unit_id IN sub AND r.year = ?2 GROUP BY r.grade", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, unit_id);
  sqlite3_bind_int (stmt, 2, year);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      VdGrade grade = vd_grade_from_string (column_text (stmt, 0));

      /* "rating:good" counts everyone rated good or better. */
      for (guint g = 0; g < G_N_ELEMENTS (grades); g++)
        if (grade != VD_GRADE_NONE && grade <= vd_grade_from_string (grades[g]))
          by_grade[g] += sqlite3_column_int (stmt, 1);
    }
  if (!finish_rows (store, stmt, rc, error))
    return FALSE;
  for (guint g = 0; g < G_N_ELEMENTS (grades); g++)
    {
      g_autofree char *key = g_strdup_printf ("rating:%s", grades[g]);
      vd_eligibility_record_set_members (record, year, key, by_grade[g]);
    }

  stmt = vd_store_prepare (store,
                           SUBTREE_CTE
                           "SELECT k.code, count(DISTINCT a.person_id) FROM awards a "
                           "JOIN award_kinds k ON k.id = a.award_kind_id JOIN people p ON p.id = a.person_id "
                           "WHERE p.unit_id IN sub AND a.year = ?2 AND a.revoked = 0 GROUP BY k.code", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, unit_id);
  sqlite3_bind_int (stmt, 2, year);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autofree char *key = g_strdup_printf ("title:%s", column_text (stmt, 0));
      vd_eligibility_record_set_members (record, year, key, sqlite3_column_int (stmt, 1));
    }
  return finish_rows (store, stmt, rc, error);
}

/**
 * vd_eligibility_load_unit:
 * @year: the year whose member counts are read
 *
 * Returns: (transfer full): the unit's ratings and collective awards, and
 *   counts of its people for @year, or %NULL with @error
 */
VdEligibilityRecord *
vd_eligibility_load_unit (VdStore  *store,
                          gint64    unit_id,
                          int       year,
                          GError  **error)
{
  g_autoptr(VdEligibilityRecord) record = NULL;
  sqlite3_stmt *stmt;
  int rc;

  stmt = vd_store_prepare (store, "SELECT name, parent_id FROM units WHERE id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, unit_id);
  if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      record = vd_eligibility_record_new (VD_RULE_SUBJECT_UNIT, unit_id, column_text (stmt, 0));
      vd_eligibility_record_set_unit (record, unit_id, column_text (stmt, 0));
    }
  sqlite3_reset (stmt);
  if (record == NULL)
    {
      if (rc != SQLITE_DONE)
        vd_store_set_error (store, error);
      else
        g_set_error_literal (error, VD_STORE_ERROR, VD_STORE_ERROR_NOT_FOUND,
                             _("This unit is no longer in the archive. It may have been deleted."));
      return NULL;
    }

  stmt = vd_store_prepare (store, "SELECT year, grade FROM unit_ratings WHERE unit_id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, unit_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    vd_eligibility_record_add_rating (record, sqlite3_column_int (stmt, 0),
                                      vd_grade_from_string (column_text (stmt, 1)));
  if (!finish_rows (store, stmt, rc, error))
    return NULL;

  stmt = vd_store_prepare (store,
                           "SELECT a.id, k.code, a.year, d.number FROM awards a "
                           "JOIN award_kinds k ON k.id = a.award_kind_id "
                           "LEFT JOIN decisions d ON d.id = a.decision_id "
                           "WHERE a.unit_id = ?1 AND a.revoked = 0 ORDER BY a.year, a.id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, unit_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    vd_eligibility_record_add_award (record, sqlite3_column_int64 (stmt, 0), column_text (stmt, 1),
                                     sqlite3_column_int (stmt, 2), (const char *) sqlite3_column_text (stmt, 3));
  if (!finish_rows (store, stmt, rc, error))
    return NULL;

  if (!load_member_counts (store, record, unit_id, year, error))
    return NULL;

  return g_steal_pointer (&record);
}

static GPtrArray *
check_record (VdStore              *store,
              GPtrArray            *rule_sets,
              VdEligibilityRecord  *record,
              int                   year,
              GError              **error)
{
  g_autoptr(VdEligibilityKinds) kinds = NULL;
  VdRuleSet *set;

  if (rule_sets == NULL)
    rule_sets = vd_rule_sets_get_default ();
  set = vd_rule_sets_find_for_year (rule_sets, year, error);
  if (set == NULL)
    return NULL;
  kinds = vd_eligibility_kinds_load (store, error);
  if (kinds == NULL)
    return NULL;
  return vd_eligibility_check_all (record, set, year, kinds);
}

/**
 * vd_eligibility_check_person:
 * @rule_sets: (nullable): the rule sets; %NULL for vd_rule_sets_get_default()
 *
 * Checks a person for every individual title and form of the catalogue,
 * for achievements of @year, under the rule set in force then.
 *
 * Returns: (transfer full) (element-type VdEligibilityResult): the
 *   results in catalogue order, or %NULL with @error
 */
GPtrArray *
vd_eligibility_check_person (VdStore    *store,
                             GPtrArray  *rule_sets,
                             gint64      person_id,
                             int         year,
                             GError    **error)
{
  g_autoptr(VdEligibilityRecord) record = vd_eligibility_load_person (store, person_id, error);

  if (record == NULL)
    return NULL;
  return check_record (store, rule_sets, record, year, error);
}

/**
 * vd_eligibility_check_unit:
 *
 * As vd_eligibility_check_person(), for a unit and the collective titles.
 */
GPtrArray *
vd_eligibility_check_unit (VdStore    *store,
                           GPtrArray  *rule_sets,
                           gint64      unit_id,
                           int         year,
                           GError    **error)
{
  g_autoptr(VdEligibilityRecord) record = vd_eligibility_load_unit (store, unit_id, year, error);

  if (record == NULL)
    return NULL;
  return check_record (store, rule_sets, record, year, error);
}

/**
 * vd_eligibility_check_nomination:
 * @rule_sets: (nullable): the rule sets; %NULL for the default ones
 *
 * The check a dossier shows next to one nomination: its person or unit
 * against the award proposed, for the dossier's year.
 *
 * Returns: (transfer full): the result, or %NULL with @error
 */
VdEligibilityResult *
vd_eligibility_check_nomination (VdStore    *store,
                                 GPtrArray  *rule_sets,
                                 gint64      nomination_id,
                                 GError    **error)
{
  g_autoptr(VdEligibilityRecord) record = NULL;
  g_autoptr(VdEligibilityKinds) kinds = NULL;
  g_autofree char *code = NULL;
  VdEligibilityResult *result;
  gint64 person_id = 0, unit_id = 0;
  VdRuleSet *set;
  sqlite3_stmt *stmt;
  int year = 0;
  int rc;

  stmt = vd_store_prepare (store,
                           "SELECT n.person_id, n.unit_id, k.code, d.year FROM nominations n "
                           "JOIN dossiers d ON d.id = n.dossier_id JOIN award_kinds k ON k.id = n.award_kind_id "
                           "WHERE n.id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, nomination_id);
  if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      person_id = sqlite3_column_int64 (stmt, 0);
      unit_id = sqlite3_column_int64 (stmt, 1);
      code = g_strdup (column_text (stmt, 2));
      year = sqlite3_column_int (stmt, 3);
    }
  sqlite3_reset (stmt);
  if (code == NULL)
    {
      if (rc != SQLITE_DONE)
        vd_store_set_error (store, error);
      else
        g_set_error_literal (error, VD_STORE_ERROR, VD_STORE_ERROR_NOT_FOUND,
                             _("This nomination is no longer in the archive."));
      return NULL;
    }

  record = person_id > 0 ? vd_eligibility_load_person (store, person_id, error)
                         : vd_eligibility_load_unit (store, unit_id, year, error);
  if (record == NULL)
    return NULL;
  set = vd_rule_sets_find_for_year (rule_sets ? rule_sets : vd_rule_sets_get_default (), year, error);
  if (set == NULL)
    return NULL;
  kinds = vd_eligibility_kinds_load (store, error);
  if (kinds == NULL)
    return NULL;
  result = vd_eligibility_check (record, set, code, year, kinds);
  return result;
}

/* ---- Quotas */

void
vd_eligibility_quota_free (VdEligibilityQuota *quota)
{
  if (quota == NULL)
    return;
  g_free (quota->code);
  g_free (quota->name);
  g_free (quota->of_code);
  g_free (quota->of_name);
  g_free (quota->source);
  g_free (quota);
}

static int
count_title (VdStore     *store,
             gint64       unit_id,
             const char  *code,
             int          year,
             GError     **error)
{
  sqlite3_stmt *stmt;
  int count = -1;
  int rc;

  stmt = vd_store_prepare (store,
                           SUBTREE_CTE
                           "SELECT count(DISTINCT a.person_id) FROM awards a "
                           "JOIN award_kinds k ON k.id = a.award_kind_id JOIN people p ON p.id = a.person_id "
                           "WHERE p.unit_id IN sub AND a.year = ?2 AND k.code = ?3 AND a.revoked = 0", error);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, unit_id);
  sqlite3_bind_int (stmt, 2, year);
  sqlite3_bind_text (stmt, 3, code, -1, SQLITE_TRANSIENT);
  if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    count = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    {
      vd_store_set_error (store, error);
      return -1;
    }
  return count;
}

/**
 * vd_eligibility_list_quotas:
 *
 * The caps of the rule set in force for @year, counted for the people of
 * @unit_id and its sub-units. The count allowed is rounded down.
 *
 * Returns: (transfer full) (element-type VdEligibilityQuota): the quotas,
 *   or %NULL with @error
 */
GPtrArray *
vd_eligibility_list_quotas (VdStore    *store,
                            GPtrArray  *rule_sets,
                            gint64      unit_id,
                            int         year,
                            GError    **error)
{
  g_autoptr(GPtrArray) quotas = g_ptr_array_new_with_free_func ((GDestroyNotify) vd_eligibility_quota_free);
  g_autoptr(VdEligibilityKinds) kinds = NULL;
  VdRuleSet *set;

  set = vd_rule_sets_find_for_year (rule_sets ? rule_sets : vd_rule_sets_get_default (), year, error);
  if (set == NULL)
    return NULL;
  kinds = vd_eligibility_kinds_load (store, error);
  if (kinds == NULL)
    return NULL;

  for (guint i = 0; i < set->quotas->len; i++)
    {
      const VdQuota *q = g_ptr_array_index (set->quotas, i);
      VdEligibilityQuota *quota = g_new0 (VdEligibilityQuota, 1);
      const char *name = vd_eligibility_kinds_get_name (kinds, q->code);
      const char *of_name = vd_eligibility_kinds_get_name (kinds, q->of_code);

      g_ptr_array_add (quotas, quota);
      quota->code = g_strdup (q->code);
      quota->of_code = g_strdup (q->of_code);
      quota->name = g_strdup (name ? name : q->code);
      quota->of_name = g_strdup (of_name ? of_name : q->of_code);
      quota->ratio = q->param->none ? -1 : q->param->value;
      quota->unconfirmed = q->param->unconfirmed;
      quota->source = g_strdup (q->param->source);
      quota->count = count_title (store, unit_id, q->code, year, error);
      if (quota->count < 0)
        return NULL;
      quota->of_count = count_title (store, unit_id, q->of_code, year, error);
      if (quota->of_count < 0)
        return NULL;
      /* Rounded down, as peers do; the epsilon keeps 0.15 × 20 at 3. */
      quota->cap = q->param->none ? -1 : (int) floor (q->param->value * quota->of_count + 1e-9);
    }
  return g_steal_pointer (&quotas);
}

/**
 * vd_eligibility_quota_dup_text:
 *
 * Returns: (transfer full): "3 of at most 2 (15 % of 17 Lao động tiên
 *   tiến, rounded down)", in plain words
 */
char *
vd_eligibility_quota_dup_text (const VdEligibilityQuota *quota,
                               int                       year)
{
  g_autofree char *share = NULL;

  if (quota->cap < 0)
    /* Translators: "4 for 2024; no cap in this rule set" */
    return g_strdup_printf (_("%d for %d; no cap in this rule set"), quota->count, year);
  share = g_strdup_printf (_("%.0f %%"), quota->ratio * 100.0);
  /* Translators: "3 for 2024, at most 2: 15 % of 17 Lao động tiên tiến, rounded down" */
  return g_strdup_printf (_("%d for %d, at most %d: %s of %d %s, rounded down"),
                          quota->count, year, quota->cap, share, quota->of_count, quota->of_name);
}
