/* hd-lookback-item.h — the items of a look-back round as the clerk works through them: one per
 * task in the round's scope, with the outcome proposed and the one confirmed, listed lazily and
 * filtered by subtree, plan, outcome and whether it still waits.
 */
#pragma once

#include "lookback/hd-lookback.h"
#include "model/hd-query-model.h"

G_BEGIN_DECLS

#define HD_TYPE_LOOKBACK_ITEM (hd_lookback_item_get_type ())
G_DECLARE_FINAL_TYPE (HdLookbackItem, hd_lookback_item, HD, LOOKBACK_ITEM, HdRecord)

HdLookbackItem   *hd_lookback_item_load          (HdStore         *store,
                                                  gint64           id,
                                                  GError         **error);

gint64            hd_lookback_item_get_id        (HdLookbackItem  *self);
gint64            hd_lookback_item_get_round_id  (HdLookbackItem  *self);
gint64            hd_lookback_item_get_task_id   (HdLookbackItem  *self);
/* What the list shows of the task: its unit, number, plan, problem and deadline (NULL for a
 * long-term task), and whether it is closed. */
gint64            hd_lookback_item_get_unit_id   (HdLookbackItem  *self);
guint             hd_lookback_item_get_number    (HdLookbackItem  *self);
HdTaskPlan        hd_lookback_item_get_plan      (HdLookbackItem  *self);
const char       *hd_lookback_item_get_problem   (HdLookbackItem  *self);
const char       *hd_lookback_item_get_deadline  (HdLookbackItem  *self);
const char       *hd_lookback_item_get_closed    (HdLookbackItem  *self);
HdLookbackOutcome hd_lookback_item_get_proposed  (HdLookbackItem  *self);
/* FALSE while the item waits for its outcome. */
gboolean          hd_lookback_item_get_confirmed (HdLookbackItem  *self);
/* The confirmed outcome; the proposal while it waits. */
HdLookbackOutcome hd_lookback_item_get_outcome   (HdLookbackItem  *self);
const char       *hd_lookback_item_get_note      (HdLookbackItem  *self);
/* For 回炉, the new deadline; NULL otherwise. */
const char       *hd_lookback_item_get_new_deadline (HdLookbackItem *self);

typedef enum {
  HD_LOOKBACK_ITEMS_ALL,
  HD_LOOKBACK_ITEMS_WAITING,     /* no outcome confirmed yet */
  HD_LOOKBACK_ITEMS_CONFIRMED,
} HdLookbackItemsState;

typedef struct {
  gint64               round_id;
  gint64               unit_id;   /* the tasks of this unit's subtree; 0: the whole round */
  int                  plan;      /* an HdTaskPlan, or -1 for any */
  int                  outcome;   /* an HdLookbackOutcome (confirmed, or proposed while waiting), or -1 */
  HdLookbackItemsState state;
} HdLookbackItemsQuery;

/* The items of the query's round that match it, in the ledger's order (the unit's path, then the
 * task's number), read lazily: the first rows at once, the rest in idle chunks. */
HdQueryModel     *hd_lookback_items_new          (HdStore                     *store,
                                                  const HdLookbackItemsQuery  *query,
                                                  GError                     **error);

/* The rounds (HdLookbackRound), the open ones first, then the newest. */
HdRowModel       *hd_lookback_rounds_new         (HdStore         *store,
                                                  GError         **error);

/* How many items round @round_id has, and how many of them wait. */
gboolean          hd_lookback_count_items        (HdStore         *store,
                                                  gint64           round_id,
                                                  guint           *n_items,
                                                  guint           *n_waiting,
                                                  GError         **error);

G_END_DECLS
