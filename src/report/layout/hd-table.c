/* hd-table.c — the table's data, its measuring and its flow into pages; hd-table-draw.c draws
 * the slices. */
#include <math.h>
#include <glib/gi18n-lib.h>

#include "layout/hd-page.h"
#include "layout/hd-table-private.h"

/* What is known of a string's size. Strings are kept once each, so equal cells (a unit's name,
 * a date) are measured once. */
typedef struct {
  int width;          /* on one line, in Pango units; -1 where it was not needed */
  int lines;          /* on one line: more where the text breaks lines itself */
  guint column;       /* 1 + the column that wrapped_lines is for, or 0 */
  int wrapped_lines;
} Natural;

HdTable *
hd_table_new (void)
{
  HdTable *self = g_new0 (HdTable, 1);

  self->parent.klass = &hd_table_class;
  self->columns = g_array_new (FALSE, TRUE, sizeof (HdTableColumn));
  self->rows = g_array_new (FALSE, FALSE, sizeof (HdTableRow));
  self->cells = g_ptr_array_new ();
  self->strings = g_string_chunk_new (64 * 1024);
  self->continued = g_strdup (C_("table row", "(continued)"));
  return self;
}

void
hd_table_free (HdTable *self)
{
  if (self == NULL)
    return;
  for (guint c = 0; c < self->columns->len; c++)
    g_free (g_array_index (self->columns, HdTableColumn, c).title);
  g_array_unref (self->columns);
  g_array_unref (self->rows);
  g_ptr_array_unref (self->cells);
  g_string_chunk_free (self->strings);
  g_free (self->continued);
  g_clear_pointer (&self->drawn, g_ptr_array_unref);
  g_free (self);
}

guint
hd_table_add_column (HdTable            *self,
                     const char         *title,
                     double              min_width_mm,
                     double              weight,
                     HdTableColumnFlags  flags)
{
  HdTableColumn column = {
    .title = g_strdup (title != NULL ? title : ""),
    .min_width = hd_page_mm_to_points (MAX (min_width_mm, 0.0)),
    .weight = MAX (weight, 0.0),
    .flags = flags,
  };

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (self->rows->len == 0, 0);
  g_return_val_if_fail ((flags & HD_TABLE_COLUMN_KEY) == 0 || (flags & HD_TABLE_COLUMN_MARKUP) == 0, 0);

  g_array_append_val (self->columns, column);
  return self->columns->len - 1;
}

static const char *
keep (HdTable    *self,
      const char *text)
{
  return text == NULL || *text == '\0' ? "" : g_string_chunk_insert_const (self->strings, text);
}

void
hd_table_append_row (HdTable            *self,
                     const char * const *cells)
{
  HdTableRow row = { .first_cell = self->cells->len, .n_lines = 1 };

  g_return_if_fail (self != NULL && cells != NULL);
  g_return_if_fail (self->columns->len > 0);

  for (guint c = 0; c < self->columns->len; c++)
    g_ptr_array_add (self->cells, (gpointer) keep (self, cells[c]));
  g_array_append_val (self->rows, row);
}

void
hd_table_append_group (HdTable    *self,
                       const char *heading)
{
  HdTableRow row = { .first_cell = self->cells->len, .n_lines = 1, .group = TRUE };

  g_return_if_fail (self != NULL);

  g_ptr_array_add (self->cells, (gpointer) keep (self, heading));
  g_array_append_val (self->rows, row);
}

void
hd_table_set_continued (HdTable    *self,
                        const char *marker)
{
  g_return_if_fail (self != NULL && marker != NULL);

  g_free (self->continued);
  self->continued = g_strdup (marker);
}

HdBlock *
hd_table_get_block (HdTable *self)
{
  return &self->parent;
}

guint
hd_table_get_n_columns (HdTable *self)
{
  return self->columns->len;
}

guint
hd_table_get_n_rows (HdTable *self)
{
  return self->rows->len;
}

