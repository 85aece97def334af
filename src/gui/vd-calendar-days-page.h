/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "vd-store.h"

G_BEGIN_DECLS

#define VD_TYPE_CALENDAR_DAYS_PAGE (vd_calendar_days_page_get_type ())
G_DECLARE_FINAL_TYPE (VdCalendarDaysPage, vd_calendar_days_page, VD, CALENDAR_DAYS_PAGE, AdwPreferencesPage)

AdwPreferencesPage *vd_calendar_days_page_new (VdStore *store);

G_END_DECLS
