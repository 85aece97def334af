/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdEligibilityPlan"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>
#include <xlsxwriter.h>

#include "vd-eligibility.h"
#include "vd-store-pool.h"
#include "vd-text.h"

/* The planning report: for every person and unit of a subtree, the awards
 * they are eligible for now and those they will be eligible for next year
 * if they keep this year's rating and titles. The records of the whole
 * subtree are read in a few set-wise queries (one per table), not one
 * person at a time, so the whole large archive takes seconds. */

/* The unit (or, for 0, every top-level unit) and everything under it. */
#define SUBTREE_CTE \
  "WITH RECURSIVE sub (id) AS (SELECT id FROM units WHERE (?1 = 0 AND parent_id IS NULL) OR id = ?1 " \
  "UNION ALL SELECT u.id FROM units u JOIN sub ON u.parent_id = sub.id) "

typedef struct
{
  GHashTable *people;    /* person id → VdEligibilityRecord* */
  GHashTable *units;     /* unit id → VdEligibilityRecord* */
  GPtrArray  *order;     /* VdEligibilityRecord*, borrowed: units first, then people */
} Records;

static void
records_clear (Records *records)
{
  g_clear_pointer (&records->people, g_hash_table_unref);
  g_clear_pointer (&records->units, g_hash_table_unref);
  g_clear_pointer (&records->order, g_ptr_array_unref);
}

static const char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return text ? text : "";
}

static gboolean
run_rows (VdStore       *store,
          const char    *sql,
          gint64         unit_id,
          int            year,
          GCancellable  *cancellable,
          void         (*row) (sqlite3_stmt *stmt, gpointer data),
          gpointer       data,
          GError       **error)
{
  sqlite3_stmt *stmt = vd_store_prepare (store, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, unit_id);
  if (sqlite3_bind_parameter_count (stmt) >= 2)
    sqlite3_bind_int (stmt, 2, year);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    row (stmt, data);
  sqlite3_reset (stmt);
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  if (rc != SQLITE_DONE)
    return vd_store_set_error (store, error);
  return TRUE;
}

static void
on_unit_row (sqlite3_stmt *stmt,
             gpointer      data)
{
  Records *records = data;
  gint64 id = sqlite3_column_int64 (stmt, 0);
  VdEligibilityRecord *record = vd_eligibility_record_new (VD_RULE_SUBJECT_UNIT, id, column_text (stmt, 1));

  vd_eligibility_record_set_unit (record, id, column_text (stmt, 1));
  g_hash_table_insert (records->units, GINT_TO_POINTER (id), record);
  g_ptr_array_add (records->order, record);
}

static void
on_person_row (sqlite3_stmt *stmt,
               gpointer      data)
{
  Records *records = data;
  gint64 id = sqlite3_column_int64 (stmt, 0);
  g_autofree char *name = vd_text_full_name (column_text (stmt, 1), column_text (stmt, 2), column_text (stmt, 3));
  VdEligibilityRecord *record = vd_eligibility_record_new (VD_RULE_SUBJECT_PERSON, id, name);

  vd_eligibility_record_set_unit (record, sqlite3_column_int64 (stmt, 4), column_text (stmt, 5));
  g_hash_table_insert (records->people, GINT_TO_POINTER (id), record);
  g_ptr_array_add (records->order, record);
}

static VdEligibilityRecord *
lookup (GHashTable *table,
        gint64      id)
{
  return g_hash_table_lookup (table, GINT_TO_POINTER (id));
}

static void
on_person_rating (sqlite3_stmt *stmt,
                  gpointer      data)
{
  VdEligibilityRecord *record = lookup (((Records *) data)->people, sqlite3_column_int64 (stmt, 0));

  if (record != NULL)
    vd_eligibility_record_add_rating (record, sqlite3_column_int (stmt, 1), vd_grade_from_string (column_text (stmt, 2)));
}

