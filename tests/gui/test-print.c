/* test-print.c — printing and exporting from the window (Xvfb in CI): the print dialog's form
 * choice and queries, the faces from the settings, Export as PDF from the ledger of the demo
 * county with the file chooser passed over, its failures, the preview's pages, and the ledger and
 * opinions exported as spreadsheets with exactly the rows shown. */
#include <glib/gi18n-lib.h>

#include "hd-application.h"
#include "hd-gui-test.h"
#include "hd-test-util.h"
#include "hd-window.h"
#include "import/hd-csv.h"
#include "ledger/hd-ledger-page.h"
#include "opinions/hd-opinions-page.h"
#include "organisation/hd-unit.h"
#include "print/hd-print-dialog.h"
#include "print/hd-print-job.h"
#include "print/hd-print-operation.h"
#include "print/hd-print-preview.h"
#include "print/hd-print-style.h"
#include "print/hd-sheet-command.h"

static HdApplication *app;

/* ---- without a display ---- */

static void
assert_families (HdStyle            *style,
                 HdFace              face,
                 const char * const *expected)
{
  const char * const *families = hd_style_get_families (style, face);

  g_assert_nonnull (families);
  g_assert_cmpuint (g_strv_length ((GStrv) families), ==, g_strv_length ((GStrv) expected));
  for (guint i = 0; expected[i] != NULL; i++)
    g_assert_cmpstr (families[i], ==, expected[i]);
}

static void
test_style (void)
{
  g_autoptr(GSettings) settings = g_settings_new ("io.github.huodongban.Huodongban");
  const char *title[] = { "方正小标宋简体", "Noto Serif CJK SC", NULL };
  const char *table[] = { "仿宋", NULL };
  g_autoptr(HdStyle) style = NULL;
  g_autoptr(HdStyle) defaults = NULL;

  /* The defaults: empty lists, the built-in faces. */
  defaults = hd_print_style_new (settings);
  for (HdFace face = HD_FACE_TITLE; face <= HD_FACE_TABLE; face++)
    assert_families (defaults, face, hd_style_default_families (face));

  g_settings_set_strv (settings, "print-title-faces", title);
  g_settings_set_strv (settings, "print-table-faces", table);
  style = hd_print_style_new (settings);
  assert_families (style, HD_FACE_TITLE, title);
  assert_families (style, HD_FACE_BODY, hd_style_default_families (HD_FACE_BODY));
  assert_families (style, HD_FACE_TABLE, table);

  g_settings_reset (settings, "print-title-faces");
  g_settings_reset (settings, "print-table-faces");
}

