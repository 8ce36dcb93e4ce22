/* hd-reminders.h — what changed for the worse in a unit's subtree since the clerk last looked:
 * the open tasks that turned red or yellow, and the supervision notices that passed their reply
 * date, on the days after @last_seen up to @today. Each of these happens on one day only, so a
 * thing is named in one day's reminder at most.
 *
 * On day D a task with a deadline turns red when its deadline is D − 1 (red: deadline before the
 * day), yellow when its deadline is D + the warning days; a notice is overdue from the day after
 * its reply-by day. A task that turned yellow and then red in the same span is named as red. */
#pragma once

#include "store/hd-store.h"

G_BEGIN_DECLS

typedef struct {
  GArray *red;       /* gint64 task ids, in the ledger's order */
  GArray *yellow;
  GArray *notices;   /* gint64 notice ids */
} HdReminders;

/* Of the subtree of @unit_id (0: the whole database), since @last_seen (the day the clerk last
 * looked: what happened on the days after it, to @today). */
HdReminders *hd_reminders_compute   (HdStore      *store,
                                     gint64        unit_id,
                                     const GDate  *last_seen,
                                     const GDate  *today,
                                     guint         warning_days,
                                     GError      **error);
void         hd_reminders_free      (HdReminders  *reminders);
gboolean     hd_reminders_is_empty  (const HdReminders *reminders);
/* The tasks of both kinds, red first: what the ledger shows when the reminder is opened. */
GArray      *hd_reminders_dup_tasks (const HdReminders *reminders);
/* In words, for the notification: "3 tasks turned red, 2 turned yellow; 1 supervision notice
 * passed its reply date." */
char        *hd_reminders_describe  (const HdReminders *reminders);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HdReminders, hd_reminders_free)

G_END_DECLS
