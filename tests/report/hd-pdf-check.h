/* hd-pdf-check.h — reading printed forms back from their PDF files with poppler's tools
 * (pdfinfo, pdftotext, pdffonts, pdftoppm), for the report's tests. A check that needs a tool
 * asks hd_pdf_have_tool() first, which skips the test where the tool is missing. */
#pragma once

#include "layout/hd-document.h"

G_BEGIN_DECLS

/* Whether @name is installed; if not, the test is skipped. */
gboolean  hd_pdf_have_tool              (const char         *name);
/* Runs a tool and answers what it printed; fails the test if it fails. */
char     *hd_pdf_run                    (const char * const *argv);
/* The text of page @page (from 1), in reading order, or laid out as on the page. */
char     *hd_pdf_page_text              (const char         *pdf,
                                         guint               page,
                                         gboolean            layout);
/* Every line of page @page (from 1) as laid out, without white space ("1张书记县委书记"), one a
 * line: a table's row is one line, its cells in order. */
char     *hd_pdf_page_lines             (const char         *pdf,
                                         guint               page);
/* @lines (from hd_pdf_page_lines()) has the whole line @line; fails the test, showing them, if not. */
void      hd_pdf_assert_line            (const char         *lines,
                                         const char         *line);
/* pdfinfo's report on @pdf, which it finds to have @n_pages pages. */
char     *hd_pdf_info                   (const char         *pdf,
                                         guint               n_pages);
/* Writes @doc as "@name" in a fresh temporary folder and answers the file's path. */
char     *hd_pdf_write                  (HdDocument         *doc,
                                         const char         *name);
/* pdffonts finds at least one font in @pdf, and every font embedded, as a subset, with a
 * Unicode map. */
void      hd_pdf_assert_fonts_embedded  (const char         *pdf);
/* The dark pixels of the rectangle (in points) of @pdf's first page, rendered in @dir. */
guint     hd_pdf_render_dark            (const char         *pdf,
                                         const char         *dir,
                                         double              x,
                                         double              y,
                                         double              width,
                                         double              height);

G_END_DECLS