static void
test_choice (void)
{
  GDate today;
  HdLedgerQuery page;
  HdLedgerQuery query;
  HdPrintSource source = { .ledger = &page, .task_unit_id = 42, .task_leader = "王芳" };
  HdPrintSource nothing_selected = { .ledger = &page };
  HdPrintSource no_leader = { .ledger = &page, .task_unit_id = 42, .task_leader = "" };

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 30, G_DATE_SEPTEMBER, 2014);
  hd_ledger_query_init (&page, &today);
  page.unit_id = 7;
  page.plan = HD_TASK_PLAN_SPECIAL;
  page.kind = HD_TASK_KIND_DEADLINE;
  page.lights = 1u << HD_LIGHT_RED;
  page.overdue_only = TRUE;
  page.leader = "李建国";
  page.text = "会议";
  page.warning_days = 5;
  page.sort = HD_LEDGER_SORT_DEADLINE;
  page.descending = TRUE;

  g_assert_cmpint (hd_print_choice_get_form (HD_PRINT_CHOICE_LEDGER), ==, HD_FORM_LEDGER);
  g_assert_cmpint (hd_print_choice_get_form (HD_PRINT_CHOICE_LEADER_SHEET), ==, HD_FORM_TASK_SHEET);
  g_assert_cmpint (hd_print_choice_get_form (HD_PRINT_CHOICE_UNIT_SHEET), ==, HD_FORM_TASK_SHEET);
  g_assert_cmpint (hd_print_choice_get_form (HD_PRINT_CHOICE_PUBLIC), ==, HD_FORM_PUBLIC);

  /* The ledger: the page's query, every filter and the sort. */
  hd_print_choice_make_query (HD_PRINT_CHOICE_LEDGER, &source, &query);
  g_assert_cmpmem (&query, sizeof query, &page, sizeof page);

  /* A leader's task sheet: that leader in the unit shown, no other filter. */
  hd_print_choice_make_query (HD_PRINT_CHOICE_LEADER_SHEET, &source, &query);
  g_assert_cmpint (query.unit_id, ==, 7);
  g_assert_cmpstr (query.leader, ==, "王芳");
  g_assert_cmpint (query.plan, ==, -1);
  g_assert_cmpint (query.kind, ==, -1);
  g_assert_cmpuint (query.lights, ==, 0);
  g_assert_false (query.overdue_only);
  g_assert_null (query.text);
  g_assert_true (query.today == &today);
  g_assert_cmpuint (query.warning_days, ==, 5);

  /* A unit's task sheet: the selected task's unit, no leader. */
  hd_print_choice_make_query (HD_PRINT_CHOICE_UNIT_SHEET, &source, &query);
  g_assert_cmpint (query.unit_id, ==, 42);
  g_assert_null (query.leader);
  g_assert_cmpuint (query.lights, ==, 0);
  g_assert_null (query.text);

  /* The public notice: the whole ledger of the unit shown. */
  hd_print_choice_make_query (HD_PRINT_CHOICE_PUBLIC, &source, &query);
  g_assert_cmpint (query.unit_id, ==, 7);
  g_assert_null (query.leader);
  g_assert_cmpint (query.plan, ==, -1);
  g_assert_false (query.overdue_only);
  g_assert_null (query.text);
  g_assert_cmpuint (query.warning_days, ==, 5);

  /* Task sheets need a selected task; by leader, one that names its leader. */
  for (HdPrintChoice c = 0; c < HD_PRINT_N_CHOICES; c++)
    g_assert_true (hd_print_choice_is_possible (c, &source));
  g_assert_true (hd_print_choice_is_possible (HD_PRINT_CHOICE_LEDGER, &nothing_selected));
  g_assert_false (hd_print_choice_is_possible (HD_PRINT_CHOICE_LEADER_SHEET, &nothing_selected));
  g_assert_false (hd_print_choice_is_possible (HD_PRINT_CHOICE_UNIT_SHEET, &nothing_selected));
  g_assert_true (hd_print_choice_is_possible (HD_PRINT_CHOICE_PUBLIC, &nothing_selected));
  g_assert_false (hd_print_choice_is_possible (HD_PRINT_CHOICE_LEADER_SHEET, &no_leader));
  g_assert_true (hd_print_choice_is_possible (HD_PRINT_CHOICE_UNIT_SHEET, &no_leader));

  /* A public notice is one unit's: not of every unit. */
  page.unit_id = 0;
  g_assert_false (hd_print_choice_is_possible (HD_PRINT_CHOICE_PUBLIC, &source));
  g_assert_true (hd_print_choice_is_possible (HD_PRINT_CHOICE_LEDGER, &source));
}

