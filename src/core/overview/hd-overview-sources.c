/* hd-overview-sources.c — the areas that add figures to the overview. An area's figures go at
 * the end of HdOverviewFigure; its source fills them. */
#include "overview/hd-overview-private.h"

const HdOverviewSource hd_overview_sources[] = {
  /* The ledger, the opinions, the supervision notices, the look-back review and the teams'
   * three must-talks, as the database keeps them counted. An area whose figures it does not
   * keep adds its own source here. */
  hd_overview_tally_source,
};
const guint hd_overview_n_sources = G_N_ELEMENTS (hd_overview_sources);