static void
on_unit_rating (sqlite3_stmt *stmt,
                gpointer      data)
{
  VdEligibilityRecord *record = lookup (((Records *) data)->units, sqlite3_column_int64 (stmt, 0));

  if (record != NULL)
    vd_eligibility_record_add_rating (record, sqlite3_column_int (stmt, 1), vd_grade_from_string (column_text (stmt, 2)));
}

/* Columns: person_id, unit_id, id, code, year, decision number. */
static void
on_award (sqlite3_stmt *stmt,
          gpointer      data)
{
  Records *records = data;
  VdEligibilityRecord *record = sqlite3_column_type (stmt, 0) != SQLITE_NULL
    ? lookup (records->people, sqlite3_column_int64 (stmt, 0))
    : lookup (records->units, sqlite3_column_int64 (stmt, 1));

  if (record != NULL)
    vd_eligibility_record_add_award (record, sqlite3_column_int64 (stmt, 2), column_text (stmt, 3),
                                     sqlite3_column_int (stmt, 4), (const char *) sqlite3_column_text (stmt, 5));
}

static void
on_initiative (sqlite3_stmt *stmt,
               gpointer      data)
{
  VdEligibilityRecord *record = lookup (((Records *) data)->people, sqlite3_column_int64 (stmt, 0));

  if (record != NULL)
    vd_eligibility_record_add_initiative (record, sqlite3_column_int64 (stmt, 1), column_text (stmt, 2),
                                          sqlite3_column_int (stmt, 3),
                                          vd_initiative_level_from_string (column_text (stmt, 4)),
                                          (const char *) sqlite3_column_text (stmt, 5));
}

/* Member counts: per unit directly, then added up the tree. */
typedef struct
{
  GHashTable *direct;   /* unit id → GHashTable (what → count) */
} Counts;

static void
counts_add (Counts     *counts,
            gint64      unit_id,
            const char *what,
            int         n)
{
  GHashTable *table = g_hash_table_lookup (counts->direct, GINT_TO_POINTER (unit_id));

  if (table == NULL)
    {
      table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_hash_table_insert (counts->direct, GINT_TO_POINTER (unit_id), table);
    }
  g_hash_table_insert (table, g_strdup (what),
                       GINT_TO_POINTER (GPOINTER_TO_INT (g_hash_table_lookup (table, what)) + n));
}

static void
on_people_count (sqlite3_stmt *stmt,
                 gpointer      data)
{
  counts_add (data, sqlite3_column_int64 (stmt, 0), "people", sqlite3_column_int (stmt, 1));
}

static void
on_grade_count (sqlite3_stmt *stmt,
                gpointer      data)
{
  static const char * const grades[] = { "excellent", "good", "done" };
  VdGrade grade = vd_grade_from_string (column_text (stmt, 1));

  for (guint g = 0; g < G_N_ELEMENTS (grades); g++)
    if (grade != VD_GRADE_NONE && grade <= vd_grade_from_string (grades[g]))
      {
        g_autofree char *key = g_strdup_printf ("rating:%s", grades[g]);
        counts_add (data, sqlite3_column_int64 (stmt, 0), key, sqlite3_column_int (stmt, 2));
      }
}

static void
on_title_count (sqlite3_stmt *stmt,
                gpointer      data)
{
  g_autofree char *key = g_strdup_printf ("title:%s", column_text (stmt, 1));

  counts_add (data, sqlite3_column_int64 (stmt, 0), key, sqlite3_column_int (stmt, 2));
}

static void
on_parent (sqlite3_stmt *stmt,
           gpointer      data)
{
  if (sqlite3_column_type (stmt, 1) != SQLITE_NULL)
    g_hash_table_insert (data, GINT_TO_POINTER (sqlite3_column_int64 (stmt, 0)),
                         GINT_TO_POINTER (sqlite3_column_int64 (stmt, 1)));
}

