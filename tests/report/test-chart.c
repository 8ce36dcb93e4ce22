/* test-chart.c — hd-report: the charts' layout as a pure function of the figures, the size and
 * the text's sizes (bars proportional to their values on a round axis, labels that never
 * overlap however many units, points where their values are, the value under the pointer),
 * and the drawing, which marks every series in its colour. */
#include <math.h>

#include "charts/hd-chart.h"
#include "hd-test-util.h"

#define LINE 12.0

static HdChart *
lights_chart (guint n)
{
  HdChart *chart = hd_chart_new (HD_CHART_BARS, "亮灯情况");

  hd_chart_add_series (chart, "红灯", "#c01c28", HD_CHART_MARK_HATCHED);
  hd_chart_add_series (chart, "黄灯", "#e5a50a", HD_CHART_MARK_DOTTED);
  hd_chart_add_series (chart, "绿灯", "#26a269", HD_CHART_MARK_SOLID);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("第%u镇", i + 1);
      const double values[] = { i % 7, i % 3, 10 + i % 11 };

      hd_chart_add_category (chart, name, values);
    }
  return chart;
}

static HdChartLayout *
lay_out (HdChart *chart,
         double   width,
         double   height)
{
  guint n = hd_chart_get_n_categories (chart);
  g_autofree double *labels = g_new (double, MAX (n, 1));
  double series[8] = { 30, 30, 30, 30, 30, 30, 30, 30 };
  HdChartText text = { LINE, labels, 24, series };

  for (guint i = 0; i < n; i++)
    labels[i] = 40 + (i % 3) * 10;
  return hd_chart_layout (chart, width, height, &text);
}

static const HdChartRect *
piece (HdChartLayout *layout,
       guint          index)
{
  return &g_array_index (layout->pieces, HdChartRect, index);
}

static void
test_bars_proportional (void)
{
  g_autoptr(HdChart) chart = hd_chart_new (HD_CHART_BARS, NULL);
  g_autoptr(HdChartLayout) layout = NULL;
  const double a[] = { 10, 20 }, b[] = { 30, 0 }, c[] = { 0, 0 };
  double unit;

  hd_chart_add_series (chart, "红灯", "#c01c28", HD_CHART_MARK_HATCHED);
  hd_chart_add_series (chart, "绿灯", "#26a269", HD_CHART_MARK_SOLID);
  hd_chart_add_category (chart, "城关镇", a);
  hd_chart_add_category (chart, "河西镇", b);
  hd_chart_add_category (chart, "王庄村", c);
  layout = lay_out (chart, 600, 300);

  /* The largest total, 30, is on a round axis: 0, 5, … 30 at most six ticks apart. */
  g_assert_cmpfloat (layout->axis_max, ==, 30);
  g_assert_cmpuint (layout->ticks->len, >=, 3);
  g_assert_cmpfloat (g_array_index (layout->ticks, HdChartTick, 0).value, ==, 0);
  g_assert_cmpfloat (g_array_index (layout->ticks, HdChartTick, layout->ticks->len - 1).value, ==, 30);
  unit = layout->plot.width / 30;
  g_assert_cmpfloat_with_epsilon (piece (layout, 0)->width, 10 * unit, 1e-9);
  g_assert_cmpfloat_with_epsilon (piece (layout, 1)->width, 20 * unit, 1e-9);
  g_assert_cmpfloat_with_epsilon (piece (layout, 1)->x, piece (layout, 0)->x + piece (layout, 0)->width, 1e-9);
  g_assert_cmpfloat_with_epsilon (piece (layout, 2)->width, 30 * unit, 1e-9);
  g_assert_cmpfloat (piece (layout, 3)->width, ==, 0);
  g_assert_cmpfloat (piece (layout, 4)->width, ==, 0);
  /* Each bar starts at the axis and stays inside the plot. */
  for (guint i = 0; i < 6; i += 2)
    g_assert_cmpfloat (piece (layout, i)->x, ==, layout->plot.x);
  g_assert_cmpfloat (piece (layout, 2)->x + piece (layout, 2)->width, <=, layout->plot.x + layout->plot.width + 1e-9);
  /* All three labels fit, right of the page's edge and left of the plot. */
  for (guint i = 0; i < 3; i++)
    {
      const HdChartRect *label = &g_array_index (layout->label_places, HdChartRect, i);

      g_assert_true (g_array_index (layout->label_shown, gboolean, i));
      g_assert_cmpfloat (label->x, >=, 0);
      g_assert_cmpfloat (label->x + label->width, <=, layout->plot.x);
    }
}

/* Two shown labels' boxes never overlap. */
static void
assert_labels_apart (HdChartLayout *layout,
                     gboolean       vertical,
                     guint          at_least)
{
  const HdChartRect *previous = NULL;
  guint shown = 0;

  for (guint i = 0; i < layout->label_places->len; i++)
    {
      const HdChartRect *label = &g_array_index (layout->label_places, HdChartRect, i);

      if (!g_array_index (layout->label_shown, gboolean, i))
        continue;
      if (previous != NULL)
        {
          if (vertical)
            g_assert_cmpfloat (label->y, >=, previous->y + previous->height - 1e-9);
          else
            g_assert_cmpfloat (label->x, >=, previous->x + previous->width - 1e-9);
        }
      previous = label;
      shown++;
    }
  g_assert_cmpuint (shown, >=, at_least);
}

