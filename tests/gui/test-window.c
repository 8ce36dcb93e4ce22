/* test-window.c — the real window under a display (Xvfb in CI), driven as a clerk would. */
#include <glib/gi18n-lib.h>

#include "common/hd-info-row.h"
#include "hd-application.h"
#include "hd-gui-test.h"
#include "hd-open-error-window.h"
#include "hd-test-util.h"
#include "hd-window.h"
#include "ledger/hd-ledger-page.h"
#include "opinions/hd-opinions-page.h"

static HdApplication *app;

static char *
query_text (HdStore    *store,
            const char *sql,
            gint64      id)
{
  sqlite3_stmt *stmt = NULL;
  char *text;

  g_assert_cmpint (sqlite3_prepare_v2 (hd_store_get_db (store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, id);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return text;
}

static const char *
first_team_row_title (HdUnitDetail *detail)
{
  GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (hd_unit_detail_get_team_list (detail)));

  return row != NULL ? hd_info_row_get_title (HD_INFO_ROW (row)) : NULL;
}

static void
test_select_township (void)
{
  g_autofree char *dir = hd_test_make_tmpdir ();
  g_autofree char *db_path = hd_gui_test_make_demo_county (dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(HdStore) store = hd_store_open (db_path, &error);
  g_autofree char *township_name = NULL;
  g_autofree char *principal_name = NULL;
  g_autofree char *village_name = NULL;
  g_autofree char *count_sql = NULL;
  gint64 township_id, village_id;
  GtkWindow *window;
  HdOrganisationPage *page;
  GtkSingleSelection *selection;
  GListModel *tree;
  HdUnitDetail *detail;
  guint position;

  g_assert_no_error (error);
  /* The first township in the county's order, and the first village in its own order. */
  township_id = hd_test_query_int (store, "SELECT id FROM unit WHERE kind = 'township' ORDER BY path LIMIT 1");
  village_id = hd_test_query_int (store, "SELECT id FROM unit WHERE kind = 'village' AND parent_id = "
                                         "(SELECT id FROM unit WHERE kind = 'township' ORDER BY path LIMIT 1) "
                                         "ORDER BY position LIMIT 1");
  township_name = query_text (store, "SELECT name FROM unit WHERE id = ?", township_id);
  village_name = query_text (store, "SELECT name FROM unit WHERE id = ?", village_id);
  principal_name = query_text (store, "SELECT p.name FROM team_member t JOIN person p ON p.id = t.person_id "
                                      "WHERE t.unit_id = ? AND t.role = 0", township_id);

  window = hd_gui_test_open_window (app, db_path);
  g_assert_true (HD_IS_WINDOW (window));
  /* The window opens on the ledger, the clerk's daily work. */
  g_assert_cmpstr (hd_window_get_area (HD_WINDOW (window)), ==, "rectification");
  g_action_group_activate_action (G_ACTION_GROUP (window), "area", g_variant_new_string ("organisation"));
  g_assert_cmpstr (hd_window_get_area (HD_WINDOW (window)), ==, "organisation");

  page = hd_window_get_organisation_page (HD_WINDOW (window));
  g_assert_false (hd_organisation_page_get_showing_empty (page));
  selection = hd_organisation_page_get_tree_selection (page);
  tree = gtk_single_selection_get_model (selection);
  detail = hd_organisation_page_get_detail (page);

  /* The county is expanded at start: its townships are rows without any click. */
  WAIT_FOR (g_list_model_get_n_items (tree) > 1);
  position = hd_gui_test_find_unit_row (tree, township_id);
  g_assert_cmpuint (position, !=, G_MAXUINT);

  gtk_single_selection_set_selected (selection, position);
  WAIT_FOR (hd_unit_detail_get_unit (detail) != NULL &&
            hd_unit_get_id (hd_unit_detail_get_unit (detail)) == township_id);
  g_assert_cmpstr (hd_unit_detail_get_heading (detail), ==, township_name);
  g_assert_cmpstr (first_team_row_title (detail), ==, principal_name);
  count_sql = g_strdup_printf ("SELECT count(*) FROM person WHERE unit_id = %" G_GINT64_FORMAT, township_id);
  g_assert_cmpuint (g_list_model_get_n_items (hd_unit_detail_get_people (detail)), ==,
                    hd_test_query_int (store, count_sql));

  /* Its villages are not in the tree until the clerk expands it, with the keyboard. */
  g_assert_cmpuint (hd_gui_test_find_unit_row (tree, village_id), ==, G_MAXUINT);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "unit.expand", NULL));
  WAIT_FOR (hd_gui_test_find_unit_row (tree, village_id) != G_MAXUINT);

  position = hd_gui_test_find_unit_row (tree, village_id);
  gtk_single_selection_set_selected (selection, position);
  WAIT_FOR (hd_unit_get_id (hd_unit_detail_get_unit (detail)) == village_id);
  g_assert_cmpstr (hd_unit_detail_get_heading (detail), ==, village_name);

  /* And collapse it again. */
  gtk_single_selection_set_selected (selection, hd_gui_test_find_unit_row (tree, township_id));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "unit.collapse", NULL));
  WAIT_FOR (hd_gui_test_find_unit_row (tree, village_id) == G_MAXUINT);

  hd_gui_test_close_all_windows (app);
}

