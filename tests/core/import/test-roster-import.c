/* test-roster-import.c — rosters from CSV: plan, bad rows, all or nothing, re-import, undo. */
#include "hd-test-util.h"
#include "import/hd-roster-import.h"

static HdStore *
make_store (void)
{
  return hd_test_new_store ("roster.db",
                            HD_TEST_SQL_COUNTY_AND_TOWN
                            "INSERT INTO unit (id, uuid, parent_id, kind, name, path) VALUES (3, 'u3', 1, 'township', '东关镇', '/000000001/000000003/');"
                            "INSERT INTO unit (id, uuid, parent_id, kind, name, path) VALUES (4, 'u4', 2, 'village', '新村', '/000000001/000000002/000000004/');"
                            "INSERT INTO unit (id, uuid, parent_id, kind, name, path) VALUES (5, 'u5', 3, 'village', '新村', '/000000001/000000003/000000005/');"
                            "INSERT INTO person (id, uuid, unit_id, name, gender, title, party_member, phone) VALUES (1, 'p1', 2, '张三', 1, '镇长', 1, '13800138000');");
}

static const char good_csv[] =
  "\xEF\xBB\xBF" "姓名,性别,单位,上级单位,单位类型,职务,是否党员,联系电话,备注\r\n"
  "张三,男,城关镇,,,镇党委书记,是,138 0013 8000,职务变了\r\n"
  "李四,女,王庄村,示范县/城关镇,村,村党支部书记,是,13900139000,\r\n"
  "贠𠮷,女,示范县/城关镇/王庄村,,,\"村委会委员,妇女主任\",否,,\r\n"
  ",,幸福社区,示范县/东关镇,社区,,,,只建单位\r\n"
  "王五,男,幸福社区,,,社区主任,是,0311-85012345,\r\n";

static HdRosterImport *
plan_ok (HdStore    *store,
         const char *data,
         gsize       length)
{
  g_autoptr(GError) error = NULL;
  HdRosterImport *import = hd_roster_import_new_from_data (store, data, length, &error);

  g_assert_no_error (error);
  g_assert_nonnull (import);
  return import;
}

static char *
describe_row (gpointer row)
{
  return g_strdup_printf ("%u %s %s%s %s\n", hd_import_row_get_number (row),
                          hd_import_action_get_label (hd_import_row_get_action (row)),
                          hd_import_row_get_unit_path (row) ? hd_import_row_get_unit_path (row) : "-",
                          hd_import_row_get_new_unit (row) ? "(new)" : "",
                          hd_import_row_get_reason (row) ? hd_import_row_get_reason (row) : hd_import_row_get_name (row));
}

static char *
describe_rows (HdRosterImport *import)
{
  return hd_test_describe_items (hd_roster_import_get_rows (import), "", describe_row);
}

static void
test_plan_and_apply (void)
{
  g_autoptr(HdStore) store = make_store ();
  g_autoptr(HdHistory) history = hd_history_new (store, 50);
  g_autoptr(HdRosterImport) import = plan_ok (store, good_csv, sizeof good_csv - 1);
  g_autoptr(HdRosterImport) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *plan = describe_rows (import);
  const char * const *ignored = hd_roster_import_get_ignored_columns (import);

  g_assert_cmpstr (plan, ==,
                   "2 Update 示范县/城关镇 张三\n"
                   "3 Add 示范县/城关镇/王庄村(new) 李四\n"
                   "4 Add 示范县/城关镇/王庄村 贠𠮷\n"
                   "5 Unit only 示范县/东关镇/幸福社区(new) \n"
                   "6 Add 示范县/东关镇/幸福社区 王五\n");
  g_assert_cmpstr (ignored[0], ==, "备注");
  g_assert_null (ignored[1]);
  g_assert_cmpuint (hd_roster_import_get_n_bad (import), ==, 0);
  g_assert_cmpuint (hd_roster_import_get_n_new_units (import), ==, 2);

  g_assert_true (hd_roster_import_apply (import, history, &error));
  g_assert_no_error (error);
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM unit"), ==, 7);
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM person"), ==, 4);
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM person WHERE name = '张三' AND title = '镇党委书记'"), ==, 1);
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM person p JOIN unit u ON u.id = p.unit_id"
                                             " WHERE p.name = '贠𠮷' AND u.name = '王庄村' AND u.kind = 'village'"
                                             " AND p.title = '村委会委员,妇女主任' AND p.party_member = 0 AND p.gender = 2"), ==, 1);
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM person WHERE name = '王五' AND phone = '0311-85012345'"), ==, 1);
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM unit WHERE name = '幸福社区' AND kind = 'community' AND parent_id = 3"), ==, 1);
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM change_log WHERE entity = 'person' AND field = 'name'"), ==, 3);

  /* The same file again changes nothing and adds nobody twice. */
  again = plan_ok (store, good_csv, sizeof good_csv - 1);
  g_assert_cmpuint (hd_roster_import_count (again, HD_IMPORT_ACTION_UNCHANGED), ==, 5);
  g_assert_true (hd_roster_import_apply (again, history, &error));
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM unit"), ==, 7);
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM person"), ==, 4);

  /* One undo takes back the first import whole (the second one changed nothing). */
  g_assert_true (hd_history_undo (history, &error));
  hd_test_undo (history);
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM unit"), ==, 5);
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM person"), ==, 1);
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM person WHERE title = '镇长'"), ==, 1);
}

