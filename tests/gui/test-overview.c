/* test-overview.c — the Overview area on the demo county (Xvfb in CI): the county's townships
 * with their subtrees' figures as stats counts them, the units most behind (red) first, ranked;
 * going down two levels and back; a red figure opening exactly those tasks in the ledger. */
#include "hd-gui-test.h"
#include "hd-test-util.h"
#include "hd-window.h"
#include "ledger/hd-light.h"
#include "ledger/hd-stats.h"
#include "model/hd-query-model.h"
#include "overview/hd-overview-item.h"
#include "overview/hd-reminder-notice.h"

static HdApplication *app;

static HdOverviewItem *
row_at (HdOverviewPage *page,
        guint           position)
{
  HdOverviewItem *item = g_list_model_get_item (hd_overview_page_get_rows (page), position);

  g_assert_nonnull (item);
  g_object_unref (item);   /* the model holds it */
  return item;
}

static gint64
stat (HdContext  *context,
      gint64      unit,
      const char *key)
{
  return hd_test_stat_value (hd_context_get_store (context), unit, hd_context_get_today (context),
                             HD_LIGHT_DEFAULT_WARNING_DAYS, key);
}

static gboolean
is_red_figure_of_first_row (GtkWidget     *widget,
                            gconstpointer  item)
{
  return GTK_IS_BUTTON (widget) && g_object_get_data (G_OBJECT (widget), "hd-item") == item
         && GPOINTER_TO_INT (g_object_get_data (G_OBJECT (widget), "hd-figure")) == HD_OVERVIEW_RED;
}

static gboolean
is_back_button (GtkWidget     *widget,
                gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), "overview.back") == 0;
}

