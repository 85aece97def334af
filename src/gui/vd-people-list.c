/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdPeopleList"

#include "config.h"

#include <glib/gi18n.h>

#include "vd-people-format.h"
#include "vd-bench-hook.h"
#include "vd-people-list.h"
#include "vd-people-model.h"

/**
 * VdPeopleList:
 *
 * The people of one unit (or its subtree) in a column view straight over a
 * VdPeopleModel: the archive filters and sorts, the view only shows the
 * visible rows. Clicking a column header asks the model for another SQL
 * order instead of sorting tens of thousands of rows in memory.
 */

struct _VdPeopleList
{
  AdwBin               parent_instance;

  /* template widgets */
  GtkLabel            *title_label;
  GtkLabel            *count_label;
  GtkSpinner          *spinner;
  GtkWidget           *details_button;
  GtkSearchEntry      *search_entry;
  GtkStack            *stack;
  GtkColumnView       *column_view;
  GtkColumnViewColumn *name_column;
  GtkColumnViewColumn *position_column;
  GtkColumnViewColumn *unit_column;
  GtkColumnViewColumn *birth_year_column;
  GtkColumnViewColumn *gender_column;
  GtkColumnViewColumn *direct_worker_column;
  AdwStatusPage       *empty_page;
  AdwStatusPage       *no_matches_page;
  GtkSpinner          *loading_spinner;

  /* owned references */
  VdStore             *store;
  VdPeopleModel       *model;
  GtkSingleSelection  *selection;

  gint64               unit_id;
  gint64               selected_id;       /* kept across reloads of the model */
  gint64               pending_select_id; /* to select and scroll to once loaded */
  gboolean             pending_focus;     /* and to give the keyboard focus */
  gboolean             pending_scroll;    /* a new order or filter starts at the top */
  VdPeopleSort         sort;
  gboolean             descending;
  gboolean             include_subunits;
  gboolean             has_subunits;
};

G_DEFINE_FINAL_TYPE (VdPeopleList, vd_people_list, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  PROP_INCLUDE_SUBUNITS,
  PROP_SELECTED,
  N_PROPS
};

enum {
  PERSON_ACTIVATED,
  N_SIGNALS
};

typedef enum
{
  COLUMN_NAME,
  COLUMN_POSITION,
  COLUMN_UNIT,
  COLUMN_BIRTH_YEAR,
  COLUMN_GENDER,
  COLUMN_DIRECT_WORKER,
} Column;

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* GTK 4.8 cannot say which column the user sorted by
 * (GtkColumnViewSorter's getters are 4.10). Its compare() asks the column
 * sorters in order, primary first, and inverts a descending one; comparing
 * these two probes therefore makes the primary column's sorter name itself
 * and the sign of the result gives the direction. Nothing else ever calls
 * the column sorters: the column view's model is the VdPeopleModel itself,
 * not a GtkSortListModel. Main thread only. */
static GObject *probe_a;
static GObject *probe_b;
static int probed_sort = -1;

static int
compare_probe (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  if (a == probe_a && b == probe_b)
    {
      probed_sort = GPOINTER_TO_INT (user_data);
      return GTK_ORDERING_SMALLER;
    }

  return GTK_ORDERING_EQUAL;
}

static void
set_column_sort (GtkColumnViewColumn *column,
                 VdPeopleSort         sort)
{
  g_autoptr(GtkSorter) sorter = GTK_SORTER (gtk_custom_sorter_new (compare_probe, GINT_TO_POINTER (sort), NULL));

  gtk_column_view_column_set_sorter (column, sorter);
}

static guint
n_people (VdPeopleList *self)
{
  return self->model != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->model)) : 0;
}

static gboolean
is_loading (VdPeopleList *self)
{
  return self->model != NULL && vd_people_model_get_loading (self->model);
}

