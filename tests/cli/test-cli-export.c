/* test-cli-export.c — huodongban-cli export ledger|opinions --unit UNIT --format xlsx|csv -o FILE:
 * the "N rows" line, the ledger's CSV imported into another database and exported again byte for
 * byte, a bad unit or an unwritable file failing with nothing left behind, usage.
 *
 * The program under test comes as the first argument (meson passes the built one).
 */
#include <glib/gstdio.h>

#include "hd-cli-run.h"

static const char ledger[] =
  "所属方案,整改类型,责任单位,问题,整改措施,整改目标,责任领导,责任人,完成时限,整改进展,完成情况,群众评价,销号日期\n"
  "整改方案,限期整改,示范县/城关镇,\"文山会海, 会议多\"\"文件\"\"多\",\"精简会议\n合并文件\",=会议减少三成,𠮷书记,贠主任,2014-10-31,已制定精简办法,,,\n"
  "整改方案,立行立改,示范县/城关镇,办事大厅门难进脸难看,挂牌上岗,群众满意,张书记,王所长,2014/9/15,,已全部挂牌,满意,2014/9/12\n"
  "专项整治方案,限期整改,示范县,公车私用,-车辆统一停放,@杜绝公车私用,赵县长,钱主任,2014.11.5,,,,\n"
  "制度建设计划,长期坚持,示范县,村务公开不及时,建立村务公开制度,按月公开,赵县长,孙科长,2014年12月31日,+已起草制度,,,\n";

/* A county with the four tasks above, imported through the command line. */
static char *
make_ledger (char **dir)
{
  char *db_path = hd_cli_run_make_county (dir);
  g_autofree char *csv = hd_cli_run_write_file (*dir, "ledger.csv", ledger, -1);

  hd_cli_run_import (db_path, "ledger", csv, NULL);
  return db_path;
}

static char *
read_file (const char *path,
           gsize      *length)
{
  g_autoptr(GError) error = NULL;
  char *content = NULL;

  g_file_get_contents (path, &content, length, &error);
  g_assert_no_error (error);
  return content;
}

static void
test_csv_round_trip (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *db_path = make_ledger (&dir);
  g_autofree char *out = g_build_filename (dir, "export.csv", NULL);
  g_autofree char *copy_dir = NULL;
  g_autofree char *copy_path = hd_cli_run_make_county (&copy_dir);
  g_autofree char *again = g_build_filename (copy_dir, "again.csv", NULL);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_auto(HdCliRun) run = { 0 };
  g_auto(HdCliRun) reexport = { 0 };

  hd_cli_run (&run, db_path, "export", "ledger", "--unit", "示范县", "--format", "csv", "-o", out, NULL);
  hd_cli_run_assert_success (&run, "4 rows\n");
  first = read_file (out, NULL);
  g_assert_true (g_str_has_prefix (first, "\xEF\xBB\xBF" "所属方案,整改类型,责任单位,问题,整改措施,整改目标,"
                                          "责任领导,责任人,完成时限,整改进展,完成情况,群众评价,销号日期\r\n"));
  g_assert_nonnull (strstr (first, "\r\n整改方案,限期整改,示范县/城关镇,\"文山会海, 会议多\"\"文件\"\"多\","
                                   "\"精简会议\n合并文件\",'=会议减少三成,𠮷书记,贠主任,2014-10-31,已制定精简办法,,,\r\n"));
  g_assert_nonnull (strstr (first, "\r\n制度建设计划,长期坚持,示范县,村务公开不及时,建立村务公开制度,按月公开,"
                                   "赵县长,孙科长,2014-12-31,'+已起草制度,,,\r\n"));

  /* Into another database with the same units: the same ledger, exported again byte for byte. */
  hd_cli_run_import (copy_path, "ledger", out, "Imported 4 rows: 4 rectification tasks added, 0 updated, 0 unchanged.\n");
  hd_cli_run (&reexport, copy_path, "export", "ledger", "--unit", "示范县", "--format", "csv", "-o", again, NULL);
  g_assert_cmpint (reexport.status, ==, 0);
  second = read_file (again, NULL);
  g_assert_cmpstr (second, ==, first);
  g_assert_cmpint (hd_cli_run_count (copy_path,
                                     "SELECT count(*) FROM task WHERE goal = '=会议减少三成' AND leader = '𠮷书记'"
                                     " AND person = '贠主任' AND measures = '精简会议' || char (10) || '合并文件'"),
                   ==, 1);
}