static gboolean
load_member_counts (VdStore       *store,
                    Records       *records,
                    int            year,
                    GCancellable  *cancellable,
                    GError       **error)
{
  g_autoptr(GHashTable) parents = g_hash_table_new (g_direct_hash, g_direct_equal);
  Counts counts = { g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, (GDestroyNotify) g_hash_table_unref) };
  GHashTableIter iter;
  gpointer key, value;
  gboolean ok;

  ok = run_rows (store, "SELECT id, parent_id FROM units", 0, 0, cancellable, on_parent, parents, error)
       && run_rows (store, "SELECT unit_id, count(*) FROM people WHERE ?1 = ?1 GROUP BY unit_id",
                    0, 0, cancellable, on_people_count, &counts, error)
       && run_rows (store,
                    "SELECT p.unit_id, r.grade, count(*) FROM person_ratings r JOIN people p ON p.id = r.person_id "
                    "WHERE ?1 = ?1 AND r.year = ?2 GROUP BY 1, 2",
                    0, year, cancellable, on_grade_count, &counts, error)
       && run_rows (store,
                    "SELECT p.unit_id, k.code, count(DISTINCT a.person_id) FROM awards a "
                    "JOIN award_kinds k ON k.id = a.award_kind_id JOIN people p ON p.id = a.person_id "
                    "WHERE ?1 = ?1 AND a.year = ?2 AND a.revoked = 0 GROUP BY 1, 2",
                    0, year, cancellable, on_title_count, &counts, error);

  if (ok)
    {
      Counts totals = { g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, (GDestroyNotify) g_hash_table_unref) };

      /* Each unit's own people count for it and for every unit above it. */
      g_hash_table_iter_init (&iter, counts.direct);
      while (g_hash_table_iter_next (&iter, &key, &value))
        for (gpointer unit = key; unit != NULL; unit = g_hash_table_lookup (parents, unit))
          {
            GHashTableIter inner;
            gpointer what, n;

            if (!g_hash_table_contains (records->units, unit))
              continue;
            g_hash_table_iter_init (&inner, value);
            while (g_hash_table_iter_next (&inner, &what, &n))
              counts_add (&totals, GPOINTER_TO_INT (unit), what, GPOINTER_TO_INT (n));
          }

      g_hash_table_iter_init (&iter, totals.direct);
      while (g_hash_table_iter_next (&iter, &key, &value))
        {
          VdEligibilityRecord *record = g_hash_table_lookup (records->units, key);
          GHashTableIter inner;
          gpointer what, n;

          g_hash_table_iter_init (&inner, value);
          while (g_hash_table_iter_next (&inner, &what, &n))
            vd_eligibility_record_set_members (record, year, what, GPOINTER_TO_INT (n));
        }
      g_hash_table_unref (totals.direct);
    }
  g_hash_table_unref (counts.direct);
  return ok;
}

void
vd_eligibility_plan_row_free (VdEligibilityPlanRow *row)
{
  if (row == NULL)
    return;
  g_free (row->name);
  g_free (row->unit_name);
  g_free (row->award_code);
  g_free (row->award_name);
  g_free (row->missing);
  g_free (row->met);
  g_free (row);
}

const char *
vd_eligibility_plan_when_label (VdEligibilityPlanWhen when)
{
  return when == VD_ELIGIBILITY_PLAN_NOW ? _("Eligible now") : _("1 year away");
}

