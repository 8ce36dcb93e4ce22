/* test-cli-ledger.c — huodongban-cli import ledger FILE.csv: both encodings, the dates clerks
 * type, bad rows by number and reason with nothing written, re-import without duplicates, usage.
 *
 * The program under test comes as the first argument (meson passes the built one).
 */
#include "hd-cli-run.h"

/* Columns in another order than the documentation's, and one column the import does not read. */
static const char ledger[] =
  "序号,所属方案,整改类型,责任单位,问题,整改措施,整改目标,责任领导,责任人,完成时限,整改进展,完成情况,群众评价,销号日期\n"
  "1,整改方案,限期整改,示范县/城关镇,文山会海，会议多文件多,精简会议文件,会议减少三成,张书记,李主任,2014-10-31,已制定精简办法,,,\n"
  "2,整改方案,立行立改,示范县 / 城关镇,办事大厅门难进脸难看,挂牌上岗,群众满意,张书记,王所长,2014/9/15,,已全部挂牌,满意,2014/9/12\n"
  "3,专项整治方案,限期整改,示范县,公车私用,车辆统一停放,杜绝公车私用,赵县长,钱主任,2014.11.5,,,,\n"
  "4,制度建设计划,长期坚持,示范县,村务公开不及时,建立村务公开制度,按月公开,赵县长,孙科长,2014年12月31日,\"已起草制度, 征求意见中\",,,\n";

static void
assert_imported (const char *db_path)
{
  g_assert_cmpint (hd_cli_run_count (db_path, "SELECT count(*) FROM task"), ==, 4);
  g_assert_cmpint (hd_cli_run_count (db_path,
                                     "SELECT count(*) FROM task t JOIN unit u ON u.id = t.unit_id"
                                     " WHERE u.name = '城关镇' AND t.plan = 'rectification' AND t.kind = 'deadline'"
                                     " AND t.problem = '文山会海，会议多文件多' AND t.deadline = '2014-10-31'"
                                     " AND t.leader = '张书记' AND t.person = '李主任' AND t.closed IS NULL"), ==, 1);
  g_assert_cmpint (hd_cli_run_count (db_path,
                                     "SELECT count(*) FROM task WHERE kind = 'immediate' AND deadline = '2014-09-15'"
                                     " AND result = '已全部挂牌' AND verdict = 'satisfied' AND closed = '2014-09-12'"), ==, 1);
  g_assert_cmpint (hd_cli_run_count (db_path,
                                     "SELECT count(*) FROM task WHERE plan = 'special' AND deadline = '2014-11-05'"), ==, 1);
  /* A long-term task's 完成时限 becomes a review date. */
  g_assert_cmpint (hd_cli_run_count (db_path,
                                     "SELECT count(*) FROM task t JOIN task_review r ON r.task_id = t.id"
                                     " WHERE t.plan = 'institution' AND t.kind = 'long_term' AND t.deadline IS NULL"
                                     " AND r.date = '2014-12-31'"), ==, 1);
  /* 整改进展 of an open task is dated --today. */
  g_assert_cmpint (hd_cli_run_count (db_path, "SELECT count(*) FROM task_progress"), ==, 2);
  g_assert_cmpint (hd_cli_run_count (db_path,
                                     "SELECT count(*) FROM task_progress"
                                     " WHERE date = '2014-09-30' AND text = '已起草制度, 征求意见中'"), ==, 1);
}

/* The same file saved by Excel (UTF-8 after a byte-order mark) and by WPS (GB18030). */
static const HdCliImportCase utf8_bom = {
  "ledger", "ledger.csv", ledger, "UTF-8-BOM",
  "Imported 4 rows: 4 rectification tasks added, 0 updated, 0 unchanged.\n", assert_imported,
};
static const HdCliImportCase gb18030 = { "ledger", "ledger-wps.csv", ledger, "GB18030", NULL, assert_imported };

static void
test_bad_rows (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *db_path = hd_cli_run_make_county (&dir);
  g_autofree char *csv = hd_cli_run_write_file (dir, "bad.csv",
    "责任单位,问题,整改措施,整改目标,责任领导,责任人,完成时限,整改类型,所属方案,整改进展,完成情况,群众评价,销号日期\n"
    "示范县,检查评比过多,清理检查评比,减少一半,赵县长,钱主任,2014-10-31,限期整改,整改方案,,,,\n"
    "示范县,低保评定不公,重新评定,公开公正,赵县长,钱主任,2014-09-20,限期整改,整改方案,,,满意,2014-09-25\n"
    "示范县,办事难,一站式服务,群众满意,赵县长,钱主任,2014-09-20,立行立改,整改方案,,已开通,不满意,2014-09-25\n"
    "示范县/城关镇,文山会海,精简会议,会议减少,张书记,李主任,2014-13-01,限期整改,整改方案,,,,\n"
    "示范县/新城镇,公车私用,统一停放,杜绝,张书记,李主任,2014-10-01,限期整改,整改方案,,,,\n",
    -1);

  hd_cli_run_assert_import_refused (db_path, "ledger", csv,
                                    "row 3: closed on 销号日期, but the task has no result: enter what was achieved (完成情况)\n"
                                    "row 4: closed on 销号日期, but the masses are dissatisfied (不满意): rectify further and ask them again\n"
                                    "row 5: 完成时限 “2014-13-01” is not a date: write it as 2014-09-30, 2014/9/30, 2014.9.30 or 2014年9月30日\n"
                                    "row 6: unknown unit “示范县/新城镇”: write its full path, e.g. 示范县/城关镇\n"
                                    "huodongban-cli: Nothing was imported: 4 rows are bad. Correct them in the file and import again.\n",
                                    "SELECT count(*) FROM task");
}

