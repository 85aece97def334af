/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdBenchHook"

#include "config.h"

#include "vd-bench-hook.h"

/* The start-up benchmark (tests/bench) times exec → first frame that shows
 * people. With VINH_DANH_EXIT_AFTER_FIRST_DATA_FRAME=1 the application quits
 * right after that frame is painted; without it this does nothing. */

static gboolean armed;

static void
on_after_paint (GdkFrameClock *clock,
                gpointer       user_data)
{
  g_signal_handlers_disconnect_by_func (clock, on_after_paint, user_data);
    g_application_quit (g_application_get_default ());
}

/**
 * vd_bench_hook_data_shown:
 * @widget: a mapped widget whose next frame shows data
 */
void
vd_bench_hook_data_shown (GtkWidget *widget)
{
  GdkFrameClock *clock;

  if (armed || g_strcmp0 (g_getenv ("VINH_DANH_EXIT_AFTER_FIRST_DATA_FRAME"), "1") != 0)
    return;
  clock = gtk_widget_get_frame_clock (widget);
  if (clock == NULL)
    return;
  armed = TRUE;
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), NULL);
  gtk_widget_queue_draw (widget);
}