static gboolean
load_records (VdStore       *store,
              gint64         unit_id,
              int            year,
              Records       *records,
              GCancellable  *cancellable,
              GError       **error)
{
  records->people = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL,
                                           (GDestroyNotify) vd_eligibility_record_free);
  records->units = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL,
                                          (GDestroyNotify) vd_eligibility_record_free);
  records->order = g_ptr_array_new ();

  return run_rows (store, SUBTREE_CTE "SELECT id, name FROM units WHERE id IN sub ORDER BY sort_order, id",
                   unit_id, year, cancellable, on_unit_row, records, error)
         && run_rows (store,
                      SUBTREE_CTE
                      "SELECT p.id, p.family_name, p.middle_name, p.given_name, p.unit_id, u.name "
                      "FROM people p JOIN units u ON u.id = p.unit_id WHERE p.unit_id IN sub "
                      "ORDER BY p.unit_id, p.sort_key",
                      unit_id, year, cancellable, on_person_row, records, error)
         && run_rows (store,
                      SUBTREE_CTE
                      "SELECT r.person_id, r.year, r.grade FROM person_ratings r "
                      "JOIN people p ON p.id = r.person_id WHERE p.unit_id IN sub",
                      unit_id, year, cancellable, on_person_rating, records, error)
         && run_rows (store,
                      SUBTREE_CTE
                      "SELECT r.unit_id, r.year, r.grade FROM unit_ratings r WHERE r.unit_id IN sub",
                      unit_id, year, cancellable, on_unit_rating, records, error)
         && run_rows (store,
                      SUBTREE_CTE
                      "SELECT a.person_id, NULL, a.id, k.code, a.year, d.number FROM awards a "
                      "JOIN people p ON p.id = a.person_id JOIN award_kinds k ON k.id = a.award_kind_id "
                      "LEFT JOIN decisions d ON d.id = a.decision_id "
                      "WHERE p.unit_id IN sub AND a.revoked = 0",
                      unit_id, year, cancellable, on_award, records, error)
         && run_rows (store,
                      SUBTREE_CTE
                      "SELECT NULL, a.unit_id, a.id, k.code, a.year, d.number FROM awards a "
                      "JOIN award_kinds k ON k.id = a.award_kind_id "
                      "LEFT JOIN decisions d ON d.id = a.decision_id "
                      "WHERE a.unit_id IN sub AND a.revoked = 0",
                      unit_id, year, cancellable, on_award, records, error)
         && run_rows (store,
                      SUBTREE_CTE
                      "SELECT ia.person_id, i.id, i.title, i.year, i.level, k.name "
                      "FROM initiative_authors ia JOIN people p ON p.id = ia.person_id "
                      "JOIN initiatives i ON i.id = ia.initiative_id "
                      "LEFT JOIN awards a ON a.id = i.used_for_award_id "
                      "LEFT JOIN award_kinds k ON k.id = a.award_kind_id "
                      "WHERE p.unit_id IN sub",
                      unit_id, year, cancellable, on_initiative, records, error)
         && load_member_counts (store, records, year, cancellable, error);
}

static VdEligibilityPlanRow *
row_new (const VdEligibilityRecord *record,
         const VdEligibilityResult *result,
         VdEligibilityPlanWhen      when,
         const VdEligibilityResult *now)
{
  VdEligibilityPlanRow *row = g_new0 (VdEligibilityPlanRow, 1);

  row->subject = vd_eligibility_record_get_subject (record);
  row->id = vd_eligibility_record_get_id (record);
  row->name = g_strdup (vd_eligibility_record_get_name (record));
  row->unit_name = g_strdup (vd_eligibility_record_get_unit_name (record));
  row->award_code = g_strdup (result->award_code);
  row->award_name = g_strdup (result->award_name);
  row->rank = result->rank;
  row->when = when;
  row->unconfirmed = result->unconfirmed || now->unconfirmed;
  row->met = vd_eligibility_result_dup_met (now);
  if (when == VD_ELIGIBILITY_PLAN_NEXT_YEAR)
    row->missing = vd_eligibility_result_dup_missing (now);
  return row;
}

