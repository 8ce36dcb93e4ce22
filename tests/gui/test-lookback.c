/* test-lookback.c — the Look-back area on the demo county (Xvfb in CI): a small round opened over
 * a village with the New Round form, every proposal confirmed with one keystroke on the selection,
 * the tasks proposed for the furnace given their new deadline with the outcome form, the village's
 * own-measures review saved, the round closed; a notice's reply recorded from the notices; an
 * accountability measure recorded; each checked in the database. */
#include "common/hd-form-window.h"
#include "hd-gui-test.h"
#include "hd-test-util.h"
#include "hd-window.h"
#include "lookback/hd-lookback-page.h"
#include "lookback/hd-notice-forms.h"
#include "lookback/hd-notice.h"
#include "lookback/hd-accountability-form.h"
#include "lookback/hd-outcome-form.h"
#include "lookback/hd-round-form.h"
#include "store/hd-date.h"

static HdApplication *app;

static gint64
query_int (HdStore    *store,
           const char *format,
           ...) G_GNUC_PRINTF (2, 3);

static gint64
query_int (HdStore    *store,
           const char *format,
           ...)
{
  va_list args;
  g_autofree char *sql = NULL;

  va_start (args, format);
  sql = g_strdup_vprintf (format, args);
  va_end (args);
  return hd_test_query_int (store, sql);
}

static GListModel *
loaded_rows (HdRoundItems *items)
{
  GListModel *rows = hd_round_items_get_rows (items);

  g_assert_nonnull (rows);
  g_assert_true (hd_query_model_load_all (HD_QUERY_MODEL (rows), NULL));
  return rows;
}

