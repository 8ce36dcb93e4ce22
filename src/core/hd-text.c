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
                                     NULL, name_chars_function, NULL, NULL, NULL) == SQLITE_OK;
}
