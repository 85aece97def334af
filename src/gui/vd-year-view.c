/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdYearView"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "vd-year-view.h"

/* The year timeline: one row per campaign running that year, over twelve
 * months, milestones as points and a line for today. It is GtkScrollable
 * and draws only the rows in view, so thousands of campaigns cost what a
 * screenful costs. */

struct _VdYearView
{
  GtkWidget parent_instance;

  /* borrowed references */
  const VdCalendarData *data;

  /* owned references */
  GtkAdjustment *hadjustment;
  GtkAdjustment *vadjustment;
  GPtrArray     *rows;   /* VdCampaign*, borrowed from data */
  GArray        *hits;

  int year;
  guint hscroll_policy : 1;
  guint vscroll_policy : 1;
};

enum {
  PROP_0,
  PROP_HADJUSTMENT,
  PROP_VADJUSTMENT,
  PROP_HSCROLL_POLICY,
  PROP_VSCROLL_POLICY,
};

G_DEFINE_FINAL_TYPE_WITH_CODE (VdYearView, vd_year_view, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SCROLLABLE, NULL))

enum {
  CAMPAIGN_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
get_style (VdCalendarStyle *style)
{
  if (adw_style_manager_get_dark (adw_style_manager_get_default ()))
    vd_calendar_style_init_dark (style);
  else
    vd_calendar_style_init_light (style);
}

static void
configure_adjustment (VdYearView *self)
{
  VdCalendarStyle style;
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  double total;

  if (self->vadjustment == NULL)
    return;
  get_style (&style);
  total = vd_calendar_year_header (&style) + self->rows->len * vd_calendar_year_row_height (&style);
  gtk_adjustment_configure (self->vadjustment,
                            CLAMP (gtk_adjustment_get_value (self->vadjustment), 0, MAX (0, total - height)),
                            0, MAX (total, height), vd_calendar_year_row_height (&style),
                            height * 0.9, height);
}

static void
update_rows (VdYearView *self)
{
  if (self->data != NULL && self->year != 0)
    vd_calendar_year_rows (self->data, self->year, self->rows);
  else
    g_ptr_array_set_size (self->rows, 0);
  configure_adjustment (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
set_adjustment (VdYearView     *self,
                GtkAdjustment **slot,
                GtkAdjustment  *adjustment)
{
  if (*slot == adjustment && adjustment != NULL)
    return;
  if (*slot != NULL)
    g_signal_handlers_disconnect_by_func (*slot, gtk_widget_queue_draw, self);
  g_clear_object (slot);
  if (adjustment == NULL)
    adjustment = gtk_adjustment_new (0, 0, 0, 0, 0, 0);
  *slot = g_object_ref_sink (adjustment);
  g_signal_connect_swapped (adjustment, "value-changed", G_CALLBACK (gtk_widget_queue_draw), self);
}

static void
on_click_released (GtkGestureClick *gesture,
                   int              n_press,
                   double           x,
                   double           y,
                   VdYearView      *self)
{
  for (guint i = self->hits->len; i > 0; i--)
    {
      const VdCalendarHit *hit = &g_array_index (self->hits, VdCalendarHit, i - 1);

      if (hit->campaign_id == 0
          || x < hit->x || y < hit->y || x >= hit->x + hit->width || y >= hit->y + hit->height)
        continue;
      g_signal_emit (self, signals[CAMPAIGN_ACTIVATED], 0, hit->campaign_id);
      return;
    }
}

static void
vd_year_view_snapshot (GtkWidget   *widget,
                       GtkSnapshot *snapshot)
{
  VdYearView *self = VD_YEAR_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  VdCalendarStyle style;
  cairo_t *cr;

  if (self->data == NULL || self->year == 0 || width <= 0 || height <= 0)
    return;
  get_style (&style);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  vd_calendar_draw_year (cr, width, height, self->year, self->rows,
                         gtk_adjustment_get_value (self->vadjustment), self->data, &style, self->hits);
  cairo_destroy (cr);
}

static void
vd_year_view_size_allocate (GtkWidget *widget,
                            int        width,
                            int        height,
                            int        baseline)
{
  VdYearView *self = VD_YEAR_VIEW (widget);

  configure_adjustment (self);
  if (self->hadjustment != NULL)
    gtk_adjustment_configure (self->hadjustment, 0, 0, width, 0, width, width);
}

static void
vd_year_view_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 480 : 120;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 900 : 480;
}

static void
vd_year_view_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  VdYearView *self = VD_YEAR_VIEW (object);

  switch (prop_id)
    {
    case PROP_HADJUSTMENT:
      g_value_set_object (value, self->hadjustment);
      break;
    case PROP_VADJUSTMENT:
      g_value_set_object (value, self->vadjustment);
      break;
    case PROP_HSCROLL_POLICY:
      g_value_set_enum (value, self->hscroll_policy);
      break;
    case PROP_VSCROLL_POLICY:
      g_value_set_enum (value, self->vscroll_policy);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vd_year_view_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  VdYearView *self = VD_YEAR_VIEW (object);

  switch (prop_id)
    {
    case PROP_HADJUSTMENT:
      set_adjustment (self, &self->hadjustment, g_value_get_object (value));
      break;
    case PROP_VADJUSTMENT:
      set_adjustment (self, &self->vadjustment, g_value_get_object (value));
      configure_adjustment (self);
      break;
    case PROP_HSCROLL_POLICY:
      self->hscroll_policy = g_value_get_enum (value);
      break;
    case PROP_VSCROLL_POLICY:
      self->vscroll_policy = g_value_get_enum (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vd_year_view_dispose (GObject *object)
{
  VdYearView *self = VD_YEAR_VIEW (object);

  if (self->hadjustment != NULL)
    g_signal_handlers_disconnect_by_func (self->hadjustment, gtk_widget_queue_draw, self);
  if (self->vadjustment != NULL)
    g_signal_handlers_disconnect_by_func (self->vadjustment, gtk_widget_queue_draw, self);
  g_clear_object (&self->hadjustment);
  g_clear_object (&self->vadjustment);
  G_OBJECT_CLASS (vd_year_view_parent_class)->dispose (object);
}

static void
vd_year_view_finalize (GObject *object)
{
  VdYearView *self = VD_YEAR_VIEW (object);

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->hits, g_array_unref);
  G_OBJECT_CLASS (vd_year_view_parent_class)->finalize (object);
}

static void
vd_year_view_class_init (VdYearViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vd_year_view_dispose;
  object_class->finalize = vd_year_view_finalize;
  object_class->get_property = vd_year_view_get_property;
  object_class->set_property = vd_year_view_set_property;
  widget_class->snapshot = vd_year_view_snapshot;
  widget_class->measure = vd_year_view_measure;
  widget_class->size_allocate = vd_year_view_size_allocate;

  g_object_class_override_property (object_class, PROP_HADJUSTMENT, "hadjustment");
  g_object_class_override_property (object_class, PROP_VADJUSTMENT, "vadjustment");
  g_object_class_override_property (object_class, PROP_HSCROLL_POLICY, "hscroll-policy");
  g_object_class_override_property (object_class, PROP_VSCROLL_POLICY, "vscroll-policy");

  signals[CAMPAIGN_ACTIVATED] =
    g_signal_new ("campaign-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_css_name (widget_class, "vd-year-view");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
vd_year_view_init (VdYearView *self)
{
  GtkGesture *click = gtk_gesture_click_new ();

  self->rows = g_ptr_array_new ();
  self->hits = g_array_new (FALSE, FALSE, sizeof (VdCalendarHit));
  g_signal_connect (click, "released", G_CALLBACK (on_click_released), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (gtk_widget_queue_draw), self, G_CONNECT_SWAPPED);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
}

void
vd_year_view_set_year (VdYearView *self,
                       int         year)
{
  g_autofree char *label = NULL;

  g_return_if_fail (VD_IS_YEAR_VIEW (self));

  self->year = year;
  label = g_strdup_printf (_("Campaigns of %d"), year);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  update_rows (self);
}

void
vd_year_view_set_data (VdYearView           *self,
                       const VdCalendarData *data)
{
  g_return_if_fail (VD_IS_YEAR_VIEW (self));

  self->data = data;
  update_rows (self);
}

guint
vd_year_view_get_n_rows (VdYearView *self)
{
  g_return_val_if_fail (VD_IS_YEAR_VIEW (self), 0);
  return self->rows->len;
}
