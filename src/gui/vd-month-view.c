/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdMonthView"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "vd-month-view.h"

/* The month grid: campaigns as bars in lanes, milestones as markers, fixed
 * days tinted, today circled, drawn by vd_calendar_draw_month() so that
 * printing shows the same. A click on a bar activates its campaign, on a
 * day or a "+N more" the day. */

struct _VdMonthView
{
  GtkWidget parent_instance;

  /* borrowed references */
  const VdCalendarData *data;

  /* owned references */
  GArray *hits;

  int year;
  int month;
};

G_DEFINE_FINAL_TYPE (VdMonthView, vd_month_view, GTK_TYPE_WIDGET)

enum {
  CAMPAIGN_ACTIVATED,
  DAY_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_click_released (GtkGestureClick *gesture,
                   int              n_press,
                   double           x,
                   double           y,
                   VdMonthView     *self)
{
  /* Bars are recorded after the cells they lie on: look from the end. */
  for (guint i = self->hits->len; i > 0; i--)
    {
      const VdCalendarHit *hit = &g_array_index (self->hits, VdCalendarHit, i - 1);

      if (x < hit->x || y < hit->y || x >= hit->x + hit->width || y >= hit->y + hit->height)
        continue;
      if (hit->campaign_id != 0)
        g_signal_emit (self, signals[CAMPAIGN_ACTIVATED], 0, hit->campaign_id);
      else
        g_signal_emit (self, signals[DAY_ACTIVATED], 0, (guint) hit->day, hit->more);
      return;
    }
}

static void
vd_month_view_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  VdMonthView *self = VD_MONTH_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  VdCalendarStyle style;
  cairo_t *cr;

  if (self->data == NULL || self->year == 0 || width <= 0 || height <= 0)
    return;
  if (adw_style_manager_get_dark (adw_style_manager_get_default ()))
    vd_calendar_style_init_dark (&style);
  else
    vd_calendar_style_init_light (&style);

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  vd_calendar_draw_month (cr, width, height, self->year, self->month, self->data, &style, self->hits);
  cairo_destroy (cr);
}

static void
vd_month_view_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 7 * 48 : 6 * 64;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 7 * 120 : 6 * 100;
}

static void
vd_month_view_finalize (GObject *object)
{
  VdMonthView *self = VD_MONTH_VIEW (object);

  g_clear_pointer (&self->hits, g_array_unref);
  G_OBJECT_CLASS (vd_month_view_parent_class)->finalize (object);
}

static void
vd_month_view_class_init (VdMonthViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = vd_month_view_finalize;
  widget_class->snapshot = vd_month_view_snapshot;
  widget_class->measure = vd_month_view_measure;

  signals[CAMPAIGN_ACTIVATED] =
    g_signal_new ("campaign-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  signals[DAY_ACTIVATED] =
    g_signal_new ("day-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_BOOLEAN);

  gtk_widget_class_set_css_name (widget_class, "vd-month-view");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
vd_month_view_init (VdMonthView *self)
{
  GtkGesture *click = gtk_gesture_click_new ();

  self->hits = g_array_new (FALSE, FALSE, sizeof (VdCalendarHit));
  g_signal_connect (click, "released", G_CALLBACK (on_click_released), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (gtk_widget_queue_draw), self, G_CONNECT_SWAPPED);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
}

void
vd_month_view_set_month (VdMonthView *self,
                         int          year,
                         int          month)
{
  g_autofree char *title = NULL;

  g_return_if_fail (VD_IS_MONTH_VIEW (self));

  self->year = year;
  self->month = month;
  title = vd_calendar_month_title (year, month);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
vd_month_view_set_data (VdMonthView          *self,
                        const VdCalendarData *data)
{
  g_return_if_fail (VD_IS_MONTH_VIEW (self));

  self->data = data;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
