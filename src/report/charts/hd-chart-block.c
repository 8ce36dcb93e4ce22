/* hd-chart-block.c */
#include <pango/pangocairo.h>

#include "charts/hd-chart-block.h"
#include "layout/hd-style.h"

#define POINTS_PER_MM (72.0 / 25.4)
/* The charts' text on paper: small beside the table's, as a figure's labels are. */
#define TEXT_SIZE_PT 8.0

typedef struct {
  HdBlock  parent;
  HdChart *chart;
  double   width;
  double   height;
} ChartBlock;

static void
chart_measure (HdBlock   *block,
               HdTypeset *typeset,
               double     width,
               double     height)
{
  ChartBlock *self = (ChartBlock *) block;

  self->width = width;
  /* A chart is never taller than a page. */
  self->height = MIN (self->height, height);
}

static gboolean
chart_flow (HdBlock   *block,
            HdFlowPos  pos,
            double     avail,
            double     page_height,
            HdSlice   *slice)
{
  ChartBlock *self = (ChartBlock *) block;

  if (avail + HD_BLOCK_EPSILON < self->height && avail < page_height - HD_BLOCK_EPSILON)
    return FALSE;
  slice->start = pos;
  slice->end = (HdFlowPos) { 1, 0 };
  slice->height = self->height;
  return TRUE;
}

static gboolean
chart_done (HdBlock   *block,
            HdFlowPos  pos)
{
  return pos.row >= 1;
}

static void
chart_draw (HdBlock       *block,
            HdTypeset     *typeset,
            cairo_t       *cr,
            const HdSlice *slice,
            double         x,
            double         y)
{
  ChartBlock *self = (ChartBlock *) block;
  PangoFontDescription *font = hd_style_font_description (hd_typeset_get_style (typeset), HD_FACE_TABLE);

  double top = 0;

  cairo_save (cr);
  cairo_translate (cr, x, y);
  /* The chart's title, centred above it: on the same page as the chart, always. */
  if (hd_chart_get_title (self->chart) != NULL)
    {
      PangoLayout *title = pango_cairo_create_layout (cr);
      int w, h;

      pango_layout_set_font_description (title, font);
      pango_layout_set_text (title, hd_chart_get_title (self->chart), -1);
      pango_layout_get_size (title, &w, &h);
      cairo_set_source_rgb (cr, 0, 0, 0);
      cairo_move_to (cr, (self->width - (double) w / PANGO_SCALE) / 2, 0);
      pango_cairo_show_layout (cr, title);
      top = (double) h / PANGO_SCALE * 1.5;
      g_object_unref (title);
    }
  pango_font_description_set_size (font, (int) (TEXT_SIZE_PT * PANGO_SCALE));
  cairo_translate (cr, 0, top);
  hd_chart_layout_free (hd_chart_draw (self->chart, cr, self->width, self->height - top, font, 0, 0, 0));
  cairo_restore (cr);
  pango_font_description_free (font);
}

static void
chart_free (HdBlock *block)
{
  ChartBlock *self = (ChartBlock *) block;

  hd_chart_free (self->chart);
  g_free (self);
}

static const HdBlockClass chart_class = {
  chart_measure, chart_flow, chart_done, chart_draw, chart_free,
};

HdBlock *
hd_chart_block_new (HdChart *chart,
                    double   height_mm)
{
  ChartBlock *self = g_new0 (ChartBlock, 1);

  g_return_val_if_fail (chart != NULL, NULL);

  self->parent.klass = &chart_class;
  self->chart = chart;
  self->height = height_mm * POINTS_PER_MM;
  return &self->parent;
}
