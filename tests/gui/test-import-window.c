/* test-import-window.c — the roster import's preview and the first run, in the real window
 * under a display (Xvfb in CI). The ledger's import, through the same preview, is in
 * test-ledger.c. */
#include <glib/gi18n-lib.h>

#include "hd-application.h"
#include "hd-gui-test.h"
#include "hd-test-util.h"
#include "hd-window.h"
#include "import/hd-import-command.h"
#include "import/hd-roster-import-kind.h"
#include "import/hd-roster-import.h"
#include "organisation/hd-unit-edit.h"
#include "store/hd-backup-command.h"

static HdApplication *app;

/* 示范县 with one township, 城关镇; returns the database's path. */
static char *
make_small_county (const char *dir)
{
  g_autoptr(HdStore) store = hd_test_open_store (dir, "county.db");
  g_autoptr(GError) error = NULL;
  gint64 county_id;

  county_id = hd_unit_create (store, NULL, 0, HD_UNIT_KIND_COUNTY, "示范县", NULL, &error);
  g_assert_no_error (error);
  hd_unit_create (store, NULL, county_id, HD_UNIT_KIND_TOWNSHIP, "城关镇", NULL, &error);
  g_assert_no_error (error);
  return g_strdup (hd_store_get_path (store));
}

static GFile *
write_csv (const char *dir,
           const char *name,
           const char *content)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, content, -1, &error);
  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

static gint64
count (const char *db_path,
       const char *sql)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HdStore) store = hd_store_open (db_path, &error);

  g_assert_no_error (error);
  return hd_test_query_int (store, sql);
}

/* Opens the window on a small county in a new folder, and the roster import's preview of
 * @content written there as @name; sets *@db_path and (unless NULL) *@window. */
static HdImportWindow *
open_preview (const char  *name,
              const char  *content,
              char       **db_path,
              HdWindow   **window)
{
  g_autofree char *dir = hd_test_make_tmpdir ();
  g_autoptr(GFile) file = NULL;
  HdWindow *shown;
  HdImportWindow *preview;

  *db_path = make_small_county (dir);
  file = write_csv (dir, name, content);
  shown = HD_WINDOW (hd_gui_test_open_window (app, *db_path));
  preview = hd_import_command_open (GTK_WINDOW (shown), hd_window_get_context (shown),
                                    hd_roster_import_kind (), file);
  hd_gui_test_wait_for_preview (preview);
  if (window != NULL)
    *window = shown;
  return preview;
}

