/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "vd-calendar-math.h"

G_BEGIN_DECLS

/* The month grid and the year timeline, drawn with Cairo and Pango only, so
 * the same code paints the screen, the printed page, the PDF and the PNG of
 * the render test. */

typedef struct
{
  double r, g, b, a;
} VdRgba;

typedef struct
{
  VdRgba foreground;   /* text */
  VdRgba dim;          /* other months' days, grid lines' text */
  VdRgba grid;         /* lines */
  VdRgba background;
  VdRgba accent;       /* today */
  VdRgba fixed_day;    /* national and sector days */
  VdRgba kinds[3];     /* bars by VdCampaignKind */
  const char *font;    /* Pango family, or NULL for the default */
  double font_size;    /* points at 96 dpi, e.g. 9 */
} VdCalendarStyle;

void vd_calendar_style_init_light (VdCalendarStyle *style);
void vd_calendar_style_init_dark  (VdCalendarStyle *style);

/* What a click at a point means, recorded while drawing. */
typedef struct
{
  double  x, y, width, height;
  gint64  campaign_id;   /* 0 for a day cell or a "+N more" */
  VdDay   day;
  gboolean more;         /* a "+N more" label */
} VdCalendarHit;

typedef struct
{
  GPtrArray *campaigns;    /* VdCampaign*, already filtered */
  GPtrArray *fixed_days;   /* VdFixedDay*, or NULL */
  VdDay      today;
  VdDay      selected;     /* 0 for none */
} VdCalendarData;

void     vd_calendar_draw_month      (cairo_t               *cr,
                                      double                 width,
                                      double                 height,
                                      int                    year,
                                      int                    month,
                                      const VdCalendarData  *data,
                                      const VdCalendarStyle *style,
                                      GArray                *hits);     /* nullable, of VdCalendarHit */

guint    vd_calendar_year_rows       (const VdCalendarData  *data,
                                      int                    year,
                                      GPtrArray             *rows);     /* out: the VdCampaign* shown, in order */
double   vd_calendar_year_row_height (const VdCalendarStyle *style);
double   vd_calendar_year_header     (const VdCalendarStyle *style);
void     vd_calendar_draw_year       (cairo_t               *cr,
                                      double                 width,
                                      double                 height,
                                      int                    year,
                                      GPtrArray             *rows,
                                      double                 scroll,     /* pixels scrolled down the rows */
                                      const VdCalendarData  *data,
                                      const VdCalendarStyle *style,
                                      GArray                *hits);

char    *vd_calendar_month_title     (int                    year,
                                      int                    month);   /* "May 2022", translated */

G_END_DECLS
