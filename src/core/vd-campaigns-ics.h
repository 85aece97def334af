/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "vd-campaigns.h"

G_BEGIN_DECLS

/* iCalendar (RFC 5545) export of campaigns and milestones, and import of
 * milestones into one campaign, through libical. Every event is all-day.
 * UIDs are "campaign-ID@DOMAIN" and "milestone-ID@DOMAIN", DOMAIN being the
 * archive's own (kept in its settings as VD_ICS_UID_DOMAIN_KEY), so a second
 * export of the same archive updates the events a calendar already has. */

#define VD_ICS_UID_DOMAIN_KEY "ics_uid_domain"

char      *vd_campaigns_ics_uid_domain  (VdStore                *store);
char      *vd_campaigns_ics_export      (VdStore                *store,
                                         const VdCampaignFilter *filter,
                                         GError                **error);   /* the whole calendar as text */
gboolean   vd_campaigns_ics_export_file (VdStore                *store,
                                         const VdCampaignFilter *filter,
                                         const char             *path,
                                         GError                **error);
GPtrArray *vd_campaigns_ics_parse       (const char             *text,
                                         const VdCampaign       *campaign,
                                         const char             *uid_domain,
                                         GError                **error);   /* VdMilestone* to add or update, all valid, or NULL and every problem listed */
gboolean   vd_campaigns_ics_import      (VdStore                *store,
                                         gint64                  campaign_id,
                                         const char             *text,
                                         guint                  *n_imported,
                                         GError                **error);   /* all or nothing */

G_END_DECLS
