/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "vd-store.h"

G_BEGIN_DECLS

/* Fixed national and sector days (30/4, 2/9, the ministry's founding day…)
 * that the calendar shows every year. They are data, kept as JSON in the
 * archive's settings table under VD_CALENDAR_DAYS_KEY, so everyone who opens
 * the archive sees the same; an archive without the key shows the defaults.
 * Stored form: [{"day": 30, "month": 4, "title": "…"}, …]. */

#define VD_CALENDAR_DAYS_KEY "calendar_fixed_days"

typedef struct
{
  int   day;
  int   month;
  char *title;
} VdFixedDay;

VdFixedDay *vd_fixed_day_new            (int          day,
                                         int          month,
                                         const char  *title);
void        vd_fixed_day_free           (VdFixedDay  *day);

GPtrArray  *vd_calendar_days_defaults   (void);                       /* VdFixedDay*, translated titles */
GPtrArray  *vd_calendar_days_from_json  (const char  *json,
                                         GError     **error);         /* VdFixedDay*, by month and day */
char       *vd_calendar_days_to_json    (GPtrArray   *days);
GPtrArray  *vd_calendar_days_load       (VdStore     *store);         /* the stored list, or the defaults */
gboolean    vd_calendar_days_save       (VdStore     *store,
                                         GPtrArray   *days,
                                         GError     **error);         /* checks each day (29/2 allowed) and title */
gboolean    vd_calendar_days_reset      (VdStore     *store,
                                         GError     **error);         /* back to the defaults */

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VdFixedDay, vd_fixed_day_free)

G_END_DECLS
