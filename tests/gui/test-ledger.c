/* test-ledger.c — the Rectification area in the real window (Xvfb in CI): the ledger of a subtree
 * with its lights, a light filter, closing refused and closing done from the editor pane, and a
 * ledger spreadsheet through the import preview (the roster's, hd-import-window.h). */
#include <glib/gi18n-lib.h>

#include "hd-application.h"
#include "hd-gui-test.h"
#include "hd-test-util.h"
#include "hd-window.h"
#include "import/hd-import-command.h"
#include "import/hd-ledger-import.h"
#include "ledger/hd-ledger-import-kind.h"
#include "ledger/hd-ledger-text.h"
#include "ledger/hd-stats.h"
#include "organisation/hd-unit-edit.h"

static HdApplication *app;

typedef struct {
  char   *db_path;
  gint64  county;       /* 隆岗县 */
  gint64  qiping;       /* 七坪镇, the subtree looked at */
  gint64  red_task;     /* 七坪镇 No. 1: due 2014-09-20 */
  gint64  green_task;   /* 七坪镇 No. 2: due 2014-12-31 */
  gint64  long_task;    /* 七坪镇 No. 3: long-term without reviews */
  gint64  yellow_task;  /* 周家营村 No. 1: due 2014-10-02 */
  gint64  other_task;   /* 平滩镇: outside the subtree */
} Ledger;

static gint64
add_task (HdStore    *store,
          gint64      unit_id,
          HdTaskKind  kind,
          const char *problem,
          const char *deadline)
{
  HdTaskFields fields = {
    .unit_id = unit_id, .plan = HD_TASK_PLAN_RECTIFICATION, .rule_action = HD_RULE_ACTION_NONE,
    .kind = kind, .problem = problem, .measures = "精简会议文件", .goal = "群众满意",
    .leader = "李建国", .person = "赵敏", .deadline = deadline,
  };
  g_autoptr(GError) error = NULL;
  gint64 id = hd_task_create (store, NULL, &fields, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

/* 隆岗县 → 七坪镇 → 周家营村, and 隆岗县 → 平滩镇, with five tasks; today is 2014-09-30. */
static void
make_ledger (const char *dir,
             Ledger     *ledger)
{
  g_autoptr(HdStore) store = hd_test_open_store (dir, "ledger.db");
  g_autoptr(GError) error = NULL;
  gint64 county, village, pingtan;

  county = hd_unit_create (store, NULL, 0, HD_UNIT_KIND_COUNTY, "隆岗县", NULL, &error);
  g_assert_no_error (error);
  ledger->county = county;
  ledger->qiping = hd_unit_create (store, NULL, county, HD_UNIT_KIND_TOWNSHIP, "七坪镇", NULL, &error);
  g_assert_no_error (error);
  village = hd_unit_create (store, NULL, ledger->qiping, HD_UNIT_KIND_VILLAGE, "周家营村", NULL, &error);
  g_assert_no_error (error);
  pingtan = hd_unit_create (store, NULL, county, HD_UNIT_KIND_TOWNSHIP, "平滩镇", NULL, &error);
  g_assert_no_error (error);

  ledger->red_task = add_task (store, ledger->qiping, HD_TASK_KIND_DEADLINE, "会议多、文件多", "2014-09-20");
  ledger->green_task = add_task (store, ledger->qiping, HD_TASK_KIND_DEADLINE, "公车私用", "2014-12-31");
  ledger->long_task = add_task (store, ledger->qiping, HD_TASK_KIND_LONG_TERM, "联系群众不够", NULL);
  ledger->yellow_task = add_task (store, village, HD_TASK_KIND_DEADLINE, "村务公开不及时", "2014-10-02");
  ledger->other_task = add_task (store, pingtan, HD_TASK_KIND_IMMEDIATE, "窗口服务态度生硬", "2014-09-01");
  {
    /* Another responsible leader for the village's task and for 平滩镇's, outside the subtree. */
    g_autofree char *sql = g_strdup_printf ("UPDATE task SET leader = '贠建国' WHERE id = %" G_GINT64_FORMAT ";"
                                            "UPDATE task SET leader = '王芳' WHERE id = %" G_GINT64_FORMAT,
                                            ledger->yellow_task, ledger->other_task);

    g_assert_cmpint (sqlite3_exec (hd_store_get_db (store), sql, NULL, NULL, NULL), ==, SQLITE_OK);
  }
  ledger->db_path = g_strdup (hd_store_get_path (store));
}

/* Makes the ledger in @dir and opens a window on it. */
static HdLedgerPage *
open_ledger (const char *dir,
             Ledger     *ledger)
{
  HdWindow *window;
  HdLedgerPage *page;
  GDate today;

  make_ledger (dir, ledger);
  window = HD_WINDOW (hd_gui_test_open_window (app, ledger->db_path));
  page = hd_window_get_ledger_page (window);

  /* The window opens on the ledger. */
  g_assert_cmpstr (hd_window_get_area (window), ==, "rectification");

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 30, G_DATE_SEPTEMBER, 2014);
  hd_context_set_today (hd_window_get_context (window), &today);
  hd_ledger_page_set_unit (page, ledger->qiping);
  WAIT_FOR (!hd_ledger_page_get_loading (page));
  return page;
}

static HdTask *
row (HdLedgerPage *page,
     guint         position)
{
  return g_list_model_get_item (hd_ledger_page_get_rows (page), position);
}

static HdLight
light_of (HdTask *task)
{
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 30, G_DATE_SEPTEMBER, 2014);
  return hd_task_get_light (task, &today, HD_LIGHT_DEFAULT_WARNING_DAYS);
}