/* The last print's settings come back, turned as the next form is; A4 before any print. */
static void
test_print_settings (void)
{
  g_autoptr(GSettings) settings = g_settings_new ("io.github.huodongban.Huodongban");
  g_autoptr(GtkPrintSettings) print_settings = gtk_print_settings_new ();
  g_autoptr(GtkPageSetup) page_setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) letter = gtk_paper_size_new (GTK_PAPER_NAME_LETTER);
  g_autoptr(GtkPrintSettings) loaded_settings = NULL;
  g_autoptr(GtkPageSetup) loaded_setup = NULL;
  g_autoptr(GtkPageSetup) first_setup = NULL;

  first_setup = hd_print_operation_load_page_setup (settings, GTK_PAGE_ORIENTATION_LANDSCAPE);
  g_assert_cmpstr (gtk_paper_size_get_name (gtk_page_setup_get_paper_size (first_setup)), ==, GTK_PAPER_NAME_A4);
  g_assert_cmpint (gtk_page_setup_get_orientation (first_setup), ==, GTK_PAGE_ORIENTATION_LANDSCAPE);

  gtk_print_settings_set_n_copies (print_settings, 3);
  gtk_print_settings_set_printer (print_settings, "办公室打印机");
  gtk_print_settings_set_orientation (print_settings, GTK_PAGE_ORIENTATION_PORTRAIT);
  gtk_page_setup_set_paper_size (page_setup, letter);
  gtk_page_setup_set_orientation (page_setup, GTK_PAGE_ORIENTATION_PORTRAIT);
  gtk_page_setup_set_top_margin (page_setup, 20, GTK_UNIT_MM);
  hd_print_operation_save (settings, print_settings, page_setup);

  loaded_settings = hd_print_operation_load_settings (settings, GTK_PAGE_ORIENTATION_LANDSCAPE);
  g_assert_cmpint (gtk_print_settings_get_n_copies (loaded_settings), ==, 3);
  g_assert_cmpstr (gtk_print_settings_get_printer (loaded_settings), ==, "办公室打印机");
  g_assert_cmpint (gtk_print_settings_get_orientation (loaded_settings), ==, GTK_PAGE_ORIENTATION_LANDSCAPE);
  loaded_setup = hd_print_operation_load_page_setup (settings, GTK_PAGE_ORIENTATION_LANDSCAPE);
  g_assert_cmpstr (gtk_paper_size_get_name (gtk_page_setup_get_paper_size (loaded_setup)), ==,
                   GTK_PAPER_NAME_LETTER);
  g_assert_cmpfloat_with_epsilon (gtk_page_setup_get_top_margin (loaded_setup, GTK_UNIT_MM), 20, 0.01);
  g_assert_cmpint (gtk_page_setup_get_orientation (loaded_setup), ==, GTK_PAGE_ORIENTATION_LANDSCAPE);

  g_settings_reset (settings, "print-settings");
  g_settings_reset (settings, "page-setup");
}

static void
assert_format (const char    *name,
               HdSheetFormat  format,
               const char    *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (name);
  g_autofree char *got_path = NULL;
  HdSheetFormat got;

  g_assert_true (hd_sheet_command_format_for (file, &got, &got_path));
  g_assert_cmpint (got, ==, format);
  g_assert_cmpstr (got_path, ==, path);
}

static void
test_sheet_format (void)
{
  assert_format ("/tmp/台账.xlsx", HD_SHEET_FORMAT_XLSX, "/tmp/台账.xlsx");
  assert_format ("/tmp/台账.CSV", HD_SHEET_FORMAT_CSV, "/tmp/台账.CSV");
  assert_format ("/tmp/台账.csv", HD_SHEET_FORMAT_CSV, "/tmp/台账.csv");
  assert_format ("/tmp/台账", HD_SHEET_FORMAT_XLSX, "/tmp/台账.xlsx");
  assert_format ("/tmp/台账.txt", HD_SHEET_FORMAT_XLSX, "/tmp/台账.txt.xlsx");
}

/* ---- in the window, on the demo county ---- */

typedef struct {
  char         *dir;
  char         *db_path;
  gint64        township;       /* the first township in the county's order */
  char         *township_name;
  HdWindow     *window;
  HdLedgerPage *page;
} Demo;

static void
demo_clear (Demo *demo)
{
  g_free (demo->dir);
  g_free (demo->db_path);
  g_free (demo->township_name);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Demo, demo_clear)

/* The demo county in a window, its ledger showing the first township's. */
static void
open_demo (Demo *demo)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HdStore) store = NULL;

  demo->dir = hd_test_make_tmpdir ();
  demo->db_path = hd_gui_test_make_demo_county (demo->dir);
  store = hd_store_open (demo->db_path, &error);
  g_assert_no_error (error);
  demo->township = hd_test_query_int (store, "SELECT id FROM unit WHERE kind = 'township' ORDER BY path LIMIT 1");
  demo->township_name = hd_test_query_text (store, "SELECT name FROM unit WHERE kind = 'township' "
                                                   "ORDER BY path LIMIT 1");

  demo->window = HD_WINDOW (hd_gui_test_open_window (app, demo->db_path));
  demo->page = hd_window_get_ledger_page (demo->window);
  hd_ledger_page_set_unit (demo->page, demo->township);
  WAIT_FOR (!hd_ledger_page_get_loading (demo->page));
  g_assert_cmpuint (g_list_model_get_n_items (hd_ledger_page_get_rows (demo->page)), >, 0);
}

