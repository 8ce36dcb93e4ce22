/* hd-xlsx-writer.c */
#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <xlsxwriter.h>

#include "sheets/hd-xlsx-writer.h"
#include "store/hd-date.h"

/* Column widths in Excel's units, a Latin character's width; a CJK character takes two. */
#define PADDING          2
#define MAX_TEXT_WIDTH   30
#define MAX_LONG_WIDTH   50
#define DATE_WIDTH       16
/* Excel's limit for one cell's text, in characters. */
#define MAX_CELL_CHARS   32767
/* Shown as 2014年9月30日 whatever the reader's locale. */
#define DATE_FORMAT      "yyyy\"年\"m\"月\"d\"日\""
/* The XML around one cell's value, in bytes, and the size of the worksheet's XML from which the
 * workbook uses ZIP64: half the 4 GB a plain zip entry holds, as the sample may mislead. */
#define CELL_XML_BYTES   48
#define ZIP64_BYTES      (G_GUINT64_CONSTANT (2) << 30)

/* Each light's word in its colour on a pale ground of the same hue, as the ledger shows its marks. */
static const struct {
  lxw_color_t font;
  lxw_color_t fill;   /* 0: none */
} light_colors[HD_LIGHT_N_LIGHTS] = {
  [HD_LIGHT_RED] = { 0xC01C28, 0xFBE3E4 },
  [HD_LIGHT_YELLOW] = { 0x9C6500, 0xFFF4CC },
  [HD_LIGHT_GREEN] = { 0x1E7B4F, 0xE2F5E9 },
  [HD_LIGHT_CLOSED] = { 0x808080, 0 },
  [HD_LIGHT_CLOSED_LATE] = { 0xC64600, 0xFDE9DC },
};

struct _HdXlsxWriter
{
  char          *path;
  char          *temp;      /* NULL once finished */
  char          *folder;    /* libxlsxwriter's temporary files, beside the destination */
  char          *sheet_name;
  lxw_workbook  *workbook;
  lxw_worksheet *sheet;
  HdSheetColumn *columns;
  guint          n_columns;
  double        *widths;
  guint64        sample_bytes;   /* the text of the rows fitted, to guess the worksheet's size */
  guint64        sample_rows;
  gboolean       begun;
  lxw_row_t      row;       /* the next row to write */
  lxw_format    *header_format;
  lxw_format    *text_format;
  lxw_format    *wrap_format;
  lxw_format    *date_format;
  lxw_format    *number_format;
  lxw_format    *light_formats[HD_LIGHT_N_LIGHTS];
  GString       *clean;     /* scratch for texts with control characters */
};

static gboolean
check (HdXlsxWriter  *self,
       lxw_error      result,
       GError       **error)
{
  if (result == LXW_NO_ERROR)
    return TRUE;
  hd_sheet_set_write_error (error, self->path, lxw_strerror (result));
  return FALSE;
}

/* The width of the widest line of @text. */
static double
text_width (const char *text)
{
  double widest = 0, width = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\n')
        {
          widest = MAX (widest, width);
          width = 0;
        }
      else
        width += g_unichar_iswide (c) ? 2 : 1;
    }
  return MAX (widest, width);
}

static double
max_width (HdSheetKind kind)
{
  switch (kind)
    {
    case HD_SHEET_LONG_TEXT:
      return MAX_LONG_WIDTH;
    case HD_SHEET_DATE:
      return DATE_WIDTH;
    case HD_SHEET_TEXT:
    case HD_SHEET_NUMBER:
    case HD_SHEET_LIGHT:
    default:
      return MAX_TEXT_WIDTH;
    }
}

/* XML cannot hold most control characters, and a cell no more than Excel's limit. */
static const char *
cell_text (HdXlsxWriter *self,
           const char   *text)
{
  gboolean has_control = FALSE;
  glong n_chars = 0;
  const char *p;

  for (p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      if ((guchar) *p < 0x20 && *p != '\t' && *p != '\n')
        has_control = TRUE;
      n_chars++;
    }
  if (!has_control && n_chars <= MAX_CELL_CHARS)
    return text;

  g_string_truncate (self->clean, 0);
  n_chars = 0;
  for (p = text; *p != '\0' && n_chars < MAX_CELL_CHARS; p = g_utf8_next_char (p))
    {
      if ((guchar) *p < 0x20 && *p != '\t' && *p != '\n')
        continue;
      g_string_append_len (self->clean, p, g_utf8_next_char (p) - p);
      n_chars++;
    }
  return self->clean->str;
}