static void
ledger_clear (Ledger *ledger)
{
  g_free (ledger->db_path);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Ledger, ledger_clear)

static gboolean
is_label_showing (GtkWidget     *widget,
                  gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && g_str_equal (gtk_label_get_text (GTK_LABEL (widget)), text);
}

/* The cell label under @widget showing @text, or NULL. */
static GtkLabel *
find_cell (GtkWidget  *widget,
           const char *text)
{
  return (GtkLabel *) hd_gui_test_find_widget_where (widget, is_label_showing, text);
}

static gboolean
query_tooltip (GtkLabel *label)
{
  g_autoptr(GtkTooltip) tooltip = g_object_new (GTK_TYPE_TOOLTIP, NULL);
  gboolean shown = FALSE;

  g_signal_emit_by_name (label, "query-tooltip", 1, 1, FALSE, tooltip, &shown);
  return shown;
}

/* A cell that cuts its text has its whole text as a tooltip; one that shows it all, or is empty,
 * has none. */
static void
check_cell_tooltips (HdLedgerPage *page)
{
  g_autoptr(GString) long_text = g_string_new (NULL);
  GtkLabel *problem;

  for (guint i = 0; i < 40; i++)
    g_string_append (long_text, "公车私用，节假日开公车办私事");
  WAIT_FOR ((problem = find_cell (GTK_WIDGET (page), "公车私用")) != NULL);
  g_assert_true (gtk_widget_get_has_tooltip (GTK_WIDGET (problem)));
  WAIT_FOR (!query_tooltip (problem));
  gtk_label_set_label (problem, long_text->str);
  WAIT_FOR (query_tooltip (problem));
  gtk_label_set_label (problem, "");
  WAIT_FOR (!query_tooltip (problem));
  gtk_label_set_label (problem, "公车私用");
}

/* The drop-down whose first entry is "Any Leader". */
static GtkDropDown *
find_leader_dropdown (HdLedgerPage *page)
{
  g_autoptr(GPtrArray) pending = g_ptr_array_new ();

  g_ptr_array_add (pending, page);
  while (pending->len > 0)
    {
      GtkWidget *widget = g_ptr_array_steal_index (pending, pending->len - 1);

      if (GTK_IS_DROP_DOWN (widget))
        {
          g_autoptr(GObject) first = g_list_model_get_item (gtk_drop_down_get_model (GTK_DROP_DOWN (widget)), 0);

          if (GTK_IS_STRING_OBJECT (first) &&
              g_str_equal (gtk_string_object_get_string (GTK_STRING_OBJECT (first)), "Any Leader"))
            return GTK_DROP_DOWN (widget);
        }
      for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
           child = gtk_widget_get_next_sibling (child))
        g_ptr_array_add (pending, child);
    }
  g_assert_not_reached ();
}