double
hd_table_get_column_width (HdTable *self,
                           guint    column)
{
  g_return_val_if_fail (column < self->columns->len, 0.0);

  return g_array_index (self->columns, HdTableColumn, column).width;
}

double
hd_table_get_pitch (HdTable *self)
{
  return self->pitch;
}

double
hd_table_get_header_height (HdTable *self)
{
  return self->header_lines * self->pitch + 2.0 * self->pad_v;
}

guint
hd_table_get_row_lines (HdTable *self,
                        guint    row)
{
  g_return_val_if_fail (row < self->rows->len, 0);

  return hd_table_row (self, row)->n_lines;
}

double
hd_table_get_row_height (HdTable *self,
                         guint    row)
{
  return hd_table_get_row_lines (self, row) * self->pitch + 2.0 * self->pad_v;
}

/* Measuring. */

void
hd_table_set_layout_text (PangoLayout *layout,
                          const char  *text,
                          gboolean     markup)
{
  if (markup)
    pango_layout_set_markup (layout, text, -1);
  else
    {
      /* Markup leaves its attributes on the layout, which would colour the next cell; a table's
       * layouts have none of their own. */
      pango_layout_set_attributes (layout, NULL);
      pango_layout_set_text (layout, text, -1);
    }
}

int
hd_table_count_lines (PangoLayout *layout,
                      const char  *text,
                      gboolean     markup,
                      double       width)
{
  pango_layout_set_width (layout, (int) floor (width * PANGO_SCALE));
  hd_table_set_layout_text (layout, text, markup);
  return pango_layout_get_line_count (layout);
}

typedef struct {
  PangoLayout *layout;     /* one line, no width */
  PangoLayout *wrapping;
  GHashTable *index;       /* string → position in naturals */
  GArray *naturals;
} Measure;

static Natural *
find_natural (Measure    *m,
              const char *text)
{
  gpointer found;
  Natural natural = { .width = -1 };

  if (g_hash_table_lookup_extended (m->index, text, NULL, &found))
    return &g_array_index (m->naturals, Natural, GPOINTER_TO_UINT (found));
  g_hash_table_insert (m->index, (gpointer) text, GUINT_TO_POINTER (m->naturals->len));
  g_array_append_val (m->naturals, natural);
  return &g_array_index (m->naturals, Natural, m->naturals->len - 1);
}

static int
natural_width (Measure    *m,
               const char *text,
               gboolean    markup)
{
  Natural *natural = find_natural (m, text);

  if (natural->width < 0)
    {
      hd_table_set_layout_text (m->layout, text, markup);
      pango_layout_get_size (m->layout, &natural->width, NULL);
      natural->lines = pango_layout_get_line_count (m->layout);
    }
  return natural->width;
}

/* The lines of a cell in column @c, @inner points wide. A cell measured on one line that fits is
 * not laid out again, nor is a string already wrapped in this column. */
static guint
cell_lines (Measure    *m,
            const char *text,
            gboolean    markup,
            guint       c,
            double      inner)
{
  Natural *natural;
  int lines;

  if (*text == '\0')
    return 1;
  natural = find_natural (m, text);
  if (natural->width >= 0 && natural->width <= (int) floor (inner * PANGO_SCALE))
    return natural->lines;
  if (natural->column == c + 1)
    return natural->wrapped_lines;
  lines = hd_table_count_lines (m->wrapping, text, markup, inner);
  natural->column = c + 1;
  natural->wrapped_lines = lines;
  return lines;
}

static double
column_min (HdTable *self,
            guint    c,
            double   min_char)
{
  const HdTableColumn *column = &g_array_index (self->columns, HdTableColumn, c);
  double min = MAX (column->min_width, min_char);

  return self->whole_headers ? MAX (min, column->header_width) : min;
}

/* The widest the content of each column is on one line (header included), padding included.
 * Once a column's content is wider than the column could ever be (the table less the other
 * columns' minimums) the rest of its cells are not measured on one line: they wrap anyway. */
