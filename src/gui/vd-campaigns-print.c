/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdCampaignsPrint"

#include "config.h"

#include <adwaita.h>
#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "vd-campaigns-print.h"

/* A4 landscape in points. */
#define PAGE_WIDTH  841.89
#define PAGE_HEIGHT 595.28
#define MARGIN      28.0
#define TITLE       30.0

typedef struct
{
  const VdCalendarData *data;
  VdCalendarPage        page;
  int                   year;
  int                   month;
  GPtrArray            *rows;   /* the year's campaigns, for paging */
} Job;

static void
style_for_paper (VdCalendarStyle *style)
{
  vd_calendar_style_init_light (style);
  style->font_size = 7.5;
}

static guint
rows_per_page (double height)
{
  VdCalendarStyle style;

  style_for_paper (&style);
  return MAX (1, (guint) floor ((height - TITLE - vd_calendar_year_header (&style)) / vd_calendar_year_row_height (&style)));
}

static guint
count_pages (Job    *job,
             double  height)
{
  if (job->page == VD_CALENDAR_PAGE_MONTH)
    return 1;
  return MAX (1, (job->rows->len + rows_per_page (height) - 1) / rows_per_page (height));
}

static void
draw_title (cairo_t    *cr,
            const char *title,
            double      width)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string ("Sans Bold 14");

  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, title, -1);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  cairo_set_source_rgb (cr, 0.14, 0.12, 0.19);
  cairo_move_to (cr, 0, 0);
  pango_cairo_show_layout (cr, layout);
  pango_font_description_free (font);
  g_object_unref (layout);
}

/* One page, the origin at the printable area's corner. */
static void
draw_page (Job     *job,
           cairo_t *cr,
           double   width,
           double   height,
           guint    number)
{
  VdCalendarStyle style;
  g_autofree char *title = NULL;

  style_for_paper (&style);
  if (job->page == VD_CALENDAR_PAGE_MONTH)
    title = vd_calendar_month_title (job->year, job->month);
  else
    title = g_strdup_printf (_("Campaigns of %d"), job->year);
  draw_title (cr, title, width);

  cairo_save (cr);
  cairo_translate (cr, 0, TITLE);
  if (job->page == VD_CALENDAR_PAGE_MONTH)
    vd_calendar_draw_month (cr, width, height - TITLE, job->year, job->month, job->data, &style, NULL);
  else
    {
      guint per_page = rows_per_page (height);
      g_autoptr(GPtrArray) slice = g_ptr_array_new ();

      /* Each page repeats the month header over its own rows. */
      for (guint i = number * per_page; i < job->rows->len && i < (number + 1) * per_page; i++)
        g_ptr_array_add (slice, g_ptr_array_index (job->rows, i));
      vd_calendar_draw_year (cr, width, height - TITLE, job->year, slice, 0, job->data, &style, NULL);
    }
  cairo_restore (cr);
}

static void
job_init (Job                  *job,
          const VdCalendarData *data,
          VdCalendarPage        page,
          int                   year,
          int                   month)
{
  job->data = data;
  job->page = page;
  job->year = year;
  job->month = month;
  job->rows = g_ptr_array_new ();
  vd_calendar_year_rows (data, year, job->rows);
}

static void
job_free (Job *job)
{
  g_clear_pointer (&job->rows, g_ptr_array_unref);
  g_free (job);
}

static void
on_begin_print (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                Job               *job)
{
  gtk_print_operation_set_n_pages (operation, count_pages (job, gtk_print_context_get_height (context)));
}

static void
on_draw_page (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page_nr,
              Job               *job)
{
  draw_page (job, gtk_print_context_get_cairo_context (context),
             gtk_print_context_get_width (context), gtk_print_context_get_height (context), page_nr);
}

/**
 * vd_campaigns_print:
 *
 * Opens the print dialog for the month or the year, on A4 landscape.
 */
void
vd_campaigns_print (GtkWindow            *parent,
                    const VdCalendarData *data,
                    VdCalendarPage        page,
                    int                   year,
                    int                   month)
{
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  g_autoptr(GError) error = NULL;
  Job *job = g_new0 (Job, 1);

  job_init (job, data, page, year, month);
  gtk_page_setup_set_paper_size_and_default_margins (setup, a4);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_use_full_page (operation, FALSE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_job_name (operation, _("Campaign Calendar"));
  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print), job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page), job);
  g_object_set_data_full (G_OBJECT (operation), "job", job, (GDestroyNotify) job_free);

  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent, &error)
      == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      GtkWidget *dialog = adw_message_dialog_new (parent, _("Could Not Print"), error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
    }
}

/**
 * vd_campaigns_export_pdf:
 *
 * Writes the month or the year as a PDF on A4 landscape, as it prints.
 */
gboolean
vd_campaigns_export_pdf (const char           *path,
                         const VdCalendarData *data,
                         VdCalendarPage        page,
                         int                   year,
                         int                   month,
                         GError              **error)
{
  cairo_surface_t *surface = cairo_pdf_surface_create (path, PAGE_WIDTH, PAGE_HEIGHT);
  cairo_t *cr = cairo_create (surface);
  double width = PAGE_WIDTH - 2 * MARGIN, height = PAGE_HEIGHT - 2 * MARGIN;
  Job job = { 0 };
  cairo_status_t status;
  guint pages;

  job_init (&job, data, page, year, month);
  pages = count_pages (&job, height);
  for (guint i = 0; i < pages; i++)
    {
      cairo_save (cr);
      cairo_translate (cr, MARGIN, MARGIN);
      draw_page (&job, cr, width, height, i);
      cairo_restore (cr);
      cairo_show_page (cr);
    }
  g_clear_pointer (&job.rows, g_ptr_array_unref);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_autofree char *name = g_path_get_basename (path);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("“%s” could not be written (%s). Choose another folder or free some space."),
                   name, cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}
