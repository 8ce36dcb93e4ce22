/* test-exchange.c — exchange packages in the real window: the Offices window lists a lower office
 * registered here; a township that joined its county receives the county's package through the
 * Receive Package window: the preview's exact counts before anything is written, the package
 * received as one edit that Undo takes back, and a package with a changed byte refused, changing
 * nothing. The Send Package window shows what the next package holds. */
#include <string.h>
#include <glib/gi18n-lib.h>

#include "exchange/hd-exchange-commands.h"
#include "exchange/hd-exchange-receive.h"
#include "exchange/hd-exchange-send.h"
#include "exchange/hd-exchange-text.h"
#include "exchange/hd-offices-window.h"
#include "exchange/hd-send-window.h"
#include "hd-gui-test.h"
#include "hd-test-util.h"
#include "hd-window.h"
#include "organisation/hd-unit-edit.h"

static HdApplication *app;

typedef struct {
  char *dir;
  char *county_path;
  char *township_path;
  char *key_path;
  char *package_path;    /* the county's first package for the street */
  char *upward_path;     /* the street's first package for the county */
} Offices;

static void
offices_clear (Offices *offices)
{
  g_free (offices->dir);
  g_free (offices->county_path);
  g_free (offices->township_path);
  g_free (offices->key_path);
  g_free (offices->package_path);
  g_free (offices->upward_path);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Offices, offices_clear)

/* The demo county registers its street 兴坪街道 (520921001) as a lower office; the street joins on
 * a new database with the key file; the county writes its first package for it; the street adds
 * a community, 新建社区, and writes its first package for the county. */
static void
offices_make (Offices *offices)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HdStore) county = NULL;
  g_autoptr(HdStore) township = NULL;
  g_autoptr(HdOffice) lower = NULL;
  g_autofree char *code = NULL;
  HdExchangeReceipt receipt = { 0 };
  HdExchangeCounts counts;
  gint64 unit;

  offices->dir = hd_test_make_tmpdir ();
  offices->county_path = hd_gui_test_make_demo_county (offices->dir);
  offices->township_path = g_build_filename (offices->dir, "township.db", NULL);
  offices->key_path = g_build_filename (offices->dir, "street.hdk", NULL);
  offices->package_path = g_build_filename (offices->dir, "county-1.hdx", NULL);

  county = hd_store_open (offices->county_path, &error);
  g_assert_no_error (error);
  unit = hd_test_query_int (county, "SELECT id FROM unit WHERE code = '520921001'");
  g_assert_true (hd_office_register (county, unit, offices->key_path, &code, &error));
  g_assert_no_error (error);
  township = hd_store_open (offices->township_path, &error);
  g_assert_no_error (error);
  g_assert_true (hd_exchange_join (township, offices->key_path, &receipt, &error));
  g_assert_no_error (error);
  hd_exchange_receipt_clear (&receipt);
  lower = hd_office_find_by_unit (county, unit, &error);
  g_assert_no_error (error);
  g_assert_true (hd_exchange_send (county, lower, FALSE, FALSE, offices->package_path, &counts, &error));
  g_assert_no_error (error);

  offices->upward_path = g_build_filename (offices->dir, "street-1.hdx", NULL);
  {
    g_autoptr(HdOffice) upper = hd_office_find_upper (township, &error);
    gint64 street = hd_test_query_int (township, "SELECT id FROM unit WHERE code = '520921001'");

    g_assert_no_error (error);
    g_assert_cmpint (hd_unit_create (township, NULL, street, HD_UNIT_KIND_COMMUNITY, "新建社区", NULL, &error), >, 0);
    g_assert_no_error (error);
    g_assert_true (hd_exchange_send (township, upper, FALSE, FALSE, offices->upward_path, &counts, &error));
    g_assert_no_error (error);
  }
}

static char *
township_figures (HdStore *store)
{
  return hd_test_query_text (store, "SELECT (SELECT count(*) FROM notice) || ' ' || (SELECT count(*) FROM notice_task)"
                                    " || ' ' || (SELECT count(*) FROM accountability)"
                                    " || ' ' || (SELECT count(*) FROM notice WHERE replied IS NOT NULL)");
}

static const char * const expected_lines[] = {
  "Supervision notices: 7 added, 0 changed, 0 deleted",
  "Tasks in notices: 7 added, 0 changed, 0 deleted",
  "Notice reminders: 5 added, 0 changed, 0 deleted",
  "Notice replies: 0 added, 3 changed, 0 deleted",
  "Accountability records: 1 added, 0 changed, 0 deleted",
  "Tasks and notices of accountability records: 2 added, 0 changed, 0 deleted",
  NULL
};

static const char * const upward_lines[] = {
  "Units: 1 added, 0 changed, 0 deleted",
  NULL
};

