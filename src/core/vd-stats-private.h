/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "vd-stats.h"

G_BEGIN_DECLS

/* For the benchmark: the very aggregate statement vd_stats_query() runs,
 * prepared (cached: never finalize it) and bound, to step straight against
 * SQLite as the floor the chart's recomputation is measured against. */
sqlite3_stmt *vd_stats_prepare_aggregate (VdStore             *store,
                                          VdStatsQuery         query,
                                          const VdStatsFilter *filter,
                                          GError             **error);

G_END_DECLS
