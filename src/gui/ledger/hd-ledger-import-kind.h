/* hd-ledger-import-kind.h — what the import preview (hd-import-window.h) shows of a rectification
 * ledger spreadsheet (hd-ledger-import.h): its columns, its counts, its texts. */
#pragma once

#include "import/hd-import-window.h"
#include "import/hd-ledger-import.h"

G_BEGIN_DECLS

/* The plan is an HdLedgerImport, the rows HdLedgerImportRow. */
const HdImportKind *hd_ledger_import_kind (void);

G_END_DECLS
