/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdDemo"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>

#include "vd-demo-private.h"
#include "vd-text.h"

/* Builds a demo archive: a whole ministry's emulation and commendation
 * records, deterministic (a fixed seed, a fixed "today"), written straight
 * into a new archive with the per-row audit trail off and one note in its
 * place. The steps run in the order their data depends on each other; the
 * scanned documents render on a worker thread meanwhile and are written
 * last. A failed or cancelled run leaves no file behind. */

#define SMALL_FIRST_YEAR 2016
#define LARGE_FIRST_YEAR 2011
#define LAST_YEAR        2025

/* ---- Helpers shared by the steps ---- */

void
vd_demo_bind_text (sqlite3_stmt *stmt,
                   int           index,
                   const char   *text)
{
  if (text == NULL)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}

/* An id of 0 or less means "none": NULL. */
void
vd_demo_bind_id (sqlite3_stmt *stmt,
                 int           index,
                 gint64        id)
{
  if (id <= 0)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_int64 (stmt, index, id);
}

char *
vd_demo_date (int year,
              int month,
              int day)
{
  return g_strdup_printf ("%04d-%02d-%02d", year, month, day);
}

/* A day in [month_from, month_to] of @year. Callers keep past events before
 * the demo's "today"; planned ones (milestones) may lie after it. */
char *
vd_demo_date_random (VdDemoRng *rng,
                     int        year,
                     int        month_from,
                     int        month_to)
{
  int month = vd_demo_rng_between (rng, month_from, month_to);
  int day = vd_demo_rng_between (rng, 1, 28);

  return vd_demo_date (year, month, day);
}

char *
vd_demo_full_name (VdDemoContext *ctx,
                   int            person)
{
  VdDemoPerson *p = VD_DEMO_PERSON (ctx, person);

  return vd_text_full_name (p->name.family, p->name.middle, p->name.given);
}

static void
report (VdDemoContext *ctx,
        double         fraction)
{
  if (ctx->progress == NULL)
    return;
  /* Often enough to move a bar smoothly, rarely enough to cost nothing. */
  if (fraction < 1.0 && fraction - ctx->last_reported < 0.002 && fraction >= ctx->last_reported)
    return;
  ctx->last_reported = fraction;
  ctx->progress (fraction, ctx->stage_label ? ctx->stage_label : "", ctx->progress_data);
}

/**
 * vd_demo_stage:
 * @to: the overall fraction reached when this step ends
 * @label: (transfer full): what the step does, for the user
 *
 * Starts a step of the run. Returns %FALSE if the run was cancelled.
 */
gboolean
vd_demo_stage (VdDemoContext  *ctx,
               double          to,
               char           *label,
               GError        **error)
{
  ctx->stage_from = ctx->stage_to;
  ctx->stage_to = to;
  g_free (ctx->stage_label);
  ctx->stage_label = label;
  ctx->last_reported = -1;
  report (ctx, ctx->stage_from);
  return !g_cancellable_set_error_if_cancelled (ctx->cancellable, error);
}

/**
 * vd_demo_tick:
 * @fraction: how far the current step is, 0..1; negative to only check
 *   for cancellation
 *
 * Returns %FALSE if the run was cancelled.
 */
gboolean
vd_demo_tick (VdDemoContext  *ctx,
              double          fraction,
              GError        **error)
{
  if (g_cancellable_set_error_if_cancelled (ctx->cancellable, error))
    return FALSE;
  if (fraction >= 0)
    report (ctx, ctx->stage_from + (ctx->stage_to - ctx->stage_from) * CLAMP (fraction, 0.0, 1.0));
  return TRUE;
}

/* ---- The run ---- */

