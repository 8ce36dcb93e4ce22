/* test-cli-import.c — huodongban-cli import roster FILE.csv: exit status 0, 1 or 2, the lines it
 * prints, and that a refused file leaves the database exactly as it was.
 *
 * The program under test comes as the first argument (meson passes the built one).
 */
#include "hd-cli-run.h"

static const char roster[] =
  "上级单位,单位,单位类型,姓名,性别,职务,是否党员,联系电话,备注\n"
  "示范县/城关镇,王庄村,村,张三,男,村支书,是,13800000001,老支书\n"
  "示范县/城关镇,王庄村,村,\"王五, 小名“五子”\",女,委员,否,13800000003,\n"
  "示范县,城关镇,,赵六,男,镇长,是,13800000004,\n";

static void
assert_imported (const char *db_path)
{
  g_assert_cmpint (hd_cli_run_count (db_path, "SELECT count(*) FROM unit"), ==, 3);
  g_assert_cmpint (hd_cli_run_count (db_path, "SELECT count(*) FROM person"), ==, 3);
  g_assert_cmpint (hd_cli_run_count (db_path, "SELECT count(*) FROM person p JOIN unit u ON u.id = p.unit_id "
                                   "WHERE u.name = '王庄村' AND u.kind = 'village' AND p.name = '王五, 小名“五子”' "
                                   "AND p.gender = 2 AND p.party_member = 0"), ==, 1);
  g_assert_cmpint (hd_cli_run_count (db_path, "SELECT count(*) FROM person p JOIN unit u ON u.id = p.unit_id "
                                   "WHERE u.name = '城关镇' AND p.name = '赵六' AND p.title = '镇长'"), ==, 1);
}

/* The same file saved by Excel (UTF-8 after a byte-order mark) and by WPS (GB18030). */
static const HdCliImportCase utf8_bom = {
  "roster", "roster.csv", roster, "UTF-8-BOM",
  "Imported 3 rows: 3 people added, 0 updated, 0 unchanged, 1 new units.\n", assert_imported,
};
static const HdCliImportCase gb18030 = { "roster", "roster-wps.csv", roster, "GB18030", NULL, assert_imported };

static void
test_bad_rows (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *db_path = hd_cli_run_make_county (&dir);
  g_autofree char *csv = hd_cli_run_write_file (dir, "bad.csv",
                                     "上级单位,单位,单位类型,姓名,性别,职务,是否党员,联系电话\n"
                                     "示范县/城关镇,王庄村,村,张三,男,村支书,是,13800000001\n"
                                     "示范县/城关镇,李庄村,庄,李四,女,主任,是,13800000002\n"
                                     ",,,王五,男,委员,否,13800000003\n"
                                     "示范县/城关镇,王庄村,村,赵六,男,委员,有,13800000004\n", -1);
  gint64 n_units = hd_cli_run_count (db_path, "SELECT count(*) FROM unit");

  hd_cli_run_assert_import_refused (db_path, "roster", csv,
                                    "row 3: unknown unit kind “庄”: write 省, 市, 县, 镇, 街道, 村, 社区, 县直部门 or 其他\n"
                                    "row 4: the unit is missing: fill in the column 单位\n"
                                    "row 5: 是否党员 must be 是 or 否, not “有”\n"
                                    "huodongban-cli: Nothing was imported: 3 rows are bad. Correct them in the file and import again.\n",
                                    "SELECT count(*) FROM person");
  g_assert_cmpint (hd_cli_run_count (db_path, "SELECT count(*) FROM unit"), ==, n_units);
}

