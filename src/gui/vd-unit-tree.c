/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdUnitTree"

#include "config.h"

#include <glib/gi18n.h>

#include "vd-people-format.h"
#include "vd-unit-tree.h"
#include "vd-units.h"

/**
 * VdUnitTree:
 *
 * The organisation as a tree: one row per unit with its member count.
 * Selection drives the people list next to it; activating a row opens the
 * unit page. The unit objects are kept between reloads whenever the shape of
 * the tree did not change, so renaming a unit or adding a person does not
 * collapse what the user expanded.
 */

struct _VdUnitTree
{
  AdwBin              parent_instance;

  /* template widgets */
  GtkListView        *list_view;
  GMenuModel         *unit_menu;

  /* owned references */
  GtkWidget          *context_menu;
  VdStore            *store;
  GPtrArray          *units;        /* VdUnit*, parents before children */
  GHashTable         *by_id;        /* gint64* → VdUnit* (borrowed from units) */
  GHashTable         *children;     /* gint64* parent id → GListStore of VdUnit */
  GHashTable         *totals;       /* gint64* → subtree member count (GUINT_TO_POINTER) */
  GHashTable         *bound_items;  /* GtkListItem* set, to refresh counts in place */
  GListStore         *roots;
  GtkSingleSelection *selection;
  VdUnit             *selected;

  gboolean            include_subunits;
  gboolean            rebuilding;
};

static void update_row           (VdUnitTree  *self,
                                  GtkListItem *list_item);
static void on_selection_changed (VdUnitTree  *self);

G_DEFINE_FINAL_TYPE (VdUnitTree, vd_unit_tree, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  PROP_INCLUDE_SUBUNITS,
  PROP_SELECTED,
  N_PROPS
};