static void
scroll_to (VdPeopleList *self,
           guint         position)
{
  /* The column view has no scroll API in 4.8; its inner list view has the
   * public "list.scroll-to-item" action. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->column_view));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LIST_VIEW (child))
        {
          gtk_widget_activate_action (child, "list.scroll-to-item", "u", position);
          break;
        }
    }
}

static void
update_state (VdPeopleList *self)
{
  const char *filter = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  guint n = n_people (self);
  gboolean loading = is_loading (self);
  g_autofree char *count = vd_people_format_count (n);
  g_autofree char *text = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->spinner), loading && n > 0);
  gtk_spinner_set_spinning (self->spinner, loading && n > 0);
  gtk_spinner_set_spinning (self->loading_spinner, loading && n == 0);

  if (n > 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "list");
      vd_bench_hook_data_shown (GTK_WIDGET (self->stack));
    }
  else if (loading)
    gtk_stack_set_visible_child_name (self->stack, "loading");
  else if (filter[0] != '\0')
    {
      g_autofree char *shown = g_strstrip (g_strdup (filter));
      g_autofree char *description =
        g_strdup_printf (_("No one here matches “%s”. Try another name or position."), shown);

      adw_status_page_set_description (self->no_matches_page, description);
      gtk_stack_set_visible_child_name (self->stack, "no-matches");
    }
  else
    {
      /* With sub-units left out, an empty parent is the usual case. */
      adw_status_page_set_description (self->empty_page,
                                       self->has_subunits && !self->include_subunits
                                       ? _("Nobody works directly in this unit. Its sub-units list their own people.")
                                       : _("Add the people of this unit to record their annual ratings, initiatives and awards."));
      gtk_stack_set_visible_child_name (self->stack, "empty");
    }

  if (filter[0] != '\0')
    /* Translators: %s is a number such as "1 234" */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s match", "%s matches", n), count);
  else if (self->include_subunits && self->has_subunits)
    /* Translators: %s is a number such as "1 234" */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s person, sub-units included",
                                         "%s people, sub-units included", n), count);
  else
    /* Translators: %s is a number such as "1 234" */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s person", "%s people", n), count);

  /* The status page already says there is nobody. */
  gtk_label_set_label (self->count_label, n == 0 ? "" : text);
}

static void
restore_selection (VdPeopleList *self)
{
  gint64 wanted = self->pending_select_id != 0 ? self->pending_select_id : self->selected_id;
  guint position;

  if (wanted == 0 || self->model == NULL || is_loading (self))
    return;

  position = vd_people_model_find (self->model, wanted);
  if (position != G_MAXUINT)
    {
      gtk_single_selection_set_selected (self->selection, position);
      if (self->pending_select_id != 0)
        scroll_to (self, position);
      /* Scrolling to the row also made it the one that takes the focus. */
      if (self->pending_focus)
        gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
    }
  self->pending_select_id = 0;
  self->pending_focus = FALSE;
}

static void
query (VdPeopleList *self)
{
  if (self->model == NULL)
    return;

  self->pending_scroll = TRUE;
  vd_people_model_set_query (self->model, self->unit_id, self->include_subunits,
                             gtk_editable_get_text (GTK_EDITABLE (self->search_entry)),
                             self->sort, self->descending);
  update_state (self);
}

static const char *
cell_text (VdPerson *person,
           Column    column,
           char    **buffer)
{
  switch (column)
    {
    case COLUMN_NAME:
      return vd_person_get_full_name (person);
    case COLUMN_POSITION:
      return vd_person_get_position (person);
    case COLUMN_UNIT:
      return vd_person_get_unit_name (person);
    case COLUMN_BIRTH_YEAR:
      if (vd_person_get_birth_year (person) <= 0)
        return "";
      *buffer = g_strdup_printf ("%d", vd_person_get_birth_year (person));
      return *buffer;
    case COLUMN_GENDER:
      if (vd_person_get_gender (person) == VD_GENDER_UNKNOWN)
        return "";
      return vd_gender_label (vd_person_get_gender (person));
    case COLUMN_DIRECT_WORKER:
      return vd_person_get_direct_worker (person) ? _("Yes") : _("No");
    default:
      g_return_val_if_reached ("");
    }
}

