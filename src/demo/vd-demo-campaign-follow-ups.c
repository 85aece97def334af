/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdDemo"

#include "config.h"

#include "vd-campaigns.h"
#include "vd-demo-private.h"

/* A year's final review and its dossier deadline come in the next year,
 * after the campaign has ended: in the demo, as in life, those milestones
 * are follow-ups. They are marked so (campaign_milestones.follow_up), so
 * editing such a campaign does not trip over its own closing milestones. */
gboolean
vd_demo_campaigns_mark_follow_ups (VdDemoContext  *ctx,
                                   GError        **error)
{
  return vd_store_exec (ctx->store,
                        "UPDATE campaign_milestones SET follow_up = 1 "
                        "WHERE id IN (SELECT m.id FROM campaign_milestones m JOIN campaigns c ON c.id = m.campaign_id "
                        "WHERE m.due_on < c.starts_on OR (c.ends_on IS NOT NULL AND m.due_on > c.ends_on))",
                        error);
}
