/* hd-chart.c — a chart's series and categories. */
#include "charts/hd-chart.h"

struct _HdChart {
  HdChartKind  kind;
  char        *title;
  GArray      *series;       /* HdChartSeries */
  GPtrArray   *categories;   /* char * */
  GArray      *values;       /* double, category-major */
};

static void
series_clear (HdChartSeries *series)
{
  g_free (series->name);
}

HdChart *
hd_chart_new (HdChartKind  kind,
              const char  *title)
{
  HdChart *chart = g_new0 (HdChart, 1);

  chart->kind = kind;
  chart->title = g_strdup (title);
  chart->series = g_array_new (FALSE, TRUE, sizeof (HdChartSeries));
  g_array_set_clear_func (chart->series, (GDestroyNotify) series_clear);
  chart->categories = g_ptr_array_new_with_free_func (g_free);
  chart->values = g_array_new (FALSE, FALSE, sizeof (double));
  return chart;
}

void
hd_chart_free (HdChart *chart)
{
  if (chart == NULL)
    return;
  g_free (chart->title);
  g_array_unref (chart->series);
  g_ptr_array_unref (chart->categories);
  g_array_unref (chart->values);
  g_free (chart);
}

void
hd_chart_add_series (HdChart     *chart,
                     const char  *name,
                     const char  *colour,
                     HdChartMark  mark)
{
  HdChartSeries series = { g_strdup (name), 0, 0, 0, mark };
  guint rgb = 0;

  g_return_if_fail (chart != NULL && chart->categories->len == 0);
  g_return_if_fail (colour != NULL && colour[0] == '#' && strlen (colour) == 7);

  rgb = (guint) g_ascii_strtoull (colour + 1, NULL, 16);
  series.red = ((rgb >> 16) & 0xff) / 255.0;
  series.green = ((rgb >> 8) & 0xff) / 255.0;
  series.blue = (rgb & 0xff) / 255.0;
  g_array_append_val (chart->series, series);
}

void
hd_chart_add_category (HdChart      *chart,
                       const char   *label,
                       const double *values)
{
  g_return_if_fail (chart != NULL && chart->series->len > 0);

  g_ptr_array_add (chart->categories, g_strdup (label));
  g_array_append_vals (chart->values, values, chart->series->len);
}

HdChartKind
hd_chart_get_kind (const HdChart *chart)
{
  return chart->kind;
}

const char *
hd_chart_get_title (const HdChart *chart)
{
  return chart->title;
}

guint
hd_chart_get_n_series (const HdChart *chart)
{
  return chart->series->len;
}

const HdChartSeries *
hd_chart_get_series (const HdChart *chart,
                     guint          series)
{
  g_return_val_if_fail (series < chart->series->len, NULL);
  return &g_array_index (chart->series, HdChartSeries, series);
}

guint
hd_chart_get_n_categories (const HdChart *chart)
{
  return chart->categories->len;
}

const char *
hd_chart_get_category (const HdChart *chart,
                       guint          category)
{
  g_return_val_if_fail (category < chart->categories->len, NULL);
  return g_ptr_array_index (chart->categories, category);
}

double
hd_chart_get_value (const HdChart *chart,
                    guint          category,
                    guint          series)
{
  g_return_val_if_fail (category < chart->categories->len && series < chart->series->len, 0);
  return g_array_index (chart->values, double, category * chart->series->len + series);
}
