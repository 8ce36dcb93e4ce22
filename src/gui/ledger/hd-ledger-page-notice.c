/* hd-ledger-page-notice.c — "Issue Supervision Notice…" from the ledger: a notice for the task
 * the editor shows and others of its unit (lookback/hd-notice-dialog.h). */
#include "common/hd-dialog.h"
#include "ledger/hd-ledger-page-private.h"
#include "lookback/hd-notice-dialog.h"

static void
issue_notice_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  HdLedgerPage *self = HD_LEDGER_PAGE (widget);
  GtkWindow *parent = hd_dialog_get_parent (widget);
  gint64 task_id = hd_task_editor_get_task_id (self->editor);

  if (self->context == NULL || parent == NULL || task_id == 0)
    return;
  gtk_window_present (GTK_WINDOW (hd_notice_dialog_new (parent, self->context, task_id)));
}

void
hd_ledger_page_class_init_notice (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "ledger.issue-notice", NULL, issue_notice_activated);
  /* D for 督办. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "ledger.issue-notice", NULL);
}
