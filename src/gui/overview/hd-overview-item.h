/* hd-overview-item.h — a row of the Overview area as a list item: a child unit, the unit's own
 * records, or the total, with its figures (hd-overview.h). */
#pragma once

#include <glib-object.h>

#include "overview/hd-overview.h"

G_BEGIN_DECLS

typedef enum {
  HD_OVERVIEW_ITEM_CHILD,   /* a child unit: its subtree */
  HD_OVERVIEW_ITEM_OWN,     /* the unit's own records */
  HD_OVERVIEW_ITEM_TOTAL,   /* the unit's whole subtree */
} HdOverviewItemKind;

#define HD_TYPE_OVERVIEW_ITEM (hd_overview_item_get_type ())
G_DECLARE_FINAL_TYPE (HdOverviewItem, hd_overview_item, HD, OVERVIEW_ITEM, GObject)

HdOverviewItem     *hd_overview_item_new         (HdOverviewItemKind  kind,
                                                  gint64              unit_id,
                                                  const char         *name,
                                                  const gint64       *figures);
HdOverviewItemKind  hd_overview_item_get_kind    (HdOverviewItem     *self);
gint64              hd_overview_item_get_unit_id (HdOverviewItem     *self);
const char         *hd_overview_item_get_name    (HdOverviewItem     *self);
gint64              hd_overview_item_get_figure  (HdOverviewItem     *self,
                                                  HdOverviewFigure    figure);
const gint64       *hd_overview_item_get_figures (HdOverviewItem     *self);
/* The tasks closed (on time or late) of all, in per cent; -1 without tasks. */
double              hd_overview_item_get_share_closed (HdOverviewItem *self);
/* The opinions handled of all, in per cent; -1 without opinions. */
double              hd_overview_item_get_share_handled (HdOverviewItem *self);

G_END_DECLS
