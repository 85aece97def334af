/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define VD_TYPE_APPLICATION (vd_application_get_type ())
G_DECLARE_FINAL_TYPE (VdApplication, vd_application, VD, APPLICATION, AdwApplication)

VdApplication *vd_application_new          (void);
GSettings     *vd_application_get_settings (VdApplication *self);

G_END_DECLS