static HdPrintDialog *
open_export_dialog (Demo *demo)
{
  HdPrintDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (demo->page), "ledger.export-pdf", NULL));
  dialog = hd_gui_test_find_toplevel (HD_TYPE_PRINT_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_cmpint (hd_print_dialog_get_choice (dialog), ==, HD_PRINT_CHOICE_LEDGER);
  return dialog;
}

/* The ledger form of what the page shows, built as the window builds it. */
static HdDocument *
build_ledger (Demo    *demo,
              GError **error)
{
  HdContext *context = hd_window_get_context (demo->window);
  g_autoptr(HdStyle) style = hd_print_style_new (hd_context_get_settings (context));
  HdFormOptions options = { .style = style };
  HdLedgerQuery query;

  hd_ledger_page_get_query (demo->page, &query);
  return hd_form_new (hd_context_get_store (context), HD_FORM_LEDGER, &query, &options, error);
}

/* Where @needle first is in the @length bytes at @data (a PDF holds NUL bytes), or NULL. */
static const char *
find_bytes (const char *data,
            gsize       length,
            const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = 0; i + n <= length; i++)
    if (memcmp (data + i, needle, n) == 0)
      return data + i;
  return NULL;
}

/* The page count of a PDF that cairo wrote: its page tree's /Count. */
static guint
pdf_page_count (const char *contents,
                gsize       length)
{
  const char *pages = find_bytes (contents, length, "/Type /Pages");
  const char *count;

  g_assert_nonnull (pages);
  count = find_bytes (pages, length - (gsize) (pages - contents), "/Count ");
  g_assert_nonnull (count);
  return (guint) g_ascii_strtoull (count + strlen ("/Count "), NULL, 10);
}

static void
test_export_pdf (void)
{
  g_auto(Demo) demo = { NULL };
  g_autoptr(HdDocument) doc = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autofree char *proposed = NULL;
  g_autofree char *expected_name = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *contents = NULL;
  gsize length;
  HdPrintDialog *dialog;
  guint n_pages;

  open_demo (&demo);
  doc = build_ledger (&demo, &error);
  g_assert_no_error (error);
  n_pages = hd_document_get_n_pages (doc);
  g_assert_cmpuint (n_pages, >, 1);

  dialog = open_export_dialog (&demo);
  proposed = hd_print_dialog_propose_name (dialog);
  expected_name = g_strdup_printf ("Rectification Ledger-%s.pdf", demo.township_name);
  g_assert_cmpstr (proposed, ==, expected_name);

  /* The file chooser's part done: the form is built in the worker, then written. */
  path = g_build_filename (demo.dir, "ledger.pdf", NULL);
  file = g_file_new_for_path (path);
  hd_print_dialog_export_to (dialog, file);
  g_assert_true (hd_print_dialog_get_busy (dialog));
  WAIT_FOR (hd_gui_test_find_toplevel (HD_TYPE_PRINT_DIALOG) == NULL);

  expected = g_strdup_printf ("Saved “ledger.pdf”: %u pages.", n_pages);
  g_assert_cmpstr (hd_window_get_notification (demo.window), ==, expected);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 5);
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  g_assert_cmpuint (pdf_page_count (contents, length), ==, n_pages);

  hd_gui_test_close_all_windows (app);
}

static void
close_dialog (HdPrintDialog *dialog)
{
  gtk_widget_activate_action (GTK_WIDGET (dialog), "print-dialog.cancel", NULL);
  g_assert_null (hd_gui_test_find_toplevel (HD_TYPE_PRINT_DIALOG));
}

