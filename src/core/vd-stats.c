/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdStats"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "vd-stats-private.h"
#include "vd-store-pool.h"
#include "vd-text.h"

/* Every count runs one GROUP BY over the awards with the filter's
 * conditions; the folding of units into branches, the labels and the order
 * are done here in C over a few hundred groups, so the database does only
 * the part that grows with the archive. */

/* Deeper than any real organisation chart; guards against loops. */
#define MAX_DEPTH 64

/* The recipient's unit: a collective's own, a person's unit. */
#define RECIPIENT_UNIT "COALESCE (a.unit_id, p.unit_id)"

typedef enum
{
  BIND_INT,
  BIND_TEXT,
} BindType;

typedef struct
{
  BindType    type;
  gint64      value;
  const char *text;  /* static */
} Bind;

typedef struct
{
  gint64  id;
  gint64  parent_id;
  char   *name;
  char   *short_name;
} UnitInfo;

typedef struct
{
  gint64  id;
  char   *name;
  int     rank;
} KindInfo;

typedef struct
{
  VdStatsQuery   query;
  VdStatsFilter *filter;
  guint          limit;
  gint64         total;
} TaskData;

/* ---- Filters ---- */

VdStatsFilter *
vd_stats_filter_new (void)
{
  return g_new0 (VdStatsFilter, 1);
}

static GArray *
copy_ids (GArray *ids)
{
  GArray *copy;

  if (ids == NULL || ids->len == 0)
    return NULL;
  copy = g_array_sized_new (FALSE, FALSE, sizeof (gint64), ids->len);
  g_array_append_vals (copy, ids->data, ids->len);
  return copy;
}

VdStatsFilter *
vd_stats_filter_copy (const VdStatsFilter *filter)
{
  VdStatsFilter *copy = g_memdup2 (filter, sizeof *filter);

  copy->kind_ids = copy_ids (filter->kind_ids);
  copy->exact_unit_ids = copy_ids (filter->exact_unit_ids);
  return copy;
}

void
vd_stats_filter_free (VdStatsFilter *filter)
{
  if (filter == NULL)
    return;
  g_clear_pointer (&filter->kind_ids, g_array_unref);
  g_clear_pointer (&filter->exact_unit_ids, g_array_unref);
  g_free (filter);
}

static gboolean
ids_equal (GArray *a,
           GArray *b)
{
  guint na = a ? a->len : 0;
  guint nb = b ? b->len : 0;

  if (na != nb)
    return FALSE;
  return na == 0 || memcmp (a->data, b->data, na * sizeof (gint64)) == 0;
}

gboolean
vd_stats_filter_equal (const VdStatsFilter *a,
                       const VdStatsFilter *b)
{
  return a->year_from == b->year_from && a->year_to == b->year_to
      && a->unit_id == b->unit_id && a->bloc_id == b->bloc_id
      && a->subject == b->subject && a->gender == b->gender
      && a->direct == b->direct && a->campaign_id == b->campaign_id
      && ids_equal (a->kind_ids, b->kind_ids)
      && ids_equal (a->exact_unit_ids, b->exact_unit_ids);
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

/* Sorted, so that two filters naming the same ids compare equal. */
static void
set_ids (GArray      **slot,
         const gint64 *ids,
         guint         n_ids)
{
  g_clear_pointer (slot, g_array_unref);
  if (n_ids == 0)
    return;
  *slot = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n_ids);
  g_array_append_vals (*slot, ids, n_ids);
  g_array_sort (*slot, compare_ids);
}

void
vd_stats_filter_set_kinds (VdStatsFilter *filter,
                           const gint64  *ids,
                           guint          n_ids)
{
  set_ids (&filter->kind_ids, ids, n_ids);
}

void
vd_stats_filter_set_exact_units (VdStatsFilter *filter,
                                 const gint64  *ids,
                                 guint          n_ids)
{
  set_ids (&filter->exact_unit_ids, ids, n_ids);
}

gboolean
vd_stats_filter_has_kind (const VdStatsFilter *filter,
                          gint64               kind_id)
{
  if (filter->kind_ids == NULL)
    return FALSE;
  for (guint i = 0; i < filter->kind_ids->len; i++)
    if (g_array_index (filter->kind_ids, gint64, i) == kind_id)
      return TRUE;
  return FALSE;
}

static void
intersect_ids (GArray       **slot,
               const GArray  *ids)
{
  g_autoptr(GArray) result = NULL;

  if (*slot == NULL)
    {
      set_ids (slot, (const gint64 *) ids->data, ids->len);
      return;
    }
  result = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);

      for (guint j = 0; j < (*slot)->len; j++)
        if (g_array_index (*slot, gint64, j) == id)
          {
            g_array_append_val (result, id);
            break;
          }
    }
  /* Nothing in common: a filter that matches no award, not one that
   * matches all of them. */
  if (result->len == 0)
    {
      gint64 none = -1;
      g_array_append_val (result, none);
    }
  set_ids (slot, (const gint64 *) result->data, result->len);
}

/**
 * vd_stats_filter_narrow:
 * @key: a row or column of a table counted with @filter
 *
 * Returns: (transfer full): @filter restricted to the awards counted
 *   under @key: what a drill-down into a bar lists
 */
