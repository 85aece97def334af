/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Between the award rules (vd-demo-awards.c), which decide who earns what in
 * a year, and the writer (vd-demo-awards-write.c), which turns those grants
 * into dossiers, nominations, decisions and award rows. */

#include "vd-demo-private.h"

G_BEGIN_DECLS

typedef enum
{
  VD_DEMO_LEVEL_BASE,       /* decided by the unit's head (or the ministry for its Vụ) */
  VD_DEMO_LEVEL_MINISTRY,   /* proposed in a dossier, decided by the minister */
  VD_DEMO_LEVEL_STATE,      /* proposed by the ministry, decided by the PM or the President */
} VdDemoLevel;

typedef enum
{
  VD_DEMO_OCCASION_ANNUAL,
  VD_DEMO_OCCASION_ANNIVERSARY,  /* the ministry's 20th anniversary, 2022 */
  VD_DEMO_OCCASION_COVID,        /* COVID-19 work, 2020–2021 */
} VdDemoOccasion;

typedef struct
{
  const char  *code;
  VdDemoLevel  level;
  gboolean     collective;
  const char  *name;   /* as a decision names it */
  const char  *verb;   /* "công nhận danh hiệu", "tặng danh hiệu" or "tặng" */
} VdDemoKindInfo;

typedef struct
{
  int             person;      /* -1 for a unit */
  int             unit;        /* the unit honoured, or the person's unit */
  VdDemoKind      kind;
  VdDemoOccasion  occasion;
  gboolean        rejected;    /* proposed, but the council voted it down */
  int             initiative;  /* index of the initiative it relies on, -1 */
  char           *text;        /* achievement summary, also the citation */
  int             group;       /* issuer, submitter or ministry: one decision per group and kind */
  gint64          nomination_id;
  gint64          award_id;
} VdDemoGrant;

typedef struct
{
  int          lead;
  int          co[2];
  int          n_co;
  const char  *level;          /* 'base', 'ministry', 'national' */
  char        *title;
  char        *recognized_on;
  int          grant;          /* grant it was used for, -1 */
} VdDemoInitiative;

typedef struct
{
  VdDemoContext *ctx;
  int            year;
  int            yi;
  GArray        *grants;       /* VdDemoGrant */
  GArray        *initiatives;  /* VdDemoInitiative */
  int            golden;       /* next golden book number of the year */
} VdDemoYear;

extern const VdDemoKindInfo vd_demo_kinds[VD_DEMO_N_KINDS];

gboolean  vd_demo_year_write  (VdDemoYear     *year,
                               VdDemoRng      *rng,
                               GError        **error);

G_END_DECLS