static void
plan_record (const VdEligibilityRecord *record,
             const VdRuleSet           *set,
             const VdRuleSet           *next_set,
             int                        year,
             const VdEligibilityKinds  *kinds,
             GHashTable                *ranks,
             GPtrArray                 *rows)
{
  g_autoptr(VdEligibilityRecord) projected = NULL;

  /* Statuses first, without words; the words only for the rows shown. */
  for (guint i = 0; i < set->rules->len; i++)
    {
      const VdRule *rule = g_ptr_array_index (set->rules, i);
      const VdRule *next_rule;
      g_autoptr(VdEligibilityResult) quick = NULL;
      g_autoptr(VdEligibilityResult) now = NULL;
      g_autoptr(VdEligibilityResult) next = NULL;

      if (rule->subject != vd_eligibility_record_get_subject (record)
          || vd_eligibility_record_has_award (record, rule->code, year))
        continue;

      quick = vd_eligibility_check_quiet (record, set, rule, year);
      if (quick->status == VD_ELIGIBILITY_ELIGIBLE)
        {
          now = vd_eligibility_check (record, set, rule->code, year, kinds);
          now->rank = GPOINTER_TO_INT (g_hash_table_lookup (ranks, rule->code));
          g_ptr_array_add (rows, row_new (record, now, VD_ELIGIBILITY_PLAN_NOW, now));
          continue;
        }
      if (quick->status != VD_ELIGIBILITY_NOT_YET || next_set == NULL
          || (next_rule = vd_rule_set_lookup (next_set, rule->code)) == NULL
          || next_rule->subject != rule->subject)
        continue;

      if (projected == NULL)
        projected = vd_eligibility_record_project (record, set, year);
      g_clear_pointer (&quick, vd_eligibility_result_free);
      quick = vd_eligibility_check_quiet (projected, next_set, next_rule, year + 1);
      if (quick->status != VD_ELIGIBILITY_ELIGIBLE)
        continue;

      now = vd_eligibility_check (record, set, rule->code, year, kinds);
      next = vd_eligibility_check (projected, next_set, rule->code, year + 1, kinds);
      next->rank = now->rank = GPOINTER_TO_INT (g_hash_table_lookup (ranks, rule->code));
      g_ptr_array_add (rows, row_new (record, next, VD_ELIGIBILITY_PLAN_NEXT_YEAR, now));
    }
}

static gint
compare_rows (gconstpointer a,
              gconstpointer b)
{
  const VdEligibilityPlanRow *x = *(VdEligibilityPlanRow * const *) a;
  const VdEligibilityPlanRow *y = *(VdEligibilityPlanRow * const *) b;

  /* Highest awards first, then units before people, now before next year;
   * within that the archive's order (units in tree order, people by unit
   * and Vietnamese name), which the sort keeps because it is stable. */
  if (x->rank != y->rank)
    return y->rank - x->rank;
  if (strcmp (x->award_code, y->award_code) != 0)
    return strcmp (x->award_code, y->award_code);
  if (x->subject != y->subject)
    return x->subject == VD_RULE_SUBJECT_UNIT ? -1 : 1;
  if (x->when != y->when)
    return (int) x->when - (int) y->when;
  return 0;
}

/**
 * vd_eligibility_plan:
 * @rule_sets: (nullable): the rule sets; %NULL for the default ones
 * @unit_id: the unit whose subtree is planned; 0 for the whole archive
 *
 * The planning report for @year: who is eligible now for each award of the
 * rule set in force (and has not received it for @year yet), and who will
 * be next year if they keep this year's rating and titles, with what is
 * missing now. Blocked people and units are left out. Runs in a worker:
 * it reads the whole subtree.
 *
 * Returns: (transfer full) (element-type VdEligibilityPlanRow): the rows,
 *   highest awards first, or %NULL with @error
 */
GPtrArray *
vd_eligibility_plan (VdStore       *store,
                     GPtrArray     *rule_sets,
                     gint64         unit_id,
                     int            year,
                     GCancellable  *cancellable,
                     GError       **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) vd_eligibility_plan_row_free);
  g_autoptr(VdEligibilityKinds) kinds = NULL;
  g_autoptr(GHashTable) ranks = g_hash_table_new (g_direct_hash, g_direct_equal);
  Records records = { 0 };
  VdRuleSet *set, *next_set;
  sqlite3_stmt *stmt;
  gboolean ok;

  if (rule_sets == NULL)
    rule_sets = vd_rule_sets_get_default ();
  set = vd_rule_sets_find_for_year (rule_sets, year, error);
  if (set == NULL)
    return NULL;
  next_set = vd_rule_sets_find_for_year (rule_sets, year + 1, NULL);
  kinds = vd_eligibility_kinds_load (store, error);
  if (kinds == NULL)
    return NULL;

  stmt = vd_store_prepare (store, "SELECT code, rank FROM award_kinds", error);
  if (stmt == NULL)
    return NULL;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_hash_table_insert (ranks, (gpointer) g_intern_string (column_text (stmt, 0)),
                         GINT_TO_POINTER (sqlite3_column_int (stmt, 1)));
  sqlite3_reset (stmt);

  /* One read transaction, so the report sees one state of the archive. */
  if (!vd_store_exec (store, "BEGIN", error))
    return NULL;
  ok = load_records (store, unit_id, year, &records, cancellable, error);
  vd_store_exec (store, "COMMIT", NULL);
  if (!ok)
    {
      records_clear (&records);
      return NULL;
    }

  for (guint i = 0; i < records.order->len; i++)
    {
      if (i % 1024 == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          records_clear (&records);
          return NULL;
        }
      plan_record (g_ptr_array_index (records.order, i), set, next_set, year, kinds, ranks, rows);
    }
  records_clear (&records);

  g_ptr_array_sort (rows, compare_rows);
  return g_steal_pointer (&rows);
}

