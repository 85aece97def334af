/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdUnits"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "vd-deletion-private.h"
#include "vd-records-private.h"
#include "vd-text.h"
#include "vd-units.h"

/* The columns unit_from_row() reads, in this order. */
#define UNIT_COLUMNS "u.id, u.parent_id, u.name, u.short_name, u.kind, u.note, u.sort_order"

/* Deeper than any real organisation chart; stops a damaged archive whose
 * parents form a loop from walking forever. */
#define MAX_DEPTH 64

/* Years the schema accepts for ratings. */
#define MIN_RATING_YEAR 1945
#define MAX_RATING_YEAR 2100

typedef struct
{
  gint64     id;       /* the node's key in the id table */
  VdUnit    *unit;     /* borrowed from the result array */
  GBytes    *name_key;
  GPtrArray *children; /* TreeNode* */
  gboolean   placed;
} TreeNode;

static const char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return text ? text : "";
}

static void
bind_text_or_null (sqlite3_stmt *stmt,
                   int           index,
                   const char   *text)
{
  if (text == NULL || text[0] == '\0')
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}

static void
bind_id_or_null (sqlite3_stmt *stmt,
                 int           index,
                 gint64        id)
{
  if (id > 0)
    sqlite3_bind_int64 (stmt, index, id);
  else
    sqlite3_bind_null (stmt, index);
}

static VdUnit *
unit_from_row (sqlite3_stmt *stmt)
{
  VdUnit *unit = vd_unit_new ();

  vd_unit_set_id (unit, sqlite3_column_int64 (stmt, 0));
  vd_unit_set_parent_id (unit, sqlite3_column_int64 (stmt, 1));
  vd_unit_set_name (unit, column_text (stmt, 2));
  vd_unit_set_short_name (unit, column_text (stmt, 3));
  vd_unit_set_kind (unit, vd_unit_kind_from_string (column_text (stmt, 4)));
  vd_unit_set_note (unit, column_text (stmt, 5));
  vd_unit_set_sort_order (unit, sqlite3_column_int (stmt, 6));
  return unit;
}

static gboolean
set_not_found (GError **error)
{
  g_set_error_literal (error, VD_STORE_ERROR, VD_STORE_ERROR_NOT_FOUND,
                       _("This unit is no longer in the archive. It may have been deleted."));
  return FALSE;
}

static gboolean
set_cycle_error (GError **error)
{
  g_set_error_literal (error, VD_STORE_ERROR, VD_STORE_ERROR_INVALID,
                       _("A unit cannot be moved under itself or one of its own sub-units."));
  return FALSE;
}

/* Field order decides which message the user sees first. */
static gboolean
check_fields (VdUnit  *unit,
              GError **error)
{
  static const char * const order[] = { "name", "parent-id", "short-name", "kind", "note" };
  g_autoptr(GHashTable) problems = vd_unit_check (unit);
  GHashTableIter iter;
  gpointer message;

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      message = g_hash_table_lookup (problems, order[i]);
      if (message != NULL)
        {
          g_set_error_literal (error, VD_STORE_ERROR, VD_STORE_ERROR_INVALID, message);
          return FALSE;
        }
    }

  g_hash_table_iter_init (&iter, problems);
  if (g_hash_table_iter_next (&iter, NULL, &message))
    {
      g_set_error_literal (error, VD_STORE_ERROR, VD_STORE_ERROR_INVALID, message);
      return FALSE;
    }
  return TRUE;
}

/* Looks up a unit's name; %NULL (without error) when it does not exist. */
static char *
dup_unit_name (VdStore  *store,
               gint64    id,
               GError  **error)
{
  sqlite3_stmt *stmt = vd_store_prepare (store, "SELECT name FROM units WHERE id = ?1", error);
  char *name = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    name = g_strdup (column_text (stmt, 0));
  else if (rc != SQLITE_DONE)
    vd_store_set_error (store, error);
  sqlite3_reset (stmt);
  return name;
}

/* Whether @ancestor_id is @unit_id or one of its ancestors, walking up from
 * @unit_id: cheaper than listing a whole subtree. */
