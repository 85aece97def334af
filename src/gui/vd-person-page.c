/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdPersonPage"

#include "config.h"

#include <glib/gi18n.h>

#include "vd-eligibility-section.h"
#include "vd-people.h"
#include "vd-people-rows.h"
#include "vd-person-page.h"
#include "vd-units.h"

/**
 * VdPersonPage:
 *
 * Everything recorded about one person: details, annual ratings,
 * initiatives and the award history (quá trình khen thưởng). The buttons
 * act through the people view's actions, so the page holds no editing
 * logic of its own.
 */

struct _VdPersonPage
{
  AdwBin             parent_instance;

  /* template widgets */
  GtkWidget         *back_button;
  GtkLabel          *back_label;
  GtkScrolledWindow *scrolled_window;
  AdwAvatar         *avatar;
  GtkLabel          *title_label;
  GtkLabel          *subtitle_label;
  GtkLabel          *gender_value;
  GtkLabel          *birth_year_value;
  GtkLabel          *position_value;
  GtkLabel          *unit_value;
  GtkLabel          *direct_worker_value;
  GtkWidget         *note_row;
  GtkLabel          *note_value;
  GtkListBox        *ratings_list;
  GtkListBox        *initiatives_list;
  GtkListBox        *awards_list;
  VdEligibilitySection *eligibility_section;

  /* owned references */
  VdStore           *store;
  VdPerson          *person;
  GPtrArray         *ratings;
};

G_DEFINE_FINAL_TYPE (VdPersonPage, vd_person_page, ADW_TYPE_BIN)

enum {
  UNIT_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
set_value (GtkLabel   *label,
           const char *value,
           const char *missing)
{
  gboolean empty = value == NULL || value[0] == '\0';

  gtk_label_set_label (label, empty ? missing : value);
  /* A wrapping label in a row's suffix gets only its minimum width; ask
   * for enough that short values stay on one line. */
  if (gtk_label_get_wrap (label))
    gtk_label_set_width_chars (label, MIN ((int) g_utf8_strlen (gtk_label_get_label (label), -1), 40));
  if (empty)
    gtk_widget_add_css_class (GTK_WIDGET (label), "dim-label");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (label), "dim-label");
}

static void
show_person (VdPersonPage *self,
             VdPerson     *person,
             GPtrArray    *ratings,
             GPtrArray    *initiatives,
             GPtrArray    *awards)
{
  g_autofree char *path = vd_units_dup_path (self->store, vd_person_get_unit_id (person));
  g_autofree char *birth_year = NULL;
  g_autoptr(GString) subtitle = g_string_new (vd_person_get_position (person));
  const char *unit_name = vd_person_get_unit_name (person);

  if (unit_name != NULL && unit_name[0] != '\0')
    {
      if (subtitle->len > 0)
        g_string_append (subtitle, " · ");
      g_string_append (subtitle, unit_name);
    }

  adw_avatar_set_text (self->avatar, vd_person_get_full_name (person));
  gtk_label_set_label (self->title_label, vd_person_get_full_name (person));
  gtk_label_set_label (self->subtitle_label, subtitle->str);
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), subtitle->len > 0);
  gtk_label_set_label (self->back_label, path != NULL ? path : unit_name);

  if (vd_person_get_birth_year (person) > 0)
    birth_year = g_strdup_printf ("%d", vd_person_get_birth_year (person));

  set_value (self->gender_value,
             vd_person_get_gender (person) != VD_GENDER_UNKNOWN
               ? vd_gender_label (vd_person_get_gender (person)) : NULL,
             _("Not recorded"));
  set_value (self->birth_year_value, birth_year, _("Not recorded"));
  set_value (self->position_value, vd_person_get_position (person), _("Not recorded"));
  set_value (self->unit_value, path != NULL ? path : unit_name, _("Not recorded"));
  set_value (self->direct_worker_value,
             vd_person_get_direct_worker (person) ? _("Yes") : _("No"), NULL);
  set_value (self->note_value, vd_person_get_note (person), NULL);
  gtk_widget_set_visible (self->note_row,
                          vd_person_get_note (person) != NULL && vd_person_get_note (person)[0] != '\0');

  vd_people_rows_clear (self->ratings_list);
  for (guint i = 0; i < ratings->len; i++)
    {
      VdRating *rating = g_ptr_array_index (ratings, i);

      if (rating->grade != VD_GRADE_NONE)
        gtk_list_box_append (self->ratings_list, vd_people_rows_new_rating (rating));
    }

  vd_people_rows_clear (self->initiatives_list);
  for (guint i = 0; i < initiatives->len; i++)
    gtk_list_box_append (self->initiatives_list,
                         vd_people_rows_new_initiative (g_ptr_array_index (initiatives, i)));

  vd_people_rows_clear (self->awards_list);
  for (guint i = 0; i < awards->len; i++)
    gtk_list_box_append (self->awards_list,
                         vd_people_rows_new_award (g_ptr_array_index (awards, i)));
}

