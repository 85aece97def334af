/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdCli"

#include "config.h"

#include <gio/gio.h>
#include <glib-unix.h>
#include <glib/gi18n.h>
#include <signal.h>
#include <stdio.h>
#include <unistd.h>

#include "vd-cli.h"
#include "vd-demo.h"

/* vinh-danh-cli demo: writes a demo archive. The generator runs on a worker
 * thread so that Ctrl+C (SIGINT/SIGTERM) can cancel it from the main loop,
 * which lets it remove the partial file instead of leaving one behind. */

typedef struct
{
  char         *output;
  VdDemoScale   scale;
  gboolean      quiet;
  gboolean      terminal;
  char         *last_label;   /* worker thread only */
  GCancellable *cancellable;
  GMainLoop    *loop;
  GError       *error;
  gboolean      done;
} DemoRun;

static void
on_progress (double      fraction,
             const char *label,
             gpointer    user_data)
{
  DemoRun *run = user_data;

  if (run->quiet)
    return;
  if (run->terminal)
    {
      /* One line redrawn in place. */
      fprintf (stderr, "\r\033[K[%3d%%] %s", (int) (fraction * 100 + 0.5), label);
      fflush (stderr);
    }
  else if (g_strcmp0 (label, run->last_label) != 0)
    {
      /* In a log, one line per step. */
      fprintf (stderr, "[%3d%%] %s\n", (int) (fraction * 100 + 0.5), label);
      g_free (run->last_label);
      run->last_label = g_strdup (label);
    }
}

static void
generate_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  DemoRun *run = task_data;
  GError *error = NULL;

  if (vd_demo_generate (run->output, run->scale, on_progress, run, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
on_generated (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  DemoRun *run = user_data;

  g_task_propagate_boolean (G_TASK (result), &run->error);
  run->done = TRUE;
  g_main_loop_quit (run->loop);
}

static gboolean
on_signal (gpointer user_data)
{
  DemoRun *run = user_data;

  g_cancellable_cancel (run->cancellable);
  return G_SOURCE_CONTINUE;
}

int
vd_cli_demo (int    argc,
             char **argv)
{
  g_autofree char *scale_text = NULL;
  g_autofree char *output = NULL;
  gboolean quiet = FALSE;
  const GOptionEntry entries[] = {
    { "scale", 's', 0, G_OPTION_ARG_STRING, &scale_text,
      N_("How much data: small (600 people, 10 years) or large (60 000 people, 15 years); default small"),
      N_("SCALE") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("The archive to create; it must not exist yet"), N_("FILE") },
    { "quiet", 'q', 0, G_OPTION_ARG_NONE, &quiet, N_("Do not show progress"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GTask) task = NULL;
  DemoRun run = { 0 };
  g_autoptr(GTimer) timer = NULL;
  guint sigint, sigterm;

  g_option_context_set_summary (context, _("Creates a new archive filled with realistic, always identical sample "
                                           "records of a ministry’s emulation and commendation work."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (!vd_cli_parse (context, "demo", &argc, &argv))
    return VD_CLI_EXIT_USAGE;

  run.scale = VD_DEMO_SCALE_SMALL;
  if (scale_text != NULL && !vd_demo_scale_from_string (scale_text, &run.scale))
    {
      vd_cli_error ("demo", _("unknown scale “%s”: use small or large"), scale_text);
      return VD_CLI_EXIT_USAGE;
    }
  if (output == NULL || *output == '\0')
    {
      vd_cli_error ("demo", _("no output file given: use --output FILE"));
      return VD_CLI_EXIT_USAGE;
    }

  run.output = output;
  run.quiet = quiet;
  run.terminal = isatty (fileno (stderr));
  run.cancellable = g_cancellable_new ();
  run.loop = g_main_loop_new (NULL, FALSE);

  /* Progress going to a pipe that closes must not kill the run halfway,
   * which would leave a partial archive behind. */
  signal (SIGPIPE, SIG_IGN);
  sigint = g_unix_signal_add (SIGINT, on_signal, &run);
  sigterm = g_unix_signal_add (SIGTERM, on_signal, &run);
  timer = g_timer_new ();

  task = g_task_new (NULL, run.cancellable, on_generated, &run);
  g_task_set_task_data (task, &run, NULL);
  g_task_run_in_thread (task, generate_thread);
  while (!run.done)
    g_main_loop_run (run.loop);

  g_source_remove (sigint);
  g_source_remove (sigterm);
  if (run.terminal && !quiet)
    fprintf (stderr, "\r\033[K");

  g_clear_pointer (&run.loop, g_main_loop_unref);
  g_clear_object (&run.cancellable);
  g_free (run.last_label);

  if (run.error != NULL)
    {
      if (g_error_matches (run.error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        vd_cli_error ("demo", _("cancelled; “%s” was not created"), output);
      else
        vd_cli_error ("demo", "%s", run.error->message);
      g_error_free (run.error);
      return VD_CLI_EXIT_FAILURE;
    }

  printf (_("Created the %s demo archive “%s” in %.1f s.\n"),
          vd_demo_scale_to_string (run.scale), output, g_timer_elapsed (timer, NULL));
  return EXIT_SUCCESS;
}
