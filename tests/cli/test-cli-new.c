/* test-cli-new.c — huodongban-cli new: a new database's county with its townships and streets
 * (exactly the units asked for, in order, a rare character kept), refused for a database that
 * holds units (the file unchanged) and for a name given twice (no file left behind), and bad
 * usage.
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

int
main (int   argc,
      char *argv[])
{
  hd_cli_run_init (&argc, &argv);
  g_test_add_func ("/cli/new", test_new);
  g_test_add_func ("/cli/new/usage", test_usage);
  return g_test_run ();
}
