/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdDeletion"

#include "config.h"

#include <glib/gi18n.h>

#include "vd-deletion-private.h"

/* Rows of one table as they were, column values kept as SQLite values so
 * that types and bytes come back exactly (a REAL stays REAL, a BLOB a BLOB). */
typedef struct
{
  char      *table;
  GStrv      columns;
  GPtrArray *rows;    /* GPtrArray of sqlite3_value* per row */
} TakenRows;

/* A column of surviving rows that the delete cleared through ON DELETE SET
 * NULL (an initiative's "used for award"), to be pointed back on undo. */
typedef struct
{
  char      *table;
  char      *column;
  GArray    *row_ids; /* gint64 */
  GPtrArray *values;  /* sqlite3_value* */
} KeptLinks;

struct _VdDeletion
{
  char      *label;
  char      *primary_table;
  GPtrArray *taken;   /* TakenRows*, in the order they were deleted */
  GPtrArray *links;   /* KeptLinks* */
  gboolean   undone;
};

static void
value_free (gpointer data)
{
  sqlite3_value_free (data);
}

static void
taken_rows_free (gpointer data)
{
  TakenRows *taken = data;

  g_free (taken->table);
  g_strfreev (taken->columns);
  g_ptr_array_unref (taken->rows);
  g_free (taken);
}

static void
kept_links_free (gpointer data)
{
  KeptLinks *links = data;

  g_free (links->table);
  g_free (links->column);
  g_array_unref (links->row_ids);
  g_ptr_array_unref (links->values);
  g_free (links);
}

static gboolean
set_out_of_memory (GError **error)
{
  g_set_error_literal (error, VD_STORE_ERROR, VD_STORE_ERROR_FAILED,
                       _("There is not enough memory to keep the deleted record for undo. Close other programs and try again."));
  return FALSE;
}

