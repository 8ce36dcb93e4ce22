/* test-talk-import.c — 谈心谈话台账 from CSV: the hand-made county's team's conversations planned,
 * written in one edit (the three must-talks as the conversations say), the same file again
 * unchanged, undo; bad rows with their exact reasons and nothing written. */
#include "hd-test-util.h"
#include "import/hd-talk-import.h"
#include "organisation/hd-person-edit.h"
#include "talks/hd-team-coverage.h"

static const char good_csv[] =
  "\xEF\xBB\xBF" "单位,日期,地点,谈话人,谈话对象,记录人,班子问题,个人问题,对方问题,拟提批评意见,整改措施,谈话内容,承诺事项,备注\r\n"
  "示范县,2014-09-10,县委会议室,张书记,李县长,赵主任,是,是,是,是,是,谈了班子存在的问题,带头改进作风,\r\n"
  "示范县,2014年9月12日,,张书记,𠮷部长,,是,是,否,否,,谈了个人问题,,\r\n"
  "示范县,2014-08-20,,李县长,𠮷部长、赵主任,,是,是,是,否,是,三人谈心,,第三次\r\n";

static char *
describe_rows (HdTalkImport *import)
{
  GListModel *rows = hd_import_get_rows (HD_IMPORT (import));
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(HdTalkImportRow) row = g_list_model_get_item (rows, i);

      g_string_append_printf (text, "%u %s %s %s\n", hd_talk_import_row_get_number (row),
                              hd_talk_import_action_get_label (hd_talk_import_row_get_action (row)),
                              hd_talk_import_row_get_people (row),
                              hd_talk_import_row_get_reason (row) != NULL ? hd_talk_import_row_get_reason (row)
                                                                          : hd_talk_import_row_get_date (row));
    }
  return g_string_free (text, FALSE);
}

static HdTalkImport *
plan (HdStore    *store,
      const char *csv)
{
  g_autoptr(GError) error = NULL;
  HdTalkImport *import = hd_talk_import_new_from_data (store, csv, strlen (csv), &error);

  g_assert_no_error (error);
  return import;
}

static char *
coverage (HdStore *store,
          gint64   unit)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) pairs = hd_team_coverage_read (store, unit, 0, &error);
  GString *text = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < pairs->len; i++)
    {
      HdRequiredPair *pair = &g_array_index (pairs, HdRequiredPair, i);
      g_autofree char *missing = hd_coverage_format_topics (pair->missing);

      g_string_append_printf (text, "%s%d:%s", text->len ? " " : "", pair->state, missing);
    }
  return g_string_free (text, FALSE);
}

static void
test_import (void)
{
  HdTestCounty county;
  HdTestTeam team;
  g_autoptr(GError) error = NULL;
  g_autoptr(HdTalkImport) import = NULL;
  g_autoptr(HdTalkImport) again = NULL;
  g_autofree char *rows = NULL;
  g_autofree char *pairs = NULL;

  hd_test_county_set_up (&county, "talks.db", 10);
  hd_test_add_team (county.db.store, &county.units, &team);
  import = plan (county.db.store, good_csv);
  rows = describe_rows (import);
  g_assert_cmpstr (rows, ==,
                   "2 Add 张书记、李县长 2014-09-10\n"
                   "3 Add 张书记、𠮷部长 2014-09-12\n"
                   "4 Add 李县长、𠮷部长、赵主任 2014-08-20\n");
  g_assert_cmpstr (hd_import_get_ignored_columns (HD_IMPORT (import))[0], ==, "备注");
  g_assert_true (hd_import_apply (HD_IMPORT (import), county.db.history, &error));
  g_assert_no_error (error);
  g_assert_cmpint (hd_test_query_int (county.db.store, "SELECT count(*) FROM talk"), ==, 3);
  g_assert_cmpint (hd_test_query_int (county.db.store,
                                      "SELECT count(*) FROM talk WHERE topics = 31 AND place = '县委会议室'"
                                      " AND commitments = '带头改进作风' AND recorder_id IS NOT NULL"), ==, 1);
  g_assert_cmpint (hd_test_query_int (county.db.store, "SELECT count(*) FROM talk_person"), ==, 7);
  /* As test-talks.c has it: done, topics 3,4,5 missing, 4 missing, 4 missing, the vacancy. */
  pairs = coverage (county.db.store, county.units.county);
  g_assert_cmpstr (pairs, ==, "0: 1:3,4,5 1:4 1:4 3:");

  /* Again: nothing to add. Undo takes the import back whole. */
  again = plan (county.db.store, good_csv);
  g_assert_cmpuint (hd_import_count (HD_IMPORT (again), HD_TALK_IMPORT_UNCHANGED), ==, 3);
  g_assert_true (hd_import_apply (HD_IMPORT (again), county.db.history, &error));
  g_assert_cmpint (hd_test_query_int (county.db.store, "SELECT count(*) FROM talk"), ==, 3);
  g_assert_true (hd_history_undo (county.db.history, &error));
  g_assert_true (hd_history_undo (county.db.history, &error));
  g_assert_no_error (error);
  g_assert_cmpint (hd_test_query_int (county.db.store, "SELECT count(*) FROM talk"), ==, 0);
  hd_test_db_tear_down (&county.db);
}

