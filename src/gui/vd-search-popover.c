/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdSearchPopover"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "vd-search-popover.h"

struct _VdSearchPopover
{
  GtkPopover parent_instance;

  /* template widgets */
  GtkSearchEntry     *entry;
  GtkStack           *stack;
  AdwStatusPage      *empty_page;
  GtkListView        *list_view;

  /* owned references */
  VdStore            *store;
  GListStore         *results;
  GtkSingleSelection *selection;
  GCancellable       *cancellable;

  /* Which search is the latest: answers to older ones are dropped even when
   * they finished before they could be cancelled. */
  guint               serial;
};

typedef struct
{
  VdSearchPopover *self;
  guint            serial;
} SearchData;

G_DEFINE_FINAL_TYPE (VdSearchPopover, vd_search_popover, GTK_TYPE_POPOVER)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

enum {
  RESULT_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Enough to find someone by a few letters without drowning the list; the
 * query narrows faster than anyone scrolls. */
#define RESULTS_PER_KIND 25

static const char *
kind_icon_name (VdSearchKind kind)
{
  switch (kind)
    {
    case VD_SEARCH_KIND_PERSON:
      return "avatar-default-symbolic";
    case VD_SEARCH_KIND_UNIT:
      return "system-users-symbolic";
    case VD_SEARCH_KIND_DECISION:
      return "emblem-documents-symbolic";
    case VD_SEARCH_KIND_DOSSIER:
    default:
      return "folder-documents-symbolic";
    }
}

static const char *
kind_group_title (VdSearchKind kind)
{
  switch (kind)
    {
    case VD_SEARCH_KIND_PERSON:
      return _("People");
    case VD_SEARCH_KIND_UNIT:
      return _("Units");
    case VD_SEARCH_KIND_DECISION:
      return _("Decisions");
    case VD_SEARCH_KIND_DOSSIER:
    default:
      return _("Dossiers");
    }
}

static const char *
kind_name (VdSearchKind kind)
{
  switch (kind)
    {
    case VD_SEARCH_KIND_PERSON:
      return _("Person");
    case VD_SEARCH_KIND_UNIT:
      return _("Unit");
    case VD_SEARCH_KIND_DECISION:
      return _("Decision");
    case VD_SEARCH_KIND_DOSSIER:
    default:
      return _("Dossier");
    }
}

static void
cancel_search (VdSearchPopover *self)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
}

static void
show_results (VdSearchPopover *self,
              GPtrArray       *results,
              const GError    *error)
{
  /* One splice, so the list rebuilds once per query. */
  g_list_store_splice (self->results, 0, g_list_model_get_n_items (G_LIST_MODEL (self->results)),
                       results != NULL ? results->pdata : NULL,
                       results != NULL ? results->len : 0);

  if (results != NULL && results->len > 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "results");
      return;
    }

  /* A failed search says so instead of pretending that nothing matched. */
  if (error != NULL)
    {
      adw_status_page_set_icon_name (self->empty_page, "dialog-warning-symbolic");
      adw_status_page_set_title (self->empty_page, _("Search Failed"));
      adw_status_page_set_description (self->empty_page, error->message);
    }
  else
    {
      adw_status_page_set_icon_name (self->empty_page, "system-search-symbolic");
      adw_status_page_set_title (self->empty_page, _("No Results"));
      adw_status_page_set_description (self->empty_page,
                                       _("Check the spelling or search for fewer words."));
    }
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

static void
activate_position (VdSearchPopover *self,
                   guint            position)
{
  g_autoptr(VdSearchResult) result = g_list_model_get_item (G_LIST_MODEL (self->results), position);

  if (result == NULL)
    return;
  gtk_popover_popdown (GTK_POPOVER (self));
  g_signal_emit (self, signals[RESULT_ACTIVATED], 0, result);
}

static void
search_done (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  SearchData *data = user_data;
  g_autoptr(VdSearchPopover) self = data->self;
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GError) error = NULL;
  gboolean latest = data->serial == self->serial;

  g_free (data);
  results = vd_search_run_finish (VD_STORE (source), result, &error);
  if (!latest || self->results == NULL
      || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  show_results (self, results, error);
}

static void
start_search (VdSearchPopover *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->entry));
  g_autofree char *query = g_strstrip (g_strdup (text));
  SearchData *data;

  cancel_search (self);
  self->serial++;

  if (self->store == NULL || query[0] == '\0')
    {
      g_list_store_remove_all (self->results);
      gtk_stack_set_visible_child_name (self->stack, "hint");
      return;
    }

  self->cancellable = g_cancellable_new ();
  data = g_new0 (SearchData, 1);
  data->self = g_object_ref (self);
  data->serial = self->serial;
  vd_search_run_async (self->store, query, RESULTS_PER_KIND, self->cancellable,
                       search_done, data);
}