static void
test_bad_row (void)
{
  g_autofree char *db_path = NULL;
  HdWindow *window = NULL;
  HdImportWindow *preview = open_preview ("bad.csv",
                                          "上级单位,单位,单位类型,姓名,性别,职务,是否党员,联系电话,备注,籍贯\n"
                                          "示范县/城关镇,王庄村,村,张三,男,村支书,是,13800000001,,山东\n"
                                          "示范县/城关镇,李庄村,庄,李四,女,主任,是,13800000002,,山东\n"
                                          "示范县/城关镇,王庄村,村,王五,男,委员,否,13800000003,,山东\n",
                                          &db_path, &window);
  GListModel *shown;
  g_autoptr(HdImportRow) bad = NULL;
  g_auto(GStrv) titles = hd_import_window_dup_column_titles (preview);
  const char * const expected_titles[] = {
    "Row", "Action", "Unit", "Name", "Gender", "Title", "Party Member", "Phone", "Reason", NULL,
  };
  static const HdGuiTestCell bad_cells[] = {
    { "Row", "3" }, { "Action", "Bad row" }, { "Unit", "示范县/城关镇/李庄村" }, { "Name", "李四" },
    { "Gender", "女" }, { "Title", "主任" }, { "Party Member", "是" }, { "Phone", "13800000002" },
    { "Reason", "unknown unit kind “庄”: write 省, 市, 县, 镇, 街道, 村, 社区, 县直部门 or 其他" },
  };
  static const HdGuiTestCell good_cells[] = {
    { "Row", "4" }, { "Action", "Add" }, { "Unit", "示范县/城关镇/王庄村" }, { "Gender", "Male" },
    { "Party Member", "No" }, { "Reason", NULL },
  };
  static const HdGuiTestCell new_unit_cells[] = {
    { "Row", "2" }, { "Unit", "示范县/城关镇/王庄村 (new)" }, { "Party Member", "Yes" },
  };
  gpointer weak = preview;

  g_assert_null (hd_import_window_get_error (preview));
  g_assert_nonnull (hd_import_window_get_import (preview));
  g_assert_false (gtk_widget_get_sensitive (hd_import_window_get_import_button (preview)));
  g_assert_cmpstr (hd_import_window_get_ignored_text (preview), ==, "These columns are not imported: 备注, 籍贯");
  g_assert_nonnull (strstr (hd_import_window_get_summary (preview), "2 to add"));
  g_assert_nonnull (strstr (hd_import_window_get_summary (preview), "1 bad rows"));

  shown = hd_import_window_get_shown_rows (preview);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 3);
  hd_import_window_set_bad_only (preview, TRUE);
  WAIT_FOR (g_list_model_get_n_items (shown) == 1);
  bad = g_list_model_get_item (shown, 0);
  g_assert_cmpuint (hd_import_row_get_number (bad), ==, 3);
  g_assert_cmpint (hd_import_row_get_action (bad), ==, HD_IMPORT_ACTION_BAD);
  g_assert_nonnull (strstr (hd_import_row_get_reason (bad), "“庄”"));

  /* The cells of the bad row: its number as the spreadsheet shows it, the word, the reason, and
   * what the file says where the row was not read as far (not 否 for a 是 the file has). */
  g_assert_true (g_strv_equal ((const char * const *) titles, expected_titles));
  hd_gui_test_assert_cells (preview, 0, bad_cells, G_N_ELEMENTS (bad_cells));
  hd_import_window_set_bad_only (preview, FALSE);
  WAIT_FOR (g_list_model_get_n_items (shown) == 3);
  /* A good row shows what the import writes. */
  hd_gui_test_assert_cells (preview, 2, good_cells, G_N_ELEMENTS (good_cells));
  hd_gui_test_assert_cells (preview, 0, new_unit_cells, G_N_ELEMENTS (new_unit_cells));

  /* The action refuses too, not only the button; Cancel writes nothing. */
  gtk_widget_activate_action (GTK_WIDGET (preview), "import.apply", NULL);
  g_object_add_weak_pointer (G_OBJECT (preview), &weak);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (preview), "import.cancel", NULL));
  WAIT_FOR (weak == NULL);
  g_assert_cmpint (count (db_path, "SELECT count(*) FROM person"), ==, 0);
  g_assert_cmpint (count (db_path, "SELECT count(*) FROM unit"), ==, 2);
  g_assert_null (hd_window_get_notification (window));
  hd_gui_test_close_all_windows (app);
}

static void
test_unreadable (void)
{
  g_autofree char *db_path = NULL;
  HdImportWindow *preview = open_preview ("names.csv", "名字,电话\n张三,13800000001\n", &db_path, NULL);

  g_assert_null (hd_import_window_get_import (preview));
  g_assert_nonnull (strstr (hd_import_window_get_error (preview), "单位"));
  g_assert_false (gtk_widget_get_sensitive (hd_import_window_get_import_button (preview)));
  hd_gui_test_close_all_windows (app);
}

static void
test_import_and_undo (void)
{
  g_autofree char *db_path = NULL;
  HdWindow *window = NULL;
  HdImportWindow *preview = open_preview ("good.csv",
                                          "\xEF\xBB\xBF上级单位,单位,单位类型,姓名,性别,职务,是否党员,联系电话\n"
                                          "示范县/城关镇,王庄村,村,张三,男,村支书,是,13800000001\n"
                                          "示范县/城关镇,王庄村,村,王五,女,委员,否,13800000003\n"
                                          "示范县,城关镇,,赵六,男,镇长,是,13800000004\n",
                                          &db_path, &window);
  GtkWidget *button = hd_import_window_get_import_button (preview);
  gpointer weak = preview;

  g_assert_null (hd_import_window_get_ignored_text (preview));
  g_assert_true (gtk_widget_get_sensitive (button));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, "_Import 3 Rows");

  g_object_add_weak_pointer (G_OBJECT (preview), &weak);
  g_signal_emit_by_name (button, "clicked");
  WAIT_FOR (weak == NULL);

  g_assert_cmpint (count (db_path, "SELECT count(*) FROM unit"), ==, 3);
  g_assert_cmpint (count (db_path, "SELECT count(*) FROM person"), ==, 3);
  g_assert_cmpint (count (db_path, "SELECT count(*) FROM person p JOIN unit u ON u.id = p.unit_id "
                                   "WHERE u.name = '王庄村' AND u.kind = 'village' "
                                   "AND p.name IN ('张三', '王五')"), ==, 2);
  g_assert_cmpint (count (db_path, "SELECT count(*) FROM person p JOIN unit u ON u.id = p.unit_id "
                                   "WHERE u.name = '城关镇' AND p.name = '赵六' AND p.phone = '13800000004'"), ==, 1);
  g_assert_nonnull (strstr (hd_window_get_notification (window), "Imported 3 rows"));

  /* One undo takes the whole import back, and redo brings it again. */
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "undo"));
  g_action_group_activate_action (G_ACTION_GROUP (window), "undo", NULL);
  g_assert_cmpint (count (db_path, "SELECT count(*) FROM person"), ==, 0);
  g_assert_cmpint (count (db_path, "SELECT count(*) FROM unit"), ==, 2);
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "undo"));
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "redo"));
  g_action_group_activate_action (G_ACTION_GROUP (window), "redo", NULL);
  g_assert_cmpint (count (db_path, "SELECT count(*) FROM person"), ==, 3);
  hd_gui_test_close_all_windows (app);
}

