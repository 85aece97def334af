/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "vd-store.h"

G_BEGIN_DECLS

#define VD_TYPE_CAMPAIGNS_VIEW (vd_campaigns_view_get_type ())
G_DECLARE_FINAL_TYPE (VdCampaignsView, vd_campaigns_view, VD, CAMPAIGNS_VIEW, AdwBin)

VdStore *vd_campaigns_view_get_store (VdCampaignsView *self);
void     vd_campaigns_view_set_store (VdCampaignsView *self,
                                      VdStore         *store);
void     vd_campaigns_view_go_to     (VdCampaignsView *self,
                                      const char      *iso_date);

G_END_DECLS