static void
test_size_saved_on_close (void)
{
  g_autofree char *dir = hd_test_make_tmpdir ();
  g_autofree char *db_path = hd_gui_test_make_demo_county (dir);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  GtkWindow *window;
  int width = 0, height = 0;

  window = hd_gui_test_open_window (app, db_path);
  /* What a resize by the user leaves behind: GTK keeps the default size in step with it. A size
   * above the window's smallest (see test_fits_small_screen), or GTK grows the window and the
   * default size with it once the window is on screen. */
  gtk_window_set_default_size (window, 1000, 800);

  gtk_window_close (window);
  WAIT_FOR (hd_gui_test_no_windows (app));
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 1000);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 800);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));

  /* The next window opens at that size. */
  window = hd_gui_test_open_window (app, db_path);
  gtk_window_get_default_size (window, &width, &height);
  g_assert_cmpint (width, ==, 1000);
  g_assert_cmpint (height, ==, 800);
  hd_gui_test_close_all_windows (app);
}

static gboolean
focus_within (GtkWindow *window,
              GtkWidget *widget)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  return focus != NULL && widget != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

/* The keyboard follows the area: the page shown has the focus, so its keys (Ctrl+N) work at once;
 * while the clerk goes through the sidebar, the focus stays there. */
static void
test_focus_follows_area (void)
{
  g_autofree char *dir = hd_test_make_tmpdir ();
  g_autofree char *db_path = hd_gui_test_make_demo_county (dir);
  GtkWindow *window = hd_gui_test_open_window (app, db_path);
  GtkWidget *sidebar = hd_gui_test_find_widget (GTK_WIDGET (window), GTK_TYPE_STACK_SIDEBAR);
  GtkWidget *row;

  g_assert_true (focus_within (window, GTK_WIDGET (hd_window_get_ledger_page (HD_WINDOW (window)))));
  g_action_group_activate_action (G_ACTION_GROUP (window), "area", g_variant_new_string ("opinions"));
  g_assert_true (focus_within (window, hd_gui_test_find_widget (GTK_WIDGET (window), HD_TYPE_OPINIONS_PAGE)));

  row = gtk_widget_get_first_child (hd_gui_test_find_widget (sidebar, GTK_TYPE_LIST_BOX));
  gtk_widget_grab_focus (row);
  g_action_group_activate_action (G_ACTION_GROUP (window), "area", g_variant_new_string ("rectification"));
  g_assert_true (focus_within (window, sidebar));
  hd_gui_test_close_all_windows (app);
}

/* The window's smallest size, in each area with its editor open. */
static void
measure_window (GtkWindow *window,
                int       *min_width,
                int       *min_height)
{
  gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1, min_width, NULL, NULL, NULL);
  gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_VERTICAL, -1, min_height, NULL, NULL, NULL);
}

/* County offices work on 1366×768 screens: with a panel of the desktop, the window must fit in
 * 1366×720 in every area, with the ledger's editor pane and the opinions' form open. (Measured in
 * English, whose labels are the wider: 1328×577; in Chinese 1250×581.) */
#define SMALL_SCREEN_WIDTH  1366
#define SMALL_SCREEN_HEIGHT 720

