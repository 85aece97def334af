/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdPeopleRows"

#include "config.h"

#include <glib/gi18n.h>

#include "vd-date.h"
#include "vd-people-rows.h"
#include "vd-unit-tree.h"

static GtkWidget *
new_row (const char *title,
         const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  /* Archive text such as "Bộ TN&MT" is not markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title != NULL ? title : "");
  if (subtitle != NULL && subtitle[0] != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);

  return row;
}

static GtkWidget *
new_year_label (int year)
{
  g_autofree char *text = g_strdup_printf ("%d", year);
  GtkWidget *label = gtk_label_new (text);

  /* Same width for every year, so titles line up like a timeline. */
  gtk_label_set_width_chars (GTK_LABEL (label), 4);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "numeric");
  gtk_widget_add_css_class (label, "heading");

  return label;
}

/**
 * vd_people_rows_new_rating:
 *
 * Returns: (transfer floating): "2023   Excellent task completion"
 */
GtkWidget *
vd_people_rows_new_rating (const VdRating *rating)
{
  GtkWidget *row = new_row (vd_grade_label (rating->grade), NULL);

  adw_action_row_add_prefix (ADW_ACTION_ROW (row), new_year_label (rating->year));
  return row;
}

/**
 * vd_people_rows_new_award:
 *
 * Returns: (transfer floating): one line of an award history: year, award,
 *   decision number and date, golden book number, and a "Revoked" tag
 */
GtkWidget *
vd_people_rows_new_award (const VdAwardRecord *record)
{
  g_autoptr(GString) subtitle = g_string_new (NULL);
  g_autofree char *date = NULL;
  GtkWidget *row;

  if (record->decision_date != NULL && record->decision_date[0] != '\0')
    date = vd_date_to_display (record->decision_date);

  if (record->decision_number != NULL && record->decision_number[0] != '\0')
    {
      if (date != NULL)
        /* Translators: decision number and date, e.g. "Decision 382/QĐ-BTNMT of 12/05/2023" */
        g_string_append_printf (subtitle, _("Decision %s of %s"), record->decision_number, date);
      else
        g_string_append_printf (subtitle, _("Decision %s"), record->decision_number);
    }
  else if (date != NULL)
    g_string_append_printf (subtitle, _("Decided on %s"), date);

  if (record->golden_book_no != NULL && record->golden_book_no[0] != '\0')
    {
      if (subtitle->len > 0)
        g_string_append (subtitle, " · ");
      g_string_append_printf (subtitle, _("Golden book no. %s"), record->golden_book_no);
    }

  row = new_row (record->kind_name != NULL ? record->kind_name : record->kind_code, subtitle->str);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), new_year_label (record->year));

  if (record->revoked)
    {
      GtkWidget *tag = gtk_label_new (_("Revoked"));

      gtk_widget_set_valign (tag, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (tag, "caption-heading");
      gtk_widget_add_css_class (tag, "error");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), tag);
    }

  return row;
}

/**
 * vd_people_rows_new_initiative:
 *
 * Returns: (transfer floating): an initiative with its year, level, who
 *   recognised it and what award it was used for
 */
GtkWidget *
vd_people_rows_new_initiative (const VdInitiative *initiative)
{
  g_autoptr(GString) subtitle = g_string_new (NULL);
  g_autofree char *date = NULL;
  GtkWidget *row;

  g_string_append (subtitle, vd_initiative_level_label (initiative->level));

  if (initiative->recognized_on != NULL && initiative->recognized_on[0] != '\0')
    date = vd_date_to_display (initiative->recognized_on);

  if (initiative->recognized_by != NULL && initiative->recognized_by[0] != '\0')
    {
      g_string_append (subtitle, " · ");
      if (date != NULL)
        /* Translators: "Recognised by <body> on <dd/mm/yyyy>" */
        g_string_append_printf (subtitle, _("Recognised by %s on %s"), initiative->recognized_by, date);
      else
        g_string_append_printf (subtitle, _("Recognised by %s"), initiative->recognized_by);
    }

  if (initiative->used_for != NULL && initiative->used_for[0] != '\0')
    {
      g_string_append (subtitle, "\n");
      g_string_append_printf (subtitle, _("Used for %s"), initiative->used_for);
    }

  if (initiative->authors != NULL && strchr (initiative->authors, ',') != NULL)
    {
      g_string_append (subtitle, "\n");
      g_string_append_printf (subtitle, _("Authors: %s"), initiative->authors);
    }

  row = new_row (initiative->title, subtitle->str);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), new_year_label (initiative->year));

  return row;
}

