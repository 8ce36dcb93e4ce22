/* hd-notice-dialog.h — issuing a supervision notice (督办通知单) for tasks of one unit: the unit's
 * open tasks to tick (the one the clerk came from ticked, the overdue ones first), the reply
 * deadline and the issuing office. Issued, it tells the new number and closes. */
#pragma once

#include <gtk/gtk.h>

#include "hd-context.h"

G_BEGIN_DECLS

#define HD_TYPE_NOTICE_DIALOG (hd_notice_dialog_get_type ())
G_DECLARE_FINAL_TYPE (HdNoticeDialog, hd_notice_dialog, HD, NOTICE_DIALOG, GtkWindow)

/* A dialog over @parent for the unit of task @task_id, that task ticked. */
HdNoticeDialog *hd_notice_dialog_new        (GtkWindow      *parent,
                                             HdContext      *context,
                                             gint64          task_id);

/* For tests and the keyboard: the tasks offered (their ids, in order), ticking one, the fields. */
GArray         *hd_notice_dialog_get_offered (HdNoticeDialog *self);
void            hd_notice_dialog_set_ticked  (HdNoticeDialog *self,
                                              gint64          task_id,
                                              gboolean        ticked);
void            hd_notice_dialog_set_reply_by (HdNoticeDialog *self,
                                               const char     *text);
/* Issues the notice: its id, or 0 with the reason shown in the dialog (which stays open). */
gint64          hd_notice_dialog_issue       (HdNoticeDialog *self);
const char     *hd_notice_dialog_get_error   (HdNoticeDialog *self);

G_END_DECLS
