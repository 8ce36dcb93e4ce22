/* hd-text.c */
#include "store/hd-text.h"

#include <string.h>

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
  /* The common cases first: printable ASCII, the CJK unified ideographs. */
  if (c < 0x80)
    return c > 0x20 && c != 0x7F;
  if (c >= 0x4E00 && c <= 0x9FFF)
    return TRUE;
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

/* Adds @key to the open-addressing set @slots (a power of two, 0 for empty); FALSE when it was
 * there already. */
static gboolean
set_add (guint64  *slots,
         gsize     n_slots,
         guint64   key)
{
  gsize i = (gsize) ((key * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15)) >> 32) & (n_slots - 1);

  while (slots[i] != 0)
    {
      if (slots[i] == key)
        return FALSE;
      i = (i + 1) & (n_slots - 1);
    }
  slots[i] = key;
  return TRUE;
}

/* The demo and the migration make this for each of a province's 1.9 million opinions: one
 * pass, a set on the stack, no copying. */
char *
hd_text_grams (const char *text)
{
  g_autofree char *valid = NULL;
  guint64 on_stack[1024];
  g_autofree guint64 *on_heap = NULL;
  guint64 *slots = on_stack;
  gsize len, n_slots = G_N_ELEMENTS (on_stack);
  char *grams, *out;
  gunichar previous = 0;

  if (text == NULL)
    text = "";
  len = strlen (text);
  if (!g_utf8_validate (text, len, NULL))
    {
      text = valid = g_utf8_make_valid (text, len);
      len = strlen (text);
    }
  /* At most two grams a character, so fewer than 2 × @len keys; the set keeps half free. */
  if (4 * len > n_slots)
    {
      while (n_slots < 4 * len)
        n_slots *= 2;
      slots = on_heap = g_new (guint64, n_slots);
    }
  memset (slots, 0, n_slots * sizeof *slots);
  /* Each character is written at most three times (alone, first and second of a pair), with
   * two spaces: at most 5 × @len bytes. */
  out = grams = g_malloc (5 * len + 1);
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!hd_text_is_gram_char (c))
        {
          previous = 0;
          continue;
        }
      c = gram_fold (c);
      /* A gram is a key: its first character in the high bits, its second (0 for none) in the
       * low 21. */
      if (set_add (slots, n_slots, (guint64) c << 21))
        {
          if (out != grams)
            *out++ = ' ';
          out += g_unichar_to_utf8 (c, out);
        }
      if (previous != 0 && set_add (slots, n_slots, (guint64) previous << 21 | c))
        {
          if (out != grams)
            *out++ = ' ';
          out += g_unichar_to_utf8 (previous, out);
          out += g_unichar_to_utf8 (c, out);
        }
      previous = c;
    }
  *out = '\0';
  return grams;
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
