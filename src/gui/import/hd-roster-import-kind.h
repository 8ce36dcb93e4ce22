/* hd-roster-import-kind.h — what the import preview (hd-import-window.h) shows of a roster file
 * (hd-roster-import.h): its columns, its counts, its texts. */
#pragma once

#include "import/hd-import-window.h"
#include "import/hd-roster-import.h"

G_BEGIN_DECLS

/* The plan is an HdRosterImport, the rows HdImportRow. */
const HdImportKind *hd_roster_import_kind (void);

G_END_DECLS
