/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdUnitPage"

#include "config.h"

#include <glib/gi18n.h>

#include "vd-eligibility-section.h"
#include "vd-people-format.h"
#include "vd-people-rows.h"
#include "vd-unit-page.h"
#include "vd-units.h"

/**
 * VdUnitPage:
 *
 * One unit: its details, annual ratings and collective awards, with a way
 * back to its members. Like the person page it edits through the people
 * view's actions.
 */

struct _VdUnitPage
{
  AdwBin             parent_instance;

  /* template widgets */
  GtkWidget         *back_button;
  GtkLabel          *back_label;
  GtkScrolledWindow *scrolled_window;
  AdwAvatar         *avatar;
  GtkLabel          *title_label;
  GtkLabel          *subtitle_label;
  GtkLabel          *short_name_value;
  GtkLabel          *kind_value;
  GtkWidget         *parent_row;
  GtkLabel          *parent_value;
  GtkWidget         *parent_arrow;
  GtkLabel          *members_value;
  GtkWidget         *note_row;
  GtkLabel          *note_value;
  GtkListBox        *ratings_list;
  GtkListBox        *awards_list;
  VdEligibilitySection *eligibility_section;

  /* owned references */
  VdStore           *store;
  VdUnit            *unit;
  GPtrArray         *ratings;
};

G_DEFINE_FINAL_TYPE (VdUnitPage, vd_unit_page, ADW_TYPE_BIN)

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

static char *
describe_members (VdUnit *unit,
                  guint   total)
{
  guint direct = (guint) MAX (vd_unit_get_member_count (unit), 0);
  g_autofree char *direct_text = vd_people_format_count (direct);
  g_autofree char *total_text = vd_people_format_count (total);

  if (total <= direct)
    /* Translators: %s is a number such as "1 234" */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s person", "%s people", direct),
                            direct_text);

  /* Translators: the first %s is the number of people directly in the unit,
   * the second the number including its sub-units */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%s directly, %s with sub-units",
                                       "%s directly, %s with sub-units", total),
                          direct_text, total_text);
}

static void
on_parent_row_activated (VdUnitPage *self)
{
  if (self->unit != NULL && vd_unit_get_parent_id (self->unit) != 0)
    g_signal_emit (self, signals[UNIT_ACTIVATED], 0, vd_unit_get_parent_id (self->unit));
}

static gboolean
vd_unit_page_grab_focus (GtkWidget *widget)
{
  VdUnitPage *self = VD_UNIT_PAGE (widget);

  /* Start where the keyboard can go back or on to the page's buttons,
   * rather than on the selectable name, which would select it all. */
  return gtk_widget_grab_focus (self->back_button);
}

static void
vd_unit_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), VD_TYPE_UNIT_PAGE);

  G_OBJECT_CLASS (vd_unit_page_parent_class)->dispose (object);
}

static void
vd_unit_page_finalize (GObject *object)
{
  VdUnitPage *self = VD_UNIT_PAGE (object);

  g_clear_object (&self->store);
  g_clear_object (&self->unit);
  g_clear_pointer (&self->ratings, g_ptr_array_unref);

  G_OBJECT_CLASS (vd_unit_page_parent_class)->finalize (object);
}

static void
vd_unit_page_class_init (VdUnitPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vd_unit_page_dispose;
  object_class->finalize = vd_unit_page_finalize;

  widget_class->grab_focus = vd_unit_page_grab_focus;
  /* A named group, so assistive technologies (and UI tests) can tell the
   * person page's buttons from the unit page's. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);

  /**
   * VdUnitPage::unit-activated:
   * @unit_id: the parent unit, whose row the user activated
   */
  signals[UNIT_ACTIVATED] =
    g_signal_new ("unit-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  g_type_ensure (VD_TYPE_ELIGIBILITY_SECTION);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/vinhdanh/VinhDanh/vd-unit-page.ui");
  gtk_widget_class_bind_template_child (widget_class, VdUnitPage, back_button);
  gtk_widget_class_bind_template_child (widget_class, VdUnitPage, back_label);
  gtk_widget_class_bind_template_child (widget_class, VdUnitPage, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, VdUnitPage, avatar);
  gtk_widget_class_bind_template_child (widget_class, VdUnitPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, VdUnitPage, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, VdUnitPage, short_name_value);
  gtk_widget_class_bind_template_child (widget_class, VdUnitPage, kind_value);
  gtk_widget_class_bind_template_child (widget_class, VdUnitPage, parent_row);
  gtk_widget_class_bind_template_child (widget_class, VdUnitPage, parent_value);
  gtk_widget_class_bind_template_child (widget_class, VdUnitPage, parent_arrow);
  gtk_widget_class_bind_template_child (widget_class, VdUnitPage, members_value);
  gtk_widget_class_bind_template_child (widget_class, VdUnitPage, note_row);
  gtk_widget_class_bind_template_child (widget_class, VdUnitPage, note_value);
  gtk_widget_class_bind_template_child (widget_class, VdUnitPage, ratings_list);
  gtk_widget_class_bind_template_child (widget_class, VdUnitPage, awards_list);
  gtk_widget_class_bind_template_child (widget_class, VdUnitPage, eligibility_section);
  gtk_widget_class_bind_template_callback (widget_class, on_parent_row_activated);
}

