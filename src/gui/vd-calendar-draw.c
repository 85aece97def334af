/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdCalendarDraw"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "vd-calendar-days.h"
#include "vd-calendar-draw.h"
#include "vd-campaigns.h"

#define BAR_HEIGHT   15.0
#define BAR_GAP      2.0
#define HEADER       24.0
#define NUMBER_LINE  22.0
#define YEAR_LABELS  240.0

static void
set_color (cairo_t      *cr,
           const VdRgba *color)
{
  cairo_set_source_rgba (cr, color->r, color->g, color->b, color->a);
}

static VdRgba
rgba (guint32 rgb,
      double  a)
{
  return (VdRgba) { ((rgb >> 16) & 0xff) / 255.0, ((rgb >> 8) & 0xff) / 255.0, (rgb & 0xff) / 255.0, a };
}

/* libadwaita's palette: blue 3, orange 4, green 5 for the kinds. */
void
vd_calendar_style_init_light (VdCalendarStyle *style)
{
  style->foreground = rgba (0x241f31, 1.0);
  style->dim = rgba (0x241f31, 0.45);
  style->grid = rgba (0x000000, 0.12);
  style->background = rgba (0xffffff, 1.0);
  style->accent = rgba (0x3584e4, 1.0);
  style->fixed_day = rgba (0xc01c28, 1.0);
  style->kinds[VD_CAMPAIGN_KIND_REGULAR] = rgba (0x3584e4, 1.0);
  style->kinds[VD_CAMPAIGN_KIND_PHASE] = rgba (0xe66100, 1.0);
  style->kinds[VD_CAMPAIGN_KIND_THEMATIC] = rgba (0x26a269, 1.0);
  style->font = NULL;
  style->font_size = 9;
}

void
vd_calendar_style_init_dark (VdCalendarStyle *style)
{
  vd_calendar_style_init_light (style);
  style->foreground = rgba (0xffffff, 1.0);
  style->dim = rgba (0xffffff, 0.45);
  style->grid = rgba (0xffffff, 0.12);
  style->background = rgba (0x242424, 1.0);
  style->accent = rgba (0x78aeed, 1.0);
  style->fixed_day = rgba (0xff7b63, 1.0);
}

typedef struct
{
  cairo_t               *cr;
  PangoLayout           *layout;
  const VdCalendarStyle *style;
  PangoFontDescription  *normal;
  PangoFontDescription  *small;
  PangoFontDescription  *bold;
} Painter;

static void
painter_init (Painter               *p,
              cairo_t               *cr,
              const VdCalendarStyle *style)
{
  p->cr = cr;
  p->style = style;
  p->layout = pango_cairo_create_layout (cr);
  p->normal = pango_font_description_from_string (style->font != NULL ? style->font : "Sans");
  pango_font_description_set_absolute_size (p->normal, style->font_size * 96.0 / 72.0 * PANGO_SCALE);
  p->small = pango_font_description_copy (p->normal);
  pango_font_description_set_absolute_size (p->small, (style->font_size - 1) * 96.0 / 72.0 * PANGO_SCALE);
  p->bold = pango_font_description_copy (p->normal);
  pango_font_description_set_weight (p->bold, PANGO_WEIGHT_BOLD);
}

static void
painter_clear (Painter *p)
{
  g_clear_object (&p->layout);
  g_clear_pointer (&p->normal, pango_font_description_free);
  g_clear_pointer (&p->small, pango_font_description_free);
  g_clear_pointer (&p->bold, pango_font_description_free);
}

/* Text from (x, y), its first line's middle at y + height / 2, cut with an
 * ellipsis at width. Returns the width used. */
