/* test-notice-dialog.c — issuing a supervision notice from the ledger (Xvfb in CI): the unit's open
 * tasks offered with the chosen one ticked, the overdue ones first; a bad reply deadline or no task
 * refused with the reason and nothing written; the notice issued with the ticked tasks, numbered
 * after the office's notices of the year, and the dialog's action on the ledger page. */
#include "hd-gui-test.h"
#include "hd-test-util.h"
#include "hd-window.h"
#include "ledger/hd-ledger-page.h"
#include "lookback/hd-notice.h"
#include "lookback/hd-notice-dialog.h"
#include "store/hd-date.h"

static HdApplication *app;

static void
test_issue (void)
{
  g_autofree char *dir = hd_test_make_tmpdir ();
  g_autofree char *db_path = hd_gui_test_make_demo_county (dir);
  HdWindow *window = HD_WINDOW (hd_gui_test_open_window (app, db_path));
  HdContext *context = hd_window_get_context (window);
  HdStore *store = hd_context_get_store (context);
  g_autofree char *today = hd_date_format_iso (hd_context_get_today (context));
  g_autofree char *sql = NULL;
  g_autofree char *number = NULL;
  g_autofree char *expected = NULL;
  gint64 unit, task, n_open, first_deadline_red, n_notices, next_serial, first_offered;
  guint year = g_date_get_year (hd_context_get_today (context));
  HdNoticeDialog *dialog;
  GArray *offered;   /* the dialog's: gone with it */
  gint64 id;

  /* A township's open task, and how many it has. */
  unit = hd_test_query_int (store, "SELECT t.unit_id FROM task t JOIN unit u ON u.id = t.unit_id"
                                   " WHERE u.kind = 'township' AND t.closed IS NULL GROUP BY t.unit_id"
                                   " HAVING count(*) >= 3 ORDER BY t.unit_id LIMIT 1");
  sql = g_strdup_printf ("SELECT count(*) FROM task WHERE unit_id = %" G_GINT64_FORMAT " AND closed IS NULL", unit);
  n_open = hd_test_query_int (store, sql);
  g_free (sql);
  sql = g_strdup_printf ("SELECT max (id) FROM task WHERE unit_id = %" G_GINT64_FORMAT " AND closed IS NULL", unit);
  task = hd_test_query_int (store, sql);

  dialog = hd_notice_dialog_new (GTK_WINDOW (window), context, task);
  gtk_window_present (GTK_WINDOW (dialog));
  offered = hd_notice_dialog_get_offered (dialog);
  g_assert_cmpint (offered->len, ==, n_open);
  /* Overdue first: the first offered is red when the unit has a red task. */
  g_free (sql);
  sql = g_strdup_printf ("SELECT count(*) FROM task WHERE unit_id = %" G_GINT64_FORMAT " AND closed IS NULL"
                         " AND kind <> 'long_term' AND deadline < '%s'", unit, today);
  if (hd_test_query_int (store, sql) > 0)
    {
      g_free (sql);
      sql = g_strdup_printf ("SELECT deadline < '%s' FROM task WHERE id = %" G_GINT64_FORMAT, today,
                             g_array_index (offered, gint64, 0));
      first_deadline_red = hd_test_query_int (store, sql);
      g_assert_cmpint (first_deadline_red, ==, 1);
    }

  /* A deadline that is no date, then no task: refused, nothing written. */
  n_notices = hd_test_query_int (store, "SELECT count(*) FROM notice");
  g_free (sql);
  sql = g_strdup_printf ("SELECT coalesce (max (serial), 0) + 1 FROM notice WHERE year = %u"
                         " AND office = (SELECT name || '活动办' FROM unit WHERE parent_id IS NULL)", year);
  next_serial = hd_test_query_int (store, sql);
  hd_notice_dialog_set_reply_by (dialog, "明天");
  g_assert_cmpint (hd_notice_dialog_issue (dialog), ==, 0);
  g_assert_nonnull (strstr (hd_notice_dialog_get_error (dialog), "not a date"));
  hd_notice_dialog_set_reply_by (dialog, "2099年1月5日");
  hd_notice_dialog_set_ticked (dialog, task, FALSE);
  g_assert_cmpint (hd_notice_dialog_issue (dialog), ==, 0);
  g_assert_nonnull (strstr (hd_notice_dialog_get_error (dialog), "at least one rectification task"));
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM notice"), ==, n_notices);

  /* Two tasks ticked: one notice, the office's next number in this year, due on the day typed. */
  first_offered = g_array_index (offered, gint64, 0);
  hd_notice_dialog_set_ticked (dialog, task, TRUE);
  hd_notice_dialog_set_ticked (dialog, first_offered, TRUE);
  id = hd_notice_dialog_issue (dialog);
  g_assert_cmpint (id, >, 0);
  g_assert_null (hd_notice_dialog_get_error (dialog));
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_free (sql);
  sql = g_strdup_printf ("SELECT '督办〔' || year || '〕第' || serial || '号' FROM notice WHERE id = %" G_GINT64_FORMAT, id);
  number = hd_test_query_text (store, sql);
  expected = g_strdup_printf ("督办〔%u〕第%" G_GINT64_FORMAT "号", year, next_serial);
  g_assert_cmpstr (number, ==, expected);
  g_free (sql);
  sql = g_strdup_printf ("SELECT count(*) FROM notice_task WHERE notice_id = %" G_GINT64_FORMAT, id);
  g_assert_cmpint (hd_test_query_int (store, sql), ==, task == first_offered ? 1 : 2);
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM notice WHERE reply_by = '2099-01-05'"), ==, 1);

  /* The ledger page has the action that opens the dialog. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (hd_window_get_ledger_page (window)),
                                             "ledger.issue-notice", NULL));
  hd_gui_test_close_all_windows (app);
}

int
main (int argc, char *argv[])
{
  app = hd_gui_test_init (&argc, &argv, TRUE);
  g_test_add_func ("/notice-dialog/issue", test_issue);
  return hd_gui_test_run (&app);
}