static void
test_round (void)
{
  g_autofree char *dir = hd_test_make_tmpdir ();
  g_autofree char *db_path = hd_gui_test_make_demo_county (dir);
  HdWindow *window = HD_WINDOW (hd_gui_test_open_window (app, db_path));
  HdContext *context = hd_window_get_context (window);
  HdStore *store = hd_context_get_store (context);
  g_autofree char *today = hd_date_format_iso (hd_context_get_today (context));
  HdLookbackPage *page;
  HdRoundsView *rounds;
  HdRoundItems *items;
  HdReviewView *review;
  HdFormWindow *form;
  gint64 village, n_tasks, n_redo, round, rounds_before;

  /* Alt+4's area. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.area", "s", "lookback"));
  g_assert_cmpstr (hd_window_get_area (window), ==, "lookback");
  page = hd_window_get_lookback_page (window);
  rounds = hd_lookback_page_get_rounds (page);
  items = hd_rounds_view_get_items (rounds);

  /* A village with a few tasks, one of them open with the masses dissatisfied: 回炉. */
  village = hd_test_query_int (store, "SELECT t.unit_id FROM task t JOIN unit u ON u.id = t.unit_id"
                                      " WHERE u.kind IN ('village', 'community') GROUP BY t.unit_id"
                                      " HAVING count(*) BETWEEN 3 AND 30"
                                      "    AND sum (t.closed IS NULL AND (t.verdict IS 'dissatisfied' OR t.reopened IS NOT NULL)) > 0"
                                      " ORDER BY t.unit_id LIMIT 1");
  g_assert_cmpint (village, >, 0);
  n_tasks = query_int (store, "SELECT count(*) FROM task WHERE unit_id = %" G_GINT64_FORMAT, village);
  n_redo = query_int (store, "SELECT count(*) FROM task WHERE unit_id = %" G_GINT64_FORMAT " AND closed IS NULL"
                             " AND (verdict IS 'dissatisfied' OR reopened IS NOT NULL)", village);
  rounds_before = hd_test_query_int (store, "SELECT count(*) FROM lookback_round");

  /* New Round (Ctrl+N): a name left empty is refused and nothing is written. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (rounds), "rounds.new", NULL));
  form = HD_FORM_WINDOW (hd_gui_test_get_toplevel (HD_TYPE_FORM_WINDOW));
  gtk_editable_set_text (hd_round_form_get_name (form), " ");
  hd_round_form_set_unit (form, village);
  g_assert_false (hd_form_window_activate (form));
  g_assert_nonnull (strstr (hd_form_window_get_error (form), "Name the look-back round"));
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM lookback_round"), ==, rounds_before);
  gtk_editable_set_text (hd_round_form_get_name (form), "村级回头看");
  g_assert_true (hd_form_window_activate (form));
  round = hd_test_query_int (store, "SELECT max (id) FROM lookback_round");
  g_assert_cmpint (hd_rounds_view_get_round (rounds), ==, round);
  g_assert_cmpint (hd_round_items_get_round (items), ==, round);
  g_assert_cmpuint (g_list_model_get_n_items (loaded_rows (items)), ==, n_tasks);

  /* Every row selected, Ctrl+Enter: all but 回炉 confirmed in one edit. */
  g_assert_true (gtk_selection_model_select_all (hd_round_items_get_selection (items)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (items), "round.confirm-proposed", NULL));
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM lookback_item WHERE round_id = %" G_GINT64_FORMAT
                                     " AND outcome IS NULL", round), ==, n_redo);
  g_assert_nonnull (strstr (hd_window_get_notification (window), "furnace"));

  /* The waiting ones, to the furnace with the new deadline the form proposes. */
  hd_round_items_set_filters (items, -1, HD_LOOKBACK_ITEMS_WAITING);
  g_assert_cmpuint (g_list_model_get_n_items (loaded_rows (items)), ==, n_redo);
  g_assert_true (gtk_selection_model_select_all (hd_round_items_get_selection (items)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (items), "round.set-outcome", NULL));
  g_assert_true (hd_form_window_activate (HD_FORM_WINDOW (hd_gui_test_get_toplevel (HD_TYPE_FORM_WINDOW))));
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM lookback_item WHERE round_id = %" G_GINT64_FORMAT
                                     " AND outcome = 'redo' AND new_deadline > '%s'", round, today), ==, n_redo);
  g_assert_cmpuint (g_list_model_get_n_items (loaded_rows (items)), ==, 0);
  g_assert_nonnull (strstr (hd_round_items_get_progress (items), "0 of"));

  /* A problem newly found while reviewing a confirmed task: 纳入整改 adds it and its task to the
   * village's ledger. */
  hd_round_items_set_filters (items, -1, HD_LOOKBACK_ITEMS_CONFIRMED);
  g_assert_cmpuint (g_list_model_get_n_items (loaded_rows (items)), ==, n_tasks);
  gtk_selection_model_unselect_all (hd_round_items_get_selection (items));
  g_assert_true (gtk_selection_model_select_item (hd_round_items_get_selection (items), n_tasks - 1, TRUE));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (items), "round.set-outcome", NULL));
  form = HD_FORM_WINDOW (hd_gui_test_get_toplevel (HD_TYPE_FORM_WINDOW));
  hd_outcome_form_set_outcome (form, HD_LOOKBACK_NEW);
  g_assert_false (hd_form_window_activate (form));
  hd_outcome_form_set_intake (form, "村务公开栏长期未更新", "每月更新村务公开栏");
  g_assert_true (hd_form_window_activate (form));
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM task WHERE unit_id = %" G_GINT64_FORMAT
                                     " AND problem = '村务公开栏长期未更新' AND measures = '每月更新村务公开栏'", village), ==, 1);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM lookback_item WHERE round_id = %" G_GINT64_FORMAT
                                     " AND outcome = 'new'", round), ==, 1);

  /* The village reviews its own measures: one point, saved. */
  review = hd_lookback_page_get_review (page);
  hd_lookback_page_show_view (page, "review");
  hd_review_view_set_unit (review, village);
  g_assert_cmpuint (hd_review_view_get_n_points (review), ==, 1);
  hd_review_view_set_point (review, 0, HD_REVIEW_PARTLY, "两项仍在整改");
  g_assert_true (hd_review_view_save (review));
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM lookback_review WHERE round_id = %" G_GINT64_FORMAT
                                     " AND point = 'own_measures' AND finding = 'partly' AND note = '两项仍在整改'",
                              round), ==, 1);

  /* The round's summary, exported: the worker writes it and the window says so. */
  {
    g_autofree char *pdf = g_build_filename (dir, "summary.pdf", NULL);
    g_autoptr(GFile) file = g_file_new_for_path (pdf);

    hd_round_items_export_summary (items, file);
    WAIT_FOR (hd_window_get_notification (window) != NULL
                          && g_str_has_prefix (hd_window_get_notification (window), "Saved “summary.pdf”"));
    g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));
  }

  /* Closed once nothing waits. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (items), "round.close", NULL));
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM lookback_round WHERE id = %" G_GINT64_FORMAT
                                     " AND closed = '%s'", round, today), ==, 1);
  g_assert_null (hd_round_items_get_error (items));
  hd_gui_test_close_all_windows (app);
}

static void
test_notices_and_accountability (void)
{
  g_autofree char *dir = hd_test_make_tmpdir ();
  g_autofree char *db_path = hd_gui_test_make_demo_county (dir);
  HdWindow *window = HD_WINDOW (hd_gui_test_open_window (app, db_path));
  HdContext *context = hd_window_get_context (window);
  HdStore *store = hd_context_get_store (context);
  g_autofree char *today = hd_date_format_iso (hd_context_get_today (context));
  HdLookbackPage *page = hd_window_get_lookback_page (window);
  HdNoticesView *notices = hd_lookback_page_get_notices (page);
  HdAccountabilityView *records = hd_lookback_page_get_accountability (page);
  g_autoptr(HdNotice) notice = NULL;
  GListModel *rows;
  HdFormWindow *form;
  gint64 overdue, n_records, town;

  /* The notices waiting past their deadline, the soonest first. */
  overdue = query_int (store, "SELECT count(*) FROM notice WHERE replied IS NULL AND withdrawn IS NULL"
                              " AND reply_by < '%s'", today);
  g_assert_cmpint (overdue, >, 0);
  hd_lookback_page_show_view (page, "notices");
  hd_notices_view_set_state (notices, HD_NOTICE_OVERDUE);
  rows = hd_notices_view_get_rows (notices);
  g_assert_true (hd_query_model_load_all (HD_QUERY_MODEL (rows), NULL));
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, overdue);
  notice = g_list_model_get_item (rows, 0);
  g_assert_cmpint (hd_notice_get_state (notice, hd_context_get_today (context)), ==, HD_NOTICE_OVERDUE);

  /* Its reply (Ctrl+R): without the text refused, then recorded. */
  hd_notices_view_select (notices, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (notices), "notices.reply", NULL));
  form = HD_FORM_WINDOW (hd_gui_test_get_toplevel (HD_TYPE_FORM_WINDOW));
  g_assert_false (hd_form_window_activate (form));
  g_assert_nonnull (hd_form_window_get_error (form));
  hd_notice_form_set_text (form, "已于本月整改完毕");
  g_assert_true (hd_form_window_activate (form));
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM notice WHERE id = %" G_GINT64_FORMAT
                                     " AND replied = '%s' AND reply = '已于本月整改完毕'",
                              hd_notice_get_id (notice), today), ==, 1);
  rows = hd_notices_view_get_rows (notices);
  g_assert_true (hd_query_model_load_all (HD_QUERY_MODEL (rows), NULL));
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, overdue - 1);

  /* The selected notice on paper, with its number. */
  {
    g_autofree char *pdf = g_build_filename (dir, "notice.pdf", NULL);
    g_autoptr(GFile) file = g_file_new_for_path (pdf);

    hd_notices_view_export_notice (notices, file);
    WAIT_FOR (hd_window_get_notification (window) != NULL
              && g_str_has_prefix (hd_window_get_notification (window), "Saved “notice.pdf”"));
    g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));
  }

  /* An accountability measure for a township (Ctrl+N in the records): listed at once. */
  town = hd_test_query_int (store, "SELECT id FROM unit WHERE kind = 'township' ORDER BY id LIMIT 1");
  hd_lookback_page_show_view (page, "accountability");
  hd_accountability_view_set_unit (records, town);
  n_records = query_int (store, "SELECT count(*) FROM accountability a JOIN unit u ON u.id = %" G_GINT64_FORMAT
                                " WHERE a.unit_path >= u.path AND a.unit_path < u.path || x'ff'", town);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (records), "accountability.new", NULL));
  form = HD_FORM_WINDOW (hd_gui_test_get_toplevel (HD_TYPE_FORM_WINDOW));
  g_assert_false (hd_form_window_activate (form));
  hd_accountability_form_set_reason (form, "督办后整改仍不到位");
  g_assert_true (hd_form_window_activate (form));
  rows = hd_accountability_view_get_rows (records);
  g_assert_true (hd_query_model_load_all (HD_QUERY_MODEL (rows), NULL));
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, n_records + 1);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM accountability WHERE unit_id = %" G_GINT64_FORMAT
                                     " AND reason = '督办后整改仍不到位' AND date = '%s'", town, today), ==, 1);

  /* Undo takes it back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM accountability WHERE reason = '督办后整改仍不到位'"), ==, 0);
  hd_gui_test_close_all_windows (app);
}

int
main (int argc, char *argv[])
{
  app = hd_gui_test_init (&argc, &argv, TRUE);
  g_test_add_func ("/lookback/round", test_round);
  g_test_add_func ("/lookback/notices-accountability", test_notices_and_accountability);
  return hd_gui_test_run (&app);
}
