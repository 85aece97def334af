/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Calendar arithmetic for the Campaigns place. A day is a GDate Julian day
 * number (1 = 01/01/0001), so spans compare and subtract as integers; weeks
 * start on Monday, as Vietnamese calendars print them. Nothing here reads
 * the clock or the archive. */

typedef guint32 VdDay;

VdDay     vd_day_from_ymd          (int          year,
                                    int          month,
                                    int          day);
VdDay     vd_day_from_iso          (const char  *iso);          /* 0 when not a valid YYYY-MM-DD */
char     *vd_day_to_iso            (VdDay        day);
void      vd_day_to_ymd            (VdDay        day,
                                    int         *year,
                                    int         *month,
                                    int         *mday);
int       vd_day_weekday           (VdDay        day);          /* 0 = Monday … 6 = Sunday */
VdDay     vd_day_week_start        (VdDay        day);          /* the Monday on or before */
int       vd_day_iso_week          (VdDay        day,
                                    int         *iso_year);     /* ISO 8601 week 1…53 */
int       vd_days_in_month         (int          year,
                                    int          month);
void      vd_month_add             (int         *year,
                                    int         *month,
                                    int          delta);
VdDay     vd_day_add_months        (VdDay        day,
                                    int          delta);        /* same day of month, clamped to its length */
VdDay     vd_month_grid_start      (int          year,
                                    int          month);        /* the Monday the month's grid starts on */
guint     vd_month_grid_weeks      (int          year,
                                    int          month);        /* 4…6 rows */

/* A span of days, both ends included. */
typedef struct
{
  VdDay first;
  VdDay last;
} VdDaySpan;

guint     vd_spans_layout_lanes    (const VdDaySpan *spans,
                                    guint            n_spans,
                                    guint           *lanes);     /* out: lane of each span; returns the number of lanes */
void      vd_spans_count_hidden    (const VdDaySpan *spans,
                                    const guint     *lanes,
                                    guint            n_spans,
                                    guint            visible_lanes,
                                    VdDay            first_day,
                                    guint            n_days,
                                    guint           *hidden);    /* out: per day, spans in lanes >= visible_lanes */

G_END_DECLS