static void
vd_unit_page_init (VdUnitPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  vd_people_rows_set_placeholder (self->ratings_list, _("No annual ratings recorded"));
  vd_people_rows_set_placeholder (self->awards_list, _("No collective awards recorded"));
}

/**
 * vd_unit_page_new:
 *
 * Returns: an empty unit page; show a unit with vd_unit_page_load()
 */
GtkWidget *
vd_unit_page_new (void)
{
  return g_object_new (VD_TYPE_UNIT_PAGE, NULL);
}

/**
 * vd_unit_page_load:
 * @unit: the unit as the tree read it (member-count filled)
 * @parent_path: "Bộ › Vụ" of its parent, %NULL for a top-level unit
 * @total_members: people in the unit and all its sub-units
 *
 * Shows @unit with its ratings and collective awards read from @store.
 *
 * Returns: %FALSE with @error set if they could not be read; the page is
 *   then unchanged
 */
gboolean
vd_unit_page_load (VdUnitPage  *self,
                   VdStore     *store,
                   VdUnit      *unit,
                   const char  *parent_path,
                   guint        total_members,
                   GError     **error)
{
  g_autoptr(GPtrArray) ratings = NULL;
  g_autoptr(GPtrArray) awards = NULL;
  g_autofree char *members = NULL;
  gboolean same_unit;
  gint64 id;

  g_return_val_if_fail (VD_IS_UNIT_PAGE (self), FALSE);
  g_return_val_if_fail (VD_IS_STORE (store), FALSE);
  g_return_val_if_fail (VD_IS_UNIT (unit), FALSE);

  id = vd_unit_get_id (unit);
  ratings = vd_units_list_ratings (store, id, error);
  if (ratings == NULL)
    return FALSE;
  awards = vd_units_list_awards (store, id, error);
  if (awards == NULL)
    return FALSE;

  same_unit = self->unit != NULL && self->store == store && vd_unit_get_id (self->unit) == id;
  g_set_object (&self->store, store);
  g_set_object (&self->unit, unit);
  g_clear_pointer (&self->ratings, g_ptr_array_unref);
  self->ratings = g_ptr_array_ref (ratings);

  adw_avatar_set_text (self->avatar, vd_unit_get_name (unit));
  gtk_label_set_label (self->title_label, vd_unit_get_name (unit));
  gtk_label_set_label (self->subtitle_label, vd_unit_kind_label (vd_unit_get_kind (unit)));
  gtk_label_set_label (self->back_label, parent_path != NULL ? parent_path : "");

  set_value (self->short_name_value, vd_unit_get_short_name (unit), _("None"));
  set_value (self->kind_value, vd_unit_kind_label (vd_unit_get_kind (unit)), NULL);
  set_value (self->parent_value, parent_path, _("Top level"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self->parent_row), parent_path != NULL);
  gtk_widget_set_visible (self->parent_arrow, parent_path != NULL);

  members = describe_members (unit, total_members);
  set_value (self->members_value, members, NULL);

  set_value (self->note_value, vd_unit_get_note (unit), NULL);
  gtk_widget_set_visible (self->note_row,
                          vd_unit_get_note (unit) != NULL && vd_unit_get_note (unit)[0] != '\0');

  vd_people_rows_clear (self->ratings_list);
  for (guint i = 0; i < ratings->len; i++)
    {
      VdRating *rating = g_ptr_array_index (ratings, i);

      if (rating->grade != VD_GRADE_NONE)
        gtk_list_box_append (self->ratings_list, vd_people_rows_new_rating (rating));
    }

  vd_people_rows_clear (self->awards_list);
  for (guint i = 0; i < awards->len; i++)
    gtk_list_box_append (self->awards_list, vd_people_rows_new_award (g_ptr_array_index (awards, i)));

  vd_eligibility_section_show_unit (self->eligibility_section, store, id);

  if (!same_unit)
    gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled_window), 0);

  return TRUE;
}

/**
 * vd_unit_page_clear:
 *
 * Forgets the shown unit, for instance when the archive is closed.
 */
void
vd_unit_page_clear (VdUnitPage *self)
{
  g_return_if_fail (VD_IS_UNIT_PAGE (self));

  g_clear_object (&self->unit);
  vd_eligibility_section_clear (self->eligibility_section);
  g_clear_object (&self->store);
  g_clear_pointer (&self->ratings, g_ptr_array_unref);
}

/**
 * vd_unit_page_get_unit_id:
 *
 * Returns: the unit shown, 0 if none
 */
gint64
vd_unit_page_get_unit_id (VdUnitPage *self)
{
  g_return_val_if_fail (VD_IS_UNIT_PAGE (self), 0);

  return self->unit != NULL ? vd_unit_get_id (self->unit) : 0;
}

/**
 * vd_unit_page_get_unit:
 *
 * Returns: (transfer none) (nullable): the unit shown
 */
VdUnit *
vd_unit_page_get_unit (VdUnitPage *self)
{
  g_return_val_if_fail (VD_IS_UNIT_PAGE (self), NULL);

  return self->unit;
}

/**
 * vd_unit_page_get_ratings:
 *
 * Returns: (transfer none) (nullable): VdRating* of the unit shown, newest
 *   first
 */
GPtrArray *
vd_unit_page_get_ratings (VdUnitPage *self)
{
  g_return_val_if_fail (VD_IS_UNIT_PAGE (self), NULL);

  return self->ratings;
}
