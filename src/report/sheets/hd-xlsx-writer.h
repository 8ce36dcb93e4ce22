/* hd-xlsx-writer.h — one worksheet of an .xlsx workbook through libxlsxwriter, in its constant
 * memory mode: each row goes to a temporary file as soon as the next begins, so a province's
 * 900,000 rows take no more memory than ten. The price: rows strictly in order, and column
 * widths, the frozen header and the autofilter set before the first row. Hence three steps:
 * fit the widths to the first rows (a CJK character counts as two), begin with the row count,
 * then add every row.
 *
 * The header row is bold and frozen with an autofilter over it; texts wider than their column
 * wrap; dates are real dates shown 2014年9月30日; a light's word has its colour. Texts are
 * always text cells, never formulas, whatever they start with. */
#pragma once

#include "sheets/hd-sheet.h"

G_BEGIN_DECLS

typedef struct _HdXlsxWriter HdXlsxWriter;

/* A workbook of one worksheet named @sheet_name, written beside @path. */
HdXlsxWriter *hd_xlsx_writer_new      (const char          *path,
                                       const char          *sheet_name,
                                       const HdSheetColumn *columns,
                                       guint                n_columns,
                                       GError             **error);
/* Before hd_xlsx_writer_begin(): widens the columns for a sample row. */
void          hd_xlsx_writer_fit      (HdXlsxWriter        *self,
                                       const HdSheetCell   *cells);
/* Sets the widths, the frozen header and the autofilter over @n_rows data rows, and writes the
 * header row; refuses more rows than a worksheet holds (HD_SHEET_ERROR_TOO_MANY_ROWS). */
gboolean      hd_xlsx_writer_begin    (HdXlsxWriter        *self,
                                       guint                n_rows,
                                       GError             **error);
gboolean      hd_xlsx_writer_add_row  (HdXlsxWriter        *self,
                                       const HdSheetCell   *cells,
                                       GError             **error);
/* Completes the workbook and puts it at @path. */
gboolean      hd_xlsx_writer_finish   (HdXlsxWriter        *self,
                                       GError             **error);
/* Frees the writer; a file that was not finished is removed. */
void          hd_xlsx_writer_free     (HdXlsxWriter        *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HdXlsxWriter, hd_xlsx_writer_free)

G_END_DECLS
