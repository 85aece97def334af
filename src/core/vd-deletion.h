/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "vd-store.h"

G_BEGIN_DECLS

/**
 * VdDeletion:
 *
 * The rows a delete removed (the record and everything that went with it),
 * kept so the delete can be undone with the same ids. Opaque.
 */
typedef struct _VdDeletion VdDeletion;

const char *vd_deletion_get_label (VdDeletion  *deletion);  /* "Nguyễn Văn Dũng" */
gboolean    vd_deletion_undo      (VdStore     *store,
                                   VdDeletion  *deletion,
                                   GError     **error);
void        vd_deletion_free      (VdDeletion  *deletion);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VdDeletion, vd_deletion_free)

G_END_DECLS
