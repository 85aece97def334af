/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The floor for the start-up benchmark: the smallest libadwaita application
 * that shows a window, measured exec → first frame painted → exit. */
#include <adwaita.h>
#include <unistd.h>

static void
on_after_paint (GdkFrameClock *clock,
                GApplication  *app)
{
  /* Leave at once, as the application's benchmark hook does. */
  gdk_display_flush (gdk_display_get_default ());
  _exit (0);
}

static void
on_map (GtkWidget    *window,
        GApplication *app)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);

  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), app);
}

static void
on_activate (GApplication *app)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));
  GtkWidget *label = gtk_label_new ("Vinh Danh");

  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), label);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  g_signal_connect (window, "map", G_CALLBACK (on_map), app);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = adw_application_new ("io.github.vinhdanh.BenchMinimal",
                                                         G_APPLICATION_NON_UNIQUE);

  g_signal_connect (app, "activate", G_CALLBACK (on_activate), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
