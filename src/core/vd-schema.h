/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

gboolean vd_schema_migrate (sqlite3  *db,
                            int       from_version,
                            GError  **error);

G_END_DECLS