/* The text of a GtkStringObject list's item; the list keeps the object alive. */
static const char *
item_string (GListModel *model,
             guint       position)
{
  g_autoptr(GtkStringObject) item = g_list_model_get_item (model, position);

  return item != NULL ? gtk_string_object_get_string (item) : NULL;
}

static void
test_subtree (void)
{
  g_autofree char *dir = hd_test_make_tmpdir ();
  g_auto(Ledger) ledger = { NULL };
  static const struct { const char *problem; const char *light; } expected[] = {
    { "会议多、文件多", "Red: overdue" },
    { "公车私用", "Green: on track" },
    { "联系群众不够", "Green: on track" },
    { "村务公开不及时", "Yellow: due soon" },
  };
  HdLedgerPage *page;
  GListModel *rows;

  page = open_ledger (dir, &ledger);
  rows = hd_ledger_page_get_rows (page);

  /* 七坪镇's own tasks by number, then its village's; 平滩镇's task is not in the subtree. */
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(HdTask) task = row (page, i);

      g_assert_cmpstr (hd_task_get_problem (task), ==, expected[i].problem);
      g_assert_cmpstr (hd_light_get_label (light_of (task)), ==, expected[i].light);
    }
  g_assert_cmpstr (hd_ledger_page_get_summary (page), ==,
                   "Red: overdue 1 · Yellow: due soon 1 · Green: on track 2 · Closed 0 · Closed late 0");
  check_cell_tooltips (page);

  /* A light filter narrows it to the red task. */
  hd_ledger_page_set_light_filter (page, HD_LIGHT_RED);
  WAIT_FOR (!hd_ledger_page_get_loading (page));
  rows = hd_ledger_page_get_rows (page);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 1);
  {
    g_autoptr(HdTask) task = row (page, 0);
    g_assert_cmpint (hd_task_get_id (task), ==, ledger.red_task);
  }

  /* Yellow has none in the whole county but the village's: the same one. Closed has none. */
  hd_ledger_page_set_light_filter (page, HD_LIGHT_CLOSED);
  WAIT_FOR (!hd_ledger_page_get_loading (page));
  g_assert_cmpuint (g_list_model_get_n_items (hd_ledger_page_get_rows (page)), ==, 0);
  g_assert_nonnull (hd_ledger_page_get_empty_text (page));

  /* The leaders' drop-down names the subtree's leaders, in order, after "Any Leader"; choosing
   * one shows that leader's tasks. */
  hd_ledger_page_set_light_filter (page, -1);
  WAIT_FOR (!hd_ledger_page_get_loading (page));
  {
    GtkDropDown *leaders = find_leader_dropdown (page);
    GListModel *names = gtk_drop_down_get_model (leaders);
    GtkRoot *window = gtk_widget_get_root (GTK_WIDGET (page));

    WAIT_FOR (g_list_model_get_n_items (names) == 3);
    g_assert_cmpstr (item_string (names, 0), ==, "Any Leader");
    g_assert_cmpstr (item_string (names, 1), ==, "李建国");
    g_assert_cmpstr (item_string (names, 2), ==, "贠建国");
    gtk_drop_down_set_selected (leaders, 2);
    WAIT_FOR (!hd_ledger_page_get_loading (page) && g_list_model_get_n_items (hd_ledger_page_get_rows (page)) == 1);
    {
      g_autoptr(HdTask) task = row (page, 0);
      g_assert_cmpint (hd_task_get_id (task), ==, ledger.yellow_task);
    }
    gtk_drop_down_set_selected (leaders, 0);
    WAIT_FOR (!hd_ledger_page_get_loading (page) && g_list_model_get_n_items (hd_ledger_page_get_rows (page)) == 4);

    /* Read while another area is shown, the county's leaders (平滩镇's 王芳 too) come into the
     * drop-down when the ledger is shown again, not while the clerk works elsewhere. */
    g_action_group_activate_action (G_ACTION_GROUP (window), "area", g_variant_new_string ("organisation"));
    WAIT_FOR (!gtk_widget_get_mapped (GTK_WIDGET (page)));
    hd_ledger_page_set_unit (page, ledger.county);
    WAIT_FOR (!hd_ledger_page_get_reading_totals (page) && !hd_ledger_page_get_loading (page));
    g_assert_cmpuint (g_list_model_get_n_items (names), ==, 3);
    g_action_group_activate_action (G_ACTION_GROUP (window), "area", g_variant_new_string ("rectification"));
    WAIT_FOR (gtk_widget_get_mapped (GTK_WIDGET (page)));
    g_assert_cmpuint (g_list_model_get_n_items (names), ==, 4);
    g_assert_cmpstr (item_string (names, 2), ==, "王芳");
    g_assert_cmpstr (item_string (names, 3), ==, "贠建国");
    hd_ledger_page_set_unit (page, ledger.qiping);
    WAIT_FOR (!hd_ledger_page_get_loading (page));
  }

  /* The search is over the text. */
  gtk_editable_set_text (hd_ledger_page_get_search_entry (page), "村务");
  WAIT_FOR (g_list_model_get_n_items (hd_ledger_page_get_rows (page)) == 1 &&
            !hd_ledger_page_get_loading (page));
  {
    g_autoptr(HdTask) task = row (page, 0);
    g_assert_cmpint (hd_task_get_id (task), ==, ledger.yellow_task);
  }

  hd_gui_test_close_all_windows (app);
}

