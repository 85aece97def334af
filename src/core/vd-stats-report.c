/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdStatsReport"

#include "config.h"

#include <string.h>

#include "vd-stats-report.h"
#include "vd-store-pool.h"
#include "vd-text.h"

/* The forms are filled award by award in C: a year holds a few hundred
 * awards at state and ministry level, and sorting each into the form's
 * lines (by subject, position, enterprise, campaign kind) reads better as
 * code than as SQL. The labels are the official Vietnamese wording of
 * Thông tư 02/2023/TT-BNV and are not translated: the form is filed in
 * Vietnamese whatever the user's language. */

#define MAX_DEPTH 64

typedef enum
{
  LINE_HEADING,
  LINE_TOTAL,
  LINE_MINISTRY,
  LINE_PROVINCE,
  LINE_COLLECTIVE,
  LINE_ENTERPRISE,
  LINE_HOUSEHOLD,
  LINE_INDIVIDUAL,
  LINE_LEADER_MINISTRY,
  LINE_LEADER_DEPARTMENT,
  LINE_BUSINESS,
  LINE_LEADER_OTHER,
  LINE_DIRECT,
  LINE_REGULAR,
  LINE_THEMATIC,
  LINE_ADHOC,
  LINE_FOREIGN,
  LINE_CONTRIBUTION,
  LINE_SENIORITY,
  LINE_RESISTANCE,
} Line;

typedef struct
{
  Line        line;
  const char *label;
  int         indent;
} LineDef;

static const LineDef lines_submitter[] = {
  { LINE_HEADING, "1. Phân theo đơn vị trình Thủ tướng Chính phủ", 0 },
  { LINE_MINISTRY, "Bộ, ban, ngành, đoàn thể Trung ương", 1 },
  { LINE_PROVINCE, "Tỉnh, thành phố trực thuộc Trung ương", 1 },
};

static const LineDef lines_common[] = {
  { LINE_HEADING, "Phân theo đối tượng", 0 },
  { LINE_COLLECTIVE, "Tập thể", 1 },
  { LINE_ENTERPRISE, "Trong đó: Doanh nghiệp", 2 },
  { LINE_HOUSEHOLD, "Hộ gia đình", 1 },
  { LINE_INDIVIDUAL, "Cá nhân", 1 },
  { LINE_LEADER_MINISTRY, "Lãnh đạo cấp bộ, cấp tỉnh trở lên", 2 },
  { LINE_LEADER_DEPARTMENT, "Lãnh đạo cấp vụ, sở, ngành và tương đương", 2 },
  { LINE_BUSINESS, "Doanh nhân", 2 },
  { LINE_LEADER_OTHER, "Lãnh đạo khác từ phó phòng trở lên", 2 },
  { LINE_DIRECT, "Người trực tiếp công tác, lao động, học tập, chiến đấu", 2 },
  { LINE_HEADING, "Phân theo phương thức khen thưởng", 0 },
  { LINE_REGULAR, "Thường xuyên", 1 },
  { LINE_THEMATIC, "Chuyên đề", 1 },
  { LINE_ADHOC, "Đột xuất", 1 },
  { LINE_FOREIGN, "Đối ngoại", 1 },
  { LINE_CONTRIBUTION, "Quá trình cống hiến", 1 },
  { LINE_SENIORITY, "Niên hạn", 1 },
  { LINE_RESISTANCE, "Kháng chiến", 1 },
};

/* A column group: the award kind codes it counts (prefix match when the
 * pattern ends in '*'). */
typedef struct
{
  const char *label;
  const char *codes[6];
} FormDef;

static const FormDef forms_0602[] = {
  { "Huân chương, Huy chương các loại", { "HC*", "HUYC*", NULL } },
  { "Giải thưởng Hồ Chí Minh", { "GT_HCM*", NULL } },
  { "Giải thưởng Nhà nước", { "GT_NN*", NULL } },
  { "Danh hiệu vinh dự Nhà nước", { "DHVD*", NULL } },
  { "Cờ thi đua của Chính phủ", { "CO_CP*", NULL } },
  { "Bằng khen của Thủ tướng Chính phủ", { "BK_TTG*", NULL } },
  { "Chiến sĩ thi đua toàn quốc", { "CSTD_TQ*", NULL } },
  { "Các hình thức khác", { "*", NULL } },
};

static const FormDef forms_0603[] = {
  { "Bằng khen", { "BK_BO*", NULL } },
  { "Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh", { "CSTD_BO*", NULL } },
  { "Cờ thi đua cấp bộ, ban, ngành, tỉnh", { "CO_BO*", NULL } },
  { "Huy hiệu, Kỷ niệm chương", { "KNC*", NULL } },
};

typedef struct
{
  gint64  id;
  gint64  parent_id;
  char   *name_fold;
} UnitInfo;

