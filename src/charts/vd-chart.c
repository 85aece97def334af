/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdChart"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "vd-chart-private.h"

/* How many points the accessible description reads out before "and N
 * more": a screen reader user can read the table for the rest. */
#define DESCRIBE_MAX_POINTS 20

static void
item_free (gpointer data)
{
  VdChartItem *item = data;

  g_free (item->label);
  g_free (item->name);
  g_clear_pointer (&item->keys, g_ptr_array_unref);
  g_free (item);
}

static VdChartItem *
item_new (const char *label,
          const char *name,
          gboolean    others)
{
  VdChartItem *item = g_new0 (VdChartItem, 1);

  item->label = g_strdup (label);
  item->name = g_strdup (name ? name : label);
  item->keys = g_ptr_array_new ();
  item->others = others;
  return item;
}

/* Keeps the first @keep keys as they are and gathers the rest into one
 * "Others" item when there are more than @keep + 1 of them; returns, for
 * each key, the item it went to. */
static guint *
fold (GPtrArray   *keys,
      guint        keep,
      const char  *others_label,
      GPtrArray   *items)
{
  guint *item_of = g_new0 (guint, keys->len + 1);
  gboolean folding = keep > 0 && keys->len > keep + 1;
  VdChartItem *others = NULL;

  for (guint i = 0; i < keys->len; i++)
    {
      VdStatsKey *key = g_ptr_array_index (keys, i);

      if (folding && i >= keep)
        {
          if (others == NULL)
            {
              others = item_new (others_label, NULL, TRUE);
              g_ptr_array_add (items, others);
            }
          g_ptr_array_add (others->keys, key);
          item_of[i] = items->len - 1;
        }
      else
        {
          VdChartItem *item = item_new (key->label, key->name, FALSE);

          g_ptr_array_add (item->keys, key);
          g_ptr_array_add (items, item);
          item_of[i] = items->len - 1;
        }
    }
  return item_of;
}

/**
 * vd_chart_new_from_table:
 * @table: (transfer full): the counts
 * @top_n: bars or slices shown before the rest fold into "Others" (the
 *   "Others" bar included); 0 to show all. Years never fold.
 * @top_series: series shown before the rest fold into "Others"
 *
 * Returns: (transfer full): the chart
 */
VdChart *
vd_chart_new_from_table (VdStatsTable *table,
                         VdChartShape  shape,
                         guint         top_n,
                         guint         top_series)
{
  VdChart *chart = g_new0 (VdChart, 1);
  g_autofree guint *category_of = NULL;
  g_autofree guint *series_of = NULL;
  gboolean by_year = table->query == VD_STATS_YEARS_BY_FORM || table->query == VD_STATS_YEARS_BY_UNIT
                     || table->query == VD_STATS_SHARES;
  guint n_rows = table->rows->len, n_columns = table->columns->len;
  guint nc, ns;

  chart->ref_count = 1;
  chart->table = table;
  chart->shape = shape;
  chart->percent = table->query == VD_STATS_SHARES;
  chart->categories = g_ptr_array_new_with_free_func (item_free);
  chart->series = g_ptr_array_new_with_free_func (item_free);
  chart->geometry = g_array_new (FALSE, FALSE, sizeof (VdChartHitArea));

  /* More slices than colours could not be told apart. */
  if (shape == VD_CHART_SHAPE_DONUT && (top_n == 0 || top_n > VD_CHART_PALETTE_SIZE + 1))
    top_n = VD_CHART_PALETTE_SIZE + 1;
  if (top_series == 0 || top_series > VD_CHART_PALETTE_SIZE + 1)
    top_series = VD_CHART_PALETTE_SIZE + 1;

  /* "Others" keeps its place as the last bar: a reader compares it with
   * the named ones but does not take it for the largest. */
  category_of = fold (table->rows, by_year || top_n == 0 ? 0 : top_n - 1, _("Others"), chart->categories);
  series_of = fold (table->columns, top_series == 0 ? 0 : top_series - 1, _("Others"), chart->series);

  nc = chart->categories->len;
  ns = chart->series->len;
  chart->counts = g_new0 (gint64, (gsize) nc * ns + 1);
  chart->bases = g_new0 (gint64, nc + 1);
  chart->values = g_new0 (double, (gsize) nc * ns + 1);

  for (guint r = 0; r < n_rows; r++)
    {
      for (guint c = 0; c < n_columns; c++)
        chart->counts[category_of[r] * ns + series_of[c]] += table->counts[r * n_columns + c];
      if (table->bases != NULL)
        chart->bases[category_of[r]] += table->bases[r];
    }

  for (guint i = 0; i < nc; i++)
    for (guint s = 0; s < ns; s++)
      {
        gint64 count = chart->counts[i * ns + s];

        if (chart->percent)
          chart->values[i * ns + s] = chart->bases[i] > 0 ? 100.0 * (double) count / (double) chart->bases[i] : 0;
        else
          chart->values[i * ns + s] = (double) count;
      }

  return chart;
}

