/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "vd-store.h"

G_BEGIN_DECLS

#define VD_TYPE_PREFERENCES_WINDOW (vd_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (VdPreferencesWindow, vd_preferences_window, VD, PREFERENCES_WINDOW,
                      AdwPreferencesWindow)

VdPreferencesWindow *vd_preferences_window_new (GSettings *settings,
                                                VdStore   *store);

G_END_DECLS
