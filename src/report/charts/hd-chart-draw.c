/* hd-chart-draw.c — a chart measured with Pango and drawn with cairo. */
#include <math.h>
#include <pango/pangocairo.h>

#include "charts/hd-chart.h"

typedef struct {
  cairo_t                    *cr;
  const PangoFontDescription *font;
  double                      fg[3];
} Pen;

static PangoLayout *
text_layout (Pen        *pen,
             const char *text)
{
  PangoLayout *layout = pango_cairo_create_layout (pen->cr);

  if (pen->font != NULL)
    pango_layout_set_font_description (layout, pen->font);
  else
    {
      PangoFontDescription *font = pango_font_description_from_string ("Sans 9");

      pango_layout_set_font_description (layout, font);
      pango_font_description_free (font);
    }
  pango_layout_set_text (layout, text, -1);
  return layout;
}

static double
text_width (Pen        *pen,
            const char *text,
            double     *height)
{
  g_autoptr(PangoLayout) layout = text_layout (pen, text);
  int w, h;

  pango_layout_get_size (layout, &w, &h);
  if (height != NULL)
    *height = (double) h / PANGO_SCALE;
  return (double) w / PANGO_SCALE;
}

/* @text in the box @place, aligned left (0), centred (0.5) or right (1), cut with "…" to fit. */
static void
show_text (Pen               *pen,
           const char        *text,
           const HdChartRect *place,
           double             align,
           double             alpha)
{
  g_autoptr(PangoLayout) layout = text_layout (pen, text);
  int w, h;

  pango_layout_set_width (layout, (int) (place->width * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_get_size (layout, &w, &h);
  cairo_set_source_rgba (pen->cr, pen->fg[0], pen->fg[1], pen->fg[2], alpha);
  cairo_move_to (pen->cr, place->x + MAX (0, place->width - (double) w / PANGO_SCALE) * align,
                 place->y + (place->height - (double) h / PANGO_SCALE) / 2);
  pango_cairo_show_layout (pen->cr, layout);
}

/* The series' colour with its mark over it, in @rect. */
static void
fill_marked (cairo_t             *cr,
             const HdChartSeries *series,
             const HdChartRect   *rect)
{
  double step = 4;

  if (rect->width <= 0 || rect->height <= 0)
    return;
  cairo_save (cr);
  cairo_rectangle (cr, rect->x, rect->y, rect->width, rect->height);
  cairo_set_source_rgb (cr, series->red, series->green, series->blue);
  cairo_fill_preserve (cr);
  cairo_clip (cr);
  cairo_set_source_rgba (cr, 1, 1, 1, 0.7);
  cairo_set_line_width (cr, 1);
  switch (series->mark)
    {
    case HD_CHART_MARK_SOLID:
      break;
    case HD_CHART_MARK_HATCHED:
    case HD_CHART_MARK_CROSSED:
      for (double d = -rect->height; d < rect->width; d += step * 1.5)
        {
          cairo_move_to (cr, rect->x + d, rect->y + rect->height);
          cairo_line_to (cr, rect->x + d + rect->height, rect->y);
          if (series->mark == HD_CHART_MARK_CROSSED)
            {
              cairo_move_to (cr, rect->x + d, rect->y);
              cairo_line_to (cr, rect->x + d + rect->height, rect->y + rect->height);
            }
        }
      cairo_stroke (cr);
      break;
    case HD_CHART_MARK_DOTTED:
      for (double y = rect->y + step / 2; y < rect->y + rect->height; y += step)
        for (double x = rect->x + step / 2; x < rect->x + rect->width; x += step)
          {
            cairo_new_sub_path (cr);
            cairo_arc (cr, x, y, 0.9, 0, 2 * G_PI);
          }
      cairo_fill (cr);
      break;
    case HD_CHART_MARK_STRIPED:
      for (double y = rect->y + step / 2; y < rect->y + rect->height; y += step)
        {
          cairo_move_to (cr, rect->x, y);
          cairo_line_to (cr, rect->x + rect->width, y);
        }
      cairo_stroke (cr);
      break;
    }
  cairo_restore (cr);
}

/* A line's marker at (@x, @y): a shape per series. */
static void
draw_marker (cairo_t             *cr,
             const HdChartSeries *series,
             double               x,
             double               y)
{
  double r = 3;

  cairo_set_source_rgb (cr, series->red, series->green, series->blue);
  switch (series->mark)
    {
    case HD_CHART_MARK_SOLID:
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      cairo_fill (cr);
      break;
    case HD_CHART_MARK_HATCHED:
      cairo_rectangle (cr, x - r, y - r, 2 * r, 2 * r);
      cairo_fill (cr);
      break;
    case HD_CHART_MARK_DOTTED:
      cairo_move_to (cr, x, y - r * 1.2);
      cairo_line_to (cr, x + r * 1.2, y + r);
      cairo_line_to (cr, x - r * 1.2, y + r);
      cairo_close_path (cr);
      cairo_fill (cr);
      break;
    case HD_CHART_MARK_CROSSED:
      cairo_set_line_width (cr, 2);
      cairo_move_to (cr, x - r, y - r);
      cairo_line_to (cr, x + r, y + r);
      cairo_move_to (cr, x + r, y - r);
      cairo_line_to (cr, x - r, y + r);
      cairo_stroke (cr);
      break;
    case HD_CHART_MARK_STRIPED:
      cairo_move_to (cr, x, y - r * 1.3);
      cairo_line_to (cr, x + r * 1.3, y);
      cairo_line_to (cr, x, y + r * 1.3);
      cairo_line_to (cr, x - r * 1.3, y);
      cairo_close_path (cr);
      cairo_fill (cr);
      break;
    }
}

static void
draw_axes (Pen                 *pen,
           const HdChart       *chart,
           const HdChartLayout *layout,
           double               tick_width,
           double               line_height)
{
  cairo_t *cr = pen->cr;
  gboolean bars = hd_chart_get_kind (chart) == HD_CHART_BARS;

  cairo_set_line_width (cr, 1);
  for (guint t = 0; t < layout->ticks->len; t++)
    {
      const HdChartTick *tick = &g_array_index (layout->ticks, HdChartTick, t);
      g_autofree char *value = g_strdup_printf ("%.0f", tick->value);
      HdChartRect place;

      cairo_set_source_rgba (cr, pen->fg[0], pen->fg[1], pen->fg[2], t == 0 ? 0.6 : 0.15);
      if (bars)
        {
          cairo_move_to (cr, tick->position, layout->plot.y);
          cairo_line_to (cr, tick->position, layout->plot.y + layout->plot.height);
          place = (HdChartRect) { tick->position - tick_width, layout->plot.y + layout->plot.height + line_height / 4,
                                  tick_width * 2, line_height };
        }
      else
        {
          cairo_move_to (cr, layout->plot.x, tick->position);
          cairo_line_to (cr, layout->plot.x + layout->plot.width, tick->position);
          place = (HdChartRect) { layout->plot.x - tick_width - line_height / 2, tick->position - line_height / 2,
                                  tick_width, line_height };
        }
      cairo_stroke (cr);
      show_text (pen, value, &place, bars ? 0.5 : 1, 0.8);
    }
}

HdChartLayout *
hd_chart_draw (const HdChart              *chart,
               cairo_t                    *cr,
               double                      width,
               double                      height,
               const PangoFontDescription *font,
               double                      fg_red,
               double                      fg_green,
               double                      fg_blue)
{
  Pen pen = { cr, font, { fg_red, fg_green, fg_blue } };
  guint n = hd_chart_get_n_categories (chart), n_series = hd_chart_get_n_series (chart);
  g_autofree double *label_widths = g_new0 (double, MAX (n, 1));
  g_autofree double *series_widths = g_new0 (double, MAX (n_series, 1));
  HdChartText text = { 0 };
  HdChartLayout *layout;
  double max_value = 0;

  g_return_val_if_fail (chart != NULL && cr != NULL, NULL);

  for (guint c = 0; c < n; c++)
    {
      double total = 0;

      label_widths[c] = text_width (&pen, hd_chart_get_category (chart, c), NULL);
      for (guint s = 0; s < n_series; s++)
        total += hd_chart_get_value (chart, c, s);
      max_value = MAX (max_value, total);
    }
  for (guint s = 0; s < n_series; s++)
    series_widths[s] = text_width (&pen, hd_chart_get_series (chart, s)->name, NULL);
  {
    g_autofree char *widest = g_strdup_printf ("%.0f", max_value * 10);

    text.tick_width = text_width (&pen, widest, &text.line_height);
  }
  text.label_widths = label_widths;
  text.series_widths = series_widths;
  layout = hd_chart_layout (chart, width, height, &text);

  cairo_save (cr);
  draw_axes (&pen, chart, layout, text.tick_width, text.line_height);
  for (guint s = 0; s < n_series; s++)
    {
      const HdChartRect *swatch = &g_array_index (layout->legend, HdChartRect, s);
      HdChartRect name = { swatch->x + swatch->width + text.line_height / 4, swatch->y - text.line_height,
                           series_widths[s] + 1, swatch->height + text.line_height * 2 };

      fill_marked (cr, hd_chart_get_series (chart, s), swatch);
      show_text (&pen, hd_chart_get_series (chart, s)->name, &name, 0, 1);
    }
  for (guint c = 0; c < n; c++)
    if (g_array_index (layout->label_shown, gboolean, c))
      show_text (&pen, hd_chart_get_category (chart, c), &g_array_index (layout->label_places, HdChartRect, c),
                 hd_chart_get_kind (chart) == HD_CHART_BARS ? 1 : 0.5, 1);
  if (hd_chart_get_kind (chart) == HD_CHART_BARS)
    for (guint i = 0; i < layout->pieces->len; i++)
      fill_marked (cr, hd_chart_get_series (chart, i % n_series), &g_array_index (layout->pieces, HdChartRect, i));
  else
    for (guint s = 0; s < n_series; s++)
      {
        const HdChartSeries *series = hd_chart_get_series (chart, s);

        cairo_set_source_rgb (cr, series->red, series->green, series->blue);
        cairo_set_line_width (cr, 2);
        for (guint c = 0; c < n; c++)
          {
            const HdChartRect *point = &g_array_index (layout->pieces, HdChartRect, c * n_series + s);

            (c == 0 ? cairo_move_to : cairo_line_to) (cr, point->x, point->y);
          }
        cairo_stroke (cr);
        for (guint c = 0; c < n; c++)
          {
            const HdChartRect *point = &g_array_index (layout->pieces, HdChartRect, c * n_series + s);

            draw_marker (cr, series, point->x, point->y);
          }
      }
  cairo_restore (cr);
  return layout;
}