/**
 * vd_people_rows_new_value:
 *
 * Returns: (transfer floating): a "title … value" row for details
 */
GtkWidget *
vd_people_rows_new_value (const char *title,
                          const char *value)
{
  GtkWidget *row = new_row (title, NULL);
  GtkWidget *label = gtk_label_new (value);

  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);

  return row;
}

/**
 * vd_people_rows_clear:
 *
 * Removes every row of @list (GTK 4.8 has no gtk_list_box_remove_all()).
 */
void
vd_people_rows_clear (GtkListBox *list)
{
  GtkWidget *row;

  while ((row = GTK_WIDGET (gtk_list_box_get_row_at_index (list, 0))) != NULL)
    gtk_list_box_remove (list, row);
}

/**
 * vd_people_rows_set_placeholder:
 *
 * Shows @text inside @list while it has no rows ("No awards recorded").
 */
void
vd_people_rows_set_placeholder (GtkListBox *list,
                                const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_set_margin_top (label, 18);
  gtk_widget_set_margin_bottom (label, 18);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_list_box_set_placeholder (list, label);
}

static void
update_check (GtkListItem *list_item)
{
  AdwComboRow *row = g_object_get_data (G_OBJECT (list_item), "vd-combo-row");
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkWidget *check = gtk_widget_get_last_child (box);

  gtk_widget_set_opacity (check, adw_combo_row_get_selected_item (row) == gtk_list_item_get_item (list_item) ? 1 : 0);
}

static void
on_unit_choice_setup (GtkSignalListItemFactory *factory,
                      GtkListItem              *list_item,
                      AdwComboRow              *row)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name_label = gtk_label_new (NULL);
  GtkWidget *path_label = gtk_label_new (NULL);
  GtkWidget *check = gtk_image_new_from_icon_name ("object-select-symbolic");

  gtk_label_set_xalign (GTK_LABEL (name_label), 0);
  gtk_label_set_wrap (GTK_LABEL (name_label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (name_label), 50);
  gtk_box_append (GTK_BOX (labels), name_label);

  gtk_label_set_xalign (GTK_LABEL (path_label), 0);
  gtk_label_set_wrap (GTK_LABEL (path_label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (path_label), 50);
  gtk_widget_add_css_class (path_label, "caption");
  gtk_widget_add_css_class (path_label, "dim-label");
  gtk_box_append (GTK_BOX (labels), path_label);

  gtk_widget_set_hexpand (labels, TRUE);
  gtk_box_append (GTK_BOX (box), labels);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), check);

  g_object_set_data (G_OBJECT (list_item), "vd-combo-row", row);
  gtk_list_item_set_child (list_item, box);
}

static void
on_unit_choice_bind (GtkSignalListItemFactory *factory,
                     GtkListItem              *list_item,
                     AdwComboRow              *row)
{
  GtkWidget *labels = gtk_widget_get_first_child (gtk_list_item_get_child (list_item));
  GtkWidget *name_label = gtk_widget_get_first_child (labels);
  GtkWidget *path_label = gtk_widget_get_last_child (labels);
  const char *path = gtk_string_object_get_string (gtk_list_item_get_item (list_item));
  const char *last = g_strrstr (path, VD_UNIT_PATH_SEPARATOR);

  /* The unit's own name reads first; where it sits goes underneath, so
   * "Phòng Tổng hợp" of two departments can be told apart. */
  if (last != NULL)
    {
      g_autofree char *parent = g_strndup (path, last - path);

      gtk_label_set_label (GTK_LABEL (name_label), last + strlen (VD_UNIT_PATH_SEPARATOR));
      gtk_label_set_label (GTK_LABEL (path_label), parent);
      gtk_widget_set_visible (path_label, TRUE);
    }
  else
    {
      gtk_label_set_label (GTK_LABEL (name_label), path);
      gtk_widget_set_visible (path_label, FALSE);
    }

  g_signal_connect_object (row, "notify::selected-item", G_CALLBACK (update_check),
                           list_item, G_CONNECT_SWAPPED);
  update_check (list_item);
}

