/* hd-talk-import-kind.h — what the import preview (hd-import-window.h) shows of a conversations
 * register (谈心谈话台账, hd-talk-import.h): its columns, its counts, its texts. */
#pragma once

#include "import/hd-import-window.h"
#include "import/hd-talk-import.h"

G_BEGIN_DECLS

/* The plan is an HdTalkImport, the rows HdTalkImportRow. */
const HdImportKind *hd_talk_import_kind (void);

G_END_DECLS