enum {
  UNIT_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static gint64 *
int64_key (gint64 value)
{
  gint64 *key = g_new (gint64, 1);

  *key = value;
  return key;
}

static VdUnit *
unit_at (VdUnitTree *self,
         guint       position)
{
  g_autoptr(GtkTreeListRow) row = NULL;
  GListModel *model = gtk_single_selection_get_model (self->selection);

  if (model == NULL)
    return NULL;
  row = g_list_model_get_item (model, position);
  if (row == NULL)
    return NULL;
  /* gtk_tree_list_row_get_item() returns a new reference. */
  return gtk_tree_list_row_get_item (row);
}

static GListModel *
create_child_model (gpointer item,
                    gpointer user_data)
{
  VdUnitTree *self = user_data;
  gint64 id = vd_unit_get_id (VD_UNIT (item));
  GListStore *store = g_hash_table_lookup (self->children, &id);

  /* NULL makes the row a leaf, so no expander arrow is drawn. */
  return store != NULL ? g_object_ref (G_LIST_MODEL (store)) : NULL;
}

static void
compute_totals (VdUnitTree *self)
{
  g_hash_table_remove_all (self->totals);

  /* Parents come before children, so walking backwards adds every subtree
   * into its parent exactly once. */
  for (guint i = 0; i < self->units->len; i++)
    {
      VdUnit *unit = g_ptr_array_index (self->units, i);

      g_hash_table_insert (self->totals, int64_key (vd_unit_get_id (unit)),
                           GUINT_TO_POINTER ((guint) MAX (vd_unit_get_member_count (unit), 0)));
    }
  for (guint i = self->units->len; i > 0; i--)
    {
      VdUnit *unit = g_ptr_array_index (self->units, i - 1);
      gint64 id = vd_unit_get_id (unit);
      gint64 parent_id = vd_unit_get_parent_id (unit);
      guint total = GPOINTER_TO_UINT (g_hash_table_lookup (self->totals, &id));
      gpointer parent_total;

      if (parent_id != 0
          && g_hash_table_lookup_extended (self->totals, &parent_id, NULL, &parent_total))
        g_hash_table_insert (self->totals, int64_key (parent_id),
                             GUINT_TO_POINTER (GPOINTER_TO_UINT (parent_total) + total));
    }
}

static gboolean
same_shape (GPtrArray *old_units,
            GPtrArray *new_units)
{
  if (old_units == NULL || old_units->len != new_units->len)
    return FALSE;

  for (guint i = 0; i < new_units->len; i++)
    {
      VdUnit *a = g_ptr_array_index (old_units, i);
      VdUnit *b = g_ptr_array_index (new_units, i);

      if (vd_unit_get_id (a) != vd_unit_get_id (b)
          || vd_unit_get_parent_id (a) != vd_unit_get_parent_id (b))
        return FALSE;
    }

  return TRUE;
}

static void
refresh_rows (VdUnitTree *self)
{
  GHashTableIter iter;
  gpointer list_item;

  g_hash_table_iter_init (&iter, self->bound_items);
  while (g_hash_table_iter_next (&iter, &list_item, NULL))
    update_row (self, list_item);
}

static void
set_selected (VdUnitTree *self,
              VdUnit     *unit)
{
  if (self->selected == unit)
    return;

  g_set_object (&self->selected, unit);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

static guint
find_position (VdUnitTree *self,
               gint64      unit_id)
{
  GListModel *model = gtk_single_selection_get_model (self->selection);
  guint n;

  if (model == NULL)
    return GTK_INVALID_LIST_POSITION;

  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VdUnit) unit = unit_at (self, i);

      if (unit != NULL && vd_unit_get_id (unit) == unit_id)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

static void
expand_unit (VdUnitTree *self,
             gint64      unit_id)
{
  GListModel *model = gtk_single_selection_get_model (self->selection);
  guint position = find_position (self, unit_id);
  g_autoptr(GtkTreeListRow) row = NULL;

  if (position == GTK_INVALID_LIST_POSITION)
    return;
  row = g_list_model_get_item (model, position);
  gtk_tree_list_row_set_expanded (row, TRUE);
}

static void
scroll_to (VdUnitTree *self,
           guint       position)
{
  /* GTK 4.8 has no gtk_list_view_scroll_to(); the list's own action does
   * the same and is public API. */
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item",
                              "u", position);
}

static void
rebuild (VdUnitTree *self,
         GPtrArray  *units)
{
  g_autoptr(GHashTable) expanded = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GtkTreeListModel) tree_model = NULL;
  GListModel *old_model = gtk_single_selection_get_model (self->selection);
  gboolean first_load = old_model == NULL || g_list_model_get_n_items (old_model) == 0;
  gint64 selected_id = self->selected != NULL ? vd_unit_get_id (self->selected) : 0;
  guint position;

  /* GTK drops the state of collapsed subtrees anyway, so the expanded rows
   * are exactly the visible ones that say so. */
  if (old_model != NULL)
    {
      guint n = g_list_model_get_n_items (old_model);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(GtkTreeListRow) row = g_list_model_get_item (old_model, i);
          g_autoptr(VdUnit) unit = gtk_tree_list_row_get_item (row);

          if (gtk_tree_list_row_get_expanded (row))
            g_hash_table_add (expanded, int64_key (vd_unit_get_id (unit)));
        }
    }

  /* The selection passes through other rows while the model is replaced;
   * only where it ends up is news. */
  self->rebuilding = TRUE;

  g_clear_pointer (&self->units, g_ptr_array_unref);
  self->units = g_ptr_array_ref (units);
  g_hash_table_remove_all (self->by_id);
  g_hash_table_remove_all (self->children);
  g_clear_object (&self->roots);
  self->roots = g_list_store_new (VD_TYPE_UNIT);

  for (guint i = 0; i < units->len; i++)
    {
      VdUnit *unit = g_ptr_array_index (units, i);
      gint64 parent_id = vd_unit_get_parent_id (unit);
      GListStore *siblings = NULL;

      g_hash_table_insert (self->by_id, int64_key (vd_unit_get_id (unit)), unit);

      if (parent_id != 0 && g_hash_table_contains (self->by_id, &parent_id))
        {
          siblings = g_hash_table_lookup (self->children, &parent_id);
          if (siblings == NULL)
            {
              siblings = g_list_store_new (VD_TYPE_UNIT);
              g_hash_table_insert (self->children, int64_key (parent_id), siblings);
            }
        }
      else
        siblings = self->roots;

      g_list_store_append (siblings, unit);
    }
  compute_totals (self);

  tree_model = gtk_tree_list_model_new (g_object_ref (G_LIST_MODEL (self->roots)),
                                        FALSE, FALSE,
                                        create_child_model, self, NULL);
  gtk_single_selection_set_model (self->selection, G_LIST_MODEL (tree_model));

  /* The item count grows while rows expand, so it is read on every turn. */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (tree_model)); i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (G_LIST_MODEL (tree_model), i);
      g_autoptr(VdUnit) unit = gtk_tree_list_row_get_item (row);
      gint64 id = vd_unit_get_id (unit);

      if (first_load ? gtk_tree_list_row_get_depth (row) == 0
                     : g_hash_table_contains (expanded, &id))
        gtk_tree_list_row_set_expanded (row, TRUE);
    }

  if (selected_id == 0 || !vd_unit_tree_select (self, selected_id))
    {
      position = g_list_model_get_n_items (G_LIST_MODEL (tree_model)) > 0 ? 0 : GTK_INVALID_LIST_POSITION;
      gtk_single_selection_set_selected (self->selection, position);
    }

  self->rebuilding = FALSE;
  on_selection_changed (self);
}

