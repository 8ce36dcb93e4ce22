/* hd-csv-writer.c */
#include <errno.h>
#include <glib/gstdio.h>
#include <stdio.h>

#include "import/hd-csv.h"
#include "sheets/hd-csv-writer.h"

#define BUFFER_SIZE (256 * 1024)

struct _HdCsvWriter
{
  char          *path;
  char          *temp;     /* NULL once finished */
  FILE          *file;
  HdSheetColumn *columns;
  guint          n_columns;
  GString       *line;
};

static void
append_field (GString    *line,
              const char *text)
{
  gboolean quote = strpbrk (text, ",\"\r\n") != NULL;

  if (quote)
    g_string_append_c (line, '"');
  if (hd_csv_needs_guard (text))
    g_string_append_c (line, '\'');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (line, '"');
      g_string_append_c (line, *p);
    }
  if (quote)
    g_string_append_c (line, '"');
}

static gboolean
write_line (HdCsvWriter  *self,
            GError      **error)
{
  g_string_append (self->line, "\r\n");
  if (fwrite (self->line->str, 1, self->line->len, self->file) != self->line->len)
    {
      int saved_errno = errno;

      hd_sheet_set_write_error (error, self->path, g_strerror (saved_errno));
      return FALSE;
    }
  g_string_truncate (self->line, 0);
  return TRUE;
}

HdCsvWriter *
hd_csv_writer_new (const char           *path,
                   const HdSheetColumn  *columns,
                   guint                 n_columns,
                   GError              **error)
{
  g_autoptr(HdCsvWriter) self = g_new0 (HdCsvWriter, 1);

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (n_columns > 0, NULL);

  self->path = g_strdup (path);
  self->columns = g_memdup2 (columns, n_columns * sizeof (HdSheetColumn));
  self->n_columns = n_columns;
  self->line = g_string_new ("\xEF\xBB\xBF");
  self->temp = hd_sheet_temp_new (path, error);
  if (self->temp == NULL)
    return NULL;
  self->file = g_fopen (self->temp, "wb");
  if (self->file == NULL)
    {
      int saved_errno = errno;

      hd_sheet_set_write_error (error, path, g_strerror (saved_errno));
      return NULL;
    }
  setvbuf (self->file, NULL, _IOFBF, BUFFER_SIZE);

  for (guint i = 0; i < n_columns; i++)
    {
      if (i > 0)
        g_string_append_c (self->line, ',');
      append_field (self->line, columns[i].header);
    }
  if (!write_line (self, error))
    return NULL;
  return g_steal_pointer (&self);
}

gboolean
hd_csv_writer_add_row (HdCsvWriter        *self,
                       const HdSheetCell  *cells,
                       GError            **error)
{
  g_return_val_if_fail (self != NULL && self->temp != NULL, FALSE);

  for (guint i = 0; i < self->n_columns; i++)
    {
      if (i > 0)
        g_string_append_c (self->line, ',');
      if (self->columns[i].kind == HD_SHEET_NUMBER)
        {
          char number[G_ASCII_DTOSTR_BUF_SIZE];

          g_string_append (self->line, g_ascii_dtostr (number, sizeof number, cells[i].number));
        }
      else if (cells[i].text != NULL)
        append_field (self->line, cells[i].text);
    }
  return write_line (self, error);
}

gboolean
hd_csv_writer_finish (HdCsvWriter  *self,
                      GError      **error)
{
  FILE *file;

  g_return_val_if_fail (self != NULL && self->temp != NULL, FALSE);

  file = g_steal_pointer (&self->file);
  if (fclose (file) != 0)
    {
      int saved_errno = errno;

      hd_sheet_set_write_error (error, self->path, g_strerror (saved_errno));
      return FALSE;
    }
  return hd_sheet_temp_commit (&self->temp, self->path, error);
}

void
hd_csv_writer_free (HdCsvWriter *self)
{
  if (self == NULL)
    return;
  if (self->file != NULL)
    fclose (self->file);
  hd_sheet_temp_discard (&self->temp);
  g_free (self->path);
  g_free (self->columns);
  g_string_free (self->line, TRUE);
  g_free (self);
}