static void
test_bad_rows (void)
{
  static const char bad_csv[] =
    "单位,日期,谈话人,谈话对象,班子问题\n"
    "示范县/无此镇,2014-09-10,张书记,李县长,是\n"
    "示范县,2014-09-31,张书记,李县长,是\n"
    "示范县,2014-09-10,张书记,李县长,有\n"
    "示范县,2014-09-10,张书记,王五,是\n"
    "示范县,2014-09-10,张书记,赵主任,是\n"
    "示范县,2014-09-11,张书记,张书记,是\n"
    "示范县,2014-09-12,张书记,李县长,是\n"
    "示范县,2014-09-12,李县长,张书记,是\n";
  HdTestCounty county;
  HdTestTeam team;
  g_autoptr(GError) error = NULL;
  g_autoptr(HdTalkImport) import = NULL;
  g_autofree char *rows = NULL;
  HdPersonFields twin = { .name = "赵主任" };

  hd_test_county_set_up (&county, "talks.db", 10);
  hd_test_add_team (county.db.store, &county.units, &team);
  g_assert_cmpint (hd_person_create (county.db.store, NULL, county.units.county, &twin, &error), >, 0);
  import = plan (county.db.store, bad_csv);
  rows = describe_rows (import);
  g_assert_cmpstr (rows, ==,
                   "2 Bad row 张书记、李县长 unknown unit “示范县/无此镇”: write the team's unit by its full path, e.g. 示范县/城关镇\n"
                   "3 Bad row 张书记、李县长 the date “2014-09-31” is not a date: write it as 2014-09-20 or 2014年9月20日\n"
                   "4 Bad row 张书记、李县长 班子问题 must be 是 or 否, not “有”\n"
                   "5 Bad row 张书记、王五 Nobody called “王五” is on the roster of the unit or of a department its team oversees: "
                   "check the name, or add the person to the roster first.\n"
                   "6 Bad row 张书记、赵主任 Two people called “赵主任” are on the rosters of the unit and its departments: "
                   "tell them apart on the roster (e.g. by a note in the name) first.\n"
                   "7 Bad row 张书记、张书记 A person is named twice in the conversation: name each person once.\n"
                   "8 Add 张书记、李县长 2014-09-12\n"
                   "9 Bad row 李县长、张书记 the same conversation as row 8 (same unit, day, people and content)\n");
  g_assert_cmpuint (hd_import_get_n_bad (HD_IMPORT (import)), ==, 7);
  g_assert_false (hd_import_apply (HD_IMPORT (import), county.db.history, &error));
  g_assert_error (error, HD_IMPORT_ERROR, HD_IMPORT_ERROR_BAD_ROWS);
  g_assert_cmpint (hd_test_query_int (county.db.store, "SELECT count(*) FROM talk"), ==, 0);
  g_clear_error (&error);

  /* Without the columns it needs, the file is refused whole. */
  g_assert_null (hd_talk_import_new_from_data (county.db.store, "单位,日期\n示范县,2014-09-10\n", 30, &error));
  g_assert_error (error, HD_IMPORT_ERROR, HD_IMPORT_ERROR_COLUMNS);
  hd_test_db_tear_down (&county.db);
}

int
main (int argc, char *argv[])
{
  hd_test_init_english (&argc, &argv);
  g_test_add_func ("/talk-import/import", test_import);
  g_test_add_func ("/talk-import/bad-rows", test_bad_rows);
  return g_test_run ();
}
