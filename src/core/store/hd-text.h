/* hd-text.h — text helpers for searching Chinese, which has no spaces between words. */
#pragma once

#include <sqlite3.h>
#include <glib.h>

G_BEGIN_DECLS

/* "张 建 国" for "张建国": the characters separated by spaces, whitespace dropped, Latin letters
 * folded to lower case. Indexed this way, FTS5 finds any run of characters as a phrase. */
char     *hd_text_spaced_chars            (const char *text);
/* The FTS5 query that finds @text anywhere in such an index: a quoted phrase, or NULL when
 * @text has no characters to look for. */
char     *hd_text_substring_query         (const char *text);
/* What the opinions' grams index (schema v5) holds for @text: each distinct character and each
 * distinct pair of adjacent characters, separated by spaces; whitespace, control and format
 * characters are left out and break pairs. Deterministic: the index's triggers delete an old
 * text by its grams. */
char     *hd_text_grams                   (const char *text);
/* TRUE for a character that hd_text_grams() keeps. */
gboolean  hd_text_is_gram_char            (gunichar    c);
/* The FTS5 query that finds a text of one or two characters in the grams index, or NULL when
 * @text is longer or has a character that the index leaves out. */
char     *hd_text_gram_query              (const char *text);
/* Registers hd_name_chars(TEXT) and hd_grams(TEXT) for the schema's triggers on @db. */
gboolean  hd_text_register_sql_functions  (sqlite3    *db);

G_END_DECLS
