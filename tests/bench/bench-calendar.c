/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <cairo.h>
#include <glib/gstdio.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "vd-calendar-days.h"
#include "vd-calendar-draw.h"
#include "vd-campaigns.h"
#include "vd-store.h"

/* The campaign calendar at 5 000 campaigns and 20 000 milestones: the work
 * of one frame when switching month (lane layout and drawing of the month
 * grid) and when scrolling the year timeline, at the window's default size,
 * with the same drawing on an empty calendar as the floor. Prints the worst
 * frame and ratios to the floor and to one 60 Hz frame (16 ms). */

#define N_CAMPAIGNS  5000
#define N_MILESTONES 20000
#define WIDTH        860
#define HEIGHT       640
#define FRAME_MS     16.0

static void
fill (VdStore *store)
{
  GRand *rand = g_rand_new_with_seed (0x56644461);
  sqlite3_stmt *stmt;

  g_assert (vd_store_begin (store, NULL));
  for (int i = 0; i < N_CAMPAIGNS; i++)
    {
      int year = g_rand_int_range (rand, 2011, 2027);
      int month = g_rand_int_range (rand, 1, 13);
      int length = g_rand_int_range (rand, 7, 730);
      GDate date;
      char starts[16], ends[16], name[64];
      gint64 campaign_id;

      g_date_clear (&date, 1);
      g_date_set_dmy (&date, g_rand_int_range (rand, 1, 29), month, year);
      g_snprintf (starts, sizeof starts, "%04d-%02d-%02d", g_date_get_year (&date), g_date_get_month (&date),
                  g_date_get_day (&date));
      g_date_add_days (&date, length);
      g_snprintf (ends, sizeof ends, "%04d-%02d-%02d", g_date_get_year (&date), g_date_get_month (&date),
                  g_date_get_day (&date));
      g_snprintf (name, sizeof name, "Phong trào thi đua số %d", i + 1);
      stmt = vd_store_prepare (store, "INSERT INTO campaigns (name, kind, starts_on, ends_on) VALUES (?1, ?2, ?3, ?4)", NULL);
      sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, i % 3 == 0 ? "regular" : i % 3 == 1 ? "phase" : "thematic", -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 3, starts, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 4, ends, -1, SQLITE_TRANSIENT);
      g_assert (vd_store_step_done (store, stmt, NULL));
      campaign_id = vd_store_last_insert_id (store);
      for (int m = 0; m < N_MILESTONES / N_CAMPAIGNS; m++)
        {
          GDate due;
          char due_on[16];

          g_date_clear (&due, 1);
          g_date_set_dmy (&due, atoi (starts + 8), atoi (starts + 5), atoi (starts));
          g_date_add_days (&due, length * m / 4);
          g_snprintf (due_on, sizeof due_on, "%04d-%02d-%02d", g_date_get_year (&due), g_date_get_month (&due),
                      g_date_get_day (&due));
          stmt = vd_store_prepare (store, "INSERT INTO campaign_milestones (campaign_id, kind, due_on, title) "
                                          "VALUES (?1, 'other', ?2, 'Mốc')", NULL);
          sqlite3_bind_int64 (stmt, 1, campaign_id);
          sqlite3_bind_text (stmt, 2, due_on, -1, SQLITE_TRANSIENT);
          g_assert (vd_store_step_done (store, stmt, NULL));
        }
    }
  g_assert (vd_store_commit (store, NULL));
  g_rand_free (rand);
}

typedef struct
{
  double worst;
  double median;
} Timing;

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static Timing
summarise (GArray *times)
{
  Timing t;

  g_array_sort (times, compare_doubles);
  t.worst = g_array_index (times, double, times->len - 1);
  t.median = g_array_index (times, double, times->len / 2);
  return t;
}

static Timing
months (const VdCalendarData *data)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) hits = g_array_new (FALSE, FALSE, sizeof (VdCalendarHit));
  VdCalendarStyle style;

  vd_calendar_style_init_light (&style);
  /* Back and forth over twelve years, as a user paging months. */
  for (int i = 0; i < 144; i++)
    {
      int year = 2014 + i / 12, month = i % 12 + 1;
      gint64 started = g_get_monotonic_time ();
      double ms;

      vd_calendar_draw_month (cr, WIDTH, HEIGHT, year, month, data, &style, hits);
      cairo_surface_flush (surface);
      ms = (g_get_monotonic_time () - started) / 1000.0;
      g_array_append_val (times, ms);
    }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return summarise (times);
}