VdChart *
vd_chart_ref (VdChart *chart)
{
  g_atomic_int_inc (&chart->ref_count);
  return chart;
}

void
vd_chart_unref (VdChart *chart)
{
  if (chart == NULL || !g_atomic_int_dec_and_test (&chart->ref_count))
    return;
  g_ptr_array_unref (chart->categories);
  g_ptr_array_unref (chart->series);
  g_array_unref (chart->geometry);
  vd_stats_table_free (chart->table);
  g_free (chart->counts);
  g_free (chart->bases);
  g_free (chart->values);
  g_free (chart->title);
  g_free (chart->subtitle);
  g_free (chart->date);
  g_free (chart);
}

VdChartShape
vd_chart_get_shape (VdChart *chart)
{
  return chart->shape;
}

gboolean
vd_chart_is_percent (VdChart *chart)
{
  return chart->percent;
}

guint
vd_chart_get_n_categories (VdChart *chart)
{
  return chart->categories->len;
}

guint
vd_chart_get_n_series (VdChart *chart)
{
  return chart->series->len;
}

const VdChartItem *
vd_chart_get_category (VdChart *chart,
                       guint    index)
{
  g_return_val_if_fail (index < chart->categories->len, NULL);
  return g_ptr_array_index (chart->categories, index);
}

const VdChartItem *
vd_chart_get_series (VdChart *chart,
                     guint    index)
{
  g_return_val_if_fail (index < chart->series->len, NULL);
  return g_ptr_array_index (chart->series, index);
}

gint64
vd_chart_get_count (VdChart *chart,
                    guint    category,
                    guint    series)
{
  g_return_val_if_fail (category < chart->categories->len && series < chart->series->len, 0);
  return chart->counts[category * chart->series->len + series];
}

double
vd_chart_get_value (VdChart *chart,
                    guint    category,
                    guint    series)
{
  g_return_val_if_fail (category < chart->categories->len && series < chart->series->len, 0);
  return chart->values[category * chart->series->len + series];
}

gint64
vd_chart_get_base (VdChart *chart,
                   guint    category)
{
  g_return_val_if_fail (category < chart->categories->len, 0);
  return chart->bases[category];
}

gint64
vd_chart_get_category_total (VdChart *chart,
                             guint    category)
{
  gint64 sum = 0;

  if (chart->percent)
    return vd_chart_get_base (chart, category);
  for (guint s = 0; s < chart->series->len; s++)
    sum += vd_chart_get_count (chart, category, s);
  return sum;
}

gint64
vd_chart_get_total (VdChart *chart)
{
  return chart->table->total;
}

const VdStatsTable *
vd_chart_get_table (VdChart *chart)
{
  return chart->table;
}

void
vd_chart_set_title (VdChart    *chart,
                    const char *title)
{
  g_free (chart->title);
  chart->title = g_strdup (title);
}

const char *
vd_chart_get_title (VdChart *chart)
{
  return chart->title;
}

void
vd_chart_set_subtitle (VdChart    *chart,
                       const char *subtitle)
{
  g_free (chart->subtitle);
  chart->subtitle = g_strdup (subtitle);
}

const char *
vd_chart_get_subtitle (VdChart *chart)
{
  return chart->subtitle;
}

/**
 * vd_chart_set_date:
 * @date: (nullable): the date printed with the header, dd/mm/yyyy; %NULL
 *   for none
 */
void
vd_chart_set_date (VdChart    *chart,
                   const char *date)
{
  g_free (chart->date);
  chart->date = g_strdup (date);
}

/* ---- Numbers ---- */

/**
 * vd_chart_format_count:
 *
 * Returns: (transfer full): @count with the user's thousands separator,
 *   "1,234" or "1.234"
 */
