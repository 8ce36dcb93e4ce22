/* test-cli-exchange.c — huodongban-cli office and exchange, as the offices use them.
 *
 * A county made from a roster registers its township 城关镇, which joins on a new database;
 * the township adds a person and sends its package, which the county receives (first as a dry
 * run that changes nothing), and receives again to no effect; a changed byte is refused, and a
 * database that keeps units joins only with --yes after seeing the matches. */
#include <string.h>
#include <zlib.h>

#include "hd-cli-run.h"

#define RUN(run, db, ...) hd_cli_run_args ((run), (db), "2014-09-30", (const char *[]) { __VA_ARGS__, NULL })

#define COUNTY_ROSTER \
  "上级单位,单位,单位类型,姓名,性别,职务,是否党员,联系电话,班子职务\n" \
  ",隆岗县,县,贠建国,男,县委书记,是,13800000001,主要负责同志\n" \
  "隆岗县,城关镇,镇,𠮷利,女,镇党委书记,是,13800000002,主要负责同志\n" \
  "隆岗县/城关镇,东关村,村,王强,男,村党支部书记,是,13800000003,\n" \
  "隆岗县,兴坪街道,街道,李芳,女,街道党工委书记,是,13800000004,主要负责同志\n"

#define TOWN_ROSTER \
  "上级单位,单位,单位类型,姓名,性别,职务,是否党员,联系电话,班子职务\n" \
  "城关镇,东关村,村,赵敏,女,村委会主任,否,13800000005,\n"

static gint64
count (const char *db,
       const char *sql)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HdStore) store = hd_store_open_read_only (db, &error);

  g_assert_no_error (error);
  return hd_test_query_int (store, sql);
}

