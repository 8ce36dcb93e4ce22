/* hd-overview-charts.h — the overview's three charts made from its figures, the same in the
 * window and on paper: the lights of each child unit (stacked bars), the masses' verdicts on
 * each one's tasks (stacked bars), and the lights week by week (lines). */
#pragma once

#include "charts/hd-chart.h"
#include "overview/hd-overview.h"

G_BEGIN_DECLS

/* One bar per unit, @names[i] with @figures[i] (HD_OVERVIEW_N_FIGURES each), in that order. */
HdChart     *hd_overview_chart_lights   (guint                n,
                                         const char * const  *names,
                                         const gint64 * const*figures);
HdChart     *hd_overview_chart_verdicts (guint                n,
                                         const char * const  *names,
                                         const gint64 * const*figures);
/* The weeks of hd_trend_compute() (HdTrendWeek). */
HdChart     *hd_overview_chart_trend    (GArray              *weeks);

G_END_DECLS