VdStatsFilter *
vd_stats_filter_narrow (const VdStatsFilter *filter,
                        const VdStatsKey    *key)
{
  VdStatsFilter *narrow = vd_stats_filter_copy (filter);
  GArray one = { 0 };
  gint64 id = key->id;

  one.data = (char *) &id;
  one.len = 1;

  switch (key->type)
    {
    case VD_STATS_KEY_UNIT:
      if (key->unit_ids != NULL && key->unit_ids->len > 0)
        intersect_ids (&narrow->exact_unit_ids, key->unit_ids);
      else
        intersect_ids (&narrow->exact_unit_ids, &one);
      break;
    case VD_STATS_KEY_YEAR:
      narrow->year_from = narrow->year_to = (int) key->id;
      break;
    case VD_STATS_KEY_KIND:
      intersect_ids (&narrow->kind_ids, &one);
      break;
    case VD_STATS_KEY_WOMEN:
      narrow->subject = VD_STATS_SUBJECT_INDIVIDUAL;
      narrow->gender = VD_STATS_GENDER_FEMALE;
      break;
    case VD_STATS_KEY_DIRECT:
      narrow->subject = VD_STATS_SUBJECT_INDIVIDUAL;
      narrow->direct = VD_STATS_DIRECT_YES;
      break;
    case VD_STATS_KEY_COUNT:
    default:
      break;
    }
  return narrow;
}

/* ---- Records ---- */

void
vd_stats_key_free (VdStatsKey *key)
{
  if (key == NULL)
    return;
  g_free (key->label);
  g_free (key->name);
  g_clear_pointer (&key->unit_ids, g_array_unref);
  g_free (key);
}

static VdStatsKey *
key_new (VdStatsKeyType  type,
         gint64          id,
         const char     *label,
         const char     *name)
{
  VdStatsKey *key = g_new0 (VdStatsKey, 1);

  key->type = type;
  key->id = id;
  key->label = g_strdup (label);
  key->name = g_strdup (name ? name : label);
  return key;
}

void
vd_stats_table_free (VdStatsTable *table)
{
  if (table == NULL)
    return;
  g_clear_pointer (&table->rows, g_ptr_array_unref);
  g_clear_pointer (&table->columns, g_ptr_array_unref);
  g_free (table->counts);
  g_free (table->bases);
  g_free (table);
}

gint64
vd_stats_table_get (const VdStatsTable *table,
                    guint               row,
                    guint               column)
{
  g_return_val_if_fail (row < table->rows->len && column < table->columns->len, 0);
  return table->counts[row * table->columns->len + column];
}

gint64
vd_stats_table_row_sum (const VdStatsTable *table,
                        guint               row)
{
  gint64 sum = 0;

  for (guint c = 0; c < table->columns->len; c++)
    sum += vd_stats_table_get (table, row, c);
  return sum;
}

void
vd_stats_award_free (VdStatsAward *award)
{
  if (award == NULL)
    return;
  g_free (award->recipient);
  g_free (award->unit);
  g_free (award->kind);
  g_free (award->decision);
  g_free (award->signed_on);
  g_free (award);
}

void
vd_stats_choice_free (VdStatsChoice *choice)
{
  if (choice == NULL)
    return;
  g_free (choice->name);
  g_free (choice);
}

static void
unit_info_free (gpointer data)
{
  UnitInfo *info = data;

  g_free (info->name);
  g_free (info->short_name);
  g_free (info);
}

static void
kind_info_free (gpointer data)
{
  KindInfo *info = data;

  g_free (info->name);
  g_free (info);
}

static void
task_data_free (gpointer data)
{
  TaskData *task_data = data;

  vd_stats_filter_free (task_data->filter);
  g_free (task_data);
}

static const char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return text ? text : "";
}

/* ---- SQL ---- */

static void
add_bind (GArray     *binds,
          BindType    type,
          gint64      value,
          const char *text)
{
  Bind bind = { type, value, text };

  g_array_append_val (binds, bind);
}

static void
append_id_list (GString *sql,
                GArray  *binds,
                GArray  *ids)
{
  g_string_append_c (sql, '(');
  for (guint i = 0; i < ids->len; i++)
    {
      g_string_append (sql, i == 0 ? "?" : ", ?");
      add_bind (binds, BIND_INT, g_array_index (ids, gint64, i), NULL);
    }
  g_string_append_c (sql, ')');
}

/* The FROM and WHERE shared by every count and list: only fixed fragments
 * go into the text, every value is bound. */
