/* hd-sheet-export.h — the rectification ledger and the opinion list, filtered as they are shown,
 * into a spreadsheet: .xlsx to read and print, or CSV.
 *
 * The rows stream from the list's own query (hd_ledger_prepare, hd_opinion_list_prepare) to the
 * file one at a time: a province's 900,000 tasks are never in memory together. A ledger's CSV
 * has exactly the columns that the ledger import reads, in its words, so that an exported ledger
 * imports back unchanged; its .xlsx adds the row number (序号) and the deadline light. */
#pragma once

#include "ledger/hd-ledger.h"
#include "opinions/hd-opinion.h"
#include "sheets/hd-sheet.h"

G_BEGIN_DECLS

/* Writes the ledger that @query selects (its lights as of the query's today) into @path; the
 * number of tasks written in @n_rows. On failure nothing is left at @path. */
gboolean  hd_sheet_export_ledger    (HdStore               *store,
                                     const HdLedgerQuery   *query,
                                     HdSheetFormat          format,
                                     const char            *path,
                                     guint                 *n_rows,
                                     GError               **error);
gboolean  hd_sheet_export_opinions  (HdStore               *store,
                                     const HdOpinionFilter *filter,
                                     HdSheetFormat          format,
                                     const char            *path,
                                     guint                 *n_rows,
                                     GError               **error);

G_END_DECLS
