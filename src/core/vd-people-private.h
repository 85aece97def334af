/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "vd-people.h"

G_BEGIN_DECLS

/* Reads person @id into an existing object, so a list can refresh the object
 * its rows show (notifying only what changed) instead of replacing it. */
gboolean vd_people_read_into (VdStore   *store,
                              gint64     id,
                              VdPerson  *person,
                              GError   **error);

G_END_DECLS
