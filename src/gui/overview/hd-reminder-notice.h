/* hd-reminder-notice.h — the daily reminder (hd-reminders.h) as a desktop notification: when a
 * window opens and then every so often while it is open, once a day for each database, what
 * turned red or yellow and which notices passed their reply date since the last reminder, in
 * the unit the clerk chose (settings: reminder-scope). Activating it shows those tasks in the
 * Rectification area (the application's action "show-reminded"). */
#pragma once

#include "hd-window.h"
#include "overview/hd-reminders.h"

G_BEGIN_DECLS

/* Gives @window's reminder now and keeps giving it while @window is open. */
void         hd_reminder_notice_watch   (GApplication *app,
                                         HdWindow     *window);
/* Gives @window's reminder if it is due: the reminders given (NULL when none was due or there
 * was nothing to say). Remembers the day either way. */
HdReminders *hd_reminder_notice_check   (GApplication *app,
                                         HdWindow     *window);
/* The unit the reminders cover in @context's database: the chosen one, or 0 (the whole
 * database) when none is chosen or it is not in this database. */
gint64       hd_reminder_notice_get_scope (HdContext  *context);
/* Chooses @unit_id's subtree (0: the whole database) for the reminders. */
void         hd_reminder_notice_set_scope (HdContext  *context,
                                           gint64      unit_id);

/* The application's "show-reminded" action, (sss): the database's path, the day last seen and
 * today (ISO): shows the reminder's tasks in that database's window. */
void         hd_reminder_notice_install (GApplication *app);

G_END_DECLS
