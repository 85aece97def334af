/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "vd-search.h"

G_BEGIN_DECLS

/* The words of @query, folded (case, diacritics and đ ignored) and made into
 * LIKE patterns "%word%" to be used with ESCAPE '\', so every list filters
 * the way global search does. Words that cannot narrow the result (repeats,
 * words inside another word) are left out. Returns an empty array for a
 * query without words. */
GPtrArray *vd_search_like_patterns (const char *query);

G_END_DECLS
