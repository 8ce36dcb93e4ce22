/* hd-table-draw.c — drawing a slice of a table: the header, the rows or parts of rows, the
 * rules. Cells are set again from the text, with the layout they were measured with. */
#include "layout/hd-table-private.h"

/* A band across the table: the header, a row, or the part of a row on this page. */
typedef struct {
  double top;
  guint lines;
  int row;              /* -1: the header */
  guint first;          /* the row's lines shown: [first, end) */
  guint end;
} Band;

/* The key columns, and the last of them, which carries the marker. Without key columns the
 * first column is the key. */
static gboolean
is_key (HdTable  *self,
        guint     c,
        gboolean *last)
{
  int last_key = -1;

  for (guint i = 0; i < self->columns->len; i++)
    if (g_array_index (self->columns, HdTableColumn, i).flags & HD_TABLE_COLUMN_KEY)
      last_key = i;
  if (last_key < 0)
    last_key = 0;
  *last = (int) c == last_key;
  return *last || (g_array_index (self->columns, HdTableColumn, c).flags & HD_TABLE_COLUMN_KEY);
}

char *
hd_table_continued_text (HdTable     *self,
                         PangoLayout *layout,
                         guint        r,
                         guint        c,
                         guint        line)
{
  const char *text = hd_table_cell (self, r, c);
  double inner = hd_table_inner_width (self, c);
  gboolean last;
  char *repeated;

  if (line == 0 || !is_key (self, c, &last))
    return NULL;
  if (*text != '\0' && (guint) hd_table_count_lines (layout, text, FALSE, inner) > line)
    return NULL;
  if (!last)
    return g_strdup (text);
  repeated = g_strconcat (text, self->continued, NULL);
  if ((guint) hd_table_count_lines (layout, repeated, FALSE, inner) > self->page_lines)
    {
      g_free (repeated);
      repeated = g_strdup (self->continued);
    }
  return repeated;
}

guint
hd_table_continued_lines (HdTable *self,
                          guint    r,
                          guint    line)
{
  g_autoptr(PangoLayout) layout = hd_typeset_new_layout (self->typeset, HD_FACE_TABLE, FALSE);
  guint lines = 0;

  for (guint c = 0; c < self->columns->len; c++)
    {
      g_autofree char *text = hd_table_continued_text (self, layout, r, c, line);

      if (text != NULL)
        lines = MAX (lines, (guint) hd_table_count_lines (layout, text, FALSE, hd_table_inner_width (self, c)));
    }
  return lines;
}

static GArray *
collect_bands (HdTable       *self,
               const HdSlice *slice,
               double         y)
{
  GArray *bands = g_array_new (FALSE, FALSE, sizeof (Band));
  Band band = { .top = y, .lines = self->header_lines, .row = -1 };

  g_array_append_val (bands, band);
  y += self->header_lines * self->pitch + 2.0 * self->pad_v;

  for (guint r = slice->start.row;
       r < self->rows->len && (r < slice->end.row || (r == slice->end.row && slice->end.line > 0));
       r++)
    {
      band.top = y;
      band.row = r;
      band.first = r == slice->start.row ? slice->start.line : 0;
      band.end = r == slice->end.row ? slice->end.line : hd_table_row (self, r)->n_lines;
      band.lines = band.end - band.first;
      if (band.first > 0)
        band.lines = MAX (band.lines, hd_table_continued_lines (self, r, band.first));
      g_array_append_val (bands, band);
      y += band.lines * self->pitch + 2.0 * self->pad_v;
    }
  return bands;
}

/* A cell's text laid out (@lines lines) is kept for the next cell of the same column with the same
 * text: in a ledger the names, units, dates and lights come again on every page, and setting text
 * (shaping it) is most of the cost of drawing it. A column keeps this many. */
#define KEPT_LAYOUTS 512

void
hd_table_forget_drawn (HdTable *self)
{
  g_clear_pointer (&self->drawn, g_ptr_array_unref);
}

/* The layout of a cell of column @c, or of its title when @title (the header row, the same on
 * every page). */
static PangoLayout *
kept_layout (HdTable     *self,
             guint        c,
             const char  *text,
             gboolean     title,
             gboolean     centre,
             guint       *lines)
{
  GHashTable *kept;
  PangoLayout *layout;

  if (self->drawn == NULL)
    {
      self->drawn = g_ptr_array_new_with_free_func ((GDestroyNotify) g_hash_table_unref);
      /* A table per column, and one for the titles. The cells' strings are kept once each
       * (hd_table_append_row): one pointer a text. */
      for (guint i = 0; i <= self->columns->len; i++)
        g_ptr_array_add (self->drawn, g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_object_unref));
    }
  kept = g_ptr_array_index (self->drawn, title ? self->columns->len : c);
  layout = g_hash_table_lookup (kept, text);
  if (layout == NULL)
    {
      if (g_hash_table_size (kept) >= KEPT_LAYOUTS)
        g_hash_table_remove_all (kept);
      layout = hd_typeset_new_layout (self->typeset, HD_FACE_TABLE, title);
      pango_layout_set_alignment (layout, centre ? PANGO_ALIGN_CENTER : PANGO_ALIGN_LEFT);
      hd_table_count_lines (layout, text, !title && hd_table_is_markup (self, c), hd_table_inner_width (self, c));
      g_hash_table_insert (kept, (gpointer) text, layout);
    }
  *lines = pango_layout_get_line_count (layout);
  return layout;
}