static char *
county_figures (HdStore *store)
{
  return hd_test_query_text (store, "SELECT (SELECT count(*) FROM unit) || ' ' || (SELECT count(*) FROM unit WHERE name = '新建社区')"
                                    " || ' ' || (SELECT count(*) FROM person) || ' ' || (SELECT count(*) FROM opinion)");
}

/* The county receives the street's first package: whole, as every first package is. */
static void
test_receive (void)
{
  g_auto(Offices) offices = { 0 };
  g_auto(GStrv) lines = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *undone = NULL;
  g_autoptr(GFile) file = NULL;
  HdReceiveWindow *receive;
  HdStore *store;
  HdHistory *history;
  GtkWindow *window;

  offices_make (&offices);
  window = hd_gui_test_open_window (app, offices.county_path);
  g_assert_true (HD_IS_WINDOW (window));
  store = hd_context_get_store (hd_window_get_context (HD_WINDOW (window)));
  history = hd_context_get_history (hd_window_get_context (HD_WINDOW (window)));
  before = county_figures (store);

  /* The preview: exact counts, and nothing written. */
  file = g_file_new_for_path (offices.upward_path);
  receive = hd_exchange_commands_open_package (window, hd_window_get_context (HD_WINDOW (window)), file);
  g_object_add_weak_pointer (G_OBJECT (receive), (gpointer *) &receive);
  WAIT_FOR (g_strcmp0 (hd_receive_window_get_state (receive), "loading") != 0);
  g_assert_cmpstr (hd_receive_window_get_state (receive), ==, "preview");
  g_assert_cmpstr (hd_receive_window_get_heading (receive), ==, "Package 1 from “兴坪街道”");
  lines = hd_receive_window_dup_lines (receive);
  g_assert_cmpstrv (lines, upward_lines);
  {
    g_autofree char *now = county_figures (store);

    g_assert_cmpstr (now, ==, before);
  }
  g_assert_false (hd_history_can_undo (history));

  /* Received: one edit, the window's notification says so. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (receive), "receive.apply", NULL));
  WAIT_FOR (receive == NULL);
  after = county_figures (store);
  g_assert_cmpstr (before, ==, "1009 0 18124 19048");
  g_assert_cmpstr (after, ==, "1010 1 18124 19048");
  g_assert_cmpstr (hd_window_get_notification (HD_WINDOW (window)), ==, "Package 1 from “兴坪街道” is received: 1 record changed. Undo takes it back.");
  g_assert_cmpstr (hd_history_get_undo_label (history), ==, "Receive package from “兴坪街道”");
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (window)));

  /* Undo (Ctrl+Z, the application's accelerator) takes the whole package back. */
  {
    g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "win.undo");

    g_assert_cmpstr (accels[0], ==, "<Control>z");
  }
  g_action_group_activate_action (G_ACTION_GROUP (window), "undo", NULL);
  undone = county_figures (store);
  g_assert_cmpstr (undone, ==, before);
  g_assert_false (hd_history_can_undo (history));
  hd_gui_test_close_all_windows (app);
}

/* The street previews the county's first package: what an upper office issued there. */
static void
test_preview_down (void)
{
  g_auto(Offices) offices = { 0 };
  g_auto(GStrv) lines = NULL;
  g_autoptr(GFile) file = NULL;
  HdReceiveWindow *receive;
  GtkWindow *window;

  offices_make (&offices);
  window = hd_gui_test_open_window (app, offices.township_path);
  file = g_file_new_for_path (offices.package_path);
  receive = hd_exchange_commands_open_package (window, hd_window_get_context (HD_WINDOW (window)), file);
  WAIT_FOR (g_strcmp0 (hd_receive_window_get_state (receive), "loading") != 0);
  g_assert_cmpstr (hd_receive_window_get_state (receive), ==, "preview");
  g_assert_cmpstr (hd_receive_window_get_heading (receive), ==, "Package 1 from “隆岗县”");
  lines = hd_receive_window_dup_lines (receive);
  g_assert_cmpstrv (lines, expected_lines);
  hd_gui_test_close_all_windows (app);
}