static char *
query_text (const char *db_path,
            const char *sql)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HdStore) store = hd_store_open (db_path, &error);

  g_assert_no_error (error);
  return hd_test_query_text (store, sql);
}

/* ---- room for the ledger ---- */

static gboolean
count_tick_cb (GtkWidget     *widget,
               GdkFrameClock *clock,
               gpointer       user_data)
{
  (*(guint *) user_data)++;
  return G_SOURCE_CONTINUE;
}

/* Waits until @widget has been drawn @n more times: what was changed has been laid out. */
static void
wait_frames (GtkWidget *widget,
             guint      n)
{
  guint frames = 0;
  guint id = gtk_widget_add_tick_callback (widget, count_tick_cb, &frames, NULL);

  WAIT_FOR (frames >= n);
  gtk_widget_remove_tick_callback (widget, id);
}

static GtkWidget *
ledger_list (HdLedgerPage *page)
{
  GtkWidget *table = hd_gui_test_find_widget (GTK_WIDGET (page), GTK_TYPE_COLUMN_VIEW);

  return hd_gui_test_find_widget (table, GTK_TYPE_LIST_VIEW);
}

/* How many rows of the ledger are wholly in sight: the table's row widgets that lie within the
 * part of the list the window shows. */
static guint
count_rows_in_sight (HdLedgerPage *page)
{
  GtkWidget *list = ledger_list (page);
  int height = gtk_widget_get_height (list);
  guint n = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
    {
      graphene_rect_t bounds;

      if (!gtk_widget_get_mapped (row) || !gtk_widget_compute_bounds (row, list, &bounds))
        continue;
      if (bounds.size.height > 0 && bounds.origin.y >= 0 && bounds.origin.y + bounds.size.height <= height + 0.5)
        n++;
    }
  return n;
}

static gint64
selected_task_id (GtkColumnView *table)
{
  HdTask *task = gtk_single_selection_get_selected_item (GTK_SINGLE_SELECTION (gtk_column_view_get_model (table)));

  return task != NULL ? hd_task_get_id (task) : 0;
}

static gboolean
focus_within (GtkWidget *widget)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (widget));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