/* What the dialog offers follows the page: the task sheets once a task is selected, named after
 * its leader and unit. */
static void
test_dialog_choices (void)
{
  g_auto(Demo) demo = { NULL };
  g_autoptr(HdTask) task = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HdStore) store = NULL;
  g_autoptr(HdUnit) unit = NULL;
  g_autofree char *public = NULL;
  g_autofree char *leader_sheet = NULL;
  g_autofree char *unit_sheet = NULL;
  g_autofree char *name = NULL;
  HdPrintDialog *dialog;

  open_demo (&demo);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (demo.page), "ledger.print", NULL));
  dialog = hd_gui_test_find_toplevel (HD_TYPE_PRINT_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_cmpint (hd_print_dialog_get_choice (dialog), ==, HD_PRINT_CHOICE_LEDGER);
  hd_print_dialog_set_choice (dialog, HD_PRINT_CHOICE_PUBLIC);
  g_assert_cmpint (hd_print_dialog_get_choice (dialog), ==, HD_PRINT_CHOICE_PUBLIC);
  public = g_strdup_printf ("Public Notice-%s.pdf", demo.township_name);
  name = hd_print_dialog_propose_name (dialog);
  g_assert_cmpstr (name, ==, public);
  g_clear_pointer (&name, g_free);
  close_dialog (dialog);

  task = g_list_model_get_item (hd_ledger_page_get_rows (demo.page), 0);
  hd_ledger_page_select_task (demo.page, hd_task_get_id (task));
  store = hd_store_open (demo.db_path, &error);
  g_assert_no_error (error);
  unit = hd_unit_load (store, hd_task_get_unit_id (task), &error);
  g_assert_no_error (error);
  leader_sheet = g_strdup_printf ("Rectification Task Sheet-%s.pdf", hd_task_get_leader (task));
  unit_sheet = g_strdup_printf ("Rectification Task Sheet-%s.pdf", hd_unit_get_name (unit));

  dialog = open_export_dialog (&demo);
  hd_print_dialog_set_choice (dialog, HD_PRINT_CHOICE_LEADER_SHEET);
  name = hd_print_dialog_propose_name (dialog);
  g_assert_cmpstr (name, ==, leader_sheet);
  g_clear_pointer (&name, g_free);
  hd_print_dialog_set_choice (dialog, HD_PRINT_CHOICE_UNIT_SHEET);
  name = hd_print_dialog_propose_name (dialog);
  g_assert_cmpstr (name, ==, unit_sheet);
  close_dialog (dialog);

  hd_gui_test_close_all_windows (app);
}

static void
job_done_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  GError **error = user_data;
  g_autoptr(HdDocument) doc = hd_print_job_run_finish (HD_PRINT_JOB (source), result, error);

  if (doc != NULL)
    g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_EXISTS, "built");
}

/* A job says how far it has read, to the last task; cancelled, it stops and writes nothing. */
static void
test_job (void)
{
  g_auto(Demo) demo = { NULL };
  HdContext *context;
  g_autoptr(HdPrintJob) job = NULL;
  g_autoptr(HdPrintJob) county_job = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  HdLedgerQuery query;
  guint done = 0, total = 0, n_rows;

  open_demo (&demo);
  context = hd_window_get_context (demo.window);
  n_rows = g_list_model_get_n_items (hd_ledger_page_get_rows (demo.page));
  hd_ledger_page_get_query (demo.page, &query);
  job = hd_print_job_new (context, HD_FORM_LEDGER, &query);
  g_assert_false (hd_print_job_get_progress (job, &done, &total));
  hd_print_job_run_async (job, job_done_cb, &error);
  WAIT_FOR (error != NULL);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_assert_true (hd_print_job_get_progress (job, &done, &total));
  g_assert_cmpuint (total, ==, n_rows);
  g_assert_cmpuint (done, ==, n_rows);
  g_clear_error (&error);

  /* The whole county's ledger, cancelled at once. */
  path = g_build_filename (demo.dir, "county.pdf", NULL);
  query.unit_id = 0;
  county_job = hd_print_job_new (context, HD_FORM_LEDGER, &query);
  hd_print_job_set_pdf_path (county_job, path);
  hd_print_job_run_async (county_job, job_done_cb, &error);
  hd_print_job_cancel (county_job);
  WAIT_FOR (error != NULL);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  hd_gui_test_close_all_windows (app);
}

