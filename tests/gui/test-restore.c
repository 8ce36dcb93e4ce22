/* test-restore.c — Restore from Backup and the update of an older database, in the real window:
 * the copies listed with their day, kind and figures; a restore asked for, the window reopened
 * on exactly what the copy holds, the database as it was kept; an older database opened with a
 * window that shows each step of its update, then the main window on the updated database. */
#include <glib/gi18n-lib.h>

#include "backup/hd-backup.h"
#include "common/hd-question-window.h"
#include "hd-gui-test.h"
#include "hd-test-util.h"
#include "hd-window.h"
#include "organisation/hd-unit-edit.h"
#include "store/hd-progress-window.h"
#include "store/hd-restore-window.h"
#include "store/hd-schema.h"

static HdApplication *app;

static gboolean
is_restore_button (GtkWidget     *widget,
                   gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), "_Restore…") == 0;
}

static char *
figures (HdStore *store)
{
  return hd_test_query_text (store, "SELECT (SELECT count(*) FROM unit) || ' ' || (SELECT count(*) FROM person)"
                                    " || ' ' || (SELECT count(*) FROM task)");
}

static void
test_restore (void)
{
  g_autofree char *dir = hd_test_make_tmpdir ();
  g_autofree char *db_path = hd_gui_test_make_demo_county (dir);
  g_autofree char *copy_path = NULL;
  g_autofree char *figures_of_copy = NULL;
  g_autofree char *figures_changed = NULL;
  g_autofree char *figures_restored = NULL;
  g_autofree char *expected_row = NULL;
  g_autoptr(GPtrArray) copies = NULL;
  GtkWindow *window, *restored;
  HdRestoreWindow *restore;
  HdQuestionWindow *question;
  gint64 county_id;

  /* A copy asked for, then a change after it: a new township. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(HdStore) store = hd_store_open (db_path, &error);
    g_autoptr(GDateTime) when = g_date_time_new_local (2014, 6, 15, 9, 30, 0);

    g_assert_no_error (error);
    copy_path = hd_backup_take (hd_store_get_db (store), db_path, when, HD_BACKUP_MANUAL, TRUE, &error);
    g_assert_no_error (error);
    figures_of_copy = figures (store);
    county_id = hd_test_query_int (store, "SELECT id FROM unit WHERE parent_id IS NULL");
    hd_unit_create (store, NULL, county_id, HD_UNIT_KIND_TOWNSHIP, "新建镇", NULL, &error);
    g_assert_no_error (error);
    figures_changed = figures (store);
    g_assert_cmpstr (figures_changed, !=, figures_of_copy);
  }

  window = hd_gui_test_open_window (app, db_path);
  g_assert_true (HD_IS_WINDOW (window));
  /* The day's copy (taken as the window opens) is listed above the one asked for. */
  WAIT_FOR (!hd_application_get_backup_running (app));
  g_action_group_activate_action (G_ACTION_GROUP (window), "restore-backup", NULL);
  restore = hd_gui_test_find_toplevel (HD_TYPE_RESTORE_WINDOW);
  g_assert_nonnull (restore);
  g_assert_cmpuint (hd_restore_window_get_n_copies (restore), ==, 2);
  copies = hd_backup_list (db_path);
  g_assert_cmpstr (((HdBackupCopy *) g_ptr_array_index (copies, 1))->path, ==, copy_path);
  {
    g_auto(GStrv) numbers = g_strsplit (figures_of_copy, " ", -1);
    g_autofree char *size = g_format_size (((HdBackupCopy *) g_ptr_array_index (copies, 1))->size);
    g_autofree char *row = hd_restore_window_dup_row_text (restore, 1);

    expected_row = g_strdup_printf ("2014-06-15 09:30 · Copy made on request or before a restore\n"
                                    "%s units, %s people, %s tasks · %s on disk", numbers[0], numbers[1], numbers[2], size);
    g_assert_cmpstr (row, ==, expected_row);
  }

  /* Restore the copy asked for: asked first, then the window opens again on the copy. */
  hd_restore_window_select (restore, 1);
  g_signal_emit_by_name (hd_gui_test_find_widget_where (GTK_WIDGET (restore), is_restore_button, NULL), "clicked");
  question = hd_gui_test_find_toplevel (HD_TYPE_QUESTION_WINDOW);
  g_assert_nonnull (question);
  g_assert_cmpstr (hd_question_window_get_heading (question), ==, "Restore the Copy of 2014-06-15 09:30?");
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  g_signal_emit_by_name (question, "confirmed");

  /* The window lets go of the database, a window shows the restore, then the main window again. */
  WAIT_FOR (window == NULL);
  WAIT_FOR (hd_gui_test_find_toplevel (HD_TYPE_WINDOW) != NULL && hd_gui_test_find_toplevel (HD_TYPE_PROGRESS_WINDOW) == NULL);
  restored = hd_gui_test_find_toplevel (HD_TYPE_WINDOW);
  figures_restored = figures (hd_context_get_store (hd_window_get_context (HD_WINDOW (restored))));
  g_assert_cmpstr (figures_restored, ==, figures_of_copy);
  g_assert_cmpstr (hd_window_get_notification (HD_WINDOW (restored)), ==,
                   "The backup copy is restored. The database as it was is kept as a copy of its own: Restore from Backup lists it.");

  /* The database as it was is the newest copy, and holds the new township. */
  g_clear_pointer (&copies, g_ptr_array_unref);
  copies = hd_backup_list (db_path);
  g_assert_cmpuint (copies->len, ==, 3);
  {
    HdBackupCopy *kept = g_ptr_array_index (copies, 0);
    g_auto(GStrv) numbers = g_strsplit (figures_changed, " ", -1);

    g_assert_cmpint (kept->kind, ==, HD_BACKUP_MANUAL);
    g_assert_cmpint (kept->units, ==, g_ascii_strtoll (numbers[0], NULL, 10));
  }
  hd_gui_test_close_all_windows (app);
}

