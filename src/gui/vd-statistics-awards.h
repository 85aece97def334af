/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "vd-stats.h"

G_BEGIN_DECLS

#define VD_TYPE_STATISTICS_AWARDS (vd_statistics_awards_get_type ())
G_DECLARE_FINAL_TYPE (VdStatisticsAwards, vd_statistics_awards, VD, STATISTICS_AWARDS, AdwWindow)

GtkWidget *vd_statistics_awards_new (VdStore             *store,
                                     const VdStatsFilter *filter,
                                     const char          *description);

G_END_DECLS
