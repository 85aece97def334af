/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdReportRender"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <pango/pangocairo.h>
#include <string.h>
#include <xlsxwriter.h>

#include "vd-chart.h"
#include "vd-report-render.h"

/* The layout of biểu 0602.N and 0603.N as Thông tư 02/2023/TT-BNV prints
 * them: the form's code and legal basis top left, the title and year in
 * the middle, the reporting and receiving units top right; the table with
 * columns A (indicator), B (code) and the numbered figures; the preparer's
 * and the head's signatures under it. One drawing serves preview, print
 * and PDF; the XLSX has the same cells. The text is the form's own
 * Vietnamese and is not translated. */

#define FONT "Times New Roman, Liberation Serif, DejaVu Serif"

typedef struct
{
  cairo_t *cr;
  double   size;
} Page;

static PangoLayout *
layout_new (Page       *page,
            const char *text,
            double      size,
            gboolean    bold,
            gboolean    italic,
            double      width,
            PangoAlignment align)
{
  PangoLayout *layout = pango_cairo_create_layout (page->cr);
  PangoFontDescription *font = pango_font_description_from_string (FONT);

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  if (italic)
    pango_font_description_set_style (font, PANGO_STYLE_ITALIC);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_text (layout, text, -1);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  pango_layout_set_alignment (layout, align);
  return layout;
}

static double
text_block (Page          *page,
            const char    *text,
            double         size,
            gboolean       bold,
            gboolean       italic,
            double         x,
            double         y,
            double         width,
            PangoAlignment align)
{
  g_autoptr(PangoLayout) layout = layout_new (page, text, size, bold, italic, width, align);
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  cairo_move_to (page->cr, x, y);
  pango_cairo_show_layout (page->cr, layout);
  return (double) logical.height / PANGO_SCALE;
}

static double
text_height (Page       *page,
             const char *text,
             double      size,
             gboolean    bold,
             double      width)
{
  g_autoptr(PangoLayout) layout = layout_new (page, text, size, bold, FALSE, width, PANGO_ALIGN_CENTER);
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return (double) logical.height / PANGO_SCALE;
}

static void
cell (Page       *page,
      double      x,
      double      y,
      double      w,
      double      h,
      const char *text,
      double      size,
      gboolean    bold,
      gboolean    italic,
      PangoAlignment align,
      double      indent)
{
  cairo_rectangle (page->cr, x, y, w, h);
  cairo_stroke (page->cr);
  if (text != NULL && *text != '\0')
    {
      double th = text_height (page, text, size, bold, w - 4 - indent);
      text_block (page, text, size, bold, italic, x + 2 + indent, y + (h - th) / 2, w - 4 - indent, align);
    }
}

/**
 * vd_report_draw_page:
 * @width: the page in @cr's units (points for print and PDF)
 *
 * Draws the whole form on one page, scaled down if the page is smaller
 * than A4 landscape.
 */
