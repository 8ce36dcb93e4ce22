/* hd-ledger-import-kind.c — the ledger's part of the import preview. */
#include <glib/gi18n-lib.h>

#include "ledger/hd-ledger-import-kind.h"
#include "ledger/hd-ledger-text.h"

static GObject *
read_file (HdStore     *store,
           const char  *path,
           const GDate *today,
           GError     **error)
{
  return G_OBJECT (hd_ledger_import_new_from_file (store, path, today, error));
}

static char *
summarize (GObject *object)
{
  HdLedgerImport *import = HD_LEDGER_IMPORT (object);

  /* Translators: the counts of the rows of a ledger file, by what the import does with them. */
  return g_strdup_printf (_("%u rows: %u tasks to add, %u to update, %u unchanged, %u bad rows"),
                          g_list_model_get_n_items (hd_import_get_rows (HD_IMPORT (import))),
                          hd_import_count (HD_IMPORT (import), HD_LEDGER_IMPORT_ADD),
                          hd_import_count (HD_IMPORT (import), HD_LEDGER_IMPORT_UPDATE),
                          hd_import_count (HD_IMPORT (import), HD_LEDGER_IMPORT_UNCHANGED),
                          hd_import_get_n_bad (HD_IMPORT (import)));
}

static char *
describe (GObject    *object,
          const char *basename)
{
  HdLedgerImport *import = HD_LEDGER_IMPORT (object);
  guint n_rows = g_list_model_get_n_items (hd_import_get_rows (HD_IMPORT (import)));

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Imported %u row from “%s”: %u tasks added, %u updated. Undo (Ctrl+Z) takes the whole import back.",
                                       "Imported %u rows from “%s”: %u tasks added, %u updated. Undo (Ctrl+Z) takes the whole import back.",
                                       n_rows),
                          n_rows, basename,
                          hd_import_count (HD_IMPORT (import), HD_LEDGER_IMPORT_ADD),
                          hd_import_count (HD_IMPORT (import), HD_LEDGER_IMPORT_UPDATE));
}

static gboolean
row_is_bad (gpointer row)
{
  return hd_ledger_import_row_get_action (row) == HD_LEDGER_IMPORT_BAD;
}

static gboolean
row_is_unchanged (gpointer row)
{
  return hd_ledger_import_row_get_action (row) == HD_LEDGER_IMPORT_UNCHANGED;
}

static const char *
row_action (gpointer row)
{
  return hd_ledger_import_action_get_label (hd_ledger_import_row_get_action (row));
}

/* ---- the columns ---- */

static char *unit_text (gpointer row) { return g_strdup (hd_ledger_import_row_get_unit_path (row)); }
static char *problem_text (gpointer row) { return g_strdup (hd_ledger_import_row_get_problem (row)); }
static char *deadline_text (gpointer row) { return hd_ledger_text_date (hd_ledger_import_row_get_deadline (row)); }
static char *closed_text (gpointer row) { return hd_ledger_text_date (hd_ledger_import_row_get_closed (row)); }

/* A bad row may not have got as far as its plan or kind: those cells stay empty. */
static char *
plan_text (gpointer row)
{
  return row_is_bad (row) ? NULL : g_strdup (hd_task_plan_get_label (hd_ledger_import_row_get_plan (row)));
}

static char *
kind_text (gpointer row)
{
  return row_is_bad (row) ? NULL : g_strdup (hd_task_kind_get_label (hd_ledger_import_row_get_kind (row)));
}

static const HdImportColumn columns[] = {
  { NULL, N_("Unit"), HD_IMPORT_CELL_TEXT, 180, unit_text },
  { "ledger column", NC_("ledger column", "Problem"), HD_IMPORT_CELL_TEXT, 200, problem_text },
  { NULL, N_("Plan"), HD_IMPORT_CELL_SHORT, -1, plan_text },
  { NULL, N_("Kind"), HD_IMPORT_CELL_SHORT, -1, kind_text },
  { NULL, N_("Deadline"), HD_IMPORT_CELL_SHORT, -1, deadline_text },
  { NULL, N_("Closing Date"), HD_IMPORT_CELL_SHORT, -1, closed_text },
};

static const HdImportKind kind = {
  .title = N_("Import Ledger"),
  .rows_label = N_("Rows of the ledger file"),
  .read = read_file,
  .summarize = summarize,
  .describe = describe,
  .row_number = (HdImportRowNumber) hd_ledger_import_row_get_number,
  .row_is_bad = row_is_bad,
  .row_is_unchanged = row_is_unchanged,
  .row_action = row_action,
  .row_reason = (HdImportRowText) hd_ledger_import_row_get_reason,
  .columns = columns,
  .n_columns = G_N_ELEMENTS (columns),
};

const HdImportKind *
hd_ledger_import_kind (void)
{
  return &kind;
}