/* The demo county in data format 13: format 14's triggers and tables dropped. */
static void
make_format_13 (const char *db_path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HdStore) store = hd_store_open (db_path, &error);
  g_autofree char *triggers = NULL;
  g_autofree char *tables = NULL;
  g_autofree char *sql = NULL;

  g_assert_no_error (error);
  triggers = hd_test_query_text (store, "SELECT group_concat ('DROP TRIGGER ' || name, ';') FROM sqlite_schema"
                                        " WHERE type = 'trigger' AND name LIKE 'tally%'");
  tables = hd_test_query_text (store, "SELECT group_concat ('DROP TABLE ' || name, ';') FROM sqlite_schema"
                                      " WHERE type = 'table' AND name LIKE 'tally%'");
  sql = g_strdup_printf ("%s;%s;" HD_TEST_DROP_FORMAT_15 ";PRAGMA user_version = 13", triggers, tables);
  hd_test_exec (store, sql);
}

static void
step_shown (GtkProgressBar *bar,
            GParamSpec     *pspec,
            GPtrArray      *steps)
{
  g_ptr_array_add (steps, g_strdup (gtk_progress_bar_get_text (bar)));
}

static void
test_update_with_progress (void)
{
  g_autofree char *dir = hd_test_make_tmpdir ();
  g_autofree char *db_path = hd_gui_test_make_demo_county (dir);
  g_autoptr(GPtrArray) steps = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(HdStore) store = NULL;
  g_autofree char *joined = NULL;
  HdProgressWindow *progress;
  GtkWidget *bar;
  GtkWindow *window;

  make_format_13 (db_path);
  hd_application_set_db_path (app, db_path);
  g_application_activate (G_APPLICATION (app));
  /* At once a window that says what is being done. */
  progress = hd_gui_test_find_toplevel (HD_TYPE_PROGRESS_WINDOW);
  g_assert_nonnull (progress);
  g_assert_null (hd_gui_test_find_toplevel (HD_TYPE_WINDOW));
  bar = hd_gui_test_find_widget (GTK_WIDGET (progress), GTK_TYPE_PROGRESS_BAR);
  g_signal_connect (bar, "notify::text", G_CALLBACK (step_shown), steps);

  WAIT_FOR (hd_gui_test_find_toplevel (HD_TYPE_WINDOW) != NULL);
  WAIT_FOR (hd_gui_test_find_toplevel (HD_TYPE_PROGRESS_WINDOW) == NULL);
  window = hd_gui_test_find_toplevel (HD_TYPE_WINDOW);
  g_assert_cmpint (hd_store_get_schema_version (hd_context_get_store (hd_window_get_context (HD_WINDOW (window)))), ==,
                   hd_schema_get_current_version ());
  /* Each step was shown (the first may have been shown before the test looked). */
  g_ptr_array_add (steps, NULL);
  joined = g_strjoinv ("|", (char **) steps->pdata);
  g_assert_nonnull (strstr (joined, "Counting each unit’s figures for the overview|Saving the updated database"));
  store = hd_store_open_read_only (db_path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM tally"), >, 0);
  hd_gui_test_close_all_windows (app);
}

int
main (int   argc,
      char *argv[])
{
  app = hd_gui_test_init (&argc, &argv, TRUE);
  g_test_add_func ("/restore/restore", test_restore);
  g_test_add_func ("/restore/update-with-progress", test_update_with_progress);
  return hd_gui_test_run (&app);
}