static void
on_unit_choice_unbind (GtkSignalListItemFactory *factory,
                       GtkListItem              *list_item,
                       AdwComboRow              *row)
{
  g_signal_handlers_disconnect_by_func (row, update_check, list_item);
}

/**
 * vd_people_rows_setup_unit_combo:
 *
 * Makes @row show unit paths (a GtkStringList of "Bộ › Vụ › Phòng"): the
 * whole path as the row's subtitle, and in the list the unit's name above
 * the path of its parent.
 */
void
vd_people_rows_setup_unit_combo (AdwComboRow *row)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkExpression) expression =
    gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");

  g_signal_connect (factory, "setup", G_CALLBACK (on_unit_choice_setup), row);
  g_signal_connect (factory, "bind", G_CALLBACK (on_unit_choice_bind), row);
  g_signal_connect (factory, "unbind", G_CALLBACK (on_unit_choice_unbind), row);

  adw_combo_row_set_expression (row, expression);
  adw_combo_row_set_use_subtitle (row, TRUE);
  adw_combo_row_set_list_factory (row, factory);
}

/**
 * vd_people_rows_add_hint:
 * @field_row: a row already inside a boxed list or preferences group
 *
 * Puts a hidden row for validation messages right under @field_row, so a
 * message appears next to the field it is about.
 *
 * Returns: (transfer none): the hint row, for vd_people_rows_set_hint()
 */
GtkWidget *
vd_people_rows_add_hint (GtkWidget *field_row)
{
  GtkWidget *list = gtk_widget_get_parent (field_row);
  GtkWidget *hint = g_object_new (ADW_TYPE_PREFERENCES_ROW,
                                  "activatable", FALSE,
                                  "selectable", FALSE,
                                  "focusable", FALSE,
                                  "visible", FALSE,
                                  NULL);
  GtkWidget *label = gtk_label_new (NULL);

  g_return_val_if_fail (GTK_IS_LIST_BOX (list), NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "error");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (hint), label);

  gtk_list_box_insert (GTK_LIST_BOX (list), hint,
                       gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (field_row)) + 1);
  return hint;
}

/**
 * vd_people_rows_set_hint:
 * @message: (nullable): what is wrong with the field, %NULL when nothing
 *
 * Shows or hides @message under @field_row, marks the row as an error and
 * gives screen readers the message as the row's description.
 */
void
vd_people_rows_set_hint (GtkWidget  *field_row,
                         GtkWidget  *hint_row,
                         const char *message)
{
  GtkWidget *label = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (hint_row));
  gboolean show = message != NULL && message[0] != '\0';

  gtk_label_set_label (GTK_LABEL (label), show ? message : "");
  gtk_widget_set_visible (hint_row, show);
  if (show)
    {
      gtk_widget_add_css_class (field_row, "error");
      gtk_accessible_update_property (GTK_ACCESSIBLE (field_row),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message,
                                      -1);
      gtk_accessible_update_state (GTK_ACCESSIBLE (field_row),
                                   GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE,
                                   -1);
    }
  else
    {
      gtk_widget_remove_css_class (field_row, "error");
      gtk_accessible_reset_property (GTK_ACCESSIBLE (field_row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      gtk_accessible_reset_state (GTK_ACCESSIBLE (field_row), GTK_ACCESSIBLE_STATE_INVALID);
    }
}