static gboolean
is_self_or_ancestor (VdStore   *store,
                     gint64     ancestor_id,
                     gint64     unit_id,
                     gboolean  *result,
                     GError   **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = vd_store_prepare (store,
                           "WITH RECURSIVE up (id, depth) AS ("
                           "  SELECT ?1, 0"
                           "  UNION ALL"
                           "  SELECT u.parent_id, up.depth + 1 FROM units u JOIN up ON u.id = up.id"
                           "  WHERE u.parent_id IS NOT NULL AND up.depth < " G_STRINGIFY (MAX_DEPTH)
                           ") SELECT 1 FROM up WHERE id = ?2 LIMIT 1",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, unit_id);
  sqlite3_bind_int64 (stmt, 2, ancestor_id);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return vd_store_set_error (store, error);
  *result = (rc == SQLITE_ROW);
  return TRUE;
}

/* Trims the names, then checks the fields and that the parent exists and
 * would not make a loop. Runs inside the write transaction. */
static gboolean
prepare_unit (VdStore  *store,
              VdUnit   *unit,
              GError  **error)
{
  g_autofree char *name = vd_text_normalize_space (vd_unit_get_name (unit));
  g_autofree char *short_name = vd_text_normalize_space (vd_unit_get_short_name (unit));
  g_autofree char *note = g_strstrip (g_strdup (vd_unit_get_note (unit)));
  gint64 parent_id = vd_unit_get_parent_id (unit);
  gint64 id = vd_unit_get_id (unit);

  vd_unit_set_name (unit, name);
  vd_unit_set_short_name (unit, short_name);
  vd_unit_set_note (unit, note);

  if (!check_fields (unit, error))
    return FALSE;

  if (parent_id != 0)
    {
      g_autoptr(GError) local_error = NULL;
      g_autofree char *parent_name = dup_unit_name (store, parent_id, &local_error);
      gboolean cycle = FALSE;

      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      if (parent_name == NULL)
        {
          g_set_error_literal (error, VD_STORE_ERROR, VD_STORE_ERROR_INVALID,
                               _("The parent unit is no longer in the archive. Choose another parent unit."));
          return FALSE;
        }
      if (id != 0)
        {
          if (!is_self_or_ancestor (store, id, parent_id, &cycle, error))
            return FALSE;
          if (cycle)
            return set_cycle_error (error);
        }
    }
  return TRUE;
}

static void
bind_unit (sqlite3_stmt *stmt,
           VdUnit       *unit)
{
  g_autofree char *fold = vd_text_fold (vd_unit_get_name (unit));

  bind_id_or_null (stmt, 2, vd_unit_get_parent_id (unit));
  sqlite3_bind_text (stmt, 3, vd_unit_get_name (unit), -1, SQLITE_TRANSIENT);
  bind_text_or_null (stmt, 4, vd_unit_get_short_name (unit));
  sqlite3_bind_text (stmt, 5, vd_unit_kind_to_string (vd_unit_get_kind (unit)), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, fold, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 7, vd_unit_get_sort_order (unit));
  bind_text_or_null (stmt, 8, vd_unit_get_note (unit));
}