/* Exports to @path, which fails: the dialog stays open, and nothing is written. */
static HdPrintDialog *
export_and_fail (Demo       *demo,
                 const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  HdPrintDialog *dialog = open_export_dialog (demo);

  hd_print_dialog_export_to (dialog, file);
  WAIT_FOR (!hd_print_dialog_get_busy (dialog));
  g_assert_nonnull (hd_print_dialog_get_error (dialog));
  g_assert_true (hd_gui_test_find_toplevel (HD_TYPE_PRINT_DIALOG) == dialog);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  return dialog;
}

static void
test_export_pdf_fails (void)
{
  g_auto(Demo) demo = { NULL };
  g_autoptr(GError) empty_error = NULL;
  g_autoptr(HdDocument) doc = NULL;
  g_autofree char *missing = NULL;
  g_autofree char *path = NULL;
  HdPrintDialog *dialog;

  open_demo (&demo);

  /* A folder that is not there: the dialog says why. */
  missing = g_build_filename (demo.dir, "no such folder", "ledger.pdf", NULL);
  dialog = export_and_fail (&demo, missing);
  close_dialog (dialog);

  /* A search that finds nothing: the form's own reason, and no file. */
  gtk_editable_set_text (hd_ledger_page_get_search_entry (demo.page), "没有这样的整改任务");
  WAIT_FOR (!hd_ledger_page_get_loading (demo.page) &&
            g_list_model_get_n_items (hd_ledger_page_get_rows (demo.page)) == 0);
  doc = build_ledger (&demo, &empty_error);
  g_assert_null (doc);
  g_assert_error (empty_error, HD_FORM_ERROR, HD_FORM_ERROR_EMPTY);

  path = g_build_filename (demo.dir, "empty.pdf", NULL);
  dialog = export_and_fail (&demo, path);
  g_assert_cmpstr (hd_print_dialog_get_error (dialog), ==, empty_error->message);

  hd_gui_test_close_all_windows (app);
}

static void
test_preview (void)
{
  g_auto(Demo) demo = { NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(HdDocument) doc = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *last = NULL;
  HdPrintPreview *preview;
  guint n_pages;

  open_demo (&demo);
  doc = build_ledger (&demo, &error);
  g_assert_no_error (error);
  n_pages = hd_document_get_n_pages (doc);
  first = g_strdup_printf ("Page 1 of %u", n_pages);
  second = g_strdup_printf ("Page 2 of %u", n_pages);
  last = g_strdup_printf ("Page %u of %u", n_pages, n_pages);

  preview = hd_print_preview_new (GTK_WINDOW (demo.window), doc);
  gtk_window_present (GTK_WINDOW (preview));
  WAIT_FOR (gtk_widget_get_mapped (GTK_WIDGET (preview)));
  g_assert_cmpstr (hd_print_preview_get_label (preview), ==, first);
  /* No page before the first. */
  gtk_widget_activate_action (GTK_WIDGET (preview), "preview.previous", NULL);
  g_assert_cmpuint (hd_print_preview_get_page (preview), ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (preview), "preview.next", NULL));
  g_assert_cmpstr (hd_print_preview_get_label (preview), ==, second);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (preview), "preview.last", NULL));
  g_assert_cmpstr (hd_print_preview_get_label (preview), ==, last);
  g_assert_cmpuint (hd_print_preview_get_page (preview), ==, n_pages - 1);
  gtk_widget_activate_action (GTK_WIDGET (preview), "preview.first", NULL);
  g_assert_cmpstr (hd_print_preview_get_label (preview), ==, first);
  gtk_window_destroy (GTK_WINDOW (preview));

  hd_gui_test_close_all_windows (app);
}

/* Waits for the export into the CSV file @path to say it wrote @n_rows rows, and checks that it
 * holds them. */
