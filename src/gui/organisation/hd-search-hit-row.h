/* hd-search-hit-row.h — one search result: a unit or a person, and where it is. */
#pragma once

#include <gtk/gtk.h>

#include "organisation/hd-search.h"

G_BEGIN_DECLS

#define HD_TYPE_SEARCH_HIT_ROW (hd_search_hit_row_get_type ())
G_DECLARE_FINAL_TYPE (HdSearchHitRow, hd_search_hit_row, HD, SEARCH_HIT_ROW, GtkWidget)

GtkWidget *hd_search_hit_row_new     (void);
void       hd_search_hit_row_set_hit (HdSearchHitRow *self,
                                      HdSearchHit    *hit);

G_END_DECLS