static void
test_fits_small_screen (void)
{
  g_autofree char *dir = hd_test_make_tmpdir ();
  g_autofree char *db_path = hd_gui_test_make_demo_county (dir);
  GtkWindow *window = hd_gui_test_open_window (app, db_path);
  HdLedgerPage *ledger = hd_window_get_ledger_page (HD_WINDOW (window));
  HdOpinionsPage *opinions;
  int width, height;

  WAIT_FOR (!hd_ledger_page_get_loading (ledger));
  {
    g_autoptr(HdTask) task = g_list_model_get_item (hd_ledger_page_get_rows (ledger), 0);
    hd_ledger_page_select_task (ledger, hd_task_get_id (task));
  }
  measure_window (window, &width, &height);
  g_assert_cmpint (width, <=, SMALL_SCREEN_WIDTH);
  g_assert_cmpint (height, <=, SMALL_SCREEN_HEIGHT);

  g_action_group_activate_action (G_ACTION_GROUP (window), "area", g_variant_new_string ("opinions"));
  opinions = HD_OPINIONS_PAGE (hd_gui_test_find_widget (GTK_WIDGET (window), HD_TYPE_OPINIONS_PAGE));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (opinions), "opinions.new", NULL));
  g_assert_true (hd_opinions_page_get_form_visible (opinions));
  measure_window (window, &width, &height);
  g_assert_cmpint (width, <=, SMALL_SCREEN_WIDTH);
  g_assert_cmpint (height, <=, SMALL_SCREEN_HEIGHT);

  g_action_group_activate_action (G_ACTION_GROUP (window), "area", g_variant_new_string ("organisation"));
  measure_window (window, &width, &height);
  g_assert_cmpint (width, <=, SMALL_SCREEN_WIDTH);
  g_assert_cmpint (height, <=, SMALL_SCREEN_HEIGHT);
  hd_gui_test_close_all_windows (app);
}

static void
test_not_a_database (void)
{
  g_autofree char *dir = hd_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "minutes.db", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  const char *content = "Minutes of the township meeting, not a database.\n";
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  GtkWindow *window;

  g_file_set_contents (path, content, -1, &error);
  g_assert_no_error (error);

  window = hd_gui_test_open_window (app, path);
  g_assert_true (HD_IS_OPEN_ERROR_WINDOW (window));
  g_assert_nonnull (strstr (hd_open_error_window_get_message (HD_OPEN_ERROR_WINDOW (window)), path));
  g_assert_null (hd_application_get_context (app));

  /* The file is left exactly as it was. */
  g_file_get_contents (path, &after, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (after, ==, content);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "window.close", NULL));
  WAIT_FOR (hd_gui_test_no_windows (app));
}

static GtkWidget *
find_page (GtkWindow *window,
           GType      type)
{
  return hd_gui_test_find_widget (GTK_WIDGET (window), type);
}

/* Presses a key the window's class binds (Alt+2, Alt+3) as a key press would: runs what its
 * shortcut does. */
static void
press_bound_key (GtkWindow       *window,
                 guint            keyval,
                 GdkModifierType  modifiers)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

          if (GTK_IS_KEYVAL_TRIGGER (trigger) &&
              gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval &&
              gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == modifiers)
            {
              g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut),
                                                           GTK_SHORTCUT_ACTION_EXCLUSIVE, GTK_WIDGET (window),
                                                           gtk_shortcut_get_arguments (shortcut)));
              return;
            }
        }
    }
  g_assert_not_reached ();
}

/* The window opens on the ledger: the other areas' pages are built, and read what they show,
 * only when the clerk first chooses the area (Alt+3, the sidebar), and then kept. */