static void
unit_info_free (gpointer data)
{
  UnitInfo *info = data;

  g_free (info->name_fold);
  g_free (info);
}

static void
row_free (gpointer data)
{
  VdReportRow *row = data;

  g_free (row->code);
  g_free (row->label);
  g_free (row);
}

static void
column_free (gpointer data)
{
  VdReportColumn *column = data;

  g_free (column->group);
  g_free (column->label);
  g_free (column);
}

void
vd_stats_report_free (VdStatsReport *report)
{
  if (report == NULL)
    return;
  g_free (report->code);
  g_free (report->title);
  g_free (report->reporter);
  g_clear_pointer (&report->rows, g_ptr_array_unref);
  g_clear_pointer (&report->columns, g_ptr_array_unref);
  g_free (report->values);
  g_free (report);
}

gint64
vd_stats_report_get (const VdStatsReport *report,
                     guint                row,
                     guint                column)
{
  g_return_val_if_fail (row < report->rows->len && column < report->columns->len, 0);
  return report->values[row * report->columns->len + column];
}

gboolean
vd_report_form_from_string (const char   *text,
                            VdReportForm *form)
{
  if (g_str_has_prefix (text, "0602"))
    *form = VD_REPORT_FORM_0602;
  else if (g_str_has_prefix (text, "0603"))
    *form = VD_REPORT_FORM_0603;
  else
    return FALSE;
  return TRUE;
}

static gboolean
code_matches (const char *code,
              const char *pattern)
{
  gsize n = strlen (pattern);

  if (n > 0 && pattern[n - 1] == '*')
    return strncmp (code, pattern, n - 1) == 0;
  return strcmp (code, pattern) == 0;
}

/* The column group an award kind falls in, or -1 when the form does not
 * count it. */
static int
form_of (const FormDef *forms,
         guint          n_forms,
         const char    *code)
{
  for (guint f = 0; f < n_forms; f++)
    for (guint i = 0; forms[f].codes[i] != NULL; i++)
      if (code_matches (code, forms[f].codes[i]))
        return (int) f;
  return -1;
}

static gboolean
starts_with_any (const char         *text,
                 const char * const *prefixes)
{
  for (guint i = 0; prefixes[i] != NULL; i++)
    if (g_str_has_prefix (text, prefixes[i]))
      return TRUE;
  return FALSE;
}

/* The line of the individual breakdown a position belongs to, from its
 * title: the archive keeps positions as free text, so the usual titles of
 * a ministry are recognised, diacritics and case ignored. */
static Line
leader_line (const char *position_fold,
             gboolean    in_enterprise)
{
  static const char * const ministry[] = { "bo truong", "thu truong", "tong cuc truong", NULL };
  static const char * const department[] = {
    "vu truong", "pho vu truong", "cuc truong", "pho cuc truong", "pho tong cuc truong",
    "chanh van phong", "pho chanh van phong", "chanh thanh tra", "pho chanh thanh tra",
    "giam doc", "pho giam doc", "vien truong", "pho vien truong", "hieu truong", "pho hieu truong",
    "tong bien tap", "pho tong bien tap", "tong giam doc", "pho tong giam doc", NULL
  };
  static const char * const other[] = {
    "truong ", "pho truong ", "chu nhiem", "pho chu nhiem", "to truong", "quan doc", "pho quan doc", NULL
  };

  if (starts_with_any (position_fold, ministry))
    return LINE_LEADER_MINISTRY;
  if (in_enterprise && strstr (position_fold, "giam doc") != NULL)
    return LINE_BUSINESS;
  if (starts_with_any (position_fold, department))
    return LINE_LEADER_DEPARTMENT;
  if (starts_with_any (position_fold, other))
    return LINE_LEADER_OTHER;
  return LINE_HEADING;
}

/* A unit is an enterprise when it or a unit above it is a company. */
static gboolean
in_enterprise (GHashTable *units,
               gint64      unit_id)
{
  gint64 id = unit_id;

  for (int depth = 0; depth < MAX_DEPTH && id != 0; depth++)
    {
      UnitInfo *info = g_hash_table_lookup (units, &id);

      if (info == NULL)
        return FALSE;
      if (g_str_has_prefix (info->name_fold, "cong ty") || g_str_has_prefix (info->name_fold, "tong cong ty"))
        return TRUE;
      id = info->parent_id;
    }
  return FALSE;
}