static void
test_gb18030 (void)
{
  g_autoptr(HdStore) store = make_store ();
  g_autoptr(GError) error = NULL;
  const char *utf8 = "单位,姓名,性别,联系电话\n城关镇,贠建国,男,13700137000\n";
  gsize length = 0;
  g_autofree char *gb = g_convert (utf8, -1, "GB18030", "UTF-8", NULL, &length, NULL);
  g_autoptr(HdRosterImport) import = plan_ok (store, gb, length);

  g_assert_true (hd_roster_import_apply (import, NULL, &error));
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM person WHERE name = '贠建国' AND unit_id = 2"), ==, 1);
}

static void
test_bad_rows (void)
{
  g_autoptr(HdStore) store = make_store ();
  g_autoptr(GError) error = NULL;
  static const char csv[] =
    "上级单位,单位,单位类型,姓名,性别,职务,是否党员,联系电话\n"
    "示范县/西关镇,李庄村,村,赵一,男,,是,\n"          /* 2: unknown parent */
    "示范县/城关镇,李庄村,自然村,赵二,男,,是,\n"       /* 3: unknown kind */
    ",城关镇,,赵三,男,,是,12345\n"                     /* 4: bad phone */
    ",,,赵四,男,,是,\n"                               /* 5: missing unit */
    ",北关镇,,赵五,男,,是,\n"                          /* 6: unknown unit, no parent */
    "示范县/城关镇,刘庄村,,赵六,男,,是,\n"             /* 7: new unit without kind */
    ",城关镇,,赵七,公,,是,\n"                          /* 8: bad gender */
    ",城关镇,,钱八,男,,是,13800138001\n"               /* 9: fine */
    ",示范县/城关镇,,钱八,男,,是,138-0013-8001\n"      /* 10: same person as row 9 */
    ",新村,,孙九,男,,是,\n"                            /* 11: ambiguous */
    ",城关镇,,周十,男,,也许,\n";                       /* 12: bad party member */
  g_autoptr(HdRosterImport) import = plan_ok (store, csv, sizeof csv - 1);
  GListModel *rows = hd_roster_import_get_rows (import);
  static const char * const expected[] = {
    "2 unknown parent unit “示范县/西关镇”: write its full path, e.g. 示范县/城关镇",
    "3 unknown unit kind “自然村”: write 县, 镇, 街道, 村, 社区, 县直部门 or 其他",
    "4 “12345” is not a phone number. Enter an 11-digit mobile number such as 13800138000, or a fixed line with its area code such as 0311-85012345.",
    "5 the unit is missing: fill in the column 单位",
    "6 unknown unit “北关镇”: to create it, fill in its 上级单位",
    "7 the new unit “示范县/城关镇/刘庄村” needs its kind in the column 单位类型",
    "8 the gender must be 男 or 女, not “公”",
    NULL,
    "10 the same person as row 9 (same unit, name and phone)",
    "11 several units are called “新村”: write its full path, e.g. 示范县/城关镇/新村",
    "12 是否党员 must be 是 or 否, not “也许”",
  };

  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(HdImportRow) row = g_list_model_get_item (rows, i);
      g_autofree char *text = NULL;

      if (expected[i] == NULL)
        {
          g_assert_cmpint (hd_import_row_get_action (row), ==, HD_IMPORT_ACTION_ADD_PERSON);
          continue;
        }
      g_assert_cmpint (hd_import_row_get_action (row), ==, HD_IMPORT_ACTION_BAD);
      text = g_strdup_printf ("%u %s", hd_import_row_get_number (row), hd_import_row_get_reason (row));
      g_assert_cmpstr (text, ==, expected[i]);
    }
  g_assert_cmpuint (hd_roster_import_get_n_bad (import), ==, 10);
  /* A bad row's unit is shown as the file wrote it. */
  {
    g_autoptr(HdImportRow) row = g_list_model_get_item (rows, 1);
    g_assert_cmpstr (hd_import_row_get_unit_path (row), ==, "示范县/城关镇/李庄村");
    /* … and so are its gender and party membership, which it did not get as far as reading. */
    g_assert_cmpstr (hd_import_row_get_gender_text (row), ==, "男");
    g_assert_cmpstr (hd_import_row_get_party_text (row), ==, "是");
  }
  {
    g_autoptr(HdImportRow) row = g_list_model_get_item (rows, 10);
    g_assert_cmpstr (hd_import_row_get_party_text (row), ==, "也许");
  }

  /* All or nothing: the good row is not written either. */
  g_assert_false (hd_roster_import_apply (import, NULL, &error));
  g_assert_error (error, HD_IMPORT_ERROR, HD_IMPORT_ERROR_BAD_ROWS);
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM person"), ==, 1);
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM unit"), ==, 5);
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM change_log"), ==, 0);
}

static void
test_missing_columns (void)
{
  g_autoptr(HdStore) store = make_store ();
  g_autoptr(GError) error = NULL;
  const char *csv = "名字,电话\n张三,13800138000\n";
  g_autoptr(HdRosterImport) import = hd_roster_import_new_from_data (store, csv, strlen (csv), &error);

  g_assert_null (import);
  g_assert_error (error, HD_IMPORT_ERROR, HD_IMPORT_ERROR_COLUMNS);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/roster-import/plan-and-apply", test_plan_and_apply);
  g_test_add_func ("/roster-import/gb18030", test_gb18030);
  g_test_add_func ("/roster-import/bad-rows", test_bad_rows);
  g_test_add_func ("/roster-import/missing-columns", test_missing_columns);

  return g_test_run ();
}
