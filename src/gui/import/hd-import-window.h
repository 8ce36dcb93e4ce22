/* hd-import-window.h — the preview of a spreadsheet before anything is written, and its import.
 *
 * One window for every kind of import (the roster, the ledger): it reads and plans the file in a
 * worker, shows every row with its number as the spreadsheet shows it and what the import does
 * with it, bad rows with an icon, the word and the reason, the columns it does not read, and
 * imports all rows as one undoable edit, refused while any row is bad. What differs between the
 * kinds (the core calls, the columns between the action and the reason, the texts) is an
 * HdImportKind given at construction.
 */
#pragma once

#include <gtk/gtk.h>

#include "hd-context.h"

G_BEGIN_DECLS

typedef enum {
  HD_IMPORT_CELL_TEXT,   /* cut off with "…" when the column is too narrow; full in a tooltip */
  HD_IMPORT_CELL_SHORT,  /* short values (a gender, a date): shown whole */
} HdImportCellStyle;

/* A column of the kind's, between the action and the reason. */
typedef struct {
  const char        *context;       /* msgctxt of @title, or NULL */
  const char        *title;         /* untranslated (N_ or NC_) */
  HdImportCellStyle  style;
  int                fixed_width;   /* -1: as wide as its cells */
  /* The cell's text for @row (newly allocated), or NULL for an empty cell. */
  char            *(*text)          (gpointer row);
} HdImportColumn;

/* The kind's core functions fit these as they are (cast, as GLib casts callbacks). */
typedef guint               (*HdImportRowNumber)  (gpointer     row);
typedef const char         *(*HdImportRowText)    (gpointer     row);

/* The plan (@import) is an HdImport of the kind's; the window reads its rows, counts and
 * ignored columns and writes it through hd-import.h. */
typedef struct {
  const char           *title;           /* untranslated: the window's title */
  const char           *rows_label;      /* untranslated: the accessible name of the rows */
  /* In the worker thread, on a connection of its own: reads and plans the file at @path. */
  GObject            *(*read)            (HdStore     *store,
                                          const char  *path,
                                          const GDate *today,
                                          GError     **error);
  /* "N rows: … to add, … bad rows" */
  char               *(*summarize)       (GObject     *import);
  /* The sentence shown in the main window once the file at @basename is imported. */
  char               *(*describe)        (GObject     *import,
                                          const char  *basename);
  HdImportRowNumber     row_number;       /* as the spreadsheet shows it */
  gboolean            (*row_is_bad)      (gpointer     row);
  gboolean            (*row_is_unchanged) (gpointer    row);
  const char         *(*row_action)      (gpointer     row);    /* translated: "Add", "Bad row" */
  HdImportRowText       row_reason;       /* why it is bad, or NULL */
  const HdImportColumn *columns;
  guint                 n_columns;
} HdImportKind;

#define HD_TYPE_IMPORT_WINDOW (hd_import_window_get_type ())
G_DECLARE_FINAL_TYPE (HdImportWindow, hd_import_window, HD, IMPORT_WINDOW, GtkWindow)

/* Starts reading @file at once (in a worker thread); the window shows a spinner meanwhile.
 * "imported" (a sentence saying what was done) after Import, then the window closes. */
HdImportWindow *hd_import_window_new              (GtkWindow          *parent,
                                                   HdContext          *context,
                                                   const HdImportKind *kind,
                                                   GFile              *file);
/* TRUE while the file is read or the rows are written. */
gboolean        hd_import_window_get_busy         (HdImportWindow *self);
/* The plan once the file is read (of the kind's type), or NULL (still reading, or refused). */
GObject        *hd_import_window_get_import       (HdImportWindow *self);
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
/* The titles of the columns as shown, left to right. */
GStrv           hd_import_window_dup_column_titles (HdImportWindow *self);
/* What the cell of the shown row @position in the column titled @title (as shown) says, as
 * the column view's cell is given it; NULL for an empty cell. */
char           *hd_import_window_dup_cell_text    (HdImportWindow *self,
                                                   guint           position,
                                                   const char     *title);

G_END_DECLS