static gboolean
insert_unit (VdStore  *store,
             VdUnit   *unit,
             gint64   *id,
             GError  **error)
{
  sqlite3_stmt *stmt;

  if (!prepare_unit (store, unit, error))
    return FALSE;

  /* Numbered from ?2, as in the update, so bind_unit() serves both. */
  stmt = vd_store_prepare (store,
                           "INSERT INTO units (parent_id, name, short_name, kind, name_fold, sort_order, note) "
                           "VALUES (?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                           error);
  if (stmt == NULL)
    return FALSE;
  bind_unit (stmt, unit);
  if (!vd_store_step_done (store, stmt, error))
    return FALSE;
  *id = vd_store_last_insert_id (store);
  return TRUE;
}

static gboolean
update_unit (VdStore  *store,
             VdUnit   *unit,
             GError  **error)
{
  sqlite3_stmt *stmt;

  if (!prepare_unit (store, unit, error))
    return FALSE;

  stmt = vd_store_prepare (store,
                           "UPDATE units SET parent_id = ?2, name = ?3, short_name = ?4, kind = ?5, "
                           "name_fold = ?6, sort_order = ?7, note = ?8 WHERE id = ?1",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, vd_unit_get_id (unit));
  bind_unit (stmt, unit);
  if (!vd_store_step_done (store, stmt, error))
    return FALSE;
  if (sqlite3_changes (vd_store_get_db (store)) == 0)
    return set_not_found (error);
  return TRUE;
}

static gboolean
move_unit (VdStore  *store,
           gint64    unit_id,
           gint64    new_parent_id,
           GError  **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = dup_unit_name (store, unit_id, &local_error);
  sqlite3_stmt *stmt;

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (name == NULL)
    return set_not_found (error);

  if (new_parent_id != 0)
    {
      g_autofree char *parent_name = dup_unit_name (store, new_parent_id, &local_error);
      gboolean cycle = FALSE;

      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      if (parent_name == NULL)
        {
          g_set_error_literal (error, VD_STORE_ERROR, VD_STORE_ERROR_INVALID,
                               _("The parent unit is no longer in the archive. Choose another parent unit."));
          return FALSE;
        }
      if (!is_self_or_ancestor (store, unit_id, new_parent_id, &cycle, error))
        return FALSE;
      if (cycle)
        return set_cycle_error (error);
    }

  stmt = vd_store_prepare (store, "UPDATE units SET parent_id = ?2 WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, unit_id);
  bind_id_or_null (stmt, 2, new_parent_id);
  return vd_store_step_done (store, stmt, error);
}

/* Says what still hangs off the unit, one reason at a time, each with what
 * to do about it. */
static gboolean
check_deletable (VdStore     *store,
                 gint64       unit_id,
                 char       **name_out,
                 GError     **error)
{
  g_autofree char *name = NULL;
  sqlite3_stmt *stmt;
  int sub_units, people, blocs, dossiers;
  int rc;

  stmt = vd_store_prepare (store,
                           "SELECT name,"
                           " (SELECT count(*) FROM units WHERE parent_id = ?1),"
                           " (SELECT count(*) FROM people WHERE unit_id = ?1),"
                           " (SELECT count(*) FROM bloc_members WHERE unit_id = ?1)"
                           "  + (SELECT count(*) FROM bloc_terms WHERE head_unit_id = ?1 OR deputy_unit_id = ?1)"
                           "  + (SELECT count(*) FROM scores WHERE unit_id = ?1),"
                           " (SELECT count(*) FROM dossiers WHERE unit_id = ?1)"
                           " FROM units WHERE id = ?1",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, unit_id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        set_not_found (error);
      else
        vd_store_set_error (store, error);
      sqlite3_reset (stmt);
      return FALSE;
    }
  name = g_strdup (column_text (stmt, 0));
  sub_units = sqlite3_column_int (stmt, 1);
  people = sqlite3_column_int (stmt, 2);
  blocs = sqlite3_column_int (stmt, 3);
  dossiers = sqlite3_column_int (stmt, 4);
  sqlite3_reset (stmt);

  if (sub_units > 0)
    {
      g_set_error (error, VD_STORE_ERROR, VD_STORE_ERROR_CONSTRAINT,
                   g_dngettext (GETTEXT_PACKAGE,
                                "“%s” still has %d sub-unit. Move or delete it first.",
                                "“%s” still has %d sub-units. Move or delete them first.",
                                sub_units),
                   name, sub_units);
      return FALSE;
    }
  if (people > 0)
    {
      g_set_error (error, VD_STORE_ERROR, VD_STORE_ERROR_CONSTRAINT,
                   g_dngettext (GETTEXT_PACKAGE,
                                "“%s” still has %d person. Move them to another unit first.",
                                "“%s” still has %d people. Move them to another unit first.",
                                people),
                   name, people);
      return FALSE;
    }
  if (blocs > 0)
    {
      g_set_error (error, VD_STORE_ERROR, VD_STORE_ERROR_CONSTRAINT,
                   _("“%s” still takes part in an emulation bloc. Remove it from the bloc first."),
                   name);
      return FALSE;
    }
  if (dossiers > 0)
    {
      g_set_error (error, VD_STORE_ERROR, VD_STORE_ERROR_CONSTRAINT,
                   g_dngettext (GETTEXT_PACKAGE,
                                "“%s” still has %d dossier. Move or delete it first.",
                                "“%s” still has %d dossiers. Move or delete them first.",
                                dossiers),
                   name, dossiers);
      return FALSE;
    }

  *name_out = g_steal_pointer (&name);
  return TRUE;
}

static gboolean
delete_unit (VdStore     *store,
             VdDeletion  *deletion,
             gint64       unit_id,
             GError     **error)
{
  /* Links from rows that stay are cleared by ON DELETE SET NULL; keep them
   * so undo can point them back. Awards go before nominations and ratings
   * before the unit, so every row is read before anything it points at
   * disappears. */
  return vd_deletion_keep_links (deletion, store, "initiatives", "used_for_award_id",
                                 "used_for_award_id IN (SELECT id FROM awards WHERE unit_id = ?1)",
                                 unit_id, error)
      && vd_deletion_keep_links (deletion, store, "awards", "nomination_id",
                                 "nomination_id IN (SELECT id FROM nominations WHERE unit_id = ?1)",
                                 unit_id, error)
      && vd_deletion_keep_links (deletion, store, "blocs", "managing_unit_id",
                                 "managing_unit_id = ?1", unit_id, error)
      && vd_deletion_keep_links (deletion, store, "campaigns", "unit_id",
                                 "unit_id = ?1", unit_id, error)
      && vd_deletion_take (deletion, store, "awards", "unit_id = ?1", unit_id, error)
      && vd_deletion_take (deletion, store, "nominations", "unit_id = ?1", unit_id, error)
      && vd_deletion_take (deletion, store, "unit_ratings", "unit_id = ?1", unit_id, error)
      && vd_deletion_take (deletion, store, "units", "id = ?1", unit_id, error);
}

static int
compare_nodes (gconstpointer a,
               gconstpointer b)
{
  const TreeNode *na = *(TreeNode * const *) a;
  const TreeNode *nb = *(TreeNode * const *) b;
  int oa = vd_unit_get_sort_order (na->unit);
  int ob = vd_unit_get_sort_order (nb->unit);
  gint64 ia, ib;
  int cmp;

  if (oa != ob)
    return oa < ob ? -1 : 1;
  cmp = g_bytes_compare (na->name_key, nb->name_key);
  if (cmp != 0)
    return cmp;
  ia = vd_unit_get_id (na->unit);
  ib = vd_unit_get_id (nb->unit);
  return ia < ib ? -1 : (ia > ib ? 1 : 0);
}

static void
tree_node_free (gpointer data)
{
  TreeNode *node = data;

  g_bytes_unref (node->name_key);
  g_ptr_array_unref (node->children);
  g_free (node);
}

static void
place_depth_first (TreeNode  *node,
                   GPtrArray *out,
                   guint      depth)
{
  if (node->placed || depth > MAX_DEPTH)
    return;
  node->placed = TRUE;
  g_ptr_array_add (out, g_object_ref (node->unit));
  g_ptr_array_sort (node->children, compare_nodes);
  for (guint i = 0; i < node->children->len; i++)
    place_depth_first (g_ptr_array_index (node->children, i), out, depth + 1);
}

/**
 * vd_units_list_all:
 *
 * Every unit, depth first: each parent directly followed by its sub-units,
 * siblings by sort order and then Vietnamese name order, so a tree can be
 * built in one pass. member-count is the number of people directly in each.
 *
 * Returns: (transfer full) (element-type VdUnit): the units, or %NULL on error
 */
GPtrArray *
vd_units_list_all (VdStore  *store,
                   GError  **error)
{
  g_autoptr(GPtrArray) units = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) roots = g_ptr_array_new ();
  g_autoptr(GHashTable) nodes = NULL;
  g_autoptr(GPtrArray) out = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (VD_IS_STORE (store), NULL);

  stmt = vd_store_prepare (store,
                           "SELECT " UNIT_COLUMNS ", coalesce (c.n, 0) FROM units u"
                           " LEFT JOIN (SELECT unit_id, count(*) AS n FROM people GROUP BY unit_id) c"
                           " ON c.unit_id = u.id",
                           error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      VdUnit *unit = unit_from_row (stmt);

      vd_unit_set_member_count (unit, sqlite3_column_int (stmt, 7));
      g_ptr_array_add (units, unit);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      vd_store_set_error (store, error);
      return NULL;
    }

  nodes = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, tree_node_free);
  for (guint i = 0; i < units->len; i++)
    {
      TreeNode *node = g_new0 (TreeNode, 1);

      node->unit = g_ptr_array_index (units, i);
      node->id = vd_unit_get_id (node->unit);
      node->name_key = vd_text_sort_key (vd_unit_get_name (node->unit));
      node->children = g_ptr_array_new ();
      g_hash_table_insert (nodes, &node->id, node);
    }

  for (guint i = 0; i < units->len; i++)
    {
      gint64 id = vd_unit_get_id (g_ptr_array_index (units, i));
      gint64 parent_id = vd_unit_get_parent_id (g_ptr_array_index (units, i));
      TreeNode *node = g_hash_table_lookup (nodes, &id);
      TreeNode *parent = parent_id != 0 ? g_hash_table_lookup (nodes, &parent_id) : NULL;

      if (parent != NULL && parent != node)
        g_ptr_array_add (parent->children, node);
      else
        g_ptr_array_add (roots, node);
    }

  out = g_ptr_array_new_full (units->len, g_object_unref);
  g_ptr_array_sort (roots, compare_nodes);
  for (guint i = 0; i < roots->len; i++)
    place_depth_first (g_ptr_array_index (roots, i), out, 0);

  /* Units caught in a parent loop (only a damaged archive has one) are never
   * reached from a root; list them last rather than lose them. */
  if (out->len < units->len)
    {
      g_autoptr(GPtrArray) stray = g_ptr_array_new ();

      for (guint i = 0; i < units->len; i++)
        {
          gint64 id = vd_unit_get_id (g_ptr_array_index (units, i));
          TreeNode *node = g_hash_table_lookup (nodes, &id);

          if (!node->placed)
            g_ptr_array_add (stray, node);
        }
      g_ptr_array_sort (stray, compare_nodes);
      for (guint i = 0; i < stray->len; i++)
        place_depth_first (g_ptr_array_index (stray, i), out, 0);
    }

  return g_steal_pointer (&out);
}

