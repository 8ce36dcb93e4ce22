/* hd-ledger-import-window.h — the preview of a rectification ledger spreadsheet before it is
 * imported (hd-ledger-import.h): every row with what the import does with it, bad rows by number
 * with the reason, and Import as one undoable edit, refused while any row is bad. */
#pragma once

#include <gtk/gtk.h>

#include "hd-context.h"
#include "hd-ledger-import.h"

G_BEGIN_DECLS

#define HD_TYPE_LEDGER_IMPORT_WINDOW (hd_ledger_import_window_get_type ())
G_DECLARE_FINAL_TYPE (HdLedgerImportWindow, hd_ledger_import_window, HD, LEDGER_IMPORT_WINDOW, GtkWindow)

/* Reads and plans @file in a worker; "imported" (a sentence saying what was done) after Import. */
HdLedgerImportWindow *hd_ledger_import_window_new            (GtkWindow            *parent,
                                                              HdContext            *context,
                                                              GFile                *file);
/* For tests. */
gboolean              hd_ledger_import_window_get_busy       (HdLedgerImportWindow *self);
HdLedgerImport       *hd_ledger_import_window_get_import     (HdLedgerImportWindow *self);
const char           *hd_ledger_import_window_get_error      (HdLedgerImportWindow *self);
const char           *hd_ledger_import_window_get_summary    (HdLedgerImportWindow *self);
GtkWidget            *hd_ledger_import_window_get_import_button (HdLedgerImportWindow *self);
/* Of HdLedgerImportRow: every row, or only the bad ones. */
GListModel           *hd_ledger_import_window_get_shown_rows (HdLedgerImportWindow *self);
void                  hd_ledger_import_window_set_bad_only   (HdLedgerImportWindow *self,
                                                              gboolean              bad_only);
/* "These columns are not imported: …", or NULL. */
const char           *hd_ledger_import_window_get_ignored_text (HdLedgerImportWindow *self);

G_END_DECLS