static void
test_hundred_units (void)
{
  g_autoptr(HdChart) chart = lights_chart (100);
  g_autoptr(HdChartLayout) small = lay_out (chart, 500, 400);
  g_autoptr(HdChartLayout) tall = lay_out (chart, 500, 1400);

  /* 400 points for a hundred bars: every fourth label, none overlapping, evenly. */
  assert_labels_apart (small, TRUE, 20);
  for (guint i = 0; i < 100; i++)
    g_assert_cmpint (g_array_index (small->label_shown, gboolean, i), ==, i % 4 == 0);
  /* Tall enough: every label. */
  assert_labels_apart (tall, TRUE, 100);
  /* The bars keep to their rows. */
  for (guint i = 0; i + 1 < 100; i++)
    g_assert_cmpfloat (piece (small, i * 3)->y + piece (small, i * 3)->height, <=, piece (small, (i + 1) * 3)->y + 1e-9);
}

static void
test_lines (void)
{
  g_autoptr(HdChart) chart = hd_chart_new (HD_CHART_LINES, "趋势");
  g_autoptr(HdChartLayout) layout = NULL;
  guint category = 0, series = 0;

  hd_chart_add_series (chart, "红灯", "#c01c28", HD_CHART_MARK_HATCHED);
  hd_chart_add_series (chart, "已销号", "#3584e4", HD_CHART_MARK_STRIPED);
  for (guint week = 0; week < 30; week++)
    {
      g_autofree char *label = g_strdup_printf ("2014-%02u-%02u", 4 + week / 4, 1 + (week % 4) * 7);
      const double values[] = { week, 100 - week * 2 };

      hd_chart_add_category (chart, label, values);
    }
  layout = lay_out (chart, 600, 300);
  g_assert_cmpfloat (layout->axis_max, ==, 100);
  /* The first week's closed tasks (100) at the top, its red ones (0) on the axis. */
  g_assert_cmpfloat_with_epsilon (piece (layout, 1)->y, layout->plot.y, 1e-9);
  g_assert_cmpfloat_with_epsilon (piece (layout, 0)->y, layout->plot.y + layout->plot.height, 1e-9);
  g_assert_cmpfloat_with_epsilon (piece (layout, 0)->x, layout->plot.x, 1e-9);
  g_assert_cmpfloat_with_epsilon (piece (layout, 29 * 2)->x, layout->plot.x + layout->plot.width, 1e-9);
  /* The weeks' labels (40–60 points wide) left out evenly so that none overlap. */
  assert_labels_apart (layout, FALSE, 5);
  g_assert_false (g_array_index (layout->label_shown, gboolean, 1));
  /* The pointer on the last week's red point. */
  g_assert_true (hd_chart_layout_hit (layout, chart, piece (layout, 29 * 2)->x - 1, piece (layout, 29 * 2)->y + 2,
                                      &category, &series));
  g_assert_cmpuint (category, ==, 29);
  g_assert_cmpuint (series, ==, 0);
  g_assert_false (hd_chart_layout_hit (layout, chart, piece (layout, 0)->x, layout->plot.y + layout->plot.height / 2,
                                       &category, &series));
}

static void
test_hit_bars (void)
{
  g_autoptr(HdChart) chart = lights_chart (3);
  g_autoptr(HdChartLayout) layout = lay_out (chart, 600, 300);
  const HdChartRect *green = piece (layout, 1 * 3 + 2);
  guint category = 9, series = 9;

  g_assert_true (hd_chart_layout_hit (layout, chart, green->x + green->width / 2, green->y + green->height / 2,
                                      &category, &series));
  g_assert_cmpuint (category, ==, 1);
  g_assert_cmpuint (series, ==, 2);
  g_assert_false (hd_chart_layout_hit (layout, chart, layout->plot.x + layout->plot.width - 1, green->y + 1,
                                       &category, &series));
}

/* Drawn on an image: each series' colour is there, as the pattern leaves it. */
static void
test_draw (void)
{
  g_autoptr(HdChart) chart = lights_chart (12);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 640, 360);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(HdChartLayout) layout = NULL;
  guint found[3] = { 0 };
  const guint32 colours[3] = { 0xc01c28, 0xe5a50a, 0x26a269 };
  unsigned char *data;
  int stride;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  layout = hd_chart_draw (chart, cr, 640, 360, NULL, 0.1, 0.1, 0.1);
  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  for (int y = 0; y < 360; y++)
    for (int x = 0; x < 640; x++)
      {
        guint32 pixel = *(guint32 *) (data + y * stride + x * 4) & 0xffffff;

        for (guint s = 0; s < 3; s++)
          found[s] += pixel == colours[s];
      }
  for (guint s = 0; s < 3; s++)
    g_assert_cmpuint (found[s], >, 50);
  g_assert_cmpuint (layout->pieces->len, ==, 36);
  if (g_getenv ("HD_CHART_PNG") != NULL)
    cairo_surface_write_to_png (surface, g_getenv ("HD_CHART_PNG"));
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  hd_test_init_english (&argc, &argv);
  g_test_add_func ("/chart/bars-proportional", test_bars_proportional);
  g_test_add_func ("/chart/hundred-units", test_hundred_units);
  g_test_add_func ("/chart/lines", test_lines);
  g_test_add_func ("/chart/hit-bars", test_hit_bars);
  g_test_add_func ("/chart/draw", test_draw);
  return g_test_run ();
}