static void
update_row (VdUnitTree  *self,
            GtkListItem *list_item)
{
  GtkTreeListRow *row = gtk_list_item_get_item (list_item);
  GtkWidget *expander = gtk_list_item_get_child (list_item);
  GtkWidget *box = gtk_tree_expander_get_child (GTK_TREE_EXPANDER (expander));
  GtkWidget *name_label = gtk_widget_get_first_child (box);
  GtkWidget *count_label = gtk_widget_get_next_sibling (name_label);
  g_autoptr(VdUnit) unit = NULL;
  g_autofree char *count = NULL;
  g_autofree char *tooltip = NULL;
  guint n;
  gint64 id;

  if (row == NULL)
    return;

  unit = gtk_tree_list_row_get_item (row);
  id = vd_unit_get_id (unit);
  n = self->include_subunits
    ? GPOINTER_TO_UINT (g_hash_table_lookup (self->totals, &id))
    : (guint) MAX (vd_unit_get_member_count (unit), 0);

  count = vd_people_format_count (n);
  tooltip = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u person", "%u people", n), n);

  gtk_label_set_label (GTK_LABEL (name_label), vd_unit_get_name (unit));
  gtk_widget_set_tooltip_text (name_label, vd_unit_get_name (unit));
  gtk_label_set_label (GTK_LABEL (count_label), count);
  gtk_widget_set_tooltip_text (count_label, tooltip);
}

static void
popup_menu_at (VdUnitTree *self,
               GtkWidget  *widget,
               double      x,
               double      y)
{
  graphene_point_t point;

  if (!gtk_widget_compute_point (widget, GTK_WIDGET (self),
                                 &GRAPHENE_POINT_INIT (x, y), &point))
    return;

  gtk_popover_set_pointing_to (GTK_POPOVER (self->context_menu),
                               &(GdkRectangle) { point.x, point.y, 1, 1 });
  gtk_popover_popup (GTK_POPOVER (self->context_menu));
}

static void
on_row_pressed (GtkGestureClick *gesture,
                int              n_press,
                double           x,
                double           y,
                GtkListItem     *list_item)
{
  GtkWidget *widget = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));
  VdUnitTree *self = VD_UNIT_TREE (gtk_widget_get_ancestor (widget, VD_TYPE_UNIT_TREE));
  guint position = gtk_list_item_get_position (list_item);

  if (self == NULL || position == GTK_INVALID_LIST_POSITION)
    return;

  /* The menu acts on the selected unit, so the clicked row becomes it. */
  gtk_single_selection_set_selected (self->selection, position);
  popup_menu_at (self, widget, x, y);
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

