/* hd-document.h — a printed form laid out once into pages, drawn onto any cairo surface.
 *
 * Blocks are added in order, then the first question about pages lays the document out: every
 * page is known (and counted) before anything is drawn. The GUI prints with GtkPrintOperation
 * (n-pages from hd_document_get_n_pages; draw-page calls hd_document_draw_page with the print
 * context's cairo context, the operation set to use the full page in points), and the CLI
 * writes the same pages to a PDF file with hd_document_write_pdf.
 *
 * A document has a font map of its own: it may be built and laid out in a worker thread and then
 * drawn in the window's thread, but never used by two threads at once.
 */
#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "charts/hd-chart.h"
#include "layout/hd-block.h"
#include "layout/hd-page.h"
#include "layout/hd-style.h"
#include "layout/hd-table.h"
#include "layout/hd-text.h"

G_BEGIN_DECLS

#define HD_DOCUMENT_ERROR (hd_document_error_quark ())

typedef enum {
  HD_DOCUMENT_ERROR_WRITE,
} HdDocumentError;

typedef enum {
  HD_PAGE_NUMBERS_NONE,
  HD_PAGE_NUMBERS_DASH,      /* — 1 —, on the outer side (GB/T 9704) */
  HD_PAGE_NUMBERS_OF_TOTAL,  /* 第 1 页 共 3 页, in the same place */
} HdPageNumbers;

#define HD_TYPE_DOCUMENT (hd_document_get_type ())
G_DECLARE_FINAL_TYPE (HdDocument, hd_document, HD, DOCUMENT, GObject)

GQuark          hd_document_error_quark      (void);

/* @style: NULL for the default faces. */
HdDocument     *hd_document_new              (HdStyle            *style,
                                              HdPageOrientation   orientation);
/* The title in the PDF's metadata. */
void            hd_document_set_title        (HdDocument         *self,
                                              const char         *title);
void            hd_document_set_page_numbers (HdDocument         *self,
                                              HdPageNumbers       numbers);
/* A classification printed at the head of every page, above the type area at its left, as far
 * from it as the page number is below: "内部资料 注意保密" on a confidential record, on each of
 * its pages. NULL: none (the default). */
void            hd_document_set_mark         (HdDocument         *self,
                                              const char         *mark);

/* Blocks, in order; the document takes them. Only before the layout. */
void            hd_document_add_text         (HdDocument         *self,
                                              HdText             *text);
void            hd_document_add_table        (HdDocument         *self,
                                              HdTable            *table);
/* A chart (hd-chart.h) the type area's width and @height_mm high, kept on one page. */
void            hd_document_add_chart        (HdDocument         *self,
                                              HdChart            *chart,
                                              double              height_mm);

/* Lays the document out if it has not been yet. There is always at least one page. */
guint           hd_document_get_n_pages      (HdDocument         *self);
void            hd_document_get_geometry     (HdDocument         *self,
                                              HdPageGeometry     *geometry);
HdTypeset      *hd_document_get_typeset      (HdDocument         *self);
/* What page @page_nr (from 0) holds: pieces of blocks, top to bottom. */
const HdSlice  *hd_document_get_slices       (HdDocument         *self,
                                              guint               page_nr,
                                              guint              *n_slices);
/* The text of the number of page @page_nr (from 0): "— 1 —", or NULL without numbers. */
char           *hd_document_get_page_label   (HdDocument         *self,
                                              guint               page_nr);

/* Draws page @page_nr (from 0) in points, the sheet's top left corner at the origin. */
void            hd_document_draw_page        (HdDocument         *self,
                                              cairo_t            *cr,
                                              guint               page_nr);
/* Writes every page to a PDF file at @path, with the faces embedded. The file appears only
 * when it is whole: it is written beside @path under another name and then renamed. */
gboolean        hd_document_write_pdf        (HdDocument         *self,
                                              const char         *path,
                                              GError            **error);

G_END_DECLS
