/* hd-import.h — what the spreadsheet imports share: their error domain, unit paths as clerks
 * write them, and HdImport, the plan of rows each kind derives from (its rows and their
 * actions, the columns it does not read, writing it all as one edit or refusing bad rows). */
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

/* An import planned from a file, row by row: its rows (of the kind's row type) with the action
 * each would take, the bad ones counted, the file's columns it does not read. The roster, the
 * ledger and the conversations each derive from it and say how their rows are written. */
#define HD_TYPE_IMPORT (hd_import_get_type ())
G_DECLARE_DERIVABLE_TYPE (HdImport, hd_import, HD, IMPORT, GObject)

struct _HdImportClass
{
  GObjectClass parent_class;

  const char *edit_label;   /* the edit's name, marked with N_() */
  guint       bad_action;   /* the action of a bad row */
  guint     (*row_action) (gpointer   row);
  guint     (*row_number) (gpointer   row);   /* as the spreadsheet shows it */
  /* Plans @row, new, from the record numbered @number in the spreadsheet: @field holds the
   * kind's columns in order, "" where the file lacks one. */
  void      (*plan_row)   (HdImport     *self,
                           gpointer      row,
                           guint         number,
                           const char  **field);
  /* Writes @row, one of the import's rows, inside @edit. */
  gboolean  (*apply_row)  (HdImport  *self,
                           HdEdit    *edit,
                           gpointer   row,
                           GError   **error);
};

GListModel         *hd_import_get_rows            (HdImport   *self);
guint               hd_import_get_n_bad           (HdImport   *self);
/* How many rows are planned for @action, one of the kind's actions. */
guint               hd_import_count               (HdImport   *self,
                                                   guint       action);
const char * const *hd_import_get_ignored_columns (HdImport   *self);
/* Writes every row in one edit, refused when any row is bad. A row that fails undoes them all;
 * its error then begins with its number. */
gboolean            hd_import_apply               (HdImport   *self,
                                                   HdHistory  *history,
                                                   GError    **error);

/* For the kinds of import: plans a row of @row_type for each record of @csv with the class's
 * plan_row, from the @known columns (NULL-terminated) found at @columns (as
 * hd_csv_find_columns() gives them), reading @store; the file's other columns are ignored. */
void                hd_import_plan                (HdImport           *self,
                                                   HdStore            *store,
                                                   GType               row_type,
                                                   HdCsv              *csv,
                                                   const char * const *known,
                                                   const int          *columns);
HdStore            *hd_import_get_store           (HdImport   *self);
/* "Nothing was imported: N rows are bad …" */
void     hd_import_set_bad_rows_error (GError     **error,
                                       guint        n_bad);

G_END_DECLS
