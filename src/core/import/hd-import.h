/* hd-import.h — what the spreadsheet imports share: their error domain, unit paths as clerks
 * write them, the columns a file has that an import does not read, the refusal of bad rows. */
#pragma once

#include "import/hd-csv.h"
#include "store/hd-edit.h"
#include "store/hd-store.h"

G_BEGIN_DECLS

#define HD_IMPORT_ERROR (hd_import_error_quark ())

typedef enum {
  HD_IMPORT_ERROR_COLUMNS,     /* a required column is missing */
  HD_IMPORT_ERROR_BAD_ROWS,    /* apply refused: some rows are bad */
} HdImportError;

GQuark   hd_import_error_quark        (void);

/* "示范县 / 城关镇" or "示范县／城关镇" → "示范县/城关镇"; NULL when a part is empty. */
char    *hd_import_normalize_path     (const char  *text);
/* The child of @parent_id (0: a root) called @name, first in sibling order, or 0. */
gint64   hd_import_find_child         (HdStore     *store,
                                       gint64       parent_id,
                                       const char  *name);
/* The existing unit at @path (normalised), or 0. */
gint64   hd_import_find_unit          (HdStore     *store,
                                       const char  *path);
/* The non-empty headers of @csv that are not among @known (NULL-terminated). */
GStrv    hd_import_ignored_columns    (HdCsv               *csv,
                                       const char * const  *known);
/* The action an import planned for @row, one of its rows. */
typedef guint (*HdImportActionFunc)   (gpointer     row);
/* How many of @rows @get_action finds planned for @action. */
guint    hd_import_count_rows         (GListModel          *rows,
                                       HdImportActionFunc   get_action,
                                       guint                action);
/* Writes @row, one of an import's rows, inside @edit; @data is the import. */
typedef gboolean (*HdImportApplyFunc) (gpointer     data,
                                       HdEdit      *edit,
                                       gpointer     row,
                                       GError     **error);
/* The row's number in its file. */
typedef guint (*HdImportNumberFunc)   (gpointer     row);
/* Writes each of @rows with @apply_row in one edit called @label (translated), refused when @n_bad
 * rows are bad. A row that fails undoes them all; its error then begins with its number. */
gboolean hd_import_apply_rows         (HdStore             *store,
                                       HdHistory           *history,
                                       const char          *label,
                                       GListModel          *rows,
                                       guint                n_bad,
                                       HdImportApplyFunc    apply_row,
                                       HdImportNumberFunc   get_number,
                                       gpointer             data,
                                       GError             **error);
/* "Nothing was imported: N rows are bad …" */
void     hd_import_set_bad_rows_error (GError     **error,
                                       guint        n_bad);

G_END_DECLS