static gboolean
load_kind_ids (VdDemoContext  *ctx,
               GError        **error)
{
  for (int k = 0; k < VD_DEMO_N_KINDS; k++)
    {
      sqlite3_stmt *stmt = vd_store_prepare (ctx->store, "SELECT id FROM award_kinds WHERE code = ?1", error);

      if (stmt == NULL)
        return FALSE;
      vd_demo_bind_text (stmt, 1, vd_demo_kind_code (k));
      ctx->kind_ids[k] = sqlite3_step (stmt) == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
      sqlite3_reset (stmt);
      if (ctx->kind_ids[k] == 0)
        {
          g_set_error (error, VD_STORE_ERROR, VD_STORE_ERROR_FAILED,
                       _("The archive’s catalogue has no award kind “%s”."), vd_demo_kind_code (k));
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
write_settings_and_note (VdDemoContext  *ctx,
                         GError        **error)
{
  const char *scale = vd_demo_scale_to_string (ctx->scale);
  const char * const settings[][2] = {
    { "organisation_name", "Bộ Tài nguyên và Môi trường" },
    { "organisation_short_name", "BTNMT" },
    { "demo", scale },
    { "demo_today", VD_DEMO_TODAY },
  };
  g_autofree char *note = NULL;
  sqlite3_stmt *stmt;

  if (!vd_store_begin (ctx->store, error))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (settings); i++)
    {
      stmt = vd_store_prepare (ctx->store,
                               "INSERT INTO settings (key, value) VALUES (?1, ?2) "
                               "ON CONFLICT (key) DO UPDATE SET value = excluded.value", error);
      if (stmt == NULL)
        goto fail;
      vd_demo_bind_text (stmt, 1, settings[i][0]);
      vd_demo_bind_text (stmt, 2, settings[i][1]);
      if (!vd_store_step_done (ctx->store, stmt, error))
        goto fail;
    }

  /* One entry instead of a million: who made the demo data and how. The
   * time is the demo's fixed "today", like every other date in it. */
  note = g_strdup_printf ("{\"note\":\"Tạo kho dữ liệu mẫu\",\"generator\":\"Vinh Danh %s\","
                          "\"scale\":\"%s\",\"seed\":%" G_GUINT64_FORMAT ",\"today\":\"%s\"}",
                          PACKAGE_VERSION, scale, VD_DEMO_SEED, VD_DEMO_TODAY);
  stmt = vd_store_prepare (ctx->store,
                           "INSERT INTO audit_log (at, os_user, table_name, row_id, action, before, after) "
                           "VALUES (?1, ?2, 'settings', NULL, 'note', NULL, ?3)", error);
  if (stmt == NULL)
    goto fail;
  vd_demo_bind_text (stmt, 1, VD_DEMO_TODAY "T08:00:00.000Z");
  vd_demo_bind_text (stmt, 2, g_get_user_name ());
  vd_demo_bind_text (stmt, 3, note);
  if (!vd_store_step_done (ctx->store, stmt, error))
    goto fail;

  return vd_store_commit (ctx->store, error);

fail:
  vd_store_rollback (ctx->store);
  return FALSE;
}

/* The audit triggers stay silent while the trail is off, but SQLite still
 * starts each one for every row, which costs more than the insert itself
 * at a million rows. They are set aside while the data is written and put
 * back exactly as they were (their SQL as stored in the schema). Only the
 * audit triggers: any other trigger keeps working throughout. */
static gboolean
suspend_audit_triggers (VdDemoContext  *ctx,
                        GError        **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = vd_store_prepare (ctx->store,
                           "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                           "AND name LIKE 'audit\\_%' ESCAPE '\\' ORDER BY name", error);
  if (stmt == NULL)
    return FALSE;
  ctx->audit_triggers = g_ptr_array_new_with_free_func (g_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_ptr_array_add (ctx->audit_triggers, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
      g_ptr_array_add (ctx->audit_triggers, g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return vd_store_set_error (ctx->store, error);

  for (guint i = 0; i < ctx->audit_triggers->len; i += 2)
    {
      g_autofree char *drop = g_strdup_printf ("DROP TRIGGER \"%s\"",
                                               (const char *) g_ptr_array_index (ctx->audit_triggers, i));
      if (!vd_store_exec (ctx->store, drop, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
restore_audit_triggers (VdDemoContext  *ctx,
                        GError        **error)
{
  for (guint i = 0; i < ctx->audit_triggers->len; i += 2)
    if (!vd_store_exec (ctx->store, g_ptr_array_index (ctx->audit_triggers, i + 1), error))
      return FALSE;
  return TRUE;
}

static gboolean
run (VdDemoContext  *ctx,
     GError        **error)
{
  /* A new file nobody else has open: durability can wait until the end,
   * and the rollback journal can live in memory (a failed run deletes the
   * file anyway). CHECK constraints are not evaluated while loading: an IN
   * list costs SQLite a temporary table per row, doubling the time of a
   * large run. The data is built to satisfy them, and PRAGMA
   * integrity_check, which the tests and `vinh-danh-cli check` run, verifies
   * every CHECK. All is back to normal (WAL) before the archive is handed
   * over. */
  if (!vd_store_exec (ctx->store,
                      "PRAGMA journal_mode=MEMORY;"
                      "PRAGMA synchronous=OFF;"
                      "PRAGMA cache_size=-65536;"
                      "PRAGMA ignore_check_constraints=ON;", error))
    return FALSE;

  if (!load_kind_ids (ctx, error) || !suspend_audit_triggers (ctx, error))
    return FALSE;
  vd_demo_decisions_init (ctx);
  ctx->papers = vd_demo_papers_start (ctx);

  if (!vd_demo_stage (ctx, 0.02, g_strdup (_("Creating the organisation")), error))
    return FALSE;
  vd_demo_org_build (ctx);
  if (!vd_demo_org_insert (ctx, error))
    return FALSE;

  if (!vd_demo_stage (ctx, 0.10, g_strdup (_("Adding people")), error)
      || !vd_demo_people_generate (ctx, error))
    return FALSE;

  if (!vd_demo_stage (ctx, 0.22, g_strdup (_("Rating people and units")), error)
      || !vd_demo_people_rate (ctx, error))
    return FALSE;

  if (!vd_demo_stage (ctx, 0.25, g_strdup (_("Setting up emulation blocs")), error)
      || !vd_demo_blocs_generate (ctx, error))
    return FALSE;

  if (!vd_demo_stage (ctx, 0.27, g_strdup (_("Planning campaigns")), error)
      || !vd_demo_campaigns_generate (ctx, error)
      || !vd_demo_campaigns_mark_follow_ups (ctx, error))
    return FALSE;

  if (!vd_demo_awards_generate (ctx, error) || !vd_demo_eligibility_case (ctx, error))
    return FALSE;

  if (!vd_demo_stage (ctx, 0.95, g_strdup (_("Preparing this year’s dossiers")), error)
      || !vd_demo_dossiers_current (ctx, error)
      || !vd_demo_awards_revoke_some (ctx, error))
    return FALSE;

  if (!vd_demo_stage (ctx, 0.99, g_strdup (_("Storing scanned documents")), error)
      || !vd_demo_documents_flush (ctx, error))
    return FALSE;

  if (!vd_demo_stage (ctx, 1.0, g_strdup (_("Finishing the archive")), error)
      || !restore_audit_triggers (ctx, error)
      || !write_settings_and_note (ctx, error))
    return FALSE;

  return vd_store_exec (ctx->store,
                        "PRAGMA ignore_check_constraints=OFF;"
                        "PRAGMA journal_mode=WAL;"
                        "PRAGMA synchronous=NORMAL;", error);
}

static void
remove_partial (const char *path)
{
  static const char * const suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);
      g_unlink (file);
    }
}

static void
context_clear (VdDemoContext *ctx)
{
  vd_demo_papers_free (ctx->papers);
  if (ctx->units != NULL)
    for (guint i = 0; i < ctx->units->len; i++)
      {
        VdDemoUnit *unit = VD_DEMO_UNIT (ctx, i);
        g_free (unit->name);
        g_free (unit->short_name);
        g_free (unit->code);
      }
  g_clear_pointer (&ctx->units, g_array_unref);
  g_clear_pointer (&ctx->people, g_array_unref);
  if (ctx->blocs != NULL)
    for (guint i = 0; i < ctx->blocs->len; i++)
      g_free (g_array_index (ctx->blocs, VdDemoBloc, i).name);
  g_clear_pointer (&ctx->blocs, g_array_unref);
  g_clear_pointer (&ctx->numbers_used, g_hash_table_unref);
  g_clear_pointer (&ctx->signers, g_hash_table_unref);
  g_clear_pointer (&ctx->stage_label, g_free);
  g_clear_pointer (&ctx->audit_triggers, g_ptr_array_unref);
  g_clear_object (&ctx->store);
}

/**
 * vd_demo_generate:
 * @path: where to create the archive; must not exist
 * @scale: how much data
 * @progress: (nullable): called now and then with how far the run is
 * @cancellable: (nullable): stops the run; the partial file is removed
 *
 * Creates a new archive at @path filled with realistic, deterministic demo
 * data modelled on the Bộ Tài nguyên và Môi trường: its units and staff,
 * ratings, initiatives, decisions and awards, emulation blocs, campaigns,
 * dossiers and scanned documents. The same @scale always gives the same
 * records.
 *
 * Returns: %TRUE on success; on failure or cancellation nothing is left at
 *   @path (an existing file is refused and left untouched).
 */
gboolean
vd_demo_generate (const char          *path,
                  VdDemoScale          scale,
                  VdDemoProgressFunc   progress,
                  gpointer             user_data,
                  GCancellable        *cancellable,
                  GError             **error)
{
  VdDemoContext ctx = { 0 };
  gboolean ok;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (scale == VD_DEMO_SCALE_SMALL || scale == VD_DEMO_SCALE_LARGE, FALSE);

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_autofree char *name = g_path_get_basename (path);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                   _("“%s” already exists. Choose a new file name for the demo archive."), name);
      return FALSE;
    }

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  ctx.store = vd_store_open (path, VD_STORE_OPEN_CREATE, error);
  if (ctx.store == NULL)
    return FALSE;
  vd_store_set_audit_enabled (ctx.store, FALSE);

  ctx.scale = scale;
  ctx.large = scale == VD_DEMO_SCALE_LARGE;
  ctx.first_year = ctx.large ? LARGE_FIRST_YEAR : SMALL_FIRST_YEAR;
  ctx.last_year = LAST_YEAR;
  ctx.units = g_array_new (FALSE, TRUE, sizeof (VdDemoUnit));
  ctx.people = g_array_new (FALSE, TRUE, sizeof (VdDemoPerson));
  ctx.blocs = g_array_new (FALSE, TRUE, sizeof (VdDemoBloc));
  ctx.pinned = -1;
  ctx.progress = progress;
  ctx.progress_data = user_data;
  ctx.cancellable = cancellable;
  G_STATIC_ASSERT (LAST_YEAR - LARGE_FIRST_YEAR + 1 <= VD_DEMO_MAX_YEARS);

  ok = run (&ctx, error);
  if (!ok)
    vd_store_rollback (ctx.store);
  context_clear (&ctx);

  if (!ok)
    remove_partial (path);
  return ok;
}

/**
 * vd_demo_scale_from_string:
 *
 * Reads "small" or "large". Returns %FALSE for anything else.
 */
gboolean
vd_demo_scale_from_string (const char  *text,
                           VdDemoScale *scale)
{
  if (g_strcmp0 (text, "small") == 0)
    *scale = VD_DEMO_SCALE_SMALL;
  else if (g_strcmp0 (text, "large") == 0)
    *scale = VD_DEMO_SCALE_LARGE;
  else
    return FALSE;
  return TRUE;
}

const char *
vd_demo_scale_to_string (VdDemoScale scale)
{
  return scale == VD_DEMO_SCALE_LARGE ? "large" : "small";
}