static double
text (Painter                    *p,
      const char                 *string,
      const PangoFontDescription *font,
      const VdRgba               *color,
      double                      x,
      double                      y,
      double                      width,
      double                      height,
      PangoAlignment              alignment)
{
  int w, h;

  if (width <= 4)
    return 0;
  pango_layout_set_font_description (p->layout, font);
  pango_layout_set_text (p->layout, string, -1);
  pango_layout_set_width (p->layout, (int) (width * PANGO_SCALE));
  pango_layout_set_ellipsize (p->layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_alignment (p->layout, alignment);
  pango_layout_set_height (p->layout, 0);
  pango_layout_get_pixel_size (p->layout, &w, &h);
  set_color (p->cr, color);
  cairo_move_to (p->cr, x, y + (height - h) / 2.0);
  pango_cairo_show_layout (p->cr, p->layout);
  return w;
}

static void
rounded (cairo_t *cr,
         double   x,
         double   y,
         double   w,
         double   h,
         double   r)
{
  r = MIN (r, MIN (w, h) / 2);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - r, y + r, r, -G_PI / 2, 0);
  cairo_arc (cr, x + w - r, y + h - r, r, 0, G_PI / 2);
  cairo_arc (cr, x + r, y + h - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

static void
diamond (cairo_t *cr,
         double   cx,
         double   cy,
         double   r)
{
  cairo_move_to (cr, cx, cy - r);
  cairo_line_to (cr, cx + r, cy);
  cairo_line_to (cr, cx, cy + r);
  cairo_line_to (cr, cx - r, cy);
  cairo_close_path (cr);
}

static void
add_hit (GArray  *hits,
         double   x,
         double   y,
         double   w,
         double   h,
         gint64   campaign_id,
         VdDay    day,
         gboolean more)
{
  VdCalendarHit hit = { x, y, w, h, campaign_id, day, more };

  if (hits != NULL)
    g_array_append_val (hits, hit);
}

static const VdFixedDay *
fixed_day_on (const VdCalendarData *data,
              VdDay                 day)
{
  int month, mday;

  if (data->fixed_days == NULL)
    return NULL;
  vd_day_to_ymd (day, NULL, &month, &mday);
  for (guint i = 0; i < data->fixed_days->len; i++)
    {
      const VdFixedDay *fixed = g_ptr_array_index (data->fixed_days, i);

      if (fixed->month == month && fixed->day == mday)
        return fixed;
    }
  return NULL;
}

char *
vd_calendar_month_title (int year,
                         int month)
{
  static const char * const names[] = {
    N_("January"), N_("February"), N_("March"), N_("April"), N_("May"), N_("June"),
    N_("July"), N_("August"), N_("September"), N_("October"), N_("November"), N_("December"),
  };

  g_return_val_if_fail (month >= 1 && month <= 12, NULL);
  /* Translators: a month's name, then the year: "May 2022". */
  return g_strdup_printf (_("%s %d"), _(names[month - 1]), year);
}

static const char *
weekday_name (int weekday)
{
  switch (weekday)
    {
    case 0: return C_("weekday", "Mon");
    case 1: return C_("weekday", "Tue");
    case 2: return C_("weekday", "Wed");
    case 3: return C_("weekday", "Thu");
    case 4: return C_("weekday", "Fri");
    case 5: return C_("weekday", "Sat");
    default: return C_("weekday", "Sun");
    }
}

/* One thing drawn in a week row: a campaign's stretch of the week, or a
 * follow-up milestone outside its campaign, as a one-day chip. */
typedef struct
{
  const VdCampaign  *campaign;
  const VdMilestone *chip;
  VdDaySpan          span;      /* clipped to the week */
  guint              length;    /* of the whole campaign, in days */
} Item;

/* Of the campaigns crossing a week, the shorter, more specific ones (a
 * special phase, a deadline) get the upper lanes; years-long ones are the
 * first to give way to "+N more". Lanes then go by start. */
static int
compare_items (gconstpointer a,
               gconstpointer b)
{
  const Item *x = a, *y = b;

  if (x->length != y->length)
    return x->length < y->length ? -1 : 1;
  return 0;
}

static void
draw_week (Painter              *p,
           const VdCalendarData *data,
           GArray               *candidates,
           VdDay                 week,
           int                   month,
           double                x0,
           double                y0,
           double                cell_w,
           double                cell_h,
           GArray               *hits)
{
  const VdCalendarStyle *style = p->style;
  cairo_t *cr = p->cr;
  VdDay last = week + 6;
  g_autoptr(GArray) items = g_array_new (FALSE, FALSE, sizeof (Item));
  g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (VdDaySpan));
  g_autofree guint *lanes = NULL;
  guint hidden[7];
  guint capacity, shown;
  gboolean overflow = FALSE;

  /* Cells: number, today, fixed days, other months dimmed. */
  for (int d = 0; d < 7; d++)
    {
      VdDay day = week + d;
      double x = x0 + d * cell_w;
      int dmonth, mday;
      char number[8];
      const VdFixedDay *fixed = fixed_day_on (data, day);

      vd_day_to_ymd (day, NULL, &dmonth, &mday);
      g_snprintf (number, sizeof number, "%d", mday);
      if (fixed != NULL)
        {
          VdRgba tint = style->fixed_day;

          tint.a = 0.07;
          set_color (cr, &tint);
          cairo_rectangle (cr, x, y0, cell_w, cell_h);
          cairo_fill (cr);
        }
      if (day == data->selected)
        {
          VdRgba tint = style->accent;

          tint.a = 0.10;
          set_color (cr, &tint);
          cairo_rectangle (cr, x, y0, cell_w, cell_h);
          cairo_fill (cr);
        }
      if (day == data->today)
        {
          set_color (cr, &style->accent);
          cairo_arc (cr, x + 14, y0 + NUMBER_LINE / 2 + 1, 10, 0, 2 * G_PI);
          cairo_fill (cr);
          text (p, number, p->bold, &style->background, x + 4, y0 + 1, 20, NUMBER_LINE, PANGO_ALIGN_CENTER);
        }
      else
        text (p, number, dmonth == month ? p->normal : p->small,
              dmonth == month ? (fixed != NULL ? &style->fixed_day : &style->foreground) : &style->dim,
              x + 4, y0 + 1, 20, NUMBER_LINE, PANGO_ALIGN_CENTER);
      if (fixed != NULL)
        text (p, fixed->title, p->small, &style->fixed_day, x + 27, y0 + 1, cell_w - 31, NUMBER_LINE, PANGO_ALIGN_LEFT);
      add_hit (hits, x, y0, cell_w, cell_h, 0, day, FALSE);
    }

  /* What falls in this week, laid out in lanes. */
  for (guint i = 0; i < candidates->len; i++)
    {
      Item item = g_array_index (candidates, Item, i);

      if (item.span.first > last || item.span.last < week)
        continue;
      item.span.first = MAX (item.span.first, week);
      item.span.last = MIN (item.span.last, last);
      g_array_append_val (items, item);
    }

  g_array_sort (items, compare_items);
  for (guint i = 0; i < items->len; i++)
    g_array_append_val (spans, g_array_index (items, Item, i).span);
  lanes = g_new0 (guint, MAX (items->len, 1));
  vd_spans_layout_lanes ((VdDaySpan *) spans->data, spans->len, lanes);
  capacity = (guint) MAX (0.0, floor ((cell_h - NUMBER_LINE - 2) / (BAR_HEIGHT + BAR_GAP)));
  vd_spans_count_hidden ((VdDaySpan *) spans->data, lanes, spans->len, capacity, week, 7, hidden);
  for (int d = 0; d < 7; d++)
    overflow |= hidden[d] > 0;
  /* With more than fits, the last line says "+N more" instead. */
  shown = overflow && capacity > 0 ? capacity - 1 : capacity;
  if (overflow)
    vd_spans_count_hidden ((VdDaySpan *) spans->data, lanes, spans->len, shown, week, 7, hidden);

  for (guint i = 0; i < items->len; i++)
    {
      const Item *item = &g_array_index (items, Item, i);
      const VdDaySpan *span = &item->span;
      const VdRgba *color = &style->kinds[MIN (item->campaign->kind, 2)];
      double x, y, w;

      if (lanes[i] >= shown)
        continue;
      x = x0 + (span->first - week) * cell_w + 2;
      w = (span->last - span->first + 1) * cell_w - 4;
      y = y0 + NUMBER_LINE + 2 + lanes[i] * (BAR_HEIGHT + BAR_GAP);

      if (item->chip != NULL)
        {
          VdRgba tint = *color;

          tint.a = 0.18;
          set_color (cr, &tint);
          rounded (cr, x, y, w, BAR_HEIGHT, 4);
          cairo_fill (cr);
          set_color (cr, color);
          diamond (cr, x + 8, y + BAR_HEIGHT / 2, 4.5);
          cairo_fill (cr);
          text (p, item->chip->title, p->small, &style->foreground, x + 16, y, w - 18, BAR_HEIGHT, PANGO_ALIGN_LEFT);
          add_hit (hits, x, y, w, BAR_HEIGHT, item->campaign->id, span->first, FALSE);
          continue;
        }

      set_color (cr, color);
      rounded (cr, x, y, w, BAR_HEIGHT, 4);
      cairo_fill (cr);
      {
        VdRgba white = { 1, 1, 1, 1 };
        double label_x = x + 6;

        /* A milestone on the bar's first day stands before the name. */
        for (guint m = 0; m < item->campaign->milestones->len; m++)
          if (vd_day_from_iso (((VdMilestone *) g_ptr_array_index (item->campaign->milestones, m))->due_on) == span->first)
            label_x = x + 16;
        text (p, item->campaign->name, p->small, &white, label_x, y, w - (label_x - x) - 6,
              BAR_HEIGHT, PANGO_ALIGN_LEFT);
        /* Milestones as white diamonds on the bar, on their day, over the name. */
        for (guint m = 0; m < item->campaign->milestones->len; m++)
          {
            const VdMilestone *milestone = g_ptr_array_index (item->campaign->milestones, m);
            VdDay due = vd_day_from_iso (milestone->due_on);
            double cx;

            if (due < span->first || due > span->last)
              continue;
            cx = x0 + (due - week) * cell_w + 9;
            set_color (cr, &white);
            diamond (cr, cx, y + BAR_HEIGHT / 2, 5);
            cairo_fill (cr);
            set_color (cr, color);
            diamond (cr, cx, y + BAR_HEIGHT / 2, 2.5);
            cairo_fill (cr);
          }
      }
      add_hit (hits, x, y, w, BAR_HEIGHT, item->campaign->id, span->first, FALSE);
    }

  if (overflow)
    for (int d = 0; d < 7; d++)
      {
        g_autofree char *more = NULL;
        double x = x0 + d * cell_w + 2;
        double y = y0 + NUMBER_LINE + 2 + shown * (BAR_HEIGHT + BAR_GAP);

        if (hidden[d] == 0)
          continue;
        /* Translators: more campaigns on a day than fit in its cell. */
        more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "+%u more", "+%u more", hidden[d]), hidden[d]);
        text (p, more, p->small, &style->dim, x + 4, y, cell_w - 8, BAR_HEIGHT, PANGO_ALIGN_LEFT);
        add_hit (hits, x, y, cell_w - 4, BAR_HEIGHT, 0, week + d, TRUE);
      }
}

