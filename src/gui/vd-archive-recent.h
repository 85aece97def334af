/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* How many archives "recent-archives" keeps. */
#define VD_ARCHIVE_RECENT_MAX 10

void    vd_archive_recent_add          (GSettings  *settings,
                                        const char *path);
char  **vd_archive_recent_dup_existing (GSettings  *settings,
                                        guint       max);
char   *vd_archive_recent_dup_title    (const char *path);
char   *vd_archive_recent_dup_display  (const char *path);

G_END_DECLS
