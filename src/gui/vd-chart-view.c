/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdChartView"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "vd-chart-view.h"

/* A chart on screen: vd_chart_draw() in the snapshot, a tooltip with the
 * exact figures under the pointer, and the keyboard moving a focus ring
 * from bar to bar (Enter opens the awards behind it). Screen readers get
 * the whole chart in words as the description and the focused bar as the
 * label. */

struct _VdChartView
{
  GtkWidget  parent_instance;

  int        focus_category;
  int        focus_series;
  int        hover_category;
  int        hover_series;

  /* owned */
  VdChart   *chart;
};

G_DEFINE_FINAL_TYPE (VdChartView, vd_chart_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CHART,
  N_PROPS
};

enum {
  ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Bars of a stacked chart and points of a line chart are a category and a
 * series; plain bars and slices only a category. */
static gboolean
has_series (VdChartView *self)
{
  VdChartShape shape = vd_chart_get_shape (self->chart);

  return vd_chart_get_n_series (self->chart) > 1
         && (shape == VD_CHART_SHAPE_STACKED || shape == VD_CHART_SHAPE_COLUMNS || shape == VD_CHART_SHAPE_LINES);
}

static void
update_accessible (VdChartView *self)
{
  g_autofree char *description = NULL;
  g_autofree char *point = NULL;

  if (self->chart == NULL)
    return;
  description = vd_chart_describe (self->chart);
  if (self->focus_category >= 0 && (guint) self->focus_category < vd_chart_get_n_categories (self->chart))
    point = vd_chart_describe_point (self->chart, self->focus_category, self->focus_series);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  point ? point : (vd_chart_get_title (self->chart) ? vd_chart_get_title (self->chart)
                                                                                    : _("Chart")),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

static void
move_focus (VdChartView *self,
            int          delta_category,
            int          delta_series)
{
  int n = (int) vd_chart_get_n_categories (self->chart);
  int ns = (int) vd_chart_get_n_series (self->chart);

  if (n == 0)
    return;
  if (self->focus_category < 0)
    {
      self->focus_category = 0;
      self->focus_series = has_series (self) ? 0 : -1;
    }
  else
    {
      self->focus_category = CLAMP (self->focus_category + delta_category, 0, n - 1);
      if (has_series (self))
        self->focus_series = CLAMP (MAX (self->focus_series, 0) + delta_series, 0, ns - 1);
    }
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  gtk_widget_trigger_tooltip_query (GTK_WIDGET (self));
}

static void
on_style_dark_changed (VdChartView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                VdChartView           *self)
{
  VdChartShape shape;
  gboolean horizontal;

  if (self->chart == NULL)
    return FALSE;
  shape = vd_chart_get_shape (self->chart);
  /* Arrows follow the picture: along the bars of a horizontal chart the
   * categories go down, over years they go right. */
  horizontal = shape == VD_CHART_SHAPE_BARS || shape == VD_CHART_SHAPE_STACKED;

  switch (keyval)
    {
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      horizontal ? move_focus (self, 1, 0) : move_focus (self, 0, -1);
      return TRUE;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      horizontal ? move_focus (self, -1, 0) : move_focus (self, 0, 1);
      return TRUE;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      horizontal ? move_focus (self, 0, 1) : move_focus (self, 1, 0);
      return TRUE;
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      horizontal ? move_focus (self, 0, -1) : move_focus (self, -1, 0);
      return TRUE;
    case GDK_KEY_Home:
      self->focus_category = -1;
      move_focus (self, 0, 0);
      return TRUE;
    case GDK_KEY_End:
      move_focus (self, (int) vd_chart_get_n_categories (self->chart), 0);
      return TRUE;
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_space:
      if (self->focus_category >= 0)
        g_signal_emit (self, signals[ACTIVATED], 0, (guint) self->focus_category, self->focus_series);
      return TRUE;
    default:
      return FALSE;
    }
}

static void
on_motion (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           VdChartView              *self)
{
  guint category;
  int series;
  int hc = -1, hs = -1;

  if (self->chart != NULL && vd_chart_hit (self->chart, x, y, &category, &series))
    {
      hc = (int) category;
      hs = series;
    }
  if (hc != self->hover_category || hs != self->hover_series)
    {
      self->hover_category = hc;
      self->hover_series = hs;
      gtk_widget_set_cursor_from_name (GTK_WIDGET (self), hc >= 0 ? "pointer" : NULL);
    }
}

static void
on_click_released (GtkGestureClick *gesture,
                   int              n_press,
                   double           x,
                   double           y,
                   VdChartView     *self)
{
  guint category;
  int series;

  /* A click anywhere on the chart brings the keyboard to it. */
  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (self->chart == NULL || !vd_chart_hit (self->chart, x, y, &category, &series))
    return;
  self->focus_category = (int) category;
  self->focus_series = series;
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_signal_emit (self, signals[ACTIVATED], 0, category, series);
}

static gboolean
on_query_tooltip (GtkWidget   *widget,
                  int          x,
                  int          y,
                  gboolean     keyboard,
                  GtkTooltip  *tooltip,
                  VdChartView *self)
{
  g_autofree char *text = NULL;
  guint category;
  int series;

  if (self->chart == NULL)
    return FALSE;
  if (keyboard)
    {
      double rx, ry, rw, rh;

      if (self->focus_category < 0
          || !vd_chart_get_focus_rect (self->chart, self->focus_category, self->focus_series, &rx, &ry, &rw, &rh))
        return FALSE;
      category = (guint) self->focus_category;
      series = self->focus_series;
      gtk_tooltip_set_tip_area (tooltip, &(GdkRectangle) { (int) rx, (int) ry, MAX ((int) rw, 1), MAX ((int) rh, 1) });
    }
  else if (!vd_chart_hit (self->chart, x, y, &category, &series))
    return FALSE;

  text = vd_chart_describe_point (self->chart, category, series);
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
vd_chart_view_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  VdChartView *self = VD_CHART_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  g_autofree char *font = NULL;
  VdChartTheme theme = { adw_style_manager_get_dark (adw_style_manager_get_default ()), NULL, 1 };
  cairo_t *cr;

  if (self->chart == NULL || width <= 0 || height <= 0)
    return;

  g_object_get (gtk_widget_get_settings (widget), "gtk-font-name", &font, NULL);
  theme.font = font;
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  vd_chart_draw (self->chart, cr, width, height, &theme, VD_CHART_DRAW_PLAIN,
                 gtk_widget_has_focus (widget) ? self->focus_category : -1, self->focus_series);
  cairo_destroy (cr);
}

static void
vd_chart_view_dispose (GObject *object)
{
  VdChartView *self = VD_CHART_VIEW (object);

  g_clear_pointer (&self->chart, vd_chart_unref);
  G_OBJECT_CLASS (vd_chart_view_parent_class)->dispose (object);
}

static void
vd_chart_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  VdChartView *self = VD_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_CHART:
      g_value_set_pointer (value, self->chart);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vd_chart_view_class_init (VdChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vd_chart_view_dispose;
  object_class->get_property = vd_chart_view_get_property;
  widget_class->snapshot = vd_chart_view_snapshot;

  /**
   * VdChartView:chart:
   * The chart shown (a VdChart, read-only here: set it with
   * vd_chart_view_set_chart()).
   */
  properties[PROP_CHART] =
    g_param_spec_pointer ("chart", NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * VdChartView::activated:
   * @category: the bar, point or slice activated
   * @series: its series, or -1 for the whole bar
   *
   * A click or Enter on a mark: the place opens the awards behind it.
   */
  signals[ACTIVATED] = g_signal_new ("activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                     NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_INT);

  gtk_widget_class_set_css_name (widget_class, "chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
vd_chart_view_init (VdChartView *self)
{
  GtkEventController *key = gtk_event_controller_key_new ();
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkGesture *click = gtk_gesture_click_new ();

  self->focus_category = -1;
  self->focus_series = -1;
  self->hover_category = -1;
  self->hover_series = -1;

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_size_request (GTK_WIDGET (self), 320, 240);

  g_signal_connect (key, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), key);
  g_signal_connect (motion, "motion", G_CALLBACK (on_motion), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);
  g_signal_connect (click, "released", G_CALLBACK (on_click_released), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  g_signal_connect (self, "query-tooltip", G_CALLBACK (on_query_tooltip), self);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (on_style_dark_changed), self, G_CONNECT_SWAPPED);
  /* Focus changes the ring. */
  g_signal_connect (self, "notify::has-focus", G_CALLBACK (gtk_widget_queue_draw), NULL);
}

GtkWidget *
vd_chart_view_new (void)
{
  return g_object_new (VD_TYPE_CHART_VIEW, NULL);
}

/**
 * vd_chart_view_set_chart:
 * @chart: (nullable) (transfer none): the chart to show
 */
void
vd_chart_view_set_chart (VdChartView *self,
                         VdChart     *chart)
{
  g_return_if_fail (VD_IS_CHART_VIEW (self));

  if (self->chart == chart)
    return;
  g_clear_pointer (&self->chart, vd_chart_unref);
  if (chart != NULL)
    self->chart = vd_chart_ref (chart);
  /* The same bar stays focused when its chart is only recounted. */
  if (self->chart == NULL || self->focus_category >= (int) vd_chart_get_n_categories (self->chart))
    self->focus_category = -1;
  if (self->chart != NULL && !has_series (self))
    self->focus_series = -1;
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHART]);
}

VdChart *
vd_chart_view_get_chart (VdChartView *self)
{
  g_return_val_if_fail (VD_IS_CHART_VIEW (self), NULL);
  return self->chart;
}