/* A changed byte: the preview shows the refusal, nothing can be received, nothing changes. */
static void
test_changed_byte (void)
{
  g_auto(Offices) offices = { 0 };
  g_autofree char *damaged_path = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  HdReceiveWindow *receive;
  HdStore *store;
  GtkWindow *window;
  gsize length;

  offices_make (&offices);
  g_assert_true (g_file_get_contents (offices.package_path, &contents, &length, &error));
  g_assert_no_error (error);
  contents[length / 2] ^= 0x01;
  damaged_path = g_build_filename (offices.dir, "damaged.hdx", NULL);
  g_assert_true (g_file_set_contents (damaged_path, contents, length, &error));
  g_assert_no_error (error);

  window = hd_gui_test_open_window (app, offices.township_path);
  store = hd_context_get_store (hd_window_get_context (HD_WINDOW (window)));
  before = township_figures (store);
  file = g_file_new_for_path (damaged_path);
  receive = hd_exchange_commands_open_package (window, hd_window_get_context (HD_WINDOW (window)), file);
  WAIT_FOR (g_strcmp0 (hd_receive_window_get_state (receive), "loading") != 0);
  g_assert_cmpstr (hd_receive_window_get_state (receive), ==, "refused");
  g_assert_cmpstr (hd_receive_window_get_refusal (receive), ==,
                   "The package “damaged.hdx” is incomplete or damaged (it may have been cut short while it was copied). "
                   "Ask the sending office to send it again.");
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (receive), "receive.apply", NULL)
                  && g_strcmp0 (hd_receive_window_get_state (receive), "applying") == 0);
  after = township_figures (store);
  g_assert_cmpstr (after, ==, before);
  g_assert_false (hd_history_can_undo (hd_context_get_history (hd_window_get_context (HD_WINDOW (window)))));
  hd_gui_test_close_all_windows (app);
}

/* The county's Offices window lists the street with its key; Send Package shows the counts of
 * its next package, which the test works out the same way with the core. */
static void
test_offices_and_send (void)
{
  g_auto(Offices) offices = { 0 };
  g_auto(GStrv) rows = NULL;
  g_auto(GStrv) lines = NULL;
  g_auto(GStrv) expected = NULL;
  g_autofree char *fingerprint = NULL;
  g_autofree char *name = NULL;
  HdOfficesWindow *list;
  HdSendWindow *send;
  HdStore *store;
  GtkWindow *window;

  offices_make (&offices);
  window = hd_gui_test_open_window (app, offices.county_path);
  store = hd_context_get_store (hd_window_get_context (HD_WINDOW (window)));
  {
    g_autoptr(GPtrArray) all = hd_office_list (store, NULL);
    HdOffice *lower = g_ptr_array_index (all, 0);
    g_autoptr(HdPackage) package = NULL;
    HdExchangeCounts counts;

    g_assert_cmpuint (all->len, ==, 1);
    fingerprint = hd_office_key_fingerprint (lower->key);
    package = hd_exchange_build (store, lower, TRUE, FALSE, &counts, NULL);
    expected = hd_exchange_text_count_lines (&counts);
  }

  g_action_group_activate_action (G_ACTION_GROUP (window), "offices", NULL);
  list = hd_gui_test_find_toplevel (HD_TYPE_OFFICES_WINDOW);
  g_assert_nonnull (list);
  WAIT_FOR (!hd_offices_window_get_busy (list));
  rows = hd_offices_window_dup_rows (list);
  g_assert_cmpuint (g_strv_length (rows), ==, 1);
  g_assert_true (g_str_has_prefix (rows[0], "兴坪街道 · lower office\nUnit: 隆岗县/兴坪街道\nKey "));
  g_assert_true (g_str_has_suffix (rows[0], "\nLast package received: none yet\nNext package: 25 records to send"));
  g_assert_nonnull (strstr (rows[0], fingerprint));
  g_assert_nonnull (strstr (rows[0], "Last package sent: 1, on "));
  gtk_window_destroy (GTK_WINDOW (list));

  g_action_group_activate_action (G_ACTION_GROUP (window), "send-package", NULL);
  send = hd_gui_test_find_toplevel (HD_TYPE_SEND_WINDOW);
  g_assert_nonnull (send);
  WAIT_FOR (!hd_send_window_get_busy (send));
  g_assert_cmpstr (hd_send_window_get_summary (send), ==,
                   "Package 2 for “兴坪街道” will hold 25 records. Confidential content is left out.");
  hd_send_window_set_choice (send, 0, TRUE, FALSE);
  WAIT_FOR (!hd_send_window_get_busy (send));
  lines = hd_send_window_dup_lines (send);
  g_assert_cmpstrv (lines, expected);
  g_assert_cmpstr (lines[0], ==, "Supervision notices: 7 added, 0 changed, 0 deleted");
  name = hd_send_window_dup_file_name (send);
  g_assert_cmpstr (name, ==, "隆岗县-to-兴坪街道-2.hdx");
  hd_gui_test_close_all_windows (app);
}

int
main (int   argc,
      char *argv[])
{
  app = hd_gui_test_init (&argc, &argv, TRUE);
  g_test_add_func ("/exchange/receive", test_receive);
  g_test_add_func ("/exchange/preview-down", test_preview_down);
  g_test_add_func ("/exchange/changed-byte", test_changed_byte);
  g_test_add_func ("/exchange/offices-and-send", test_offices_and_send);
  return hd_gui_test_run (&app);
}