HdXlsxWriter *
hd_xlsx_writer_new (const char           *path,
                    const char           *sheet_name,
                    const HdSheetColumn  *columns,
                    guint                 n_columns,
                    GError              **error)
{
  g_autoptr(HdXlsxWriter) self = g_new0 (HdXlsxWriter, 1);

  g_return_val_if_fail (path != NULL && sheet_name != NULL, NULL);
  g_return_val_if_fail (n_columns > 0 && n_columns <= LXW_COL_MAX, NULL);

  self->path = g_strdup (path);
  self->folder = g_path_get_dirname (path);
  self->sheet_name = g_strdup (sheet_name);
  self->columns = g_memdup2 (columns, n_columns * sizeof (HdSheetColumn));
  self->n_columns = n_columns;
  self->widths = g_new0 (double, n_columns);
  self->clean = g_string_new (NULL);
  for (guint i = 0; i < n_columns; i++)
    self->widths[i] = text_width (columns[i].header);
  self->temp = hd_sheet_temp_new (path, error);
  return self->temp != NULL ? g_steal_pointer (&self) : NULL;
}

static void
add_formats (HdXlsxWriter *self)
{
  self->header_format = workbook_add_format (self->workbook);
  format_set_bold (self->header_format);
  format_set_bg_color (self->header_format, 0xEDEDED);
  format_set_bottom (self->header_format, LXW_BORDER_THIN);
  format_set_align (self->header_format, LXW_ALIGN_VERTICAL_CENTER);
  format_set_text_wrap (self->header_format);

  self->text_format = workbook_add_format (self->workbook);
  format_set_align (self->text_format, LXW_ALIGN_VERTICAL_TOP);
  self->wrap_format = workbook_add_format (self->workbook);
  format_set_align (self->wrap_format, LXW_ALIGN_VERTICAL_TOP);
  format_set_text_wrap (self->wrap_format);
  self->number_format = workbook_add_format (self->workbook);
  format_set_align (self->number_format, LXW_ALIGN_VERTICAL_TOP);
  self->date_format = workbook_add_format (self->workbook);
  format_set_align (self->date_format, LXW_ALIGN_VERTICAL_TOP);
  format_set_align (self->date_format, LXW_ALIGN_LEFT);
  format_set_num_format (self->date_format, DATE_FORMAT);
  for (guint light = 0; light < HD_LIGHT_N_LIGHTS; light++)
    {
      lxw_format *format = workbook_add_format (self->workbook);

      format_set_align (format, LXW_ALIGN_VERTICAL_TOP);
      format_set_font_color (format, light_colors[light].font);
      if (light_colors[light].fill != 0)
        format_set_bg_color (format, light_colors[light].fill);
      self->light_formats[light] = format;
    }
}

void
hd_xlsx_writer_fit (HdXlsxWriter      *self,
                    const HdSheetCell *cells)
{
  g_return_if_fail (self != NULL && !self->begun);

  for (guint i = 0; i < self->n_columns; i++)
    {
      double width = 0;

      switch (self->columns[i].kind)
        {
        case HD_SHEET_NUMBER:
          {
            char number[G_ASCII_DTOSTR_BUF_SIZE];

            width = strlen (g_ascii_dtostr (number, sizeof number, cells[i].number));
          }
          break;
        case HD_SHEET_DATE:
          width = cells[i].text != NULL && *cells[i].text != '\0' ? DATE_WIDTH - PADDING : 0;
          break;
        case HD_SHEET_TEXT:
        case HD_SHEET_LONG_TEXT:
        case HD_SHEET_LIGHT:
        default:
          width = cells[i].text != NULL ? text_width (cells[i].text) : 0;
          break;
        }
      self->widths[i] = MAX (self->widths[i], width);
      if (cells[i].text != NULL)
        self->sample_bytes += strlen (cells[i].text);
    }
  self->sample_rows++;
}

