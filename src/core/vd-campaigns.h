/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "vd-campaign-files.h"
#include "vd-store.h"

G_BEGIN_DECLS

/* The campaigns aggregate: all SQL touching campaigns and
 * campaign_milestones lives here (vd-campaigns.c). Every write is one
 * transaction, emits VdStore::changed ("campaigns") on success, and fails
 * with VD_STORE_ERROR_INVALID and a message naming the field and what to do.
 *
 * Follow-up milestones: a final review or a dossier deadline often falls
 * after the campaign it closes; campaign_milestones.follow_up (schema 2)
 * marks them. Version 1 archives kept the mark as a first note line
 * "[follow-up]"; the 1 → 2 migration moved it to the column.
 *
 * Special campaigns (đợt thi đua đặc biệt, e.g. for an anniversary) are
 * campaigns.special = 1 (schema 2) with kind 'phase': the kind CHECK of
 * version 1 could only be widened by rebuilding the table. The UI offers
 * "Special" as a 4th kind choice that sets this flag. */

typedef enum
{
  VD_CAMPAIGN_KIND_REGULAR,   /* thường xuyên */
  VD_CAMPAIGN_KIND_PHASE,     /* theo đợt */
  VD_CAMPAIGN_KIND_THEMATIC,  /* chuyên đề */
  VD_N_CAMPAIGN_KINDS
} VdCampaignKind;

typedef enum
{
  VD_CAMPAIGN_SCOPE_NATIONAL,  /* Thủ tướng Chính phủ */
  VD_CAMPAIGN_SCOPE_MINISTRY,  /* the ministry */
  VD_CAMPAIGN_SCOPE_BLOC,      /* an emulation bloc */
  VD_CAMPAIGN_SCOPE_UNIT,      /* one unit */
  VD_N_CAMPAIGN_SCOPES
} VdCampaignScope;

typedef enum
{
  VD_MILESTONE_LAUNCH,            /* phát động */
  VD_MILESTONE_INTERIM_REVIEW,    /* sơ kết */
  VD_MILESTONE_FINAL_REVIEW,      /* tổng kết */
  VD_MILESTONE_DOSSIER_DEADLINE,  /* hạn nộp hồ sơ */
  VD_MILESTONE_ANNIVERSARY,       /* lễ kỷ niệm */
  VD_MILESTONE_OTHER,
  VD_N_MILESTONE_KINDS
} VdMilestoneKind;

const char     *vd_campaign_kind_to_string    (VdCampaignKind   kind);   /* as stored */
VdCampaignKind  vd_campaign_kind_from_string  (const char      *text);
const char     *vd_campaign_kind_label        (VdCampaignKind   kind);   /* translated */
const char     *vd_campaign_scope_to_string   (VdCampaignScope  scope);
VdCampaignScope vd_campaign_scope_from_string (const char      *text);
const char     *vd_campaign_scope_label       (VdCampaignScope  scope);
const char     *vd_milestone_kind_to_string   (VdMilestoneKind  kind);
VdMilestoneKind vd_milestone_kind_from_string (const char      *text);   /* -1 when unknown */
const char     *vd_milestone_kind_label       (VdMilestoneKind  kind);

typedef struct
{
  gint64           id;           /* 0 for one not stored yet */
  gint64           campaign_id;
  VdMilestoneKind  kind;
  char            *due_on;       /* ISO date */
  char            *title;
  gboolean         done;
  gboolean         follow_up;    /* may fall outside the campaign's span */
  char            *note;         /* or NULL */
} VdMilestone;

VdMilestone *vd_milestone_new   (void);
VdMilestone *vd_milestone_copy  (const VdMilestone *milestone);
void         vd_milestone_free  (VdMilestone       *milestone);

typedef struct
{
  gint64           id;           /* 0 for one not stored yet */
  char            *name;
  char            *slogan;
  VdCampaignKind   kind;
  VdCampaignScope  scope;
  char            *launched_by;
  char            *launch_reference;
  gint64           unit_id;      /* 0 for none */
  gint64           bloc_id;      /* 0 for none */
  char            *unit_name;    /* read only, or NULL */
  char            *bloc_name;    /* read only, or NULL */
  char            *starts_on;    /* ISO date */
  char            *ends_on;      /* ISO date, or NULL while it has no set end */
  char            *description;
  gboolean         special;      /* đặc biệt: shown as a 4th kind; kind is then PHASE */
  GPtrArray       *milestones;   /* VdMilestone*, by date */
  GPtrArray       *participants; /* VdCampaignParticipant*; NULL on save leaves the stored ones */
} VdCampaign;

