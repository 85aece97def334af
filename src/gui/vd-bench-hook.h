/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void vd_bench_hook_data_shown (GtkWidget *widget);

G_END_DECLS
