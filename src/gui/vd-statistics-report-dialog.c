/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdStatisticsReportDialog"

#include "config.h"

#include <glib/gi18n.h>

#include "vd-report-render.h"
#include "vd-statistics-report-dialog.h"
#include "vd-stats-report.h"

/* Biểu 0602.N and 0603.N for a chosen year: filled on a worker, previewed
 * with the drawing that prints and exports them. */

struct _VdStatisticsReportDialog
{
  AdwWindow       parent_instance;

  /* template widgets */
  GtkDropDown    *form_dropdown;
  GtkSpinButton  *year_spin;
  GtkDrawingArea *preview;

  /* owned */
  VdStore        *store;
  VdStatsReport  *report;
  GCancellable   *cancellable;
};

G_DEFINE_FINAL_TYPE (VdStatisticsReportDialog, vd_statistics_report_dialog, ADW_TYPE_WINDOW)

static void
show_error (VdStatisticsReportDialog *self,
            const GError             *error)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                                         _("The Form Could Not Be Written"),
                                                                         error->message));

  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
update_actions (VdStatisticsReportDialog *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "report.export", self->report != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "report.print", self->report != NULL);
}

static void
draw_preview (GtkDrawingArea *area,
              cairo_t        *cr,
              int             width,
              int             height,
              gpointer        user_data)
{
  VdStatisticsReportDialog *self = user_data;
  double scale, w, h;

  if (self->report == NULL)
    return;
  /* The page keeps its proportions, centred, with a shadow-less border. */
  scale = MIN (width / VD_REPORT_PAGE_WIDTH, height / VD_REPORT_PAGE_HEIGHT);
  w = VD_REPORT_PAGE_WIDTH * scale;
  h = VD_REPORT_PAGE_HEIGHT * scale;
  cairo_translate (cr, (width - w) / 2, (height - h) / 2);
  vd_report_draw_page (self->report, cr, w, h);
  cairo_set_source_rgba (cr, 0, 0, 0, 0.2);
  cairo_set_line_width (cr, 1);
  cairo_rectangle (cr, 0.5, 0.5, w - 1, h - 1);
  cairo_stroke (cr);
}

static void
on_report_done (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(VdStatisticsReportDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  VdStatsReport *report;

  report = vd_stats_report_compute_finish (VD_STORE (source), result, &error);
  if (report == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (self, error);
      return;
    }
  g_clear_pointer (&self->report, vd_stats_report_free);
  self->report = report;
  gtk_widget_queue_draw (GTK_WIDGET (self->preview));
  update_actions (self);
}

static void
on_choice_changed (VdStatisticsReportDialog *self)
{
  VdReportForm form = gtk_drop_down_get_selected (self->form_dropdown) == 1 ? VD_REPORT_FORM_0603
                                                                           : VD_REPORT_FORM_0602;

  if (self->store == NULL)
    return;
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  vd_stats_report_compute_async (self->store, form, gtk_spin_button_get_value_as_int (self->year_spin),
                                 self->cancellable, on_report_done, g_object_ref (self));
}

static void
on_export_response (GtkNativeDialog          *dialog,
                    int                       response,
                    VdStatisticsReportDialog *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT && self->report != NULL)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      path = g_file_get_path (file);
      if (path != NULL && !vd_report_export (self->report, path, &error))
        show_error (self, error);
    }
  g_object_unref (dialog);
  g_object_unref (self);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  VdStatisticsReportDialog *self = VD_STATISTICS_REPORT_DIALOG (widget);
  const char *extension = g_variant_get_string (parameter, NULL);
  g_autofree char *name = NULL;
  GtkFileChooserNative *dialog;

  if (self->report == NULL)
    return;
  dialog = gtk_file_chooser_native_new (_("Export Form"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  name = g_strdup_printf ("%s-%d.%s", self->report->form == VD_REPORT_FORM_0602 ? "0602" : "0603",
                          self->report->year, extension);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  g_signal_connect (dialog, "response", G_CALLBACK (on_export_response), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
on_draw_page (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              VdStatsReport     *report)
{
  vd_report_draw_page (report, gtk_print_context_get_cairo_context (context),
                       gtk_print_context_get_width (context), gtk_print_context_get_height (context));
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  VdStatisticsReportDialog *self = VD_STATISTICS_REPORT_DIALOG (widget);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  g_autoptr(GError) error = NULL;

  if (self->report == NULL)
    return;
  operation = gtk_print_operation_new ();
  gtk_page_setup_set_paper_size (setup, a4);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_n_pages (operation, 1);
  gtk_print_operation_set_job_name (operation, self->report->code);
  /* The report outlives nothing here: the dialog is modal while printing. */
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page), self->report);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, GTK_WINDOW (self), &error)
      == GTK_PRINT_OPERATION_RESULT_ERROR)
    show_error (self, error);
}

static void
vd_statistics_report_dialog_dispose (GObject *object)
{
  VdStatisticsReportDialog *self = VD_STATISTICS_REPORT_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);
  g_clear_pointer (&self->report, vd_stats_report_free);
  gtk_widget_dispose_template (GTK_WIDGET (object), VD_TYPE_STATISTICS_REPORT_DIALOG);
  G_OBJECT_CLASS (vd_statistics_report_dialog_parent_class)->dispose (object);
}

static void
vd_statistics_report_dialog_class_init (VdStatisticsReportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vd_statistics_report_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/vinhdanh/VinhDanh/vd-statistics-report-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, VdStatisticsReportDialog, form_dropdown);
  gtk_widget_class_bind_template_child (widget_class, VdStatisticsReportDialog, year_spin);
  gtk_widget_class_bind_template_child (widget_class, VdStatisticsReportDialog, preview);
  gtk_widget_class_bind_template_callback (widget_class, on_choice_changed);

  gtk_widget_class_install_action (widget_class, "report.export", "s", export_action);
  gtk_widget_class_install_action (widget_class, "report.print", NULL, print_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "report.print", NULL);
}

static void
vd_statistics_report_dialog_init (VdStatisticsReportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_drawing_area_set_draw_func (self->preview, draw_preview, self, NULL);
  update_actions (self);
}

/**
 * vd_statistics_report_dialog_new:
 * @year: the reporting year shown first
 */
GtkWidget *
vd_statistics_report_dialog_new (VdStore *store,
                                 int      year)
{
  VdStatisticsReportDialog *self = g_object_new (VD_TYPE_STATISTICS_REPORT_DIALOG, NULL);

  self->store = g_object_ref (store);
  gtk_spin_button_set_value (self->year_spin, year);
  on_choice_changed (self);
  return GTK_WIDGET (self);
}