static GHashTable *
load_units (VdStore  *store,
            char    **top_name,
            GError  **error)
{
  g_autoptr(GHashTable) units = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, unit_info_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = vd_store_prepare (store,
                           "SELECT id, coalesce (parent_id, 0), name FROM units ORDER BY parent_id IS NOT NULL, sort_order, id",
                           error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      UnitInfo *info = g_new0 (UnitInfo, 1);
      const char *name = (const char *) sqlite3_column_text (stmt, 2);

      info->id = sqlite3_column_int64 (stmt, 0);
      info->parent_id = sqlite3_column_int64 (stmt, 1);
      info->name_fold = vd_text_fold (name ? name : "");
      if (*top_name == NULL && info->parent_id == 0)
        *top_name = g_strdup (name);
      g_hash_table_insert (units, &info->id, info);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      vd_store_set_error (store, error);
      return NULL;
    }
  return g_steal_pointer (&units);
}

static void
add_row (VdStatsReport *report,
         const LineDef *def,
         guint         *code,
         GArray        *line_of_row)
{
  VdReportRow *row = g_new0 (VdReportRow, 1);

  row->label = g_strdup (def->label);
  row->indent = def->indent;
  row->heading = def->line == LINE_HEADING;
  if (!row->heading)
    row->code = g_strdup_printf ("%02u", ++(*code));
  g_ptr_array_add (report->rows, row);
  g_array_append_val (line_of_row, def->line);
}

static void
add_column (VdStatsReport *report,
            const char    *group,
            const char    *label)
{
  VdReportColumn *column = g_new0 (VdReportColumn, 1);

  column->group = g_strdup (group);
  column->label = g_strdup (label);
  g_ptr_array_add (report->columns, column);
}

/* Numbers the headings "1.", "2.", "3." in the order they appear: 0603 has
 * no submitter section, so its subject section is the first. */
static void
number_headings (VdStatsReport *report)
{
  guint n = 0;

  for (guint i = 0; i < report->rows->len; i++)
    {
      VdReportRow *row = g_ptr_array_index (report->rows, i);
      g_autofree char *old = NULL;
      const char *text;

      if (!row->heading)
        continue;
      old = g_steal_pointer (&row->label);
      text = old;
      n++;
      if (g_ascii_isdigit (text[0]) && strchr (text, ' ') != NULL)
        text = strchr (text, ' ') + 1;
      row->label = g_strdup_printf ("%u. %s", n, text);
    }
}

/**
 * vd_stats_report_compute:
 * @year: the reporting year
 *
 * Fills form @form for @year. Revoked awards do not count. The archive
 * belongs to one ministry, so every state-level award was submitted by a
 * ministry (line 02); awards proposed in a dossier of a thematic or phase
 * campaign count as "Chuyên đề", all others as "Thường xuyên" — the archive
 * records no other method.
 *
 * Returns: (transfer full): the filled form
 */