/* A window on a new, empty database at *@db_path: it shows the first run. */
static HdWindow *
open_new_database (char **db_path)
{
  g_autofree char *dir = hd_test_make_tmpdir ();

  *db_path = g_build_filename (dir, "new.db", NULL);
  return HD_WINDOW (hd_gui_test_open_window (app, *db_path));
}

static void
test_first_run_create_county (void)
{
  g_autofree char *db_path = NULL;
  HdWindow *window = open_new_database (&db_path);
  HdFirstRunPage *first_run = hd_window_get_first_run_page (window);
  HdOrganisationPage *page;
  GtkSingleSelection *selection;
  GListModel *tree;
  g_autoptr(GtkTreeListRow) county_row = NULL;
  g_autoptr(HdUnit) county = NULL;

  g_assert_true (hd_window_get_showing_first_run (window));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (first_run)));
  g_assert_cmpstr (hd_first_run_page_get_step (first_run), ==, "choice");
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "undo"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (first_run), "first-run.show-form", NULL));
  g_assert_cmpstr (hd_first_run_page_get_step (first_run), ==, "create");
  gtk_editable_set_text (hd_first_run_page_get_name_entry (first_run), "测试县");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (hd_first_run_page_get_subunits_view (first_run)),
                            "东关镇\n\n  城西街道 \n", -1);
  /* Enter in the name entry is the form's main button. */
  g_signal_emit_by_name (hd_first_run_page_get_name_entry (first_run), "activate");
  g_assert_null (hd_first_run_page_get_error (first_run));
  WAIT_FOR (!hd_window_get_showing_first_run (window));

  g_assert_cmpint (count (db_path, "SELECT count(*) FROM unit WHERE kind = 'county' AND name = '测试县'"), ==, 1);
  g_assert_cmpint (count (db_path, "SELECT count(*) FROM unit u JOIN unit c ON c.id = u.parent_id "
                                   "WHERE c.name = '测试县' AND ((u.name = '东关镇' AND u.kind = 'township') "
                                   "OR (u.name = '城西街道' AND u.kind = 'street'))"), ==, 2);

  page = hd_window_get_organisation_page (window);
  g_assert_false (hd_organisation_page_get_showing_empty (page));
  selection = hd_organisation_page_get_tree_selection (page);
  g_assert_nonnull (selection);
  tree = gtk_single_selection_get_model (selection);
  WAIT_FOR (g_list_model_get_n_items (tree) == 3);
  county_row = g_list_model_get_item (tree, 0);
  county = gtk_tree_list_row_get_item (county_row);
  g_assert_cmpstr (hd_unit_get_name (county), ==, "测试县");
  g_assert_true (gtk_tree_list_row_get_expanded (county_row));
  g_assert_cmpuint (g_list_model_get_n_items (gtk_tree_list_row_get_children (county_row)), ==, 2);

  /* The set-up is one edit: undo empties the database and the first run is back. */
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "undo"));
  g_action_group_activate_action (G_ACTION_GROUP (window), "undo", NULL);
  g_assert_cmpint (count (db_path, "SELECT count(*) FROM unit"), ==, 0);
  WAIT_FOR (hd_window_get_showing_first_run (window));
  g_assert_cmpstr (hd_first_run_page_get_step (first_run), ==, "choice");
  hd_gui_test_close_all_windows (app);
}

static void
test_first_run_needs_name (void)
{
  g_autofree char *db_path = NULL;
  HdWindow *window = open_new_database (&db_path);
  HdFirstRunPage *first_run = hd_window_get_first_run_page (window);

  gtk_widget_activate_action (GTK_WIDGET (first_run), "first-run.show-form", NULL);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (hd_first_run_page_get_subunits_view (first_run)),
                            "东关镇\n东关镇\n", -1);
  /* Without a name the button does nothing; a name listed twice is refused. */
  gtk_widget_activate_action (GTK_WIDGET (first_run), "first-run.create", NULL);
  g_assert_cmpint (count (db_path, "SELECT count(*) FROM unit"), ==, 0);
  gtk_editable_set_text (hd_first_run_page_get_name_entry (first_run), "测试县");
  gtk_widget_activate_action (GTK_WIDGET (first_run), "first-run.create", NULL);
  g_assert_nonnull (strstr (hd_first_run_page_get_error (first_run), "东关镇"));
  g_assert_cmpint (count (db_path, "SELECT count(*) FROM unit"), ==, 0);
  g_assert_true (hd_window_get_showing_first_run (window));
  hd_gui_test_close_all_windows (app);
}