/* The demo county in a window of @width × @height: nothing selected, the table alone. */
static HdLedgerPage *
open_demo_at (const char *db_path,
              int         width,
              int         height)
{
  g_autoptr(GSettings) settings = g_settings_new ("io.github.huodongban.Huodongban");
  GtkWindow *window;
  HdLedgerPage *page;
  int shown_width, shown_height;

  g_settings_set_int (settings, "window-width", width);
  g_settings_set_int (settings, "window-height", height);
  window = hd_gui_test_open_window (app, db_path);
  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
  page = hd_window_get_ledger_page (HD_WINDOW (window));
  WAIT_FOR (!hd_ledger_page_get_loading (page));
  /* GTK fits the window to the screen's width (the tests' is 1280): the height is the one that
   * counts here. */
  gtk_window_get_default_size (window, &shown_width, &shown_height);
  g_assert_cmpint (shown_height, ==, height);
  wait_frames (GTK_WIDGET (window), 3);
  wait_frames (GTK_WIDGET (window), 3);
  return page;
}

/* County offices work on 1366×768 screens, and the window first opens at 1200×720: at either,
 * with no task selected, the table has the height and a clerk sees at least 15 rows. Selecting
 * a row (Down) opens its task in the editor below; Enter takes the keyboard there, Escape back
 * to the table and closes the editor, unless it holds an edit not saved: then it stays open,
 * the edit kept. */
static void
test_room (void)
{
  g_autofree char *dir = hd_test_make_tmpdir ();
  g_autofree char *db_path = hd_gui_test_make_demo_county (dir);
  static const int sizes[][2] = { { 1200, 720 }, { 1366, 768 } };
  HdLedgerPage *page = NULL;
  GtkWindow *window;
  HdTaskEditor *editor;
  GtkWidget *table, *focus;
  gint64 second_task;
  guint n_rows;

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      if (page != NULL)
        hd_gui_test_close_all_windows (app);
      page = open_demo_at (db_path, sizes[i][0], sizes[i][1]);
      g_assert_false (gtk_widget_get_visible (GTK_WIDGET (hd_ledger_page_get_editor (page))));
      n_rows = count_rows_in_sight (page);
      g_test_message ("window %d×%d: %u rows of the ledger in sight", sizes[i][0], sizes[i][1], n_rows);
      g_assert_cmpuint (n_rows, >=, 15);
    }

  window = GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (page)));
  editor = hd_ledger_page_get_editor (page);
  table = hd_gui_test_find_widget (GTK_WIDGET (page), GTK_TYPE_COLUMN_VIEW);

  /* The keyboard in the table; Down selects a row, then the next: its task in the editor, below. */
  g_assert_true (gtk_widget_grab_focus (table));
  g_assert_true (hd_gui_test_press_key (window, GDK_KEY_Down, 0));
  g_assert_true (hd_gui_test_press_key (window, GDK_KEY_Down, 0));
  second_task = selected_task_id (GTK_COLUMN_VIEW (table));
  g_assert_cmpint (second_task, !=, 0);
  g_assert_cmpint (hd_task_editor_get_task_id (editor), ==, second_task);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));
  g_assert_true (focus_within (table));
  wait_frames (GTK_WIDGET (window), 3);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (editor)), >=, 200);
  g_assert_cmpuint (count_rows_in_sight (page), >=, 8);

  /* Enter: the keyboard in the editor, on the task's problem. */
  g_assert_true (hd_gui_test_press_key (window, GDK_KEY_Return, 0));
  g_assert_cmpint (hd_task_editor_get_task_id (editor), ==, second_task);
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (GTK_IS_TEXT_VIEW (focus));
  g_assert_true (gtk_widget_is_ancestor (focus, GTK_WIDGET (editor)));

  /* Escape: back on the task's row, the editor closed, nothing selected, the table's height. */
  g_assert_true (hd_gui_test_press_key (window, GDK_KEY_Escape, 0));
  g_assert_true (focus_within (table));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (editor)));
  g_assert_cmpint (hd_task_editor_get_task_id (editor), ==, 0);
  g_assert_cmpint (selected_task_id (GTK_COLUMN_VIEW (table)), ==, 0);
  wait_frames (GTK_WIDGET (window), 3);
  g_assert_cmpuint (count_rows_in_sight (page), >=, 15);

  /* Enter again on that row: the same task, the keyboard in the editor. An edit typed there and
   * not saved keeps the editor open through Escape, which still goes back to the table. */
  g_assert_true (hd_gui_test_press_key (window, GDK_KEY_Return, 0));
  g_assert_cmpint (hd_task_editor_get_task_id (editor), ==, second_task);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (GTK_IS_TEXT_VIEW (focus));
  gtk_text_buffer_insert_at_cursor (gtk_text_view_get_buffer (GTK_TEXT_VIEW (focus)), "（补记）", -1);
  g_assert_true (hd_task_editor_get_unsaved (editor));
  g_assert_true (hd_gui_test_press_key (window, GDK_KEY_Escape, 0));
  g_assert_true (focus_within (table));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));
  g_assert_cmpint (hd_task_editor_get_task_id (editor), ==, second_task);
  {
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (focus));
    GtkTextIter start, end;
    g_autofree char *problem = NULL;

    gtk_text_buffer_get_bounds (buffer, &start, &end);
    problem = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    g_assert_true (g_str_has_suffix (problem, "（补记）"));
  }

  /* Enter goes back to the edit; saved there (Ctrl+S), Escape closes the editor. */
  g_assert_true (hd_gui_test_press_key (window, GDK_KEY_Return, 0));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == focus);
  g_assert_true (hd_gui_test_press_key (window, GDK_KEY_s, GDK_CONTROL_MASK));
  g_assert_false (hd_task_editor_get_unsaved (editor));
  {
    g_autofree char *sql = g_strdup_printf ("SELECT problem FROM task WHERE id = %" G_GINT64_FORMAT, second_task);
    g_autofree char *problem = query_text (db_path, sql);

    g_assert_true (g_str_has_suffix (problem, "（补记）"));
  }
  g_assert_true (hd_gui_test_press_key (window, GDK_KEY_Escape, 0));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (editor)));
  g_assert_true (focus_within (table));

  hd_gui_test_close_all_windows (app);
}


