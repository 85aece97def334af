/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "vd-records.h"

G_BEGIN_DECLS

/* Rule sets: the legal criteria of emulation titles and award forms as data
 * (the .rules files of data/rules, one per legal basis), read by a small line
 * parser. The format is described in data/rules/README.md. A rule set is
 * immutable once parsed and may be shared between threads. */

#define VD_RULES_ERROR (vd_rules_error_quark ())

typedef enum
{
  VD_RULES_ERROR_PARSE,   /* the message names the file and the line */
  VD_RULES_ERROR_NONE,    /* no rule set in force for a date */
} VdRulesError;

typedef enum
{
  VD_RULE_SUBJECT_PERSON,
  VD_RULE_SUBJECT_UNIT,
} VdRuleSubject;

typedef enum
{
  VD_REQUIREMENT_STREAK_TITLE,   /* streak title CODE[|CODE…] N */
  VD_REQUIREMENT_STREAK_RATING,  /* streak rating GRADE N */
  VD_REQUIREMENT_COUNT_TITLE,    /* count title CODE N window W */
  VD_REQUIREMENT_COUNT_RATING,   /* count rating GRADE N window W */
  VD_REQUIREMENT_HELD_BEFORE,    /* held CODE[|CODE…] before-window W */
  VD_REQUIREMENT_INITIATIVES,    /* initiatives LEVEL N window W */
  VD_REQUIREMENT_WAIT,           /* wait CODE N */
  VD_REQUIREMENT_MEMBERS_RATING, /* members rating GRADE ratio|ratio-over R */
  VD_REQUIREMENT_MEMBERS_TITLE,  /* members title CODE ratio|ratio-over R, or count N */
  VD_REQUIREMENT_ANY_OF,         /* any-of … end */
} VdRequirementKind;

/**
 * VdRuleParam:
 * A value the law leaves open or that the reference marks UNCONFIRMED:
 * named, with its source, so it is never silent law. @none is set when the
 * value is "none" (no cap).
 */
typedef struct
{
  char     *name;
  double    value;
  gboolean  none;
  gboolean  unconfirmed;
  char     *source;
  int       line;
} VdRuleParam;

typedef struct _VdRequirement VdRequirement;

struct _VdRequirement
{
  VdRequirementKind   kind;
  const char        **codes;         /* interned award kind codes, NULL-terminated */
  VdGrade             grade;         /* at least this grade */
  VdInitiativeLevel   level;         /* at least this level */
  int                 n;             /* length, count, or years to wait */
  int                 window;        /* years ending at the evaluated year */
  double              ratio;         /* members: share needed, < 0 when @n is a count */
  gboolean            strictly_more; /* members: "ratio-over" (more than), else "at least" */
  const VdRuleParam  *param;         /* the parameter a number came from, or NULL */
  GPtrArray          *alternatives;  /* any-of: VdRequirement* */
  int                 line;
};

typedef struct
{
  const char    *code;               /* interned */
  VdRuleSubject  subject;
  char          *basis;              /* legal article, as the file says */
  char          *note;               /* NULL, or why a value is open */
  gboolean       discipline_blocks;
  gboolean       unconfirmed;        /* marked so, or uses an unconfirmed parameter */
  GPtrArray     *requirements;       /* VdRequirement* */
  int            line;
} VdRule;

/* A cap of one title against another in a unit and year, e.g. CSTĐCS
 * against LĐTT; the count allowed is rounded down, as peers do. */
typedef struct
{
  const char        *code;
  const char        *of_code;
  const VdRuleParam *param;
  int                line;
} VdQuota;

typedef struct
{
  gatomicrefcount  ref_count;
  char            *id;
  char            *title;
  char            *source;
  char            *file;
  char            *in_force_from;   /* ISO date */
  char            *in_force_to;     /* ISO date, NULL while in force */
  gboolean         streaks_cross_bases;
  gboolean         maternity_leave_counts;
  const char     **keep_titles;     /* interned; repeated when projecting a year ahead */
  GPtrArray       *params;          /* VdRuleParam* */
  GPtrArray       *rules;           /* VdRule* */
  GPtrArray       *quotas;          /* VdQuota* */
} VdRuleSet;

GQuark         vd_rules_error_quark       (void);

VdRuleSet     *vd_rule_set_parse          (const char        *text,
                                           gssize             length,
                                           const char        *file_name,
                                           GError           **error);
VdRuleSet     *vd_rule_set_load_file      (GFile             *file,
                                           GError           **error);
VdRuleSet     *vd_rule_set_ref            (VdRuleSet         *set);
void           vd_rule_set_unref          (VdRuleSet         *set);
const VdRule  *vd_rule_set_lookup         (const VdRuleSet   *set,
                                           const char        *code);
gboolean       vd_rule_set_in_force       (const VdRuleSet   *set,
                                           const char        *iso_date);
gboolean       vd_rule_set_has_unconfirmed (const VdRuleSet  *set);

GPtrArray     *vd_rule_sets_load          (const char * const *extra_dirs,
                                           GError           **error);
GPtrArray     *vd_rule_sets_get_default   (void);
VdRuleSet     *vd_rule_sets_find          (GPtrArray         *sets,
                                           const char        *iso_date,
                                           GError           **error);
VdRuleSet     *vd_rule_sets_find_for_year (GPtrArray         *sets,
                                           int                year,
                                           GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VdRuleSet, vd_rule_set_unref)

G_END_DECLS
