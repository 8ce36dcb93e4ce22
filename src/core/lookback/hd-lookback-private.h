/* hd-lookback-private.h — what the round's edits in other files (hd-lookback-intake.c) share
 * with hd-lookback.c. */
#pragma once

#include "lookback/hd-lookback.h"

G_BEGIN_DECLS

/* The item of @task_id in round @round_id, which must be open, ready to be confirmed: refused
 * while it keeps the 回炉 or 纳入整改 it was confirmed with (undoing that edit is the way back).
 * Returns the item's id and sets @round to the round, or returns 0. */
gint64       hd_lookback_item_to_confirm (HdStore            *store,
                                          gint64              round_id,
                                          gint64              task_id,
                                          HdLookbackRound   **round,
                                          GError            **error);
/* Writes @outcome on item @item_id of task @task_id, with @note unless NULL, @new_deadline for
 * 回炉 (which reopens the task on @today when closed and gives it that deadline) and
 * @new_task_id for 纳入整改 (0 otherwise). */
gboolean     hd_lookback_write_outcome   (HdEdit             *edit,
                                          gint64              item_id,
                                          gint64              task_id,
                                          HdLookbackOutcome   outcome,
                                          const char         *note,
                                          const char         *new_deadline,
                                          gint64              new_task_id,
                                          const char         *today,
                                          GError            **error);

G_END_DECLS