VdStatsReport *
vd_stats_report_compute (VdStore       *store,
                         VdReportForm   form,
                         int            year,
                         GError       **error)
{
  g_autoptr(VdStatsReport) report = g_new0 (VdStatsReport, 1);
  g_autoptr(GHashTable) units = NULL;
  g_autoptr(GArray) line_of_row = g_array_new (FALSE, FALSE, sizeof (Line));
  const FormDef *forms = form == VD_REPORT_FORM_0602 ? forms_0602 : forms_0603;
  guint n_forms = form == VD_REPORT_FORM_0602 ? G_N_ELEMENTS (forms_0602) : G_N_ELEMENTS (forms_0603);
  gboolean pairs = form == VD_REPORT_FORM_0602;
  LineDef total = { LINE_TOTAL, "Tổng số", 0 };
  sqlite3_stmt *stmt;
  guint code = 0, n_columns;
  int rc;

  g_return_val_if_fail (VD_IS_STORE (store), NULL);

  report->form = form;
  report->year = year;
  report->code = g_strdup (form == VD_REPORT_FORM_0602 ? "0602.N/BNV-TĐKT" : "0603.N/BNV-TĐKT");
  report->title = g_strdup (form == VD_REPORT_FORM_0602
                            ? "SỐ LƯỢNG KHEN THƯỞNG CẤP NHÀ NƯỚC"
                            : "SỐ LƯỢNG KHEN THƯỞNG CẤP BỘ, BAN, NGÀNH, ĐOÀN THỂ TRUNG ƯƠNG VÀ TỈNH");
  report->rows = g_ptr_array_new_with_free_func (row_free);
  report->columns = g_ptr_array_new_with_free_func (column_free);

  units = load_units (store, &report->reporter, error);
  if (units == NULL)
    return NULL;
  if (report->reporter == NULL)
    report->reporter = g_strdup ("");

  add_row (report, &total, &code, line_of_row);
  if (form == VD_REPORT_FORM_0602)
    for (guint i = 0; i < G_N_ELEMENTS (lines_submitter); i++)
      add_row (report, &lines_submitter[i], &code, line_of_row);
  for (guint i = 0; i < G_N_ELEMENTS (lines_common); i++)
    add_row (report, &lines_common[i], &code, line_of_row);
  number_headings (report);

  add_column (report, NULL, "Tổng số");
  for (guint f = 0; f < n_forms; f++)
    {
      if (pairs)
        {
          add_column (report, forms[f].label, "Tập thể");
          add_column (report, forms[f].label, "Cá nhân");
        }
      else
        add_column (report, NULL, forms[f].label);
    }
  n_columns = report->columns->len;
  report->values = g_new0 (gint64, (gsize) report->rows->len * n_columns);

  stmt = vd_store_prepare (store,
                           "SELECT k.code, a.person_id IS NOT NULL, coalesce (p.position, ''),"
                           " coalesce (p.direct_worker, 0), coalesce (a.unit_id, p.unit_id),"
                           " coalesce (c.kind, '')"
                           " FROM awards a JOIN award_kinds k ON k.id = a.award_kind_id"
                           " LEFT JOIN people p ON p.id = a.person_id"
                           " LEFT JOIN nominations n ON n.id = a.nomination_id"
                           " LEFT JOIN dossiers d ON d.id = n.dossier_id"
                           " LEFT JOIN campaigns c ON c.id = d.campaign_id"
                           " WHERE a.revoked = 0 AND a.year = ?1 AND k.level = ?2",
                           error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, year);
  sqlite3_bind_text (stmt, 2, form == VD_REPORT_FORM_0602 ? "state" : "ministry", -1, SQLITE_STATIC);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *kind_code = (const char *) sqlite3_column_text (stmt, 0);
      gboolean individual = sqlite3_column_int (stmt, 1);
      g_autofree char *position = vd_text_fold ((const char *) sqlite3_column_text (stmt, 2));
      gboolean direct = sqlite3_column_int (stmt, 3);
      gint64 unit_id = sqlite3_column_int64 (stmt, 4);
      const char *campaign_kind = (const char *) sqlite3_column_text (stmt, 5);
      gboolean enterprise = in_enterprise (units, unit_id);
      int f = form_of (forms, n_forms, kind_code ? kind_code : "");
      guint column;
      Line lines[6];
      guint n_lines = 0;

      if (f < 0)
        continue;
      column = pairs ? 1 + 2 * (guint) f + (individual ? 1 : 0) : 1 + (guint) f;

      lines[n_lines++] = LINE_TOTAL;
      lines[n_lines++] = LINE_MINISTRY;
      if (individual)
        {
          Line leader = direct ? LINE_DIRECT : leader_line (position, enterprise);

          lines[n_lines++] = LINE_INDIVIDUAL;
          if (leader != LINE_HEADING)
            lines[n_lines++] = leader;
        }
      else
        {
          lines[n_lines++] = LINE_COLLECTIVE;
          if (enterprise)
            lines[n_lines++] = LINE_ENTERPRISE;
        }
      lines[n_lines++] = g_strcmp0 (campaign_kind, "thematic") == 0 || g_strcmp0 (campaign_kind, "phase") == 0
        ? LINE_THEMATIC : LINE_REGULAR;

      for (guint r = 0; r < line_of_row->len; r++)
        for (guint i = 0; i < n_lines; i++)
          if (g_array_index (line_of_row, Line, r) == lines[i])
            {
              report->values[r * n_columns + column]++;
              report->values[r * n_columns + 0]++;
            }
    }
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  if (rc != SQLITE_DONE)
    {
      vd_store_set_error (store, error);
      return NULL;
    }
  return g_steal_pointer (&report);
}

typedef struct
{
  VdReportForm form;
  int          year;
} ReportData;

static void
report_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  VdStore *store = source_object;
  ReportData *data = task_data;
  g_autoptr(VdStore) worker = NULL;
  VdStatsReport *report;
  GError *error = NULL;

  worker = vd_store_pool_acquire (store, &error);
  if (worker == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  report = vd_stats_report_compute (worker, data->form, data->year, &error);
  vd_store_pool_release (store, g_steal_pointer (&worker));
  if (report == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, report, (GDestroyNotify) vd_stats_report_free);
}

void
vd_stats_report_compute_async (VdStore            *store,
                               VdReportForm        form,
                               int                 year,
                               GCancellable       *cancellable,
                               GAsyncReadyCallback callback,
                               gpointer            user_data)
{
  g_autoptr(GTask) task = NULL;
  ReportData *data = g_new0 (ReportData, 1);

  data->form = form;
  data->year = year;
  task = g_task_new (store, cancellable, callback, user_data);
  g_task_set_source_tag (task, vd_stats_report_compute_async);
  g_task_set_task_data (task, data, g_free);
  g_task_run_in_thread (task, report_thread);
}

VdStatsReport *
vd_stats_report_compute_finish (VdStore       *store,
                                GAsyncResult  *result,
                                GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, store), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}