static void
test_areas_built_when_shown (void)
{
  g_autofree char *dir = hd_test_make_tmpdir ();
  g_autofree char *db_path = hd_gui_test_make_demo_county (dir);
  GtkWindow *window;
  GtkWidget *ledger, *opinions, *organisation, *sidebar;
  GtkListBox *sidebar_list;
  GtkMultiSelection *opinion_rows;
  GListModel *tree;

  window = hd_gui_test_open_window (app, db_path);
  g_assert_cmpstr (hd_window_get_area (HD_WINDOW (window)), ==, "rectification");
  ledger = find_page (window, HD_TYPE_LEDGER_PAGE);
  g_assert_nonnull (ledger);
  g_assert_true (gtk_widget_get_mapped (ledger));
  g_assert_null (find_page (window, HD_TYPE_OPINIONS_PAGE));
  g_assert_null (find_page (window, HD_TYPE_ORGANISATION_PAGE));
  g_assert_null (find_page (window, HD_TYPE_FIRST_RUN_PAGE));

  /* Alt+3: the Opinions area, built now, reads its list. */
  press_bound_key (window, GDK_KEY_3, GDK_ALT_MASK);
  g_assert_cmpstr (hd_window_get_area (HD_WINDOW (window)), ==, "opinions");
  opinions = find_page (window, HD_TYPE_OPINIONS_PAGE);
  g_assert_nonnull (opinions);
  g_assert_true (gtk_widget_get_mapped (opinions));
  g_assert_false (gtk_widget_get_mapped (ledger));
  opinion_rows = hd_opinions_page_get_selection (HD_OPINIONS_PAGE (opinions));
  g_assert_nonnull (opinion_rows);
  WAIT_FOR (!hd_opinions_page_get_loading (HD_OPINIONS_PAGE (opinions)));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (opinion_rows)), >, 0);
  g_assert_null (find_page (window, HD_TYPE_ORGANISATION_PAGE));

  /* The sidebar's first row: the Organisation area, with the county's tree. */
  sidebar = hd_gui_test_find_widget (GTK_WIDGET (window), GTK_TYPE_STACK_SIDEBAR);
  sidebar_list = GTK_LIST_BOX (hd_gui_test_find_widget (sidebar, GTK_TYPE_LIST_BOX));
  gtk_list_box_select_row (sidebar_list, gtk_list_box_get_row_at_index (sidebar_list, 0));
  g_assert_cmpstr (hd_window_get_area (HD_WINDOW (window)), ==, "organisation");
  organisation = find_page (window, HD_TYPE_ORGANISATION_PAGE);
  g_assert_nonnull (organisation);
  g_assert_true (organisation == GTK_WIDGET (hd_window_get_organisation_page (HD_WINDOW (window))));
  g_assert_true (gtk_widget_get_mapped (organisation));
  g_assert_false (hd_window_get_showing_first_run (HD_WINDOW (window)));
  g_assert_null (find_page (window, HD_TYPE_FIRST_RUN_PAGE));
  tree = G_LIST_MODEL (hd_organisation_page_get_tree_selection (HD_ORGANISATION_PAGE (organisation)));
  WAIT_FOR (g_list_model_get_n_items (tree) > 1);

  /* Back to the areas already seen: their pages are kept, not built again. */
  press_bound_key (window, GDK_KEY_2, GDK_ALT_MASK);
  g_assert_cmpstr (hd_window_get_area (HD_WINDOW (window)), ==, "rectification");
  g_assert_true (find_page (window, HD_TYPE_LEDGER_PAGE) == ledger);
  g_assert_true (gtk_widget_get_mapped (ledger));
  press_bound_key (window, GDK_KEY_3, GDK_ALT_MASK);
  g_assert_true (find_page (window, HD_TYPE_OPINIONS_PAGE) == opinions);
  g_assert_true (gtk_widget_get_mapped (opinions));
  hd_gui_test_close_all_windows (app);
}

/* The demo county is written outside the history: the areas the clerk looked at while the
 * database was empty read it once it is made. */
static void
test_demo_read_by_areas_seen (void)
{
  g_autofree char *dir = hd_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "new.db", NULL);
  GtkWindow *window;
  HdOpinionsPage *opinions;
  HdLedgerPage *ledger;
  GListModel *opinion_rows;

  window = hd_gui_test_open_window (app, path);
  g_assert_true (hd_window_get_showing_first_run (HD_WINDOW (window)));
  press_bound_key (window, GDK_KEY_3, GDK_ALT_MASK);
  opinions = HD_OPINIONS_PAGE (find_page (window, HD_TYPE_OPINIONS_PAGE));
  WAIT_FOR (!hd_opinions_page_get_loading (opinions));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (hd_opinions_page_get_selection (opinions))), ==, 0);
  press_bound_key (window, GDK_KEY_2, GDK_ALT_MASK);
  ledger = HD_LEDGER_PAGE (find_page (window, HD_TYPE_LEDGER_PAGE));
  WAIT_FOR (!hd_ledger_page_get_loading (ledger));
  g_assert_cmpuint (g_list_model_get_n_items (hd_ledger_page_get_rows (ledger)), ==, 0);

  g_action_group_activate_action (G_ACTION_GROUP (window), "area", g_variant_new_string ("organisation"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (hd_window_get_first_run_page (HD_WINDOW (window))),
                                             "first-run.demo", NULL));
  WAIT_FOR (!hd_window_get_showing_first_run (HD_WINDOW (window)));

  WAIT_FOR (g_list_model_get_n_items (hd_ledger_page_get_rows (ledger)) > 0);
  press_bound_key (window, GDK_KEY_3, GDK_ALT_MASK);
  g_assert_true (find_page (window, HD_TYPE_OPINIONS_PAGE) == GTK_WIDGET (opinions));
  WAIT_FOR ((opinion_rows = G_LIST_MODEL (hd_opinions_page_get_selection (opinions))) != NULL &&
            g_list_model_get_n_items (opinion_rows) > 0);
  hd_gui_test_close_all_windows (app);
}

