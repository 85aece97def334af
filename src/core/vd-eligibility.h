/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "vd-records.h"
#include "vd-rules.h"
#include "vd-store.h"

G_BEGIN_DECLS

/* Eligibility: which titles and forms a person or a unit qualifies for in a
 * year, under the rule set in force, with the reasons in plain words and the
 * records each reason used. The evaluator works on an in-memory record
 * (VdEligibilityRecord), so it is tested without an archive; the loaders
 * below fill records from the archive. */

typedef enum
{
  VD_ELIGIBILITY_ELIGIBLE,
  VD_ELIGIBILITY_NOT_YET,
  VD_ELIGIBILITY_BLOCKED,
  VD_ELIGIBILITY_NO_RULE,   /* the rule set has no rule for this award kind */
} VdEligibilityStatus;

const char *vd_eligibility_status_label (VdEligibilityStatus status);   /* translated */

typedef enum
{
  VD_ELIGIBILITY_REF_AWARD,
  VD_ELIGIBILITY_REF_RATING,
  VD_ELIGIBILITY_REF_INITIATIVE,
  VD_ELIGIBILITY_REF_DISCIPLINE,
  VD_ELIGIBILITY_REF_LEAVE,
  VD_ELIGIBILITY_REF_MEMBERS,
} VdEligibilityRefKind;

/* One record a reason used. @id is the award's or initiative's row id (0
 * for a projected or in-memory one), @year the year it belongs to. */
typedef struct
{
  VdEligibilityRefKind  kind;
  gint64                id;
  int                   year;
  char                 *label;     /* "Chiến sĩ thi đua cơ sở 2023 · 12/QĐ-BTNMT" */
} VdEligibilityRef;

typedef struct
{
  gboolean   met;
  gboolean   unconfirmed;   /* uses a value the reference marks unconfirmed */
  char      *text;          /* translated, names the years and the records */
  GPtrArray *refs;          /* VdEligibilityRef* */
} VdEligibilityReason;

typedef struct
{
  char                *award_code;
  char                *award_name;
  int                  rank;
  VdEligibilityStatus  status;
  int                  year;
  gboolean             unconfirmed;
  gboolean             awarded;        /* already received for @year */
  char                *basis;          /* article the rule applies, or NULL */
  char                *note;           /* what the check cannot see, or NULL */
  char                *rule_set_id;
  char                *rule_set_title;
  GPtrArray           *reasons;        /* VdEligibilityReason*, in rule order */
} VdEligibilityResult;

void   vd_eligibility_result_free       (VdEligibilityResult *result);
char  *vd_eligibility_result_dup_missing (const VdEligibilityResult *result);  /* unmet reasons joined by "; " */
char  *vd_eligibility_result_dup_met    (const VdEligibilityResult *result);

/* ---- Records */

typedef struct _VdEligibilityRecord VdEligibilityRecord;

VdEligibilityRecord *vd_eligibility_record_new            (VdRuleSubject          subject,
                                                           gint64                 id,
                                                           const char            *name);
void                 vd_eligibility_record_free           (VdEligibilityRecord   *record);
VdRuleSubject        vd_eligibility_record_get_subject    (const VdEligibilityRecord *record);
gint64               vd_eligibility_record_get_id         (const VdEligibilityRecord *record);
const char          *vd_eligibility_record_get_name       (const VdEligibilityRecord *record);
gint64               vd_eligibility_record_get_unit_id    (const VdEligibilityRecord *record);
const char          *vd_eligibility_record_get_unit_name  (const VdEligibilityRecord *record);
void                 vd_eligibility_record_set_unit       (VdEligibilityRecord   *record,
                                                           gint64                 unit_id,
                                                           const char            *unit_name);
void                 vd_eligibility_record_add_rating     (VdEligibilityRecord   *record,
                                                           int                    year,
                                                           VdGrade                grade);
void                 vd_eligibility_record_add_award      (VdEligibilityRecord   *record,
                                                           gint64                 id,
                                                           const char            *code,
                                                           int                    year,
                                                           const char            *decision_number);
void                 vd_eligibility_record_add_initiative (VdEligibilityRecord   *record,
                                                           gint64                 id,
                                                           const char            *title,
                                                           int                    year,
                                                           VdInitiativeLevel      level,
                                                           const char            *used_for);   /* award kind name, NULL if unused */
void                 vd_eligibility_record_add_discipline (VdEligibilityRecord   *record,
                                                           const char            *from,
                                                           const char            *to,
                                                           const char            *note);
void                 vd_eligibility_record_add_leave      (VdEligibilityRecord   *record,
                                                           const char            *from,
                                                           const char            *to);
void                 vd_eligibility_record_set_members    (VdEligibilityRecord   *record,
                                                           int                    year,
                                                           const char            *what,   /* "people", "rating:done", "title:LDTT" */
                                                           int                    count);
gboolean             vd_eligibility_record_has_award      (const VdEligibilityRecord *record,
                                                           const char            *code,
                                                           int                    year);
VdEligibilityRecord *vd_eligibility_record_project        (const VdEligibilityRecord *record,
                                                           const VdRuleSet       *set,
                                                           int                    year);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VdEligibilityRecord, vd_eligibility_record_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VdEligibilityResult, vd_eligibility_result_free)

