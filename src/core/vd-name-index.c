/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdNameIndex"

#include "config.h"

#include <string.h>

#include "vd-name-index.h"

#define INDEX_KEY "vd-name-index"

/* Entries between two looks at the cancellable. */
#define CANCEL_CHECK_EVERY 4096

typedef struct
{
  gint64   data_version;  /* commits by other connections… */
  gint64   total_changes; /* …and by this one, when the index was read */
  GArray  *ids;           /* gint64, in name order */
  GArray  *offsets;       /* guint32: where each name starts in names */
  GString *names;         /* folded names, each ending in NUL */
} NameIndex;

static void
name_index_free (gpointer data)
{
  NameIndex *index = data;

  g_array_unref (index->ids);
  g_array_unref (index->offsets);
  g_string_free (index->names, TRUE);
  g_free (index);
}

typedef struct
{
  gint64  id;
  guint32 offset;
} Name;

static int
compare_names_by_id (gconstpointer a,
                     gconstpointer b)
{
  gint64 x = ((const Name *) a)->id;
  gint64 y = ((const Name *) b)->id;

  return x < y ? -1 : (x > y ? 1 : 0);
}

static gboolean
read_version (VdStore  *store,
              gint64   *data_version,
              gint64   *total_changes,
              GError  **error)
{
  sqlite3_stmt *stmt = vd_store_prepare (store, "PRAGMA data_version", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *data_version = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    return vd_store_set_error (store, error);
  *total_changes = sqlite3_total_changes64 (vd_store_get_db (store));
  return TRUE;
}

static gboolean
read_names (VdStore  *store,
            GString  *names,
            GArray   *by_id,
            GError  **error)
{
  sqlite3_stmt *stmt = vd_store_prepare (store, "SELECT id, name_fold FROM people", error);
  gboolean sorted = TRUE;
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *text = (const char *) sqlite3_column_text (stmt, 1);
      Name name = { sqlite3_column_int64 (stmt, 0), names->len };

      if (by_id->len > 0 && name.id < g_array_index (by_id, Name, by_id->len - 1).id)
        sorted = FALSE;
      g_string_append_len (names, text ? text : "", sqlite3_column_bytes (stmt, 1));
      g_string_append_c (names, '\0');
      g_array_append_val (by_id, name);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return vd_store_set_error (store, error);

  /* A table scan comes in id order already; sort only if it ever does not. */
  if (!sorted)
    g_array_sort (by_id, compare_names_by_id);
  return TRUE;
}

static gboolean
read_order (VdStore  *store,
            GArray   *by_id,
            GArray   *ids,
            GArray   *offsets,
            GError  **error)
{
  sqlite3_stmt *stmt = vd_store_prepare (store, "SELECT id FROM people ORDER BY sort_key, id", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Name key = { sqlite3_column_int64 (stmt, 0), 0 };
      guint found;

      if (!g_array_binary_search (by_id, &key, compare_names_by_id, &found))
        continue;
      g_array_append_val (ids, key.id);
      g_array_append_val (offsets, g_array_index (by_id, Name, found).offset);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return vd_store_set_error (store, error);
  return TRUE;
}

/* Two plain scans, each in the order SQLite keeps it: the names by id (the
 * table), then the name order from the sort index alone. Reading the names
 * in sort order instead jumps around the table and is ten times slower. */
static NameIndex *
build (VdStore  *store,
       gint64    data_version,
       gint64    total_changes,
       GError  **error)
{
  g_autoptr(GString) names = g_string_new (NULL);
  g_autoptr(GArray) by_id = g_array_new (FALSE, FALSE, sizeof (Name));
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) offsets = g_array_new (FALSE, FALSE, sizeof (guint32));
  NameIndex *index;
  gboolean ok;

  /* One snapshot for both scans. A savepoint also nests inside a
   * transaction the caller may have open on this connection. */
  if (!vd_store_exec (store, "SAVEPOINT vd_name_index", error))
    return NULL;
  ok = read_names (store, names, by_id, error)
    && read_order (store, by_id, ids, offsets, error);
  vd_store_exec (store, "RELEASE vd_name_index", NULL);
  if (!ok)
    return NULL;

  index = g_new0 (NameIndex, 1);
  index->data_version = data_version;
  index->total_changes = total_changes;
  index->names = g_steal_pointer (&names);
  index->ids = g_steal_pointer (&ids);
  index->offsets = g_steal_pointer (&offsets);
  return index;
}

static NameIndex *
get_index (VdStore  *store,
           GError  **error)
{
  NameIndex *index = g_object_get_data (G_OBJECT (store), INDEX_KEY);
  gint64 data_version = 0, total_changes = 0;

  /* The version is read before the names, so a write in between can only
   * cause one needless rebuild, never a stale index. */
  if (!read_version (store, &data_version, &total_changes, error))
    return NULL;
  if (index != NULL && index->data_version == data_version
      && index->total_changes == total_changes)
    return index;

  index = build (store, data_version, total_changes, error);
  if (index == NULL)
    return NULL;
  g_object_set_data_full (G_OBJECT (store), INDEX_KEY, index, name_index_free);
  return index;
}

/**
 * vd_name_index_find:
 * @words: folded words that must all appear in the folded full name
 *
 * Returns: (transfer full) (element-type gint64): the ids of the first
 *   @limit people in name order whose name contains every word
 */
GArray *
vd_name_index_find (VdStore             *store,
                    const char * const  *words,
                    guint                limit,
                    GCancellable        *cancellable,
                    GError             **error)
{
  g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (gint64));
  NameIndex *index;
  guint n_words = g_strv_length ((char **) words);

  g_return_val_if_fail (VD_IS_STORE (store), NULL);

  index = get_index (store, error);
  if (index == NULL)
    return NULL;

  for (guint i = 0; i < index->ids->len && found->len < limit; i++)
    {
      const char *name = index->names->str + g_array_index (index->offsets, guint32, i);
      gboolean match = TRUE;

      if (i % CANCEL_CHECK_EVERY == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;

      for (guint w = 0; w < n_words && match; w++)
        match = strstr (name, words[w]) != NULL;
      if (match)
        g_array_append_val (found, g_array_index (index->ids, gint64, i));
    }
  return g_steal_pointer (&found);
}
