/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdChartExport"

#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <gio/gio.h>
#include <glib/gi18n.h>
#include <string.h>
#include <xlsxwriter.h>

#include "vd-chart-private.h"

/* Charts go out as pictures (PNG, SVG, PDF: vd_chart_draw() with the
 * header on a white page) and as tables (CSV, XLSX: the figures the data
 * table beside the chart shows). */

gboolean
vd_chart_format_from_path (const char    *path,
                           VdChartFormat *format)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  if (g_str_has_suffix (lower, ".png"))
    *format = VD_CHART_FORMAT_PNG;
  else if (g_str_has_suffix (lower, ".svg"))
    *format = VD_CHART_FORMAT_SVG;
  else if (g_str_has_suffix (lower, ".pdf"))
    *format = VD_CHART_FORMAT_PDF;
  else if (g_str_has_suffix (lower, ".csv"))
    *format = VD_CHART_FORMAT_CSV;
  else if (g_str_has_suffix (lower, ".xlsx"))
    *format = VD_CHART_FORMAT_XLSX;
  else
    return FALSE;
  return TRUE;
}

/**
 * vd_chart_escape_cell:
 *
 * A spreadsheet reads a cell that starts with =, +, - or @ (or a tab or
 * carriage return before them) as a formula: a unit or person named
 * "=HYPERLINK(…)" would run when the file is opened. Such text gets a
 * leading apostrophe, which spreadsheets show as plain text.
 *
 * Returns: (transfer full): @text, safe to put in a CSV or XLSX cell
 */
char *
vd_chart_escape_cell (const char *text)
{
  if (text == NULL)
    return g_strdup ("");
  if (strchr ("=+-@\t\r", text[0]) != NULL && text[0] != '\0')
    return g_strconcat ("'", text, NULL);
  return g_strdup (text);
}

static void
csv_field (GString    *out,
           const char *text)
{
  g_autofree char *safe = vd_chart_escape_cell (text);

  if (strpbrk (safe, ",\"\r\n") != NULL)
    {
      g_string_append_c (out, '"');
      for (const char *p = safe; *p; p++)
        {
          if (*p == '"')
            g_string_append_c (out, '"');
          g_string_append_c (out, *p);
        }
      g_string_append_c (out, '"');
    }
  else
    g_string_append (out, safe);
}

typedef struct
{
  GPtrArray *header;  /* char* */
  GPtrArray *rows;    /* GPtrArray* of char*: the label, then numbers */
  GPtrArray *numbers; /* GArray* of double per row */
} Grid;

static void
grid_clear (Grid *grid)
{
  g_clear_pointer (&grid->header, g_ptr_array_unref);
  g_clear_pointer (&grid->rows, g_ptr_array_unref);
  g_clear_pointer (&grid->numbers, g_ptr_array_unref);
}

/* The table as the place shows it: a row per category; a column per
 * series and their total, or for shares the base and each count with its
 * percentage. */
static void
build_grid (VdChart *chart,
            Grid    *grid)
{
  guint ns = chart->series->len;

  grid->header = g_ptr_array_new_with_free_func (g_free);
  grid->rows = g_ptr_array_new_with_free_func (g_free);
  grid->numbers = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);

  g_ptr_array_add (grid->header, g_strdup (chart->table->query == VD_STATS_MIX ? _("Award form")
                                           : chart->shape == VD_CHART_SHAPE_BARS
                                             || chart->shape == VD_CHART_SHAPE_STACKED ? _("Unit")
                                           : _("Year")));
  if (chart->percent)
    {
      g_ptr_array_add (grid->header, g_strdup (_("Individual awards")));
      for (guint s = 0; s < ns; s++)
        {
          g_ptr_array_add (grid->header, g_strdup (vd_chart_get_series (chart, s)->name));
          g_ptr_array_add (grid->header, g_strdup_printf (_("%s (%%)"), vd_chart_get_series (chart, s)->name));
        }
    }
  else
    {
      if (ns > 1)
        for (guint s = 0; s < ns; s++)
          g_ptr_array_add (grid->header, g_strdup (vd_chart_get_series (chart, s)->name));
      g_ptr_array_add (grid->header, g_strdup (_("Awards")));
    }

  for (guint c = 0; c < chart->categories->len; c++)
    {
      GArray *numbers = g_array_new (FALSE, FALSE, sizeof (double));
      double v;

      g_ptr_array_add (grid->rows, g_strdup (vd_chart_get_category (chart, c)->name));
      if (chart->percent)
        {
          v = (double) vd_chart_get_base (chart, c);
          g_array_append_val (numbers, v);
          for (guint s = 0; s < ns; s++)
            {
              v = (double) vd_chart_get_count (chart, c, s);
              g_array_append_val (numbers, v);
              v = vd_chart_get_value (chart, c, s);
              g_array_append_val (numbers, v);
            }
        }
      else
        {
          if (ns > 1)
            for (guint s = 0; s < ns; s++)
              {
                v = (double) vd_chart_get_count (chart, c, s);
                g_array_append_val (numbers, v);
              }
          v = (double) vd_chart_get_category_total (chart, c);
          g_array_append_val (numbers, v);
        }
      g_ptr_array_add (grid->numbers, numbers);
    }
}

static char *
format_number (double value,
               gboolean fraction)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  /* Machine-readable: a dot for decimals and no grouping, whatever the
   * language, so every spreadsheet reads the numbers as numbers. */
  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, fraction ? "%.1f" : "%.0f", value));
}