static void
on_entry_search_changed (GtkSearchEntry  *entry,
                         VdSearchPopover *self)
{
  start_search (self);
}

static void
on_entry_activate (GtkSearchEntry  *entry,
                   VdSearchPopover *self)
{
  /* Enter takes the best match, like a launcher. */
  if (g_list_model_get_n_items (G_LIST_MODEL (self->results)) > 0
      && g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "results") == 0)
    activate_position (self, 0);
}

static void
on_entry_stop_search (GtkSearchEntry  *entry,
                      VdSearchPopover *self)
{
  gtk_popover_popdown (GTK_POPOVER (self));
}

static gboolean
on_entry_key_pressed (GtkEventControllerKey *controller,
                      guint                  keyval,
                      guint                  keycode,
                      GdkModifierType        state,
                      VdSearchPopover       *self)
{
  if ((keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down)
      && g_list_model_get_n_items (G_LIST_MODEL (self->results)) > 0)
    {
      gtk_single_selection_set_selected (self->selection, 0);
      return gtk_widget_child_focus (GTK_WIDGET (self->list_view), GTK_DIR_TAB_FORWARD);
    }
  return GDK_EVENT_PROPAGATE;
}

static gboolean
on_list_view_key_pressed (GtkEventControllerKey *controller,
                          guint                  keyval,
                          guint                  keycode,
                          GdkModifierType        state,
                          VdSearchPopover       *self)
{
  /* Up from the first result returns to the query, so the list and the
   * entry feel like one control. */
  if ((keyval == GDK_KEY_Up || keyval == GDK_KEY_KP_Up)
      && gtk_single_selection_get_selected (self->selection) == 0)
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->entry));
      return GDK_EVENT_STOP;
    }
  return GDK_EVENT_PROPAGATE;
}

static void
on_list_view_activate (GtkListView     *list_view,
                       guint            position,
                       VdSearchPopover *self)
{
  activate_position (self, position);
}

static void
on_factory_setup (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = gtk_label_new (NULL);
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *icon = gtk_image_new ();
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (header), 0.0);
  gtk_widget_add_css_class (header, "vd-search-heading");
  gtk_widget_add_css_class (header, "heading");
  gtk_widget_add_css_class (header, "dim-label");
  /* The heading only names the group; the row says it again for screen readers. */
  gtk_accessible_update_state (GTK_ACCESSIBLE (header), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);

  gtk_widget_add_css_class (row, "vd-search-result");
  gtk_widget_set_valign (icon, GTK_ALIGN_CENTER);
  gtk_label_set_xalign (GTK_LABEL (title), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_widget_set_valign (texts, GTK_ALIGN_CENTER);

  gtk_box_append (GTK_BOX (texts), title);
  gtk_box_append (GTK_BOX (texts), subtitle);
  gtk_box_append (GTK_BOX (row), icon);
  gtk_box_append (GTK_BOX (row), texts);
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), row);

  g_object_set_data (G_OBJECT (box), "header", header);
  g_object_set_data (G_OBJECT (box), "icon", icon);
  g_object_set_data (G_OBJECT (box), "title", title);
  g_object_set_data (G_OBJECT (box), "subtitle", subtitle);
  gtk_list_item_set_child (list_item, box);
}

