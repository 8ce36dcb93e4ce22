/* hd-stats.h — the figures "huodongban-cli stats" prints and the overview shows. */
#pragma once

#include "hd-store.h"

G_BEGIN_DECLS

typedef struct {
  const char *key;     /* stable, machine-readable: "units", "people" … */
  gint64      value;
} HdStatsFigure;

/* The figures in a fixed order, for the subtree of @unit_id (0: the whole database).
 * Returns an array of HdStatsFigure. */
GArray      *hd_stats_compute   (HdStore     *store,
                                 gint64       unit_id,
                                 GError     **error);

G_END_DECLS
