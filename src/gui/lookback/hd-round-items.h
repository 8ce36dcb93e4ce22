/* hd-round-items.h — the tasks of a look-back round, each with its proposed and confirmed
 * outcome: filtered by subtree, plan, outcome and whether it waits; a selection confirmed as
 * proposed in one keystroke (Ctrl+Enter) or given another outcome (Ctrl+E); the round closed
 * once no task waits. */
#pragma once

#include <gtk/gtk.h>

#include "hd-context.h"
#include "lookback/hd-lookback-item.h"

G_BEGIN_DECLS

#define HD_TYPE_ROUND_ITEMS (hd_round_items_get_type ())
G_DECLARE_FINAL_TYPE (HdRoundItems, hd_round_items, HD, ROUND_ITEMS, GtkWidget)

void          hd_round_items_set_context   (HdRoundItems         *self,
                                            HdContext            *context);
/* Shows round @round_id (0: none). */
void          hd_round_items_set_round     (HdRoundItems         *self,
                                            gint64                round_id);
gint64        hd_round_items_get_round     (HdRoundItems         *self);
/* Rereads the round and its rows (after an edit). */
void          hd_round_items_reload        (HdRoundItems         *self);
/* For the tests and the keyboard. */
GListModel   *hd_round_items_get_rows      (HdRoundItems         *self);
GtkSelectionModel *hd_round_items_get_selection (HdRoundItems    *self);
void          hd_round_items_set_filters   (HdRoundItems         *self,
                                            int                   outcome,
                                            HdLookbackItemsState  state);
const char   *hd_round_items_get_progress  (HdRoundItems         *self);
const char   *hd_round_items_get_error     (HdRoundItems         *self);
/* What Export Summary as PDF does once @file is chosen (the tests choose none). */
void          hd_round_items_export_summary (HdRoundItems        *self,
                                             GFile               *file);

G_END_DECLS
