/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "vd-search.h"
#include "vd-store.h"

G_BEGIN_DECLS

#define VD_TYPE_SEARCH_POPOVER (vd_search_popover_get_type ())
G_DECLARE_FINAL_TYPE (VdSearchPopover, vd_search_popover, VD, SEARCH_POPOVER, GtkPopover)

GtkWidget *vd_search_popover_new       (void);
VdStore   *vd_search_popover_get_store (VdSearchPopover *self);
void       vd_search_popover_set_store (VdSearchPopover *self,
                                        VdStore         *store);

G_END_DECLS