void
vd_report_draw_page (const VdStatsReport *report,
                     cairo_t             *cr,
                     double               width,
                     double               height)
{
  Page page = { cr, 9 };
  guint n_columns = report->columns->len;
  double margin = 28, x, y, w, label_w = 240, code_w = 28, num_w, row_h = 16, scale;
  double head_h, group_h = 0;
  g_autofree char *year = g_strdup_printf ("Năm %d", report->year);
  g_autofree char *reporter = g_strdup_printf ("Đơn vị báo cáo: %s", report->reporter);
  gboolean grouped = FALSE;

  cairo_save (cr);
  scale = MIN (width / VD_REPORT_PAGE_WIDTH, height / VD_REPORT_PAGE_HEIGHT);
  cairo_scale (cr, scale, scale);
  width = VD_REPORT_PAGE_WIDTH;
  height = VD_REPORT_PAGE_HEIGHT;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_set_line_width (cr, 0.6);

  x = margin;
  y = margin;
  w = width - 2 * margin;

  /* Three heading blocks side by side. */
  {
    double third = w / 3.3, y1 = y, y2 = y, y3 = y;
    g_autofree char *code = g_strdup_printf ("Biểu số: %s", report->code);

    y1 += text_block (&page, code, 9, TRUE, FALSE, x, y1, third, PANGO_ALIGN_LEFT);
    y1 += text_block (&page, "Ban hành kèm theo Thông tư số 02/2023/TT-BNV ngày 23/3/2023 của Bộ trưởng Bộ Nội vụ",
                      8, FALSE, TRUE, x, y1, third, PANGO_ALIGN_LEFT);
    y1 += text_block (&page, "Ngày nhận báo cáo: Ngày 15 tháng 12 năm báo cáo", 8, FALSE, TRUE, x, y1, third,
                      PANGO_ALIGN_LEFT);

    y2 += text_block (&page, report->title, 11, TRUE, FALSE, x + third, y2, w - 2 * third, PANGO_ALIGN_CENTER);
    y2 += text_block (&page, year, 10, TRUE, FALSE, x + third, y2, w - 2 * third, PANGO_ALIGN_CENTER);

    y3 += text_block (&page, reporter, 8, FALSE, FALSE, x + w - third, y3, third, PANGO_ALIGN_LEFT);
    y3 += text_block (&page, "Đơn vị nhận báo cáo: Bộ Nội vụ", 8, FALSE, FALSE, x + w - third, y3, third,
                      PANGO_ALIGN_LEFT);
    y3 += text_block (&page, "Đơn vị tính: Lượt tập thể, cá nhân", 8, FALSE, TRUE, x + w - third, y3, third,
                      PANGO_ALIGN_LEFT);
    y = MAX (y1, MAX (y2, y3)) + 10;
  }

  num_w = (w - label_w - code_w) / MAX (n_columns, 1);
  for (guint c = 0; c < n_columns; c++)
    {
      VdReportColumn *column = g_ptr_array_index (report->columns, c);

      if (column->group != NULL)
        {
          grouped = TRUE;
          group_h = MAX (group_h, text_height (&page, column->group, 7.5, TRUE, 2 * num_w - 4) + 6);
        }
    }
  head_h = 0;
  for (guint c = 0; c < n_columns; c++)
    {
      VdReportColumn *column = g_ptr_array_index (report->columns, c);
      head_h = MAX (head_h, text_height (&page, column->label, 7.5, TRUE, num_w - 4) + 6);
    }
  if (grouped)
    head_h = MAX (head_h, 14);

  /* Header cells: A, B, then each column (with its group above). */
  cell (&page, x, y, label_w, group_h + head_h, "Tên chỉ tiêu", 8, TRUE, FALSE, PANGO_ALIGN_CENTER, 0);
  cell (&page, x + label_w, y, code_w, group_h + head_h, "Mã số", 8, TRUE, FALSE, PANGO_ALIGN_CENTER, 0);
  for (guint c = 0; c < n_columns; c++)
    {
      VdReportColumn *column = g_ptr_array_index (report->columns, c);
      double cx = x + label_w + code_w + c * num_w;

      if (column->group == NULL)
        cell (&page, cx, y, num_w, group_h + head_h, column->label, 7.5, TRUE, FALSE, PANGO_ALIGN_CENTER, 0);
      else
        {
          VdReportColumn *prev = c > 0 ? g_ptr_array_index (report->columns, c - 1) : NULL;

          if (prev == NULL || g_strcmp0 (prev->group, column->group) != 0)
            cell (&page, cx, y, 2 * num_w, group_h, column->group, 7.5, TRUE, FALSE, PANGO_ALIGN_CENTER, 0);
          cell (&page, cx, y + group_h, num_w, head_h, column->label, 7.5, TRUE, FALSE, PANGO_ALIGN_CENTER, 0);
        }
    }
  y += group_h + head_h;

  /* Column letters and numbers, as on the printed form. */
  cell (&page, x, y, label_w, 12, "A", 7.5, FALSE, TRUE, PANGO_ALIGN_CENTER, 0);
  cell (&page, x + label_w, y, code_w, 12, "B", 7.5, FALSE, TRUE, PANGO_ALIGN_CENTER, 0);
  for (guint c = 0; c < n_columns; c++)
    {
      g_autofree char *number = g_strdup_printf ("%u", c + 1);
      cell (&page, x + label_w + code_w + c * num_w, y, num_w, 12, number, 7.5, FALSE, TRUE, PANGO_ALIGN_CENTER, 0);
    }
  y += 12;

  row_h = MIN (row_h, (height - y - margin - 70) / MAX (report->rows->len, 1));
  for (guint r = 0; r < report->rows->len; r++)
    {
      VdReportRow *row = g_ptr_array_index (report->rows, r);
      gboolean bold = row->heading || row->indent == 0;
      /* A label that wraps makes its line taller rather than spill. */
      double h = MAX (row_h, text_height (&page, row->label, 8, bold, label_w - 4 - row->indent * 10) + 3);

      cell (&page, x, y, label_w, h, row->label, 8, bold, row->indent == 2, PANGO_ALIGN_LEFT, row->indent * 10);
      cell (&page, x + label_w, y, code_w, h, row->code, 8, FALSE, FALSE, PANGO_ALIGN_CENTER, 0);
      for (guint c = 0; c < n_columns; c++)
        {
          g_autofree char *value = row->heading ? NULL
            : g_strdup_printf ("%" G_GINT64_FORMAT, vd_stats_report_get (report, r, c));
          cell (&page, x + label_w + code_w + c * num_w, y, num_w, h, value, 8, bold, FALSE,
                PANGO_ALIGN_CENTER, 0);
        }
      y += h;
    }

  /* Signatures. */
  y += 10;
  text_block (&page, "Người lập biểu\n(Ký, họ tên)", 8.5, TRUE, FALSE, x, y, w / 3, PANGO_ALIGN_CENTER);
  text_block (&page, "…, ngày … tháng … năm …\nThủ trưởng đơn vị\n(Ký, họ tên, đóng dấu)", 8.5, TRUE, FALSE,
              x + w - w / 3, y, w / 3, PANGO_ALIGN_CENTER);

  cairo_restore (cr);
}

