/* hd-chart-view.h — a chart of hd-report (hd-chart.h) in the window: drawn at the widget's size
 * in its foreground colour and font (so it follows a dark style), the value under the pointer
 * in a tooltip, and beside it a table of the same figures for a screen reader (and for anyone
 * who wants the exact numbers). */
#pragma once

#include <gtk/gtk.h>

#include "charts/hd-chart.h"

G_BEGIN_DECLS

#define HD_TYPE_CHART_VIEW (hd_chart_view_get_type ())
G_DECLARE_FINAL_TYPE (HdChartView, hd_chart_view, HD, CHART_VIEW, GtkWidget)

GtkWidget     *hd_chart_view_new       (void);
/* Shows @chart (taken; NULL: nothing), its figures in the table beside. */
void           hd_chart_view_set_chart (HdChartView *self,
                                        HdChart     *chart);
const HdChart *hd_chart_view_get_chart (HdChartView *self);
/* For tests: what the tooltip says at (@x, @y) of the drawing, or NULL. */
char          *hd_chart_view_describe_point (HdChartView *self,
                                             double       x,
                                             double       y);

G_END_DECLS
