/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "vd-store.h"

G_BEGIN_DECLS

/* The folded names of all people in Vietnamese name order, held in memory
 * next to one connection, so a search for a rare word does not make SQLite
 * walk 60 000 rows in index order (about 100 ms) for a handful of hits.
 * Rebuilt when the archive has changed since it was read. Use it only from
 * the thread that uses @store. */

GArray *vd_name_index_find (VdStore             *store,
                            const char * const  *words,
                            guint                limit,
                            GCancellable        *cancellable,
                            GError             **error);

G_END_DECLS