static void
test_databases (void)
{
  g_autofree char *dir = hd_test_make_tmpdir ();
  g_autofree char *db_path = make_small_county (dir);
  g_autofree char *other_path = g_build_filename (dir, "other.db", NULL);
  g_autofree char *not_db = g_build_filename (dir, "minutes.db", NULL);
  g_autofree char *copy_path = g_build_filename (dir, "copy.db", NULL);
  g_autofree char *name = NULL;
  g_autoptr(GFile) copy = g_file_new_for_path (copy_path);
  g_autoptr(GFile) self_file = g_file_new_for_path (db_path);
  g_autoptr(GError) error = NULL;
  g_autofree char *after = NULL;
  HdWindow *window = HD_WINDOW (hd_gui_test_open_window (app, db_path));
  HdWindow *other;
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 30, G_DATE_SEPTEMBER, 2014);
  hd_context_set_today (hd_window_get_context (window), &today);
  name = hd_backup_command_propose_name (hd_window_get_context (window));
  g_assert_cmpstr (name, ==, "county-backup-2014-09-30.db");

  g_assert_true (hd_backup_command_write_to (hd_window_get_context (window), copy, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (copy_path, "SELECT count(*) FROM unit"), ==, 2);
  g_assert_false (hd_backup_command_write_to (hd_window_get_context (window), self_file, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_clear_error (&error);

  /* A new database opens in a window of its own, at the first run. */
  other = hd_application_open_database (app, other_path, TRUE, &error);
  g_assert_no_error (error);
  g_assert_true (other != window);
  WAIT_FOR (gtk_widget_get_mapped (GTK_WIDGET (other)));
  g_assert_true (hd_window_get_showing_first_run (other));
  g_assert_false (hd_window_get_showing_first_run (window));
  /* … and a new database never replaces a file. */
  g_assert_null (hd_application_open_database (app, copy_path, TRUE, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_clear_error (&error);
  /* Opening a database that is open shows its window. */
  g_assert_true (hd_application_open_database (app, other_path, FALSE, &error) == other);

  /* A file that is not a database is refused and left as it was. */
  g_file_set_contents (not_db, "not a database", -1, &error);
  g_assert_no_error (error);
  g_assert_null (hd_application_open_database (app, not_db, FALSE, &error));
  g_assert_error (error, HD_STORE_ERROR, HD_STORE_ERROR_NOT_DATABASE);
  /* Chosen from a window's menu, the file is refused in the window it was chosen in. */
  g_signal_emit_by_name (window, "open-database", not_db, FALSE);
  g_assert_cmpstr (hd_window_get_notification (window), ==, error->message);
  g_assert_null (hd_window_get_notification (other));
  g_file_get_contents (not_db, &after, NULL, NULL);
  g_assert_cmpstr (after, ==, "not a database");
  hd_gui_test_close_all_windows (app);
}

static void
assert_accel (const char *action,
              const char *accel)
{
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), action);

  g_assert_true (g_strv_contains ((const char * const *) accels, accel));
}

static void
test_accelerators (void)
{
  assert_accel ("win.undo", "<Control>z");
  assert_accel ("win.redo", "<Shift><Control>z");
  assert_accel ("win.redo", "<Control>y");
  assert_accel ("win.import-roster", "<Control>i");
  assert_accel ("win.new-database", "<Shift><Control>n");
  assert_accel ("win.open-database", "<Control>o");
  assert_accel ("win.backup", "<Shift><Control>s");
}

int
main (int   argc,
      char *argv[])
{
  app = hd_gui_test_init (&argc, &argv, TRUE);

  g_test_add_func ("/import-window/preview/bad-row", test_bad_row);
  g_test_add_func ("/import-window/preview/unreadable", test_unreadable);
  g_test_add_func ("/import-window/import/undo", test_import_and_undo);
  g_test_add_func ("/import-window/first-run/create-county", test_first_run_create_county);
  g_test_add_func ("/import-window/first-run/needs-name", test_first_run_needs_name);
  g_test_add_func ("/import-window/file/databases", test_databases);
  g_test_add_func ("/import-window/keyboard/accelerators", test_accelerators);

  return hd_gui_test_run (&app);
}