static void
measure_naturals (HdTable *self,
                  Measure *m,
                  double  *natural,
                  double   min_char,
                  double   width)
{
  guint n = self->columns->len;
  g_autofree double *cap = g_new (double, n);
  g_autoptr(PangoLayout) bold = hd_typeset_new_layout (self->typeset, HD_FACE_TABLE, TRUE);
  double sum_min = 0.0;

  for (guint c = 0; c < n; c++)
    sum_min += column_min (self, c, min_char);
  for (guint c = 0; c < n; c++)
    {
      int w;

      cap[c] = width - (sum_min - column_min (self, c, min_char));
      pango_layout_set_text (bold, g_array_index (self->columns, HdTableColumn, c).title, -1);
      pango_layout_get_size (bold, &w, NULL);
      natural[c] = (double) w / PANGO_SCALE + 2.0 * self->pad_h;
      g_array_index (self->columns, HdTableColumn, c).header_width = natural[c];
    }
  for (guint r = 0; r < self->rows->len; r++)
    {
      if (hd_table_row (self, r)->group)
        continue;
      for (guint c = 0; c < n; c++)
        {
          const char *text = hd_table_cell (self, r, c);

          if (*text != '\0' && natural[c] <= cap[c])
            natural[c] = MAX (natural[c], (double) natural_width (m, text, hd_table_is_markup (self, c)) / PANGO_SCALE
                                          + 2.0 * self->pad_h);
        }
    }
}

/* The content's widths within the minimums, filling @width. A column is no narrower than its title
 * on one line (责任单位 broken as 责任单/位 reads badly) where the table is wide enough for every
 * title so. Every column gets its minimum; then
 * the columns of weight 0 (a number, a date, a name, a status) get all their content needs while
 * there is room, those that need least first, so that they are not broken; the other columns,
 * long texts that wrap anyway, share what is left by weight, none beyond its content's width.
 * Width left over once every column has its content's goes to the columns by weight. */
static void
choose_widths (HdTable      *self,
               const double *natural,
               double        min_char,
               double        width)
{
  guint n = self->columns->len, n_open = n;
  double left = width;
  g_autofree double *want = g_new (double, n);
  g_autofree gboolean *settled = g_new0 (gboolean, n);
  g_autofree guint *order = g_new (guint, n);
  double sum_min = 0.0;

  self->whole_headers = TRUE;
  for (guint c = 0; c < n; c++)
    sum_min += column_min (self, c, min_char);
  self->whole_headers = sum_min <= width;

  for (guint c = 0; c < n; c++)
    {
      HdTableColumn *column = &g_array_index (self->columns, HdTableColumn, c);

      column->width = column_min (self, c, min_char);
      want[c] = MAX (natural[c], column->width) - column->width;
      left -= column->width;
      order[c] = c;
    }
  if (left <= 0.0)
    {
      /* The minimums alone are too wide: narrow them all alike. */
      for (guint c = 0; c < n; c++)
        g_array_index (self->columns, HdTableColumn, c).width *= width / (width - left);
      return;
    }

  /* Least wants first (an insertion sort: tables have a dozen columns). */
  for (guint i = 1; i < n; i++)
    for (guint j = i; j > 0 && want[order[j]] < want[order[j - 1]]; j--)
      {
        guint t = order[j];

        order[j] = order[j - 1];
        order[j - 1] = t;
      }
  for (guint i = 0; i < n && want[order[i]] <= left; i++)
    {
      if (g_array_index (self->columns, HdTableColumn, order[i]).weight > 0.0)
        continue;
      g_array_index (self->columns, HdTableColumn, order[i]).width += want[order[i]];
      left -= want[order[i]];
      settled[order[i]] = TRUE;
      n_open--;
    }

  /* The rest by weight, settling any column whose share would pass its content. */
  while (n_open > 0 && left > HD_BLOCK_EPSILON)
    {
      double sum_weight = 0.0;
      gboolean capped = FALSE;

      for (guint c = 0; c < n; c++)
        if (!settled[c])
          sum_weight += g_array_index (self->columns, HdTableColumn, c).weight;
      for (guint c = 0; c < n && !capped; c++)
        {
          double weight = g_array_index (self->columns, HdTableColumn, c).weight;
          double share = sum_weight > 0.0 ? left * weight / sum_weight : left / n_open;

          if (!settled[c] && share >= want[c])
            {
              g_array_index (self->columns, HdTableColumn, c).width += want[c];
              left -= want[c];
              settled[c] = TRUE;
              n_open--;
              capped = TRUE;
            }
        }
      if (capped)
        continue;
      for (guint c = 0; c < n; c++)
        if (!settled[c])
          {
            double weight = g_array_index (self->columns, HdTableColumn, c).weight;

            g_array_index (self->columns, HdTableColumn, c).width
              += sum_weight > 0.0 ? left * weight / sum_weight : left / n_open;
          }
      left = 0.0;
    }

  if (left > HD_BLOCK_EPSILON)
    {
      double sum_weight = 0.0;

      for (guint c = 0; c < n; c++)
        sum_weight += g_array_index (self->columns, HdTableColumn, c).weight;
      for (guint c = 0; c < n; c++)
        g_array_index (self->columns, HdTableColumn, c).width
          += sum_weight > 0.0 ? left * g_array_index (self->columns, HdTableColumn, c).weight / sum_weight
                              : left / n;
    }
}