typedef struct
{
  gint64 unit_id;
  int    year;
} PlanData;

static void
plan_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  VdStore *store = source_object;
  PlanData *data = task_data;
  g_autoptr(GError) error = NULL;
  VdStore *worker = vd_store_pool_acquire (store, &error);
  GPtrArray *rows = NULL;

  if (worker != NULL)
    {
      vd_store_pool_set_progress (worker, cancellable);
      rows = vd_eligibility_plan (worker, NULL, data->unit_id, data->year, cancellable, &error);
      vd_store_pool_release (store, worker);
    }
  if (rows == NULL)
    {
      if (g_cancellable_is_cancelled (cancellable))
        {
          g_clear_error (&error);
          g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_CANCELLED, _("Cancelled"));
        }
      g_task_return_error (task, g_steal_pointer (&error));
    }
  else
    g_task_return_pointer (task, rows, (GDestroyNotify) g_ptr_array_unref);
}

/**
 * vd_eligibility_plan_async:
 *
 * vd_eligibility_plan() on a worker thread with its own connection, with
 * the default rule sets.
 */
void
vd_eligibility_plan_async (VdStore             *store,
                           gint64               unit_id,
                           int                  year,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (store, cancellable, callback, user_data);
  PlanData *data = g_new0 (PlanData, 1);

  /* Read the rule sets here, once, rather than racing on first use. */
  vd_rule_sets_get_default ();
  data->unit_id = unit_id;
  data->year = year;
  g_task_set_source_tag (task, vd_eligibility_plan_async);
  g_task_set_task_data (task, data, g_free);
  g_task_run_in_thread (task, plan_thread);
}

/**
 * vd_eligibility_plan_finish:
 *
 * Returns: (transfer full) (element-type VdEligibilityPlanRow): the rows,
 *   or %NULL with @error
 */
GPtrArray *
vd_eligibility_plan_finish (VdStore       *store,
                            GAsyncResult  *result,
                            GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, store), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* ---- Export */

static const char *
subject_label (VdRuleSubject subject)
{
  return subject == VD_RULE_SUBJECT_UNIT ? _("Unit") : _("Person");
}

/* A cell starting with = + - or @ would run as a formula in a spreadsheet:
 * a leading apostrophe keeps it text. */
