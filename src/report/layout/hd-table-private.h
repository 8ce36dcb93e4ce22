/* hd-table-private.h — what hd-table.c (data, measuring, flow) and hd-table-draw.c share. */
#pragma once

#include "layout/hd-table.h"

G_BEGIN_DECLS

typedef struct {
  char *title;
  double min_width;     /* points */
  double weight;
  HdTableColumnFlags flags;
  double header_width;  /* the title on one line, padding included */
  double width;         /* chosen when measured */
} HdTableColumn;

/* Rows are compact (a county's ledger has 9,000): where their cells begin and their height. */
typedef struct {
  guint32 first_cell;
  guint32 n_lines : 31;
  guint32 group : 1;    /* one cell spanning the table */
} HdTableRow;

struct _HdTable {
  HdBlock parent;
  GArray *columns;        /* HdTableColumn */
  GArray *rows;           /* HdTableRow */
  GPtrArray *cells;       /* const char *, in strings */
  GStringChunk *strings;
  char *continued;
  gboolean whole_headers; /* every title fits its column on one line */
  GPtrArray *drawn;       /* per column: cell text → its PangoLayout, set when last drawn */

  /* Measured. */
  HdTypeset *typeset;     /* the document's, while it lives */
  double width;
  double pitch;
  double pad_h;
  double pad_v;
  double rule;
  guint header_lines;
  guint page_lines;       /* the most lines of a row that a page holds below the header */
};

extern const HdBlockClass hd_table_class;

static inline const HdTableRow *
hd_table_row (HdTable *self,
              guint    r)
{
  return &g_array_index (self->rows, HdTableRow, r);
}

static inline const char *
hd_table_cell (HdTable *self,
               guint    r,
               guint    c)
{
  return g_ptr_array_index (self->cells, hd_table_row (self, r)->first_cell + c);
}

static inline double
hd_table_inner_width (HdTable *self,
                      guint    c)
{
  return g_array_index (self->columns, HdTableColumn, c).width - 2.0 * self->pad_h;
}

static inline gboolean
hd_table_is_markup (HdTable *self,
                    guint    c)
{
  return (g_array_index (self->columns, HdTableColumn, c).flags & HD_TABLE_COLUMN_MARKUP) != 0;
}

/* Forgets the layouts kept from drawing: the widths have changed. */
void    hd_table_forget_drawn     (HdTable       *self);
/* Puts @text into @layout as text, or as Pango markup. */
void    hd_table_set_layout_text  (PangoLayout   *layout,
                                   const char    *text,
                                   gboolean       markup);
int     hd_table_count_lines      (PangoLayout   *layout,
                                   const char    *text,
                                   gboolean       markup,
                                   double         width);
/* The text that column @c of row @r shows again where the row continues from @line, or NULL
 * where the column continues from @line like any other. Key cells shown whole before are
 * repeated, the last of them followed by the marker (or the marker alone where the two would
 * not fit a page). */
char   *hd_table_continued_text   (HdTable       *self,
                                   PangoLayout   *layout,
                                   guint          r,
                                   guint          c,
                                   guint          line);
/* The most lines that the repeated cells of row @r take where it continues from @line. */
guint   hd_table_continued_lines  (HdTable       *self,
                                   guint          r,
                                   guint          line);
void    hd_table_draw             (HdBlock       *block,
                                   HdTypeset     *typeset,
                                   cairo_t       *cr,
                                   const HdSlice *slice,
                                   double         x,
                                   double         y);

G_END_DECLS