/**
 * vd_units_get:
 *
 * Returns: (transfer full): the unit with its member-count, or %NULL with
 *   %VD_STORE_ERROR_NOT_FOUND
 */
VdUnit *
vd_units_get (VdStore  *store,
              gint64    id,
              GError  **error)
{
  sqlite3_stmt *stmt;
  VdUnit *unit = NULL;
  int rc;

  g_return_val_if_fail (VD_IS_STORE (store), NULL);

  stmt = vd_store_prepare (store,
                           "SELECT " UNIT_COLUMNS ", (SELECT count(*) FROM people WHERE unit_id = u.id)"
                           " FROM units u WHERE u.id = ?1",
                           error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      unit = unit_from_row (stmt);
      vd_unit_set_member_count (unit, sqlite3_column_int (stmt, 7));
    }
  else if (rc == SQLITE_DONE)
    set_not_found (error);
  else
    vd_store_set_error (store, error);
  sqlite3_reset (stmt);
  return unit;
}

static gboolean
collect_subtree (VdStore  *store,
                 gint64    root_id,
                 GArray   *ids,
                 GError  **error)
{
  sqlite3_stmt *stmt;
  int rc;

  /* UNION (not UNION ALL) visits each unit once even in a damaged archive
   * whose parents loop. */
  stmt = vd_store_prepare (store,
                           "WITH RECURSIVE sub (id) AS ("
                           "  SELECT ?1"
                           "  UNION"
                           "  SELECT u.id FROM units u JOIN sub ON u.parent_id = sub.id"
                           ") SELECT id FROM sub",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, root_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return vd_store_set_error (store, error);
  return TRUE;
}

/**
 * vd_units_subtree_ids:
 *
 * Returns: (transfer full) (element-type gint64): @root_id and the ids of all
 *   units below it, or %NULL with %VD_STORE_ERROR_NOT_FOUND
 */
GArray *
vd_units_subtree_ids (VdStore  *store,
                      gint64    root_id,
                      GError  **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (VD_IS_STORE (store), NULL);

  name = dup_unit_name (store, root_id, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  if (name == NULL)
    {
      set_not_found (error);
      return NULL;
    }
  if (!collect_subtree (store, root_id, ids, error))
    return NULL;
  return g_steal_pointer (&ids);
}

/**
 * vd_units_dup_path:
 *
 * "Bộ TN&MT › Vụ TĐKT › Phòng Khen thưởng": the unit's ancestors by their
 * short names where they have one, then the unit's own full name. Empty for
 * an unknown id.
 */
char *
vd_units_dup_path (VdStore *store,
                   gint64   id)
{
  g_autoptr(GString) path = g_string_new (NULL);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (VD_IS_STORE (store), NULL);

  stmt = vd_store_prepare (store,
                           "WITH RECURSIVE up (id, depth) AS ("
                           "  SELECT ?1, 0"
                           "  UNION ALL"
                           "  SELECT u.parent_id, up.depth + 1 FROM units u JOIN up ON u.id = up.id"
                           "  WHERE u.parent_id IS NOT NULL AND up.depth < " G_STRINGIFY (MAX_DEPTH)
                           ") SELECT u.name, u.short_name, up.depth FROM up JOIN units u ON u.id = up.id"
                           " ORDER BY up.depth DESC",
                           NULL);
  if (stmt == NULL)
    return g_strdup ("");
  sqlite3_bind_int64 (stmt, 1, id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *name = column_text (stmt, 0);
      const char *short_name = column_text (stmt, 1);
      gboolean self = sqlite3_column_int (stmt, 2) == 0;

      if (path->len > 0)
        g_string_append (path, " › ");
      g_string_append (path, (!self && short_name[0] != '\0') ? short_name : name);
    }
  sqlite3_reset (stmt);
  return g_string_free (g_steal_pointer (&path), FALSE);
}

/**
 * vd_units_insert:
 *
 * Stores a new unit (names trimmed) and sets its id.
 *
 * Returns: the new id, or 0 on error
 */
gint64
vd_units_insert (VdStore  *store,
                 VdUnit   *unit,
                 GError  **error)
{
  gint64 id = 0;

  g_return_val_if_fail (VD_IS_STORE (store), 0);
  g_return_val_if_fail (VD_IS_UNIT (unit), 0);

  if (vd_unit_get_id (unit) != 0)
    {
      g_set_error_literal (error, VD_STORE_ERROR, VD_STORE_ERROR_INVALID,
                           _("This unit is already in the archive. Save your changes to it instead."));
      return 0;
    }

  if (!vd_store_begin (store, error))
    return 0;
  if (!insert_unit (store, unit, &id, error))
    {
      vd_store_rollback (store);
      return 0;
    }
  if (!vd_store_commit (store, error))
    return 0;

  vd_unit_set_id (unit, id);
  vd_store_emit_changed (store, "units");
  return id;
}

/**
 * vd_units_update:
 *
 * Saves every field of @unit, moving it if its parent changed. Refuses a
 * parent that is the unit itself or one of its sub-units.
 */
gboolean
vd_units_update (VdStore  *store,
                 VdUnit   *unit,
                 GError  **error)
{
  g_return_val_if_fail (VD_IS_STORE (store), FALSE);
  g_return_val_if_fail (VD_IS_UNIT (unit), FALSE);

  if (vd_unit_get_id (unit) <= 0)
    return set_not_found (error);

  if (!vd_store_begin (store, error))
    return FALSE;
  if (!update_unit (store, unit, error))
    {
      vd_store_rollback (store);
      return FALSE;
    }
  if (!vd_store_commit (store, error))
    return FALSE;

  vd_store_emit_changed (store, "units");
  return TRUE;
}

/**
 * vd_units_move:
 * @new_parent_id: the new parent, or 0 to make it a top-level unit
 *
 * Refuses to move a unit under itself or one of its own sub-units.
 */
gboolean
vd_units_move (VdStore  *store,
               gint64    unit_id,
               gint64    new_parent_id,
               GError  **error)
{
  g_return_val_if_fail (VD_IS_STORE (store), FALSE);

  if (!vd_store_begin (store, error))
    return FALSE;
  if (!move_unit (store, unit_id, new_parent_id, error))
    {
      vd_store_rollback (store);
      return FALSE;
    }
  if (!vd_store_commit (store, error))
    return FALSE;

  vd_store_emit_changed (store, "units");
  return TRUE;
}

/**
 * vd_units_delete:
 *
 * Deletes a unit with its ratings, its collective awards and nominations, in
 * one transaction. Refuses, saying what to do, while the unit still has
 * sub-units, people, a place in an emulation bloc or dossiers.
 *
 * Returns: (transfer full): what undo needs, or %NULL on error
 */
VdDeletion *
vd_units_delete (VdStore  *store,
                 gint64    unit_id,
                 GError  **error)
{
  g_autoptr(VdDeletion) deletion = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (VD_IS_STORE (store), NULL);

  if (!vd_store_begin (store, error))
    return NULL;
  if (!check_deletable (store, unit_id, &name, error))
    {
      vd_store_rollback (store);
      return NULL;
    }
  deletion = vd_deletion_new (name, "units");
  if (!delete_unit (store, deletion, unit_id, error))
    {
      vd_store_rollback (store);
      return NULL;
    }
  if (!vd_store_commit (store, error))
    return NULL;

  vd_deletion_emit_changed (deletion, store);
  return g_steal_pointer (&deletion);
}

/**
 * vd_units_list_ratings:
 *
 * Returns: (transfer full) (element-type VdRating): newest year first
 */
GPtrArray *
vd_units_list_ratings (VdStore  *store,
                       gint64    unit_id,
                       GError  **error)
{
  g_autoptr(GPtrArray) ratings = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (VD_IS_STORE (store), NULL);

  stmt = vd_store_prepare (store,
                           "SELECT year, grade FROM unit_ratings WHERE unit_id = ?1 ORDER BY year DESC",
                           error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, unit_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      VdRating *rating = g_new0 (VdRating, 1);

      rating->year = sqlite3_column_int (stmt, 0);
      rating->grade = vd_grade_from_string (column_text (stmt, 1));
      g_ptr_array_add (ratings, rating);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      vd_store_set_error (store, error);
      return NULL;
    }
  return g_steal_pointer (&ratings);
}

/**
 * vd_units_set_rating:
 * @grade: the year's rating; %VD_GRADE_NONE removes it
 *
 * Records a unit's annual rating (xếp loại), replacing that year's.
 */
gboolean
vd_units_set_rating (VdStore  *store,
                     gint64    unit_id,
                     int       year,
                     VdGrade   grade,
                     GError  **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (VD_IS_STORE (store), FALSE);

  if (year < MIN_RATING_YEAR || year > MAX_RATING_YEAR)
    {
      g_set_error (error, VD_STORE_ERROR, VD_STORE_ERROR_INVALID,
                   _("Enter a year between %d and %d."), MIN_RATING_YEAR, MAX_RATING_YEAR);
      return FALSE;
    }
  if (grade < VD_GRADE_NONE || grade > VD_GRADE_FAILED)
    {
      g_set_error_literal (error, VD_STORE_ERROR, VD_STORE_ERROR_INVALID,
                           _("Choose a rating from the list."));
      return FALSE;
    }

  if (!vd_store_begin (store, error))
    return FALSE;

  /* A unit deleted meanwhile gets "no longer in the archive", not the
   * foreign-key message about records still in use. */
  {
    g_autoptr(GError) local_error = NULL;
    g_autofree char *name = dup_unit_name (store, unit_id, &local_error);

    if (name == NULL)
      {
        vd_store_rollback (store);
        if (local_error != NULL)
          g_propagate_error (error, g_steal_pointer (&local_error));
        else
          set_not_found (error);
        return FALSE;
      }
  }

  if (grade == VD_GRADE_NONE)
    stmt = vd_store_prepare (store, "DELETE FROM unit_ratings WHERE unit_id = ?1 AND year = ?2", error);
  else
    stmt = vd_store_prepare (store,
                             "INSERT INTO unit_ratings (unit_id, year, grade) VALUES (?1, ?2, ?3)"
                             " ON CONFLICT (unit_id, year) DO UPDATE SET grade = excluded.grade",
                             error);
  if (stmt == NULL)
    {
      vd_store_rollback (store);
      return FALSE;
    }
  sqlite3_bind_int64 (stmt, 1, unit_id);
  sqlite3_bind_int (stmt, 2, year);
  if (grade != VD_GRADE_NONE)
    sqlite3_bind_text (stmt, 3, vd_grade_to_string (grade), -1, SQLITE_STATIC);
  if (!vd_store_step_done (store, stmt, error))
    {
      vd_store_rollback (store);
      return FALSE;
    }
  if (!vd_store_commit (store, error))
    return FALSE;

  vd_store_emit_changed (store, "units");
  return TRUE;
}

/**
 * vd_units_list_awards:
 *
 * Returns: (transfer full) (element-type VdAwardRecord): the unit's collective
 *   awards, newest first
 */
GPtrArray *
vd_units_list_awards (VdStore  *store,
                      gint64    unit_id,
                      GError  **error)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func ((GDestroyNotify) vd_award_record_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (VD_IS_STORE (store), NULL);

  stmt = vd_store_prepare (store,
                           "SELECT " VD_AWARD_RECORD_COLUMNS ", u.name FROM awards a "
                           VD_AWARD_RECORD_JOINS
                           "JOIN units u ON u.id = a.unit_id "
                           "WHERE a.unit_id = ?1 "
                           VD_AWARD_RECORD_ORDER,
                           error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, unit_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (records,
                     vd_award_record_new_from_row (stmt, column_text (stmt, VD_AWARD_RECORD_N_COLUMNS)));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      vd_store_set_error (store, error);
      return NULL;
    }
  return g_steal_pointer (&records);
}
