/* hd-rounds-view.h — the look-back rounds with their progress, the open ones first, and the tasks
 * of the one chosen (hd-round-items.h); New Round (Ctrl+N) opens another. */
#pragma once

#include <gtk/gtk.h>

#include "hd-context.h"
#include "lookback/hd-round-items.h"

G_BEGIN_DECLS

#define HD_TYPE_ROUNDS_VIEW (hd_rounds_view_get_type ())
G_DECLARE_FINAL_TYPE (HdRoundsView, hd_rounds_view, HD, ROUNDS_VIEW, GtkWidget)

void          hd_rounds_view_set_context (HdRoundsView *self,
                                          HdContext    *context);
/* The round chosen, 0 for none; ::round-changed says when it changes. */
gint64        hd_rounds_view_get_round   (HdRoundsView *self);
void          hd_rounds_view_set_round   (HdRoundsView *self,
                                          gint64        round_id);
GListModel   *hd_rounds_view_get_rounds  (HdRoundsView *self);
HdRoundItems *hd_rounds_view_get_items   (HdRoundsView *self);
/* Opens the New Round form; for the tests. */
GtkWindow    *hd_rounds_view_new_round   (HdRoundsView *self);

G_END_DECLS
