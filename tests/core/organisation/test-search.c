/* test-search.c — substring search of names, Chinese without spaces, rare characters. */
#include "hd-test-util.h"
#include "organisation/hd-search.h"
#include "store/hd-text.h"

/* A text and what one of hd-text's functions makes of it (NULL: nothing). */
typedef struct {
  const char *text;
  const char *expected;
} TextCase;

static void
assert_text_cases (char           *(*func) (const char *text),
                   const TextCase  *cases,
                   guint            n_cases)
{
  for (guint i = 0; i < n_cases; i++)
    {
      g_autofree char *made = func (cases[i].text);

      g_assert_cmpstr (made, ==, cases[i].expected);
    }
}

static void
test_spaced_chars (void)
{
  static const TextCase spaced[] = {
    { "张建国", "张 建 国" },
    { " 贠 𠮷 ", "贠 𠮷" },
    { "ABC镇\"x", "a b c 镇 x" },
  };
  static const TextCase queries[] = {
    { "建国", "\"建 国\"" },
    { "   ", NULL },
    { "\xff", NULL },
  };

  assert_text_cases (hd_text_spaced_chars, spaced, G_N_ELEMENTS (spaced));
  assert_text_cases (hd_text_substring_query, queries, G_N_ELEMENTS (queries));
}

static void
test_grams (void)
{
  /* In the order met, each once; no pair across whitespace or a format character. */
  static const TextCase grams[] = {
    { "公车 Ab公", "公 车 公车 a b ab b公" },
    { "会会会", "会 会会" },
    { "𠮷\"\u200d贠\t", "𠮷 \" 𠮷\" 贠" },
    { "\xffx", "\357\277\275 x \357\277\275x" },
  };
  static const TextCase queries[] = {
    { "𠮷", "\"𠮷\"" },
    { "A\"", "\"a\"\"\"" },
    { "公车私", NULL },
    { "", NULL },
    { "会\u3000", NULL },
    { "\xff", NULL },
  };
  g_autoptr(GString) long_text = g_string_new (NULL);
  g_autofree char *long_grams = NULL;

  assert_text_cases (hd_text_grams, grams, G_N_ELEMENTS (grams));
  /* A long text has its set on the heap. */
  for (int i = 0; i < 1000; i++)
    g_string_append (long_text, "公车");
  g_string_append (long_text, "Z");
  long_grams = hd_text_grams (long_text->str);
  g_assert_cmpstr (long_grams, ==, "公 车 公车 车公 z 车z");
  assert_text_cases (hd_text_gram_query, queries, G_N_ELEMENTS (queries));
}

typedef struct {
  int         n_tokens;
  const char *token;
  int         token_len;
} Tokens;

static int
count_token (void       *data,
             int         flags,
             const char *token,
             int         token_len,
             int         start,
             int         end)
{
  Tokens *tokens = data;

  tokens->n_tokens++;
  tokens->token = token;
  tokens->token_len = token_len;
  return SQLITE_OK;
}

/* Every character that hd_text_grams() keeps is one token of the index's own tokenizer, as it
 * is in SQLite here, and every other one is a separator: a gram is never split. */
static void
test_grams_are_tokens (void)
{
  g_autoptr(HdStore) store = hd_test_new_store ("tokens.db", NULL);
  sqlite3 *db = hd_store_get_db (store);
  const char *args[] = { "remove_diacritics", "0", "categories", "L* N* M* P* S* Co Cn" };
  g_autofree char *tokenize = g_strdup_printf ("tokenize = \"unicode61 %s %s %s '%s'\"",
                                               args[0], args[1], args[2], args[3]);
  sqlite3_stmt *stmt = NULL;
  fts5_api *api = NULL;
  void *user_data = NULL;
  fts5_tokenizer tokenizer;
  Fts5Tokenizer *instance = NULL;
  guint kept = 0, not_kept_tokens = 0;

  /* The same tokenizer as the schema's. */
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT instr (sql, ?1) > 0 FROM sqlite_schema WHERE name = 'opinion_grams'",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, tokenize, -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 1);
  sqlite3_finalize (stmt);

  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT fts5 (?1)", -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_pointer (stmt, 1, &api, "fts5_api_ptr", NULL);
  sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  g_assert_nonnull (api);
  g_assert_cmpint (api->xFindTokenizer (api, "unicode61", &user_data, &tokenizer), ==, SQLITE_OK);
  g_assert_cmpint (tokenizer.xCreate (user_data, args, G_N_ELEMENTS (args), &instance), ==, SQLITE_OK);

  for (gunichar c = 1; c <= 0x10FFFF; c++)
    {
      char utf8[8];
      int len;
      Tokens tokens = { 0, NULL, 0 };

      if (c >= 0xD800 && c <= 0xDFFF)
        continue;
      len = g_unichar_to_utf8 (c, utf8);
      g_assert_cmpint (tokenizer.xTokenize (instance, &tokens, FTS5_TOKENIZE_DOCUMENT, utf8, len, count_token),
                       ==, SQLITE_OK);
      /* A gram character is one token. SQLite's table of categories is older than GLib's:
       * some characters GLib knows as format characters (U+2066 and others) are tokens there,
       * which costs those a scan, never a wrong answer. */
      if (hd_text_is_gram_char (c) && tokens.n_tokens != 1)
        g_error ("U+%04X is kept by hd_text_grams but makes %d tokens", c, tokens.n_tokens);
      if (!hd_text_is_gram_char (c))
        not_kept_tokens += tokens.n_tokens;
      kept += hd_text_is_gram_char (c);
    }
  tokenizer.xDelete (instance);
  g_assert_cmpuint (kept, >, 1000000);
  g_assert_cmpuint (not_kept_tokens, <, 100);
  g_assert_false (hd_text_is_gram_char (' ') || hd_text_is_gram_char ('\n') ||
                  hd_text_is_gram_char (0x3000) || hd_text_is_gram_char (0x200D));
}

