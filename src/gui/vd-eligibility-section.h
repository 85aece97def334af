/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "vd-store.h"

G_BEGIN_DECLS

#define VD_TYPE_ELIGIBILITY_SECTION (vd_eligibility_section_get_type ())
G_DECLARE_FINAL_TYPE (VdEligibilitySection, vd_eligibility_section, VD, ELIGIBILITY_SECTION, AdwBin)

GtkWidget *vd_eligibility_section_new         (void);
void       vd_eligibility_section_show_person (VdEligibilitySection *self,
                                               VdStore              *store,
                                               gint64                person_id);
void       vd_eligibility_section_show_unit   (VdEligibilitySection *self,
                                               VdStore              *store,
                                               gint64                unit_id);
void       vd_eligibility_section_clear       (VdEligibilitySection *self);
int        vd_eligibility_section_get_year    (VdEligibilitySection *self);
void       vd_eligibility_section_set_year    (VdEligibilitySection *self,
                                               int                   year);

G_END_DECLS
