/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdCalendarMath"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "vd-calendar-math.h"

VdDay
vd_day_from_ymd (int year,
                 int month,
                 int day)
{
  if (!g_date_valid_dmy (day, month, year))
    return 0;
  {
    GDate date;

    g_date_clear (&date, 1);
    g_date_set_dmy (&date, day, month, year);
    return g_date_get_julian (&date);
  }
}

VdDay
vd_day_from_iso (const char *iso)
{
  int year, month, day;
  char tail;

  if (iso == NULL || sscanf (iso, "%4d-%2d-%2d%c", &year, &month, &day, &tail) != 3
      || iso[4] != '-' || iso[7] != '-')
    return 0;
  return vd_day_from_ymd (year, month, day);
}

void
vd_day_to_ymd (VdDay  day,
               int   *year,
               int   *month,
               int   *mday)
{
  GDate date;

  g_return_if_fail (g_date_valid_julian (day));

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  if (year != NULL)
    *year = g_date_get_year (&date);
  if (month != NULL)
    *month = g_date_get_month (&date);
  if (mday != NULL)
    *mday = g_date_get_day (&date);
}

char *
vd_day_to_iso (VdDay day)
{
  int year, month, mday;

  if (!g_date_valid_julian (day))
    return NULL;
  vd_day_to_ymd (day, &year, &month, &mday);
  return g_strdup_printf ("%04d-%02d-%02d", year, month, mday);
}

/* Julian day 1 (01/01/0001, proleptic Gregorian) was a Monday. */
int
vd_day_weekday (VdDay day)
{
  return (int) ((day - 1) % 7);
}

VdDay
vd_day_week_start (VdDay day)
{
  return day - vd_day_weekday (day);
}

int
vd_day_iso_week (VdDay  day,
                 int   *iso_year)
{
  /* The ISO week belongs to the year of its Thursday. */
  VdDay thursday = vd_day_week_start (day) + 3;
  int year;
  VdDay jan1;

  vd_day_to_ymd (thursday, &year, NULL, NULL);
  jan1 = vd_day_from_ymd (year, 1, 1);
  if (iso_year != NULL)
    *iso_year = year;
  return (int) ((thursday - jan1) / 7) + 1;
}

int
vd_days_in_month (int year,
                  int month)
{
  return g_date_get_days_in_month (month, year);
}

void
vd_month_add (int *year,
              int *month,
              int  delta)
{
  int index = *year * 12 + (*month - 1) + delta;

  *year = index / 12;
  *month = index % 12 + 1;
}

VdDay
vd_day_add_months (VdDay day,
                   int   delta)
{
  int year, month, mday;

  vd_day_to_ymd (day, &year, &month, &mday);
  vd_month_add (&year, &month, delta);
  return vd_day_from_ymd (year, month, MIN (mday, vd_days_in_month (year, month)));
}

VdDay
vd_month_grid_start (int year,
                     int month)
{
  return vd_day_week_start (vd_day_from_ymd (year, month, 1));
}

guint
vd_month_grid_weeks (int year,
                     int month)
{
  VdDay start = vd_month_grid_start (year, month);
  VdDay last = vd_day_from_ymd (year, month, vd_days_in_month (year, month));

  return (last - start) / 7 + 1;
}

typedef struct
{
  const VdDaySpan *spans;
} SortContext;

static int
compare_spans (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  const VdDaySpan *spans = ((SortContext *) user_data)->spans;
  const VdDaySpan *x = &spans[*(const guint *) a];
  const VdDaySpan *y = &spans[*(const guint *) b];

  /* Earlier first; of two starting together the longer takes the upper
   * lane, so long campaigns read as steady lines; then input order. */
  if (x->first != y->first)
    return x->first < y->first ? -1 : 1;
  if (x->last != y->last)
    return x->last > y->last ? -1 : 1;
  return *(const guint *) a < *(const guint *) b ? -1 : 1;
}

/**
 * vd_spans_layout_lanes:
 * @lanes: (out caller-allocates) (array length=n_spans): the lane of each span
 *
 * Places overlapping spans in lanes so none overlaps another in its lane,
 * each in the lowest lane free on its first day.
 *
 * Returns: how many lanes were used
 */
guint
vd_spans_layout_lanes (const VdDaySpan *spans,
                       guint            n_spans,
                       guint           *lanes)
{
  g_autofree guint *order = g_new (guint, n_spans);
  g_autoptr(GArray) lane_last = g_array_new (FALSE, FALSE, sizeof (VdDay));
  SortContext context = { spans };

  for (guint i = 0; i < n_spans; i++)
    order[i] = i;
  g_qsort_with_data (order, n_spans, sizeof (guint), compare_spans, &context);

  for (guint k = 0; k < n_spans; k++)
    {
      const VdDaySpan *span = &spans[order[k]];
      guint lane;

      for (lane = 0; lane < lane_last->len; lane++)
        if (g_array_index (lane_last, VdDay, lane) < span->first)
          break;
      if (lane == lane_last->len)
        g_array_append_val (lane_last, span->last);
      else
        g_array_index (lane_last, VdDay, lane) = span->last;
      lanes[order[k]] = lane;
    }
  return lane_last->len;
}

/**
 * vd_spans_count_hidden:
 * @hidden: (out caller-allocates) (array length=n_days): per day from
 *   @first_day, how many spans covering it are not shown
 *
 * Counts, for "+N more", the spans in lanes at or past @visible_lanes.
 */
void
vd_spans_count_hidden (const VdDaySpan *spans,
                       const guint     *lanes,
                       guint            n_spans,
                       guint            visible_lanes,
                       VdDay            first_day,
                       guint            n_days,
                       guint           *hidden)
{
  VdDay last_day = first_day + n_days - 1;

  for (guint d = 0; d < n_days; d++)
    hidden[d] = 0;
  for (guint i = 0; i < n_spans; i++)
    {
      VdDay from, to;

      if (lanes[i] < visible_lanes || spans[i].last < first_day || spans[i].first > last_day)
        continue;
      from = MAX (spans[i].first, first_day);
      to = MIN (spans[i].last, last_day);
      for (VdDay d = from; d <= to; d++)
        hidden[d - first_day]++;
    }
}