static void
test_close (void)
{
  g_autofree char *dir = hd_test_make_tmpdir ();
  g_auto(Ledger) ledger = { NULL };
  g_autofree char *sql = NULL;
  g_autofree char *state = NULL;
  HdLedgerPage *page;
  HdTaskEditor *editor;

  page = open_ledger (dir, &ledger);
  editor = hd_ledger_page_get_editor (page);
  sql = g_strdup_printf ("SELECT coalesce (closed, 'open') || '|' || result || '|' || coalesce (verdict, '')"
                         " FROM task WHERE id = %" G_GINT64_FORMAT, ledger.green_task);

  hd_ledger_page_select_task (page, ledger.green_task);
  g_assert_cmpint (hd_task_editor_get_task_id (editor), ==, ledger.green_task);

  /* Without a result: refused, with the core's reason beside the button, and nothing written. */
  g_assert_null (hd_task_editor_get_close_message (editor));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "task.close", NULL));
  g_assert_nonnull (hd_task_editor_get_close_message (editor));
  g_assert_nonnull (strstr (hd_task_editor_get_close_message (editor), "cannot be closed"));
  state = query_text (ledger.db_path, sql);
  g_assert_cmpstr (state, ==, "open||");
  g_clear_pointer (&state, g_free);

  /* The result with 满意, saved, then closed today: the light turns to Closed. */
  gtk_text_buffer_set_text (hd_task_editor_get_result_buffer (editor), "已整改到位", -1);
  hd_task_editor_set_verdict (editor, HD_VERDICT_SATISFIED);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "task.save-result", NULL));
  state = query_text (ledger.db_path, sql);
  g_assert_cmpstr (state, ==, "open|已整改到位|satisfied");
  g_clear_pointer (&state, g_free);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "task.close", NULL));
  g_assert_null (hd_task_editor_get_close_message (editor));
  state = query_text (ledger.db_path, sql);
  g_assert_cmpstr (state, ==, "2014-09-30|已整改到位|satisfied");

  /* The ledger follows, keeping the task selected in the editor. */
  WAIT_FOR (!hd_ledger_page_get_loading (page));
  g_assert_cmpint (hd_task_editor_get_task_id (editor), ==, ledger.green_task);
  {
    g_autoptr(HdTask) task = row (page, 1);

    g_assert_cmpint (hd_task_get_id (task), ==, ledger.green_task);
    g_assert_cmpstr (hd_light_get_label (light_of (task)), ==, "Closed");
  }
  g_assert_cmpstr (hd_ledger_page_get_summary (page), ==,
                   "Red: overdue 1 · Yellow: due soon 1 · Green: on track 1 · Closed 1 · Closed late 0");

  hd_gui_test_close_all_windows (app);
}

