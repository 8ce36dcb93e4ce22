/* hd-chart-block.h — a chart as a block of a printed document (hd-block.h): the type area's
 * width, a given height with its title above it, never split across pages. */
#pragma once

#include "charts/hd-chart.h"
#include "layout/hd-block.h"

G_BEGIN_DECLS

/* Takes @chart. */
HdBlock     *hd_chart_block_new (HdChart *chart,
                                 double   height_mm);

G_END_DECLS
