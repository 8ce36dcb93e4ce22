/* hd-import-command.h — the main menu's imports (the roster, the ledger): asks for the CSV file,
 * opens its preview over the main window, and shows what the import did in that window's
 * notification (win.show-notification). */
#pragma once

#include "import/hd-import-window.h"

G_BEGIN_DECLS

/* Asks for a CSV file of @kind, then opens its preview over @window. */
void            hd_import_command_choose_file (GtkWindow          *window,
                                               HdContext          *context,
                                               const HdImportKind *kind);
/* Opens the preview of @file over @window (what the command does once a file is chosen). */
HdImportWindow *hd_import_command_open        (GtkWindow          *window,
                                               HdContext          *context,
                                               const HdImportKind *kind,
                                               GFile              *file);

G_END_DECLS
