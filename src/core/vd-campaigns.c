/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdCampaigns"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "vd-campaigns.h"
#include "vd-date.h"
#include "vd-store-pool.h"

/* ---- Enumerations, as stored and as shown ---- */

static const char * const kind_names[] = { "regular", "phase", "thematic" };
static const char * const scope_names[] = { "national", "ministry", "bloc", "unit" };
static const char * const milestone_names[] = {
  "launch", "interim_review", "final_review", "dossier_deadline", "anniversary", "other",
};

G_STATIC_ASSERT (G_N_ELEMENTS (kind_names) == VD_N_CAMPAIGN_KINDS);
G_STATIC_ASSERT (G_N_ELEMENTS (scope_names) == VD_N_CAMPAIGN_SCOPES);
G_STATIC_ASSERT (G_N_ELEMENTS (milestone_names) == VD_N_MILESTONE_KINDS);

static int
index_of (const char * const *names,
          guint               n,
          const char         *text)
{
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (names[i], text) == 0)
      return i;
  return -1;
}

const char *
vd_campaign_kind_to_string (VdCampaignKind kind)
{
  g_return_val_if_fail (kind < VD_N_CAMPAIGN_KINDS, NULL);
  return kind_names[kind];
}

VdCampaignKind
vd_campaign_kind_from_string (const char *text)
{
  int i = index_of (kind_names, G_N_ELEMENTS (kind_names), text);

  return i < 0 ? VD_CAMPAIGN_KIND_REGULAR : (VdCampaignKind) i;
}

