/* hd-csv-writer.h — CSV as Excel and WPS read it: UTF-8 with a byte order mark (without it Excel
 * takes the file for the system's code page and garbles the Chinese), RFC 4180 quoting, CRLF
 * between records. A text that Excel would run as a formula gets an apostrophe before it
 * (hd_csv_needs_guard), which the importers take away again: an exported ledger imports back
 * unchanged. Rows go straight to the file; nothing is kept in memory. */
#pragma once

#include "sheets/hd-sheet.h"

G_BEGIN_DECLS

typedef struct _HdCsvWriter HdCsvWriter;

/* Starts the file beside @path with the header row. */
HdCsvWriter *hd_csv_writer_new      (const char          *path,
                                     const HdSheetColumn *columns,
                                     guint                n_columns,
                                     GError             **error);
/* One cell per column: dates as ISO (2014-09-30), which Excel reads as dates and the import too. */
gboolean     hd_csv_writer_add_row  (HdCsvWriter         *self,
                                     const HdSheetCell   *cells,
                                     GError             **error);
/* Completes the file and puts it at @path. */
gboolean     hd_csv_writer_finish   (HdCsvWriter         *self,
                                     GError             **error);
/* Frees the writer; a file that was not finished is removed. */
void         hd_csv_writer_free     (HdCsvWriter         *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HdCsvWriter, hd_csv_writer_free)

G_END_DECLS
