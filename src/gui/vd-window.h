/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "vd-application.h"
#include "vd-store.h"

G_BEGIN_DECLS

#define VD_TYPE_WINDOW (vd_window_get_type ())
G_DECLARE_FINAL_TYPE (VdWindow, vd_window, VD, WINDOW, AdwApplicationWindow)

VdWindow *vd_window_new         (VdApplication *application);
VdStore  *vd_window_get_store   (VdWindow      *self);
gboolean  vd_window_open_path   (VdWindow      *self,
                                 const char    *path);
void      vd_window_open_last   (VdWindow      *self);
void      vd_window_open_demo   (VdWindow      *self);
void      vd_window_choose_new  (VdWindow      *self);
void      vd_window_choose_open (VdWindow      *self);

G_END_DECLS