static gboolean
export_csv (VdChart     *chart,
            const char  *path,
            GError     **error)
{
  Grid grid = { 0 };
  g_autoptr(GString) out = g_string_new (NULL);
  gboolean ok;

  build_grid (chart, &grid);
  for (guint i = 0; i < grid.header->len; i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      csv_field (out, g_ptr_array_index (grid.header, i));
    }
  g_string_append (out, "\r\n");

  for (guint r = 0; r < grid.rows->len; r++)
    {
      GArray *numbers = g_ptr_array_index (grid.numbers, r);

      csv_field (out, g_ptr_array_index (grid.rows, r));
      for (guint i = 0; i < numbers->len; i++)
        {
          /* Percentages sit in every second column after the base. */
          gboolean fraction = chart->percent && i > 0 && i % 2 == 0;
          g_autofree char *number = format_number (g_array_index (numbers, double, i), fraction);

          g_string_append_c (out, ',');
          g_string_append (out, number);
        }
      g_string_append (out, "\r\n");
    }
  grid_clear (&grid);

  ok = g_file_set_contents (path, out->str, (gssize) out->len, error);
  return ok;
}

static gboolean
xlsx_failed (lxw_error   code,
             const char *path,
             GError    **error)
{
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
               _("Could not write “%s”: %s. Check that the folder exists and that you may write there."),
               path, lxw_strerror (code));
  return FALSE;
}

static gboolean
export_xlsx (VdChart     *chart,
             const char  *path,
             GError     **error)
{
  lxw_workbook *workbook = workbook_new (path);
  lxw_worksheet *sheet;
  lxw_format *bold, *percent;
  Grid grid = { 0 };
  lxw_row_t row = 0;
  lxw_error rc;

  if (workbook == NULL)
    return xlsx_failed (LXW_ERROR_CREATING_TMPFILE, path, error);

  sheet = workbook_add_worksheet (workbook, NULL);
  bold = workbook_add_format (workbook);
  format_set_bold (bold);
  percent = workbook_add_format (workbook);
  format_set_num_format (percent, "0.0");

  build_grid (chart, &grid);

  if (chart->title != NULL)
    {
      g_autofree char *safe = vd_chart_escape_cell (chart->title);
      worksheet_write_string (sheet, row++, 0, safe, bold);
    }
  if (chart->subtitle != NULL)
    {
      g_autofree char *safe = vd_chart_escape_cell (chart->subtitle);
      worksheet_write_string (sheet, row++, 0, safe, NULL);
    }
  if (chart->date != NULL)
    {
      g_autofree char *date = g_strdup_printf (_("Date: %s"), chart->date);
      g_autofree char *safe = vd_chart_escape_cell (date);
      worksheet_write_string (sheet, row++, 0, safe, NULL);
    }
  if (row > 0)
    row++;

  for (guint i = 0; i < grid.header->len; i++)
    {
      g_autofree char *safe = vd_chart_escape_cell (g_ptr_array_index (grid.header, i));
      worksheet_write_string (sheet, row, (lxw_col_t) i, safe, bold);
    }
  row++;

  for (guint r = 0; r < grid.rows->len; r++, row++)
    {
      GArray *numbers = g_ptr_array_index (grid.numbers, r);
      g_autofree char *safe = vd_chart_escape_cell (g_ptr_array_index (grid.rows, r));

      worksheet_write_string (sheet, row, 0, safe, NULL);
      for (guint i = 0; i < numbers->len; i++)
        {
          gboolean fraction = chart->percent && i > 0 && i % 2 == 0;
          worksheet_write_number (sheet, row, (lxw_col_t) (i + 1), g_array_index (numbers, double, i),
                                  fraction ? percent : NULL);
        }
    }
  worksheet_set_column (sheet, 0, 0, 48, NULL);
  worksheet_set_column (sheet, 1, (lxw_col_t) MAX (grid.header->len, 2) - 1, 16, NULL);
  grid_clear (&grid);

  rc = workbook_close (workbook);
  if (rc != LXW_NO_ERROR)
    return xlsx_failed (rc, path, error);
  return TRUE;
}

static gboolean
surface_failed (cairo_status_t status,
                const char    *path,
                GError       **error)
{
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
               _("Could not write “%s”: %s. Check that the folder exists and that you may write there."),
               path, cairo_status_to_string (status));
  return FALSE;
}

/**
 * vd_chart_export:
 * @width: pixels for PNG, points for SVG and PDF; ignored for tables
 *
 * Writes @chart to @path: as a picture with its title, filters and date,
 * or as a table.
 */
gboolean
vd_chart_export (VdChart        *chart,
                 const char     *path,
                 VdChartFormat   format,
                 double          width,
                 double          height,
                 GError        **error)
{
  VdChartTheme theme = { FALSE, NULL, 1 };
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  g_return_val_if_fail (chart != NULL, FALSE);

  if (format == VD_CHART_FORMAT_CSV)
    return export_csv (chart, path, error);
  if (format == VD_CHART_FORMAT_XLSX)
    return export_xlsx (chart, path, error);

  switch (format)
    {
    case VD_CHART_FORMAT_SVG:
      surface = cairo_svg_surface_create (path, width, height);
      break;
    case VD_CHART_FORMAT_PDF:
      surface = cairo_pdf_surface_create (path, width, height);
      if (chart->title != NULL)
        cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, chart->title);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Vinh Danh");
      break;
    case VD_CHART_FORMAT_PNG:
    default:
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) width, (int) height);
      break;
    }

  status = cairo_surface_status (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      cairo_surface_destroy (surface);
      return surface_failed (status, path, error);
    }

  cr = cairo_create (surface);
  vd_chart_draw (chart, cr, width, height, &theme, VD_CHART_DRAW_HEADER, -1, -1);
  status = cairo_status (cr);
  cairo_destroy (cr);

  if (status == CAIRO_STATUS_SUCCESS && format == VD_CHART_FORMAT_PNG)
    status = cairo_surface_write_to_png (surface, path);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    return surface_failed (status, path, error);
  return TRUE;
}