static void
append_from_where (GString             *sql,
                   GArray              *binds,
                   const VdStatsFilter *filter)
{
  g_string_append (sql,
                   " FROM awards a LEFT JOIN people p ON p.id = a.person_id"
                   " WHERE a.revoked = 0");

  if (filter->year_from > 0)
    {
      g_string_append (sql, " AND a.year >= ?");
      add_bind (binds, BIND_INT, filter->year_from, NULL);
    }
  if (filter->year_to > 0)
    {
      g_string_append (sql, " AND a.year <= ?");
      add_bind (binds, BIND_INT, filter->year_to, NULL);
    }

  if (filter->subject == VD_STATS_SUBJECT_INDIVIDUAL
      || filter->gender != VD_STATS_GENDER_ANY
      || filter->direct != VD_STATS_DIRECT_ANY)
    g_string_append (sql, " AND a.person_id IS NOT NULL");
  else if (filter->subject == VD_STATS_SUBJECT_COLLECTIVE)
    g_string_append (sql, " AND a.unit_id IS NOT NULL");

  if (filter->gender != VD_STATS_GENDER_ANY)
    {
      g_string_append (sql, " AND p.gender = ?");
      add_bind (binds, BIND_TEXT, 0, filter->gender == VD_STATS_GENDER_FEMALE ? "female" : "male");
    }
  if (filter->direct != VD_STATS_DIRECT_ANY)
    {
      g_string_append (sql, " AND p.direct_worker = ?");
      add_bind (binds, BIND_INT, filter->direct == VD_STATS_DIRECT_YES ? 1 : 0, NULL);
    }

  if (filter->kind_ids != NULL && filter->kind_ids->len > 0)
    {
      g_string_append (sql, " AND a.award_kind_id IN ");
      append_id_list (sql, binds, filter->kind_ids);
    }

  if (filter->exact_unit_ids != NULL && filter->exact_unit_ids->len > 0)
    {
      g_string_append (sql, " AND " RECIPIENT_UNIT " IN ");
      append_id_list (sql, binds, filter->exact_unit_ids);
    }

  if (filter->unit_id > 0)
    {
      g_string_append (sql,
                       " AND " RECIPIENT_UNIT " IN (WITH RECURSIVE sub (id) AS ("
                       "SELECT ? UNION SELECT s.id FROM units s JOIN sub ON s.parent_id = sub.id"
                       ") SELECT id FROM sub)");
      add_bind (binds, BIND_INT, filter->unit_id, NULL);
    }

  /* A bloc's members compete as a whole: their subunits' awards count too. */
  if (filter->bloc_id > 0)
    {
      g_string_append (sql,
                       " AND (" RECIPIENT_UNIT ", a.year) IN (WITH RECURSIVE bu (id, year) AS ("
                       "SELECT unit_id, year FROM bloc_members WHERE bloc_id = ?"
                       " UNION SELECT s.id, bu.year FROM units s JOIN bu ON s.parent_id = bu.id"
                       ") SELECT id, year FROM bu)");
      add_bind (binds, BIND_INT, filter->bloc_id, NULL);
    }

  if (filter->campaign_id > 0)
    {
      g_string_append (sql,
                       " AND a.nomination_id IN (SELECT n.id FROM nominations n"
                       " JOIN dossiers d ON d.id = n.dossier_id WHERE d.campaign_id = ?)");
      add_bind (binds, BIND_INT, filter->campaign_id, NULL);
    }
}

static void
bind_all (sqlite3_stmt *stmt,
          GArray       *binds)
{
  for (guint i = 0; i < binds->len; i++)
    {
      Bind *bind = &g_array_index (binds, Bind, i);

      if (bind->type == BIND_INT)
        sqlite3_bind_int64 (stmt, (int) i + 1, bind->value);
      else
        sqlite3_bind_text (stmt, (int) i + 1, bind->text, -1, SQLITE_STATIC);
    }
}

/* What each query groups by and counts: the aggregate's one place. */
static const char *
select_clause (VdStatsQuery query)
{
  switch (query)
    {
    case VD_STATS_UNITS:
      return "SELECT " RECIPIENT_UNIT ", 0, count(*)";
    case VD_STATS_UNITS_BY_FORM:
      return "SELECT " RECIPIENT_UNIT ", a.award_kind_id, count(*)";
    case VD_STATS_YEARS_BY_FORM:
      return "SELECT a.year, a.award_kind_id, count(*)";
    case VD_STATS_YEARS_BY_UNIT:
      return "SELECT a.year, " RECIPIENT_UNIT ", count(*)";
    case VD_STATS_MIX:
      return "SELECT a.award_kind_id, 0, count(*)";
    case VD_STATS_SHARES:
      return "SELECT a.year, count(*), coalesce (sum (p.gender = 'female'), 0),"
             " coalesce (sum (p.direct_worker), 0)";
    default:
      g_assert_not_reached ();
    }
}

static const char *
group_clause (VdStatsQuery query)
{
  switch (query)
    {
    case VD_STATS_UNITS:
    case VD_STATS_MIX:
    case VD_STATS_SHARES:
      return " GROUP BY 1";
    default:
      return " GROUP BY 1, 2";
    }
}

/* The aggregate statement of @query under @filter and the values to bind
 * to it, in order. */
static char *
build_sql (VdStatsQuery         query,
                    const VdStatsFilter *filter,
                    GArray             **binds)
{
  GString *sql = g_string_new (select_clause (query));
  g_autoptr(VdStatsFilter) effective = vd_stats_filter_copy (filter);

  /* Shares count individual awards: a collective has no gender. */
  if (query == VD_STATS_SHARES)
    effective->subject = VD_STATS_SUBJECT_INDIVIDUAL;

  *binds = g_array_new (FALSE, FALSE, sizeof (Bind));
  append_from_where (sql, *binds, effective);
  g_string_append (sql, group_clause (query));
  return g_string_free (sql, FALSE);
}

sqlite3_stmt *
vd_stats_prepare_aggregate (VdStore              *store,
                            VdStatsQuery          query,
                            const VdStatsFilter  *filter,
                            GError              **error)
{
  g_autoptr(GArray) binds = NULL;
  g_autofree char *sql = build_sql (query, filter, &binds);
  sqlite3_stmt *stmt = vd_store_prepare (store, sql, error);

  if (stmt != NULL)
    bind_all (stmt, binds);
  return stmt;
}

/* ---- Reference data ---- */

static GHashTable *
load_units (VdStore  *store,
            GError  **error)
{
  g_autoptr(GHashTable) units = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, unit_info_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = vd_store_prepare (store, "SELECT id, coalesce (parent_id, 0), name, coalesce (short_name, '')"
                                  " FROM units", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      UnitInfo *info = g_new0 (UnitInfo, 1);

      info->id = sqlite3_column_int64 (stmt, 0);
      info->parent_id = sqlite3_column_int64 (stmt, 1);
      info->name = g_strdup (column_text (stmt, 2));
      info->short_name = g_strdup (column_text (stmt, 3));
      g_hash_table_insert (units, &info->id, info);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      vd_store_set_error (store, error);
      return NULL;
    }
  return g_steal_pointer (&units);
}