static void
update_cell (GtkListItem *list_item)
{
  Column column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (list_item), "vd-column"));
  GtkInscription *label = GTK_INSCRIPTION (gtk_list_item_get_child (list_item));
  VdPerson *person = gtk_list_item_get_item (list_item);
  g_autofree char *buffer = NULL;
  const char *text;

  if (person == NULL)
    return;

  text = cell_text (person, column, &buffer);
  gtk_inscription_set_text (label, text != NULL ? text : "");
  /* Screen readers read the cell by its text. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  text != NULL ? text : "", -1);

  /* Unit names are the ones long enough to be cut off. */
  if (column == COLUMN_UNIT)
    gtk_widget_set_tooltip_text (GTK_WIDGET (label), text != NULL && text[0] != '\0' ? text : NULL);

  if (column == COLUMN_DIRECT_WORKER)
    {
      if (vd_person_get_direct_worker (person))
        gtk_widget_remove_css_class (GTK_WIDGET (label), "dim-label");
      else
        gtk_widget_add_css_class (GTK_WIDGET (label), "dim-label");
    }
}

static void
on_cell_setup (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               gpointer                  user_data)
{
  Column column = GPOINTER_TO_INT (user_data);
  /* GtkInscription, not GtkLabel: its size comes from a character count, not
   * from laying out the text, and GTK 4.8 fills up to 200 rows at once when a
   * list first gets its items. That keeps the first frame with people cheap. */
  GtkWidget *label = gtk_inscription_new (NULL);

  gtk_inscription_set_xalign (GTK_INSCRIPTION (label), 0);
  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (label), GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  if (column == COLUMN_BIRTH_YEAR)
    gtk_widget_add_css_class (label, "numeric");
  g_object_set_data (G_OBJECT (list_item), "vd-column", user_data);
  gtk_list_item_set_child (list_item, label);
}

static void
on_cell_bind (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              gpointer                  user_data)
{
  VdPerson *person = gtk_list_item_get_item (list_item);

  if (person == NULL)
    return;

  /* The model refreshes the people it handed out in place after an edit,
   * without items-changed when the order stays; the cells follow. */
  g_signal_connect_object (person, "notify", G_CALLBACK (update_cell), list_item, G_CONNECT_SWAPPED);
  update_cell (list_item);
}

static void
on_cell_unbind (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                gpointer                  user_data)
{
  VdPerson *person = gtk_list_item_get_item (list_item);

  if (person != NULL)
    g_signal_handlers_disconnect_by_func (person, update_cell, list_item);
}

static void
set_column_factory (GtkColumnViewColumn *view_column,
                    Column               column)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (on_cell_setup), GINT_TO_POINTER (column));
  g_signal_connect (factory, "bind", G_CALLBACK (on_cell_bind), GINT_TO_POINTER (column));
  g_signal_connect (factory, "unbind", G_CALLBACK (on_cell_unbind), GINT_TO_POINTER (column));
  gtk_column_view_column_set_factory (view_column, factory);
}

static void
on_sorter_changed (VdPeopleList *self)
{
  GtkSorter *sorter = gtk_column_view_get_sorter (self->column_view);
  GtkOrdering ordering;

  probed_sort = -1;
  ordering = gtk_sorter_compare (sorter, probe_a, probe_b);

  if (ordering == GTK_ORDERING_EQUAL || probed_sort < 0)
    {
      /* No column chosen: the Vietnamese name order lists expect. */
      self->sort = VD_PEOPLE_SORT_NAME;
      self->descending = FALSE;
    }
  else
    {
      self->sort = probed_sort;
      self->descending = ordering == GTK_ORDERING_LARGER;
    }

  if (self->model != NULL)
    {
      self->pending_scroll = TRUE;
      vd_people_model_set_sort (self->model, self->sort, self->descending);
    }
}

static void
on_model_items_changed (VdPeopleList *self)
{
  update_state (self);
  restore_selection (self);
}

