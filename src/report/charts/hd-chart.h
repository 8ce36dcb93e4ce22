/* hd-chart.h — the overview's charts, laid out and drawn by hd-report with cairo, so that the
 * same chart shows in the window, prints and goes into a PDF.
 *
 * Two kinds: bars, one horizontal bar per category (a unit) stacked from its series (the lights,
 * or the verdicts), in the categories' order; and lines, one line per series over the
 * categories (the weeks of a trend). Each series has its colour and a mark of its own (a
 * pattern in a bar, a marker shape on a line), so that a reader who cannot tell red from green
 * loses nothing. Text and axes take the colour they are given (the window's, light or dark).
 *
 * The layout is a pure function of the figures, the size and the labels' widths
 * (hd_chart_layout), tested without a surface; hd_chart_draw measures the labels with Pango and
 * draws it. */
#pragma once

#include <cairo.h>
#include <glib.h>
#include <pango/pango.h>

G_BEGIN_DECLS

typedef enum {
  HD_CHART_BARS,
  HD_CHART_LINES,
} HdChartKind;

typedef enum {
  HD_CHART_MARK_SOLID,      /* a bar filled, a line's marker a circle */
  HD_CHART_MARK_HATCHED,    /* diagonal lines; a square */
  HD_CHART_MARK_DOTTED,     /* dots; a triangle */
  HD_CHART_MARK_CROSSED,    /* cross-hatching; a cross */
  HD_CHART_MARK_STRIPED,    /* horizontal stripes; a diamond */
} HdChartMark;

typedef struct {
  char        *name;
  double       red, green, blue;
  HdChartMark  mark;
} HdChartSeries;

typedef struct _HdChart HdChart;

/* A chart of @n_series series (the values of each category are given in their order). */
HdChart     *hd_chart_new            (HdChartKind  kind,
                                      const char  *title);
void         hd_chart_free           (HdChart     *chart);
void         hd_chart_add_series     (HdChart     *chart,
                                      const char  *name,
                                      const char  *colour,   /* "#rrggbb" */
                                      HdChartMark  mark);
/* A category and its values, one per series. */
void         hd_chart_add_category   (HdChart      *chart,
                                      const char   *label,
                                      const double *values);
HdChartKind          hd_chart_get_kind         (const HdChart *chart);
const char          *hd_chart_get_title        (const HdChart *chart);
guint                hd_chart_get_n_series     (const HdChart *chart);
const HdChartSeries *hd_chart_get_series       (const HdChart *chart,
                                                guint          series);
guint                hd_chart_get_n_categories (const HdChart *chart);
const char          *hd_chart_get_category     (const HdChart *chart,
                                                guint          category);
double               hd_chart_get_value        (const HdChart *chart,
                                                guint          category,
                                                guint          series);

/* ---- the layout ---- */

typedef struct {
  double x, y, width, height;
} HdChartRect;

typedef struct {
  double  value;
  double  position;   /* x for bars, y for lines */
} HdChartTick;

typedef struct {
  HdChartRect  plot;            /* where the bars or lines go */
  double       axis_max;        /* the value at the plot's far edge: a round number */
  GArray      *ticks;           /* HdChartTick, from 0 to axis_max */
  /* Per category: its band (bars: a row; lines: a column's x in band.x), whether its label is
   * written (labels that would overlap are left out, evenly), and where. */
  GArray      *bands;           /* HdChartRect */
  GArray      *label_shown;     /* gboolean */
  GArray      *label_places;    /* HdChartRect */
  /* Bars: the pieces, n_categories × n_series, category-major (empty ones 0 wide). Lines: the
   * points, the same order, in x and y. */
  GArray      *pieces;          /* HdChartRect */
  GArray      *legend;          /* HdChartRect per series: its swatch, the name after it */
} HdChartLayout;

/* The sizes of text the layout needs: a line's height, each category label's width, the
 * widest tick label's width and each series name's width. */
typedef struct {
  double        line_height;
  const double *label_widths;     /* n_categories */
  double        tick_width;
  const double *series_widths;    /* n_series */
} HdChartText;

HdChartLayout *hd_chart_layout      (const HdChart     *chart,
                                     double             width,
                                     double             height,
                                     const HdChartText *text);
void           hd_chart_layout_free (HdChartLayout     *layout);

/* The category and series under the point (@x, @y) of a laid-out chart, for a value on
 * hover; FALSE when none. */
gboolean       hd_chart_layout_hit  (const HdChartLayout *layout,
                                     const HdChart       *chart,
                                     double               x,
                                     double               y,
                                     guint               *category,
                                     guint               *series);

/* ---- drawing ---- */

/* Draws @chart in the rectangle (0, 0, @width, @height) of @cr, its text in @font (NULL: the
 * default sans face) and in the colour (@fg_red, @fg_green, @fg_blue): the window's foreground,
 * so that the chart follows a dark style. Returns the layout it drew (free it), for hit tests. */
HdChartLayout *hd_chart_draw        (const HdChart              *chart,
                                     cairo_t                    *cr,
                                     double                      width,
                                     double                      height,
                                     const PangoFontDescription *font,
                                     double                      fg_red,
                                     double                      fg_green,
                                     double                      fg_blue);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HdChart, hd_chart_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HdChartLayout, hd_chart_layout_free)

G_END_DECLS