static void
test_reimport (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *db_path = hd_cli_run_make_county (&dir);
  g_autofree char *csv = hd_cli_run_write_file (dir, "roster.csv", roster, -1);
  g_autofree char *changed_csv = NULL;

  hd_cli_run_import (db_path, "roster", csv, NULL);
  hd_cli_run_import (db_path, "roster", csv, "Imported 3 rows: 0 people added, 0 updated, 3 unchanged, 0 new units.\n");
  assert_imported (db_path);

  /* Same unit, name and phone: the same person, updated rather than added. */
  changed_csv = hd_cli_run_write_file (dir, "changed.csv",
                            "上级单位,单位,单位类型,姓名,性别,职务,是否党员,联系电话\n"
                            "示范县,城关镇,,赵六,男,镇党委书记,是,13800000004\n", -1);
  hd_cli_run_import (db_path, "roster", changed_csv, "Imported 1 row: 0 people added, 1 updated, 0 unchanged, 0 new units.\n");
  g_assert_cmpint (hd_cli_run_count (db_path, "SELECT count(*) FROM person"), ==, 3);
  g_assert_cmpint (hd_cli_run_count (db_path, "SELECT count(*) FROM person WHERE name = '赵六' AND title = '镇党委书记'"), ==, 1);
}

static void
test_unreadable (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *db_path = hd_cli_run_make_county (&dir);
  g_autofree char *missing = g_build_filename (dir, "missing.csv", NULL);
  g_autofree char *no_columns = hd_cli_run_write_file (dir, "names.csv", "名字,电话\n张三,13800000001\n", -1);
  g_autofree char *no_db = g_build_filename (dir, "nowhere.db", NULL);
  g_auto(HdCliRun) run = { 0 };
  g_auto(HdCliRun) columns = { 0 };
  g_auto(HdCliRun) database = { 0 };
  g_auto(HdCliRun) ledger = { 0 };

  hd_cli_run (&run, db_path, "import", "roster", missing, NULL);
  hd_cli_run_assert_one_line_failure (&run, 1, missing);

  hd_cli_run (&columns, db_path, "import", "roster", no_columns, NULL);
  hd_cli_run_assert_one_line_failure (&columns, 1, "单位");
  g_assert_cmpint (hd_cli_run_count (db_path, "SELECT count(*) FROM person"), ==, 0);

  /* A roster may start a database, but one it cannot import leaves no file behind. */
  hd_cli_run (&database, no_db, "import", "roster", no_columns, NULL);
  hd_cli_run_assert_one_line_failure (&database, 1, "单位");
  g_assert_false (g_file_test (no_db, G_FILE_TEST_EXISTS));

  /* The other imports need the database. */
  hd_cli_run (&ledger, no_db, "import", "ledger", no_columns, NULL);
  hd_cli_run_assert_one_line_failure (&ledger, 1, no_db);
  g_assert_false (g_file_test (no_db, G_FILE_TEST_EXISTS));
}

static void
test_bad_usage (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *db_path = hd_cli_run_make_county (&dir);
  g_autofree char *csv = hd_cli_run_write_file (dir, "roster.csv", roster, -1);
  const HdCliFailure cases[] = {
    { 2, { "import", NULL }, "import roster FILE.csv" },
    { 2, { "import", "roster", NULL }, "import roster FILE.csv" },
    { 2, { "import", "minutes", "x.csv", NULL }, "“minutes”" },
    { 2, { "import", "roster", csv, csv, NULL }, "unexpected argument" },
  };

  hd_cli_run_assert_failures (db_path, cases, G_N_ELEMENTS (cases));
  g_assert_cmpint (hd_cli_run_count (db_path, "SELECT count(*) FROM person"), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  hd_cli_run_init (&argc, &argv);

  g_test_add_data_func ("/cli-import/utf8-bom", &utf8_bom, hd_cli_run_test_import_case);
  g_test_add_data_func ("/cli-import/gb18030", &gb18030, hd_cli_run_test_import_case);
  g_test_add_func ("/cli-import/bad-rows", test_bad_rows);
  g_test_add_func ("/cli-import/reimport", test_reimport);
  g_test_add_func ("/cli-import/unreadable", test_unreadable);
  g_test_add_func ("/cli-import/bad-usage", test_bad_usage);
  return g_test_run ();
}