char *
vd_chart_format_count (gint64 count)
{
  g_autofree char *digits = g_strdup_printf ("%" G_GINT64_FORMAT, count < 0 ? -count : count);
  /* TRANSLATORS: the thousands separator in counts, "1,234"; Vietnamese uses "." */
  const char *separator = C_("thousands separator", ",");
  GString *out = g_string_new (count < 0 ? "-" : "");
  gsize n = strlen (digits);

  for (gsize i = 0; i < n; i++)
    {
      if (i > 0 && (n - i) % 3 == 0)
        g_string_append (out, separator);
      g_string_append_c (out, digits[i]);
    }
  return g_string_free (out, FALSE);
}

/**
 * vd_chart_format_percent:
 *
 * Returns: (transfer full): @percent with one decimal, "45.2%" or "45,2%"
 */
char *
vd_chart_format_percent (double percent)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  /* TRANSLATORS: the decimal separator in percentages, "45.2%"; Vietnamese uses "," */
  const char *point = C_("decimal separator", ".");
  g_autofree char *text = NULL;
  char *dot;

  g_ascii_formatd (buffer, sizeof buffer, "%.1f", percent);
  text = g_strdup (buffer);
  dot = strchr (text, '.');
  if (dot != NULL)
    {
      *dot = '\0';
      /* TRANSLATORS: a percentage; %s%s%s are the whole part, the decimal separator and the decimals */
      return g_strdup_printf (_("%s%s%s%%"), text, point, dot + 1);
    }
  return g_strdup_printf (_("%s%%"), text);
}

double
vd_chart_nice_step (double  max,
                    guint   max_ticks,
                    double *top)
{
  double raw, magnitude, step;

  if (max_ticks == 0)
    max_ticks = 1;
  if (!(max > 0))
    {
      *top = 1;
      return 1;
    }
  raw = max / max_ticks;
  magnitude = pow (10, floor (log10 (raw)));
  if (raw <= magnitude)
    step = magnitude;
  else if (raw <= 2 * magnitude)
    step = 2 * magnitude;
  else if (raw <= 5 * magnitude)
    step = 5 * magnitude;
  else
    step = 10 * magnitude;
  /* Counts are whole: no step below one award. */
  if (step < 1)
    step = 1;
  *top = ceil (max / step - 1e-9) * step;
  if (*top < step)
    *top = step;
  return step;
}

/* ---- Words for tooltips and screen readers ---- */

/**
 * vd_chart_describe_point:
 * @series: the series, or -1 for the whole category
 *
 * Returns: (transfer full): the exact figures of one bar, segment, point
 *   or slice, e.g. "Vụ TCCB — Lao động tiên tiến: 1,234 awards (45.2%)"
 */
char *
vd_chart_describe_point (VdChart *chart,
                         guint    category,
                         int      series)
{
  const VdChartItem *cat = vd_chart_get_category (chart, category);
  g_autofree char *head = NULL;
  g_autofree char *count = NULL;
  g_autofree char *share = NULL;
  gint64 n, of;

  if (chart->percent && series >= 0)
    {
      const VdChartItem *ser = vd_chart_get_series (chart, series);
      g_autofree char *base = vd_chart_format_count (vd_chart_get_base (chart, category));

      n = vd_chart_get_count (chart, category, series);
      count = vd_chart_format_count (n);
      share = vd_chart_format_percent (vd_chart_get_value (chart, category, series));
      /* TRANSLATORS: "Women, 2021: 45.2% (123 of 272 individual awards)" */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%s, %s: %s (%s of %s individual award)",
                                           "%s, %s: %s (%s of %s individual awards)",
                                           vd_chart_get_base (chart, category)),
                              ser->name, cat->name, share, count, base);
    }

  if (series >= 0 && chart->series->len > 1)
    {
      const VdChartItem *ser = vd_chart_get_series (chart, series);

      n = vd_chart_get_count (chart, category, series);
      of = vd_chart_get_category_total (chart, category);
      head = g_strdup_printf ("%s — %s", cat->name, ser->name);
    }
  else
    {
      n = vd_chart_get_category_total (chart, category);
      of = vd_chart_get_total (chart);
      head = g_strdup (cat->name);
    }

  count = vd_chart_format_count (n);
  share = vd_chart_format_percent (of > 0 ? 100.0 * (double) n / (double) of : 0);
  /* TRANSLATORS: "Vụ TCCB: 1,234 awards (45.2%)" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s: %s award (%s)", "%s: %s awards (%s)", n),
                          head, count, share);
}

/**
 * vd_chart_describe:
 *
 * Returns: (transfer full): the chart in words for screen readers: what it
 *   shows and the figures of its first points
 */
