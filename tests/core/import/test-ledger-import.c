/* test-ledger-import.c — ledgers from spreadsheets: bad rows by number and reason, all or
 * nothing, re-import, undo. */
#include "hd-test-util.h"
#include "import/hd-ledger-import.h"
#include "organisation/hd-unit-edit.h"

typedef struct {
  HdTestDb   db;
  GDate      today;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  gint64 county;

  hd_test_db_set_up (&f->db, "import.db", 20);
  hd_test_set_today (&f->today);
  county = hd_test_add_unit (f->db.store, 0, HD_UNIT_KIND_COUNTY, "示范县");
  hd_test_add_unit (f->db.store, county, HD_UNIT_KIND_TOWNSHIP, "城关镇");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  hd_test_db_tear_down (&f->db);
}

/* Columns in an order of their own, and one the import does not read. */
static const char good_file[] =
  "所属方案,问题,责任单位,整改类型,完成时限,整改措施,整改目标,责任领导,责任人,整改进展,完成情况,群众评价,销号日期,备注\n"
  "整改方案,会议多、文件多,示范县/城关镇,限期整改,2014/10/31,合并会议,会议减少三分之一,张书记,王主任,已召开专题会,,,,\n"
  "专项整治方案,公车私用,示范县 / 城关镇,立行立改,2014年9月20日,封存公车,,李镇长,,已封存,公车全部封存,满意,2014.9.25,x\n"
  "制度建设计划,制度不全,示范县,长期坚持,,建立例会制度,,张书记,,,,,,\n"
  "制度建设计划,联系群众制度,示范县,长期坚持,2014-12-01,,,张书记,,,,,,\n";

static HdLedgerImport *
plan (Fixture    *f,
      const char *data)
{
  g_autoptr(GError) error = NULL;
  HdLedgerImport *import = hd_ledger_import_new_from_data (f->db.store, data, strlen (data), &f->today, &error);

  g_assert_no_error (error);
  return import;
}

static char *
bad_row_reason (gpointer row)
{
  if (hd_ledger_import_row_get_action (row) != HD_LEDGER_IMPORT_BAD)
    return NULL;
  return g_strdup_printf ("row %u: %s\n", hd_ledger_import_row_get_number (row),
                          hd_ledger_import_row_get_reason (row));
}

static char *
reasons (HdLedgerImport *import)
{
  return hd_test_describe_items (hd_import_get_rows (HD_IMPORT (import)), "", bad_row_reason);
}

static void
test_import (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HdLedgerImport) import = plan (f, good_file);
  g_autoptr(HdLedgerImport) again = NULL;
  const char * const *ignored = hd_import_get_ignored_columns (HD_IMPORT (import));

  g_assert_cmpuint (hd_import_get_n_bad (HD_IMPORT (import)), ==, 0);
  g_assert_cmpuint (hd_import_count (HD_IMPORT (import), HD_LEDGER_IMPORT_ADD), ==, 4);
  g_assert_cmpstr (ignored[0], ==, "备注");
  g_assert_null (ignored[1]);
  g_assert_true (hd_import_apply (HD_IMPORT (import), f->db.history, &error));
  g_assert_no_error (error);

  g_assert_cmpint (hd_test_query_int (f->db.store, "SELECT count(*) FROM task"), ==, 4);
  g_assert_cmpint (hd_test_query_int (f->db.store,
                                      "SELECT count(*) FROM task WHERE problem = '会议多、文件多' AND deadline = '2014-10-31'"
                                      " AND kind = 'deadline' AND plan = 'rectification' AND number = 1 AND closed IS NULL"), ==, 1);
  g_assert_cmpint (hd_test_query_int (f->db.store,
                                      "SELECT count(*) FROM task WHERE problem = '公车私用' AND deadline = '2014-09-20'"
                                      " AND closed = '2014-09-25' AND verdict = 'satisfied' AND number = 2"), ==, 1);
  g_assert_cmpint (hd_test_query_int (f->db.store,
                                      "SELECT count(*) FROM task_review r JOIN task t ON t.id = r.task_id"
                                      " WHERE t.problem = '联系群众制度' AND r.date = '2014-12-01' AND t.deadline IS NULL"), ==, 1);
  /* Progress of an open task is dated today, of a closed one by its closing date. */
  g_assert_cmpint (hd_test_query_int (f->db.store,
                                      "SELECT count(*) FROM task_progress WHERE (text = '已召开专题会' AND date = '2014-09-30')"
                                      " OR (text = '已封存' AND date = '2014-09-25')"), ==, 2);

  /* Once more: the same tasks, nothing added, nothing to change. */
  again = plan (f, good_file);
  g_assert_cmpuint (hd_import_count (HD_IMPORT (again), HD_LEDGER_IMPORT_UNCHANGED), ==, 4);
  g_assert_true (hd_import_apply (HD_IMPORT (again), f->db.history, &error));
  g_assert_cmpint (hd_test_query_int (f->db.store, "SELECT count(*) FROM task"), ==, 4);
  g_assert_cmpint (hd_test_query_int (f->db.store, "SELECT count(*) FROM task_progress"), ==, 2);
  g_assert_cmpint (hd_test_query_int (f->db.store, "SELECT count(*) FROM task_review"), ==, 1);

  /* One undo takes the first import away whole. */
  g_assert_true (hd_history_undo (f->db.history, &error));
  hd_test_undo (f->db.history);
  g_assert_cmpint (hd_test_query_int (f->db.store, "SELECT count(*) FROM task"), ==, 0);
  g_assert_cmpint (hd_test_query_int (f->db.store, "SELECT count(*) FROM task_progress"), ==, 0);
  g_assert_cmpint (hd_test_query_int (f->db.store, "SELECT count(*) FROM task_review"), ==, 0);
}

