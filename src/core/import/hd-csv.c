/* hd-csv.c */
#include <glib/gi18n-lib.h>

#include "import/hd-csv.h"

struct _HdCsv
{
  HdCsvEncoding  encoding;
  GStrv          header;
  guint          n_columns;
  GPtrArray     *records;      /* GStrv per data record */
  GArray        *row_numbers;  /* guint per data record */
};

G_DEFINE_QUARK (hd-csv-error-quark, hd_csv_error)

void
hd_csv_free (HdCsv *self)
{
  if (self == NULL)
    return;
  g_strfreev (self->header);
  g_ptr_array_unref (self->records);
  g_array_unref (self->row_numbers);
  g_free (self);
}

static char *
to_utf8 (const char     *data,
         gsize           length,
         HdCsvEncoding  *encoding,
         GError        **error)
{
  static const char bom[] = "\xEF\xBB\xBF";

  if (length >= 3 && memcmp (data, bom, 3) == 0)
    {
      *encoding = HD_CSV_ENCODING_UTF8_BOM;
      data += 3;
      length -= 3;
    }
  else
    *encoding = HD_CSV_ENCODING_UTF8;

  if (g_utf8_validate_len (data, length, NULL))
    return g_strndup (data, length);

  if (*encoding == HD_CSV_ENCODING_UTF8)
    {
      char *converted = g_convert (data, length, "UTF-8", "GB18030", NULL, NULL, NULL);

      if (converted != NULL)
        {
          *encoding = HD_CSV_ENCODING_GB18030;
          return converted;
        }
    }

  g_set_error (error, HD_CSV_ERROR, HD_CSV_ERROR_ENCODING,
               _("The file is neither UTF-8 nor GB18030 text. Save it again from Excel or WPS as “CSV (comma delimited)” or “CSV UTF-8”."));
  return NULL;
}

static gboolean
record_is_blank (GPtrArray *fields)
{
  for (guint i = 0; i < fields->len; i++)
    if (*(const char *) g_ptr_array_index (fields, i) != '\0')
      return FALSE;
  return TRUE;
}

static void
finish_record (HdCsv     *self,
               GPtrArray *fields,
               guint      row_number)
{
  GStrv record;

  if (record_is_blank (fields))
    {
      g_ptr_array_set_size (fields, 0);
      return;
    }
  g_ptr_array_add (fields, NULL);
  record = (GStrv) g_ptr_array_steal (fields, NULL);
  for (guint i = 0; record[i] != NULL; i++)
    g_strstrip (record[i]);

  if (self->header == NULL)
    {
      self->header = record;
      self->n_columns = g_strv_length (record);
    }
  else
    {
      g_ptr_array_add (self->records, record);
      g_array_append_val (self->row_numbers, row_number);
    }
}

/* RFC 4180, leniently: a quote inside an unquoted field, or text after a closing quote, is kept
 * as text, as Excel does when it reads such a file. */
static gboolean
parse_records (HdCsv       *self,
               const char  *text,
               GError     **error)
{
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) field = g_string_new (NULL);
  gboolean in_quotes = FALSE;
  guint row_number = 1;           /* spreadsheet rows: one per record, blank ones too */
  guint quote_row = 0;
  const char *p = text;

  for (;;)
    {
      char c = *p;

      if (in_quotes)
        {
          if (c == '\0')
            {
              g_set_error (error, HD_CSV_ERROR, HD_CSV_ERROR_SYNTAX,
                           _("Row %u: a quoted field is not closed. Check the quotation marks in that row."),
                           quote_row);
              return FALSE;
            }
          if (c == '"' && p[1] == '"')
            {
              g_string_append_c (field, '"');
              p += 2;
              continue;
            }
          if (c == '"')
            in_quotes = FALSE;
          else
            g_string_append_c (field, c);
          p++;
          continue;
        }

      if (c == '"' && field->len == 0)
        {
          in_quotes = TRUE;
          quote_row = row_number;
          p++;
          continue;
        }
      if (c == ',')
        {
          g_ptr_array_add (fields, g_string_free (g_steal_pointer (&field), FALSE));
          field = g_string_new (NULL);
          p++;
          continue;
        }
      if (c == '\r' || c == '\n' || c == '\0')
        {
          /* At the end of the text, a final line break has already ended the last record. */
          if (c != '\0' || fields->len > 0 || field->len > 0)
            {
              g_ptr_array_add (fields, g_string_free (g_steal_pointer (&field), FALSE));
              field = g_string_new (NULL);
              finish_record (self, fields, row_number);
              row_number++;
            }
          if (c == '\0')
            break;
          if (c == '\r' && p[1] == '\n')
            p++;
          p++;
          continue;
        }
      g_string_append_c (field, c);
      p++;
    }

  if (self->header == NULL)
    {
      g_set_error (error, HD_CSV_ERROR, HD_CSV_ERROR_EMPTY,
                   _("The file is empty: it needs a header row with the column names, then one row per record."));
      return FALSE;
    }
  return TRUE;
}

