/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char    *vd_text_fold              (const char *text);
GBytes  *vd_text_sort_key          (const char *text);
GBytes  *vd_text_person_sort_key   (const char *family_name,
                                    const char *middle_name,
                                    const char *given_name);
char    *vd_text_full_name         (const char *family_name,
                                    const char *middle_name,
                                    const char *given_name);
gboolean vd_text_split_full_name   (const char  *full_name,
                                    char       **family_name,
                                    char       **middle_name,
                                    char       **given_name);
char    *vd_text_normalize_space   (const char *text);

G_END_DECLS
