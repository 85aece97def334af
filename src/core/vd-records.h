/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Plain records shown on person and unit pages. Arrays of them come back as
 * GPtrArray with a free function set. */

typedef enum
{
  VD_GRADE_NONE,
  VD_GRADE_EXCELLENT, /* hoàn thành xuất sắc nhiệm vụ */
  VD_GRADE_GOOD,      /* hoàn thành tốt nhiệm vụ */
  VD_GRADE_DONE,      /* hoàn thành nhiệm vụ */
  VD_GRADE_FAILED,    /* không hoàn thành nhiệm vụ */
} VdGrade;

const char *vd_grade_to_string   (VdGrade     grade);  /* "excellent"… as stored */
VdGrade     vd_grade_from_string (const char *text);
const char *vd_grade_label       (VdGrade     grade);  /* translated */

typedef struct
{
  int     year;
  VdGrade grade;
} VdRating;

typedef enum
{
  VD_INITIATIVE_LEVEL_BASE,     /* cơ sở */
  VD_INITIATIVE_LEVEL_MINISTRY, /* bộ, tỉnh */
  VD_INITIATIVE_LEVEL_NATIONAL, /* toàn quốc */
} VdInitiativeLevel;

const char        *vd_initiative_level_to_string   (VdInitiativeLevel level);
VdInitiativeLevel  vd_initiative_level_from_string (const char       *text);
const char        *vd_initiative_level_label       (VdInitiativeLevel level);

typedef struct
{
  gint64             id;
  char              *title;
  int                year;
  VdInitiativeLevel  level;
  char              *recognized_by;
  char              *recognized_on;   /* ISO date or NULL */
  char              *used_for;        /* award kind name it was used for, or NULL */
  char              *authors;         /* full names joined by ", " */
} VdInitiative;

void vd_initiative_free (VdInitiative *initiative);

typedef struct
{
  gint64    id;
  int       year;
  char     *kind_code;        /* "BK_BO" */
  char     *kind_name;        /* "Bằng khen của Bộ trưởng" */
  char     *decision_number;  /* "382/QĐ-BTNMT" or NULL */
  char     *decision_date;    /* ISO date or NULL */
  char     *golden_book_no;   /* or NULL */
  char     *recipient;        /* person full name or unit name */
  gboolean  revoked;
} VdAwardRecord;

void vd_award_record_free (VdAwardRecord *record);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VdInitiative, vd_initiative_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VdAwardRecord, vd_award_record_free)

G_END_DECLS
