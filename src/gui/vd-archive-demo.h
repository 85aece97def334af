/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Called on the main thread while the demo archive is being made. */
typedef void (*VdArchiveDemoProgress) (double      fraction,
                                       const char *message,
                                       gpointer    user_data);

char  *vd_archive_demo_dup_path       (void);
void   vd_archive_demo_prepare_async  (GCancellable          *cancellable,
                                       VdArchiveDemoProgress  progress,
                                       gpointer               progress_data,
                                       GAsyncReadyCallback    callback,
                                       gpointer               user_data);
char  *vd_archive_demo_prepare_finish (GAsyncResult          *result,
                                       GError               **error);

G_END_DECLS