/* ---- Evaluation */

/* Award kind names by code, for reasons and results; the catalogue's. */
typedef struct _VdEligibilityKinds VdEligibilityKinds;

VdEligibilityKinds  *vd_eligibility_kinds_new             (void);
void                 vd_eligibility_kinds_free            (VdEligibilityKinds    *kinds);
void                 vd_eligibility_kinds_add             (VdEligibilityKinds    *kinds,
                                                           const char            *code,
                                                           const char            *name,
                                                           VdRuleSubject          subject,
                                                           int                    rank);
VdEligibilityKinds  *vd_eligibility_kinds_load            (VdStore               *store,
                                                           GError               **error);
const char          *vd_eligibility_kinds_get_name        (const VdEligibilityKinds *kinds,
                                                           const char            *code);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VdEligibilityKinds, vd_eligibility_kinds_free)

VdEligibilityResult *vd_eligibility_check                 (const VdEligibilityRecord *record,
                                                           const VdRuleSet       *set,
                                                           const char            *code,
                                                           int                    year,
                                                           const VdEligibilityKinds *kinds);
VdEligibilityResult *vd_eligibility_check_quiet           (const VdEligibilityRecord *record,
                                                           const VdRuleSet       *set,
                                                           const VdRule          *rule,
                                                           int                    year);
GPtrArray           *vd_eligibility_check_all             (const VdEligibilityRecord *record,
                                                           const VdRuleSet       *set,
                                                           int                    year,
                                                           const VdEligibilityKinds *kinds);

/* ---- From the archive (vd-eligibility-store.c) */

int                  vd_eligibility_default_year          (VdStore               *store);
VdEligibilityRecord *vd_eligibility_load_person           (VdStore               *store,
                                                           gint64                 person_id,
                                                           GError               **error);
VdEligibilityRecord *vd_eligibility_load_unit             (VdStore               *store,
                                                           gint64                 unit_id,
                                                           int                    year,
                                                           GError               **error);
GPtrArray           *vd_eligibility_check_person          (VdStore               *store,
                                                           GPtrArray             *rule_sets,
                                                           gint64                 person_id,
                                                           int                    year,
                                                           GError               **error);
GPtrArray           *vd_eligibility_check_unit            (VdStore               *store,
                                                           GPtrArray             *rule_sets,
                                                           gint64                 unit_id,
                                                           int                    year,
                                                           GError               **error);
VdEligibilityResult *vd_eligibility_check_nomination      (VdStore               *store,
                                                           GPtrArray             *rule_sets,
                                                           gint64                 nomination_id,
                                                           GError               **error);

/* ---- Quotas */

typedef struct
{
  char     *code;
  char     *name;
  char     *of_code;
  char     *of_name;
  int       count;        /* awarded in the unit's subtree for the year */
  int       of_count;
  int       cap;          /* floor (ratio × of_count); -1 when the parameter is "none" */
  double    ratio;
  gboolean  unconfirmed;
  char     *source;
} VdEligibilityQuota;

void        vd_eligibility_quota_free    (VdEligibilityQuota *quota);
GPtrArray  *vd_eligibility_list_quotas   (VdStore            *store,
                                          GPtrArray          *rule_sets,
                                          gint64              unit_id,
                                          int                 year,
                                          GError            **error);
char       *vd_eligibility_quota_dup_text (const VdEligibilityQuota *quota, int year);

/* ---- Planning report (vd-eligibility-plan.c) */

typedef enum
{
  VD_ELIGIBILITY_PLAN_NOW,
  VD_ELIGIBILITY_PLAN_NEXT_YEAR,
} VdEligibilityPlanWhen;

typedef struct
{
  VdRuleSubject          subject;
  gint64                 id;
  char                  *name;
  char                  *unit_name;
  char                  *award_code;
  char                  *award_name;
  int                    rank;
  VdEligibilityPlanWhen  when;
  char                  *missing;    /* what is missing now, NULL when eligible now */
  char                  *met;        /* the reasons met */
  gboolean               unconfirmed;
} VdEligibilityPlanRow;

void        vd_eligibility_plan_row_free (VdEligibilityPlanRow *row);
const char *vd_eligibility_plan_when_label (VdEligibilityPlanWhen when);

GPtrArray  *vd_eligibility_plan          (VdStore            *store,
                                          GPtrArray          *rule_sets,
                                          gint64              unit_id,   /* 0: the whole archive */
                                          int                 year,
                                          GCancellable       *cancellable,
                                          GError            **error);
void        vd_eligibility_plan_async    (VdStore            *store,
                                          gint64              unit_id,
                                          int                 year,
                                          GCancellable       *cancellable,
                                          GAsyncReadyCallback callback,
                                          gpointer            user_data);
GPtrArray  *vd_eligibility_plan_finish   (VdStore            *store,
                                          GAsyncResult       *result,
                                          GError            **error);
gboolean    vd_eligibility_plan_write_csv  (GPtrArray        *rows,
                                            int               year,
                                            const char       *path,
                                            GError          **error);
gboolean    vd_eligibility_plan_write_xlsx (GPtrArray        *rows,
                                            int               year,
                                            const char       *title,
                                            const char       *path,
                                            GError          **error);

G_END_DECLS
