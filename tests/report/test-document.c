/* test-document.c — hd-report: documents written to PDF and read back with poppler's tools
 * (pdfinfo, pdftotext, pdffonts, pdftoppm).
 *
 * meson runs this program in Chinese (LANGUAGE=zh_CN), as the office prints: the marker of a
 * continued row and "第 N 页 共 M 页" are checked as the office sees them. A check that needs a
 * poppler tool is skipped where the tool is missing. */
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "hd-pdf-check.h"
#include "hd-test-util.h"
#include "layout/hd-document.h"

static HdTable *
ledger (guint n_rows)
{
  HdTable *table = hd_table_new ();

  hd_table_add_column (table, "序号", 10.0, 0.0, HD_TABLE_COLUMN_KEY | HD_TABLE_COLUMN_CENTER);
  hd_table_add_column (table, "责任单位", 40.0, 1.0, HD_TABLE_COLUMN_KEY);
  hd_table_add_column (table, "整改任务", 50.0, 3.0, 0);
  hd_table_add_column (table, "完成时限", 20.0, 0.0, HD_TABLE_COLUMN_CENTER);
  for (guint i = 0; i < n_rows; i++)
    {
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      const char *cells[] = { number, "县委办公室", "精简会议文件，改进会风文风", "2014-09-30" };

      hd_table_append_row (table, cells);
    }
  return table;
}

static void
test_pdf_sizes (void)
{
  const struct {
    HdPageOrientation orientation;
    const char *size;
  } cases[] = {
    { HD_PAGE_PORTRAIT, "Page size:       595.276 x 841.89 pts (A4)" },
    { HD_PAGE_LANDSCAPE, "Page size:       841.89 x 595.276 pts (A4)" },
  };

  if (!hd_pdf_have_tool ("pdfinfo"))
    return;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(HdDocument) doc = hd_document_new (NULL, cases[i].orientation);
      g_autofree char *path = NULL;
      g_autofree char *info = NULL;

      hd_document_add_text (doc, hd_text_new_paragraph ("各乡镇党委，县直各单位："));
      path = hd_pdf_write (doc, "size.pdf");
      info = hd_pdf_info (path, 1);
      g_assert_nonnull (strstr (info, cases[i].size));
    }
}

/* The header is on every page, and every page has its number on its outer side. */
static void
test_pdf_text (void)
{
  g_autoptr(HdDocument) doc = hd_document_new (NULL, HD_PAGE_LANDSCAPE);
  g_autofree char *path = NULL;
  g_autofree char *info = NULL;
  guint n_pages;

  if (!hd_pdf_have_tool ("pdftotext") || !hd_pdf_have_tool ("pdfinfo"))
    return;

  hd_document_set_title (doc, "整改落实台账");
  hd_document_add_text (doc, hd_text_new_title ("整改落实台账"));
  hd_document_add_table (doc, ledger (80));
  n_pages = hd_document_get_n_pages (doc);
  g_assert_cmpuint (n_pages, >=, 3);
  path = hd_pdf_write (doc, "ledger.pdf");

  info = hd_pdf_info (path, n_pages);
  g_assert_nonnull (strstr (info, "Title:           整改落实台账\n"));

  for (guint p = 1; p <= n_pages; p++)
    {
      g_autofree char *text = hd_pdf_page_text (path, p, FALSE);
      g_autofree char *number = g_strdup_printf ("— %u —", p);
      g_autofree char *label = hd_document_get_page_label (doc, p - 1);

      g_assert_nonnull (strstr (text, "序号"));
      g_assert_nonnull (strstr (text, "责任单位"));
      g_assert_nonnull (strstr (text, "整改任务"));
      g_assert_nonnull (strstr (text, "完成时限"));
      g_assert_cmpstr (label, ==, number);
      g_assert_nonnull (strstr (text, number));
    }
}

static void
test_page_of_total (void)
{
  g_autoptr(HdDocument) doc = hd_document_new (NULL, HD_PAGE_LANDSCAPE);
  g_autofree char *path = NULL;
  g_autofree char *label = NULL;
  g_autofree char *text = NULL;
  g_autofree char *expected = NULL;

  hd_document_set_page_numbers (doc, HD_PAGE_NUMBERS_OF_TOTAL);
  hd_document_add_table (doc, ledger (80));
  g_assert_cmpuint (hd_document_get_n_pages (doc), >=, 3);
  expected = g_strdup_printf ("第 2 页 共 %u 页", hd_document_get_n_pages (doc));
  label = hd_document_get_page_label (doc, 1);
  g_assert_cmpstr (label, ==, expected);

  if (!hd_pdf_have_tool ("pdftotext"))
    return;
  path = hd_pdf_write (doc, "ledger.pdf");
  text = hd_pdf_page_text (path, 2, FALSE);
  g_assert_nonnull (strstr (text, expected));

  hd_document_set_page_numbers (doc, HD_PAGE_NUMBERS_NONE);
  g_assert_null (hd_document_get_page_label (doc, 1));
}