static void
on_model_loading_changed (VdPeopleList *self)
{
  update_state (self);
  restore_selection (self);

  /* GTK keeps the top row's person in view across items-changed, which
   * after a new sort or filter lands somewhere in the middle. Show the
   * selected person, or else the start of the new list. */
  if (self->pending_scroll && !is_loading (self) && n_people (self) > 0)
    {
      guint selected = gtk_single_selection_get_selected (self->selection);

      scroll_to (self, selected != GTK_INVALID_LIST_POSITION ? selected : 0);
    }
  if (!is_loading (self))
    self->pending_scroll = FALSE;
}

static void
on_selection_changed (VdPeopleList *self)
{
  VdPerson *person = vd_people_list_get_selected (self);

  /* A reload empties the selection for a moment; only the user's own
   * choice replaces what is restored afterwards. */
  if (person != NULL)
    self->selected_id = vd_person_get_id (person);
  else if (!is_loading (self))
    self->selected_id = 0;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

static void
on_column_view_activate (VdPeopleList *self,
                         guint         position)
{
  g_autoptr(VdPerson) person = NULL;

  if (self->model == NULL)
    return;

  person = g_list_model_get_item (G_LIST_MODEL (self->model), position);
  if (person != NULL)
    g_signal_emit (self, signals[PERSON_ACTIVATED], 0, vd_person_get_id (person));
}

static void
on_search_entry_search_changed (VdPeopleList *self)
{
  if (self->model != NULL)
    {
      self->pending_scroll = TRUE;
      vd_people_model_set_filter_text (self->model,
                                       gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
    }
  update_state (self);
}

static void
on_search_entry_activate (VdPeopleList *self)
{
  if (n_people (self) == 0)
    return;

  /* Enter in the filter goes to the first match, as in Files. */
  gtk_single_selection_set_selected (self->selection, 0);
  scroll_to (self, 0);
  gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}

static void
on_search_entry_stop_search (VdPeopleList *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
vd_people_list_dispose (GObject *object)
{
  VdPeopleList *self = VD_PEOPLE_LIST (object);

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  if (self->column_view != NULL)
    g_signal_handlers_disconnect_by_data (gtk_column_view_get_sorter (self->column_view), self);
  gtk_widget_dispose_template (GTK_WIDGET (self), VD_TYPE_PEOPLE_LIST);

  G_OBJECT_CLASS (vd_people_list_parent_class)->dispose (object);
}

static void
vd_people_list_finalize (GObject *object)
{
  VdPeopleList *self = VD_PEOPLE_LIST (object);

  g_clear_object (&self->selection);
  g_clear_object (&self->model);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (vd_people_list_parent_class)->finalize (object);
}

static void
vd_people_list_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  VdPeopleList *self = VD_PEOPLE_LIST (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_INCLUDE_SUBUNITS:
      g_value_set_boolean (value, self->include_subunits);
      break;
    case PROP_SELECTED:
      g_value_set_object (value, vd_people_list_get_selected (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vd_people_list_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  VdPeopleList *self = VD_PEOPLE_LIST (object);

  switch (prop_id)
    {
    case PROP_STORE:
      vd_people_list_set_store (self, g_value_get_object (value));
      break;
    case PROP_INCLUDE_SUBUNITS:
      vd_people_list_set_include_subunits (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vd_people_list_class_init (VdPeopleListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vd_people_list_dispose;
  object_class->finalize = vd_people_list_finalize;
  object_class->get_property = vd_people_list_get_property;
  object_class->set_property = vd_people_list_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, VD_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_INCLUDE_SUBUNITS] =
    g_param_spec_boolean ("include-subunits", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SELECTED] =
    g_param_spec_object ("selected", NULL, NULL, VD_TYPE_PERSON,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * VdPeopleList::person-activated:
   * @person_id: the person whose row was activated (Enter or double-click)
   */
  signals[PERSON_ACTIVATED] =
    g_signal_new ("person-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/vinhdanh/VinhDanh/vd-people-list.ui");
  gtk_widget_class_bind_template_child (widget_class, VdPeopleList, title_label);
  gtk_widget_class_bind_template_child (widget_class, VdPeopleList, count_label);
  gtk_widget_class_bind_template_child (widget_class, VdPeopleList, spinner);
  gtk_widget_class_bind_template_child (widget_class, VdPeopleList, details_button);
  gtk_widget_class_bind_template_child (widget_class, VdPeopleList, search_entry);
  gtk_widget_class_bind_template_child (widget_class, VdPeopleList, stack);
  gtk_widget_class_bind_template_child (widget_class, VdPeopleList, column_view);
  gtk_widget_class_bind_template_child (widget_class, VdPeopleList, name_column);
  gtk_widget_class_bind_template_child (widget_class, VdPeopleList, position_column);
  gtk_widget_class_bind_template_child (widget_class, VdPeopleList, unit_column);
  gtk_widget_class_bind_template_child (widget_class, VdPeopleList, birth_year_column);
  gtk_widget_class_bind_template_child (widget_class, VdPeopleList, gender_column);
  gtk_widget_class_bind_template_child (widget_class, VdPeopleList, direct_worker_column);
  gtk_widget_class_bind_template_child (widget_class, VdPeopleList, empty_page);
  gtk_widget_class_bind_template_child (widget_class, VdPeopleList, no_matches_page);
  gtk_widget_class_bind_template_child (widget_class, VdPeopleList, loading_spinner);
  gtk_widget_class_bind_template_callback (widget_class, on_column_view_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_stop_search);

  probe_a = g_object_new (G_TYPE_OBJECT, NULL);
  probe_b = g_object_new (G_TYPE_OBJECT, NULL);
}

static void
vd_people_list_init (VdPeopleList *self)
{
  self->include_subunits = TRUE;
  self->sort = VD_PEOPLE_SORT_NAME;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_swapped (self->selection, "notify::selected-item",
                            G_CALLBACK (on_selection_changed), self);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));

  set_column_factory (self->name_column, COLUMN_NAME);
  set_column_factory (self->position_column, COLUMN_POSITION);
  set_column_factory (self->unit_column, COLUMN_UNIT);
  set_column_factory (self->birth_year_column, COLUMN_BIRTH_YEAR);
  set_column_factory (self->gender_column, COLUMN_GENDER);
  set_column_factory (self->direct_worker_column, COLUMN_DIRECT_WORKER);

  set_column_sort (self->name_column, VD_PEOPLE_SORT_NAME);
  set_column_sort (self->position_column, VD_PEOPLE_SORT_POSITION);
  set_column_sort (self->unit_column, VD_PEOPLE_SORT_UNIT);
  set_column_sort (self->birth_year_column, VD_PEOPLE_SORT_BIRTH_YEAR);
  set_column_sort (self->gender_column, VD_PEOPLE_SORT_GENDER);

  g_signal_connect_swapped (gtk_column_view_get_sorter (self->column_view), "changed",
                            G_CALLBACK (on_sorter_changed), self);
  gtk_column_view_sort_by_column (self->column_view, self->name_column, GTK_SORT_ASCENDING);

  /* No key capture from the list into the filter: it would swallow Delete
   * and Backspace, which act on the selected person. Ctrl+L filters. */

  update_state (self);
}

/**
 * vd_people_list_new:
 *
 * Returns: a people list showing nobody until it has a store and a unit
 */
GtkWidget *
vd_people_list_new (void)
{
  return g_object_new (VD_TYPE_PEOPLE_LIST, NULL);
}

VdStore *
vd_people_list_get_store (VdPeopleList *self)
{
  g_return_val_if_fail (VD_IS_PEOPLE_LIST (self), NULL);

  return self->store;
}

void
vd_people_list_set_store (VdPeopleList *self,
                          VdStore      *store)
{
  g_return_if_fail (VD_IS_PEOPLE_LIST (self));
  g_return_if_fail (store == NULL || VD_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  gtk_single_selection_set_model (self->selection, NULL);
  g_clear_object (&self->model);
  self->unit_id = 0;
  self->selected_id = 0;
  self->pending_select_id = 0;

  if (store != NULL)
    {
      self->model = vd_people_model_new (store);
      g_signal_connect_swapped (self->model, "items-changed",
                                G_CALLBACK (on_model_items_changed), self);
      g_signal_connect_swapped (self->model, "notify::loading",
                                G_CALLBACK (on_model_loading_changed), self);
      gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->model));
    }

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  update_state (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * vd_people_list_set_unit:
 * @unit_id: the unit whose people to list, 0 for everyone
 * @title: shown above the list (the unit's name)
 * @has_subunits: whether the count says that sub-units are included
 *
 * Lists the people of @unit_id. Moving to another unit clears the filter,
 * as moving to another folder does in Files.
 */
void
vd_people_list_set_unit (VdPeopleList *self,
                         gint64        unit_id,
                         const char   *title,
                         gboolean      has_subunits)
{
  g_return_if_fail (VD_IS_PEOPLE_LIST (self));

  gtk_label_set_label (self->title_label, title != NULL ? title : "");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->title_label), title);
  gtk_widget_set_visible (self->details_button, unit_id != 0);
  self->has_subunits = has_subunits;

  if (self->unit_id == unit_id)
    {
      update_state (self);
      return;
    }

  self->unit_id = unit_id;
  self->selected_id = 0;
  self->pending_select_id = 0;

  /* The query runs from the search-changed handler when there was text. */
  g_signal_handlers_block_by_func (self->search_entry, on_search_entry_search_changed, self);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  g_signal_handlers_unblock_by_func (self->search_entry, on_search_entry_search_changed, self);

  query (self);
}

gint64
vd_people_list_get_unit_id (VdPeopleList *self)
{
  g_return_val_if_fail (VD_IS_PEOPLE_LIST (self), 0);

  return self->unit_id;
}

gboolean
vd_people_list_get_include_subunits (VdPeopleList *self)
{
  g_return_val_if_fail (VD_IS_PEOPLE_LIST (self), FALSE);

  return self->include_subunits;
}

void
vd_people_list_set_include_subunits (VdPeopleList *self,
                                     gboolean      include_subunits)
{
  g_return_if_fail (VD_IS_PEOPLE_LIST (self));

  include_subunits = !!include_subunits;
  if (self->include_subunits == include_subunits)
    return;

  self->include_subunits = include_subunits;
  query (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INCLUDE_SUBUNITS]);
}

/**
 * vd_people_list_get_selected:
 *
 * Returns: (transfer none) (nullable): the selected person
 */
VdPerson *
vd_people_list_get_selected (VdPeopleList *self)
{
  g_return_val_if_fail (VD_IS_PEOPLE_LIST (self), NULL);

  return gtk_single_selection_get_selected_item (self->selection);
}

/**
 * vd_people_list_select_person:
 *
 * Selects @person_id and scrolls to it, now or as soon as the list has
 * loaded.
 */
void
vd_people_list_select_person (VdPeopleList *self,
                              gint64        person_id)
{
  g_return_if_fail (VD_IS_PEOPLE_LIST (self));

  self->pending_select_id = person_id;
  self->pending_focus = FALSE;
  restore_selection (self);
}

/**
 * vd_people_list_focus_person:
 *
 * Like vd_people_list_select_person(), and puts the keyboard focus on the
 * person's row, for coming back from their page.
 */
void
vd_people_list_focus_person (VdPeopleList *self,
                             gint64        person_id)
{
  g_return_if_fail (VD_IS_PEOPLE_LIST (self));

  self->pending_select_id = person_id;
  self->pending_focus = TRUE;
  restore_selection (self);
}

/**
 * vd_people_list_focus_filter:
 *
 * Moves the keyboard focus to the filter entry and selects its text.
 */
void
vd_people_list_focus_filter (VdPeopleList *self)
{
  g_return_if_fail (VD_IS_PEOPLE_LIST (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
}