static GHashTable *
load_kinds (VdStore  *store,
            GError  **error)
{
  g_autoptr(GHashTable) kinds = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, kind_info_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = vd_store_prepare (store, "SELECT id, name, rank FROM award_kinds", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      KindInfo *info = g_new0 (KindInfo, 1);

      info->id = sqlite3_column_int64 (stmt, 0);
      info->name = g_strdup (column_text (stmt, 1));
      info->rank = sqlite3_column_int (stmt, 2);
      g_hash_table_insert (kinds, &info->id, info);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      vd_store_set_error (store, error);
      return NULL;
    }
  return g_steal_pointer (&kinds);
}

/* The unit whose children the units chart shows: the filter's unit, or
 * the archive's only top unit (the ministry); 0 when there are several top
 * units, which then become the branches themselves. */
static gint64
branch_root (GHashTable          *units,
             const VdStatsFilter *filter)
{
  GHashTableIter iter;
  gpointer value;
  gint64 top = 0;

  if (filter->unit_id > 0 && g_hash_table_contains (units, &filter->unit_id))
    return filter->unit_id;

  g_hash_table_iter_init (&iter, units);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      UnitInfo *info = value;

      if (info->parent_id == 0)
        {
          if (top != 0)
            return 0;
          top = info->id;
        }
    }
  return top;
}

/* The branch @unit_id is counted under: its ancestor just below @root (or
 * the root itself for the root's own awards). */
static gint64
branch_of (GHashTable *units,
           gint64      root,
           gint64      unit_id)
{
  gint64 id = unit_id;

  for (int depth = 0; depth < MAX_DEPTH; depth++)
    {
      UnitInfo *info = g_hash_table_lookup (units, &id);

      if (info == NULL)
        return unit_id;
      if (id == root || info->parent_id == root)
        return id;
      if (info->parent_id == 0)
        return id;
      id = info->parent_id;
    }
  return unit_id;
}

/* ---- Building tables ---- */

typedef struct
{
  GPtrArray  *keys;   /* VdStatsKey* */
  GHashTable *index;  /* gint64 id → position + 1 */
} KeySet;

static void
key_set_init (KeySet *set)
{
  set->keys = g_ptr_array_new_with_free_func ((GDestroyNotify) vd_stats_key_free);
  set->index = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
}

static void
key_set_clear (KeySet *set)
{
  g_clear_pointer (&set->keys, g_ptr_array_unref);
  g_clear_pointer (&set->index, g_hash_table_unref);
}

static guint
key_set_lookup (KeySet *set,
                gint64  id)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (set->index, &id));
}

static guint
key_set_add (KeySet     *set,
             VdStatsKey *key)
{
  guint pos = key_set_lookup (set, key->id);

  if (pos != 0)
    {
      vd_stats_key_free (key);
      return pos - 1;
    }
  g_ptr_array_add (set->keys, key);
  g_hash_table_insert (set->index, g_memdup2 (&key->id, sizeof key->id),
                       GUINT_TO_POINTER (set->keys->len));
  return set->keys->len - 1;
}

static VdStatsKey *
unit_key (GHashTable *units,
          gint64      branch)
{
  UnitInfo *info = g_hash_table_lookup (units, &branch);
  VdStatsKey *key;

  if (info == NULL)
    {
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, branch);
      g_autofree char *label = g_strdup_printf (_("Unit %s"), number);
      key = key_new (VD_STATS_KEY_UNIT, branch, label, NULL);
    }
  else
    key = key_new (VD_STATS_KEY_UNIT, branch,
                   info->short_name[0] != '\0' ? info->short_name : info->name, info->name);
  key->unit_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  return key;
}

static void
note_unit (VdStatsKey *key,
           gint64      unit_id)
{
  for (guint i = 0; i < key->unit_ids->len; i++)
    if (g_array_index (key->unit_ids, gint64, i) == unit_id)
      return;
  g_array_append_val (key->unit_ids, unit_id);
}

static VdStatsKey *
kind_key (GHashTable *kinds,
          gint64      kind_id)
{
  KindInfo *info = g_hash_table_lookup (kinds, &kind_id);

  if (info == NULL)
    {
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, kind_id);
      g_autofree char *label = g_strdup_printf (_("Award kind %s"), number);
      return key_new (VD_STATS_KEY_KIND, kind_id, label, NULL);
    }
  return key_new (VD_STATS_KEY_KIND, kind_id, info->name, NULL);
}

static VdStatsKey *
year_key (gint64 year)
{
  g_autofree char *label = g_strdup_printf ("%" G_GINT64_FORMAT, year);

  return key_new (VD_STATS_KEY_YEAR, year, label, NULL);
}

typedef struct
{
  gint64 a;
  gint64 b;
  gint64 c;
  gint64 d;
} Group;

typedef struct
{
  const VdStatsTable *table;
  gint64             *sums;
  GPtrArray          *keys;
} SortContext;

/* Order of rows: most awards first, then by name so that equal bars keep a
 * readable, stable order. */
static int
compare_by_sum (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  const guint *x = a, *y = b;
  SortContext *ctx = user_data;
  VdStatsKey *kx = g_ptr_array_index (ctx->keys, *x);
  VdStatsKey *ky = g_ptr_array_index (ctx->keys, *y);

  if (ctx->sums[*x] != ctx->sums[*y])
    return ctx->sums[*x] > ctx->sums[*y] ? -1 : 1;
  return g_utf8_collate (kx->label, ky->label);
}

static int
compare_by_id (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  const guint *x = a, *y = b;
  SortContext *ctx = user_data;
  VdStatsKey *kx = g_ptr_array_index (ctx->keys, *x);
  VdStatsKey *ky = g_ptr_array_index (ctx->keys, *y);

  return kx->id < ky->id ? -1 : kx->id > ky->id;
}