gboolean
vd_report_export_pdf (const VdStatsReport *report,
                      const char          *path,
                      GError             **error)
{
  cairo_surface_t *surface = cairo_pdf_surface_create (path, VD_REPORT_PAGE_WIDTH, VD_REPORT_PAGE_HEIGHT);
  cairo_status_t status = cairo_surface_status (surface);
  cairo_t *cr;

  if (status == CAIRO_STATUS_SUCCESS)
    {
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, report->title);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Vinh Danh");
      cr = cairo_create (surface);
      vd_report_draw_page (report, cr, VD_REPORT_PAGE_WIDTH, VD_REPORT_PAGE_HEIGHT);
      cairo_show_page (cr);
      status = cairo_status (cr);
      cairo_destroy (cr);
      cairo_surface_finish (surface);
      if (status == CAIRO_STATUS_SUCCESS)
        status = cairo_surface_status (surface);
    }
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Could not write “%s”: %s. Check that the folder exists and that you may write there."),
                   path, cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}

gboolean
vd_report_export_xlsx (const VdStatsReport *report,
                       const char          *path,
                       GError             **error)
{
  lxw_workbook *workbook = workbook_new (path);
  lxw_worksheet *sheet;
  lxw_format *bold, *title, *boxed, *boxed_bold, *head;
  guint n_columns = report->columns->len;
  g_autofree char *code = g_strdup_printf ("Biểu số: %s", report->code);
  g_autofree char *year = g_strdup_printf ("Năm %d", report->year);
  g_autofree char *reporter = g_strdup_printf ("Đơn vị báo cáo: %s", report->reporter);
  g_autofree char *safe_reporter = vd_chart_escape_cell (reporter);
  lxw_col_t last = (lxw_col_t) (n_columns + 1);
  lxw_row_t row = 0;
  gboolean grouped = FALSE;
  lxw_error rc;

  if (workbook == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Could not write “%s”: %s. Check that the folder exists and that you may write there."),
                   path, lxw_strerror (LXW_ERROR_CREATING_TMPFILE));
      return FALSE;
    }
  sheet = workbook_add_worksheet (workbook, report->form == VD_REPORT_FORM_0602 ? "0602.N" : "0603.N");
  bold = workbook_add_format (workbook);
  format_set_bold (bold);
  title = workbook_add_format (workbook);
  format_set_bold (title);
  format_set_align (title, LXW_ALIGN_CENTER);
  boxed = workbook_add_format (workbook);
  format_set_border (boxed, LXW_BORDER_THIN);
  boxed_bold = workbook_add_format (workbook);
  format_set_border (boxed_bold, LXW_BORDER_THIN);
  format_set_bold (boxed_bold);
  head = workbook_add_format (workbook);
  format_set_border (head, LXW_BORDER_THIN);
  format_set_bold (head);
  format_set_text_wrap (head);
  format_set_align (head, LXW_ALIGN_CENTER);
  format_set_align (head, LXW_ALIGN_VERTICAL_CENTER);

  worksheet_write_string (sheet, row, 0, code, bold);
  worksheet_write_string (sheet, row++, last - 3, safe_reporter, NULL);
  worksheet_write_string (sheet, row, 0, "Ban hành kèm theo Thông tư số 02/2023/TT-BNV ngày 23/3/2023", NULL);
  worksheet_write_string (sheet, row++, last - 3, "Đơn vị nhận báo cáo: Bộ Nội vụ", NULL);
  worksheet_write_string (sheet, row, 0, "Ngày nhận báo cáo: Ngày 15 tháng 12 năm báo cáo", NULL);
  worksheet_write_string (sheet, row++, last - 3, "Đơn vị tính: Lượt tập thể, cá nhân", NULL);
  worksheet_merge_range (sheet, row, 0, row, last, report->title, title);
  row++;
  worksheet_merge_range (sheet, row, 0, row, last, year, title);
  row += 2;

  for (guint c = 0; c < n_columns; c++)
    if (((VdReportColumn *) g_ptr_array_index (report->columns, c))->group != NULL)
      grouped = TRUE;

  /* Header: A and B span both header rows, like on the printed form. */
  if (grouped)
    {
      worksheet_merge_range (sheet, row, 0, row + 1, 0, "Tên chỉ tiêu", head);
      worksheet_merge_range (sheet, row, 1, row + 1, 1, "Mã số", head);
    }
  else
    {
      worksheet_write_string (sheet, row, 0, "Tên chỉ tiêu", head);
      worksheet_write_string (sheet, row, 1, "Mã số", head);
    }
  for (guint c = 0; c < n_columns; c++)
    {
      VdReportColumn *column = g_ptr_array_index (report->columns, c);
      lxw_col_t col = (lxw_col_t) (c + 2);

      if (!grouped)
        worksheet_write_string (sheet, row, col, column->label, head);
      else if (column->group == NULL)
        worksheet_merge_range (sheet, row, col, row + 1, col, column->label, head);
      else
        {
          VdReportColumn *prev = c > 0 ? g_ptr_array_index (report->columns, c - 1) : NULL;

          if (prev == NULL || g_strcmp0 (prev->group, column->group) != 0)
            worksheet_merge_range (sheet, row, col, row, col + 1, column->group, head);
          worksheet_write_string (sheet, row + 1, col, column->label, head);
        }
    }
  row += grouped ? 2 : 1;

  worksheet_write_string (sheet, row, 0, "A", head);
  worksheet_write_string (sheet, row, 1, "B", head);
  for (guint c = 0; c < n_columns; c++)
    worksheet_write_number (sheet, row, (lxw_col_t) (c + 2), c + 1, head);
  row++;

  for (guint r = 0; r < report->rows->len; r++, row++)
    {
      VdReportRow *line = g_ptr_array_index (report->rows, r);
      lxw_format *format = line->heading || line->indent == 0 ? boxed_bold : boxed;
      g_autofree char *label = g_strdup_printf ("%*s%s", line->indent * 4, "", line->label);

      worksheet_write_string (sheet, row, 0, label, format);
      if (line->code != NULL)
        worksheet_write_string (sheet, row, 1, line->code, boxed);
      else
        worksheet_write_blank (sheet, row, 1, boxed);
      for (guint c = 0; c < n_columns; c++)
        {
          if (line->heading)
            worksheet_write_blank (sheet, row, (lxw_col_t) (c + 2), boxed);
          else
            worksheet_write_number (sheet, row, (lxw_col_t) (c + 2), (double) vd_stats_report_get (report, r, c),
                                    format);
        }
    }

  row++;
  worksheet_write_string (sheet, row, 0, "Người lập biểu", title);
  worksheet_write_string (sheet, row, last - 3, "Thủ trưởng đơn vị", title);
  row++;
  worksheet_write_string (sheet, row, 0, "(Ký, họ tên)", NULL);
  worksheet_write_string (sheet, row, last - 3, "(Ký, họ tên, đóng dấu)", NULL);

  worksheet_set_column (sheet, 0, 0, 52, NULL);
  worksheet_set_column (sheet, 1, 1, 7, NULL);
  worksheet_set_column (sheet, 2, last, 11, NULL);
  worksheet_set_landscape (sheet);
  worksheet_set_paper (sheet, 9); /* A4 */
  worksheet_fit_to_pages (sheet, 1, 1);

  rc = workbook_close (workbook);
  if (rc != LXW_NO_ERROR)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Could not write “%s”: %s. Check that the folder exists and that you may write there."),
                   path, lxw_strerror (rc));
      return FALSE;
    }
  return TRUE;
}

/**
 * vd_report_export:
 *
 * Writes @report as PDF or XLSX, as @path's extension says.
 */
gboolean
vd_report_export (const VdStatsReport *report,
                  const char          *path,
                  GError             **error)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  if (g_str_has_suffix (lower, ".pdf"))
    return vd_report_export_pdf (report, path, error);
  if (g_str_has_suffix (lower, ".xlsx"))
    return vd_report_export_xlsx (report, path, error);
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
               _("“%s” is neither a PDF nor an XLSX file name; end it in .pdf or .xlsx."), path);
  return FALSE;
}
