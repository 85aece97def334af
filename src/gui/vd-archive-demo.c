/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdArchiveDemo"

#include "config.h"

#include <glib/gi18n.h>
#include <errno.h>
#include <glib/gstdio.h>

#include "vd-archive-demo.h"
#include "vd-demo.h"

/* The generator reports from its worker thread, possibly thousands of times;
 * the main thread only needs the latest value once per idle, so reports are
 * coalesced here and at most one idle is ever pending. */
typedef struct
{
  gatomicrefcount        ref_count;
  GMutex                 mutex;
  GMainContext          *context;
  VdArchiveDemoProgress  func;
  gpointer               func_data;

  /* under mutex */
  double                 fraction;
  char                  *message;
  gboolean               pending;

  /* main thread only */
  gboolean               finished;

  /* worker only */
  char                  *path;
  char                  *part_path;
} Progress;

static Progress *
progress_ref (Progress *progress)
{
  g_atomic_ref_count_inc (&progress->ref_count);
  return progress;
}

static void
progress_unref (Progress *progress)
{
  if (!g_atomic_ref_count_dec (&progress->ref_count))
    return;
  g_mutex_clear (&progress->mutex);
  g_main_context_unref (progress->context);
  g_free (progress->message);
  g_free (progress->path);
  g_free (progress->part_path);
  g_free (progress);
}

static gboolean
progress_dispatch (gpointer user_data)
{
  Progress *progress = user_data;
  g_autofree char *message = NULL;
  double fraction;

  g_mutex_lock (&progress->mutex);
  fraction = progress->fraction;
  message = g_strdup (progress->message);
  progress->pending = FALSE;
  g_mutex_unlock (&progress->mutex);

  if (!progress->finished && progress->func != NULL)
    progress->func (fraction, message, progress->func_data);
  return G_SOURCE_REMOVE;
}

static void
on_generator_progress (double      fraction,
                       const char *message,
                       gpointer    user_data)
{
  Progress *progress = user_data;
  gboolean schedule;

  g_mutex_lock (&progress->mutex);
  progress->fraction = fraction;
  if (message != NULL)
    {
      g_free (progress->message);
      progress->message = g_strdup (message);
    }
  schedule = !progress->pending;
  progress->pending = TRUE;
  g_mutex_unlock (&progress->mutex);

  if (schedule)
    g_main_context_invoke_full (progress->context, G_PRIORITY_DEFAULT_IDLE,
                                progress_dispatch, progress_ref (progress),
                                (GDestroyNotify) progress_unref);
}

static void
remove_with_side_files (const char *path)
{
  static const char *suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_unlink (file);
    }
}

static void
generate_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  Progress *progress = task_data;
  g_autofree char *dir = g_path_get_dirname (progress->path);
  GError *error = NULL;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;

      g_task_return_new_error (task, G_IO_ERROR, g_io_error_from_errno (saved),
                               _("The folder for the demo archive, “%s”, could not be made: %s. "
                                 "Check that your data folder can be written."),
                               dir, g_strerror (saved));
      return;
    }

  /* Generated under another name and renamed when complete, so an interrupted
   * run never leaves a half-made archive where the next start would open it. */
  remove_with_side_files (progress->part_path);
  if (!vd_demo_generate (progress->part_path, VD_DEMO_SCALE_SMALL,
                         on_generator_progress, progress, cancellable, &error))
    {
      remove_with_side_files (progress->part_path);
      g_task_return_error (task, error);
      return;
    }

  if (g_rename (progress->part_path, progress->path) != 0)
    {
      int saved = errno;

      remove_with_side_files (progress->part_path);
      g_task_return_new_error (task, G_IO_ERROR, g_io_error_from_errno (saved),
                               _("The demo archive could not be saved as “%s”: %s. "
                                 "Check that your data folder can be written."),
                               progress->path, g_strerror (saved));
      return;
    }

  g_task_return_pointer (task, g_strdup (progress->path), g_free);
}

/**
 * vd_archive_demo_dup_path:
 *
 * Returns: where the demo archive lives: in the user's data folder, so that
 * it is made once and then opens at once.
 */
char *
vd_archive_demo_dup_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "vinh-danh", "demo.vinhdanh", NULL);
}

/**
 * vd_archive_demo_prepare_async:
 * @progress: (nullable): told about progress on the calling thread's context
 *
 * Makes sure the demo archive exists, generating it (small scale) on a worker
 * thread when it does not. The result is its path.
 */
void
vd_archive_demo_prepare_async (GCancellable          *cancellable,
                               VdArchiveDemoProgress  progress_func,
                               gpointer               progress_data,
                               GAsyncReadyCallback    callback,
                               gpointer               user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  g_autofree char *path = vd_archive_demo_dup_path ();
  Progress *progress;

  g_task_set_source_tag (task, vd_archive_demo_prepare_async);

  if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_task_return_pointer (task, g_steal_pointer (&path), g_free);
      return;
    }

  progress = g_new0 (Progress, 1);
  g_atomic_ref_count_init (&progress->ref_count);
  g_mutex_init (&progress->mutex);
  progress->context = g_main_context_ref_thread_default ();
  progress->func = progress_func;
  progress->func_data = progress_data;
  progress->part_path = g_strconcat (path, ".part", NULL);
  progress->path = g_steal_pointer (&path);
  g_task_set_task_data (task, progress, (GDestroyNotify) progress_unref);
  g_task_run_in_thread (task, generate_thread);
}

/**
 * vd_archive_demo_prepare_finish:
 *
 * Returns: (transfer full): the demo archive's path. No progress is reported
 * after this was called.
 */
char *
vd_archive_demo_prepare_finish (GAsyncResult  *result,
                                GError       **error)
{
  Progress *progress;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  progress = g_task_get_task_data (G_TASK (result));
  if (progress != NULL)
    progress->finished = TRUE;
  return g_task_propagate_pointer (G_TASK (result), error);
}
