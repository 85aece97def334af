/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "vd-records.h"

G_BEGIN_DECLS

/* Rows shared by the person and unit pages. */
GtkWidget *vd_people_rows_new_rating      (const VdRating      *rating);
GtkWidget *vd_people_rows_new_award       (const VdAwardRecord *record);
GtkWidget *vd_people_rows_new_initiative  (const VdInitiative  *initiative);
GtkWidget *vd_people_rows_new_value       (const char          *title,
                                           const char          *value);
void       vd_people_rows_clear           (GtkListBox          *list);
void       vd_people_rows_set_placeholder (GtkListBox          *list,
                                           const char          *text);
void       vd_people_rows_setup_unit_combo (AdwComboRow        *row);
GtkWidget *vd_people_rows_add_hint        (GtkWidget           *field_row);
void       vd_people_rows_set_hint        (GtkWidget           *field_row,
                                           GtkWidget           *hint_row,
                                           const char          *message);

G_END_DECLS
