/* hd-chart-layout.c — where everything of a chart goes, from its figures and the sizes of its
 * text alone. */
#include <math.h>

#include "charts/hd-chart.h"

/* A round step near @raw: 1, 2 or 5 times a power of ten, at least 1 (the figures are counts). */
static double
nice_step (double raw)
{
  double power, fraction;

  if (raw <= 1)
    return 1;
  power = pow (10, floor (log10 (raw)));
  fraction = raw / power;
  if (fraction <= 1)
    return power;
  if (fraction <= 2)
    return 2 * power;
  if (fraction <= 5)
    return 5 * power;
  return 10 * power;
}

/* Ticks from 0 to a round maximum at least @max, about five, their labels (@tick_width wide)
 * apart by half a label at least along @length. */
static double
make_ticks (double  max,
            double  length,
            double  tick_width,
            GArray *ticks)
{
  double step = nice_step (MAX (max, 1) / 5);
  double axis_max;

  for (;;)
    {
      axis_max = MAX (step, ceil (max / step) * step);
      if (length * step / axis_max >= tick_width * 1.5 || step >= axis_max)
        break;
      step = nice_step (step * 2);
    }
  g_array_set_size (ticks, 0);
  for (double value = 0; value <= axis_max + step / 2; value += step)
    {
      HdChartTick tick = { value, length * value / axis_max };

      g_array_append_val (ticks, tick);
    }
  return axis_max;
}

/* The legend along the top, wrapped onto more rows when it must: its height. */
static double
place_legend (const HdChart     *chart,
              double             width,
              const HdChartText *text,
              double             pad,
              GArray            *legend)
{
  double swatch = text->line_height * 0.8, row = text->line_height * 1.3;
  double x = pad, y = pad;

  for (guint s = 0; s < hd_chart_get_n_series (chart); s++)
    {
      double item = swatch + pad / 2 + text->series_widths[s];
      HdChartRect place;

      if (x > pad && x + item > width - pad)
        {
          x = pad;
          y += row;
        }
      place = (HdChartRect) { x, y + (row - swatch) / 2, swatch, swatch };
      g_array_append_val (legend, place);
      x += item + pad * 2;
    }
  return hd_chart_get_n_series (chart) > 0 ? y + row : pad;
}

/* Every @every-th label is written, so that written labels are @size apart at least. */
static guint
label_every (double pitch,
             double size)
{
  if (pitch <= 0)
    return G_MAXUINT;
  return MAX (1, (guint) ceil (size / pitch - 1e-9));
}

static void
layout_bars (const HdChart     *chart,
             double             width,
             double             height,
             const HdChartText *text,
             double             pad,
             double             top,
             HdChartLayout     *layout)
{
  guint n = hd_chart_get_n_categories (chart), n_series = hd_chart_get_n_series (chart);
  double label_column = 0, max_total = 0, pitch, thickness;
  guint every;

  for (guint c = 0; c < n; c++)
    {
      double total = 0;

      label_column = MAX (label_column, text->label_widths[c]);
      for (guint s = 0; s < n_series; s++)
        total += MAX (0, hd_chart_get_value (chart, c, s));
      max_total = MAX (max_total, total);
    }
  label_column = MIN (label_column, width * 0.3);
  layout->plot.x = pad + label_column + pad;
  layout->plot.y = top + pad;
  layout->plot.width = MAX (1, width - layout->plot.x - pad - text->tick_width / 2);
  layout->plot.height = MAX (1, height - layout->plot.y - text->line_height - pad * 2);
  layout->axis_max = make_ticks (max_total, layout->plot.width, text->tick_width, layout->ticks);
  for (guint t = 0; t < layout->ticks->len; t++)
    g_array_index (layout->ticks, HdChartTick, t).position += layout->plot.x;

  pitch = n > 0 ? layout->plot.height / n : 0;
  thickness = MIN (pitch * 0.7, text->line_height * 1.6);
  every = label_every (pitch, text->line_height);
  for (guint c = 0; c < n; c++)
    {
      HdChartRect band = { layout->plot.x, layout->plot.y + c * pitch, layout->plot.width, pitch };
      double centre = band.y + pitch / 2;
      HdChartRect label = { pad, centre - text->line_height / 2, label_column, text->line_height };
      gboolean shown = c % every == 0;
      double x = layout->plot.x;

      g_array_append_val (layout->bands, band);
      g_array_append_val (layout->label_shown, shown);
      g_array_append_val (layout->label_places, label);
      for (guint s = 0; s < n_series; s++)
        {
          double length = MAX (0, hd_chart_get_value (chart, c, s)) / layout->axis_max * layout->plot.width;
          HdChartRect piece = { x, centre - thickness / 2, length, thickness };

          g_array_append_val (layout->pieces, piece);
          x += length;
        }
    }
}