/* Draws lines [first, end) of @layout's @lines; a cell of a row that is whole on the page is
 * centred in the row's height instead, and the parts of a split row begin at their top. */
static void
show_cell (HdTable     *self,
           cairo_t     *cr,
           PangoLayout *layout,
           guint        lines,
           const Band  *band,
           double       x,
           gboolean     whole)
{
  guint first = band->first, end = band->end;
  double offset = 0.0;

  if (whole)
    {
      offset = (band->lines - MIN (lines, band->lines)) * self->pitch / 2.0;
      first = 0;
      end = lines;
    }
  hd_typeset_show_lines (self->typeset, HD_FACE_TABLE, cr, layout, first, MIN (end, lines),
                         x + self->pad_h, band->top + self->pad_v + offset);
}

/* Sets @text (a title, a heading, a repeated key) in @layout and draws it as show_cell(). */
static void
draw_cell (HdTable     *self,
           cairo_t     *cr,
           PangoLayout *layout,
           const char  *text,
           const Band  *band,
           double       x,
           double       width,
           gboolean     centre,
           gboolean     whole)
{
  guint lines;

  pango_layout_set_alignment (layout, centre ? PANGO_ALIGN_CENTER : PANGO_ALIGN_LEFT);
  lines = hd_table_count_lines (layout, text, FALSE, width);
  show_cell (self, cr, layout, lines, band, x, whole);
}

static void
draw_band_text (HdTable     *self,
                cairo_t     *cr,
                PangoLayout *regular,
                PangoLayout *bold,
                const Band  *band,
                double       x)
{
  const HdTableRow *row = band->row >= 0 ? hd_table_row (self, band->row) : NULL;
  gboolean whole = row == NULL || (band->first == 0 && band->end >= row->n_lines);

  if (row != NULL && row->group)
    {
      draw_cell (self, cr, bold, hd_table_cell (self, band->row, 0), band, x,
                 self->width - 2.0 * self->pad_h, FALSE, whole);
      return;
    }

  for (guint c = 0; c < self->columns->len; c++)
    {
      const HdTableColumn *column = &g_array_index (self->columns, HdTableColumn, c);
      double inner = hd_table_inner_width (self, c);

      if (row == NULL)
        {
          guint lines;
          PangoLayout *layout = kept_layout (self, c, column->title, TRUE, TRUE, &lines);

          show_cell (self, cr, layout, lines, band, x, TRUE);
        }
      else
        {
          gboolean centre = (column->flags & HD_TABLE_COLUMN_CENTER) != 0;
          g_autofree char *repeated = hd_table_continued_text (self, regular, band->row, c,
                                                                 band->first);

          if (repeated != NULL)
            {
              Band top = *band;

              top.first = 0;
              top.end = G_MAXUINT;
              draw_cell (self, cr, regular, repeated, &top, x, inner, centre, FALSE);
            }
          else
            {
              guint lines;
              PangoLayout *layout = kept_layout (self, c, hd_table_cell (self, band->row, c), FALSE, centre, &lines);

              show_cell (self, cr, layout, lines, band, x, whole);
            }
        }
      x += column->width;
    }
}

/* The rules: the frame, a line under every band, and the columns' lines except across a group
 * heading. Each page's piece of the table is closed, so the grid is whole on every page. */
static void
draw_rules (HdTable      *self,
            cairo_t      *cr,
            const GArray *bands,
            double        x,
            double        top,
            double        bottom)
{
  cairo_new_path (cr);
  cairo_set_line_width (cr, self->rule);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_MITER);

  for (guint b = 0; b < bands->len; b++)
    {
      const Band *band = &g_array_index (bands, Band, b);
      double band_bottom = b + 1 < bands->len ? g_array_index (bands, Band, b + 1).top : bottom;
      double cx = x;

      if (b + 1 < bands->len)
        {
          cairo_move_to (cr, x, band_bottom);
          cairo_line_to (cr, x + self->width, band_bottom);
        }
      if (band->row >= 0 && hd_table_row (self, band->row)->group)
        continue;
      for (guint c = 0; c + 1 < self->columns->len; c++)
        {
          cx += g_array_index (self->columns, HdTableColumn, c).width;
          cairo_move_to (cr, cx, band->top);
          cairo_line_to (cr, cx, band_bottom);
        }
    }
  cairo_rectangle (cr, x, top, self->width, bottom - top);
  cairo_stroke (cr);
}

void
hd_table_draw (HdBlock       *block,
               HdTypeset     *ts,
               cairo_t       *cr,
               const HdSlice *slice,
               double         x,
               double         y)
{
  HdTable *self = (HdTable *) block;
  g_autoptr(PangoLayout) regular = hd_typeset_new_layout (ts, HD_FACE_TABLE, FALSE);
  g_autoptr(PangoLayout) bold = hd_typeset_new_layout (ts, HD_FACE_TABLE, TRUE);
  g_autoptr(GArray) bands = collect_bands (self, slice, y);

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.0, 0.0, 0.0);
  for (guint b = 0; b < bands->len; b++)
    draw_band_text (self, cr, regular, bold, &g_array_index (bands, Band, b), x);
  draw_rules (self, cr, bands, x, y, y + slice->height);
  cairo_restore (cr);
}
