/* hd-search.h — finding units and people by any part of their names, across the hierarchy. */
#pragma once

#include "store/hd-store.h"

G_BEGIN_DECLS

typedef enum {
  HD_SEARCH_HIT_UNIT,
  HD_SEARCH_HIT_PERSON,
} HdSearchHitKind;

#define HD_TYPE_SEARCH_HIT (hd_search_hit_get_type ())
G_DECLARE_FINAL_TYPE (HdSearchHit, hd_search_hit, HD, SEARCH_HIT, GObject)

HdSearchHitKind  hd_search_hit_get_kind      (HdSearchHit *self);
gint64           hd_search_hit_get_id        (HdSearchHit *self);   /* the unit's or the person's */
const char      *hd_search_hit_get_name      (HdSearchHit *self);
/* The unit to show: the unit found, or the person's unit. */
gint64           hd_search_hit_get_unit_id   (HdSearchHit *self);
/* Where it is: the parent's full name for a unit; "title · unit's full name" for a person. */
const char      *hd_search_hit_get_detail    (HdSearchHit *self);

/* Units first, then people, at most @limit of each. An empty list for a blank query. */
GListModel      *hd_search_names             (HdStore     *store,
                                              const char  *query,
                                              guint        limit,
                                              GError     **error);

G_END_DECLS
