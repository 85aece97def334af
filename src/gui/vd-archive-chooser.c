/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdArchiveChooser"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "vd-archive-chooser.h"

typedef struct
{
  GtkFileChooserNative *native;
  VdArchiveChooserMode  mode;
} ChooserData;

static void
chooser_data_free (ChooserData *data)
{
  gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (data->native));
  g_clear_object (&data->native);
  g_free (data);
}

static char *
dup_suggested_copy_name (const char *current_path)
{
  g_autofree char *base = g_path_get_basename (current_path);
  g_autofree char *stem = NULL;

  if (g_str_has_suffix (base, VD_ARCHIVE_EXTENSION))
    stem = g_strndup (base, strlen (base) - strlen (VD_ARCHIVE_EXTENSION));
  else
    stem = g_strdup (base);
  /* Translators: the suggested file name of a copy of the archive named %s. */
  return g_strdup_printf (_("%s (copy)"), stem);
}

static void
add_filters (GtkFileChooser *chooser)
{
  g_autoptr(GtkFileFilter) archives = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  gtk_file_filter_set_name (archives, _("Vinh Danh Archives"));
  gtk_file_filter_add_pattern (archives, "*" VD_ARCHIVE_EXTENSION);
  gtk_file_filter_add_mime_type (archives, "application/x-vinh-danh-archive");
  gtk_file_chooser_add_filter (chooser, archives);

  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (chooser, all);

  gtk_file_chooser_set_filter (chooser, archives);
}

static void
set_start_folder (GtkFileChooser *chooser,
                  const char     *current_path)
{
  g_autoptr(GFile) folder = NULL;

  if (current_path != NULL)
    {
      g_autofree char *dir = g_path_get_dirname (current_path);

      folder = g_file_new_for_path (dir);
    }
  else
    {
      const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);

      if (documents != NULL && g_file_test (documents, G_FILE_TEST_IS_DIR))
        folder = g_file_new_for_path (documents);
    }

  /* A folder that is gone just leaves the dialog where it would start anyway. */
  if (folder != NULL)
    gtk_file_chooser_set_current_folder (chooser, folder, NULL);
}

static void
on_native_response (GtkNativeDialog *native,
                    int              response,
                    GTask           *task)
{
  ChooserData *data = g_task_get_task_data (task);
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;
  gboolean extension_added = FALSE;

  g_signal_handlers_disconnect_by_data (native, task);

  if (response != GTK_RESPONSE_ACCEPT)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "Dismissed");
      g_object_unref (task);
      return;
    }

  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
  path = file != NULL ? g_file_get_path (file) : NULL;
  if (path == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                               _("Archives can only be kept in folders of this computer. "
                                 "Choose a local folder."));
      g_object_unref (task);
      return;
    }

  if (data->mode != VD_ARCHIVE_CHOOSER_OPEN && !g_str_has_suffix (path, VD_ARCHIVE_EXTENSION))
    {
      char *with_extension = g_strconcat (path, VD_ARCHIVE_EXTENSION, NULL);

      g_free (path);
      path = with_extension;
      extension_added = TRUE;
    }

  /* The dialog asked before replacing the name the user typed, not the one
   * with the extension added: never replace that one silently. */
  if (data->mode == VD_ARCHIVE_CHOOSER_SAVE_COPY && extension_added
      && g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_autofree char *taken = g_path_get_basename (path);

      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_EXISTS,
                               _("“%s” already exists. Choose another name for the copy."),
                               taken);
      g_object_unref (task);
      return;
    }

  /* Creating would silently open an existing archive (or refuse another
   * file), so a new archive needs a name nobody uses yet. */
  name = g_path_get_basename (path);
  if (data->mode == VD_ARCHIVE_CHOOSER_NEW && g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_EXISTS,
                               _("“%s” already exists. Choose a new name for the new archive, "
                                 "or use Open Archive to work in the existing one."),
                               name);
      g_object_unref (task);
      return;
    }

  g_task_return_pointer (task, g_steal_pointer (&path), g_free);
  g_object_unref (task);
}

/**
 * vd_archive_chooser_run_async:
 * @parent: the window the dialog belongs to
 * @current_path: (nullable): the open archive, to start in its folder
 *
 * Asks for an archive file with the platform's file dialog. For new archives
 * and copies the archive extension is added when the name lacks it.
 */
void
vd_archive_chooser_run_async (GtkWindow            *parent,
                              VdArchiveChooserMode  mode,
                              const char           *current_path,
                              GAsyncReadyCallback   callback,
                              gpointer              user_data)
{
  GTask *task;
  ChooserData *data;
  GtkFileChooser *chooser;

  g_return_if_fail (GTK_IS_WINDOW (parent));

  task = g_task_new (parent, NULL, callback, user_data);
  g_task_set_source_tag (task, vd_archive_chooser_run_async);

  data = g_new0 (ChooserData, 1);
  data->mode = mode;
  switch (mode)
    {
    case VD_ARCHIVE_CHOOSER_NEW:
      data->native = gtk_file_chooser_native_new (_("New Archive"), parent,
                                                  GTK_FILE_CHOOSER_ACTION_SAVE,
                                                  _("_Create"), _("_Cancel"));
      break;
    case VD_ARCHIVE_CHOOSER_OPEN:
      data->native = gtk_file_chooser_native_new (_("Open Archive"), parent,
                                                  GTK_FILE_CHOOSER_ACTION_OPEN,
                                                  _("_Open"), _("_Cancel"));
      break;
    case VD_ARCHIVE_CHOOSER_SAVE_COPY:
    default:
      data->native = gtk_file_chooser_native_new (_("Save a Copy"), parent,
                                                  GTK_FILE_CHOOSER_ACTION_SAVE,
                                                  _("_Save"), _("_Cancel"));
      break;
    }
  g_task_set_task_data (task, data, (GDestroyNotify) chooser_data_free);

  chooser = GTK_FILE_CHOOSER (data->native);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (data->native), TRUE);
  add_filters (chooser);
  set_start_folder (chooser, current_path);

  if (mode == VD_ARCHIVE_CHOOSER_NEW)
    {
      /* The people who keep these archives name them in Vietnamese whatever
       * language their desktop speaks. */
      gtk_file_chooser_set_current_name (chooser, "Lưu trữ thi đua" VD_ARCHIVE_EXTENSION);
    }
  else if (mode == VD_ARCHIVE_CHOOSER_SAVE_COPY && current_path != NULL)
    {
      g_autofree char *stem = dup_suggested_copy_name (current_path);
      g_autofree char *name = g_strconcat (stem, VD_ARCHIVE_EXTENSION, NULL);

      gtk_file_chooser_set_current_name (chooser, name);
    }

  g_signal_connect (data->native, "response", G_CALLBACK (on_native_response), task);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (data->native));
}

/**
 * vd_archive_chooser_run_finish:
 *
 * Returns: (transfer full): the chosen path, or %NULL with
 * %G_IO_ERROR_CANCELLED when the dialog was dismissed, %G_IO_ERROR_EXISTS
 * (with a message for the user) when a new archive would replace a file.
 */
char *
vd_archive_chooser_run_finish (GAsyncResult  *result,
                               GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}
