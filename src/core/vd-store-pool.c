/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdStorePool"

#include "config.h"

#include "vd-store-pool.h"

/* Idle connections kept per store: search and one list load at a time. */
#define MAX_IDLE 2

/* Virtual machine steps between two looks at the cancellable. */
#define PROGRESS_STEPS 4096

#define POOL_KEY "vd-store-pool"

typedef struct
{
  GPtrArray *idle; /* VdStore* */
} Pool;

/* One lock for every pool: acquiring is rare and short, and a global lock
 * also covers creating the pool on first use from two threads at once. */
static GMutex pool_lock;

static void
pool_free (gpointer data)
{
  Pool *pool = data;

  g_ptr_array_unref (pool->idle);
  g_free (pool);
}

static Pool *
get_pool_locked (VdStore *store)
{
  Pool *pool = g_object_get_data (G_OBJECT (store), POOL_KEY);

  if (pool == NULL)
    {
      pool = g_new0 (Pool, 1);
      pool->idle = g_ptr_array_new_with_free_func (g_object_unref);
      g_object_set_data_full (G_OBJECT (store), POOL_KEY, pool, pool_free);
    }
  return pool;
}

/**
 * vd_store_pool_acquire:
 *
 * Returns: (transfer full): a connection to @store's archive for this thread;
 *   give it back with vd_store_pool_release()
 */
VdStore *
vd_store_pool_acquire (VdStore  *store,
                       GError  **error)
{
  VdStore *worker = NULL;
  Pool *pool;

  g_return_val_if_fail (VD_IS_STORE (store), NULL);

  g_mutex_lock (&pool_lock);
  pool = get_pool_locked (store);
  if (pool->idle->len > 0)
    worker = g_ptr_array_steal_index (pool->idle, pool->idle->len - 1);
  g_mutex_unlock (&pool_lock);

  if (worker == NULL)
    worker = vd_store_open_secondary (store, error);
  return worker;
}

void
vd_store_pool_release (VdStore *store,
                       VdStore *worker)
{
  Pool *pool;

  g_return_if_fail (VD_IS_STORE (store));

  if (worker == NULL)
    return;

  vd_store_pool_set_progress (worker, NULL);

  g_mutex_lock (&pool_lock);
  pool = get_pool_locked (store);
  if (pool->idle->len < MAX_IDLE)
    {
      g_ptr_array_add (pool->idle, worker);
      worker = NULL;
    }
  g_mutex_unlock (&pool_lock);

  g_clear_object (&worker);
}

static int
on_progress (void *user_data)
{
  return g_cancellable_is_cancelled (user_data) ? 1 : 0;
}

/**
 * vd_store_pool_set_progress:
 * @cancellable: (nullable): interrupts the statement running on @worker
 *   when cancelled; %NULL removes the handler
 *
 * The statement then fails with SQLITE_INTERRUPT; callers report
 * G_IO_ERROR_CANCELLED. The caller keeps @cancellable alive meanwhile.
 */
void
vd_store_pool_set_progress (VdStore      *worker,
                            GCancellable *cancellable)
{
  sqlite3 *db = vd_store_get_db (worker);

  if (cancellable != NULL)
    sqlite3_progress_handler (db, PROGRESS_STEPS, on_progress, cancellable);
  else
    sqlite3_progress_handler (db, 0, NULL, NULL);
}