static void
test_empty_database (void)
{
  g_autofree char *dir = hd_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "new.db", NULL);
  GtkWindow *window;
  HdOrganisationPage *page;

  window = hd_gui_test_open_window (app, path);
  g_assert_true (HD_IS_WINDOW (window));
  /* It opens on the first run: the ledger and the opinions wait until they are chosen. */
  g_assert_cmpstr (hd_window_get_area (HD_WINDOW (window)), ==, "organisation");
  g_assert_true (hd_window_get_showing_first_run (HD_WINDOW (window)));
  g_assert_null (find_page (window, HD_TYPE_LEDGER_PAGE));
  g_assert_null (find_page (window, HD_TYPE_OPINIONS_PAGE));
  page = hd_window_get_organisation_page (HD_WINDOW (window));
  g_assert_true (hd_organisation_page_get_showing_empty (page));
  g_assert_null (hd_organisation_page_get_tree_selection (page));
  hd_gui_test_close_all_windows (app);
}

static void
assert_accel (const char *action,
              const char *accel)
{
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), action);
  guint key, expected_key;
  GdkModifierType mods, expected_mods;
  gboolean found = FALSE;

  /* Compared as keys, not as text: GTK writes the modifiers in an order of its own. */
  g_assert_true (gtk_accelerator_parse (accel, &expected_key, &expected_mods));
  for (guint i = 0; accels[i] != NULL; i++)
    found |= gtk_accelerator_parse (accels[i], &key, &mods) && key == expected_key && mods == expected_mods;
  g_assert_true (found);
}

static void
test_keyboard (void)
{
  g_autofree char *dir = hd_test_make_tmpdir ();
  g_autofree char *db_path = hd_gui_test_make_demo_county (dir);
  GtkWindow *window;

  assert_accel ("app.quit", "<Control>q");
  assert_accel ("window.close", "<Control>w");
  assert_accel ("win.area::organisation", "<Alt>1");
  assert_accel ("win.show-help-overlay", "<Control>question");
  assert_accel ("win.import-roster", "<Control>i");
  assert_accel ("win.import-ledger", "<Control><Shift>l");

  window = hd_gui_test_open_window (app, db_path);
  g_assert_nonnull (g_action_map_lookup_action (G_ACTION_MAP (window), "show-help-overlay"));
  g_action_group_activate_action (G_ACTION_GROUP (window), "area", g_variant_new_string ("organisation"));
  g_assert_cmpstr (hd_window_get_area (HD_WINDOW (window)), ==, "organisation");
  hd_gui_test_close_all_windows (app);
}

int
main (int   argc,
      char *argv[])
{
  /* The English msgids (test-window-chinese.c starts in Chinese). */
  app = hd_gui_test_init (&argc, &argv, TRUE);

  g_test_add_func ("/window/organisation/select-township", test_select_township);
  g_test_add_func ("/window/settings/size-saved-on-close", test_size_saved_on_close);
  g_test_add_func ("/window/open-error/not-a-database", test_not_a_database);
  g_test_add_func ("/window/organisation/empty-database", test_empty_database);
  g_test_add_func ("/window/areas/built-when-shown", test_areas_built_when_shown);
  g_test_add_func ("/window/areas/demo-read-by-areas-seen", test_demo_read_by_areas_seen);
  g_test_add_func ("/window/keyboard/accelerators", test_keyboard);
  g_test_add_func ("/window/fits-small-screen", test_fits_small_screen);
  g_test_add_func ("/window/keyboard/focus-follows-area", test_focus_follows_area);

  return hd_gui_test_run (&app);
}
