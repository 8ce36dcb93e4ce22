/* hd-bench-report.c — printing the county's whole ledger (about 9,000 tasks): the form built and
 * laid out (what the window does in its worker before the print preview), the preview's first
 * page drawn, and every page written to PDF (what `huodongban-cli print ledger` does).
 *
 *   hd-bench-report COUNTY_DB OUT_DIR
 *
 * Prints the PDF's path last, for the benchmark script to compare with LibreOffice.
 */
#include <locale.h>
#include <glib/gi18n-lib.h>

#include "forms/hd-form.h"

static double
now (void)
{
  return g_get_monotonic_time () / 1e6;
}

/* The top of the hierarchy: the county. */
static gint64
root_unit (HdStore *store)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = hd_store_prepare (store, "SELECT id FROM unit WHERE parent_id IS NULL", &error);
  gint64 id = 0;

  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  if (stmt != NULL)
    sqlite3_reset (stmt);
  return id;
}

int
main (int argc, char *argv[])
{
  g_autoptr(HdStore) store = NULL;
  g_autoptr(HdDocument) doc = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  HdPageGeometry geometry;
  HdLedgerQuery query;
  GDate today;
  double start, built, previewed, written;

  /* In Chinese, as the office prints (run.sh points HUODONGBAN_LOCALEDIR at the build's
   * translations). */
  setlocale (LC_ALL, "");
  if (g_getenv ("HUODONGBAN_LOCALEDIR") != NULL)
    bindtextdomain (GETTEXT_PACKAGE, g_getenv ("HUODONGBAN_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  if (argc != 3)
    {
      g_printerr ("usage: hd-bench-report COUNTY_DB OUT_DIR\n");
      return 2;
    }
  store = hd_store_open (argv[1], &error);
  if (store == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 30, G_DATE_SEPTEMBER, 2014);
  hd_ledger_query_init (&query, &today);
  query.unit_id = root_unit (store);

  start = now ();
  doc = hd_form_new (store, HD_FORM_LEDGER, &query, NULL, &error);
  if (doc == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  built = now ();

  /* The preview draws the first page at screen resolution. */
  hd_document_get_geometry (doc, &geometry);
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) geometry.width * 96 / 72,
                                        (int) geometry.height * 96 / 72);
  cr = cairo_create (surface);
  cairo_scale (cr, 96.0 / 72.0, 96.0 / 72.0);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  hd_document_draw_page (doc, cr, 0);
  cairo_surface_flush (surface);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  previewed = now ();

  path = g_build_filename (argv[2], "ledger-county.pdf", NULL);
  if (!hd_document_write_pdf (doc, path, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  written = now ();

  g_print ("print_ledger_county_build\t%.3f s\t(tasks read, %u pages laid out)\n", built - start,
           hd_document_get_n_pages (doc));
  g_print ("print_preview_first_page\t%.3f s\t< 1 s (built, then page 1 drawn)\n", previewed - start);
  g_print ("print_ledger_county_pdf\t%.3f s\t< 5 s (built and every page written)\n",
           built - start + written - previewed);
  g_print ("%s\n", path);
  return 0;
}