static HdStore *
make_store (void)
{
  return hd_test_new_store ("search.db",
                            HD_TEST_SQL_COUNTY_AND_TOWN
                            "INSERT INTO unit (id, uuid, parent_id, kind, name, path) VALUES (3, 'u3', 2, 'village', '建国村', '/000000001/000000002/000000003/');"
                            "INSERT INTO person (id, uuid, unit_id, name, title) VALUES (1, 'p1', 2, '张建国', '镇长');"
                            "INSERT INTO person (id, uuid, unit_id, name) VALUES (2, 'p2', 3, '李国建');"
                            "INSERT INTO person (id, uuid, unit_id, name) VALUES (3, 'p3', 3, '贠𠮷');");
}

static char *
describe_hit (gpointer hit)
{
  return g_strdup_printf ("%s:%s@%" G_GINT64_FORMAT "(%s)",
                          hd_search_hit_get_kind (hit) == HD_SEARCH_HIT_UNIT ? "U" : "P",
                          hd_search_hit_get_name (hit), hd_search_hit_get_unit_id (hit),
                          hd_search_hit_get_detail (hit));
}

static char *
describe (GListModel *hits)
{
  return hd_test_describe_items (hits, ";", describe_hit);
}

static void
test_search (void)
{
  g_autoptr(HdStore) store = make_store ();
  g_autoptr(GError) error = NULL;
  struct { const char *query; const char *expected; } cases[] = {
    { "建国", "U:建国村@3(示范县/城关镇);P:张建国@2(镇长 · 示范县/城关镇)" },
    { "国建", "P:李国建@3(示范县/城关镇/建国村)" },
    { "国", "U:建国村@3(示范县/城关镇);P:张建国@2(镇长 · 示范县/城关镇);P:李国建@3(示范县/城关镇/建国村)" },
    { "𠮷", "P:贠𠮷@3(示范县/城关镇/建国村)" },
    { " 贠𠮷 ", "P:贠𠮷@3(示范县/城关镇/建国村)" },
    { "城关镇", "U:城关镇@2(示范县)" },
    { "关城", "" },
    { "", "" },
    { "\"", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GListModel) hits = hd_search_names (store, cases[i].query, 50, &error);
      g_autofree char *text = NULL;

      g_assert_no_error (error);
      text = describe (hits);
      g_assert_cmpstr (text, ==, cases[i].expected);
    }
}

static void
test_index_follows_changes (void)
{
  g_autoptr(HdStore) store = make_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) renamed = NULL;
  g_autoptr(GListModel) old_name = NULL;
  g_autoptr(GListModel) deleted = NULL;
  g_autoptr(GListModel) limited = NULL;

  hd_test_exec (store,
                "UPDATE person SET name = '王小明' WHERE id = 1;"
                "DELETE FROM person WHERE id = 2;");
  renamed = hd_search_names (store, "小明", 50, &error);
  old_name = hd_search_names (store, "张建", 50, &error);
  deleted = hd_search_names (store, "李国", 50, &error);
  g_assert_cmpuint (g_list_model_get_n_items (renamed), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (old_name), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (deleted), ==, 0);

  limited = hd_search_names (store, "村", 0, &error);
  g_assert_cmpuint (g_list_model_get_n_items (limited), ==, 0);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/search/spaced-chars", test_spaced_chars);
  g_test_add_func ("/search/grams", test_grams);
  g_test_add_func ("/search/grams-are-tokens", test_grams_are_tokens);
  g_test_add_func ("/search/search", test_search);
  g_test_add_func ("/search/index-follows-changes", test_index_follows_changes);

  return g_test_run ();
}