static void
on_factory_bind (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 VdSearchPopover          *self)
{
  VdSearchResult *result = gtk_list_item_get_item (list_item);
  GtkWidget *box = gtk_list_item_get_child (list_item);
  guint position = gtk_list_item_get_position (list_item);
  VdSearchKind kind = vd_search_result_get_kind (result);
  const char *title = vd_search_result_get_title (result);
  const char *subtitle = vd_search_result_get_subtitle (result);
  gboolean first_of_kind = TRUE;
  g_autofree char *label = NULL;
  GtkWidget *row;

  /* GTK 4.8 lists have no section headers; results arrive grouped by kind,
   * so the first row of each group carries the group's heading. */
  if (position > 0)
    {
      g_autoptr(VdSearchResult) previous = g_list_model_get_item (G_LIST_MODEL (self->results),
                                                                  position - 1);

      first_of_kind = previous == NULL || vd_search_result_get_kind (previous) != kind;
    }

  gtk_widget_set_visible (g_object_get_data (G_OBJECT (box), "header"), first_of_kind);
  gtk_widget_set_margin_top (g_object_get_data (G_OBJECT (box), "header"), position == 0 ? 4 : 12);
  gtk_label_set_label (g_object_get_data (G_OBJECT (box), "header"), kind_group_title (kind));
  gtk_image_set_from_icon_name (g_object_get_data (G_OBJECT (box), "icon"), kind_icon_name (kind));
  gtk_label_set_label (g_object_get_data (G_OBJECT (box), "title"), title);
  gtk_label_set_label (g_object_get_data (G_OBJECT (box), "subtitle"), subtitle);
  gtk_widget_set_visible (g_object_get_data (G_OBJECT (box), "subtitle"),
                          subtitle != NULL && subtitle[0] != '\0');

  if (subtitle != NULL && subtitle[0] != '\0')
    /* Translators: how a screen reader announces a search result:
     * kind (Person, Unit…), title, details. */
    label = g_strdup_printf (_("%s: %s, %s"), kind_name (kind), title, subtitle);
  else
    /* Translators: how a screen reader announces a search result: kind, title. */
    label = g_strdup_printf (_("%s: %s"), kind_name (kind), title);
  /* GTK 4.8 has no API to label a list item: the row widget that holds the
   * child is what screen readers (and AT-SPI tests) see as the list item. */
  row = gtk_widget_get_parent (box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row != NULL ? row : box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static void
vd_search_popover_map (GtkWidget *widget)
{
  VdSearchPopover *self = VD_SEARCH_POPOVER (widget);

  GTK_WIDGET_CLASS (vd_search_popover_parent_class)->map (widget);

  /* Reopening keeps the last query, selected so that typing replaces it. */
  gtk_widget_grab_focus (GTK_WIDGET (self->entry));
  gtk_editable_select_region (GTK_EDITABLE (self->entry), 0, -1);
}

static void
vd_search_popover_dispose (GObject *object)
{
  VdSearchPopover *self = VD_SEARCH_POPOVER (object);

  cancel_search (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), VD_TYPE_SEARCH_POPOVER);
  g_clear_object (&self->selection);
  g_clear_object (&self->results);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (vd_search_popover_parent_class)->dispose (object);
}

static void
vd_search_popover_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  VdSearchPopover *self = VD_SEARCH_POPOVER (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vd_search_popover_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  VdSearchPopover *self = VD_SEARCH_POPOVER (object);

  switch (prop_id)
    {
    case PROP_STORE:
      vd_search_popover_set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vd_search_popover_class_init (VdSearchPopoverClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vd_search_popover_dispose;
  object_class->get_property = vd_search_popover_get_property;
  object_class->set_property = vd_search_popover_set_property;
  widget_class->map = vd_search_popover_map;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         VD_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * VdSearchPopover::result-activated:
   * @result: the VdSearchResult the user chose
   *
   * Emitted after the popover closed, for the window to show @result.
   */
  signals[RESULT_ACTIVATED] = g_signal_new ("result-activated", G_TYPE_FROM_CLASS (klass),
                                            G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                            G_TYPE_NONE, 1, VD_TYPE_SEARCH_RESULT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/vinhdanh/VinhDanh/vd-search-popover.ui");
  gtk_widget_class_bind_template_child (widget_class, VdSearchPopover, entry);
  gtk_widget_class_bind_template_child (widget_class, VdSearchPopover, stack);
  gtk_widget_class_bind_template_child (widget_class, VdSearchPopover, empty_page);
  gtk_widget_class_bind_template_child (widget_class, VdSearchPopover, list_view);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_stop_search);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_key_pressed);
  gtk_widget_class_bind_template_callback (widget_class, on_list_view_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_list_view_key_pressed);
}

static void
vd_search_popover_init (VdSearchPopover *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->results = g_list_store_new (VD_TYPE_SEARCH_RESULT);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->results)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);

  g_signal_connect (factory, "setup", G_CALLBACK (on_factory_setup), self);
  g_signal_connect (factory, "bind", G_CALLBACK (on_factory_bind), self);
  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  /* Typing while a result has the focus goes on editing the query. */
  gtk_search_entry_set_key_capture_widget (self->entry, GTK_WIDGET (self->list_view));
}

GtkWidget *
vd_search_popover_new (void)
{
  return g_object_new (VD_TYPE_SEARCH_POPOVER, NULL);
}

VdStore *
vd_search_popover_get_store (VdSearchPopover *self)
{
  g_return_val_if_fail (VD_IS_SEARCH_POPOVER (self), NULL);
  return self->store;
}

/**
 * vd_search_popover_set_store:
 * @store: (nullable): the archive to search
 *
 * A new archive starts a new search: nothing of the old one stays listed.
 */
void
vd_search_popover_set_store (VdSearchPopover *self,
                             VdStore         *store)
{
  g_return_if_fail (VD_IS_SEARCH_POPOVER (self));
  g_return_if_fail (store == NULL || VD_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  cancel_search (self);
  self->serial++;
  gtk_editable_set_text (GTK_EDITABLE (self->entry), "");
  g_list_store_remove_all (self->results);
  gtk_stack_set_visible_child_name (self->stack, "hint");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}