static void
test_update (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HdLedgerImport) first = plan (f, good_file);
  g_autoptr(HdLedgerImport) second = NULL;
  static const char later[] =
    "责任单位,问题,所属方案,整改类型,完成时限,整改进展,完成情况,群众评价,销号日期\n"
    "示范县/城关镇,会议多、文件多,整改方案,限期整改,2014-10-31,会议已减少,会议减少40%,基本满意,2014-10-20\n";

  g_assert_true (hd_import_apply (HD_IMPORT (first), f->db.history, &error));
  second = plan (f, later);
  g_assert_cmpuint (hd_import_count (HD_IMPORT (second), HD_LEDGER_IMPORT_UPDATE), ==, 1);
  g_assert_true (hd_import_apply (HD_IMPORT (second), f->db.history, &error));
  g_assert_no_error (error);
  g_assert_cmpint (hd_test_query_int (f->db.store, "SELECT count(*) FROM task"), ==, 4);
  g_assert_cmpint (hd_test_query_int (f->db.store,
                                      "SELECT count(*) FROM task WHERE problem = '会议多、文件多' AND closed = '2014-10-20'"
                                      " AND verdict = 'basically_satisfied' AND result = '会议减少40%'"), ==, 1);
  g_assert_cmpint (hd_test_query_int (f->db.store, "SELECT count(*) FROM task_progress"), ==, 3);
}

static void
test_bad_rows (Fixture       *f,
               gconstpointer  data)
{
  static const char bad_file[] =
    "责任单位,问题,整改类型,所属方案,完成时限,完成情况,群众评价,销号日期\n"
    "示范县/城关镇,好的一行,限期整改,整改方案,2014-10-31,,,\n"
    "示范县/河西镇,会议多,限期整改,整改方案,2014-10-31,,,\n"
    ",会议多,限期整改,整改方案,2014-10-31,,,\n"
    "示范县,,限期整改,整改方案,2014-10-31,,,\n"
    "示范县,会议多,马上改,整改方案,2014-10-31,,,\n"
    "示范县,会议多,限期整改,方案,2014-10-31,,,\n"
    "示范县,会议多,限期整改,整改方案,,,,\n"
    "示范县,会议多,限期整改,整改方案,10月底,,,\n"
    "示范县,会议多,限期整改,整改方案,2014-10-31,,满意,2014-10-01\n"
    "示范县,会议多,限期整改,整改方案,2014-10-31,已办,不满意,2014-10-01\n"
    "示范县,会议多,限期整改,整改方案,2014-10-31,已办,很好,\n"
    "示范县,会议多,限期整改,整改方案,2014-10-31,已办,满意,2014/13/01\n"
    "示范县/城关镇,好的一行,限期整改,整改方案,2014-11-30,,,\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(HdLedgerImport) import = plan (f, bad_file);
  g_autofree char *found = reasons (import);

  g_assert_cmpstr (found, ==,
    "row 3: unknown unit “示范县/河西镇”: write its full path, e.g. 示范县/城关镇\n"
    "row 4: the responsible unit is missing: fill in the column 责任单位\n"
    "row 5: the problem is missing: fill in the column 问题\n"
    "row 6: unknown 整改类型 “马上改”: write 立行立改, 限期整改 or 长期坚持\n"
    "row 7: unknown 所属方案 “方案”: write 整改方案, 专项整治方案 or 制度建设计划\n"
    "row 8: 完成时限 is empty: only 长期坚持 tasks may have no deadline\n"
    "row 9: 完成时限 “10月底” is not a date: write it as 2014-09-30, 2014/9/30, 2014.9.30 or 2014年9月30日\n"
    "row 10: closed on 销号日期, but the task has no result: enter what was achieved (完成情况)\n"
    "row 11: closed on 销号日期, but the masses are dissatisfied (不满意): rectify further and ask them again\n"
    "row 12: unknown 群众评价 “很好”: write 满意, 基本满意, 不满意 or leave it empty\n"
    "row 13: 销号日期 “2014/13/01” is not a date: write it as 2014-09-30, 2014/9/30, 2014.9.30 or 2014年9月30日\n"
    "row 14: the same task as row 2 (same 责任单位, 问题 and 所属方案)\n");
  /* A bad row's problem is there for the preview, even when the row went wrong before it. */
  {
    g_autoptr(HdLedgerImportRow) row = g_list_model_get_item (hd_import_get_rows (HD_IMPORT (import)), 1);
    g_assert_cmpstr (hd_ledger_import_row_get_problem (row), ==, "会议多");
  }

  /* All or nothing: the good row is not written either. */
  g_assert_false (hd_import_apply (HD_IMPORT (import), f->db.history, &error));
  g_assert_error (error, HD_IMPORT_ERROR, HD_IMPORT_ERROR_BAD_ROWS);
  g_assert_cmpint (hd_test_query_int (f->db.store, "SELECT count(*) FROM task"), ==, 0);
  g_assert_false (hd_history_can_undo (f->db.history));
}

static void
test_missing_columns (Fixture       *f,
                      gconstpointer  data)
{
  static const char file[] = "单位,问题\n示范县,会议多\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(HdLedgerImport) import = hd_ledger_import_new_from_data (f->db.store, file, strlen (file), &f->today, &error);

  g_assert_null (import);
  g_assert_error (error, HD_IMPORT_ERROR, HD_IMPORT_ERROR_COLUMNS);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  HD_TEST_ADD ("/ledger-import/import", test_import);
  HD_TEST_ADD ("/ledger-import/update", test_update);
  HD_TEST_ADD ("/ledger-import/bad-rows", test_bad_rows);
  HD_TEST_ADD ("/ledger-import/missing-columns", test_missing_columns);

  return g_test_run ();
}