static void
assert_rows_written (Demo       *demo,
                     const char *path,
                     guint       n_rows)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *basename = g_path_get_basename (path);
  g_autofree char *expected = g_strdup_printf ("%u rows written to “%s”.", n_rows, basename);
  HdCsv *csv;

  WAIT_FOR (g_strcmp0 (hd_window_get_notification (demo->window), expected) == 0 ||
            g_str_has_prefix (hd_window_get_notification (demo->window), "The spreadsheet was not exported"));
  g_assert_cmpstr (hd_window_get_notification (demo->window), ==, expected);
  csv = hd_csv_parse_file (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hd_csv_get_n_records (csv), ==, n_rows);
  hd_csv_free (csv);
}

static void
test_export_ledger_sheet (void)
{
  g_auto(Demo) demo = { NULL };
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  HdLedgerQuery query;
  guint n_rows;

  open_demo (&demo);
  /* Only the green tasks: fewer than the ledger, but some. */
  hd_ledger_page_set_light_filter (demo.page, HD_LIGHT_GREEN);
  WAIT_FOR (!hd_ledger_page_get_loading (demo.page));
  n_rows = g_list_model_get_n_items (hd_ledger_page_get_rows (demo.page));
  g_assert_cmpuint (n_rows, >, 0);

  path = g_build_filename (demo.dir, "ledger.csv", NULL);
  file = g_file_new_for_path (path);
  hd_ledger_page_get_query (demo.page, &query);
  hd_sheet_command_export_ledger (GTK_WINDOW (demo.window), hd_window_get_context (demo.window), &query, file);
  assert_rows_written (&demo, path, n_rows);

  hd_gui_test_close_all_windows (app);
}

static void
test_export_opinions_sheet (void)
{
  g_auto(Demo) demo = { NULL };
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  HdOpinionsPage *opinions;
  HdOpinionFilter filter;
  guint n_rows;

  open_demo (&demo);
  g_action_group_activate_action (G_ACTION_GROUP (demo.window), "area", g_variant_new_string ("opinions"));
  opinions = HD_OPINIONS_PAGE (hd_gui_test_find_widget (GTK_WIDGET (demo.window), HD_TYPE_OPINIONS_PAGE));
  g_assert_nonnull (opinions);
  hd_pick_button_set_id (hd_opinions_page_get_unit_button (opinions), demo.township);
  WAIT_FOR (!hd_opinions_page_get_loading (opinions));
  n_rows = g_list_model_get_n_items (G_LIST_MODEL (hd_opinions_page_get_selection (opinions)));
  g_assert_cmpuint (n_rows, >, 0);

  path = g_build_filename (demo.dir, "opinions.csv", NULL);
  file = g_file_new_for_path (path);
  hd_opinions_page_get_filter (opinions, &filter);
  g_assert_cmpint (filter.unit_id, ==, demo.township);
  hd_sheet_command_export_opinions (GTK_WINDOW (demo.window), hd_window_get_context (demo.window), &filter, file);
  assert_rows_written (&demo, path, n_rows);

  hd_gui_test_close_all_windows (app);
}

int
main (int   argc,
      char *argv[])
{
  app = hd_gui_test_init (&argc, &argv, TRUE);

  g_test_add_func ("/print/style/settings", test_style);
  g_test_add_func ("/print/choice/query", test_choice);
  g_test_add_func ("/print/settings/remembered", test_print_settings);
  g_test_add_func ("/print/sheet/format", test_sheet_format);
  g_test_add_func ("/print/window/dialog-choices", test_dialog_choices);
  g_test_add_func ("/print/window/job", test_job);
  g_test_add_func ("/print/window/export-pdf", test_export_pdf);
  g_test_add_func ("/print/window/export-pdf-fails", test_export_pdf_fails);
  g_test_add_func ("/print/window/preview", test_preview);
  g_test_add_func ("/print/window/export-ledger-sheet", test_export_ledger_sheet);
  g_test_add_func ("/print/window/export-opinions-sheet", test_export_opinions_sheet);

  return hd_gui_test_run (&app);
}
