/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define VD_TYPE_WELCOME_PAGE (vd_welcome_page_get_type ())
G_DECLARE_FINAL_TYPE (VdWelcomePage, vd_welcome_page, VD, WELCOME_PAGE, AdwBin)

GtkWidget *vd_welcome_page_new (void);

G_END_DECLS
