/* hd-pdf-check.c */
#include <stdio.h>

#include "hd-pdf-check.h"
#include "hd-test-util.h"

gboolean
hd_pdf_have_tool (const char *name)
{
  g_autofree char *path = g_find_program_in_path (name);

  if (path == NULL)
    {
      g_autofree char *why = g_strdup_printf ("%s is not installed", name);

      g_test_skip (why);
      return FALSE;
    }
  return TRUE;
}

char *
hd_pdf_run (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err,
                &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, &error))
    g_error ("%s failed: %s\n%s", argv[0], error->message, err);
  return out;
}

char *
hd_pdf_page_text (const char *pdf,
                  guint       page,
                  gboolean    layout)
{
  g_autofree char *number = g_strdup_printf ("%u", page);
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", "-f", number, "-l", number,
                         layout ? "-layout" : "-raw", pdf, "-", NULL };

  return hd_pdf_run (argv);
}

char *
hd_pdf_info (const char *pdf,
             guint       n_pages)
{
  char *info = hd_pdf_run ((const char *[]) { "pdfinfo", pdf, NULL });
  g_autofree char *pages_line = g_strdup_printf ("Pages:           %u\n", n_pages);

  g_assert_nonnull (strstr (info, pages_line));
  return info;
}

char *
hd_pdf_write (HdDocument *doc,
              const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = hd_test_make_tmpdir ();
  char *path = g_build_filename (dir, name, NULL);

  g_assert_true (hd_document_write_pdf (doc, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  return path;
}

/* Counts the dark pixels of a binary greymap (P5) as pdftoppm -gray writes it. */
static guint
dark_pixels (const char *pgm_path)
{
  g_autofree char *data = NULL;
  gsize length;
  guint width, height, max, dark = 0;
  int offset = 0;

  g_assert_true (g_file_get_contents (pgm_path, &data, &length, NULL));
  g_assert_cmpint (sscanf (data, "P5 %u %u %u%n", &width, &height, &max, &offset), ==, 3);
  offset++;   /* the one whitespace after the header */
  g_assert_cmpuint (length, ==, offset + (gsize) width * height);
  for (gsize i = offset; i < length; i++)
    if ((guchar) data[i] < 128)
      dark++;
  return dark;
}

guint
hd_pdf_render_dark (const char *pdf,
                    const char *dir,
                    double      x,
                    double      y,
                    double      width,
                    double      height)
{
  /* 144 dpi: two pixels a point. */
  g_autofree char *sx = g_strdup_printf ("%d", (int) (x * 2));
  g_autofree char *sy = g_strdup_printf ("%d", (int) (y * 2));
  g_autofree char *sw = g_strdup_printf ("%d", (int) (width * 2));
  g_autofree char *sh = g_strdup_printf ("%d", (int) (height * 2));
  g_autofree char *prefix = g_build_filename (dir, "crop", NULL);
  g_autofree char *pgm = g_strconcat (prefix, ".pgm", NULL);
  g_autofree char *out = hd_pdf_run ((const char *[]) { "pdftoppm", "-r", "144", "-gray", "-singlefile",
                                                        "-x", sx, "-y", sy, "-W", sw, "-H", sh,
                                                        pdf, prefix, NULL });

  return dark_pixels (pgm);
}

void
hd_pdf_assert_fonts_embedded (const char *pdf)
{
  g_autofree char *fonts = NULL;
  g_auto(GStrv) lines = NULL;
  guint n_fonts = 0;

  fonts = hd_pdf_run ((const char *[]) { "pdffonts", pdf, NULL });
  lines = g_strsplit (fonts, "\n", -1);

  /* name, type, encoding, emb, sub, uni, object, generation */
  for (guint i = 2; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = g_strsplit_set (g_strstrip (lines[i]), " ", -1);
      g_autoptr(GPtrArray) words = g_ptr_array_new ();
      guint n;

      if (*lines[i] == '\0')
        continue;
      for (guint k = 0; fields[k] != NULL; k++)
        if (*fields[k] != '\0')
          g_ptr_array_add (words, fields[k]);
      n = words->len;
      g_assert_cmpuint (n, >=, 7);
      g_assert_cmpstr (g_ptr_array_index (words, n - 5), ==, "yes");   /* emb */
      g_assert_cmpstr (g_ptr_array_index (words, n - 4), ==, "yes");   /* sub */
      g_assert_cmpstr (g_ptr_array_index (words, n - 3), ==, "yes");   /* uni */
      n_fonts++;
    }
  g_assert_cmpuint (n_fonts, >=, 1);
}

char *
hd_pdf_page_lines (const char *pdf,
                   guint       page)
{
  g_autofree char *text = hd_pdf_page_text (pdf, page, TRUE);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  g_autoptr(GString) all = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autoptr(GString) line = g_string_new (NULL);

      for (const char *c = lines[i]; *c != '\0'; c = g_utf8_next_char (c))
        if (!g_unichar_isspace (g_utf8_get_char (c)))
          g_string_append_unichar (line, g_utf8_get_char (c));
      if (line->len > 0)
        g_string_append_printf (all, "%s\n", line->str);
    }
  return g_string_free (g_steal_pointer (&all), FALSE);
}

void
hd_pdf_assert_line (const char *lines,
                    const char *line)
{
  g_autofree char *whole = g_strdup_printf ("\n%s\n", line);
  g_autofree char *framed = g_strdup_printf ("\n%s", lines);

  if (strstr (framed, whole) == NULL)
    g_error ("no line “%s” on the form:\n%s", line, lines);
}