static void
test_drill_down_and_ledger (void)
{
  g_autofree char *dir = hd_test_make_tmpdir ();
  g_autofree char *db_path = hd_gui_test_make_demo_county (dir);
  HdWindow *window = HD_WINDOW (hd_gui_test_open_window (app, db_path));
  HdContext *context = hd_window_get_context (window);
  HdStore *store = hd_context_get_store (context);
  HdOverviewPage *page;
  GListModel *rows;
  GtkWidget *view, *button;
  HdOverviewItem *first, *total;
  HdLedgerPage *ledger;
  g_autofree char *county_name = hd_test_query_text (store, "SELECT name FROM unit WHERE parent_id IS NULL");
  g_autofree char *path = NULL;
  gint64 county = hd_test_query_int (store, "SELECT id FROM unit WHERE parent_id IS NULL");
  gint64 n_children = hd_test_query_int (store, "SELECT count(*) FROM unit WHERE parent_id = (SELECT id FROM unit WHERE parent_id IS NULL)");
  g_autofree char *township_name = NULL;
  gint64 township, red;
  guint n;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.area", "s", "overview"));
  page = hd_window_get_overview_page (window);
  WAIT_FOR (gtk_widget_get_mapped (GTK_WIDGET (page)) && hd_overview_page_get_unit (page) == county);
  rows = hd_overview_page_get_rows (page);
  /* The county's townships and streets, its own tasks and the total. */
  n = g_list_model_get_n_items (rows);
  g_assert_cmpuint (n, ==, n_children + 2);
  path = hd_overview_page_dup_path (page);
  {
    g_autofree char *expected = g_strdup_printf ("All Units › %s", county_name);

    g_assert_cmpstr (path, ==, expected);
  }
  total = row_at (page, n - 1);
  g_assert_cmpint (hd_overview_item_get_kind (total), ==, HD_OVERVIEW_ITEM_TOTAL);
  g_assert_cmpint (hd_overview_item_get_kind (row_at (page, n - 2)), ==, HD_OVERVIEW_ITEM_OWN);
  g_assert_cmpint (hd_overview_item_get_figure (total, HD_OVERVIEW_TASKS), ==, stat (context, county, "tasks"));
  g_assert_cmpint (hd_overview_item_get_figure (total, HD_OVERVIEW_RED), ==, stat (context, county, "tasks_red"));
  /* Most red first; each child as stats counts its subtree. */
  for (guint i = 0; i + 1 < n_children; i++)
    g_assert_cmpint (hd_overview_item_get_figure (row_at (page, i), HD_OVERVIEW_RED), >=,
                     hd_overview_item_get_figure (row_at (page, i + 1), HD_OVERVIEW_RED));
  first = row_at (page, 0);
  township = hd_overview_item_get_unit_id (first);
  red = hd_overview_item_get_figure (first, HD_OVERVIEW_RED);
  g_assert_cmpint (red, >, 0);
  g_assert_cmpint (red, ==, stat (context, township, "tasks_red"));
  g_assert_cmpint (hd_overview_item_get_figure (first, HD_OVERVIEW_OPINIONS), ==, stat (context, township, "opinions"));
  /* The charts: a bar per township in the table's order, the weeks read by the worker. */
  {
    HdOverviewCharts *charts = hd_overview_page_get_charts (page);
    const HdChart *lights = hd_chart_view_get_chart (hd_overview_charts_get (charts, "lights"));

    g_assert_cmpuint (hd_chart_get_n_categories (lights), ==, n_children);
    g_assert_cmpstr (hd_chart_get_category (lights, 0), ==, hd_overview_item_get_name (first));
    g_assert_cmpfloat (hd_chart_get_value (lights, 0, 0), ==, red);
    WAIT_FOR (!hd_overview_charts_get_reading (charts));
    g_assert_cmpuint (hd_chart_get_n_categories (hd_chart_view_get_chart (hd_overview_charts_get (charts, "trend"))), >, 4);
  }
  /* Sorted the other way by tasks: fewest first. */
  hd_overview_page_sort_by (page, HD_OVERVIEW_TASKS, FALSE);
  g_assert_cmpint (hd_overview_item_get_figure (row_at (page, 0), HD_OVERVIEW_TASKS), <=,
                   hd_overview_item_get_figure (row_at (page, 1), HD_OVERVIEW_TASKS));
  /* The bars follow. */
  g_assert_cmpstr (hd_chart_get_category (hd_chart_view_get_chart (hd_overview_charts_get (hd_overview_page_get_charts (page), "lights")), 0),
                   ==, hd_overview_item_get_name (row_at (page, 0)));
  hd_overview_page_sort_by (page, HD_OVERVIEW_RED, TRUE);
  g_assert_true (row_at (page, 0) == first || hd_overview_item_get_figure (row_at (page, 0), HD_OVERVIEW_RED) == red);
  first = row_at (page, 0);
  township = hd_overview_item_get_unit_id (first);
  township_name = g_strdup (hd_overview_item_get_name (first));

  /* Enter on the first row: its township; then on the township's first village. */
  view = hd_gui_test_find_widget (GTK_WIDGET (page), GTK_TYPE_COLUMN_VIEW);
  g_signal_emit_by_name (view, "activate", 0);
  g_assert_cmpint (hd_overview_page_get_unit (page), ==, township);
  {
    gint64 village = hd_overview_item_get_unit_id (row_at (page, 0));
    g_autofree char *village_name = g_strdup (hd_overview_item_get_name (row_at (page, 0)));
    g_autofree char *three = NULL;
    g_autofree char *expected = g_strdup_printf ("All Units › %s › %s › %s", county_name, township_name, village_name);

    g_signal_emit_by_name (view, "activate", 0);
    g_assert_cmpint (hd_overview_page_get_unit (page), ==, village);
    three = hd_overview_page_dup_path (page);
    g_assert_cmpstr (three, ==, expected);
  }
  /* Back twice (Alt+Left): the township, the county; then nothing to go back to. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "overview.back", NULL));
  g_assert_cmpint (hd_overview_page_get_unit (page), ==, township);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "overview.back", NULL));
  g_assert_cmpint (hd_overview_page_get_unit (page), ==, county);
  g_assert_false (gtk_widget_get_sensitive (hd_gui_test_find_widget_where (GTK_WIDGET (page), is_back_button, NULL)));

  /* The first township's red figure: exactly its red tasks in the ledger. */
  first = row_at (page, 0);
  WAIT_FOR ((button = hd_gui_test_find_widget_where (view, is_red_figure_of_first_row, first)) != NULL);
  g_signal_emit_by_name (button, "clicked");
  g_assert_cmpstr (hd_window_get_area (window), ==, "rectification");
  ledger = hd_window_get_ledger_page (window);
  g_assert_cmpint (hd_ledger_page_get_unit (ledger), ==, hd_overview_item_get_unit_id (first));
  {
    GListModel *tasks = hd_ledger_page_get_rows (ledger);

    g_assert_true (hd_query_model_load_all (HD_QUERY_MODEL (tasks), NULL));
    g_assert_cmpint (g_list_model_get_n_items (tasks), ==, hd_overview_item_get_figure (first, HD_OVERVIEW_RED));
    for (guint i = 0; i < g_list_model_get_n_items (tasks); i++)
      {
        g_autoptr(HdTask) task = g_list_model_get_item (tasks, i);

        g_assert_cmpint (hd_task_get_light (task, hd_context_get_today (context), HD_LIGHT_DEFAULT_WARNING_DAYS), ==,
                         HD_LIGHT_RED);
      }
  }
  hd_gui_test_close_all_windows (app);
}

