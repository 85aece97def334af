/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdCli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <stdlib.h>

#include "vd-cli.h"
#include "vd-store.h"

/* vinh-danh-cli check: is this a sound archive, and what is in it. Prints
 * "name: value" lines; the names are fixed keys (not translated) so scripts
 * can read them. */

static const char * const counted_tables[] = {
  "units", "people", "awards", "decisions", "dossiers", "documents", "blobs", "campaigns", "blocs",
};

static gboolean
query_int (VdStore     *store,
           const char  *sql,
           gint64      *value,
           GError     **error)
{
  sqlite3_stmt *stmt = vd_store_prepare (store, sql, error);

  if (stmt == NULL)
    return FALSE;
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      vd_store_set_error (store, error);
      sqlite3_reset (stmt);
      return FALSE;
    }
  *value = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return TRUE;
}

/* PRAGMA integrity_check answers "ok" or one line per problem. */
static char *
integrity (VdStore  *store,
           GError  **error)
{
  sqlite3_stmt *stmt = vd_store_prepare (store, "PRAGMA integrity_check", error);
  g_autoptr(GString) result = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;
  result = g_string_new (NULL);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      if (result->len > 0)
        g_string_append (result, "; ");
      g_string_append (result, (const char *) sqlite3_column_text (stmt, 0));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      vd_store_set_error (store, error);
      return NULL;
    }
  return g_string_free (g_steal_pointer (&result), FALSE);
}

static gboolean
foreign_key_violations (VdStore  *store,
                        gint64   *count,
                        GError  **error)
{
  sqlite3_stmt *stmt = vd_store_prepare (store, "PRAGMA foreign_key_check", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  *count = 0;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    (*count)++;
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return vd_store_set_error (store, error);
  return TRUE;
}

int
vd_cli_check (int    argc,
              char **argv)
{
  g_autofree char *db = NULL;
  const GOptionEntry entries[] = {
    { "db", 'd', 0, G_OPTION_ARG_FILENAME, &db,
      N_("The archive to check; default: the one Vinh Danh opened last"), N_("FILE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(VdStore) store = NULL;
  g_autofree char *path = NULL;
  g_autofree char *check = NULL;
  gint64 version = 0, violations = 0;

  g_option_context_set_summary (context, _("Checks that an archive is sound and counts what it holds, one "
                                           "“name: value” per line."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (!vd_cli_parse (context, "check", &argc, &argv))
    return VD_CLI_EXIT_USAGE;

  path = vd_cli_resolve_db ("check", db);
  if (path == NULL)
    return VD_CLI_EXIT_USAGE;

  /* The store refuses what is not an archive, newer, damaged or locked, with
   * a message that says what to do, and leaves the file as it was. */
  /* Look only: a backup on read-only media can be checked, and an older
   * archive is reported as it is instead of being upgraded. */
  store = vd_store_open (path, VD_STORE_OPEN_READ_ONLY, &error);
  if (store == NULL)
    {
      vd_cli_error ("check", "%s", error->message);
      return VD_CLI_EXIT_FAILURE;
    }

  if (!query_int (store, "PRAGMA user_version", &version, &error)
      || (check = integrity (store, &error)) == NULL
      || !foreign_key_violations (store, &violations, &error))
    {
      vd_cli_error ("check", "%s", error->message);
      return VD_CLI_EXIT_FAILURE;
    }

  printf ("archive: %s\n", path);
  printf ("schema-version: %" G_GINT64_FORMAT "\n", version);
  printf ("integrity: %s\n", check);
  printf ("foreign-key-violations: %" G_GINT64_FORMAT "\n", violations);
  for (guint i = 0; i < G_N_ELEMENTS (counted_tables); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", counted_tables[i]);
      gint64 count = 0;

      if (!query_int (store, sql, &count, &error))
        {
          vd_cli_error ("check", "%s", error->message);
          return VD_CLI_EXIT_FAILURE;
        }
      printf ("%s: %" G_GINT64_FORMAT "\n", counted_tables[i], count);
    }

  if (g_strcmp0 (check, "ok") != 0 || violations > 0)
    {
      vd_cli_error ("check", _("the archive has problems (see above); open your most recent copy instead"));
      return VD_CLI_EXIT_FAILURE;
    }
  return EXIT_SUCCESS;
}
