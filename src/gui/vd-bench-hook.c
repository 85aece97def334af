/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdBenchHook"

#include "config.h"

#include <unistd.h>

#include "vd-bench-hook.h"

/* The start-up benchmark (tests/bench) times exec → first frame that shows
 * people. With VINH_DANH_EXIT_AFTER_FIRST_DATA_FRAME=1 the application exits
 * right after that frame is painted; without it this does nothing. */

static gboolean armed;

static void
on_after_paint (GdkFrameClock *clock,
                gpointer       user_data)
{
  /* Leave at once: the figure is exec → first frame, not the teardown. The
   * floor (tests/bench/minimal-window.c) leaves the same way. */
  gdk_display_flush (gdk_display_get_default ());
  _exit (0);
}

static void
watch_next_frame (GtkWidget *widget)
{
  g_signal_connect (gtk_widget_get_frame_clock (widget), "after-paint",
                    G_CALLBACK (on_after_paint), NULL);
  gtk_widget_queue_draw (widget);
}

static void
on_map (GtkWidget *widget,
        gpointer   user_data)
{
  g_signal_handlers_disconnect_by_func (widget, on_map, user_data);
  watch_next_frame (widget);
}

/**
 * vd_bench_hook_data_shown:
 * @widget: the widget that now shows data; its next painted frame counts
 *   (when it is not on screen yet, the first frame after it is mapped)
 */
void
vd_bench_hook_data_shown (GtkWidget *widget)
{
  if (armed || g_strcmp0 (g_getenv ("VINH_DANH_EXIT_AFTER_FIRST_DATA_FRAME"), "1") != 0)
    return;
  armed = TRUE;
  if (gtk_widget_get_mapped (widget))
    watch_next_frame (widget);
  else
    g_signal_connect (widget, "map", G_CALLBACK (on_map), NULL);
}
