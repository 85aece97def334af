/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdCli"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>
#include <stdio.h>

#include "vd-cli.h"

/* The settings of the graphical application, read for the archive it opened
 * last. One schema id serves every build profile. */
#define APP_SCHEMA_ID   "io.github.vinhdanh.VinhDanh"
#define LAST_ARCHIVE    "last-archive"

/**
 * vd_cli_error:
 *
 * Prints one line, "vinh-danh-cli COMMAND: message", to stderr: the form
 * scripts and people can both read.
 */
void
vd_cli_error (const char *command,
              const char *format,
              ...)
{
  g_autofree char *message = NULL;
  g_autofree char *line = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  /* Messages from lower layers may span lines; keep the promise of one. */
  line = g_strdelimit (g_strdup (message), "\r\n", ' ');
  if (command != NULL)
    fprintf (stderr, "vinh-danh-cli %s: %s\n", command, line);
  else
    fprintf (stderr, "vinh-danh-cli: %s\n", line);
}

/**
 * vd_cli_parse:
 *
 * Parses a command's options. --help prints the command's help and exits.
 * A bad option or a missing value prints one line and returns %FALSE.
 */
gboolean
vd_cli_parse (GOptionContext   *context,
              const char       *command,
              int              *argc,
              char           ***argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *prgname = g_strdup_printf ("vinh-danh-cli %s", command);

  /* The help's usage line reads "vinh-danh-cli COMMAND [OPTION…]". */
  g_set_prgname (prgname);
  if (!g_option_context_parse (context, argc, argv, &error))
    {
      vd_cli_error (command, "%s", error->message);
      return FALSE;
    }
  if (*argc > 1)
    {
      vd_cli_error (command, _("unexpected argument “%s”; see “vinh-danh-cli %s --help”"),
                    (*argv)[1], command);
      return FALSE;
    }
  return TRUE;
}

/**
 * vd_cli_resolve_db:
 * @given: (nullable): the --db value
 *
 * The archive a command works on: @given, or else the one the application
 * opened last, if its settings schema is installed. Prints why and returns
 * %NULL when there is none.
 */
char *
vd_cli_resolve_db (const char *command,
                   const char *given)
{
  GSettingsSchemaSource *source;
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *last = NULL;

  if (given != NULL && *given != '\0')
    return g_strdup (given);

  /* Looked up first: g_settings_new() aborts on a schema that is missing. */
  source = g_settings_schema_source_get_default ();
  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_SCHEMA_ID, TRUE);
  if (schema != NULL && g_settings_schema_has_key (schema, LAST_ARCHIVE))
    {
      settings = g_settings_new_full (schema, NULL, NULL);
      last = g_settings_get_string (settings, LAST_ARCHIVE);
    }

  if (last == NULL || *last == '\0')
    {
      vd_cli_error (command, _("no archive given: use --db FILE"));
      return NULL;
    }
  return g_steal_pointer (&last);
}
