/* hd-import-window.h — the preview of a roster file before anything is written, and its import. */
#pragma once

#include <gtk/gtk.h>

#include "hd-context.h"
#include "hd-roster-import.h"

G_BEGIN_DECLS

#define HD_TYPE_IMPORT_WINDOW (hd_import_window_get_type ())
G_DECLARE_FINAL_TYPE (HdImportWindow, hd_import_window, HD, IMPORT_WINDOW, GtkWindow)

/* Starts reading @file at once (in a worker thread); the window shows a spinner meanwhile. */
HdImportWindow *hd_import_window_new              (GtkWindow      *parent,
                                                   HdContext      *context,
                                                   GFile          *file);
/* TRUE while the file is read or the rows are written. */
gboolean        hd_import_window_get_busy         (HdImportWindow *self);
/* The plan once the file is read, or NULL (still reading, or the file was refused). */
HdRosterImport *hd_import_window_get_import       (HdImportWindow *self);
/* Why the file was refused, or NULL. */
const char     *hd_import_window_get_error        (HdImportWindow *self);
/* The rows the preview shows (all, or only the bad ones). */
GListModel     *hd_import_window_get_shown_rows   (HdImportWindow *self);
void            hd_import_window_set_bad_only     (HdImportWindow *self,
                                                   gboolean        bad_only);
const char     *hd_import_window_get_summary      (HdImportWindow *self);
/* The button that writes the rows: insensitive while reading, or when any row is bad. */
GtkWidget      *hd_import_window_get_import_button (HdImportWindow *self);
/* The ignored columns sentence, or NULL when every column is read. */
const char     *hd_import_window_get_ignored_text (HdImportWindow *self);

G_END_DECLS
