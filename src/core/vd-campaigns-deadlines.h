/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "vd-campaigns.h"

G_BEGIN_DECLS

/* Deadlines coming up: the badge on the Campaigns place and the desktop
 * notification on the day a milestone falls due. "Due" means a milestone
 * that is not done, whatever its kind.
 *
 * Which milestones were already notified is kept in the archive's settings
 * under VD_DEADLINES_NOTIFIED_KEY as a JSON object {"<milestone id>":
 * "<ISO date>"}, so a notification is sent once per milestone and day even
 * across restarts, and by whoever opens the shared archive. Only today's
 * entries are kept: a milestone is notified on its due date only, so older
 * entries can never matter again. */

#define VD_DEADLINES_NOTIFIED_KEY "notified_deadlines"
#define VD_DEADLINES_SOON_DAYS 14

guint      vd_campaigns_count_due_soon      (GPtrArray   *campaigns,
                                             const char  *today,
                                             guint        days);   /* not done, today <= due_on < today + days */
GPtrArray *vd_campaigns_take_due_today      (VdStore     *store,
                                             GPtrArray   *campaigns,
                                             const char  *today,
                                             GError     **error);  /* VdMilestone*, due today and not notified yet; records them as notified */

G_END_DECLS
