/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "vd-calendar-draw.h"

G_BEGIN_DECLS

#define VD_TYPE_AGENDA_VIEW (vd_agenda_view_get_type ())
G_DECLARE_FINAL_TYPE (VdAgendaView, vd_agenda_view, VD, AGENDA_VIEW, AdwBin)

/* Weeks the agenda lists from the focused day's week. */
#define VD_AGENDA_WEEKS 8

void vd_agenda_view_set_data  (VdAgendaView         *self,
                               const VdCalendarData *data,   /* borrowed */
                               VdDay                 focus);

G_END_DECLS