/* A row longer than a page continues on the next with its key cells and "（续）". */
static void
test_continued_row (void)
{
  g_autoptr(HdDocument) doc = hd_document_new (NULL, HD_PAGE_PORTRAIT);
  HdTable *table = ledger (0);
  GString *tall = g_string_new (NULL);
  g_autofree char *path = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  if (!hd_pdf_have_tool ("pdftotext"))
    return;

  for (guint i = 1; i <= 60; i++)
    g_string_append_printf (tall, "%s第%u项措施", i > 1 ? "\n" : "", i);
  hd_table_append_row (table, (const char *[]) { "17", "县委组织部", tall->str, "2014-10-31" });
  g_string_free (tall, TRUE);
  hd_document_add_table (doc, table);
  g_assert_cmpuint (hd_document_get_n_pages (doc), ==, 2);
  path = hd_pdf_write (doc, "continued.pdf");

  first = hd_pdf_page_text (path, 1, FALSE);
  second = hd_pdf_page_text (path, 2, FALSE);
  g_assert_nonnull (strstr (first, "县委组织部"));
  g_assert_null (strstr (first, "（续）"));
  g_assert_nonnull (strstr (first, "第1项措施"));
  g_assert_null (strstr (first, "第60项措施"));
  g_assert_nonnull (strstr (second, "序号"));
  g_assert_nonnull (strstr (second, "17"));
  g_assert_nonnull (strstr (second, "县委组织部（续）"));
  g_assert_nonnull (strstr (second, "第60项措施"));
}

/* Keeps, in order, the characters of @text that belong to @set. */
static GString *
filter (const char *text,
        GHashTable *set)
{
  GString *kept = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (g_hash_table_contains (set, GUINT_TO_POINTER (g_utf8_get_char (p))))
      g_string_append_unichar (kept, g_utf8_get_char (p));
  return kept;
}

/* Six cells of 200 characters without a space, each in a narrow column, so that the row is
 * split over two pages: every character is drawn once, in order, in its own column. */
static void
test_wrap_never_cut (void)
{
  g_autoptr(HdDocument) doc = hd_document_new (NULL, HD_PAGE_PORTRAIT);
  HdTable *table = hd_table_new ();
  char *cells[7] = { "1", NULL };
  g_autofree char *path = NULL;
  g_autoptr(GString) all = g_string_new (NULL);
  guint n_pages;

  if (!hd_pdf_have_tool ("pdftotext"))
    return;

  hd_table_add_column (table, "No", 8.0, 0.0, HD_TABLE_COLUMN_KEY);
  for (guint c = 1; c <= 6; c++)
    {
      GString *s = g_string_new (NULL);
      g_autofree char *title = g_strdup_printf ("C%u", c);

      for (guint i = 0; i < 200; i++)
        g_string_append_unichar (s, 0x4E00 + 1200 * (c - 1) + 3 * i);
      cells[c] = g_string_free (s, FALSE);
      hd_table_add_column (table, title, 10.0, 1.0, 0);
    }
  hd_table_append_row (table, (const char * const *) cells);
  hd_document_add_table (doc, table);
  n_pages = hd_document_get_n_pages (doc);
  g_assert_cmpuint (n_pages, ==, 2);
  path = hd_pdf_write (doc, "wrap.pdf");

  for (guint p = 1; p <= n_pages; p++)
    {
      g_autofree char *text = hd_pdf_page_text (path, p, TRUE);

      g_string_append (all, text);
    }
  for (guint c = 1; c <= 6; c++)
    {
      g_autoptr(GHashTable) set = g_hash_table_new (NULL, NULL);
      g_autoptr(GString) kept = NULL;

      for (const char *p = cells[c]; *p != '\0'; p = g_utf8_next_char (p))
        g_hash_table_add (set, GUINT_TO_POINTER (g_utf8_get_char (p)));
      kept = filter (all->str, set);
      g_assert_cmpstr (kept->str, ==, cells[c]);
      g_free (cells[c]);
    }
}

/* Every face is embedded, as a subset. */
static void
test_fonts_embedded (void)
{
  g_autoptr(HdDocument) doc = hd_document_new (NULL, HD_PAGE_PORTRAIT);
  g_autofree char *path = NULL;

  if (!hd_pdf_have_tool ("pdffonts"))
    return;

  hd_document_add_text (doc, hd_text_new_title ("关于整改落实情况的报告"));
  hd_document_add_text (doc, hd_text_new_paragraph ("县委：现将整改落实情况报告如下。"));
  hd_document_add_table (doc, ledger (3));
  path = hd_pdf_write (doc, "fonts.pdf");
  hd_pdf_assert_fonts_embedded (path);
}

/* A rare character of a name prints as a glyph: pdftotext reads it back, and where it stands
 * the page is not blank. */