static void
on_factory_setup (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  VdUnitTree               *self)
{
  GtkWidget *expander = gtk_tree_expander_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *name_label = gtk_label_new (NULL);
  GtkWidget *count_label = gtk_label_new (NULL);
  GtkGesture *gesture = gtk_gesture_click_new ();

  gtk_label_set_xalign (GTK_LABEL (name_label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name_label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (name_label, TRUE);
  gtk_box_append (GTK_BOX (box), name_label);

  gtk_widget_add_css_class (count_label, "dim-label");
  gtk_widget_add_css_class (count_label, "numeric");
  gtk_widget_set_margin_end (count_label, 6);
  gtk_box_append (GTK_BOX (box), count_label);

  gtk_tree_expander_set_child (GTK_TREE_EXPANDER (expander), box);

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), GDK_BUTTON_SECONDARY);
  g_signal_connect (gesture, "pressed", G_CALLBACK (on_row_pressed), list_item);
  gtk_widget_add_controller (expander, GTK_EVENT_CONTROLLER (gesture));

  gtk_list_item_set_child (list_item, expander);
}

static void
on_factory_bind (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 VdUnitTree               *self)
{
  GtkWidget *expander = gtk_list_item_get_child (list_item);

  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (expander),
                                  gtk_list_item_get_item (list_item));
  g_hash_table_add (self->bound_items, list_item);
  update_row (self, list_item);
}

static void
on_factory_unbind (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item,
                   VdUnitTree               *self)
{
  GtkWidget *expander = gtk_list_item_get_child (list_item);

  g_hash_table_remove (self->bound_items, list_item);
  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (expander), NULL);
}

static void
on_factory_teardown (GtkSignalListItemFactory *factory,
                     GtkListItem              *list_item,
                     VdUnitTree               *self)
{
  g_hash_table_remove (self->bound_items, list_item);
}

static void
on_selection_changed (VdUnitTree *self)
{
  guint position = gtk_single_selection_get_selected (self->selection);
  g_autoptr(VdUnit) unit = NULL;

  if (self->rebuilding)
    return;
  if (position != GTK_INVALID_LIST_POSITION)
    unit = unit_at (self, position);
  set_selected (self, unit);
}

static void
on_list_view_activate (VdUnitTree *self,
                       guint       position)
{
  g_autoptr(VdUnit) unit = unit_at (self, position);

  if (unit != NULL)
    g_signal_emit (self, signals[UNIT_ACTIVATED], 0, unit);
}

static void
popup_menu_cb (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  vd_unit_tree_popup_menu (VD_UNIT_TREE (widget));
}

static void
vd_unit_tree_dispose (GObject *object)
{
  VdUnitTree *self = VD_UNIT_TREE (object);

  g_clear_pointer (&self->context_menu, gtk_widget_unparent);
  gtk_widget_dispose_template (GTK_WIDGET (self), VD_TYPE_UNIT_TREE);

  G_OBJECT_CLASS (vd_unit_tree_parent_class)->dispose (object);
}

static void
vd_unit_tree_finalize (GObject *object)
{
  VdUnitTree *self = VD_UNIT_TREE (object);

  g_clear_object (&self->store);
  g_clear_object (&self->selected);
  g_clear_object (&self->selection);
  g_clear_object (&self->roots);
  g_clear_pointer (&self->units, g_ptr_array_unref);
  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->children, g_hash_table_unref);
  g_clear_pointer (&self->totals, g_hash_table_unref);
  g_clear_pointer (&self->bound_items, g_hash_table_unref);

  G_OBJECT_CLASS (vd_unit_tree_parent_class)->finalize (object);
}

