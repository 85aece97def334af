/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/**
 * VdDemoScale:
 * @VD_DEMO_SCALE_SMALL: about 30 units, 600 people, 2016–2025; builds in seconds
 * @VD_DEMO_SCALE_LARGE: over 300 units, 60 000 people and 500 000 awards,
 *   2011–2025; for trying the application at the size of a whole ministry
 *
 * How much data a demo archive holds.
 */
typedef enum
{
  VD_DEMO_SCALE_SMALL,
  VD_DEMO_SCALE_LARGE,
} VdDemoScale;

/**
 * VdDemoProgressFunc:
 * @fraction: how much is done, from 0 to 1
 * @label: what is being generated now, translated, for the user
 * @user_data: the data given to vd_demo_generate()
 *
 * Called on the thread that runs vd_demo_generate().
 */
typedef void (*VdDemoProgressFunc) (double      fraction,
                                    const char *label,
                                    gpointer    user_data);

gboolean     vd_demo_generate          (const char          *path,
                                        VdDemoScale          scale,
                                        VdDemoProgressFunc   progress,
                                        gpointer             user_data,
                                        GCancellable        *cancellable,
                                        GError             **error);

gboolean     vd_demo_scale_from_string (const char          *text,
                                        VdDemoScale         *scale);
const char  *vd_demo_scale_to_string   (VdDemoScale          scale);

G_END_DECLS
