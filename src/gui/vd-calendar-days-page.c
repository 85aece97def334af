/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdCalendarDaysPage"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "vd-calendar-days-page.h"
#include "vd-calendar-days.h"

/* Preferences page of the fixed national and sector days the calendar
 * shows every year. Each change is saved at once into the archive. */

struct _VdCalendarDaysPage
{
  AdwPreferencesPage parent_instance;

  /* owned widgets (the rows follow the data) */
  AdwPreferencesGroup *days_group;
  GtkListBox          *days_list;
  AdwEntryRow         *date_row;
  AdwEntryRow         *title_row;

  /* owned references */
  VdStore             *store;
  GPtrArray           *days;
};

G_DEFINE_FINAL_TYPE (VdCalendarDaysPage, vd_calendar_days_page, ADW_TYPE_PREFERENCES_PAGE)

static void rebuild (VdCalendarDaysPage *self);

static void
show_toast (VdCalendarDaysPage *self,
            const char         *message)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (ADW_IS_PREFERENCES_WINDOW (root))
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (root), adw_toast_new (message));
}

static gboolean
save (VdCalendarDaysPage *self)
{
  g_autoptr(GError) error = NULL;

  if (!vd_calendar_days_save (self->store, self->days, &error))
    {
      show_toast (self, error->message);
      g_clear_pointer (&self->days, g_ptr_array_unref);
      self->days = vd_calendar_days_load (self->store);
      rebuild (self);
      return FALSE;
    }
  rebuild (self);
  return TRUE;
}

static void
on_remove_clicked (GtkButton          *button,
                   VdCalendarDaysPage *self)
{
  VdFixedDay *day = g_object_get_data (G_OBJECT (button), "day");

  g_ptr_array_remove (self->days, day);
  save (self);
}

static void
rebuild (VdCalendarDaysPage *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->days_list))) != NULL)
    gtk_list_box_remove (self->days_list, child);
  for (guint i = 0; i < self->days->len; i++)
    {
      VdFixedDay *day = g_ptr_array_index (self->days, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
      g_autofree char *date = g_strdup_printf ("%02d/%02d", day->day, day->month);
      g_autofree char *title = g_markup_escape_text (day->title, -1);
      g_autofree char *label = g_strdup_printf (_("Remove %s"), day->title);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), date);
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_tooltip_text (remove, _("Remove"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      g_object_set_data (G_OBJECT (remove), "day", day);
      g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_clicked), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      gtk_list_box_append (self->days_list, row);
    }
}

static void
on_add_clicked (VdCalendarDaysPage *self)
{
  const char *date = gtk_editable_get_text (GTK_EDITABLE (self->date_row));
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_row))));
  int day = 0, month = 0;
  char tail;

  if (sscanf (date, "%d/%d%c", &day, &month, &tail) != 2)
    {
      show_toast (self, _("Enter the day as dd/mm, for example 30/04."));
      gtk_widget_grab_focus (GTK_WIDGET (self->date_row));
      return;
    }
  g_ptr_array_add (self->days, vd_fixed_day_new (day, month, title));
  if (save (self))
    {
      gtk_editable_set_text (GTK_EDITABLE (self->date_row), "");
      gtk_editable_set_text (GTK_EDITABLE (self->title_row), "");
    }
}

static void
on_reset_clicked (VdCalendarDaysPage *self)
{
  g_autoptr(GError) error = NULL;

  if (!vd_calendar_days_reset (self->store, &error))
    {
      show_toast (self, error->message);
      return;
    }
  g_clear_pointer (&self->days, g_ptr_array_unref);
  self->days = vd_calendar_days_load (self->store);
  rebuild (self);
}

static void
vd_calendar_days_page_finalize (GObject *object)
{
  VdCalendarDaysPage *self = VD_CALENDAR_DAYS_PAGE (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->days, g_ptr_array_unref);
  G_OBJECT_CLASS (vd_calendar_days_page_parent_class)->finalize (object);
}

static void
vd_calendar_days_page_class_init (VdCalendarDaysPageClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = vd_calendar_days_page_finalize;
}

static void
vd_calendar_days_page_init (VdCalendarDaysPage *self)
{
  AdwPreferencesGroup *add_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  GtkWidget *add = gtk_button_new_with_mnemonic (_("_Add Day"));
  GtkWidget *reset = gtk_button_new_with_mnemonic (_("_Restore Defaults"));

  adw_preferences_page_set_name (ADW_PREFERENCES_PAGE (self), "calendar");
  adw_preferences_page_set_title (ADW_PREFERENCES_PAGE (self), _("Calendar"));
  adw_preferences_page_set_icon_name (ADW_PREFERENCES_PAGE (self), "x-office-calendar-symbolic");

  self->days_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->days_group, _("Fixed Days"));
  adw_preferences_group_set_description (self->days_group,
                                         _("National and sector days shown on the calendar every year. "
                                           "Stored in the archive, so everyone who opens it sees the same."));
  gtk_widget_set_valign (reset, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (reset, "flat");
  g_signal_connect_swapped (reset, "clicked", G_CALLBACK (on_reset_clicked), self);
  adw_preferences_group_set_header_suffix (self->days_group, reset);
  self->days_list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->days_list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->days_list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->days_list), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Fixed Days"), -1);
  adw_preferences_group_add (self->days_group, GTK_WIDGET (self->days_list));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self), self->days_group);

  adw_preferences_group_set_title (add_group, _("Add a Fixed Day"));
  self->date_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->date_row), _("Day (dd/mm)"));
  self->title_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->title_row), _("Name of the day"));
  g_signal_connect_swapped (self->title_row, "entry-activated", G_CALLBACK (on_add_clicked), self);
  adw_entry_row_set_activates_default (self->title_row, FALSE);
  adw_preferences_group_add (add_group, GTK_WIDGET (self->date_row));
  adw_preferences_group_add (add_group, GTK_WIDGET (self->title_row));
  gtk_widget_set_valign (add, GTK_ALIGN_CENTER);
  g_signal_connect_swapped (add, "clicked", G_CALLBACK (on_add_clicked), self);
  adw_preferences_group_set_header_suffix (add_group, add);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self), add_group);
}

/**
 * vd_calendar_days_page_new:
 *
 * Returns: (transfer floating): the page for the archive's fixed days
 */
AdwPreferencesPage *
vd_calendar_days_page_new (VdStore *store)
{
  VdCalendarDaysPage *self;

  g_return_val_if_fail (VD_IS_STORE (store), NULL);

  self = g_object_new (VD_TYPE_CALENDAR_DAYS_PAGE, NULL);
  self->store = g_object_ref (store);
  self->days = vd_calendar_days_load (store);
  rebuild (self);
  return ADW_PREFERENCES_PAGE (self);
}