static gint64
count_tasks (Ledger *ledger)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HdStore) store = hd_store_open (ledger->db_path, &error);

  g_assert_no_error (error);
  return hd_test_query_int (store, "SELECT count(*) FROM task");
}

static HdImportWindow *
open_import (HdWindow   *window,
             const char *dir,
             const char *content)
{
  g_autofree char *path = g_build_filename (dir, "ledger.csv", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  HdImportWindow *preview;

  g_file_set_contents (path, content, -1, &error);
  g_assert_no_error (error);
  file = g_file_new_for_path (path);
  preview = hd_import_command_open (GTK_WINDOW (window), hd_window_get_context (window),
                                    hd_ledger_import_kind (), file);
  hd_gui_test_wait_for_preview (preview);
  g_assert_null (hd_import_window_get_error (preview));
  g_assert_true (HD_IS_LEDGER_IMPORT (hd_import_window_get_import (preview)));
  return preview;
}

static void
test_import_bad_row (void)
{
  g_autofree char *dir = hd_test_make_tmpdir ();
  g_auto(Ledger) ledger = { NULL };
  HdWindow *window;
  HdImportWindow *preview;
  GListModel *shown;
  g_auto(GStrv) titles = NULL;
  const char * const expected_titles[] = {
    "Row", "Action", "Unit", "Problem", "Plan", "Kind", "Deadline", "Closing Date", "Reason", NULL,
  };
  static const HdGuiTestCell bad_cells[] = {
    { "Row", "3" }, { "Action", "Bad row" }, { "Unit", "隆岗县/七坪镇" }, { "Problem", "乱收费" },
    { "Plan", NULL }, { "Kind", NULL }, { "Deadline", NULL }, { "Closing Date", NULL },
    { "Reason", "完成时限 “2014-13-45” is not a date: write it as 2014-09-30, 2014/9/30, 2014.9.30 or 2014年9月30日" },
  };
  static const HdGuiTestCell good_cells[] = {
    { "Row", "2" }, { "Action", "Add" }, { "Plan", "Rectification plan" }, { "Kind", "Fix by a deadline" },
    { "Deadline", "2014-10-31" }, { "Reason", NULL },
  };
  gpointer weak;

  window = HD_WINDOW (gtk_widget_get_root (GTK_WIDGET (open_ledger (dir, &ledger))));
  preview = open_import (window, dir,
                         "责任单位,问题,整改措施,整改目标,责任领导,责任人,完成时限,整改类型,所属方案,备注\n"
                         "隆岗县/七坪镇,办事拖拉,建立限时办结制度,群众满意,李建国,赵敏,2014/10/31,限期整改,整改方案,x\n"
                         "隆岗县/七坪镇,乱收费,清理收费项目,,李建国,赵敏,2014-13-45,限期整改,整改方案,\n");
  weak = preview;

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (preview)), ==, "Import Ledger");
  g_assert_false (gtk_widget_get_sensitive (hd_import_window_get_import_button (preview)));
  g_assert_cmpstr (hd_import_window_get_summary (preview), ==,
                   "2 rows: 1 tasks to add, 0 to update, 0 unchanged, 1 bad rows");
  g_assert_cmpstr (hd_import_window_get_ignored_text (preview), ==, "These columns are not imported: 备注");
  titles = hd_import_window_dup_column_titles (preview);
  g_assert_true (g_strv_equal ((const char * const *) titles, expected_titles));

  shown = hd_import_window_get_shown_rows (preview);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 2);
  hd_gui_test_assert_cells (preview, 0, good_cells, G_N_ELEMENTS (good_cells));
  hd_import_window_set_bad_only (preview, TRUE);
  WAIT_FOR (g_list_model_get_n_items (shown) == 1);
  hd_gui_test_assert_cells (preview, 0, bad_cells, G_N_ELEMENTS (bad_cells));

  /* Neither the action nor Cancel writes anything. */
  g_object_add_weak_pointer (G_OBJECT (preview), &weak);
  gtk_widget_activate_action (GTK_WIDGET (preview), "import.apply", NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (preview), "import.cancel", NULL));
  WAIT_FOR (weak == NULL);
  g_assert_cmpint (count_tasks (&ledger), ==, 5);
  g_assert_null (hd_window_get_notification (window));
  hd_gui_test_close_all_windows (app);
}

