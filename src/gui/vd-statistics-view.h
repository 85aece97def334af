/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define VD_TYPE_STATISTICS_VIEW (vd_statistics_view_get_type ())
G_DECLARE_FINAL_TYPE (VdStatisticsView, vd_statistics_view, VD, STATISTICS_VIEW, AdwBin)

G_END_DECLS