static void
test_township_to_county (void)
{
  g_autofree char *dir = hd_test_make_tmpdir ();
  g_autofree char *county = g_build_filename (dir, "county.db", NULL);
  g_autofree char *town = g_build_filename (dir, "town.db", NULL);
  g_autofree char *other = g_build_filename (dir, "other.db", NULL);
  g_autofree char *key = g_build_filename (dir, "城关镇.hdk", NULL);
  g_autofree char *package = g_build_filename (dir, "up-1.hdx", NULL);
  g_autofree char *changed = g_build_filename (dir, "changed.hdx", NULL);
  g_autofree char *county_csv = hd_cli_run_write_file (dir, "county.csv", COUNTY_ROSTER, -1);
  g_autofree char *town_csv = hd_cli_run_write_file (dir, "town.csv", TOWN_ROSTER, -1);
  g_autofree char *fingerprint = NULL, *expected = NULL, *digest = NULL, *after = NULL;
  g_auto(HdCliRun) roster = { 0 }, add = { 0 }, list = { 0 }, join = { 0 }, town_roster = { 0 };
  g_auto(HdCliRun) send = { 0 }, dry = { 0 }, receive = { 0 }, again = { 0 }, refused = { 0 };
  g_auto(HdCliRun) town_list = { 0 }, other_new = { 0 }, unconfirmed = { 0 }, confirmed = { 0 };
  g_autoptr(GMatchInfo) match = NULL;

  RUN (&roster, county, "import", "roster", county_csv);
  g_assert_cmpint (roster.status, ==, 0);

  RUN (&add, county, "office", "add", "--unit", "隆岗县/城关镇", "-o", key);
  g_assert_cmpint (add.status, ==, 0);
  g_assert_true (g_regex_match_simple ("^key code: ([0-9A-HJKMNP-TV-Z]{4}-){12}[0-9A-HJKMNP-TV-Z]{4}\n$",
                                       add.out, 0, 0));
  RUN (&list, county, "office", "list");
  g_assert_cmpint (list.status, ==, 0);
  g_assert_true (g_regex_match_simple ("^隆岗县/城关镇\t城关镇\tlower\t([0-9a-f]{4} ){3}[0-9a-f]{4}\t0\t0\n$",
                                       list.out, 0, 0));
  fingerprint = g_strndup (strstr (list.out, "lower\t") + 6, 19);

  /* The township starts from the county's records of it, with the same uuids. */
  RUN (&join, town, "office", "join", key);
  g_assert_cmpint (join.status, ==, 0);
  expected = g_strdup_printf ("joined “隆岗县” as “城关镇”: key %s\n"
                              "unit\t2\t0\t0\nperson\t2\t0\t0\nteam-member\t1\t0\t0\n", fingerprint);
  g_assert_cmpstr (join.out, ==, expected);
  g_assert_cmpint (count (town, "SELECT count(*) FROM person WHERE name = '𠮷利'"), ==, 1);
  RUN (&town_list, town, "office", "list");
  g_free (expected);
  expected = g_strdup_printf ("城关镇\t隆岗县\tupper\t%s\t0\t0\n", fingerprint);
  g_assert_cmpstr (town_list.out, ==, expected);

  /* A person added at the township goes up; a dry run says so and changes nothing. */
  RUN (&town_roster, town, "import", "roster", town_csv);
  g_assert_cmpint (town_roster.status, ==, 0);
  RUN (&send, town, "exchange", "send", "-o", package);
  g_assert_cmpint (send.status, ==, 0);
  g_assert_cmpstr (send.out, ==, "unit\t2\t0\t0\nperson\t3\t0\t0\nteam-member\t1\t0\t0\n");
  RUN (&dry, county, "exchange", "receive", package, "--dry-run");
  g_assert_cmpint (dry.status, ==, 0);
  g_assert_cmpstr (dry.out, ==, "person\t1\t0\t0\n");
  g_assert_cmpint (count (county, "SELECT count(*) FROM person WHERE name = '赵敏'"), ==, 0);
  RUN (&receive, county, "exchange", "receive", package);
  g_assert_cmpint (receive.status, ==, 0);
  g_assert_cmpstr (receive.out, ==, "person\t1\t0\t0\n");
  g_assert_cmpint (count (county, "SELECT count(*) FROM person WHERE name = '赵敏'"), ==, 1);
  {
    g_autofree char *operator = NULL;
    g_autoptr(GError) error = NULL;
    g_autoptr(HdStore) store = hd_store_open_read_only (county, &error);

    operator = hd_test_query_text (store, "SELECT operator FROM change_log WHERE entity = 'person'"
                                          " ORDER BY id DESC LIMIT 1");
    g_assert_cmpstr (operator, ==, "城关镇");
  }
  RUN (&again, county, "exchange", "receive", package);
  g_assert_cmpint (again.status, ==, 0);
  g_assert_cmpstr (again.out, ==, "already received\n");

  /* One byte changed: refused, the county's database as it was. */
  {
    g_autofree char *xml = NULL;
    gsize size = 0;
    gzFile in = gzopen (package, "rb");
    gzFile out;
    char buffer[65536];
    int got;
    GString *text = g_string_new (NULL);

    while ((got = gzread (in, buffer, sizeof buffer)) > 0)
      g_string_append_len (text, buffer, got);
    gzclose (in);
    size = text->len;
    xml = g_string_free (text, FALSE);
    *strstr (xml, "赵敏") = 'X';
    out = gzopen (changed, "wb");
    gzwrite (out, xml, (unsigned) size);
    gzclose (out);
  }
  digest = hd_test_file_digest (county);
  RUN (&refused, county, "exchange", "receive", changed);
  hd_cli_run_assert_one_line_failure (&refused, 1, "was not made with the key this office holds");
  after = hd_test_file_digest (county);
  g_assert_cmpstr (after, ==, digest);

  /* A database that keeps units joins after its matches are seen, with --yes. */
  RUN (&other_new, other, "new", "--county", "城关镇");
  g_assert_cmpint (other_new.status, ==, 0);
  RUN (&unconfirmed, other, "office", "join", key);
  g_assert_cmpint (unconfirmed.status, ==, 1);
  g_assert_cmpstr (unconfirmed.out, ==, "城关镇\t城关镇\n城关镇/东关村\t-\n");
  g_assert_nonnull (strstr (unconfirmed.err, "--yes"));
  g_assert_cmpint (count (other, "SELECT count(*) FROM office"), ==, 0);
  RUN (&confirmed, other, "office", "join", key, "--yes");
  g_assert_cmpint (confirmed.status, ==, 0);
  g_assert_true (g_str_has_prefix (confirmed.out, "城关镇\t城关镇\n城关镇/东关村\t-\njoined “隆岗县” as “城关镇”"));
  g_assert_cmpint (count (other, "SELECT count(*) FROM unit u, unit t WHERE u.parent_id IS NULL"
                                 " AND u.uuid = t.uuid"), ==, 1);
}

static void
test_bad_usage (void)
{
  g_autofree char *dir = hd_test_make_tmpdir ();
  g_autofree char *db = g_build_filename (dir, "county.db", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.hdx", NULL);
  g_auto(HdCliRun) made = { 0 }, no_unit = { 0 }, no_upper = { 0 }, top = { 0 }, not_there = { 0 };

  RUN (&made, db, "new", "--county", "示范县", "--township", "城关镇");
  g_assert_cmpint (made.status, ==, 0);
  RUN (&no_unit, db, "office", "add", "-o", missing);
  hd_cli_run_assert_one_line_failure (&no_unit, 2, "--unit UNIT");
  RUN (&top, db, "office", "add", "--unit", "示范县", "-o", missing);
  hd_cli_run_assert_one_line_failure (&top, 1, "own top unit");
  RUN (&no_upper, db, "exchange", "send", "-o", missing);
  hd_cli_run_assert_one_line_failure (&no_upper, 1, "joined no upper office");
  RUN (&not_there, db, "exchange", "receive", missing);
  hd_cli_run_assert_one_line_failure (&not_there, 1, "could not be read");
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
}

int
main (int    argc,
      char **argv)
{
  hd_cli_run_init (&argc, &argv);
  g_test_add_func ("/cli/exchange/township-to-county", test_township_to_county);
  g_test_add_func ("/cli/exchange/bad-usage", test_bad_usage);
  return g_test_run ();
}
