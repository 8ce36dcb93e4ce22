/* hd-text.c */
#include "hd-text.h"

char *
hd_text_spaced_chars (const char *text)
{
  GString *spaced = g_string_new (NULL);

  for (const char *p = text; p != NULL && *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == '"')
        continue;
      if (spaced->len > 0)
        g_string_append_c (spaced, ' ');
      g_string_append_unichar (spaced, g_unichar_tolower (c));
    }
  return g_string_free (spaced, FALSE);
}

char *
hd_text_substring_query (const char *text)
{
  g_autofree char *spaced = NULL;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return NULL;
  spaced = hd_text_spaced_chars (text);
  if (*spaced == '\0')
    return NULL;
  /* Quotes were dropped above, so the phrase needs no escaping. */
  return g_strdup_printf ("\"%s\"", spaced);
}

/* The grams index's token characters are every category but whitespace, control, format and
 * surrogate (its tokenizer's categories, hd-schema.c). A character that SQLite's older table of
 * categories counts as a token but GLib as a format character is left out: searched for, it is
 * found by the scan (test-search checks every code point against the tokenizer). */
gboolean
hd_text_is_gram_char (gunichar c)
{
  switch (g_unichar_type (c))
    {
    case G_UNICODE_CONTROL:
    case G_UNICODE_FORMAT:
    case G_UNICODE_SURROGATE:
    case G_UNICODE_SPACE_SEPARATOR:
    case G_UNICODE_LINE_SEPARATOR:
    case G_UNICODE_PARAGRAPH_SEPARATOR:
      return FALSE;
    default:
      return TRUE;
    }
}

/* Latin letters folded here only to drop duplicates; the tokenizer folds every letter. */
static gunichar
gram_fold (gunichar c)
{
  return c < 0x80 ? (gunichar) g_ascii_tolower ((char) c) : c;
}

static int
compare_keys (gconstpointer a,
              gconstpointer b)
{
  guint64 x = *(const guint64 *) a, y = *(const guint64 *) b;

  return x < y ? -1 : x > y;
}

char *
hd_text_grams (const char *text)
{
  g_autoptr(GArray) keys = g_array_new (FALSE, FALSE, sizeof (guint64));
  GString *grams = g_string_new (NULL);
  gunichar previous = 0;

  /* A gram is a key: its first character in the high bits, its second (0 for none) in the low
   * 21; sorted, the duplicates are neighbours. */
  for (const char *p = text; p != NULL && *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      guint64 key;

      if (!hd_text_is_gram_char (c))
        {
          previous = 0;
          continue;
        }
      c = gram_fold (c);
      key = (guint64) c << 21;
      g_array_append_val (keys, key);
      if (previous != 0)
        {
          key = (guint64) previous << 21 | c;
          g_array_append_val (keys, key);
        }
      previous = c;
    }
  g_array_sort (keys, compare_keys);
  for (guint i = 0; i < keys->len; i++)
    {
      guint64 key = g_array_index (keys, guint64, i);

      if (i > 0 && key == g_array_index (keys, guint64, i - 1))
        continue;
      if (grams->len > 0)
        g_string_append_c (grams, ' ');
      g_string_append_unichar (grams, (gunichar) (key >> 21));
      if ((key & 0x1FFFFF) != 0)
        g_string_append_unichar (grams, (gunichar) (key & 0x1FFFFF));
    }
  return g_string_free (grams, FALSE);
}

char *
hd_text_gram_query (const char *text)
{
  GString *query;
  glong n_chars;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return NULL;
  n_chars = g_utf8_strlen (text, -1);
  if (n_chars < 1 || n_chars > 2)
    return NULL;
  query = g_string_new ("\"");
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!hd_text_is_gram_char (c))
        {
          g_string_free (query, TRUE);
          return NULL;
        }
      g_string_append_unichar (query, gram_fold (c));
      if (c == '"')
        g_string_append_c (query, '"');
    }
  g_string_append_c (query, '"');
  return g_string_free (query, FALSE);
}

static void
grams_function (sqlite3_context  *context,
                int               argc,
                sqlite3_value   **argv)
{
  const char *text = (const char *) sqlite3_value_text (argv[0]);

  if (text == NULL)
    sqlite3_result_null (context);
  else
    sqlite3_result_text (context, hd_text_grams (text), -1, g_free);
}

static void
name_chars_function (sqlite3_context  *context,
                     int               argc,
                     sqlite3_value   **argv)
{
  const char *text = (const char *) sqlite3_value_text (argv[0]);
  char *spaced;

  if (text == NULL)
    {
      sqlite3_result_null (context);
      return;
    }
  spaced = hd_text_spaced_chars (text);
  sqlite3_result_text (context, spaced, -1, g_free);
}

gboolean
hd_text_register_sql_functions (sqlite3 *db)
{
  return sqlite3_create_function_v2 (db, "hd_name_chars", 1,
                                     SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                     NULL, name_chars_function, NULL, NULL, NULL) == SQLITE_OK &&
         sqlite3_create_function_v2 (db, "hd_grams", 1,
                                     SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                     NULL, grams_function, NULL, NULL, NULL) == SQLITE_OK;
}