/* Puts @set's keys in order (by count, or by id for years) and returns the
 * new position of each old one. */
static guint *
order_keys (KeySet   *set,
            gint64   *sums,
            gboolean  by_id)
{
  guint n = set->keys->len;
  g_autofree guint *order = g_new (guint, n);
  guint *where = g_new (guint, n);
  SortContext ctx = { NULL, sums, set->keys };
  g_autoptr(GPtrArray) sorted = g_ptr_array_new_with_free_func ((GDestroyNotify) vd_stats_key_free);

  for (guint i = 0; i < n; i++)
    order[i] = i;
  g_qsort_with_data (order, n, sizeof (guint), by_id ? compare_by_id : compare_by_sum, &ctx);

  for (guint i = 0; i < n; i++)
    {
      where[order[i]] = i;
      g_ptr_array_add (sorted, g_ptr_array_index (set->keys, order[i]));
    }
  /* The keys moved to @sorted. */
  g_ptr_array_set_free_func (set->keys, NULL);
  g_ptr_array_unref (set->keys);
  set->keys = g_steal_pointer (&sorted);
  return where;
}

static VdStatsTable *
build_table (VdStatsQuery  query,
             GArray       *groups,
             GHashTable   *units,
             GHashTable   *kinds,
             gint64        root)
{
  VdStatsTable *table = g_new0 (VdStatsTable, 1);
  KeySet rows, columns;
  g_autofree guint *row_of = NULL, *column_of = NULL;
  g_autofree gint64 *row_sums = NULL, *column_sums = NULL;
  g_autofree guint *row_where = NULL, *column_where = NULL;
  g_autofree gint64 *raw = NULL, *raw_bases = NULL;
  guint n_rows, n_columns;

  table->query = query;
  key_set_init (&rows);
  key_set_init (&columns);

  row_of = g_new0 (guint, groups->len + 1);
  column_of = g_new0 (guint, groups->len + 1);

  if (query == VD_STATS_SHARES)
    {
      key_set_add (&columns, key_new (VD_STATS_KEY_WOMEN, 0, _("Women"), NULL));
      key_set_add (&columns, key_new (VD_STATS_KEY_DIRECT, 1, _("Direct workers"), NULL));
    }
  else if (query == VD_STATS_UNITS || query == VD_STATS_MIX)
    key_set_add (&columns, key_new (VD_STATS_KEY_COUNT, 0, _("Awards"), NULL));

  for (guint i = 0; i < groups->len; i++)
    {
      Group *g = &g_array_index (groups, Group, i);
      VdStatsKey *key;

      switch (query)
        {
        case VD_STATS_UNITS:
        case VD_STATS_UNITS_BY_FORM:
          {
            gint64 branch = branch_of (units, root, g->a);

            row_of[i] = key_set_add (&rows, unit_key (units, branch));
            note_unit (g_ptr_array_index (rows.keys, row_of[i]), g->a);
            column_of[i] = query == VD_STATS_UNITS ? 0 : key_set_add (&columns, kind_key (kinds, g->b));
          }
          break;
        case VD_STATS_YEARS_BY_FORM:
          row_of[i] = key_set_add (&rows, year_key (g->a));
          column_of[i] = key_set_add (&columns, kind_key (kinds, g->b));
          break;
        case VD_STATS_YEARS_BY_UNIT:
          {
            gint64 branch = branch_of (units, root, g->b);

            row_of[i] = key_set_add (&rows, year_key (g->a));
            column_of[i] = key_set_add (&columns, unit_key (units, branch));
            key = g_ptr_array_index (columns.keys, column_of[i]);
            note_unit (key, g->b);
          }
          break;
        case VD_STATS_MIX:
          row_of[i] = key_set_add (&rows, kind_key (kinds, g->a));
          column_of[i] = 0;
          break;
        case VD_STATS_SHARES:
          row_of[i] = key_set_add (&rows, year_key (g->a));
          break;
        default:
          g_assert_not_reached ();
        }
    }

  n_rows = rows.keys->len;
  n_columns = columns.keys->len;
  raw = g_new0 (gint64, (gsize) n_rows * n_columns + 1);
  raw_bases = g_new0 (gint64, n_rows + 1);
  row_sums = g_new0 (gint64, n_rows + 1);
  column_sums = g_new0 (gint64, n_columns + 1);

  for (guint i = 0; i < groups->len; i++)
    {
      Group *g = &g_array_index (groups, Group, i);

      if (query == VD_STATS_SHARES)
        {
          raw[row_of[i] * n_columns + 0] += g->c;
          raw[row_of[i] * n_columns + 1] += g->d;
          raw_bases[row_of[i]] += g->b;
          row_sums[row_of[i]] += g->b;
          table->total += g->b;
        }
      else
        {
          raw[row_of[i] * n_columns + column_of[i]] += g->c;
          row_sums[row_of[i]] += g->c;
          column_sums[column_of[i]] += g->c;
          table->total += g->c;
        }
    }

  row_where = order_keys (&rows, row_sums,
                          query == VD_STATS_YEARS_BY_FORM || query == VD_STATS_YEARS_BY_UNIT
                          || query == VD_STATS_SHARES);
  column_where = (query == VD_STATS_UNITS_BY_FORM || query == VD_STATS_YEARS_BY_FORM
                  || query == VD_STATS_YEARS_BY_UNIT)
    ? order_keys (&columns, column_sums, FALSE)
    : NULL;

  table->counts = g_new0 (gint64, (gsize) n_rows * n_columns + 1);
  if (query == VD_STATS_SHARES)
    table->bases = g_new0 (gint64, n_rows + 1);
  for (guint r = 0; r < n_rows; r++)
    {
      for (guint c = 0; c < n_columns; c++)
        {
          guint nc = column_where ? column_where[c] : c;
          table->counts[row_where[r] * n_columns + nc] = raw[r * n_columns + c];
        }
      if (table->bases != NULL)
        table->bases[row_where[r]] = raw_bases[r];
    }

  table->rows = g_steal_pointer (&rows.keys);
  table->columns = g_steal_pointer (&columns.keys);
  key_set_clear (&rows);
  key_set_clear (&columns);
  return table;
}

