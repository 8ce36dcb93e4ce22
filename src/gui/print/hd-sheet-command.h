/* hd-sheet-command.h — Export… in the Rectification and Opinions areas: the ledger or the opinion
 * list, filtered as shown, into a spreadsheet (.xlsx, or CSV for other programs and the ledger
 * import) chosen with the file chooser. The rows stream to the file in a worker on a connection
 * of its own (hd-sheet-export.h) while the window goes on; the window's notification
 * (win.show-notification) says that it is being written, then how many rows went where. */
#pragma once

#include <gtk/gtk.h>

#include "hd-context.h"
#include "ledger/hd-ledger.h"
#include "opinions/hd-opinion.h"
#include "sheets/hd-sheet.h"

G_BEGIN_DECLS

/* Ask for the file, proposing @name (without extension), then export. The query or filter is
 * copied. */
void          hd_sheet_command_choose_ledger    (GtkWindow             *window,
                                                 HdContext             *context,
                                                 const HdLedgerQuery   *query,
                                                 const char            *name);
void          hd_sheet_command_choose_opinions  (GtkWindow             *window,
                                                 HdContext             *context,
                                                 const HdOpinionFilter *filter,
                                                 const char            *name);
/* What they do once @file is chosen. */
void          hd_sheet_command_export_ledger    (GtkWindow             *window,
                                                 HdContext             *context,
                                                 const HdLedgerQuery   *query,
                                                 GFile                 *file);
void          hd_sheet_command_export_opinions  (GtkWindow             *window,
                                                 HdContext             *context,
                                                 const HdOpinionFilter *filter,
                                                 GFile                 *file);
/* The format a file's name asks for: CSV for ".csv", .xlsx for ".xlsx"; a name with neither
 * gets ".xlsx" added in *@path. FALSE for a file that is not on this computer. */
gboolean      hd_sheet_command_format_for       (GFile                 *file,
                                                 HdSheetFormat         *format,
                                                 char                 **path);

G_END_DECLS
