/* hd-print-preview.h — the pages of a laid-out form in a window, a page at a time scaled to fit:
 * page n of m, previous and next (Page Up, Page Down, Home, End), and Print (Ctrl+P), which
 * emits "print" for whoever opened the preview to print the document. */
#pragma once

#include <gtk/gtk.h>

#include "layout/hd-document.h"

G_BEGIN_DECLS

#define HD_TYPE_PRINT_PREVIEW (hd_print_preview_get_type ())
G_DECLARE_FINAL_TYPE (HdPrintPreview, hd_print_preview, HD, PRINT_PREVIEW, GtkWindow)

/* Over @parent (may be NULL); the document must be the window thread's (hd-document.h). */
HdPrintPreview *hd_print_preview_new          (GtkWindow      *parent,
                                               HdDocument     *doc);
HdDocument     *hd_print_preview_get_document (HdPrintPreview *self);
/* From 0. */
guint           hd_print_preview_get_page     (HdPrintPreview *self);
void            hd_print_preview_set_page     (HdPrintPreview *self,
                                               guint           page_nr);
/* "Page 1 of 12". */
const char     *hd_print_preview_get_label    (HdPrintPreview *self);

G_END_DECLS