static void
on_unit_row_activated (VdPersonPage *self)
{
  if (self->person != NULL)
    g_signal_emit (self, signals[UNIT_ACTIVATED], 0, vd_person_get_unit_id (self->person));
}

static gboolean
vd_person_page_grab_focus (GtkWidget *widget)
{
  VdPersonPage *self = VD_PERSON_PAGE (widget);

  /* Start where the keyboard can go back or on to the page's buttons,
   * rather than on the selectable name, which would select it all. */
  return gtk_widget_grab_focus (self->back_button);
}

static void
vd_person_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), VD_TYPE_PERSON_PAGE);

  G_OBJECT_CLASS (vd_person_page_parent_class)->dispose (object);
}

static void
vd_person_page_finalize (GObject *object)
{
  VdPersonPage *self = VD_PERSON_PAGE (object);

  g_clear_object (&self->store);
  g_clear_object (&self->person);
  g_clear_pointer (&self->ratings, g_ptr_array_unref);

  G_OBJECT_CLASS (vd_person_page_parent_class)->finalize (object);
}

static void
vd_person_page_class_init (VdPersonPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vd_person_page_dispose;
  object_class->finalize = vd_person_page_finalize;

  widget_class->grab_focus = vd_person_page_grab_focus;
  /* A named group, so assistive technologies (and UI tests) can tell the
   * person page's buttons from the unit page's. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);

  /**
   * VdPersonPage::unit-activated:
   * @unit_id: the person's unit, whose row the user activated
   */
  signals[UNIT_ACTIVATED] =
    g_signal_new ("unit-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  g_type_ensure (VD_TYPE_ELIGIBILITY_SECTION);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/vinhdanh/VinhDanh/vd-person-page.ui");
  gtk_widget_class_bind_template_child (widget_class, VdPersonPage, back_button);
  gtk_widget_class_bind_template_child (widget_class, VdPersonPage, back_label);
  gtk_widget_class_bind_template_child (widget_class, VdPersonPage, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, VdPersonPage, avatar);
  gtk_widget_class_bind_template_child (widget_class, VdPersonPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, VdPersonPage, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, VdPersonPage, gender_value);
  gtk_widget_class_bind_template_child (widget_class, VdPersonPage, birth_year_value);
  gtk_widget_class_bind_template_child (widget_class, VdPersonPage, position_value);
  gtk_widget_class_bind_template_child (widget_class, VdPersonPage, unit_value);
  gtk_widget_class_bind_template_child (widget_class, VdPersonPage, direct_worker_value);
  gtk_widget_class_bind_template_child (widget_class, VdPersonPage, note_row);
  gtk_widget_class_bind_template_child (widget_class, VdPersonPage, note_value);
  gtk_widget_class_bind_template_child (widget_class, VdPersonPage, ratings_list);
  gtk_widget_class_bind_template_child (widget_class, VdPersonPage, initiatives_list);
  gtk_widget_class_bind_template_child (widget_class, VdPersonPage, awards_list);
  gtk_widget_class_bind_template_child (widget_class, VdPersonPage, eligibility_section);
  gtk_widget_class_bind_template_callback (widget_class, on_unit_row_activated);
}

