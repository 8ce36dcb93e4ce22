/* hd-overview-charts.h — the Overview area's charts, under its table: the lights of each child
 * unit, the lights week by week (read by a worker: a province's takes a moment), the masses'
 * verdicts; one at a time, chosen by a switcher. */
#pragma once

#include <gtk/gtk.h>

#include "hd-context.h"
#include "overview/hd-chart-view.h"

G_BEGIN_DECLS

#define HD_TYPE_OVERVIEW_CHARTS (hd_overview_charts_get_type ())
G_DECLARE_FINAL_TYPE (HdOverviewCharts, hd_overview_charts, HD, OVERVIEW_CHARTS, GtkWidget)

GtkWidget   *hd_overview_charts_new     (void);
/* The bars of @children (HdOverviewItem of kind child), in the order shown. */
void         hd_overview_charts_show_units (HdOverviewCharts *self,
                                            GListModel       *children);
/* The trend of @unit_id's subtree as of the context's today, read by a worker. */
void         hd_overview_charts_read_trend (HdOverviewCharts *self,
                                            HdContext        *context,
                                            gint64            unit_id);
/* For tests: the chart "lights", "trend" or "verdicts", and whether the trend is being read. */
HdChartView *hd_overview_charts_get     (HdOverviewCharts *self,
                                         const char       *name);
gboolean     hd_overview_charts_get_reading (HdOverviewCharts *self);

G_END_DECLS