gboolean
hd_xlsx_writer_begin (HdXlsxWriter  *self,
                      guint          n_rows,
                      GError       **error)
{
  lxw_workbook_options options = { .constant_memory = LXW_TRUE, .tmpdir = self->folder };

  g_return_val_if_fail (self != NULL && !self->begun && self->temp != NULL, FALSE);

  if (n_rows >= LXW_ROW_MAX)
    {
      g_set_error (error, HD_SHEET_ERROR, HD_SHEET_ERROR_TOO_MANY_ROWS,
                   _("%u rows are more than an Excel worksheet holds (%u). Export a smaller unit, or export as CSV."),
                   n_rows, LXW_ROW_MAX - 1);
      return FALSE;
    }
  /* ZIP64 only where the worksheet's XML may pass the 4 GB of a plain zip entry: it is the one
   * part of the format that older readers may not know. */
  if (self->sample_rows > 0)
    options.use_zip64 = (self->sample_bytes / self->sample_rows + self->n_columns * CELL_XML_BYTES) * n_rows
                        > ZIP64_BYTES;
  self->workbook = workbook_new_opt (self->temp, &options);
  if (self->workbook == NULL ||
      (self->sheet = workbook_add_worksheet (self->workbook, self->sheet_name)) == NULL)
    {
      hd_sheet_set_write_error (error, self->path, g_strerror (ENOMEM));
      return FALSE;
    }
  add_formats (self);
  self->begun = TRUE;

  for (lxw_col_t col = 0; col < self->n_columns; col++)
    {
      self->widths[col] = MIN (self->widths[col] + PADDING, max_width (self->columns[col].kind));
      if (!check (self, worksheet_set_column (self->sheet, col, col, self->widths[col], NULL), error))
        return FALSE;
    }
  worksheet_freeze_panes (self->sheet, 1, 0);
  if (!check (self, worksheet_autofilter (self->sheet, 0, 0, n_rows, self->n_columns - 1), error))
    return FALSE;

  for (lxw_col_t col = 0; col < self->n_columns; col++)
    {
      const char *header = cell_text (self, self->columns[col].header);

      if (!check (self, worksheet_write_string (self->sheet, 0, col, header, self->header_format), error))
        return FALSE;
    }
  self->row = 1;
  return TRUE;
}

static lxw_error
write_cell (HdXlsxWriter      *self,
            lxw_col_t          col,
            const HdSheetCell *cell)
{
  HdSheetKind kind = self->columns[col].kind;
  const char *text;
  GDate date;

  if (kind == HD_SHEET_NUMBER)
    return worksheet_write_number (self->sheet, self->row, col, cell->number, self->number_format);
  if (cell->text == NULL || *cell->text == '\0')
    return LXW_NO_ERROR;

  g_date_clear (&date, 1);
  if (kind == HD_SHEET_DATE && hd_date_parse_iso (cell->text, &date))
    {
      lxw_datetime datetime = {
        .year = g_date_get_year (&date), .month = g_date_get_month (&date), .day = g_date_get_day (&date),
      };

      return worksheet_write_datetime (self->sheet, self->row, col, &datetime, self->date_format);
    }

  text = cell_text (self, cell->text);
  if (kind == HD_SHEET_LIGHT && (guint) cell->light < HD_LIGHT_N_LIGHTS)
    return worksheet_write_string (self->sheet, self->row, col, text, self->light_formats[cell->light]);
  /* Wrapped only where the text is wider than its column or has several lines (Excel shows line
   * breaks only in wrapped cells): Excel makes those rows taller. */
  return worksheet_write_string (self->sheet, self->row, col, text,
                                 strchr (text, '\n') != NULL || text_width (text) > self->widths[col] - PADDING
                                 ? self->wrap_format : self->text_format);
}

gboolean
hd_xlsx_writer_add_row (HdXlsxWriter       *self,
                        const HdSheetCell  *cells,
                        GError            **error)
{
  g_return_val_if_fail (self != NULL && self->begun && self->temp != NULL, FALSE);

  if (self->row >= LXW_ROW_MAX)
    {
      g_set_error (error, HD_SHEET_ERROR, HD_SHEET_ERROR_TOO_MANY_ROWS,
                   _("%u rows are more than an Excel worksheet holds (%u). Export a smaller unit, or export as CSV."),
                   (guint) self->row, LXW_ROW_MAX - 1);
      return FALSE;
    }
  for (lxw_col_t col = 0; col < self->n_columns; col++)
    if (!check (self, write_cell (self, col, &cells[col]), error))
      return FALSE;
  self->row++;
  return TRUE;
}

gboolean
hd_xlsx_writer_finish (HdXlsxWriter  *self,
                       GError       **error)
{
  lxw_error result;

  g_return_val_if_fail (self != NULL && self->begun && self->temp != NULL, FALSE);

  result = workbook_close (g_steal_pointer (&self->workbook));
  if (!check (self, result, error))
    return FALSE;
  return hd_sheet_temp_commit (&self->temp, self->path, error);
}

void
hd_xlsx_writer_free (HdXlsxWriter *self)
{
  if (self == NULL)
    return;
  if (self->workbook != NULL)
    lxw_workbook_free (self->workbook);
  hd_sheet_temp_discard (&self->temp);
  g_free (self->path);
  g_free (self->folder);
  g_free (self->sheet_name);
  g_free (self->columns);
  g_free (self->widths);
  g_string_free (self->clean, TRUE);
  g_free (self);
}