static void
test_xlsx (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *db_path = make_ledger (&dir);
  g_autofree char *out = g_build_filename (dir, "ledger.xlsx", NULL);
  g_autofree char *content = NULL;
  g_auto(HdCliRun) run = { 0 };
  g_auto(HdCliRun) town = { 0 };
  gsize length = 0;

  hd_cli_run (&run, db_path, "export", "ledger", "--unit", "示范县", "--format", "xlsx", "-o", out, NULL);
  hd_cli_run_assert_success (&run, "4 rows\n");
  content = read_file (out, &length);
  g_assert_cmpuint (length, >, 4);
  g_assert_cmpmem (content, 4, "PK\x03\x04", 4);

  /* A unit's path names a subtree; the file there is replaced. */
  hd_cli_run (&town, db_path, "export", "ledger", "--unit", "示范县/城关镇", "--format", "xlsx", "-o", out, NULL);
  g_assert_cmpint (town.status, ==, 0);
  g_assert_cmpstr (town.out, ==, "2 rows\n");
}

static void
test_opinions (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *db_path = hd_cli_run_make_county (&dir);
  g_autofree char *out = g_build_filename (dir, "opinions.csv", NULL);
  g_autofree char *content = NULL;
  g_auto(HdCliRun) run = { 0 };

  hd_cli_run (&run, db_path, "export", "opinions", "--unit", "示范县", "--format", "csv", "-o", out, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "0 rows\n");
  content = read_file (out, NULL);
  g_assert_cmpstr (content, ==, "\xEF\xBB\xBF" "Date,Channel,Unit,Category,Status,Content\r\n");
}

static void
test_bad_unit (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *db_path = make_ledger (&dir);
  g_autofree char *out = g_build_filename (dir, "ledger.xlsx", NULL);
  g_autofree char *before = hd_test_list_dir (dir);
  g_autofree char *after = NULL;
  g_auto(HdCliRun) run = { 0 };

  hd_cli_run (&run, db_path, "export", "ledger", "--unit", "示范县/没有镇", "--format", "xlsx", "-o", out, NULL);
  hd_cli_run_assert_one_line_failure (&run, 1, "no unit has the code or the path “示范县/没有镇”");
  after = hd_test_list_dir (dir);
  g_assert_cmpstr (after, ==, before);
}

static void
test_unwritable (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *db_path = make_ledger (&dir);
  g_autofree char *missing = g_build_filename (dir, "no-such-folder", "ledger.csv", NULL);
  g_autofree char *folder = g_build_filename (dir, "a-folder.xlsx", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_auto(HdCliRun) run = { 0 };
  g_auto(HdCliRun) onto_folder = { 0 };

  g_assert_cmpint (g_mkdir (folder, 0755), ==, 0);
  before = hd_test_list_dir (dir);

  hd_cli_run (&run, db_path, "export", "ledger", "--unit", "示范县", "--format", "csv", "-o", missing, NULL);
  hd_cli_run_assert_one_line_failure (&run, 1, "Cannot write");
  g_assert_nonnull (strstr (run.err, missing));

  /* The whole file is written, then cannot take the folder's place: nothing is left. */
  hd_cli_run (&onto_folder, db_path, "export", "ledger", "--unit", "示范县", "--format", "xlsx", "-o", folder, NULL);
  hd_cli_run_assert_one_line_failure (&onto_folder, 1, "Cannot write");

  after = hd_test_list_dir (dir);
  g_assert_cmpstr (after, ==, before);
  g_assert_true (g_file_test (folder, G_FILE_TEST_IS_DIR));
  g_rmdir (folder);
}

static void
test_bad_usage (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *db_path = hd_cli_run_make_county (&dir);
  g_autofree char *out = g_build_filename (dir, "out.csv", NULL);
  const HdCliFailure cases[] = {
    { 2, { "export", NULL }, "ledger|opinions" },
    { 2, { "export", "talks", "--unit", "示范县", "--format", "csv", "-o", out, NULL }, "“talks” cannot be exported" },
    { 2, { "export", "ledger", "--format", "csv", "-o", out, NULL }, "--unit UNIT" },
    { 2, { "export", "ledger", "--unit", "示范县", "-o", out, NULL }, "--format xlsx or --format csv" },
    { 2, { "export", "ledger", "--unit", "示范县", "--format", "pdf", "-o", out, NULL }, "--format xlsx or --format csv" },
    { 2, { "export", "ledger", "--unit", "示范县", "--format", "csv", NULL }, "-o FILE" },
    { 2, { "export", "ledger", "opinions", "--unit", "示范县", "--format", "csv", "-o", out, NULL },
      "unexpected argument “opinions”" },
  };

  hd_cli_run_assert_failures (db_path, cases, G_N_ELEMENTS (cases));
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
}

int
main (int    argc,
      char **argv)
{
  hd_cli_run_init (&argc, &argv);

  g_test_add_func ("/cli-export/csv-round-trip", test_csv_round_trip);
  g_test_add_func ("/cli-export/xlsx", test_xlsx);
  g_test_add_func ("/cli-export/opinions", test_opinions);
  g_test_add_func ("/cli-export/bad-unit", test_bad_unit);
  g_test_add_func ("/cli-export/unwritable", test_unwritable);
  g_test_add_func ("/cli-export/bad-usage", test_bad_usage);
  return g_test_run ();
}
