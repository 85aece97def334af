/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "vd-store.h"

G_BEGIN_DECLS

#define VD_TYPE_CAMPAIGN_EDITOR (vd_campaign_editor_get_type ())
G_DECLARE_FINAL_TYPE (VdCampaignEditor, vd_campaign_editor, VD, CAMPAIGN_EDITOR, AdwWindow)

VdCampaignEditor *vd_campaign_editor_new (GtkWindow  *parent,
                                          VdStore    *store,
                                          gint64      campaign_id,   /* 0 for a new one */
                                          const char *starts_on);    /* nullable: a new one's start date, ISO */

G_END_DECLS