static char *
neutralize (const char *text)
{
  if (text != NULL && (text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@'))
    return g_strconcat ("'", text, NULL);
  return g_strdup (text ? text : "");
}

static void
append_csv_field (GString    *line,
                  const char *text,
                  gboolean    first)
{
  g_autofree char *safe = neutralize (text);

  if (!first)
    g_string_append_c (line, ',');
  g_string_append_c (line, '"');
  for (const char *p = safe; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (line, '"');
      g_string_append_c (line, *p);
    }
  g_string_append_c (line, '"');
}

static const char * const *
column_titles (void)
{
  static const char *titles[8];

  titles[0] = _("Award");
  titles[1] = _("When");
  titles[2] = _("Person or unit");
  titles[3] = _("Name");
  titles[4] = _("Unit");
  titles[5] = _("What is missing");
  titles[6] = _("Requirements met");
  titles[7] = NULL;
  return titles;
}

static void
row_cells (const VdEligibilityPlanRow *row,
           const char                 *cells[7])
{
  cells[0] = row->award_name;
  cells[1] = vd_eligibility_plan_when_label (row->when);
  cells[2] = subject_label (row->subject);
  cells[3] = row->name;
  cells[4] = row->unit_name;
  cells[5] = row->missing ? row->missing : "";
  cells[6] = row->met ? row->met : "";
}

/**
 * vd_eligibility_plan_write_csv:
 *
 * Writes the rows as UTF-8 CSV with a header line (with a byte-order mark,
 * so spreadsheet programs read the Vietnamese right).
 */
gboolean
vd_eligibility_plan_write_csv (GPtrArray   *rows,
                               int          year,
                               const char  *path,
                               GError     **error)
{
  g_autoptr(GString) text = g_string_new ("\xEF\xBB\xBF");
  const char * const *titles = column_titles ();

  for (guint c = 0; titles[c] != NULL; c++)
    append_csv_field (text, titles[c], c == 0);
  g_string_append (text, "\r\n");
  for (guint i = 0; i < rows->len; i++)
    {
      const char *cells[7];

      row_cells (g_ptr_array_index (rows, i), cells);
      for (guint c = 0; c < G_N_ELEMENTS (cells); c++)
        append_csv_field (text, cells[c], c == 0);
      g_string_append (text, "\r\n");
    }
  return g_file_set_contents (path, text->str, text->len, error);
}

/**
 * vd_eligibility_plan_write_xlsx:
 * @title: the sheet's heading, e.g. the unit and the year
 *
 * Writes the rows as an XLSX workbook: a heading, then one row per line of
 * the report, the header frozen and filterable.
 */
gboolean
vd_eligibility_plan_write_xlsx (GPtrArray   *rows,
                                int          year,
                                const char  *title,
                                const char  *path,
                                GError     **error)
{
  static const double widths[] = { 34, 14, 14, 28, 36, 70, 70 };
  const char * const *titles = column_titles ();
  lxw_workbook *workbook = workbook_new (path);
  lxw_worksheet *sheet;
  lxw_format *bold, *wrap, *heading;
  lxw_error rc;

  if (workbook == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Could not create “%s”. Check that the folder exists and can be written to."), path);
      return FALSE;
    }
  /* Translators: the XLSX sheet name (at most 31 characters) */
  sheet = workbook_add_worksheet (workbook, _("Planning"));
  bold = workbook_add_format (workbook);
  format_set_bold (bold);
  format_set_bg_color (bold, 0xE8E8E8);
  format_set_text_wrap (bold);
  wrap = workbook_add_format (workbook);
  format_set_text_wrap (wrap);
  format_set_align (wrap, LXW_ALIGN_VERTICAL_TOP);
  heading = workbook_add_format (workbook);
  format_set_bold (heading);
  format_set_font_size (heading, 14);

  worksheet_write_string (sheet, 0, 0, title, heading);
  for (guint c = 0; titles[c] != NULL; c++)
    {
      worksheet_set_column (sheet, c, c, widths[c], c >= 5 ? wrap : NULL);
      worksheet_write_string (sheet, 2, c, titles[c], bold);
    }
  for (guint i = 0; i < rows->len; i++)
    {
      const char *cells[7];

      row_cells (g_ptr_array_index (rows, i), cells);
      for (guint c = 0; c < G_N_ELEMENTS (cells); c++)
        {
          g_autofree char *safe = neutralize (cells[c]);
          /* write_string never evaluates, but a copied cell may be pasted
           * into a formula bar: neutralised all the same. */
          worksheet_write_string (sheet, 3 + i, c, safe, c >= 5 ? wrap : NULL);
        }
    }
  worksheet_freeze_panes (sheet, 3, 0);
  worksheet_autofilter (sheet, 2, 0, 2 + MAX (rows->len, 1), 6);

  rc = workbook_close (workbook);
  if (rc != LXW_NO_ERROR)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Could not write “%s”: %s. Check that the folder can be written to."), path, lxw_strerror (rc));
      return FALSE;
    }
  return TRUE;
}
