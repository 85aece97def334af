/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char     *vd_date_to_display    (const char  *iso_date);
char     *vd_date_from_display  (const char  *display,
                                 GError     **error);
gboolean  vd_date_is_valid_iso  (const char  *iso_date);
char     *vd_date_today_iso     (void);
char     *vd_date_now_iso       (void);

G_END_DECLS