/**
 * vd_calendar_draw_month:
 * @hits: (nullable): filled with where each bar, cell and "+N more" is
 *
 * Draws the month grid, weeks from Monday, filling @width × @height.
 */
void
vd_calendar_draw_month (cairo_t               *cr,
                        double                 width,
                        double                 height,
                        int                    year,
                        int                    month,
                        const VdCalendarData  *data,
                        const VdCalendarStyle *style,
                        GArray                *hits)
{
  Painter p;
  guint weeks = vd_month_grid_weeks (year, month);
  VdDay start = vd_month_grid_start (year, month);
  double cell_w = width / 7.0;
  double cell_h = (height - HEADER) / weeks;
  g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (Item));
  g_autofree char *grid_first = vd_day_to_iso (start);
  g_autofree char *grid_last = vd_day_to_iso (start + 7 * weeks - 1);

  if (hits != NULL)
    g_array_set_size (hits, 0);

  /* Only what touches the grid, each date parsed once: a large archive has
   * thousands of campaigns, and ISO dates compare as strings. */
  for (guint i = 0; i < data->campaigns->len; i++)
    {
      const VdCampaign *campaign = g_ptr_array_index (data->campaigns, i);
      gboolean overlaps = strcmp (campaign->starts_on, grid_last) <= 0
                          && (campaign->ends_on == NULL || strcmp (campaign->ends_on, grid_first) >= 0);
      VdDay first = 0, end = G_MAXUINT32;

      if (overlaps)
        {
          first = vd_day_from_iso (campaign->starts_on);
          end = campaign->ends_on != NULL ? vd_day_from_iso (campaign->ends_on) : G_MAXUINT32;
          if (first != 0 && end != 0)
            {
              Item item = { campaign, NULL, { first, end }, end == G_MAXUINT32 ? G_MAXUINT32 : end - first + 1 };

              g_array_append_val (candidates, item);
            }
        }
      /* Follow-ups outside their campaign show as one-day chips. */
      for (guint m = 0; m < campaign->milestones->len; m++)
        {
          const VdMilestone *milestone = g_ptr_array_index (campaign->milestones, m);
          VdDay due;

          if (strcmp (milestone->due_on, grid_first) < 0 || strcmp (milestone->due_on, grid_last) > 0
              || (strcmp (milestone->due_on, campaign->starts_on) >= 0
                  && (campaign->ends_on == NULL || strcmp (milestone->due_on, campaign->ends_on) <= 0)))
            continue;
          due = vd_day_from_iso (milestone->due_on);
          if (due != 0)
            {
              Item item = { campaign, milestone, { due, due }, 1 };

              g_array_append_val (candidates, item);
            }
        }
    }
  painter_init (&p, cr, style);
  cairo_save (cr);

  set_color (cr, &style->background);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);

  for (int d = 0; d < 7; d++)
    text (&p, weekday_name (d), p.small, &style->dim, d * cell_w + 6, 0, cell_w - 12, HEADER, PANGO_ALIGN_LEFT);

  set_color (cr, &style->grid);
  cairo_set_line_width (cr, 1);
  for (guint w = 0; w <= weeks; w++)
    {
      cairo_move_to (cr, 0, floor (HEADER + w * cell_h) + 0.5);
      cairo_line_to (cr, width, floor (HEADER + w * cell_h) + 0.5);
    }
  for (int d = 1; d < 7; d++)
    {
      cairo_move_to (cr, floor (d * cell_w) + 0.5, HEADER);
      cairo_line_to (cr, floor (d * cell_w) + 0.5, height);
    }
  cairo_stroke (cr);

  for (guint w = 0; w < weeks; w++)
    draw_week (&p, data, candidates, start + 7 * w, month, 0, HEADER + w * cell_h, cell_w, cell_h, hits);

  cairo_restore (cr);
  painter_clear (&p);
}

