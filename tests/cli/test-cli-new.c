/* test-cli-new.c — starting a database without the window. huodongban-cli new: a new
 * database's county with its townships and streets (exactly the units asked for, in order, a rare
 * character kept), refused for a database that holds units (the file unchanged) and for a name
 * given twice (no file left behind), and bad usage. The roster's import on a database without
 * units: its top unit from the row with an empty 上级单位 (a county, or a city's office), one top
 * unit only.
 *
 * The program under test comes as the first argument (meson passes the built one).
 */
#include "hd-cli-run.h"

#define RUN(run, db, ...) hd_cli_run_args ((run), (db), "2014-09-30", (const char *[]) { __VA_ARGS__, NULL })

static void
test_new (void)
{
  g_autofree char *dir = hd_test_make_tmpdir ();
  g_autofree char *db = g_build_filename (dir, "new.db", NULL);
  g_autofree char *other = g_build_filename (dir, "other.db", NULL);
  g_autofree char *wal = g_strconcat (other, "-wal", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *units = NULL;
  g_auto(HdCliRun) made = { 0 };
  g_auto(HdCliRun) again = { 0 };
  g_auto(HdCliRun) twice = { 0 };

  RUN (&made, db, "new", "--county", "隆岗县", "--code", "610101", "--street", "兴坪街道", "--township", "城关镇",
       "--township", "𠮷家镇");
  hd_cli_run_assert_success (&made, "4 units\n");
  units = hd_cli_run_text (db, "SELECT group_concat (kind || ':' || name || ':' || ifnull (code, ''), ' ')"
                               " FROM (SELECT * FROM unit ORDER BY path)");
  g_assert_cmpstr (units, ==, "county:隆岗县:610101 township:城关镇: township:𠮷家镇: street:兴坪街道:");
  g_assert_cmpint (hd_cli_run_count (db, "SELECT count(*) FROM change_log"), >, 0);

  /* A database with units is left as it is. */
  before = hd_test_file_digest (db);
  RUN (&again, db, "new", "--county", "示范县");
  hd_cli_run_assert_one_line_failure (&again, 1, "already holds units");
  after = hd_test_file_digest (db);
  g_assert_cmpstr (after, ==, before);

  /* A name twice: refused before anything is kept, no file left behind. */
  RUN (&twice, other, "new", "--county", "示范县", "--township", "城关镇", "--township", "城关镇");
  hd_cli_run_assert_one_line_failure (&twice, 1, "城关镇");
  g_assert_false (g_file_test (other, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
}

static void
test_usage (void)
{
  g_autofree char *dir = hd_test_make_tmpdir ();
  g_autofree char *db = g_build_filename (dir, "usage.db", NULL);
  g_auto(HdCliRun) missing = { 0 };
  g_auto(HdCliRun) blank = { 0 };

  RUN (&missing, db, "new", "--township", "城关镇");
  hd_cli_run_assert_one_line_failure (&missing, 2, "--county");
  RUN (&blank, db, "new", "--county", "  ");
  hd_cli_run_assert_one_line_failure (&blank, 2, "--county");
  g_assert_false (g_file_test (db, G_FILE_TEST_EXISTS));
}

#define TOP_ROSTER \
  "上级单位,单位,单位类型,姓名,性别,职务,是否党员,联系电话,班子职务\n" \
  ",隆岗县,县,贠建国,男,县委书记,是,13800000001,主要负责同志\n" \
  "隆岗县,城关镇,镇,𠮷利,女,镇党委书记,是,13800000002,主要负责同志\n" \
  "隆岗县/城关镇,东关村,村,,,,,,\n" \
  "隆岗县,兴坪街道,街道,,,,,,\n"

static void
test_roster_starts (void)
{
  g_autofree char *dir = hd_test_make_tmpdir ();
  g_autofree char *db = g_build_filename (dir, "roster.db", NULL);
  g_autofree char *empty_db = g_build_filename (dir, "empty.db", NULL);
  g_autofree char *csv = hd_cli_run_write_file (dir, "roster.csv", TOP_ROSTER, -1);
  g_autofree char *units = NULL;
  g_autofree char *team = NULL;
  g_auto(HdCliRun) made = { 0 };
  g_auto(HdCliRun) empty = { 0 };
  g_auto(HdCliRun) city = { 0 };

  /* From the spreadsheet alone: no database file before. */
  RUN (&made, db, "import", "roster", csv);
  g_assert_cmpint (made.status, ==, 0);
  units = hd_cli_run_text (db, "SELECT group_concat (kind || ':' || name, ' ') FROM (SELECT * FROM unit ORDER BY path)");
  g_assert_cmpstr (units, ==, "county:隆岗县 township:城关镇 village:东关村 street:兴坪街道");
  team = hd_cli_run_text (db, "SELECT group_concat (u.name || ':' || p.name, ' ') FROM team_member m"
                              " JOIN unit u ON u.id = m.unit_id JOIN person p ON p.id = m.person_id ORDER BY u.path");
  g_assert_cmpstr (team, ==, "隆岗县:贠建国 城关镇:𠮷利");
  g_assert_cmpint (hd_cli_run_count (db, "SELECT count(*) FROM unit WHERE parent_id IS NULL"), ==, 1);

  /* An empty file (as "new" leaves none, a clerk's touch might): the same start, a city's office. */
  g_assert_true (g_file_set_contents (empty_db, "", 0, NULL));
  {
    g_autofree char *city_csv = hd_cli_run_write_file (dir, "city.csv",
                                                       "上级单位,单位,单位类型,姓名\n"
                                                       ",江城市,市,张三\n"
                                                       "江城市,隆岗县,县,李四\n", -1);
    g_autofree char *city_units = NULL;

    RUN (&city, empty_db, "import", "roster", city_csv);
    g_assert_cmpint (city.status, ==, 0);
    city_units = hd_cli_run_text (empty_db, "SELECT group_concat (kind || ':' || name, ' ') FROM (SELECT * FROM unit ORDER BY path)");
    g_assert_cmpstr (city_units, ==, "city:江城市 county:隆岗县");
  }

  /* One top unit: a second is refused with its row, and nothing is kept (no file either). */
  {
    g_autofree char *two = hd_cli_run_write_file (dir, "two.csv",
                                                  "上级单位,单位,单位类型,姓名\n"
                                                  ",隆岗县,县,张三\n"
                                                  ",莲花县,县,李四\n", -1);
    g_autofree char *other = g_build_filename (dir, "other.db", NULL);

    RUN (&empty, other, "import", "roster", two);
    g_assert_cmpint (empty.status, ==, 1);
    g_assert_nonnull (strstr (empty.err, "row 3: row 2 already creates the top unit “隆岗县”"));
    g_assert_false (g_file_test (other, G_FILE_TEST_EXISTS));
  }
}

/* A database with units: a row without 上级单位 names a unit that is there, never a new top. */
static void
test_roster_top_only_when_empty (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *db = hd_cli_run_make_county (&dir);
  g_autofree char *csv = hd_cli_run_write_file (dir, "top.csv", "上级单位,单位,单位类型,姓名\n,莲花县,县,张三\n", -1);
  g_auto(HdCliRun) run = { 0 };

  RUN (&run, db, "import", "roster", csv);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "row 2: unknown unit “莲花县”: to create it, fill in its 上级单位"));
  g_assert_cmpint (hd_cli_run_count (db, "SELECT count(*) FROM unit"), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  hd_cli_run_init (&argc, &argv);
  g_test_add_func ("/cli/new", test_new);
  g_test_add_func ("/cli/new/usage", test_usage);
  g_test_add_func ("/cli/new/roster-starts", test_roster_starts);
  g_test_add_func ("/cli/new/roster-top-only-when-empty", test_roster_top_only_when_empty);
  return g_test_run ();
}