/**
 * vd_stats_query:
 *
 * Counts on the calling thread; use vd_stats_query_async() from the main
 * thread, or give a worker connection.
 *
 * Returns: (transfer full): the counts, never %NULL without an error
 */
VdStatsTable *
vd_stats_query (VdStore              *store,
                VdStatsQuery          query,
                const VdStatsFilter  *filter,
                GCancellable         *cancellable,
                GError              **error)
{
  g_autoptr(GHashTable) units = NULL;
  g_autoptr(GHashTable) kinds = NULL;
  g_autoptr(GArray) groups = g_array_new (FALSE, FALSE, sizeof (Group));
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (VD_IS_STORE (store), NULL);
  g_return_val_if_fail (filter != NULL, NULL);

  units = load_units (store, error);
  if (units == NULL)
    return NULL;
  kinds = load_kinds (store, error);
  if (kinds == NULL)
    return NULL;

  stmt = vd_stats_prepare_aggregate (store, query, filter, error);
  if (stmt == NULL)
    return NULL;

  vd_store_pool_set_progress (store, cancellable);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Group g = {
        sqlite3_column_int64 (stmt, 0),
        sqlite3_column_int64 (stmt, 1),
        sqlite3_column_int64 (stmt, 2),
        query == VD_STATS_SHARES ? sqlite3_column_int64 (stmt, 3) : 0,
      };
      g_array_append_val (groups, g);
    }
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  vd_store_pool_set_progress (store, NULL);

  if (rc != SQLITE_DONE)
    {
      if (!g_cancellable_set_error_if_cancelled (cancellable, error))
        vd_store_set_error (store, error);
      return NULL;
    }

  return build_table (query, groups, units, kinds, branch_root (units, filter));
}

static void
query_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  VdStore *store = source_object;
  TaskData *data = task_data;
  g_autoptr(VdStore) worker = NULL;
  VdStatsTable *table;
  GError *error = NULL;

  worker = vd_store_pool_acquire (store, &error);
  if (worker == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  table = vd_stats_query (worker, data->query, data->filter, cancellable, &error);
  vd_store_pool_release (store, g_steal_pointer (&worker));

  if (table == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, table, (GDestroyNotify) vd_stats_table_free);
}

/**
 * vd_stats_query_async:
 *
 * Counts on a worker thread with its own connection.
 */
void
vd_stats_query_async (VdStore             *store,
                      VdStatsQuery         query,
                      const VdStatsFilter *filter,
                      GCancellable        *cancellable,
                      GAsyncReadyCallback  callback,
                      gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  TaskData *data = g_new0 (TaskData, 1);

  g_return_if_fail (VD_IS_STORE (store));

  data->query = query;
  data->filter = vd_stats_filter_copy (filter);
  task = g_task_new (store, cancellable, callback, user_data);
  g_task_set_source_tag (task, vd_stats_query_async);
  g_task_set_task_data (task, data, task_data_free);
  g_task_run_in_thread (task, query_thread);
}

VdStatsTable *
vd_stats_query_finish (VdStore       *store,
                       GAsyncResult  *result,
                       GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, store), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* ---- Drill-down ---- */

/**
 * vd_stats_list_awards:
 * @limit: the most rows returned; 0 for all
 * @total: (out) (optional): how many awards match, beyond @limit too
 *
 * Returns: (transfer container) (element-type VdStatsAward): the awards
 *   @filter counts, newest first
 */
GPtrArray *
vd_stats_list_awards (VdStore              *store,
                      const VdStatsFilter  *filter,
                      guint                 limit,
                      gint64               *total,
                      GCancellable         *cancellable,
                      GError              **error)
{
  g_autoptr(GPtrArray) awards = g_ptr_array_new_with_free_func ((GDestroyNotify) vd_stats_award_free);
  g_autoptr(GArray) binds = g_array_new (FALSE, FALSE, sizeof (Bind));
  g_autoptr(GString) sql = g_string_new (NULL);
  sqlite3_stmt *stmt;
  gint64 count = 0;
  int rc;

  /* The filter picks ids with the shared FROM/WHERE; the labels are
   * joined to the hits only. */
  g_string_append (sql, "WITH hit AS MATERIALIZED (SELECT a.id AS id");
  append_from_where (sql, binds, filter);
  g_string_append (sql,
                   ") SELECT a.id, a.year, p.family_name, p.middle_name, p.given_name,"
                   " u.name, k.name, d.number, d.signed_on, count(*) OVER ()"
                   " FROM hit JOIN awards a ON a.id = hit.id"
                   " LEFT JOIN people p ON p.id = a.person_id"
                   " LEFT JOIN units u ON u.id = " RECIPIENT_UNIT
                   " JOIN award_kinds k ON k.id = a.award_kind_id"
                   " LEFT JOIN decisions d ON d.id = a.decision_id"
                   " ORDER BY a.year DESC, k.rank DESC, p.sort_key, u.name, a.id");
  if (limit > 0)
    g_string_append_printf (sql, " LIMIT %u", limit);

  stmt = vd_store_prepare (store, sql->str, error);
  if (stmt == NULL)
    return NULL;
  bind_all (stmt, binds);

  vd_store_pool_set_progress (store, cancellable);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      VdStatsAward *award = g_new0 (VdStatsAward, 1);
      const char *given = (const char *) sqlite3_column_text (stmt, 4);

      award->id = sqlite3_column_int64 (stmt, 0);
      award->year = sqlite3_column_int (stmt, 1);
      if (given != NULL)
        award->recipient = vd_text_full_name (column_text (stmt, 2), column_text (stmt, 3), given);
      else
        award->recipient = g_strdup (column_text (stmt, 5));
      award->unit = g_strdup (column_text (stmt, 5));
      award->kind = g_strdup (column_text (stmt, 6));
      award->decision = g_strdup ((const char *) sqlite3_column_text (stmt, 7));
      award->signed_on = g_strdup ((const char *) sqlite3_column_text (stmt, 8));
      count = sqlite3_column_int64 (stmt, 9);
      g_ptr_array_add (awards, award);
    }
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  vd_store_pool_set_progress (store, NULL);

  if (rc != SQLITE_DONE)
    {
      if (!g_cancellable_set_error_if_cancelled (cancellable, error))
        vd_store_set_error (store, error);
      return NULL;
    }
  if (total != NULL)
    *total = count;
  return g_steal_pointer (&awards);
}

