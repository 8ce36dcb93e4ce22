/* hd-overview-sources.c — the areas that add figures to the overview. An area's figures go at
 * the end of HdOverviewFigure; its source fills them. */
#include "overview/hd-overview-private.h"

const HdOverviewSource hd_overview_sources[] = {
  hd_overview_tally_source,       /* the ledger, the opinions, the teams' three must-talks */
  hd_overview_lookback_source,    /* the supervision notices and the look-back review */
};
const guint hd_overview_n_sources = G_N_ELEMENTS (hd_overview_sources);
