/* hd-overview-private.h — what the overview's sources share: each fills its figures of every
 * row at once. */
#pragma once

#include "overview/hd-overview.h"

G_BEGIN_DECLS

typedef struct {
  HdStore    *store;
  gint64      unit_id;
  const char *from;         /* the unit's subtree: [from, to) of unit paths */
  const char *to;
  char        today[11];    /* ISO */
  char        soon[11];     /* today + the warning days: a deadline up to it is yellow */
  GArray     *rows;         /* HdOverviewRow: [0] the unit's own, then the children by path */
} HdOverviewQuery;

/* Fills its figures of @query's rows. */
typedef gboolean (*HdOverviewSource) (HdOverviewQuery  *query,
                                      GError          **error);

/* The sources, in hd-overview-sources.c; each area's in its own file. */
extern const HdOverviewSource hd_overview_sources[];
extern const guint            hd_overview_n_sources;

gboolean     hd_overview_tally_source      (HdOverviewQuery  *query,
                                            GError          **error);

G_END_DECLS
