/* test-search.c — substring search of names, Chinese without spaces, rare characters. */
#include "hd-search.h"
#include "hd-test-util.h"
#include "hd-text.h"

static void
test_spaced_chars (void)
{
  g_autofree char *a = hd_text_spaced_chars ("张建国");
  g_autofree char *b = hd_text_spaced_chars (" 贠 𠮷 ");
  g_autofree char *c = hd_text_spaced_chars ("ABC镇\"x");
  g_autofree char *q = hd_text_substring_query ("建国");

  g_assert_cmpstr (a, ==, "张 建 国");
  g_assert_cmpstr (b, ==, "贠 𠮷");
  g_assert_cmpstr (c, ==, "a b c 镇 x");
  g_assert_cmpstr (q, ==, "\"建 国\"");
  g_assert_null (hd_text_substring_query ("   "));
  g_assert_null (hd_text_substring_query ("\xff"));
}

static HdStore *
make_store (void)
{
  g_autofree char *dir = hd_test_make_tmpdir ();
  HdStore *store = hd_test_open_store (dir, "search.db");

  g_assert_cmpint (sqlite3_exec (hd_store_get_db (store),
                                 "INSERT INTO unit (id, uuid, kind, name, path) VALUES (1, 'u1', 'county', '示范县', '/000000001/');"
                                 "INSERT INTO unit (id, uuid, parent_id, kind, name, path) VALUES (2, 'u2', 1, 'township', '城关镇', '/000000001/000000002/');"
                                 "INSERT INTO unit (id, uuid, parent_id, kind, name, path) VALUES (3, 'u3', 2, 'village', '建国村', '/000000001/000000002/000000003/');"
                                 "INSERT INTO person (id, uuid, unit_id, name, title) VALUES (1, 'p1', 2, '张建国', '镇长');"
                                 "INSERT INTO person (id, uuid, unit_id, name) VALUES (2, 'p2', 3, '李国建');"
                                 "INSERT INTO person (id, uuid, unit_id, name) VALUES (3, 'p3', 3, '贠𠮷');",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  return store;
}

static char *
describe (GListModel *hits)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (hits); i++)
    {
      g_autoptr(HdSearchHit) hit = g_list_model_get_item (hits, i);
      g_string_append_printf (text, "%s%s:%s@%" G_GINT64_FORMAT "(%s)", i ? ";" : "",
                              hd_search_hit_get_kind (hit) == HD_SEARCH_HIT_UNIT ? "U" : "P",
                              hd_search_hit_get_name (hit), hd_search_hit_get_unit_id (hit),
                              hd_search_hit_get_detail (hit));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
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

  g_assert_cmpint (sqlite3_exec (hd_store_get_db (store),
                                 "UPDATE person SET name = '王小明' WHERE id = 1;"
                                 "DELETE FROM person WHERE id = 2;",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
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
  g_test_add_func ("/search/search", test_search);
  g_test_add_func ("/search/index-follows-changes", test_index_follows_changes);

  return g_test_run ();
}
