/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdPersonRatingDialog"

#include "config.h"

#include <glib/gi18n.h>

#include "vd-person-rating-dialog.h"

/**
 * VdPersonRatingDialog:
 *
 * Asks for a year and a grade, for a person's or a unit's annual rating.
 * Choosing a year shows the grade already recorded for it, so the dialog
 * both sets and corrects; "Not rated" clears the year. The caller writes
 * the answer when the response is "set".
 */

struct _VdPersonRatingDialog
{
  AdwMessageDialog  parent_instance;

  /* template widgets */
  GtkSpinButton    *year_spin;
  GtkAdjustment    *year_adjustment;
  AdwComboRow      *grade_row;

  /* owned references */
  GPtrArray        *ratings;  /* VdRating*, as the person page read them */
};

G_DEFINE_FINAL_TYPE (VdPersonRatingDialog, vd_person_rating_dialog, ADW_TYPE_MESSAGE_DIALOG)

static VdGrade
recorded_grade (VdPersonRatingDialog *self,
                int                   year)
{
  for (guint i = 0; self->ratings != NULL && i < self->ratings->len; i++)
    {
      VdRating *rating = g_ptr_array_index (self->ratings, i);

      if (rating->year == year)
        return rating->grade;
    }

  return VD_GRADE_NONE;
}

static void
on_year_spin_value_changed (VdPersonRatingDialog *self)
{
  adw_combo_row_set_selected (self->grade_row,
                              recorded_grade (self, vd_person_rating_dialog_get_year (self)));
}

static void
vd_person_rating_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), VD_TYPE_PERSON_RATING_DIALOG);

  G_OBJECT_CLASS (vd_person_rating_dialog_parent_class)->dispose (object);
}

static void
vd_person_rating_dialog_finalize (GObject *object)
{
  VdPersonRatingDialog *self = VD_PERSON_RATING_DIALOG (object);

  g_clear_pointer (&self->ratings, g_ptr_array_unref);

  G_OBJECT_CLASS (vd_person_rating_dialog_parent_class)->finalize (object);
}

static void
vd_person_rating_dialog_class_init (VdPersonRatingDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vd_person_rating_dialog_dispose;
  object_class->finalize = vd_person_rating_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/vinhdanh/VinhDanh/vd-person-rating-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, VdPersonRatingDialog, year_spin);
  gtk_widget_class_bind_template_child (widget_class, VdPersonRatingDialog, year_adjustment);
  gtk_widget_class_bind_template_child (widget_class, VdPersonRatingDialog, grade_row);
  gtk_widget_class_bind_template_callback (widget_class, on_year_spin_value_changed);
}

static void
vd_person_rating_dialog_init (VdPersonRatingDialog *self)
{
  g_autoptr(GtkStringList) grades = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Positions in this list are the VdGrade values. */
  gtk_string_list_append (grades, _("Not rated"));
  gtk_string_list_append (grades, vd_grade_label (VD_GRADE_EXCELLENT));
  gtk_string_list_append (grades, vd_grade_label (VD_GRADE_GOOD));
  gtk_string_list_append (grades, vd_grade_label (VD_GRADE_DONE));
  gtk_string_list_append (grades, vd_grade_label (VD_GRADE_FAILED));
  adw_combo_row_set_model (self->grade_row, G_LIST_MODEL (grades));
}

/**
 * vd_person_rating_dialog_new:
 * @person_name: the person's or unit's name, for the dialog's text
 * @ratings: (nullable): VdRating* already recorded, to show the grade of the
 *   chosen year
 *
 * Returns: (transfer none): the dialog, ready to present; it starts on the
 *   current year
 */
VdPersonRatingDialog *
vd_person_rating_dialog_new (GtkWindow  *parent,
                             const char *person_name,
                             GPtrArray  *ratings)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  VdPersonRatingDialog *self;
  g_autofree char *body = NULL;
  int year = g_date_time_get_year (now);

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);

  self = g_object_new (VD_TYPE_PERSON_RATING_DIALOG,
                       "transient-for", parent,
                       "modal", TRUE,
                       NULL);
  self->ratings = ratings != NULL ? g_ptr_array_ref (ratings) : NULL;

  /* Translators: %s is a person's full name */
  body = g_strdup_printf (_("The yearly assessment of %s. Choose “Not rated” to clear a year."),
                          person_name);
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self), body);

  gtk_adjustment_set_upper (self->year_adjustment, year + 1);
  gtk_spin_button_set_value (self->year_spin, year);
  on_year_spin_value_changed (self);

  return self;
}

int
vd_person_rating_dialog_get_year (VdPersonRatingDialog *self)
{
  g_return_val_if_fail (VD_IS_PERSON_RATING_DIALOG (self), 0);

  return gtk_spin_button_get_value_as_int (self->year_spin);
}

VdGrade
vd_person_rating_dialog_get_grade (VdPersonRatingDialog *self)
{
  g_return_val_if_fail (VD_IS_PERSON_RATING_DIALOG (self), VD_GRADE_NONE);

  return (VdGrade) adw_combo_row_get_selected (self->grade_row);
}