static void
table_measure (HdBlock   *block,
               HdTypeset *ts,
               double     width,
               double     height)
{
  HdTable *self = (HdTable *) block;
  const HdPageFigures *f = hd_page_figures ();
  HdStyle *style = hd_typeset_get_style (ts);
  double size = hd_style_get_size (style, HD_FACE_TABLE);
  guint n = self->columns->len;
  g_autofree double *natural = g_new0 (double, n);
  g_autoptr(PangoLayout) bold = hd_typeset_new_layout (ts, HD_FACE_TABLE, TRUE);
  Measure m = {
    .layout = hd_typeset_new_layout (ts, HD_FACE_TABLE, FALSE),
    .wrapping = hd_typeset_new_layout (ts, HD_FACE_TABLE, FALSE),
    .index = g_hash_table_new (g_direct_hash, g_direct_equal),
    .naturals = g_array_new (FALSE, FALSE, sizeof (Natural)),
  };
  double min_char = f->table_min_column_chars * size;
  double fit;

  g_return_if_fail (n > 0);

  hd_table_forget_drawn (self);
  self->typeset = ts;
  self->width = width;
  self->pitch = hd_style_get_pitch (style, HD_FACE_TABLE);
  self->pad_h = hd_page_mm_to_points (f->table_padding_h_mm);
  self->pad_v = hd_page_mm_to_points (f->table_padding_v_mm);
  self->rule = hd_page_mm_to_points (f->table_rule_mm);
  min_char += 2.0 * self->pad_h;

  measure_naturals (self, &m, natural, min_char, width);
  choose_widths (self, natural, min_char, width);

  self->header_lines = 1;
  for (guint c = 0; c < n; c++)
    self->header_lines = MAX (self->header_lines,
                              (guint) hd_table_count_lines (bold, g_array_index (self->columns, HdTableColumn, c).title, FALSE,
                                                            hd_table_inner_width (self, c)));
  for (guint r = 0; r < self->rows->len; r++)
    {
      HdTableRow *row = &g_array_index (self->rows, HdTableRow, r);

      if (row->group)
        {
          row->n_lines = hd_table_count_lines (bold, hd_table_cell (self, r, 0), FALSE,
                                               width - 2.0 * self->pad_h);
          continue;
        }
      row->n_lines = 1;
      for (guint c = 0; c < n; c++)
        row->n_lines = MAX (row->n_lines, cell_lines (&m, hd_table_cell (self, r, c), hd_table_is_markup (self, c), c,
                                                      hd_table_inner_width (self, c)));
    }

  fit = floor ((height - hd_table_get_header_height (self) - 2.0 * self->pad_v + HD_BLOCK_EPSILON)
               / self->pitch);
  self->page_lines = fit >= 1.0 ? (guint) fit : 1;

  g_object_unref (m.layout);
  g_object_unref (m.wrapping);
  g_hash_table_unref (m.index);
  g_array_unref (m.naturals);
}