static void
vd_person_page_init (VdPersonPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  vd_people_rows_set_placeholder (self->ratings_list, _("No annual ratings recorded"));
  vd_people_rows_set_placeholder (self->initiatives_list, _("No initiatives recorded"));
  vd_people_rows_set_placeholder (self->awards_list, _("No awards recorded"));
}

/**
 * vd_person_page_new:
 *
 * Returns: an empty person page; load a person with vd_person_page_load()
 */
GtkWidget *
vd_person_page_new (void)
{
  return g_object_new (VD_TYPE_PERSON_PAGE, NULL);
}

/**
 * vd_person_page_load:
 *
 * Shows @person_id from @store, scrolled to the top.
 *
 * Returns: %FALSE with @error set if the person could not be read (for
 *   instance because they were deleted); the page is then unchanged
 */
gboolean
vd_person_page_load (VdPersonPage  *self,
                     VdStore       *store,
                     gint64         person_id,
                     GError       **error)
{
  g_autoptr(VdPerson) person = NULL;
  g_autoptr(GPtrArray) ratings = NULL;
  g_autoptr(GPtrArray) initiatives = NULL;
  g_autoptr(GPtrArray) awards = NULL;
  gboolean same_person;

  g_return_val_if_fail (VD_IS_PERSON_PAGE (self), FALSE);
  g_return_val_if_fail (VD_IS_STORE (store), FALSE);

  /* Read everything first, so a failure leaves the page as it was. */
  person = vd_people_get (store, person_id, error);
  if (person == NULL)
    return FALSE;
  ratings = vd_people_list_ratings (store, person_id, error);
  if (ratings == NULL)
    return FALSE;
  initiatives = vd_people_list_initiatives (store, person_id, error);
  if (initiatives == NULL)
    return FALSE;
  awards = vd_people_list_awards (store, person_id, error);
  if (awards == NULL)
    return FALSE;

  same_person = self->person != NULL && self->store == store
                && vd_person_get_id (self->person) == person_id;

  g_set_object (&self->store, store);
  g_set_object (&self->person, person);
  g_clear_pointer (&self->ratings, g_ptr_array_unref);
  self->ratings = g_ptr_array_ref (ratings);

  show_person (self, person, ratings, initiatives, awards);
  vd_eligibility_section_show_person (self->eligibility_section, store, person_id);

  /* A reload after an edit keeps the place; another person starts on top. */
  if (!same_person)
    gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled_window), 0);

  return TRUE;
}

/**
 * vd_person_page_reload:
 *
 * Reads the shown person again, after the archive changed.
 *
 * Returns: %FALSE with @error set if they are gone
 */
gboolean
vd_person_page_reload (VdPersonPage  *self,
                       GError       **error)
{
  g_return_val_if_fail (VD_IS_PERSON_PAGE (self), FALSE);

  if (self->person == NULL || self->store == NULL)
    return TRUE;

  return vd_person_page_load (self, self->store, vd_person_get_id (self->person), error);
}

/**
 * vd_person_page_clear:
 *
 * Forgets the shown person, for instance when the archive is closed.
 */
void
vd_person_page_clear (VdPersonPage *self)
{
  g_return_if_fail (VD_IS_PERSON_PAGE (self));

  g_clear_object (&self->person);
  vd_eligibility_section_clear (self->eligibility_section);
  g_clear_object (&self->store);
  g_clear_pointer (&self->ratings, g_ptr_array_unref);
}

/**
 * vd_person_page_get_person:
 *
 * Returns: (transfer none) (nullable): the person shown, as last read
 */
VdPerson *
vd_person_page_get_person (VdPersonPage *self)
{
  g_return_val_if_fail (VD_IS_PERSON_PAGE (self), NULL);

  return self->person;
}

/**
 * vd_person_page_get_ratings:
 *
 * Returns: (transfer none) (nullable): VdRating* of the person shown,
 *   newest first
 */
GPtrArray *
vd_person_page_get_ratings (VdPersonPage *self)
{
  g_return_val_if_fail (VD_IS_PERSON_PAGE (self), NULL);

  return self->ratings;
}
