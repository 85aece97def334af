/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdRecords"

#include "config.h"

#include <glib/gi18n.h>

#include "vd-records-private.h"

static const char * const grade_strings[] = {
  [VD_GRADE_NONE]      = "",
  [VD_GRADE_EXCELLENT] = "excellent",
  [VD_GRADE_GOOD]      = "good",
  [VD_GRADE_DONE]      = "done",
  [VD_GRADE_FAILED]    = "failed",
};

static const char * const level_strings[] = {
  [VD_INITIATIVE_LEVEL_BASE]     = "base",
  [VD_INITIATIVE_LEVEL_MINISTRY] = "ministry",
  [VD_INITIATIVE_LEVEL_NATIONAL] = "national",
};

/**
 * vd_grade_to_string:
 *
 * The text the archive stores; "" for %VD_GRADE_NONE, which is never stored.
 */
const char *
vd_grade_to_string (VdGrade grade)
{
  if (grade < VD_GRADE_NONE || grade > VD_GRADE_FAILED)
    grade = VD_GRADE_NONE;
  return grade_strings[grade];
}

VdGrade
vd_grade_from_string (const char *text)
{
  if (text == NULL || text[0] == '\0')
    return VD_GRADE_NONE;
  for (guint i = VD_GRADE_EXCELLENT; i < G_N_ELEMENTS (grade_strings); i++)
    if (g_strcmp0 (text, grade_strings[i]) == 0)
      return i;
  return VD_GRADE_NONE;
}

const char *
vd_grade_label (VdGrade grade)
{
  switch (grade)
    {
    case VD_GRADE_EXCELLENT:
      return _("Excellent task completion");
    case VD_GRADE_GOOD:
      return _("Good task completion");
    case VD_GRADE_DONE:
      return _("Task completed");
    case VD_GRADE_FAILED:
      return _("Task not completed");
    case VD_GRADE_NONE:
    default:
      return _("Not rated");
    }
}

const char *
vd_initiative_level_to_string (VdInitiativeLevel level)
{
  if (level < VD_INITIATIVE_LEVEL_BASE || level > VD_INITIATIVE_LEVEL_NATIONAL)
    level = VD_INITIATIVE_LEVEL_BASE;
  return level_strings[level];
}

VdInitiativeLevel
vd_initiative_level_from_string (const char *text)
{
  for (guint i = 0; i < G_N_ELEMENTS (level_strings); i++)
    if (g_strcmp0 (text, level_strings[i]) == 0)
      return i;
  return VD_INITIATIVE_LEVEL_BASE;
}

const char *
vd_initiative_level_label (VdInitiativeLevel level)
{
  switch (level)
    {
    case VD_INITIATIVE_LEVEL_MINISTRY:
      return _("Ministry or province");
    case VD_INITIATIVE_LEVEL_NATIONAL:
      return _("National");
    case VD_INITIATIVE_LEVEL_BASE:
    default:
      return _("Grassroots");
    }
}

void
vd_initiative_free (VdInitiative *initiative)
{
  if (initiative == NULL)
    return;
  g_free (initiative->title);
  g_free (initiative->recognized_by);
  g_free (initiative->recognized_on);
  g_free (initiative->used_for);
  g_free (initiative->authors);
  g_free (initiative);
}

void
vd_award_record_free (VdAwardRecord *record)
{
  if (record == NULL)
    return;
  g_free (record->kind_code);
  g_free (record->kind_name);
  g_free (record->decision_number);
  g_free (record->decision_date);
  g_free (record->golden_book_no);
  g_free (record->recipient);
  g_free (record);
}

static char *
dup_column_or_null (sqlite3_stmt *stmt,
                    int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return (text != NULL && text[0] != '\0') ? g_strdup (text) : NULL;
}

/**
 * vd_award_record_new_from_row:
 * @stmt: a row of a query selecting %VD_AWARD_RECORD_COLUMNS first
 * @recipient: the person's full name or the unit's name
 */
VdAwardRecord *
vd_award_record_new_from_row (sqlite3_stmt *stmt,
                              const char   *recipient)
{
  VdAwardRecord *record = g_new0 (VdAwardRecord, 1);

  record->id = sqlite3_column_int64 (stmt, 0);
  record->year = sqlite3_column_int (stmt, 1);
  record->kind_code = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
  record->kind_name = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
  record->decision_number = dup_column_or_null (stmt, 4);
  record->decision_date = dup_column_or_null (stmt, 5);
  record->golden_book_no = dup_column_or_null (stmt, 6);
  record->revoked = sqlite3_column_int (stmt, 7) != 0;
  record->recipient = g_strdup (recipient ? recipient : "");
  return record;
}