static void
list_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  VdStore *store = source_object;
  TaskData *data = task_data;
  g_autoptr(VdStore) worker = NULL;
  GPtrArray *awards;
  GError *error = NULL;

  worker = vd_store_pool_acquire (store, &error);
  if (worker == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  awards = vd_stats_list_awards (worker, data->filter, data->limit, &data->total, cancellable, &error);
  vd_store_pool_release (store, g_steal_pointer (&worker));

  if (awards == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, awards, (GDestroyNotify) g_ptr_array_unref);
}

void
vd_stats_list_awards_async (VdStore             *store,
                            const VdStatsFilter *filter,
                            guint                limit,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  TaskData *data = g_new0 (TaskData, 1);

  g_return_if_fail (VD_IS_STORE (store));

  data->filter = vd_stats_filter_copy (filter);
  data->limit = limit;
  task = g_task_new (store, cancellable, callback, user_data);
  g_task_set_source_tag (task, vd_stats_list_awards_async);
  g_task_set_task_data (task, data, task_data_free);
  g_task_run_in_thread (task, list_thread);
}

GPtrArray *
vd_stats_list_awards_finish (VdStore       *store,
                             GAsyncResult  *result,
                             gint64        *total,
                             GError       **error)
{
  GPtrArray *awards;

  g_return_val_if_fail (g_task_is_valid (result, store), NULL);
  awards = g_task_propagate_pointer (G_TASK (result), error);
  if (awards != NULL && total != NULL)
    *total = ((TaskData *) g_task_get_task_data (G_TASK (result)))->total;
  return awards;
}

/* ---- Choices for the filters ---- */

static GPtrArray *
list_choices (VdStore     *store,
              const char  *sql,
              GError     **error)
{
  g_autoptr(GPtrArray) choices = g_ptr_array_new_with_free_func ((GDestroyNotify) vd_stats_choice_free);
  sqlite3_stmt *stmt = vd_store_prepare (store, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      VdStatsChoice *choice = g_new0 (VdStatsChoice, 1);

      choice->id = sqlite3_column_int64 (stmt, 0);
      choice->name = g_strdup (column_text (stmt, 1));
      choice->extra = sqlite3_column_int (stmt, 2);
      g_ptr_array_add (choices, choice);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      vd_store_set_error (store, error);
      return NULL;
    }
  return g_steal_pointer (&choices);
}

static void
add_subtree (GPtrArray  *out,
             GHashTable *children,
             GHashTable *units,
             gint64      parent,
             int         depth)
{
  GPtrArray *list = g_hash_table_lookup (children, &parent);

  if (list == NULL || depth >= MAX_DEPTH)
    return;
  for (guint i = 0; i < list->len; i++)
    {
      VdStatsChoice *choice = g_ptr_array_index (list, i);
      VdStatsChoice *copy = g_new0 (VdStatsChoice, 1);

      copy->id = choice->id;
      copy->name = g_strdup (choice->name);
      copy->depth = depth;
      g_ptr_array_add (out, copy);
      add_subtree (out, children, units, choice->id, depth + 1);
    }
}

/**
 * vd_stats_list_units:
 *
 * Returns: (transfer container) (element-type VdStatsChoice): every unit,
 *   in tree order (parents before children, siblings by their order)
 */