static Timing
year_scroll (const VdCalendarData *data,
             guint                *rows_out)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) hits = g_array_new (FALSE, FALSE, sizeof (VdCalendarHit));
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  VdCalendarStyle style;
  double row_h;

  vd_calendar_style_init_light (&style);
  row_h = vd_calendar_year_row_height (&style);
  for (int year = 2018; year <= 2022; year++)
    {
      vd_calendar_year_rows (data, year, rows);
      *rows_out = MAX (*rows_out, rows->len);
      /* Scrolling from top to bottom by 40 px steps, as a touchpad does. */
      for (double scroll = 0; scroll <= MAX (0.0, rows->len * row_h - HEIGHT); scroll += 40)
        {
          gint64 started = g_get_monotonic_time ();
          double ms;

          vd_calendar_draw_year (cr, WIDTH, HEIGHT, year, rows, scroll, data, &style, hits);
          cairo_surface_flush (surface);
          ms = (g_get_monotonic_time () - started) / 1000.0;
          g_array_append_val (times, ms);
          if (rows->len * row_h <= HEIGHT)
            break;
        }
    }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return summarise (times);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = g_dir_make_tmp ("vd-bench-calendar-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "bench.vinhdanh", NULL);
  g_autoptr(VdStore) store = vd_store_open (path, VD_STORE_OPEN_CREATE, NULL);
  g_autoptr(GPtrArray) campaigns = NULL;
  g_autoptr(GPtrArray) empty = g_ptr_array_new ();
  g_autoptr(GPtrArray) days = vd_calendar_days_defaults ();
  VdCalendarData full = { NULL, days, vd_day_from_ymd (2020, 6, 15), 0 };
  VdCalendarData none = { empty, days, vd_day_from_ymd (2020, 6, 15), 0 };
  Timing month_floor, month_full, year_floor, year_full;
  guint rows = 0, no_rows = 0;
  gint64 started;
  double load_ms;
  int status;

  vd_store_set_audit_enabled (store, FALSE);
  fill (store);
  started = g_get_monotonic_time ();
  campaigns = vd_campaigns_list (store, NULL, NULL, NULL, NULL);
  load_ms = (g_get_monotonic_time () - started) / 1000.0;
  full.campaigns = campaigns;

  /* Warm the font caches first. */
  months (&none);
  month_floor = months (&none);
  month_full = months (&full);
  year_floor = year_scroll (&none, &no_rows);
  year_full = year_scroll (&full, &rows);

  printf ("calendar: %u campaigns, %d milestones, read in %.0f ms on a worker thread (not a frame)\n",
          campaigns->len, N_MILESTONES, load_ms);
  printf ("month switch: worst frame %.1f ms (median %.1f); empty-calendar floor worst %.1f ms; "
          "ratio to floor %.2f; ratio to a 16 ms frame %.2f (target <= 1)\n",
          month_full.worst, month_full.median, month_floor.worst,
          month_full.worst / month_floor.worst, month_full.worst / FRAME_MS);
  printf ("year timeline scroll (%u rows in the busiest year): worst frame %.1f ms (median %.1f); floor worst %.1f ms; "
          "ratio to floor %.2f; ratio to a 16 ms frame %.2f (target <= 1)\n",
          rows, year_full.worst, year_full.median, year_floor.worst,
          year_full.worst / year_floor.worst, year_full.worst / FRAME_MS);
  status = month_full.worst <= FRAME_MS && year_full.worst <= FRAME_MS ? 0 : 1;

  g_clear_object (&store);
  {
    const char *suffixes[] = { "", "-wal", "-shm" };

    for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
      {
        g_autofree char *p = g_strconcat (path, suffixes[i], NULL);
        g_unlink (p);
      }
  }
  g_rmdir (dir);
  return status;
}