HdCsv *
hd_csv_parse (const char  *data,
              gsize        length,
              GError     **error)
{
  g_autoptr(HdCsv) self = g_new0 (HdCsv, 1);
  g_autofree char *text = NULL;

  self->records = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  self->row_numbers = g_array_new (FALSE, FALSE, sizeof (guint));

  text = to_utf8 (data, length, &self->encoding, error);
  if (text == NULL || !parse_records (self, text, error))
    return NULL;
  return g_steal_pointer (&self);
}

HdCsv *
hd_csv_parse_file (const char  *path,
                   GError     **error)
{
  g_autofree char *data = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &data, &length, error))
    return NULL;
  return hd_csv_parse (data, length, error);
}

HdCsvEncoding
hd_csv_get_encoding (HdCsv *self)
{
  return self->encoding;
}

const char * const *
hd_csv_get_header (HdCsv *self)
{
  return (const char * const *) self->header;
}

guint
hd_csv_get_n_columns (HdCsv *self)
{
  return self->n_columns;
}

int
hd_csv_find_column (HdCsv      *self,
                    const char *name)
{
  for (guint i = 0; i < self->n_columns; i++)
    if (g_str_equal (self->header[i], name))
      return (int) i;
  return -1;
}

void
hd_csv_find_columns (HdCsv              *self,
                     const char * const *names,
                     guint               n_names,
                     int                *columns)
{
  for (guint i = 0; i < n_names; i++)
    columns[i] = hd_csv_find_column (self, names[i]);
}

guint
hd_csv_get_n_records (HdCsv *self)
{
  return self->records->len;
}

const char *
hd_csv_get_field (HdCsv *self,
                  guint  index,
                  guint  column)
{
  GStrv record;

  g_return_val_if_fail (index < self->records->len, "");

  record = g_ptr_array_index (self->records, index);
  for (guint i = 0; i < column; i++)
    if (record[i] == NULL)
      return "";
  return record[column] != NULL ? record[column] : "";
}

guint
hd_csv_get_row_number (HdCsv *self,
                       guint  index)
{
  g_return_val_if_fail (index < self->row_numbers->len, 0);
  return g_array_index (self->row_numbers, guint, index);
}

static gboolean
is_formula_start (char c)
{
  return c == '=' || c == '+' || c == '-' || c == '@';
}

gboolean
hd_csv_needs_guard (const char *text)
{
  while (*text == '\'')
    text++;
  return is_formula_start (*text);
}

const char *
hd_csv_unguard (const char *field)
{
  return *field == '\'' && hd_csv_needs_guard (field + 1) ? field + 1 : field;
}

void
hd_csv_get_fields (HdCsv       *self,
                   guint        index,
                   const int   *columns,
                   guint        n_columns,
                   const char **fields)
{
  for (guint c = 0; c < n_columns; c++)
    fields[c] = columns[c] >= 0 ? hd_csv_unguard (hd_csv_get_field (self, index, (guint) columns[c])) : "";
}