static void
test_import_and_undo (void)
{
  g_autofree char *dir = hd_test_make_tmpdir ();
  g_auto(Ledger) ledger = { NULL };
  HdWindow *window;
  HdImportWindow *preview;
  GtkWidget *button;
  gpointer weak;

  window = HD_WINDOW (gtk_widget_get_root (GTK_WIDGET (open_ledger (dir, &ledger))));
  preview = open_import (window, dir,
                         "\xEF\xBB\xBF责任单位,问题,整改措施,整改目标,责任领导,责任人,完成时限,整改类型,所属方案\n"
                         "隆岗县/七坪镇,办事拖拉,建立限时办结制度,群众满意,李建国,赵敏,2014/10/31,限期整改,整改方案\n"
                         "隆岗县/平滩镇,乱收费,清理收费项目,,李建国,赵敏,2014年11月30日,立行立改,专项整治方案\n");
  button = hd_import_window_get_import_button (preview);
  weak = preview;

  g_assert_null (hd_import_window_get_ignored_text (preview));
  g_assert_true (gtk_widget_get_sensitive (button));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, "_Import 2 Rows");

  g_object_add_weak_pointer (G_OBJECT (preview), &weak);
  g_signal_emit_by_name (button, "clicked");
  WAIT_FOR (weak == NULL);
  g_assert_cmpint (count_tasks (&ledger), ==, 7);
  g_assert_cmpstr (hd_window_get_notification (window), ==,
                   "Imported 2 rows from “ledger.csv”: 2 tasks added, 0 updated. Undo (Ctrl+Z) takes the whole import back.");

  /* One undo takes the whole import back, and redo brings it again. */
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "undo"));
  g_action_group_activate_action (G_ACTION_GROUP (window), "undo", NULL);
  g_assert_cmpint (count_tasks (&ledger), ==, 5);
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "undo"));
  g_action_group_activate_action (G_ACTION_GROUP (window), "redo", NULL);
  g_assert_cmpint (count_tasks (&ledger), ==, 7);
  hd_gui_test_close_all_windows (app);
}

/* Without a display: the cells' and the summary's words. */
static void
test_text (void)
{
  g_autoptr(GArray) figures = g_array_new (FALSE, FALSE, sizeof (HdStatsFigure));
  HdStatsFigure f[] = {
    { "tasks", 140 }, { "tasks_red", 12 }, { "tasks_yellow", 5 }, { "tasks_green", 80 },
    { "tasks_closed", 40 }, { "tasks_closed_late", 3 },
  };
  g_autofree char *summary = NULL;
  g_autofree char *date = hd_ledger_text_date ("2014-09-30");

  g_array_append_vals (figures, f, G_N_ELEMENTS (f));
  summary = hd_ledger_text_summary (figures);
  g_assert_cmpstr (summary, ==, "Red: overdue 12 · Yellow: due soon 5 · Green: on track 80 · Closed 40 · Closed late 3");
  g_assert_cmpstr (date, ==, "2014-09-30");
  g_assert_null (hd_ledger_text_date (NULL));
  g_assert_null (hd_ledger_text_date (""));
}

int
main (int   argc,
      char *argv[])
{
  app = hd_gui_test_init (&argc, &argv, TRUE);

  g_test_add_func ("/ledger/text/summary", test_text);
  g_test_add_func ("/ledger/window/subtree-lights-filter", test_subtree);
  g_test_add_func ("/ledger/window/close", test_close);
  g_test_add_func ("/ledger/window/room", test_room);
  g_test_add_func ("/ledger/import/bad-row", test_import_bad_row);
  g_test_add_func ("/ledger/import/undo", test_import_and_undo);

  return hd_gui_test_run (&app);
}
