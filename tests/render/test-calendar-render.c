/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <cairo.h>
#include <glib/gstdio.h>
#include <string.h>

#include "vd-calendar-days.h"
#include "vd-calendar-draw.h"
#include "vd-campaigns-print.h"
#include "vd-campaigns.h"

/* The month grid drawn to PNG for May 2022 with the seeds' campaigns: not
 * blank, and each bar where the data says, in its kind's colour. */

#define WIDTH  840
#define HEIGHT 640

static VdCampaign *
campaign (gint64          id,
          const char     *name,
          VdCampaignKind  kind,
          const char     *starts,
          const char     *ends)
{
  VdCampaign *c = vd_campaign_new ();

  c->id = id;
  c->name = g_strdup (name);
  c->kind = kind;
  c->starts_on = g_strdup (starts);
  c->ends_on = g_strdup (ends);
  return c;
}

static void
add_milestone (VdCampaign *c,
               const char *due,
               const char *title)
{
  VdMilestone *m = vd_milestone_new ();

  m->due_on = g_strdup (due);
  m->title = g_strdup (title);
  g_ptr_array_add (c->milestones, m);
}

static GPtrArray *
may_2022 (void)
{
  GPtrArray *campaigns = g_ptr_array_new_with_free_func ((GDestroyNotify) vd_campaign_free);
  VdCampaign *special = campaign (20, "Đợt thi đua đặc biệt chào mừng Kỷ niệm 20 năm", VD_CAMPAIGN_KIND_PHASE,
                                  "2022-05-16", "2022-08-05");

  add_milestone (special, "2022-05-16", "Phát động");
  g_ptr_array_add (campaigns, campaign (1, "Phong trào thi đua yêu nước năm 2022", VD_CAMPAIGN_KIND_REGULAR,
                                        "2022-01-01", "2022-12-31"));
  g_ptr_array_add (campaigns, campaign (7, "Thi đua phòng, chống dịch COVID-19", VD_CAMPAIGN_KIND_THEMATIC,
                                        "2020-03-15", "2022-06-30"));
  g_ptr_array_add (campaigns, special);
  return campaigns;
}

static gboolean
close_to (const guint8 *pixel,
          const VdRgba *color)
{
  /* Cairo's ARGB32 in memory on little endian: B, G, R, A. */
  return ABS (pixel[2] - color->r * 255) < 12 && ABS (pixel[1] - color->g * 255) < 12
         && ABS (pixel[0] - color->b * 255) < 12;
}

static const guint8 *
pixel_at (cairo_surface_t *surface,
          int              x,
          int              y)
{
  return cairo_image_surface_get_data (surface) + y * cairo_image_surface_get_stride (surface) + x * 4;
}

static void
test_month_png (void)
{
  g_autoptr(GPtrArray) campaigns = may_2022 ();
  g_autoptr(GPtrArray) days = vd_calendar_days_defaults ();
  g_autoptr(GArray) hits = g_array_new (FALSE, FALSE, sizeof (VdCalendarHit));
  g_autofree char *png = g_build_filename (g_getenv ("VD_RENDER_OUTPUT") ? g_getenv ("VD_RENDER_OUTPUT") : g_get_tmp_dir (),
                                           "calendar-may-2022.png", NULL);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);
  VdCalendarData data = { campaigns, days, vd_day_from_ymd (2022, 5, 23), 0 };
  VdCalendarStyle style;
  guint bars_special = 0, bars_regular = 0, distinct = 0;
  guint32 first = 0;
  VdDay may16 = vd_day_from_ymd (2022, 5, 16);

  vd_calendar_style_init_light (&style);
  vd_calendar_draw_month (cr, WIDTH, HEIGHT, 2022, 5, &data, &style, hits);
  cairo_surface_flush (surface);
  g_assert_cmpint (cairo_surface_write_to_png (surface, png), ==, CAIRO_STATUS_SUCCESS);
  g_test_message ("wrote %s", png);

  /* Not blank: many colours. */
  for (int y = 0; y < HEIGHT; y += 7)
    for (int x = 0; x < WIDTH; x += 7)
      {
        guint32 value = *(const guint32 *) pixel_at (surface, x, y);

        if (first == 0)
          first = value;
        distinct += value != first;
      }
  g_assert_cmpuint (distinct, >, 500);

  /* Bars: the special campaign from Monday 16/5 on, the annual one every
   * week, each filled with its kind's colour in its middle. */
  for (guint i = 0; i < hits->len; i++)
    {
      const VdCalendarHit *hit = &g_array_index (hits, VdCalendarHit, i);
      const guint8 *middle;

      if (hit->campaign_id == 0)
        continue;
      /* The bar's far end: no name, no marker. */
      middle = pixel_at (surface, (int) (hit->x + hit->width - 4), (int) (hit->y + hit->height / 2));
      if (hit->campaign_id == 20)
        {
          bars_special++;
          g_assert_true (close_to (middle, &style.kinds[VD_CAMPAIGN_KIND_PHASE]));
          g_assert_cmpuint (hit->day, >=, may16);
          if (hit->day == may16)
            /* Starts in the Monday column, the first of seven. */
            g_assert_cmpfloat (hit->x, <, WIDTH / 7.0);
        }
      else if (hit->campaign_id == 1)
        {
          bars_regular++;
          g_assert_true (close_to (middle, &style.kinds[VD_CAMPAIGN_KIND_REGULAR]));
          /* A whole week wide. */
          g_assert_cmpfloat (hit->width, >, WIDTH - 10);
        }
    }
  g_assert_cmpuint (bars_special, ==, 3);  /* weeks of 16/5, 23/5 and 30/5 */
  g_assert_cmpuint (bars_regular, ==, 6);  /* May 2022 spans six weeks */

  /* Nothing left of the special campaign before the 16th: the first week's
   * Monday cell at its lanes is not orange. */
  {
    const guint8 *before = pixel_at (surface, 10, 24 + 40);

    g_assert_false (close_to (before, &style.kinds[VD_CAMPAIGN_KIND_PHASE]));
  }

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* Binary-safe: a PDF has NUL bytes before its page tree. */
static gboolean
contains (const char *data,
          gsize       length,
          const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = 0; i + n <= length; i++)
    if (memcmp (data + i, needle, n) == 0)
      return TRUE;
  return FALSE;
}

static void
test_pdf (void)
{
  g_autoptr(GPtrArray) campaigns = may_2022 ();
  g_autofree char *dir = g_dir_make_tmp ("vd-render-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "may.pdf", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  VdCalendarData data = { campaigns, NULL, 0, 0 };
  gsize length;

  g_assert_true (vd_campaigns_export_pdf (path, &data, VD_CALENDAR_PAGE_MONTH, 2022, 5, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF"));
  /* A4 landscape. */
  g_assert_true (contains (contents, length, "/MediaBox [ 0 0 841.89 595.28 ]"));
  g_unlink (path);
  g_assert_true (vd_campaigns_export_pdf (path, &data, VD_CALENDAR_PAGE_YEAR, 2022, 5, &error));
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/calendar/render/month-png", test_month_png);
  g_test_add_func ("/calendar/render/pdf", test_pdf);

  return g_test_run ();
}
