/* hd-table.h — a ruled table that flows over pages.
 *
 * The header row is repeated on every page. Cells wrap between any two characters and are never
 * cut: a row that does not fit on what is left of a page moves whole to the next one, and only a
 * row taller than a whole page is split, between two of its lines, its key cells (序号, 单位 ...)
 * repeated on the next page followed by "（续）". Column widths follow the content within each
 * column's minimum, and the table fills the type area's width.
 */
#pragma once

#include "layout/hd-block.h"

G_BEGIN_DECLS

typedef enum {
  HD_TABLE_COLUMN_KEY    = 1 << 0,  /* repeated where a split row continues */
  HD_TABLE_COLUMN_CENTER = 1 << 1,  /* short values set centred: numbers, dates, names */
  HD_TABLE_COLUMN_MARKUP = 1 << 2,  /* the cells are Pango markup, to colour a mark beside a
                                       word (never with KEY: a repeated key cell is text) */
} HdTableColumnFlags;

typedef struct _HdTable HdTable;

HdTable    *hd_table_new              (void);
void        hd_table_free             (HdTable            *table);

/* @weight 0: the column is as wide as its content where there is room (a number, a date, a
 * name), and no wider. Columns of more weight (long texts, which wrap) share the rest of the
 * type area's width by weight. */
guint       hd_table_add_column       (HdTable            *table,
                                       const char         *title,
                                       double              min_width_mm,
                                       double              weight,
                                       HdTableColumnFlags  flags);
/* One string per column (NULL for an empty cell); add the columns first. */
void        hd_table_append_row       (HdTable            *table,
                                       const char * const *cells);
/* A heading across the whole table for the rows after it (a plan's name); it is kept on the
 * page of the row that follows it. */
void        hd_table_append_group     (HdTable            *table,
                                       const char         *heading);
/* What follows the key cells where a row continues; "（续）" in Chinese by default. */
void        hd_table_set_continued    (HdTable            *table,
                                       const char         *marker);

HdBlock    *hd_table_get_block        (HdTable            *table);
guint       hd_table_get_n_columns    (HdTable            *table);
/* Rows and group headings, in order. */
guint       hd_table_get_n_rows       (HdTable            *table);

/* After the document has laid it out; lengths in points. */
double      hd_table_get_column_width (HdTable            *table,
                                       guint               column);
double      hd_table_get_pitch        (HdTable            *table);
double      hd_table_get_header_height(HdTable            *table);
guint       hd_table_get_row_lines    (HdTable            *table,
                                       guint               row);
double      hd_table_get_row_height   (HdTable            *table,
                                       guint               row);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HdTable, hd_table_free)

G_END_DECLS
