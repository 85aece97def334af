/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "vd-store.h"

G_BEGIN_DECLS

/* Worker connections for GTask threads, kept open between tasks because
 * opening one (and parsing the schema on its first statement) costs more than
 * a short query. Any thread may acquire; a connection is used by one thread
 * until it is released. */

VdStore *vd_store_pool_acquire      (VdStore      *store,
                                     GError      **error);
void     vd_store_pool_release      (VdStore      *store,
                                     VdStore      *worker);
void     vd_store_pool_set_progress (VdStore      *worker,
                                     GCancellable *cancellable);

G_END_DECLS