static void
test_reimport (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *db_path = hd_cli_run_make_county (&dir);
  g_autofree char *csv = hd_cli_run_write_file (dir, "ledger.csv", ledger, -1);
  g_autofree char *changed_csv = NULL;

  hd_cli_run_import (db_path, "ledger", csv, NULL);
  hd_cli_run_import (db_path, "ledger", csv, "Imported 4 rows: 0 rectification tasks added, 0 updated, 4 unchanged.\n");
  assert_imported (db_path);

  /* Same unit, problem and plan: the same task, now closed, updated rather than added. */
  changed_csv = hd_cli_run_write_file (dir, "changed.csv",
    "责任单位,问题,所属方案,整改类型,完成时限,整改进展,完成情况,群众评价,销号日期,责任领导,责任人,整改措施,整改目标\n"
    "示范县/城关镇,文山会海，会议多文件多,整改方案,限期整改,2014-10-31,会议已减少四成,会议减少四成,基本满意,2014年9月29日,张书记,李主任,精简会议文件,会议减少三成\n",
    -1);
  hd_cli_run_import (db_path, "ledger", changed_csv, "Imported 1 row: 0 rectification tasks added, 1 updated, 0 unchanged.\n");
  g_assert_cmpint (hd_cli_run_count (db_path, "SELECT count(*) FROM task"), ==, 4);
  g_assert_cmpint (hd_cli_run_count (db_path,
                                     "SELECT count(*) FROM task WHERE problem = '文山会海，会议多文件多'"
                                     " AND verdict = 'basically_satisfied' AND closed = '2014-09-29'"), ==, 1);
  /* A closed row's progress is dated by its 销号日期. */
  g_assert_cmpint (hd_cli_run_count (db_path,
                                     "SELECT count(*) FROM task_progress"
                                     " WHERE date = '2014-09-29' AND text = '会议已减少四成'"), ==, 1);
}

static void
test_unreadable (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *db_path = hd_cli_run_make_county (&dir);
  g_autofree char *missing = g_build_filename (dir, "missing.csv", NULL);
  g_autofree char *no_columns = hd_cli_run_write_file (dir, "names.csv", "单位,措施\n示范县,开会\n", -1);
  g_auto(HdCliRun) run = { 0 };
  g_auto(HdCliRun) columns = { 0 };

  hd_cli_run (&run, db_path, "import", "ledger", missing, NULL);
  hd_cli_run_assert_one_line_failure (&run, 1, missing);
  g_assert_nonnull (strstr (run.err, "ledger file"));

  hd_cli_run (&columns, db_path, "import", "ledger", no_columns, NULL);
  hd_cli_run_assert_one_line_failure (&columns, 1, "责任单位");
  g_assert_cmpint (hd_cli_run_count (db_path, "SELECT count(*) FROM task"), ==, 0);
}

static void
test_bad_usage (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *db_path = hd_cli_run_make_county (&dir);
  g_autofree char *csv = hd_cli_run_write_file (dir, "ledger.csv", ledger, -1);
  const HdCliFailure cases[] = {
    { 2, { "import", "ledger", NULL }, "import ledger: the ledger file is missing" },
    { 2, { "import", "ledger", csv, "--force", NULL }, "unexpected argument “--force”" },
    { 2, { "import", NULL }, "import ledger FILE.csv" },
  };

  hd_cli_run_assert_failures (db_path, cases, G_N_ELEMENTS (cases));
  g_assert_cmpint (hd_cli_run_count (db_path, "SELECT count(*) FROM task"), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  hd_cli_run_init (&argc, &argv);

  g_test_add_data_func ("/cli-ledger/utf8-bom", &utf8_bom, hd_cli_run_test_import_case);
  g_test_add_data_func ("/cli-ledger/gb18030", &gb18030, hd_cli_run_test_import_case);
  g_test_add_func ("/cli-ledger/bad-rows", test_bad_rows);
  g_test_add_func ("/cli-ledger/reimport", test_reimport);
  g_test_add_func ("/cli-ledger/unreadable", test_unreadable);
  g_test_add_func ("/cli-ledger/bad-usage", test_bad_usage);
  return g_test_run ();
}
