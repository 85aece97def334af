/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* File extension of Vinh Danh archives, with its dot. */
#define VD_ARCHIVE_EXTENSION ".vinhdanh"

typedef enum
{
  VD_ARCHIVE_CHOOSER_NEW,        /* a name for a new archive: never an existing file */
  VD_ARCHIVE_CHOOSER_OPEN,       /* an existing file */
  VD_ARCHIVE_CHOOSER_SAVE_COPY,  /* a name for a copy: replacing a file is confirmed by the dialog */
} VdArchiveChooserMode;

void   vd_archive_chooser_run_async  (GtkWindow            *parent,
                                      VdArchiveChooserMode  mode,
                                      const char           *current_path,
                                      GAsyncReadyCallback   callback,
                                      gpointer              user_data);
char  *vd_archive_chooser_run_finish (GAsyncResult         *result,
                                      GError              **error);

G_END_DECLS