/* ---- Year ---- */

double
vd_calendar_year_row_height (const VdCalendarStyle *style)
{
  return 26;
}

double
vd_calendar_year_header (const VdCalendarStyle *style)
{
  return 28;
}

/**
 * vd_calendar_year_rows:
 * @rows: (element-type VdCampaign): emptied, then filled with the campaigns
 *   running at some time in @year, by start
 */
guint
vd_calendar_year_rows (const VdCalendarData *data,
                       int                   year,
                       GPtrArray            *rows)
{
  g_autofree char *from = g_strdup_printf ("%04d-01-01", year);
  g_autofree char *to = g_strdup_printf ("%04d-12-31", year);

  g_ptr_array_set_size (rows, 0);
  for (guint i = 0; i < data->campaigns->len; i++)
    {
      VdCampaign *campaign = g_ptr_array_index (data->campaigns, i);

      if (strcmp (campaign->starts_on, to) <= 0 && (campaign->ends_on == NULL || strcmp (campaign->ends_on, from) >= 0))
        g_ptr_array_add (rows, campaign);
    }
  return rows->len;
}

void
vd_calendar_draw_year (cairo_t               *cr,
                       double                 width,
                       double                 height,
                       int                    year,
                       GPtrArray             *rows,
                       double                 scroll,
                       const VdCalendarData  *data,
                       const VdCalendarStyle *style,
                       GArray                *hits)
{
  Painter p;
  double header = vd_calendar_year_header (style);
  double row_h = vd_calendar_year_row_height (style);
  double labels = MIN (YEAR_LABELS, width * 0.3);
  double span_w = width - labels - 8;
  VdDay jan1 = vd_day_from_ymd (year, 1, 1);
  VdDay dec31 = vd_day_from_ymd (year, 12, 31);
  double day_w = span_w / (dec31 - jan1 + 1);
  guint first_row = (guint) MAX (0.0, floor (scroll / row_h));

  if (hits != NULL)
    g_array_set_size (hits, 0);
  painter_init (&p, cr, style);
  cairo_save (cr);

  set_color (cr, &style->background);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);

  /* Month columns, with the fixed days as ticks under their names. */
  cairo_set_line_width (cr, 1);
  for (int m = 1; m <= 12; m++)
    {
      static const char * const short_names[] = {
        NC_("month", "Jan"), NC_("month", "Feb"), NC_("month", "Mar"), NC_("month", "Apr"),
        NC_("month", "May"), NC_("month", "Jun"), NC_("month", "Jul"), NC_("month", "Aug"),
        NC_("month", "Sep"), NC_("month", "Oct"), NC_("month", "Nov"), NC_("month", "Dec"),
      };
      double x = labels + (vd_day_from_ymd (year, m, 1) - jan1) * day_w;
      double w = vd_days_in_month (year, m) * day_w;

      text (&p, g_dpgettext2 (GETTEXT_PACKAGE, "month", short_names[m - 1]), p.small, &style->dim,
            x + 4, 0, w - 6, header, PANGO_ALIGN_LEFT);
      set_color (cr, &style->grid);
      cairo_move_to (cr, floor (x) + 0.5, 0);
      cairo_line_to (cr, floor (x) + 0.5, height);
      cairo_stroke (cr);
    }
  set_color (cr, &style->grid);
  cairo_move_to (cr, 0, header - 0.5);
  cairo_line_to (cr, width, header - 0.5);
  cairo_stroke (cr);
  for (guint i = 0; data->fixed_days != NULL && i < data->fixed_days->len; i++)
    {
      const VdFixedDay *fixed = g_ptr_array_index (data->fixed_days, i);
      VdDay day = vd_day_from_ymd (year, fixed->month, fixed->day);
      double x;

      if (day == 0)
        continue;
      x = labels + (day - jan1 + 0.5) * day_w;
      set_color (cr, &style->fixed_day);
      cairo_rectangle (cr, x - 1, header - 6, 2, 5);
      cairo_fill (cr);
      add_hit (hits, x - 3, header - 8, 6, 8, 0, day, FALSE);
    }

  cairo_save (cr);
  cairo_rectangle (cr, 0, header, width, height - header);
  cairo_clip (cr);
  for (guint r = first_row; r < rows->len; r++)
    {
      const VdCampaign *campaign = g_ptr_array_index (rows, r);
      const VdRgba *color = &style->kinds[MIN (campaign->kind, 2)];
      double y = header + r * row_h - scroll;
      VdDay first = MAX (vd_day_from_iso (campaign->starts_on), jan1);
      VdDay last = campaign->ends_on != NULL ? MIN (vd_day_from_iso (campaign->ends_on), dec31) : dec31;
      double bx, bw;

      if (y > height)
        break;
      if (r % 2 == 1)
        {
          VdRgba stripe = style->grid;

          stripe.a *= 0.25;
          set_color (cr, &stripe);
          cairo_rectangle (cr, 0, y, width, row_h);
          cairo_fill (cr);
        }
      text (&p, campaign->name, p.small, &style->foreground, 8, y, labels - 14, row_h, PANGO_ALIGN_LEFT);
      add_hit (hits, 0, y, labels, row_h, campaign->id, first, FALSE);

      bx = labels + (first - jan1) * day_w;
      bw = MAX (3.0, (last - first + 1) * day_w);
      set_color (cr, color);
      rounded (cr, bx, y + 7, bw, row_h - 14, 3);
      cairo_fill (cr);
      add_hit (hits, bx, y, bw, row_h, campaign->id, first, FALSE);

      /* Milestones as points, follow-ups past the bar included. */
      for (guint m = 0; m < campaign->milestones->len; m++)
        {
          const VdMilestone *milestone = g_ptr_array_index (campaign->milestones, m);
          VdDay due = vd_day_from_iso (milestone->due_on);
          double cx;

          if (due < jan1 || due > dec31)
            continue;
          cx = labels + (due - jan1 + 0.5) * day_w;
          set_color (cr, &style->background);
          cairo_arc (cr, cx, y + row_h / 2, 5, 0, 2 * G_PI);
          cairo_fill (cr);
          set_color (cr, color);
          cairo_arc (cr, cx, y + row_h / 2, 3.5, 0, 2 * G_PI);
          cairo_fill (cr);
        }
    }
  cairo_restore (cr);

  /* A line for today. */
  if (data->today >= jan1 && data->today <= dec31)
    {
      double x = labels + (data->today - jan1 + 0.5) * day_w;

      set_color (cr, &style->fixed_day);
      cairo_set_line_width (cr, 2);
      cairo_move_to (cr, x, header - 4);
      cairo_line_to (cr, x, height);
      cairo_stroke (cr);
    }

  cairo_restore (cr);
  painter_clear (&p);
}