static void
vd_unit_tree_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  VdUnitTree *self = VD_UNIT_TREE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_INCLUDE_SUBUNITS:
      g_value_set_boolean (value, self->include_subunits);
      break;
    case PROP_SELECTED:
      g_value_set_object (value, self->selected);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vd_unit_tree_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  VdUnitTree *self = VD_UNIT_TREE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      vd_unit_tree_set_store (self, g_value_get_object (value));
      break;
    case PROP_INCLUDE_SUBUNITS:
      vd_unit_tree_set_include_subunits (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vd_unit_tree_class_init (VdUnitTreeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vd_unit_tree_dispose;
  object_class->finalize = vd_unit_tree_finalize;
  object_class->get_property = vd_unit_tree_get_property;
  object_class->set_property = vd_unit_tree_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, VD_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_INCLUDE_SUBUNITS] =
    g_param_spec_boolean ("include-subunits", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SELECTED] =
    g_param_spec_object ("selected", NULL, NULL, VD_TYPE_UNIT,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * VdUnitTree::unit-activated:
   * @unit: the unit whose row was activated (Enter or double-click)
   */
  signals[UNIT_ACTIVATED] =
    g_signal_new ("unit-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, VD_TYPE_UNIT);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/vinhdanh/VinhDanh/vd-unit-tree.ui");
  gtk_widget_class_bind_template_child (widget_class, VdUnitTree, list_view);
  gtk_widget_class_bind_template_child (widget_class, VdUnitTree, unit_menu);
  gtk_widget_class_bind_template_callback (widget_class, on_list_view_activate);

  gtk_widget_class_install_action (widget_class, "unit-tree.popup-menu", NULL, popup_menu_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK, "unit-tree.popup-menu", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Menu, 0, "unit-tree.popup-menu", NULL);
}

static void
vd_unit_tree_init (VdUnitTree *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  self->include_subunits = TRUE;
  self->by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->children = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  self->totals = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->bound_items = g_hash_table_new (NULL, NULL);
  self->roots = g_list_store_new (VD_TYPE_UNIT);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->selection, TRUE);
  g_signal_connect_swapped (self->selection, "notify::selected",
                            G_CALLBACK (on_selection_changed), self);
  /* A model change can swap the unit under an unchanged position. */
  g_signal_connect_swapped (self->selection, "notify::selected-item",
                            G_CALLBACK (on_selection_changed), self);

  g_signal_connect (factory, "setup", G_CALLBACK (on_factory_setup), self);
  g_signal_connect (factory, "bind", G_CALLBACK (on_factory_bind), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (on_factory_unbind), self);
  g_signal_connect (factory, "teardown", G_CALLBACK (on_factory_teardown), self);
  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  self->context_menu = gtk_popover_menu_new_from_model (self->unit_menu);
  gtk_popover_set_has_arrow (GTK_POPOVER (self->context_menu), FALSE);
  gtk_widget_set_halign (self->context_menu, GTK_ALIGN_START);
  gtk_widget_set_parent (self->context_menu, GTK_WIDGET (self));
}

/**
 * vd_unit_tree_new:
 *
 * Returns: a new, empty unit tree; give it a store to fill it.
 */
GtkWidget *
vd_unit_tree_new (void)
{
  return g_object_new (VD_TYPE_UNIT_TREE, NULL);
}

VdStore *
vd_unit_tree_get_store (VdUnitTree *self)
{
  g_return_val_if_fail (VD_IS_UNIT_TREE (self), NULL);

  return self->store;
}

/**
 * vd_unit_tree_set_store:
 *
 * Shows the units of @store (or nothing for %NULL). Errors while reading are
 * logged; call vd_unit_tree_reload() to report them.
 */
