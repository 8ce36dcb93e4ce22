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
  return hd_test_describe_items (hd_import_get_rows (HD_IMPORT (import)), "", describe_row);
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
  const char * const *ignored = hd_import_get_ignored_columns (HD_IMPORT (import));

  g_assert_cmpstr (plan, ==,
                   "2 Update 示范县/城关镇 张三\n"
                   "3 Add 示范县/城关镇/王庄村(new) 李四\n"
                   "4 Add 示范县/城关镇/王庄村 贠𠮷\n"
                   "5 Unit only 示范县/东关镇/幸福社区(new) \n"
                   "6 Add 示范县/东关镇/幸福社区 王五\n");
  g_assert_cmpstr (ignored[0], ==, "备注");
  g_assert_null (ignored[1]);
  g_assert_cmpuint (hd_import_get_n_bad (HD_IMPORT (import)), ==, 0);
  g_assert_cmpuint (hd_roster_import_get_n_new_units (import), ==, 2);

  g_assert_true (hd_import_apply (HD_IMPORT (import), history, &error));
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
  g_assert_cmpuint (hd_import_count (HD_IMPORT (again), HD_IMPORT_ACTION_UNCHANGED), ==, 5);
  g_assert_true (hd_import_apply (HD_IMPORT (again), history, &error));
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

  g_assert_true (hd_import_apply (HD_IMPORT (import), NULL, &error));
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
  GListModel *rows = hd_import_get_rows (HD_IMPORT (import));
  static const char * const expected[] = {
    "2 unknown parent unit “示范县/西关镇”: write its full path, e.g. 示范县/城关镇",
    "3 unknown unit kind “自然村”: write 省, 市, 县, 镇, 街道, 村, 社区, 县直部门 or 其他",
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
  g_assert_cmpuint (hd_import_get_n_bad (HD_IMPORT (import)), ==, 10);
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
  g_assert_false (hd_import_apply (HD_IMPORT (import), NULL, &error));
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

/* The county's team with its division of work: 县委办 created by the file (named under the team's
 * unit), 城关镇 by its full path; the same file again changes nothing; a new division replaces
 * the old one; bad rows say why. */
static const char team_csv[] =
  "上级单位,单位,单位类型,姓名,职务,联系电话,班子职务,分管单位\n"
  "示范县,县委办,县直部门,赵主任,主任,13600136000,主要负责同志,\n"
  ",示范县,,张书记,县委书记,13500135000,主要负责同志,\n"
  ",示范县,,李县长,县长,13700137000,班子成员,县委办、示范县/城关镇\n"
  ",示范县,,𠮷部长,组织部长,13300133000,班子成员,\n"
  ",示范县,,孙干事,干事,13200132000,,\n";

static char *
team_of (HdStore *store)
{
  g_autoptr(GString) text = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (hd_store_get_db (store),
                                       "SELECT p.name, m.role, u.name,"
                                       "       (SELECT group_concat (name, '、') FROM (SELECT d.name FROM oversight o"
                                       "         JOIN unit d ON d.id = o.department_id WHERE o.member_id = m.id ORDER BY o.id))"
                                       " FROM team_member m JOIN person p ON p.id = m.person_id JOIN unit u ON u.id = m.unit_id"
                                       " ORDER BY m.unit_id, m.role, m.position",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (text, "%s%s:%s:%d:%s", text->len ? " " : "", sqlite3_column_text (stmt, 2),
                            sqlite3_column_text (stmt, 0), sqlite3_column_int (stmt, 1),
                            sqlite3_column_text (stmt, 3) != NULL ? (const char *) sqlite3_column_text (stmt, 3) : "");
  sqlite3_finalize (stmt);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
test_team_columns (void)
{
  g_autoptr(HdStore) store = make_store ();
  g_autoptr(HdHistory) history = hd_history_new (store, 50);
  g_autoptr(HdRosterImport) import = plan_ok (store, team_csv, sizeof team_csv - 1);
  g_autoptr(HdRosterImport) again = NULL;
  g_autoptr(HdRosterImport) changed = NULL;
  g_autoptr(HdRosterImport) bad = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *team = NULL;
  g_autofree char *team_after = NULL;
  g_autofree char *plan = NULL;
  static const char changed_csv[] =
    "单位,姓名,联系电话,班子职务,分管单位\n"
    "示范县,李县长,13700137000,主要负责同志,\n"
    "示范县,张书记,13500135000,班子成员,县委办\n"
    "示范县,𠮷部长,13300133000,,\n";
  static const char bad_csv[] =
    "单位,姓名,联系电话,班子职务,分管单位\n"
    "示范县,甲,13100131001,主要负责同志,\n"
    "示范县,乙,13100131002,主要负责同志,\n"
    "示范县,丙,13100131003,班子成员,无此局\n"
    "示范县,丁,13100131004,书记,\n"
    "示范县,戊,13100131005,,县委办\n"
    "示范县,己,13100131006,班子成员,示范县\n";

  g_assert_cmpuint (hd_import_get_n_bad (HD_IMPORT (import)), ==, 0);
  g_assert_true (hd_import_apply (HD_IMPORT (import), history, &error));
  g_assert_no_error (error);
  team = team_of (store);
  g_assert_cmpstr (team, ==, "示范县:张书记:0: 示范县:李县长:1:县委办、城关镇 示范县:𠮷部长:1: 县委办:赵主任:0:");

  /* Again: nothing to do, nothing written. */
  again = plan_ok (store, team_csv, sizeof team_csv - 1);
  g_assert_cmpuint (hd_import_count (HD_IMPORT (again), HD_IMPORT_ACTION_UNCHANGED), ==, 5);

  /* A new principal leader, a new division of work, and 𠮷部长 out of the team. */
  changed = plan_ok (store, changed_csv, sizeof changed_csv - 1);
  plan = describe_rows (changed);
  g_assert_cmpstr (plan, ==, "2 Update 示范县 李县长\n3 Update 示范县 张书记\n4 Update 示范县 𠮷部长\n");
  g_assert_true (hd_import_apply (HD_IMPORT (changed), history, &error));
  g_assert_no_error (error);
  team_after = team_of (store);
  g_assert_cmpstr (team_after, ==, "示范县:李县长:0: 示范县:张书记:1:县委办 县委办:赵主任:0:");

  /* Undo takes the change back whole. */
  g_assert_true (hd_history_undo (history, &error));
  g_clear_pointer (&team_after, g_free);
  team_after = team_of (store);
  g_assert_cmpstr (team_after, ==, team);

  /* Bad rows, each with its reason; nothing written. */
  bad = plan_ok (store, bad_csv, sizeof bad_csv - 1);
  g_clear_pointer (&plan, g_free);
  plan = describe_rows (bad);
  g_assert_cmpstr (plan, ==,
                   "2 Add 示范县 甲\n"
                   "3 Bad row 示范县 a second principal leader of “示范县”: row 2 names one already\n"
                   "4 Bad row 示范县 the overseen unit “无此局” does not exist: write a unit under “示范县” by its name, or any unit by its full path\n"
                   "5 Bad row 示范县 班子职务 must be 主要负责同志, 班子成员 or empty, not “书记”\n"
                   "6 Bad row 示范县 分管单位 is for a member of the leadership team: fill in 班子职务 as well\n"
                   "7 Bad row 示范县 a member cannot oversee the unit of his or her own team, “示范县”: write the departments he or she oversees\n");
  g_assert_false (hd_import_apply (HD_IMPORT (bad), history, &error));
  g_clear_error (&error);
  g_clear_pointer (&team_after, g_free);
  team_after = team_of (store);
  g_assert_cmpstr (team_after, ==, team);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/roster-import/plan-and-apply", test_plan_and_apply);
  g_test_add_func ("/roster-import/gb18030", test_gb18030);
  g_test_add_func ("/roster-import/bad-rows", test_bad_rows);
  g_test_add_func ("/roster-import/missing-columns", test_missing_columns);
  g_test_add_func ("/roster-import/team-columns", test_team_columns);

  return g_test_run ();
}