char *
vd_chart_describe (VdChart *chart)
{
  GString *text = g_string_new (NULL);
  g_autofree char *total = vd_chart_format_count (vd_chart_get_total (chart));
  guint told = 0;

  if (chart->title != NULL)
    g_string_append_printf (text, "%s. ", chart->title);
  if (chart->subtitle != NULL)
    g_string_append_printf (text, "%s. ", chart->subtitle);
  if (chart->categories->len == 0)
    {
      g_string_append (text, _("No awards match these filters."));
      return g_string_free (text, FALSE);
    }
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%s award in total.", "%s awards in total.",
                                             vd_chart_get_total (chart)),
                          total);

  for (guint c = 0; c < chart->categories->len && told < DESCRIBE_MAX_POINTS; c++)
    {
      if (chart->percent)
        for (guint s = 0; s < chart->series->len; s++, told++)
          {
            g_autofree char *point = vd_chart_describe_point (chart, c, (int) s);
            g_string_append_printf (text, " %s.", point);
          }
      else
        {
          g_autofree char *point = vd_chart_describe_point (chart, c, -1);
          g_string_append_printf (text, " %s.", point);
          told++;
        }
    }
  if (told >= DESCRIBE_MAX_POINTS && chart->categories->len * (chart->percent ? chart->series->len : 1) > told)
    g_string_append_c (text, ' '), g_string_append (text, _("The table beside the chart lists the rest."));
  return g_string_free (text, FALSE);
}

/* ---- Drill-down ---- */

static void
narrow_by_item (VdStatsFilter     **filter,
                const VdChartItem  *item)
{
  VdStatsKey *first;

  if (item->keys->len == 0)
    return;
  first = g_ptr_array_index (item->keys, 0);

  if (item->keys->len == 1 || first->type == VD_STATS_KEY_YEAR)
    {
      VdStatsFilter *narrow = vd_stats_filter_narrow (*filter, first);

      vd_stats_filter_free (*filter);
      *filter = narrow;
      return;
    }

  /* "Others": every key it gathers, at once. */
  {
    VdStatsKey merged = { first->type, first->id, NULL, NULL, NULL };
    g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
    VdStatsFilter *narrow;

    for (guint i = 0; i < item->keys->len; i++)
      {
        VdStatsKey *key = g_ptr_array_index (item->keys, i);

        if (key->type == VD_STATS_KEY_UNIT && key->unit_ids != NULL)
          g_array_append_vals (ids, key->unit_ids->data, key->unit_ids->len);
        else
          g_array_append_val (ids, key->id);
      }

    if (first->type == VD_STATS_KEY_UNIT)
      {
        merged.unit_ids = ids;
        narrow = vd_stats_filter_narrow (*filter, &merged);
      }
    else if (first->type == VD_STATS_KEY_KIND)
      {
        narrow = vd_stats_filter_copy (*filter);
        if (narrow->kind_ids != NULL)
          {
            g_autoptr(GArray) both = g_array_new (FALSE, FALSE, sizeof (gint64));

            for (guint i = 0; i < ids->len; i++)
              if (vd_stats_filter_has_kind (narrow, g_array_index (ids, gint64, i)))
                g_array_append_val (both, g_array_index (ids, gint64, i));
            if (both->len == 0)
              {
                gint64 none = -1;
                g_array_append_val (both, none);
              }
            vd_stats_filter_set_kinds (narrow, (gint64 *) both->data, both->len);
          }
        else
          vd_stats_filter_set_kinds (narrow, (gint64 *) ids->data, ids->len);
      }
    else
      narrow = vd_stats_filter_copy (*filter);

    vd_stats_filter_free (*filter);
    *filter = narrow;
  }
}

/**
 * vd_chart_narrow_filter:
 * @filter: the filter the chart was counted with
 * @series: the series, or -1 for the whole category
 *
 * Returns: (transfer full): the filter of the awards behind one bar,
 *   segment, point or slice
 */
VdStatsFilter *
vd_chart_narrow_filter (VdChart             *chart,
                        const VdStatsFilter *filter,
                        guint                category,
                        int                  series)
{
  VdStatsFilter *narrow = vd_stats_filter_copy (filter);

  g_return_val_if_fail (category < chart->categories->len, narrow);

  narrow_by_item (&narrow, vd_chart_get_category (chart, category));
  if (series >= 0 && (guint) series < chart->series->len)
    narrow_by_item (&narrow, vd_chart_get_series (chart, series));
  return narrow;
}