GPtrArray *
vd_stats_list_units (VdStore  *store,
                     GError  **error)
{
  g_autoptr(GPtrArray) flat = NULL;
  g_autoptr(GHashTable) children = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                          (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func ((GDestroyNotify) vd_stats_choice_free);

  /* parent id rides in extra: unit ids fit an int in every real archive,
   * and a parent that does not fit is shown at the top instead. */
  flat = list_choices (store,
                       "SELECT id, name, CASE WHEN parent_id IS NULL OR parent_id > 2147483647 THEN 0"
                       " ELSE parent_id END FROM units ORDER BY sort_order, name",
                       error);
  if (flat == NULL)
    return NULL;
  for (guint i = 0; i < flat->len; i++)
    {
      VdStatsChoice *choice = g_ptr_array_index (flat, i);
      gint64 parent = choice->extra;
      GPtrArray *list = g_hash_table_lookup (children, &parent);

      if (list == NULL)
        {
          list = g_ptr_array_new ();
          g_hash_table_insert (children, g_memdup2 (&parent, sizeof parent), list);
        }
      g_ptr_array_add (list, choice);
    }
  add_subtree (out, children, NULL, 0, 0);
  for (guint i = 0; i < out->len; i++)
    ((VdStatsChoice *) g_ptr_array_index (out, i))->extra = 0;
  return g_steal_pointer (&out);
}

GPtrArray *
vd_stats_list_blocs (VdStore  *store,
                     GError  **error)
{
  return list_choices (store, "SELECT id, name, 0 FROM blocs ORDER BY name", error);
}

GPtrArray *
vd_stats_list_kinds (VdStore  *store,
                     GError  **error)
{
  return list_choices (store,
                       "SELECT id, name, CASE subject WHEN 'individual' THEN 1 ELSE 2 END"
                       " FROM award_kinds ORDER BY subject <> 'individual', rank, name",
                       error);
}

GPtrArray *
vd_stats_list_campaigns (VdStore  *store,
                         GError  **error)
{
  return list_choices (store, "SELECT id, name, 0 FROM campaigns ORDER BY starts_on DESC, name", error);
}

/**
 * vd_stats_year_range:
 *
 * The first and last year with an award; the current year twice when the
 * archive has none.
 */
gboolean
vd_stats_year_range (VdStore  *store,
                     int      *first,
                     int      *last,
                     GError  **error)
{
  sqlite3_stmt *stmt = vd_store_prepare (store, "SELECT min (year), max (year) FROM awards", error);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  if (stmt == NULL)
    return FALSE;
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      return vd_store_set_error (store, error);
    }
  if (sqlite3_column_type (stmt, 0) == SQLITE_NULL)
    *first = *last = g_date_time_get_year (now);
  else
    {
      *first = sqlite3_column_int (stmt, 0);
      *last = sqlite3_column_int (stmt, 1);
    }
  sqlite3_reset (stmt);
  return TRUE;
}

static char *
lookup_name (VdStore    *store,
             const char *sql,
             gint64      id)
{
  sqlite3_stmt *stmt = vd_store_prepare (store, sql, NULL);
  char *name = NULL;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    name = g_strdup (column_text (stmt, 0));
  sqlite3_reset (stmt);
  return name;
}

/**
 * vd_stats_filter_describe:
 *
 * Returns: (transfer full): the active filters in one sentence for the
 *   line under a chart, its print-out and exports, e.g. "Years 2019–2021 ·
 *   Bloc: Khối thi đua số I · Women"
 */
char *
vd_stats_filter_describe (VdStore             *store,
                          const VdStatsFilter *filter)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  if (filter->year_from > 0 && filter->year_to > 0 && filter->year_from == filter->year_to)
    g_ptr_array_add (parts, g_strdup_printf (_("Year %d"), filter->year_from));
  else if (filter->year_from > 0 && filter->year_to > 0)
    g_ptr_array_add (parts, g_strdup_printf (_("Years %d–%d"), filter->year_from, filter->year_to));
  else if (filter->year_from > 0)
    g_ptr_array_add (parts, g_strdup_printf (_("From %d"), filter->year_from));
  else if (filter->year_to > 0)
    g_ptr_array_add (parts, g_strdup_printf (_("Until %d"), filter->year_to));
  else
    g_ptr_array_add (parts, g_strdup (_("All years")));

  if (filter->unit_id > 0)
    {
      g_autofree char *name = lookup_name (store, "SELECT name FROM units WHERE id = ?1", filter->unit_id);
      g_ptr_array_add (parts, g_strdup_printf (_("Unit: %s"), name ? name : "?"));
    }
  if (filter->bloc_id > 0)
    {
      g_autofree char *name = lookup_name (store, "SELECT name FROM blocs WHERE id = ?1", filter->bloc_id);
      g_ptr_array_add (parts, g_strdup_printf (_("Bloc: %s"), name ? name : "?"));
    }
  if (filter->kind_ids != NULL && filter->kind_ids->len > 0)
    {
      g_autoptr(GString) names = g_string_new (NULL);

      for (guint i = 0; i < filter->kind_ids->len; i++)
        {
          g_autofree char *name = lookup_name (store, "SELECT name FROM award_kinds WHERE id = ?1",
                                               g_array_index (filter->kind_ids, gint64, i));
          if (i > 0)
            g_string_append (names, ", ");
          g_string_append (names, name ? name : "?");
        }
      g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Form: %s", "Forms: %s",
                                                            filter->kind_ids->len),
                                               names->str));
    }
  if (filter->subject == VD_STATS_SUBJECT_INDIVIDUAL)
    g_ptr_array_add (parts, g_strdup (_("Individuals")));
  else if (filter->subject == VD_STATS_SUBJECT_COLLECTIVE)
    g_ptr_array_add (parts, g_strdup (_("Collectives")));
  if (filter->gender == VD_STATS_GENDER_FEMALE)
    g_ptr_array_add (parts, g_strdup (_("Women")));
  else if (filter->gender == VD_STATS_GENDER_MALE)
    g_ptr_array_add (parts, g_strdup (_("Men")));
  if (filter->direct == VD_STATS_DIRECT_YES)
    g_ptr_array_add (parts, g_strdup (_("Direct workers")));
  else if (filter->direct == VD_STATS_DIRECT_NO)
    g_ptr_array_add (parts, g_strdup (_("Not direct workers")));
  if (filter->campaign_id > 0)
    {
      g_autofree char *name = lookup_name (store, "SELECT name FROM campaigns WHERE id = ?1",
                                           filter->campaign_id);
      g_ptr_array_add (parts, g_strdup_printf (_("Campaign: %s"), name ? name : "?"));
    }

  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}