/* Flowing. */

static double
part_height (HdTable *self,
             guint    lines)
{
  return lines * self->pitch + 2.0 * self->pad_v;
}

/* The lines that row @r needs from line @line on: the lines left, or the key cells repeated
 * with the marker where they are more. */
static guint
part_lines (HdTable *self,
            guint    r,
            guint    line)
{
  guint left = hd_table_row (self, r)->n_lines - line;

  return line > 0 ? MAX (left, hd_table_continued_lines (self, r, line)) : left;
}

/* Does row @r begin in @room points: whole, or its first lines where it must be split anyway? */
static gboolean
row_begins_in (HdTable *self,
               guint    r,
               double   room)
{
  guint lines = hd_table_row (self, r)->n_lines;

  if (lines > self->page_lines)
    lines = hd_page_figures ()->table_min_split_lines;
  return part_height (self, lines) <= room + HD_BLOCK_EPSILON;
}

static gboolean
table_flow (HdBlock   *block,
            HdFlowPos  pos,
            double     avail,
            double     page_height,
            HdSlice   *slice)
{
  HdTable *self = (HdTable *) block;
  gboolean page_top = avail >= page_height - HD_BLOCK_EPSILON;
  double y = hd_table_get_header_height (self);
  guint r = pos.row, line = pos.line;
  gboolean placed = self->rows->len == 0 && (page_top || y <= avail + HD_BLOCK_EPSILON);

  while (r < self->rows->len)
    {
      guint lines = part_lines (self, r, line);
      double h = part_height (self, lines);
      guint fit, take;

      if (y + h <= avail + HD_BLOCK_EPSILON)
        {
          /* A group heading stays with the row after it. */
          if (hd_table_row (self, r)->group && r + 1 < self->rows->len
              && !row_begins_in (self, r + 1, avail - y - h) && (placed || !page_top))
            break;
          y += h;
          r++;
          line = 0;
          placed = TRUE;
          continue;
        }

      /* A row that a page holds moves whole to the next page. */
      if (lines <= self->page_lines && (placed || !page_top))
        break;

      /* A row taller than a page is split between two of its lines, beginning here if enough
       * of it fits. */
      fit = (guint) MAX (0.0, floor ((avail - y - 2.0 * self->pad_v + HD_BLOCK_EPSILON) / self->pitch));
      if (fit < hd_page_figures ()->table_min_split_lines && (placed || !page_top))
        break;
      take = MIN (MAX (fit, 1), hd_table_row (self, r)->n_lines - line);
      y += part_height (self, MAX (take, line > 0 ? hd_table_continued_lines (self, r, line) : 0));
      line += take;
      if (line >= hd_table_row (self, r)->n_lines)
        {
          r++;
          line = 0;
        }
      placed = TRUE;
      break;
    }

  if (!placed)
    return FALSE;
  slice->start = pos;
  slice->end = (HdFlowPos) { r, line };
  slice->height = y;
  return TRUE;
}

static gboolean
table_done (HdBlock   *block,
            HdFlowPos  pos)
{
  return pos.row >= ((HdTable *) block)->rows->len;
}

static void
table_free (HdBlock *block)
{
  hd_table_free ((HdTable *) block);
}

const HdBlockClass hd_table_class = {
  .measure = table_measure,
  .flow = table_flow,
  .done = table_done,
  .draw = hd_table_draw,
  .free = table_free,
};