void
vd_unit_tree_set_store (VdUnitTree *self,
                        VdStore    *store)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (VD_IS_UNIT_TREE (self));
  g_return_if_fail (store == NULL || VD_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  /* Another archive: nothing of the old selection or expansion applies. */
  set_selected (self, NULL);
  gtk_single_selection_set_model (self->selection, NULL);
  g_clear_pointer (&self->units, g_ptr_array_unref);
  g_hash_table_remove_all (self->by_id);
  g_hash_table_remove_all (self->children);
  g_hash_table_remove_all (self->totals);
  g_clear_object (&self->roots);
  self->roots = g_list_store_new (VD_TYPE_UNIT);

  if (store != NULL && !vd_unit_tree_reload (self, &error))
    g_warning ("Could not read the units: %s", error->message);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

gboolean
vd_unit_tree_get_include_subunits (VdUnitTree *self)
{
  g_return_val_if_fail (VD_IS_UNIT_TREE (self), FALSE);

  return self->include_subunits;
}

/**
 * vd_unit_tree_set_include_subunits:
 *
 * Whether the count next to a unit covers its whole subtree (matching what
 * the people list shows) or only the people directly in it.
 */
void
vd_unit_tree_set_include_subunits (VdUnitTree *self,
                                   gboolean    include_subunits)
{
  g_return_if_fail (VD_IS_UNIT_TREE (self));

  include_subunits = !!include_subunits;
  if (self->include_subunits == include_subunits)
    return;

  self->include_subunits = include_subunits;
  refresh_rows (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INCLUDE_SUBUNITS]);
}

/**
 * vd_unit_tree_reload:
 *
 * Reads the units again. Rows keep their expansion and the selection stays
 * on the same unit when it still exists.
 *
 * Returns: %FALSE with @error set when the archive could not be read
 */
gboolean
vd_unit_tree_reload (VdUnitTree  *self,
                     GError     **error)
{
  g_autoptr(GPtrArray) units = NULL;

  g_return_val_if_fail (VD_IS_UNIT_TREE (self), FALSE);

  if (self->store == NULL)
    return TRUE;

  units = vd_units_list_all (self->store, error);
  if (units == NULL)
    return FALSE;

  if (same_shape (self->units, units))
    {
      /* Only names or counts changed: update the objects the rows show, so
       * nothing collapses or loses its selection. */
      for (guint i = 0; i < units->len; i++)
        {
          VdUnit *old_unit = g_ptr_array_index (self->units, i);
          VdUnit *new_unit = g_ptr_array_index (units, i);

          vd_unit_set_name (old_unit, vd_unit_get_name (new_unit));
          vd_unit_set_short_name (old_unit, vd_unit_get_short_name (new_unit));
          vd_unit_set_kind (old_unit, vd_unit_get_kind (new_unit));
          vd_unit_set_note (old_unit, vd_unit_get_note (new_unit));
          vd_unit_set_member_count (old_unit, vd_unit_get_member_count (new_unit));
        }
      compute_totals (self);
      refresh_rows (self);
      return TRUE;
    }

  rebuild (self, units);
  return TRUE;
}

/**
 * vd_unit_tree_get_selected:
 *
 * Returns: (transfer none) (nullable): the selected unit
 */
VdUnit *
vd_unit_tree_get_selected (VdUnitTree *self)
{
  g_return_val_if_fail (VD_IS_UNIT_TREE (self), NULL);

  return self->selected;
}

/**
 * vd_unit_tree_select:
 *
 * Selects @unit_id, expanding its ancestors and scrolling it into view.
 *
 * Returns: %FALSE if there is no such unit
 */
gboolean
vd_unit_tree_select (VdUnitTree *self,
                     gint64      unit_id)
{
  g_autoptr(GArray) ancestors = g_array_new (FALSE, FALSE, sizeof (gint64));
  VdUnit *unit;
  guint position;

  g_return_val_if_fail (VD_IS_UNIT_TREE (self), FALSE);

  unit = g_hash_table_lookup (self->by_id, &unit_id);
  if (unit == NULL)
    return FALSE;

  for (gint64 parent_id = vd_unit_get_parent_id (unit); parent_id != 0;)
    {
      VdUnit *parent = g_hash_table_lookup (self->by_id, &parent_id);

      if (parent == NULL)
        break;
      g_array_prepend_val (ancestors, parent_id);
      parent_id = vd_unit_get_parent_id (parent);
    }
  for (guint i = 0; i < ancestors->len; i++)
    expand_unit (self, g_array_index (ancestors, gint64, i));

  position = find_position (self, unit_id);
  if (position == GTK_INVALID_LIST_POSITION)
    return FALSE;

  gtk_single_selection_set_selected (self->selection, position);
  scroll_to (self, position);
  return TRUE;
}