static gboolean
restore_rows (VdStore    *store,
              TakenRows  *taken,
              GError    **error)
{
  g_autoptr(GString) sql = g_string_new (NULL);
  guint n_columns = g_strv_length (taken->columns);
  sqlite3_stmt *stmt;

  g_string_append_printf (sql, "INSERT INTO %s (", taken->table);
  for (guint i = 0; i < n_columns; i++)
    g_string_append_printf (sql, "%s\"%s\"", i ? ", " : "", taken->columns[i]);
  g_string_append (sql, ") VALUES (");
  for (guint i = 0; i < n_columns; i++)
    g_string_append_printf (sql, "%s?%u", i ? ", " : "", i + 1);
  g_string_append_c (sql, ')');

  stmt = vd_store_prepare (store, sql->str, error);
  if (stmt == NULL)
    return FALSE;

  for (guint r = 0; r < taken->rows->len; r++)
    {
      GPtrArray *row = g_ptr_array_index (taken->rows, r);

      sqlite3_clear_bindings (stmt);
      for (guint i = 0; i < n_columns; i++)
        sqlite3_bind_value (stmt, i + 1, g_ptr_array_index (row, i));
      if (!vd_store_step_done (store, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
restore_links (VdStore    *store,
               KeptLinks  *links,
               GError    **error)
{
  g_autofree char *sql = g_strdup_printf ("UPDATE %s SET %s = ?1 WHERE rowid = ?2",
                                          links->table, links->column);
  sqlite3_stmt *stmt = vd_store_prepare (store, sql, error);

  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < links->row_ids->len; i++)
    {
      sqlite3_bind_value (stmt, 1, g_ptr_array_index (links->values, i));
      sqlite3_bind_int64 (stmt, 2, g_array_index (links->row_ids, gint64, i));
      if (!vd_store_step_done (store, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
restore_all (VdDeletion  *self,
             VdStore     *store,
             GError     **error)
{
  /* Reverse order: the record itself first, then what pointed at it. */
  for (guint i = self->taken->len; i > 0; i--)
    if (!restore_rows (store, g_ptr_array_index (self->taken, i - 1), error))
      return FALSE;

  for (guint i = 0; i < self->links->len; i++)
    if (!restore_links (store, g_ptr_array_index (self->links, i), error))
      return FALSE;

  return TRUE;
}

/**
 * vd_deletion_new:
 * @label: what the user deleted, as shown in "“%s” deleted — Undo"
 * @primary_table: the table of the deleted record itself
 */
VdDeletion *
vd_deletion_new (const char *label,
                 const char *primary_table)
{
  VdDeletion *self = g_new0 (VdDeletion, 1);

  self->label = g_strdup (label ? label : "");
  self->primary_table = g_strdup (primary_table);
  self->taken = g_ptr_array_new_with_free_func (taken_rows_free);
  self->links = g_ptr_array_new_with_free_func (kept_links_free);
  return self;
}

/**
 * vd_deletion_take:
 *
 * Reads the rows of @table matching @where (with ?1 = @id) into the deletion,
 * then deletes them. Call inside the caller's write transaction.
 */
gboolean
vd_deletion_take (VdDeletion  *self,
                  VdStore     *store,
                  const char  *table,
                  const char  *where,
                  gint64       id,
                  GError     **error)
{
  g_autofree char *select_sql = g_strdup_printf ("SELECT * FROM %s WHERE %s", table, where);
  g_autofree char *delete_sql = g_strdup_printf ("DELETE FROM %s WHERE %s", table, where);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GStrvBuilder) columns = g_strv_builder_new ();
  TakenRows *taken;
  sqlite3_stmt *stmt;
  int n_columns;
  int rc;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (!self->undone, FALSE);

  stmt = vd_store_prepare (store, select_sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);

  n_columns = sqlite3_column_count (stmt);
  for (int i = 0; i < n_columns; i++)
    g_strv_builder_add (columns, sqlite3_column_name (stmt, i));

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      GPtrArray *row = g_ptr_array_new_full (n_columns, value_free);

      g_ptr_array_add (rows, row);
      for (int i = 0; i < n_columns; i++)
        {
          sqlite3_value *value = sqlite3_value_dup (sqlite3_column_value (stmt, i));

          if (value == NULL)
            {
              sqlite3_reset (stmt);
              return set_out_of_memory (error);
            }
          g_ptr_array_add (row, value);
        }
    }
  if (rc != SQLITE_DONE)
    {
      vd_store_set_error (store, error);
      sqlite3_reset (stmt);
      return FALSE;
    }
  sqlite3_reset (stmt);

  if (rows->len == 0)
    return TRUE;

  stmt = vd_store_prepare (store, delete_sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!vd_store_step_done (store, stmt, error))
    return FALSE;

  taken = g_new0 (TakenRows, 1);
  taken->table = g_strdup (table);
  taken->columns = g_strv_builder_end (columns);
  taken->rows = g_steal_pointer (&rows);
  g_ptr_array_add (self->taken, taken);
  return TRUE;
}

/**
 * vd_deletion_keep_links:
 *
 * Remembers @column of the rows of @table matching @where (with ?1 = @id),
 * rows that stay but lose that link when the delete runs. Call before the
 * vd_deletion_take() that clears them.
 */
gboolean
vd_deletion_keep_links (VdDeletion  *self,
                        VdStore     *store,
                        const char  *table,
                        const char  *column,
                        const char  *where,
                        gint64       id,
                        GError     **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT rowid, %s FROM %s WHERE %s", column, table, where);
  g_autoptr(GArray) row_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func (value_free);
  KeptLinks *links;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (self != NULL, FALSE);

  stmt = vd_store_prepare (store, sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 row_id = sqlite3_column_int64 (stmt, 0);
      sqlite3_value *value = sqlite3_value_dup (sqlite3_column_value (stmt, 1));

      if (value == NULL)
        {
          sqlite3_reset (stmt);
          return set_out_of_memory (error);
        }
      g_array_append_val (row_ids, row_id);
      g_ptr_array_add (values, value);
    }
  if (rc != SQLITE_DONE)
    {
      vd_store_set_error (store, error);
      sqlite3_reset (stmt);
      return FALSE;
    }
  sqlite3_reset (stmt);

  if (row_ids->len == 0)
    return TRUE;

  links = g_new0 (KeptLinks, 1);
  links->table = g_strdup (table);
  links->column = g_strdup (column);
  links->row_ids = g_steal_pointer (&row_ids);
  links->values = g_steal_pointer (&values);
  g_ptr_array_add (self->links, links);
  return TRUE;
}

/**
 * vd_deletion_count_rows:
 *
 * How many rows of @table the deletion took, for messages like "and 3 awards".
 */
guint
vd_deletion_count_rows (VdDeletion *self,
                        const char *table)
{
  guint n = 0;

  g_return_val_if_fail (self != NULL, 0);

  for (guint i = 0; i < self->taken->len; i++)
    {
      TakenRows *taken = g_ptr_array_index (self->taken, i);

      if (g_strcmp0 (taken->table, table) == 0)
        n += taken->rows->len;
    }
  return n;
}

/**
 * vd_deletion_emit_changed:
 *
 * Tells listeners about every table the deletion (or its undo) touched, the
 * record's own table first.
 */
void
vd_deletion_emit_changed (VdDeletion *self,
                          VdStore    *store)
{
  g_autoptr(GPtrArray) emitted = g_ptr_array_new ();

  g_return_if_fail (self != NULL);

  if (self->primary_table != NULL)
    {
      vd_store_emit_changed (store, self->primary_table);
      g_ptr_array_add (emitted, self->primary_table);
    }

  for (guint i = 0; i < self->taken->len; i++)
    {
      TakenRows *taken = g_ptr_array_index (self->taken, i);

      if (g_ptr_array_find_with_equal_func (emitted, taken->table, g_str_equal, NULL))
        continue;
      vd_store_emit_changed (store, taken->table);
      g_ptr_array_add (emitted, taken->table);
    }
  for (guint i = 0; i < self->links->len; i++)
    {
      KeptLinks *links = g_ptr_array_index (self->links, i);

      if (g_ptr_array_find_with_equal_func (emitted, links->table, g_str_equal, NULL))
        continue;
      vd_store_emit_changed (store, links->table);
      g_ptr_array_add (emitted, links->table);
    }
}

/**
 * vd_deletion_get_label:
 *
 * What was deleted, for the "Undo" toast.
 */
const char *
vd_deletion_get_label (VdDeletion *deletion)
{
  g_return_val_if_fail (deletion != NULL, NULL);
  return deletion->label;
}

/**
 * vd_deletion_undo:
 *
 * Puts every row back with its old id in one transaction, then emits
 * VdStore::changed. Fails (changing nothing) if the archive no longer allows
 * it, for example when a new record took one of the ids meanwhile.
 */
gboolean
vd_deletion_undo (VdStore     *store,
                  VdDeletion  *deletion,
                  GError     **error)
{
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (VD_IS_STORE (store), FALSE);
  g_return_val_if_fail (deletion != NULL, FALSE);

  if (deletion->undone)
    {
      g_set_error (error, VD_STORE_ERROR, VD_STORE_ERROR_INVALID,
                   _("“%s” has already been restored."), deletion->label);
      return FALSE;
    }

  if (!vd_store_begin (store, error))
    return FALSE;

  if (!restore_all (deletion, store, &local_error))
    {
      vd_store_rollback (store);
      if (g_error_matches (local_error, VD_STORE_ERROR, VD_STORE_ERROR_CONSTRAINT))
        g_set_error (error, VD_STORE_ERROR, VD_STORE_ERROR_CONSTRAINT,
                     _("“%s” cannot be restored because the archive has changed since it was deleted. Enter it again instead."),
                     deletion->label);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (!vd_store_commit (store, error))
    return FALSE;

  deletion->undone = TRUE;
  vd_deletion_emit_changed (deletion, store);
  return TRUE;
}

void
vd_deletion_free (VdDeletion *deletion)
{
  if (deletion == NULL)
    return;
  g_free (deletion->label);
  g_free (deletion->primary_table);
  g_ptr_array_unref (deletion->taken);
  g_ptr_array_unref (deletion->links);
  g_free (deletion);
}