const char *
vd_campaign_kind_label (VdCampaignKind kind)
{
  switch (kind)
    {
    case VD_CAMPAIGN_KIND_REGULAR:
      return _("Regular");
    case VD_CAMPAIGN_KIND_PHASE:
      return _("Time-bound");
    case VD_CAMPAIGN_KIND_THEMATIC:
      return _("Thematic");
    case VD_N_CAMPAIGN_KINDS:
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
vd_campaign_scope_to_string (VdCampaignScope scope)
{
  g_return_val_if_fail (scope < VD_N_CAMPAIGN_SCOPES, NULL);
  return scope_names[scope];
}

VdCampaignScope
vd_campaign_scope_from_string (const char *text)
{
  int i = index_of (scope_names, G_N_ELEMENTS (scope_names), text);

  return i < 0 ? VD_CAMPAIGN_SCOPE_MINISTRY : (VdCampaignScope) i;
}

const char *
vd_campaign_scope_label (VdCampaignScope scope)
{
  switch (scope)
    {
    case VD_CAMPAIGN_SCOPE_NATIONAL:
      return _("National");
    case VD_CAMPAIGN_SCOPE_MINISTRY:
      return _("Ministry");
    case VD_CAMPAIGN_SCOPE_BLOC:
      return _("Emulation bloc");
    case VD_CAMPAIGN_SCOPE_UNIT:
      return _("Unit");
    case VD_N_CAMPAIGN_SCOPES:
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
vd_milestone_kind_to_string (VdMilestoneKind kind)
{
  g_return_val_if_fail (kind < VD_N_MILESTONE_KINDS, NULL);
  return milestone_names[kind];
}

VdMilestoneKind
vd_milestone_kind_from_string (const char *text)
{
  return (VdMilestoneKind) index_of (milestone_names, G_N_ELEMENTS (milestone_names), text);
}

const char *
vd_milestone_kind_label (VdMilestoneKind kind)
{
  switch (kind)
    {
    case VD_MILESTONE_LAUNCH:
      return _("Launch");
    case VD_MILESTONE_INTERIM_REVIEW:
      return _("Interim review");
    case VD_MILESTONE_FINAL_REVIEW:
      return _("Final review");
    case VD_MILESTONE_DOSSIER_DEADLINE:
      return _("Dossier deadline");
    case VD_MILESTONE_ANNIVERSARY:
      return _("Anniversary");
    case VD_MILESTONE_OTHER:
      return _("Other");
    case VD_N_MILESTONE_KINDS:
    default:
      g_return_val_if_reached (NULL);
    }
}

/* ---- Records ---- */

VdMilestone *
vd_milestone_new (void)
{
  VdMilestone *milestone = g_new0 (VdMilestone, 1);

  milestone->kind = VD_MILESTONE_OTHER;
  return milestone;
}

VdMilestone *
vd_milestone_copy (const VdMilestone *milestone)
{
  VdMilestone *copy = g_memdup2 (milestone, sizeof *milestone);

  copy->due_on = g_strdup (milestone->due_on);
  copy->title = g_strdup (milestone->title);
  copy->note = g_strdup (milestone->note);
  return copy;
}

void
vd_milestone_free (VdMilestone *milestone)
{
  if (milestone == NULL)
    return;
  g_free (milestone->due_on);
  g_free (milestone->title);
  g_free (milestone->note);
  g_free (milestone);
}

VdCampaign *
vd_campaign_new (void)
{
  VdCampaign *campaign = g_new0 (VdCampaign, 1);

  campaign->kind = VD_CAMPAIGN_KIND_REGULAR;
  campaign->scope = VD_CAMPAIGN_SCOPE_MINISTRY;
  campaign->milestones = g_ptr_array_new_with_free_func ((GDestroyNotify) vd_milestone_free);
  return campaign;
}

VdCampaign *
vd_campaign_copy (const VdCampaign *campaign)
{
  VdCampaign *copy = g_memdup2 (campaign, sizeof *campaign);

  copy->name = g_strdup (campaign->name);
  copy->slogan = g_strdup (campaign->slogan);
  copy->launched_by = g_strdup (campaign->launched_by);
  copy->launch_reference = g_strdup (campaign->launch_reference);
  copy->unit_name = g_strdup (campaign->unit_name);
  copy->bloc_name = g_strdup (campaign->bloc_name);
  copy->starts_on = g_strdup (campaign->starts_on);
  copy->ends_on = g_strdup (campaign->ends_on);
  copy->description = g_strdup (campaign->description);
  copy->special = campaign->special;
  copy->milestones = g_ptr_array_new_with_free_func ((GDestroyNotify) vd_milestone_free);
  for (guint i = 0; i < campaign->milestones->len; i++)
    g_ptr_array_add (copy->milestones, vd_milestone_copy (g_ptr_array_index (campaign->milestones, i)));
  copy->participants = NULL;
  if (campaign->participants != NULL)
    {
      copy->participants = g_ptr_array_new_with_free_func ((GDestroyNotify) vd_campaign_participant_free);
      for (guint i = 0; i < campaign->participants->len; i++)
        {
          const VdCampaignParticipant *p = g_ptr_array_index (campaign->participants, i);
          VdCampaignParticipant *q = vd_campaign_participant_new (p->unit_id, p->bloc_id);

          q->name = g_strdup (p->name);
          g_ptr_array_add (copy->participants, q);
        }
    }
  return copy;
}

void
vd_campaign_free (VdCampaign *campaign)
{
  if (campaign == NULL)
    return;
  g_free (campaign->name);
  g_free (campaign->slogan);
  g_free (campaign->launched_by);
  g_free (campaign->launch_reference);
  g_free (campaign->unit_name);
  g_free (campaign->bloc_name);
  g_free (campaign->starts_on);
  g_free (campaign->ends_on);
  g_free (campaign->description);
  g_clear_pointer (&campaign->milestones, g_ptr_array_unref);
  g_clear_pointer (&campaign->participants, g_ptr_array_unref);
  g_free (campaign);
}

void
vd_choice_free (VdChoice *choice)
{
  if (choice == NULL)
    return;
  g_free (choice->name);
  g_free (choice);
}

gboolean
vd_campaign_filter_matches (const VdCampaignFilter *filter,
                            const VdCampaign       *campaign)
{
  if (filter == NULL)
    return TRUE;
  if (filter->kinds != 0
      && (filter->kinds & (campaign->special ? VD_CAMPAIGN_FILTER_SPECIAL : 1u << campaign->kind)) == 0)
    return FALSE;
  if (filter->scopes != 0 && (filter->scopes & (1u << campaign->scope)) == 0)
    return FALSE;
  if (filter->bloc_id != 0 && campaign->bloc_id != filter->bloc_id)
    return FALSE;
  if (filter->unit_id != 0 && campaign->unit_id != filter->unit_id)
    return FALSE;
  return TRUE;
}

/* ---- Validation ---- */

static gboolean
invalid (GError     **error,
         const char  *message)
{
  g_set_error_literal (error, VD_STORE_ERROR, VD_STORE_ERROR_INVALID, message);
  return FALSE;
}

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (; *text != '\0'; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;
  return TRUE;
}

/**
 * vd_milestone_check:
 * @campaign: (nullable): the campaign it belongs to, for its span
 *
 * Checks a milestone as the editor and the import would write it.
 */
gboolean
vd_milestone_check (const VdMilestone *milestone,
                    const VdCampaign  *campaign,
                    GError           **error)
{
  if (is_blank (milestone->title))
    return invalid (error, _("Give every milestone a title."));
  if (milestone->kind >= VD_N_MILESTONE_KINDS)
    return invalid (error, _("A milestone has an unknown type. Choose one from the list."));
  if (!vd_date_is_valid_iso (milestone->due_on))
    {
      g_set_error (error, VD_STORE_ERROR, VD_STORE_ERROR_INVALID,
                   _("“%s” has no valid date. Enter it as dd/mm/yyyy."), milestone->title);
      return FALSE;
    }

  if (campaign != NULL && !milestone->follow_up
      && vd_date_is_valid_iso (campaign->starts_on)
      && (strcmp (milestone->due_on, campaign->starts_on) < 0
          || (campaign->ends_on != NULL && strcmp (milestone->due_on, campaign->ends_on) > 0)))
    {
      g_autofree char *due = vd_date_to_display (milestone->due_on);
      g_autofree char *starts = vd_date_to_display (campaign->starts_on);
      g_autofree char *ends = campaign->ends_on ? vd_date_to_display (campaign->ends_on) : NULL;

      if (ends != NULL)
        g_set_error (error, VD_STORE_ERROR, VD_STORE_ERROR_INVALID,
                     /* Translators: a milestone's title and date, then the campaign's start and end dates. */
                     _("“%s” on %s falls outside the campaign, which runs from %s to %s. "
                       "Move it inside, or mark it as a follow-up."), milestone->title, due, starts, ends);
      else
        g_set_error (error, VD_STORE_ERROR, VD_STORE_ERROR_INVALID,
                     _("“%s” on %s comes before the campaign starts on %s. "
                       "Move it later, or mark it as a follow-up."), milestone->title, due, starts);
      return FALSE;
    }
  return TRUE;
}

/**
 * vd_campaign_check:
 *
 * Checks a campaign and its milestones. The message names the first
 * problem and what to do about it.
 */
gboolean
vd_campaign_check (const VdCampaign  *campaign,
                   GError           **error)
{
  if (is_blank (campaign->name))
    return invalid (error, _("Give the campaign a name."));
  if (campaign->kind >= VD_N_CAMPAIGN_KINDS || campaign->scope >= VD_N_CAMPAIGN_SCOPES)
    return invalid (error, _("Choose the campaign’s type and launching level from the lists."));
  if (!vd_date_is_valid_iso (campaign->starts_on))
    return invalid (error, _("Enter the start date as dd/mm/yyyy."));
  if (campaign->ends_on != NULL && !vd_date_is_valid_iso (campaign->ends_on))
    return invalid (error, _("Enter the end date as dd/mm/yyyy, or leave it empty while the campaign has no set end."));
  if (campaign->ends_on != NULL && strcmp (campaign->ends_on, campaign->starts_on) < 0)
    {
      g_autofree char *starts = vd_date_to_display (campaign->starts_on);
      g_autofree char *ends = vd_date_to_display (campaign->ends_on);

      g_set_error (error, VD_STORE_ERROR, VD_STORE_ERROR_INVALID,
                   _("The campaign ends on %s, before it starts on %s. Make the end date the start date or later."),
                   ends, starts);
      return FALSE;
    }
  for (guint i = 0; campaign->milestones != NULL && i < campaign->milestones->len; i++)
    if (!vd_milestone_check (g_ptr_array_index (campaign->milestones, i), campaign, error))
      return FALSE;
  return TRUE;
}

/* ---- Reading ---- */

static char *
dup_column (sqlite3_stmt *stmt,
            int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return text != NULL ? g_strdup (text) : NULL;
}

static void
bind_text (sqlite3_stmt *stmt,
           int           index,
           const char   *text)
{
  if (text == NULL)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}

static void
bind_id (sqlite3_stmt *stmt,
         int           index,
         gint64        id)
{
  if (id <= 0)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_int64 (stmt, index, id);
}

#define CAMPAIGN_COLUMNS \
  "c.id, c.name, c.slogan, c.kind, c.scope, c.launched_by, c.launch_reference, c.unit_id, c.bloc_id, " \
  "u.name, b.name, c.starts_on, c.ends_on, c.description, c.special " \
  "FROM campaigns c LEFT JOIN units u ON u.id = c.unit_id LEFT JOIN blocs b ON b.id = c.bloc_id "

static VdCampaign *
read_campaign (sqlite3_stmt *stmt)
{
  VdCampaign *campaign = vd_campaign_new ();

  campaign->id = sqlite3_column_int64 (stmt, 0);
  campaign->name = dup_column (stmt, 1);
  campaign->slogan = dup_column (stmt, 2);
  campaign->kind = vd_campaign_kind_from_string ((const char *) sqlite3_column_text (stmt, 3));
  campaign->scope = vd_campaign_scope_from_string ((const char *) sqlite3_column_text (stmt, 4));
  campaign->launched_by = dup_column (stmt, 5);
  campaign->launch_reference = dup_column (stmt, 6);
  campaign->unit_id = sqlite3_column_int64 (stmt, 7);
  campaign->bloc_id = sqlite3_column_int64 (stmt, 8);
  campaign->unit_name = dup_column (stmt, 9);
  campaign->bloc_name = dup_column (stmt, 10);
  campaign->starts_on = dup_column (stmt, 11);
  campaign->ends_on = dup_column (stmt, 12);
  campaign->description = dup_column (stmt, 13);
  campaign->special = sqlite3_column_int (stmt, 14) != 0;
  return campaign;
}

#define MILESTONE_COLUMNS "m.id, m.campaign_id, m.kind, m.due_on, m.title, m.done, m.note, m.follow_up "

static VdMilestone *
read_milestone (sqlite3_stmt *stmt)
{
  VdMilestone *milestone = vd_milestone_new ();
  int kind = vd_milestone_kind_from_string ((const char *) sqlite3_column_text (stmt, 2));

  milestone->id = sqlite3_column_int64 (stmt, 0);
  milestone->campaign_id = sqlite3_column_int64 (stmt, 1);
  milestone->kind = kind < 0 ? VD_MILESTONE_OTHER : (VdMilestoneKind) kind;
  milestone->due_on = dup_column (stmt, 3);
  milestone->title = dup_column (stmt, 4);
  milestone->done = sqlite3_column_int (stmt, 5) != 0;
  milestone->note = dup_column (stmt, 6);
  milestone->follow_up = sqlite3_column_int (stmt, 7) != 0;
  return milestone;
}

static gboolean
finish_rows (VdStore       *store,
             sqlite3_stmt  *stmt,
             int            rc,
             GError       **error)
{
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return vd_store_set_error (store, error);
  return TRUE;
}

/**
 * vd_campaigns_list:
 * @from: (nullable): ISO date; campaigns ending before it are left out
 * @to: (nullable): ISO date; campaigns starting after it are left out
 * @filter: (nullable): which campaigns to keep
 *
 * Returns: (transfer container): VdCampaign* by start date, each with all
 *   its milestones by date
 */
GPtrArray *
vd_campaigns_list (VdStore                *store,
                   const char             *from,
                   const char             *to,
                   const VdCampaignFilter *filter,
                   GError                **error)
{
  g_autoptr(GPtrArray) campaigns = g_ptr_array_new_with_free_func ((GDestroyNotify) vd_campaign_free);
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (VD_IS_STORE (store), NULL);

  stmt = vd_store_prepare (store,
                           "SELECT " CAMPAIGN_COLUMNS
                           "WHERE (?1 IS NULL OR c.ends_on IS NULL OR c.ends_on >= ?1) "
                           "AND (?2 IS NULL OR c.starts_on <= ?2) "
                           "ORDER BY c.starts_on, c.id", error);
  if (stmt == NULL)
    return NULL;
  bind_text (stmt, 1, from);
  bind_text (stmt, 2, to);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      VdCampaign *campaign = read_campaign (stmt);

      if (!vd_campaign_filter_matches (filter, campaign))
        {
          vd_campaign_free (campaign);
          continue;
        }
      g_ptr_array_add (campaigns, campaign);
      g_hash_table_insert (by_id, &campaign->id, campaign);
    }
  if (!finish_rows (store, stmt, rc, error))
    return NULL;

  stmt = vd_store_prepare (store,
                           "SELECT " MILESTONE_COLUMNS
                           "FROM campaign_milestones m JOIN campaigns c ON c.id = m.campaign_id "
                           "WHERE (?1 IS NULL OR c.ends_on IS NULL OR c.ends_on >= ?1) "
                           "AND (?2 IS NULL OR c.starts_on <= ?2) "
                           "ORDER BY m.due_on, m.id", error);
  if (stmt == NULL)
    return NULL;
  bind_text (stmt, 1, from);
  bind_text (stmt, 2, to);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 campaign_id = sqlite3_column_int64 (stmt, 1);
      VdCampaign *campaign = g_hash_table_lookup (by_id, &campaign_id);

      if (campaign != NULL)
        g_ptr_array_add (campaign->milestones, read_milestone (stmt));
    }
  if (!finish_rows (store, stmt, rc, error))
    return NULL;

  return g_steal_pointer (&campaigns);
}

typedef struct
{
  char             *from;
  char             *to;
  VdCampaignFilter  filter;
  gboolean          has_filter;
} ListData;

static void
list_data_free (ListData *data)
{
  g_free (data->from);
  g_free (data->to);
  g_free (data);
}

static void
list_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  VdStore *store = source_object;
  ListData *data = task_data;
  g_autoptr(GPtrArray) campaigns = NULL;
  GError *error = NULL;
  VdStore *worker;

  worker = vd_store_pool_acquire (store, &error);
  if (worker == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  campaigns = vd_campaigns_list (worker, data->from, data->to, data->has_filter ? &data->filter : NULL, &error);
  vd_store_pool_release (store, worker);

  if (campaigns == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, g_steal_pointer (&campaigns), (GDestroyNotify) g_ptr_array_unref);
}

/**
 * vd_campaigns_list_async:
 *
 * Runs vd_campaigns_list() on a worker thread with its own connection: a
 * large archive has thousands of campaigns and their milestones.
 */
void
vd_campaigns_list_async (VdStore                *store,
                         const char             *from,
                         const char             *to,
                         const VdCampaignFilter *filter,
                         GCancellable           *cancellable,
                         GAsyncReadyCallback     callback,
                         gpointer                user_data)
{
  g_autoptr(GTask) task = NULL;
  ListData *data;

  g_return_if_fail (VD_IS_STORE (store));

  data = g_new0 (ListData, 1);
  data->from = g_strdup (from);
  data->to = g_strdup (to);
  if (filter != NULL)
    {
      data->filter = *filter;
      data->has_filter = TRUE;
    }
  task = g_task_new (store, cancellable, callback, user_data);
  g_task_set_source_tag (task, vd_campaigns_list_async);
  g_task_set_task_data (task, data, (GDestroyNotify) list_data_free);
  g_task_run_in_thread (task, list_thread);
}

GPtrArray *
vd_campaigns_list_finish (VdStore       *store,
                          GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, store), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * vd_campaigns_get:
 *
 * Returns: (transfer full) (nullable): the campaign with its milestones, or
 *   %NULL with VD_STORE_ERROR_NOT_FOUND when it no longer exists
 */
VdCampaign *
vd_campaigns_get (VdStore  *store,
                  gint64    id,
                  GError  **error)
{
  g_autoptr(VdCampaign) campaign = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (VD_IS_STORE (store), NULL);

  stmt = vd_store_prepare (store, "SELECT " CAMPAIGN_COLUMNS "WHERE c.id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    campaign = read_campaign (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      vd_store_set_error (store, error);
      return NULL;
    }
  if (campaign == NULL)
    {
      g_set_error_literal (error, VD_STORE_ERROR, VD_STORE_ERROR_NOT_FOUND,
                           _("This campaign is no longer in the archive."));
      return NULL;
    }

  stmt = vd_store_prepare (store,
                           "SELECT " MILESTONE_COLUMNS "FROM campaign_milestones m "
                           "WHERE m.campaign_id = ?1 ORDER BY m.due_on, m.id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (campaign->milestones, read_milestone (stmt));
  if (!finish_rows (store, stmt, rc, error))
    return NULL;
  campaign->participants = vd_campaign_participants_list (store, id, error);
  if (campaign->participants == NULL)
    return NULL;
  return g_steal_pointer (&campaign);
}

/* ---- Writing ---- */

static const char *
text_or_empty (const char *text)
{
  return text != NULL ? text : "";
}

static gboolean
write_campaign (VdStore     *store,
                VdCampaign  *campaign,
                GError     **error)
{
  sqlite3_stmt *stmt;
  g_autofree char *name = g_strstrip (g_strdup (campaign->name));

  if (campaign->id == 0)
    stmt = vd_store_prepare (store,
                             "INSERT INTO campaigns (name, slogan, kind, scope, launched_by, launch_reference, "
                             "unit_id, bloc_id, starts_on, ends_on, description, special) "
                             "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?13)", error);
  else
    stmt = vd_store_prepare (store,
                             "UPDATE campaigns SET name = ?1, slogan = ?2, kind = ?3, scope = ?4, launched_by = ?5, "
                             "launch_reference = ?6, unit_id = ?7, bloc_id = ?8, starts_on = ?9, ends_on = ?10, "
                             "description = ?11, special = ?13 WHERE id = ?12", error);
  if (stmt == NULL)
    return FALSE;
  bind_text (stmt, 1, name);
  bind_text (stmt, 2, text_or_empty (campaign->slogan));
  bind_text (stmt, 3, vd_campaign_kind_to_string (campaign->kind));
  bind_text (stmt, 4, vd_campaign_scope_to_string (campaign->scope));
  bind_text (stmt, 5, text_or_empty (campaign->launched_by));
  bind_text (stmt, 6, text_or_empty (campaign->launch_reference));
  bind_id (stmt, 7, campaign->unit_id);
  bind_id (stmt, 8, campaign->bloc_id);
  bind_text (stmt, 9, campaign->starts_on);
  bind_text (stmt, 10, campaign->ends_on);
  bind_text (stmt, 11, text_or_empty (campaign->description));
  sqlite3_bind_int (stmt, 13, campaign->special ? 1 : 0);
  if (campaign->id != 0)
    sqlite3_bind_int64 (stmt, 12, campaign->id);
  if (!vd_store_step_done (store, stmt, error))
    return FALSE;
  if (campaign->id == 0)
    campaign->id = vd_store_last_insert_id (store);
  else if (sqlite3_changes (vd_store_get_db (store)) == 0)
    {
      g_set_error_literal (error, VD_STORE_ERROR, VD_STORE_ERROR_NOT_FOUND,
                           _("This campaign is no longer in the archive."));
      return FALSE;
    }
  return TRUE;
}

static gboolean
write_milestone (VdStore     *store,
                 VdMilestone *milestone,
                 GError     **error)
{
  const char *note = is_blank (milestone->note) ? NULL : milestone->note;
  g_autofree char *title = g_strstrip (g_strdup (milestone->title));
  sqlite3_stmt *stmt;

  if (milestone->id == 0)
    stmt = vd_store_prepare (store,
                             "INSERT INTO campaign_milestones (campaign_id, kind, due_on, title, done, note, follow_up) "
                             "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?8)", error);
  else
    stmt = vd_store_prepare (store,
                             "UPDATE campaign_milestones SET campaign_id = ?1, kind = ?2, due_on = ?3, title = ?4, "
                             "done = ?5, note = ?6, follow_up = ?8 WHERE id = ?7", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, milestone->campaign_id);
  bind_text (stmt, 2, vd_milestone_kind_to_string (milestone->kind));
  bind_text (stmt, 3, milestone->due_on);
  bind_text (stmt, 4, title);
  sqlite3_bind_int (stmt, 5, milestone->done ? 1 : 0);
  bind_text (stmt, 6, note);
  sqlite3_bind_int (stmt, 8, milestone->follow_up ? 1 : 0);
  if (milestone->id != 0)
    sqlite3_bind_int64 (stmt, 7, milestone->id);
  if (!vd_store_step_done (store, stmt, error))
    return FALSE;
  if (milestone->id == 0)
    milestone->id = vd_store_last_insert_id (store);
  return TRUE;
}

/* Makes the stored milestones exactly campaign->milestones. */
static gboolean
write_milestones (VdStore     *store,
                  VdCampaign  *campaign,
                  GError     **error)
{
  g_autoptr(GArray) stored = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;
  int rc;

  stmt = vd_store_prepare (store, "SELECT id FROM campaign_milestones WHERE campaign_id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, campaign->id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (stored, id);
    }
  if (!finish_rows (store, stmt, rc, error))
    return FALSE;

  for (guint i = 0; i < stored->len; i++)
    {
      gint64 id = g_array_index (stored, gint64, i);
      gboolean kept = FALSE;

      for (guint j = 0; j < campaign->milestones->len && !kept; j++)
        kept = ((VdMilestone *) g_ptr_array_index (campaign->milestones, j))->id == id;
      if (kept)
        continue;
      stmt = vd_store_prepare (store, "DELETE FROM campaign_milestones WHERE id = ?1", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      if (!vd_store_step_done (store, stmt, error))
        return FALSE;
    }

  for (guint j = 0; j < campaign->milestones->len; j++)
    {
      VdMilestone *milestone = g_ptr_array_index (campaign->milestones, j);

      milestone->campaign_id = campaign->id;
      if (!write_milestone (store, milestone, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
save (VdStore     *store,
      VdCampaign  *campaign,
      GError     **error)
{
  gint64 old_id = campaign->id;

  if (!vd_campaign_check (campaign, error) || !vd_store_begin (store, error))
    return FALSE;
  if (!write_campaign (store, campaign, error)
      || !write_milestones (store, campaign, error)
      || (campaign->participants != NULL
          && !vd_campaign_participants_write (store, campaign->id, campaign->participants, error))
      || !vd_store_commit (store, error))
    {
      vd_store_rollback (store);
      /* Ids handed out inside a rolled-back transaction mean nothing. */
      campaign->id = old_id;
      if (old_id == 0)
        for (guint j = 0; j < campaign->milestones->len; j++)
          ((VdMilestone *) g_ptr_array_index (campaign->milestones, j))->id = 0;
      return FALSE;
    }
  vd_store_emit_changed (store, "campaigns");
  return TRUE;
}

/**
 * vd_campaigns_insert:
 *
 * Adds @campaign and its milestones, after vd_campaign_check().
 *
 * Returns: the new id (also set on @campaign and its milestones), or 0
 */
gint64
vd_campaigns_insert (VdStore     *store,
                     VdCampaign  *campaign,
                     GError     **error)
{
  g_return_val_if_fail (VD_IS_STORE (store), 0);
  g_return_val_if_fail (campaign->id == 0, 0);

  return save (store, campaign, error) ? campaign->id : 0;
}

/**
 * vd_campaigns_update:
 *
 * Writes @campaign; its stored milestones become exactly its list (new ones
 * have id 0, missing ones are deleted), all or nothing.
 */
gboolean
vd_campaigns_update (VdStore     *store,
                     VdCampaign  *campaign,
                     GError     **error)
{
  g_return_val_if_fail (VD_IS_STORE (store), FALSE);
  g_return_val_if_fail (campaign->id > 0, FALSE);

  return save (store, campaign, error);
}

static gboolean
delete_row (VdStore     *store,
            const char  *sql,
            gint64       id,
            const char  *gone,
            GError     **error)
{
  sqlite3_stmt *stmt;

  if (!vd_store_begin (store, error))
    return FALSE;
  stmt = vd_store_prepare (store, sql, error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!vd_store_step_done (store, stmt, error))
    goto fail;
  if (sqlite3_changes (vd_store_get_db (store)) == 0)
    {
      g_set_error_literal (error, VD_STORE_ERROR, VD_STORE_ERROR_NOT_FOUND, gone);
      goto fail;
    }
  if (!vd_store_commit (store, error))
    goto fail;
  vd_store_emit_changed (store, "campaigns");
  return TRUE;

fail:
  vd_store_rollback (store);
  return FALSE;
}

gboolean
vd_campaigns_delete (VdStore  *store,
                     gint64    id,
                     GError  **error)
{
  g_return_val_if_fail (VD_IS_STORE (store), FALSE);

  return delete_row (store, "DELETE FROM campaigns WHERE id = ?1", id,
                     _("This campaign is no longer in the archive."), error);
}

gboolean
vd_campaigns_delete_milestone (VdStore  *store,
                               gint64    id,
                               GError  **error)
{
  g_return_val_if_fail (VD_IS_STORE (store), FALSE);

  return delete_row (store, "DELETE FROM campaign_milestones WHERE id = ?1", id,
                     _("This milestone is no longer in the archive."), error);
}

static gboolean
save_milestone (VdStore     *store,
                VdMilestone *milestone,
                GError     **error)
{
  g_autoptr(VdCampaign) campaign = vd_campaigns_get (store, milestone->campaign_id, error);
  gint64 old_id = milestone->id;

  if (campaign == NULL || !vd_milestone_check (milestone, campaign, error) || !vd_store_begin (store, error))
    return FALSE;
  if (!write_milestone (store, milestone, error) || !vd_store_commit (store, error))
    {
      vd_store_rollback (store);
      milestone->id = old_id;
      return FALSE;
    }
  vd_store_emit_changed (store, "campaigns");
  return TRUE;
}

/**
 * vd_campaigns_add_milestone:
 *
 * Adds @milestone to the campaign named by its campaign_id, after checking
 * it against that campaign's span.
 *
 * Returns: the new id (also set on @milestone), or 0
 */
gint64
vd_campaigns_add_milestone (VdStore      *store,
                            VdMilestone  *milestone,
                            GError      **error)
{
  g_return_val_if_fail (VD_IS_STORE (store), 0);
  g_return_val_if_fail (milestone->id == 0, 0);

  return save_milestone (store, milestone, error) ? milestone->id : 0;
}

gboolean
vd_campaigns_update_milestone (VdStore      *store,
                               VdMilestone  *milestone,
                               GError      **error)
{
  g_return_val_if_fail (VD_IS_STORE (store), FALSE);
  g_return_val_if_fail (milestone->id > 0, FALSE);

  return save_milestone (store, milestone, error);
}

static gboolean
count (VdStore     *store,
       const char  *sql,
       gint64       id,
       guint       *result,
       GError     **error)
{
  sqlite3_stmt *stmt = vd_store_prepare (store, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *result = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    return vd_store_set_error (store, error);
  return TRUE;
}

/**
 * vd_campaigns_count_links:
 * @dossiers: (out) (optional): dossiers filed under the campaign
 * @awards: (out) (optional): awards granted on those dossiers' nominations
 */
gboolean
vd_campaigns_count_links (VdStore  *store,
                          gint64    id,
                          guint    *dossiers,
                          guint    *awards,
                          GError  **error)
{
  guint n_dossiers = 0, n_awards = 0;

  g_return_val_if_fail (VD_IS_STORE (store), FALSE);

  if (!count (store, "SELECT count(*) FROM dossiers WHERE campaign_id = ?1", id, &n_dossiers, error)
      || !count (store,
                 "SELECT count(*) FROM awards a JOIN nominations n ON n.id = a.nomination_id "
                 "JOIN dossiers d ON d.id = n.dossier_id WHERE d.campaign_id = ?1", id, &n_awards, error))
    return FALSE;
  if (dossiers != NULL)
    *dossiers = n_dossiers;
  if (awards != NULL)
    *awards = n_awards;
  return TRUE;
}

static GPtrArray *
list_choices (VdStore     *store,
              const char  *sql,
              GError     **error)
{
  g_autoptr(GPtrArray) choices = g_ptr_array_new_with_free_func ((GDestroyNotify) vd_choice_free);
  sqlite3_stmt *stmt = vd_store_prepare (store, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      VdChoice *choice = g_new0 (VdChoice, 1);

      choice->id = sqlite3_column_int64 (stmt, 0);
      choice->name = dup_column (stmt, 1);
      g_ptr_array_add (choices, choice);
    }
  if (!finish_rows (store, stmt, rc, error))
    return NULL;
  return g_steal_pointer (&choices);
}

GPtrArray *
vd_campaigns_list_blocs (VdStore  *store,
                         GError  **error)
{
  g_return_val_if_fail (VD_IS_STORE (store), NULL);

  /* Blocs are numbered (Khối thi đua số I, II…): their id order is theirs. */
  return list_choices (store, "SELECT id, name FROM blocs ORDER BY id", error);
}

/**
 * vd_campaigns_list_units:
 *
 * Units that can launch a campaign: the ministry and its departments, and
 * any unit that already did.
 */
GPtrArray *
vd_campaigns_list_units (VdStore  *store,
                         GError  **error)
{
  g_return_val_if_fail (VD_IS_STORE (store), NULL);

  return list_choices (store,
                       "SELECT id, name FROM units WHERE kind IN ('ministry', 'department') "
                       "OR id IN (SELECT unit_id FROM campaigns WHERE unit_id IS NOT NULL) "
                       "ORDER BY sort_order, id", error);
}