static void
layout_lines (const HdChart     *chart,
              double             width,
              double             height,
              const HdChartText *text,
              double             pad,
              double             top,
              HdChartLayout     *layout)
{
  guint n = hd_chart_get_n_categories (chart), n_series = hd_chart_get_n_series (chart);
  double max_value = 0, widest = 0, pitch;
  guint every;

  for (guint c = 0; c < n; c++)
    {
      widest = MAX (widest, text->label_widths[c]);
      for (guint s = 0; s < n_series; s++)
        max_value = MAX (max_value, hd_chart_get_value (chart, c, s));
    }
  layout->plot.x = pad + text->tick_width + pad;
  layout->plot.y = top + pad;
  layout->plot.width = MAX (1, width - layout->plot.x - pad - widest / 2);
  layout->plot.height = MAX (1, height - layout->plot.y - text->line_height - pad * 2);
  layout->axis_max = make_ticks (max_value, layout->plot.height, text->line_height, layout->ticks);
  for (guint t = 0; t < layout->ticks->len; t++)
    {
      HdChartTick *tick = &g_array_index (layout->ticks, HdChartTick, t);

      tick->position = layout->plot.y + layout->plot.height - tick->position;
    }

  pitch = n > 1 ? layout->plot.width / (n - 1) : layout->plot.width;
  every = label_every (pitch, widest + pad);
  for (guint c = 0; c < n; c++)
    {
      double x = n > 1 ? layout->plot.x + c * pitch : layout->plot.x + layout->plot.width / 2;
      HdChartRect band = { x - pitch / 2, layout->plot.y, pitch, layout->plot.height };
      HdChartRect label = { x - text->label_widths[c] / 2, layout->plot.y + layout->plot.height + pad,
                            text->label_widths[c], text->line_height };
      gboolean shown = c % every == 0;

      g_array_append_val (layout->bands, band);
      g_array_append_val (layout->label_shown, shown);
      g_array_append_val (layout->label_places, label);
      for (guint s = 0; s < n_series; s++)
        {
          double value = MAX (0, hd_chart_get_value (chart, c, s));
          HdChartRect point = { x, layout->plot.y + layout->plot.height * (1 - value / layout->axis_max), 0, 0 };

          g_array_append_val (layout->pieces, point);
        }
    }
}

HdChartLayout *
hd_chart_layout (const HdChart     *chart,
                 double             width,
                 double             height,
                 const HdChartText *text)
{
  HdChartLayout *layout = g_new0 (HdChartLayout, 1);
  double pad = text->line_height / 2, top;

  g_return_val_if_fail (chart != NULL && text != NULL, NULL);

  layout->ticks = g_array_new (FALSE, FALSE, sizeof (HdChartTick));
  layout->bands = g_array_new (FALSE, FALSE, sizeof (HdChartRect));
  layout->label_shown = g_array_new (FALSE, FALSE, sizeof (gboolean));
  layout->label_places = g_array_new (FALSE, FALSE, sizeof (HdChartRect));
  layout->pieces = g_array_new (FALSE, FALSE, sizeof (HdChartRect));
  layout->legend = g_array_new (FALSE, FALSE, sizeof (HdChartRect));
  top = place_legend (chart, width, text, pad, layout->legend);
  if (hd_chart_get_kind (chart) == HD_CHART_BARS)
    layout_bars (chart, width, height, text, pad, top, layout);
  else
    layout_lines (chart, width, height, text, pad, top, layout);
  return layout;
}

void
hd_chart_layout_free (HdChartLayout *layout)
{
  if (layout == NULL)
    return;
  g_array_unref (layout->ticks);
  g_array_unref (layout->bands);
  g_array_unref (layout->label_shown);
  g_array_unref (layout->label_places);
  g_array_unref (layout->pieces);
  g_array_unref (layout->legend);
  g_free (layout);
}

static gboolean
inside (const HdChartRect *rect,
        double             x,
        double             y)
{
  return x >= rect->x && x < rect->x + rect->width && y >= rect->y && y < rect->y + rect->height;
}

gboolean
hd_chart_layout_hit (const HdChartLayout *layout,
                     const HdChart       *chart,
                     double               x,
                     double               y,
                     guint               *category,
                     guint               *series)
{
  guint n_series = hd_chart_get_n_series (chart);

  for (guint c = 0; c < layout->bands->len; c++)
    {
      if (!inside (&g_array_index (layout->bands, HdChartRect, c), x, y))
        continue;
      if (hd_chart_get_kind (chart) == HD_CHART_BARS)
        {
          for (guint s = 0; s < n_series; s++)
            if (inside (&g_array_index (layout->pieces, HdChartRect, c * n_series + s), x, y))
              {
                *category = c;
                *series = s;
                return TRUE;
              }
          return FALSE;
        }
      /* A line's point within a few points of the pointer, the nearest. */
      {
        double best = 8;
        gboolean found = FALSE;

        for (guint s = 0; s < n_series; s++)
          {
            double distance = fabs (g_array_index (layout->pieces, HdChartRect, c * n_series + s).y - y);

            if (distance <= best)
              {
                best = distance;
                *category = c;
                *series = s;
                found = TRUE;
              }
          }
        return found;
      }
    }
  return FALSE;
}
