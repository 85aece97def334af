/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "vd-store.h"

G_BEGIN_DECLS

/* The annual statistics forms of Thông tư 02/2023/TT-BNV that count awards:
 * biểu 0602.N/BNV-TĐKT (state level) and 0603.N/BNV-TĐKT (ministry level),
 * filled from the archive for one year. */

typedef enum
{
  VD_REPORT_FORM_0602,
  VD_REPORT_FORM_0603,
} VdReportForm;

typedef struct
{
  char     *code;    /* "01", "02"… (mã số) */
  char     *label;   /* Vietnamese, as on the form */
  int       indent;  /* 0 for a heading or total, 1 and 2 for detail lines */
  gboolean  heading; /* a section title without figures */
} VdReportRow;

typedef struct
{
  char *group;  /* the form name above a pair of columns, or NULL */
  char *label;  /* "Tổng số", "Tập thể", "Cá nhân" */
} VdReportColumn;

/**
 * VdStatsReport:
 * @values: rows->len × columns->len, row-major; heading rows hold 0
 */
typedef struct
{
  VdReportForm  form;
  int           year;
  char         *code;        /* "0602.N/BNV-TĐKT" */
  char         *title;       /* "SỐ LƯỢNG KHEN THƯỞNG CẤP NHÀ NƯỚC" */
  char         *reporter;    /* the archive's top unit, "Bộ Tài nguyên và Môi trường" */
  GPtrArray    *rows;        /* VdReportRow* */
  GPtrArray    *columns;     /* VdReportColumn* */
  gint64       *values;
} VdStatsReport;

void           vd_stats_report_free        (VdStatsReport *report);
gint64         vd_stats_report_get         (const VdStatsReport *report,
                                            guint                row,
                                            guint                column);
VdStatsReport *vd_stats_report_compute     (VdStore       *store,
                                            VdReportForm   form,
                                            int            year,
                                            GError       **error);
void           vd_stats_report_compute_async  (VdStore            *store,
                                               VdReportForm        form,
                                               int                 year,
                                               GCancellable       *cancellable,
                                               GAsyncReadyCallback callback,
                                               gpointer            user_data);
VdStatsReport *vd_stats_report_compute_finish (VdStore            *store,
                                               GAsyncResult       *result,
                                               GError            **error);
gboolean       vd_report_form_from_string  (const char    *text,
                                            VdReportForm  *form);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VdStatsReport, vd_stats_report_free)

G_END_DECLS