/* The daily reminder of the demo county a week after its day: given once, naming the tasks
 * that turned red or yellow, and opening exactly those in the ledger; the unit the clerk chose
 * from the Overview area. */
static void
test_reminder (void)
{
  g_autofree char *dir = hd_test_make_tmpdir ();
  g_autofree char *db_path = hd_gui_test_make_demo_county (dir);
  HdWindow *window = HD_WINDOW (hd_gui_test_open_window (app, db_path));
  HdContext *context = hd_window_get_context (window);
  HdStore *store = hd_context_get_store (context);
  g_autoptr(HdReminders) reminders = NULL;
  g_autoptr(HdReminders) again = NULL;
  g_autoptr(GVariant) days = NULL;
  HdLedgerPage *ledger;
  GListModel *tasks;
  GDate today;
  gint64 n;

  /* The clerk last looked on 2014-06-16; today is the 23rd. */
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 23, 6, 2014);
  hd_context_set_today (context, &today);
  days = g_variant_new_parsed ("{%s: '2014-06-16'}", hd_store_get_path (store));
  g_settings_set_value (hd_context_get_settings (context), "reminder-last-days", g_steal_pointer (&days));
  reminders = hd_reminder_notice_check (G_APPLICATION (app), window);
  g_assert_nonnull (reminders);
  /* On the desktop: the county's, what turned red and yellow. */
  WAIT_FOR (hd_gui_test_get_n_notifications () == 1);
  {
    const char *body = NULL;

    g_assert_cmpstr (hd_gui_test_get_notification (&body), ==, "Rectification reminder: All Units");
    g_assert_nonnull (strstr (body, "turned red"));
  }
  n = reminders->red->len + reminders->yellow->len;
  g_assert_cmpint (reminders->red->len, ==,
                   hd_test_query_int (store, "SELECT count(*) FROM task WHERE closed IS NULL"
                                             " AND deadline BETWEEN '2014-06-16' AND '2014-06-22'"));
  g_assert_cmpint (n, >, 0);
  /* Once a day. */
  again = hd_reminder_notice_check (G_APPLICATION (app), window);
  g_assert_null (again);

  g_action_group_activate_action (G_ACTION_GROUP (app), "show-reminded",
                                  g_variant_new ("(sss)", hd_store_get_path (store), "2014-06-16", "2014-06-23"));
  g_assert_cmpstr (hd_window_get_area (window), ==, "rectification");
  ledger = hd_window_get_ledger_page (window);
  tasks = hd_ledger_page_get_rows (ledger);
  g_assert_true (hd_query_model_load_all (HD_QUERY_MODEL (tasks), NULL));
  g_assert_cmpint (g_list_model_get_n_items (tasks), ==, n);

  /* Chosen in the Overview area: the first township. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.area", "s", "overview"));
  {
    HdOverviewPage *page = hd_window_get_overview_page (window);
    gint64 township;

    WAIT_FOR (gtk_widget_get_mapped (GTK_WIDGET (page)) && g_list_model_get_n_items (hd_overview_page_get_rows (page)) > 2);
    township = hd_overview_item_get_unit_id (row_at (page, 0));
    hd_overview_page_show_unit (page, township);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "overview.remind", NULL));
    g_assert_cmpint (hd_reminder_notice_get_scope (context), ==, township);
    g_assert_nonnull (strstr (hd_window_get_notification (window), "daily reminders"));
  }
  hd_gui_test_close_all_windows (app);
}

int
main (int argc, char *argv[])
{
  app = hd_gui_test_init (&argc, &argv, TRUE);
  g_test_add_func ("/overview/drill-down-and-ledger", test_drill_down_and_ledger);
  g_test_add_func ("/overview/reminder", test_reminder);
  return hd_gui_test_run (&app);
}