static void
test_rare_glyph (void)
{
  g_autofree char *dir = hd_test_make_tmpdir ();
  g_autoptr(HdDocument) doc = hd_document_new (NULL, HD_PAGE_PORTRAIT);
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  HdPageGeometry g;
  double pitch, size = 16.0;
  guint glyph, beside;

  if (!hd_pdf_have_tool ("pdftoppm") || !hd_pdf_have_tool ("pdftotext"))
    return;

  hd_document_add_text (doc, hd_text_new_line ("𠮷", HD_ALIGN_START));
  path = hd_pdf_write (doc, "rare.pdf");
  text = hd_pdf_page_text (path, 1, FALSE);
  g_assert_nonnull (strstr (text, "𠮷"));

  /* The first character's em box, and the one after it, where nothing is. */
  hd_document_get_geometry (doc, &g);
  pitch = g.content_height / 22.0;
  glyph = hd_pdf_render_dark (path, dir, g.content_x, g.content_y + (pitch - size) / 2.0, size, size);
  beside = hd_pdf_render_dark (path, dir, g.content_x + size, g.content_y + (pitch - size) / 2.0, size, size);
  g_assert_cmpuint (glyph, >, 40);
  g_assert_cmpuint (beside, ==, 0);
}

/* Writing where it cannot fails with a reason and leaves nothing behind. */
static void
test_unwritable (void)
{
  g_autofree char *dir = hd_test_make_tmpdir ();
  g_autoptr(HdDocument) doc = hd_document_new (NULL, HD_PAGE_PORTRAIT);
  g_autoptr(GError) error = NULL;
  g_autofree char *missing = g_build_filename (dir, "no-such-folder", "form.pdf", NULL);
  g_autofree char *folder = g_build_filename (dir, "a-folder.pdf", NULL);
  g_autoptr(GDir) listing = NULL;
  const char *name;
  guint n_entries = 0;

  hd_document_add_text (doc, hd_text_new_paragraph ("整改落实情况"));

  g_assert_false (hd_document_write_pdf (doc, missing, &error));
  g_assert_error (error, HD_DOCUMENT_ERROR, HD_DOCUMENT_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, missing));
  g_clear_error (&error);

  /* The PDF is written whole, then cannot be renamed onto a folder: no part of it is left. */
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_assert_false (hd_document_write_pdf (doc, folder, &error));
  g_assert_error (error, HD_DOCUMENT_ERROR, HD_DOCUMENT_ERROR_WRITE);

  listing = g_dir_open (dir, 0, NULL);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_assert_cmpstr (name, ==, "a-folder.pdf");
      n_entries++;
    }
  g_assert_cmpuint (n_entries, ==, 1);
  g_assert_true (g_file_test (folder, G_FILE_TEST_IS_DIR));
}

/* 22 lines of body text fill a page; the 23rd begins the next. */
static void
test_body_lines (void)
{
  g_autoptr(HdDocument) doc = hd_document_new (NULL, HD_PAGE_PORTRAIT);
  const HdSlice *slices;
  guint n;

  for (guint i = 0; i < 23; i++)
    hd_document_add_text (doc, hd_text_new_line ("整改落实", HD_ALIGN_START));
  g_assert_cmpuint (hd_document_get_n_pages (doc), ==, 2);
  slices = hd_document_get_slices (doc, 0, &n);
  g_assert_cmpuint (n, ==, 22);
  g_assert_cmpfloat_with_epsilon (slices[21].y + slices[21].height,
                                  hd_page_mm_to_points (225.0), 1e-6);
  slices = hd_document_get_slices (doc, 1, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpuint (slices[0].block, ==, 22);
  g_assert_cmpfloat (slices[0].y, ==, 0.0);
}

/* The same pages draw on any cairo surface: here an image at twice the size. */
static void
test_draw_on_image (void)
{
  g_autoptr(HdDocument) doc = hd_document_new (NULL, HD_PAGE_PORTRAIT);
  HdPageGeometry g;
  cairo_surface_t *surface;
  cairo_t *cr;
  const guchar *data;
  int stride;
  guint inked = 0;

  hd_document_add_text (doc, hd_text_new_title ("整改落实台账"));
  hd_document_add_table (doc, ledger (5));
  hd_document_get_geometry (doc, &g);
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) (g.width * 2), (int) (g.height * 2));
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, 2, 2);
  hd_document_draw_page (doc, cr, 0);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  for (int y = 0; y < cairo_image_surface_get_height (surface); y++)
    for (int x = 0; x < cairo_image_surface_get_width (surface); x++)
      if (((const guint32 *) (data + y * stride))[x] != 0xFFFFFF)
        inked++;
  g_assert_cmpuint (inked, >, 1000);
  cairo_surface_destroy (surface);
}

int
main (int argc, char *argv[])
{
  hd_test_init_translated (&argc, &argv);

  g_test_add_func ("/document/pdf-sizes", test_pdf_sizes);
  g_test_add_func ("/document/pdf-text", test_pdf_text);
  g_test_add_func ("/document/page-of-total", test_page_of_total);
  g_test_add_func ("/document/continued-row", test_continued_row);
  g_test_add_func ("/document/wrap-never-cut", test_wrap_never_cut);
  g_test_add_func ("/document/fonts-embedded", test_fonts_embedded);
  g_test_add_func ("/document/rare-glyph", test_rare_glyph);
  g_test_add_func ("/document/unwritable", test_unwritable);
  g_test_add_func ("/document/body-lines", test_body_lines);
  g_test_add_func ("/document/draw-on-image", test_draw_on_image);

  return g_test_run ();
}