/**
 * vd_unit_tree_lookup:
 *
 * Returns: (transfer none) (nullable): the unit with @unit_id as last read
 */
VdUnit *
vd_unit_tree_lookup (VdUnitTree *self,
                     gint64      unit_id)
{
  g_return_val_if_fail (VD_IS_UNIT_TREE (self), NULL);

  return g_hash_table_lookup (self->by_id, &unit_id);
}

guint
vd_unit_tree_get_n_units (VdUnitTree *self)
{
  g_return_val_if_fail (VD_IS_UNIT_TREE (self), 0);

  return self->units != NULL ? self->units->len : 0;
}

gboolean
vd_unit_tree_has_children (VdUnitTree *self,
                           gint64      unit_id)
{
  g_return_val_if_fail (VD_IS_UNIT_TREE (self), FALSE);

  return g_hash_table_contains (self->children, &unit_id);
}

/**
 * vd_unit_tree_count_members:
 *
 * Returns: the people in @unit_id and all its sub-units
 */
guint
vd_unit_tree_count_members (VdUnitTree *self,
                            gint64      unit_id)
{
  g_return_val_if_fail (VD_IS_UNIT_TREE (self), 0);

  return GPOINTER_TO_UINT (g_hash_table_lookup (self->totals, &unit_id));
}

/**
 * vd_unit_tree_dup_path:
 *
 * Returns: (nullable): "Bộ › Vụ › Phòng" for @unit_id, from memory
 */
char *
vd_unit_tree_dup_path (VdUnitTree *self,
                       gint64      unit_id)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  VdUnit *unit;

  g_return_val_if_fail (VD_IS_UNIT_TREE (self), NULL);

  /* Bounded by the number of units, in case the archive holds a cycle. */
  for (unit = g_hash_table_lookup (self->by_id, &unit_id);
       unit != NULL && names->len <= g_hash_table_size (self->by_id);)
    {
      gint64 parent_id = vd_unit_get_parent_id (unit);

      g_ptr_array_insert (names, 0, (gpointer) vd_unit_get_name (unit));
      unit = parent_id != 0 ? g_hash_table_lookup (self->by_id, &parent_id) : NULL;
    }

  if (names->len == 0)
    return NULL;

  g_ptr_array_add (names, NULL);
  return g_strjoinv (VD_UNIT_PATH_SEPARATOR, (char **) names->pdata);
}

/**
 * vd_unit_tree_popup_menu:
 *
 * Opens the context menu of the selected unit next to the focused row, for
 * the Menu key and Shift+F10.
 */
void
vd_unit_tree_popup_menu (VdUnitTree *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  g_return_if_fail (VD_IS_UNIT_TREE (self));

  if (self->selected == NULL)
    return;

  if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->list_view)))
    popup_menu_at (self, focus, gtk_widget_get_width (focus) / 2.0,
                   gtk_widget_get_height (focus) / 2.0);
  else
    popup_menu_at (self, GTK_WIDGET (self->list_view), 24, 24);
}

/**
 * vd_unit_paths_new:
 * @units: VdUnit*, parents before children (as vd_units_list_all() returns)
 *
 * Returns: (transfer full): gint64* id → "Bộ › Vụ › Phòng" for every unit
 */
GHashTable *
vd_unit_paths_new (GPtrArray *units)
{
  GHashTable *paths = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);

  for (guint i = 0; i < units->len; i++)
    {
      VdUnit *unit = g_ptr_array_index (units, i);
      gint64 parent_id = vd_unit_get_parent_id (unit);
      const char *parent_path = parent_id != 0 ? g_hash_table_lookup (paths, &parent_id) : NULL;
      char *path = parent_path != NULL
        ? g_strconcat (parent_path, VD_UNIT_PATH_SEPARATOR, vd_unit_get_name (unit), NULL)
        : g_strdup (vd_unit_get_name (unit));

      g_hash_table_insert (paths, int64_key (vd_unit_get_id (unit)), path);
    }

  return paths;
}