VdCampaign  *vd_campaign_new    (void);
VdCampaign  *vd_campaign_copy   (const VdCampaign *campaign);
void         vd_campaign_free   (VdCampaign       *campaign);

/* The kinds bit a special campaign matches instead of its kind's. */
#define VD_CAMPAIGN_FILTER_SPECIAL (1u << VD_N_CAMPAIGN_KINDS)

/* What the calendar shows; zero fields match everything. */
typedef struct
{
  guint   kinds;    /* bit (1 << VdCampaignKind), or VD_CAMPAIGN_FILTER_SPECIAL; 0 = all */
  guint   scopes;   /* bit (1 << VdCampaignScope); 0 = all */
  gint64  bloc_id;
  gint64  unit_id;
} VdCampaignFilter;

gboolean     vd_campaign_filter_matches (const VdCampaignFilter *filter,
                                         const VdCampaign       *campaign);

typedef struct
{
  gint64  id;
  char   *name;
} VdChoice;

void         vd_choice_free     (VdChoice *choice);

gboolean     vd_campaign_check            (const VdCampaign  *campaign,
                                           GError           **error);   /* name, dates, end not before start, milestones */
gboolean     vd_milestone_check           (const VdMilestone *milestone,
                                           const VdCampaign  *campaign,
                                           GError           **error);   /* title, date, inside the span unless follow-up */

GPtrArray   *vd_campaigns_list            (VdStore                *store,
                                           const char             *from,
                                           const char             *to,
                                           const VdCampaignFilter *filter,
                                           GError                **error);   /* VdCampaign* overlapping [from, to] (NULL = open), milestones filled, by start */
void         vd_campaigns_list_async      (VdStore                *store,
                                           const char             *from,
                                           const char             *to,
                                           const VdCampaignFilter *filter,
                                           GCancellable           *cancellable,
                                           GAsyncReadyCallback     callback,
                                           gpointer                user_data);
GPtrArray   *vd_campaigns_list_finish     (VdStore                *store,
                                           GAsyncResult           *result,
                                           GError                **error);
VdCampaign  *vd_campaigns_get             (VdStore     *store,
                                           gint64       id,
                                           GError     **error);
gint64       vd_campaigns_insert          (VdStore     *store,
                                           VdCampaign  *campaign,
                                           GError     **error);   /* with its milestones; sets the ids; 0 on error */
gboolean     vd_campaigns_update          (VdStore     *store,
                                           VdCampaign  *campaign,
                                           GError     **error);   /* its milestones become exactly campaign->milestones */
gboolean     vd_campaigns_delete          (VdStore     *store,
                                           gint64       id,
                                           GError     **error);   /* milestones go with it; dossiers keep existing, unlinked */
gint64       vd_campaigns_add_milestone   (VdStore     *store,
                                           VdMilestone *milestone,
                                           GError     **error);
gboolean     vd_campaigns_update_milestone (VdStore    *store,
                                           VdMilestone *milestone,
                                           GError     **error);
gboolean     vd_campaigns_delete_milestone (VdStore    *store,
                                           gint64      id,
                                           GError    **error);
gboolean     vd_campaigns_count_links     (VdStore     *store,
                                           gint64       id,
                                           guint       *dossiers,
                                           guint       *awards,
                                           GError     **error);   /* dossiers of the campaign, awards out of their nominations */
GPtrArray   *vd_campaigns_list_blocs      (VdStore     *store,
                                           GError     **error);   /* VdChoice*, for filters and the editor */
GPtrArray   *vd_campaigns_list_units      (VdStore     *store,
                                           GError     **error);   /* VdChoice*, units that launched a campaign or may */

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VdMilestone, vd_milestone_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VdCampaign, vd_campaign_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VdChoice, vd_choice_free)

G_END_DECLS
