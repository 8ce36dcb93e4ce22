/* test-unit-edit.c — editing the hierarchy: create, rename, codes, reorder, move, delete, undo. */
#include "hd-test-util.h"
#include "ledger/hd-task.h"
#include "opinions/hd-problem.h"
#include "organisation/hd-unit-edit.h"

typedef struct {
  HdTestDb   db;
  gint64     county, town_a, town_b, village_a1, village_a2;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  hd_test_db_set_up (&f->db, "units.db", 50);
  f->county = hd_unit_create (f->db.store, f->db.history, 0, HD_UNIT_KIND_COUNTY, "示范县", "130102", &error);
  f->town_a = hd_unit_create (f->db.store, f->db.history, f->county, HD_UNIT_KIND_TOWNSHIP, "城关镇", NULL, &error);
  f->town_b = hd_unit_create (f->db.store, f->db.history, f->county, HD_UNIT_KIND_STREET, "东关街道", NULL, &error);
  f->village_a1 = hd_unit_create (f->db.store, f->db.history, f->town_a, HD_UNIT_KIND_VILLAGE, "王庄村", NULL, &error);
  f->village_a2 = hd_unit_create (f->db.store, f->db.history, f->town_a, HD_UNIT_KIND_VILLAGE, "李家𠮷村", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (f->village_a2, >, 0);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  hd_test_db_tear_down (&f->db);
}

static char *
unit_path (HdStore *store,
           gint64   id)
{
  g_autoptr(HdUnit) unit = hd_unit_load (store, id, NULL);

  g_assert_nonnull (unit);
  return g_strdup (hd_unit_get_path (unit));
}

static char *
unit_name (gpointer unit)
{
  return g_strdup (hd_unit_get_name (unit));
}

static char *
child_names (HdStore *store,
             gint64   parent)
{
  g_autoptr(GListModel) children = hd_unit_list_new_children (store, parent);

  return hd_test_describe_items (children, ",", unit_name);
}

static void
test_create (Fixture *f, gconstpointer data)
{
  g_autofree char *path = unit_path (f->db.store, f->village_a2);
  g_autofree char *expected = g_strdup_printf ("/%09" G_GINT64_FORMAT "/%09" G_GINT64_FORMAT "/%09" G_GINT64_FORMAT "/",
                                              f->county, f->town_a, f->village_a2);
  g_autofree char *names = child_names (f->db.store, f->town_a);

  g_assert_cmpstr (path, ==, expected);
  g_assert_cmpstr (names, ==, "王庄村,李家𠮷村");
  g_assert_cmpint (hd_test_query_int (f->db.store, "SELECT count(*) FROM change_log WHERE entity = 'unit' AND field = 'name' AND old_value IS NULL"), ==, 5);

  /* Undo removes the last unit added, and only it. */
  g_assert_true (hd_history_undo (f->db.history, NULL));
  g_assert_cmpint (hd_test_query_int (f->db.store, "SELECT count(*) FROM unit"), ==, 4);
}

static void
test_invalid_input (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  gint64 before = hd_test_query_int (f->db.store, "SELECT count(*) FROM change_log");

  g_assert_cmpint (hd_unit_create (f->db.store, f->db.history, f->county, HD_UNIT_KIND_TOWNSHIP, "  ", NULL, &error), ==, 0);
  g_assert_error (error, HD_UNIT_EDIT_ERROR, HD_UNIT_EDIT_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_cmpint (hd_unit_create (f->db.store, f->db.history, f->county, HD_UNIT_KIND_TOWNSHIP, "新镇", " 130102 ", &error), ==, 0);
  g_assert_error (error, HD_UNIT_EDIT_ERROR, HD_UNIT_EDIT_ERROR_DUPLICATE_CODE);
  g_assert_nonnull (strstr (error->message, "示范县"));
  g_clear_error (&error);

  g_assert_false (hd_unit_set_code (f->db.store, f->db.history, f->town_a, "城关", &error));
  g_assert_error (error, HD_UNIT_EDIT_ERROR, HD_UNIT_EDIT_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_false (hd_unit_rename (f->db.store, f->db.history, 9999, "无", &error));
  g_assert_error (error, HD_UNIT_ERROR, HD_UNIT_ERROR_NOT_FOUND);

  g_assert_cmpint (hd_test_query_int (f->db.store, "SELECT count(*) FROM unit"), ==, 5);
  g_assert_cmpint (hd_test_query_int (f->db.store, "SELECT count(*) FROM change_log"), ==, before);
}

static void
test_rename_kind_code (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HdUnit) unit = NULL;

  g_assert_true (hd_unit_rename (f->db.store, f->db.history, f->town_b, " 贠庄街道 ", &error));
  g_assert_true (hd_unit_set_kind (f->db.store, f->db.history, f->town_b, HD_UNIT_KIND_TOWNSHIP, &error));
  g_assert_true (hd_unit_set_code (f->db.store, f->db.history, f->town_b, "130102002", &error));
  g_assert_no_error (error);

  unit = hd_unit_load (f->db.store, f->town_b, &error);
  g_assert_cmpstr (hd_unit_get_name (unit), ==, "贠庄街道");
  g_assert_cmpint (hd_unit_get_kind (unit), ==, HD_UNIT_KIND_TOWNSHIP);
  g_assert_cmpstr (hd_unit_get_code (unit), ==, "130102002");

  g_assert_true (hd_unit_set_code (f->db.store, f->db.history, f->town_b, "", &error));
  g_clear_object (&unit);
  unit = hd_unit_load (f->db.store, f->town_b, &error);
  g_assert_null (hd_unit_get_code (unit));
  g_assert_cmpint (hd_test_query_int (f->db.store, "SELECT count(*) FROM change_log WHERE field = 'code' AND old_value = '130102002' AND new_value IS NULL"), ==, 1);
}

static void
test_reorder (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *names = NULL;
  gint64 town_c = hd_unit_create (f->db.store, f->db.history, f->county, HD_UNIT_KIND_TOWNSHIP, "西关镇", NULL, &error);

  g_assert_true (hd_unit_reorder (f->db.store, f->db.history, town_c, 0, &error));
  g_assert_no_error (error);
  names = child_names (f->db.store, f->county);
  g_assert_cmpstr (names, ==, "西关镇,城关镇,东关街道");

  g_assert_true (hd_unit_reorder (f->db.store, f->db.history, town_c, 99, &error));
  g_clear_pointer (&names, g_free);
  names = child_names (f->db.store, f->county);
  g_assert_cmpstr (names, ==, "城关镇,东关街道,西关镇");

  g_assert_true (hd_history_undo (f->db.history, &error));
  g_clear_pointer (&names, g_free);
  names = child_names (f->db.store, f->county);
  g_assert_cmpstr (names, ==, "西关镇,城关镇,东关街道");
}

static void
test_move (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *old_path = unit_path (f->db.store, f->village_a2);
  g_autofree char *path = NULL;
  g_autofree char *names = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(GListModel) subtree = NULL;

  /* Move the whole 城关镇 (with its villages) under 东关街道, first among its children. */
  g_assert_true (hd_unit_move (f->db.store, f->db.history, f->town_a, f->town_b, 0, &error));
  g_assert_no_error (error);

  path = unit_path (f->db.store, f->village_a2);
  expected = g_strdup_printf ("/%09" G_GINT64_FORMAT "/%09" G_GINT64_FORMAT "/%09" G_GINT64_FORMAT "/%09" G_GINT64_FORMAT "/",
                              f->county, f->town_b, f->town_a, f->village_a2);
  g_assert_cmpstr (path, ==, expected);
  subtree = hd_unit_list_new_subtree (f->db.store, f->town_b);
  g_assert_cmpuint (g_list_model_get_n_items (subtree), ==, 4);
  names = child_names (f->db.store, f->county);
  g_assert_cmpstr (names, ==, "东关街道");

  /* Not into its own subtree. */
  g_assert_false (hd_unit_move (f->db.store, f->db.history, f->town_b, f->village_a1, -1, &error));
  g_assert_error (error, HD_UNIT_EDIT_ERROR, HD_UNIT_EDIT_ERROR_INTO_OWN_SUBTREE);
  g_clear_error (&error);

  g_assert_true (hd_history_undo (f->db.history, &error));
  g_clear_pointer (&path, g_free);
  path = unit_path (f->db.store, f->village_a2);
  g_assert_cmpstr (path, ==, old_path);
  g_clear_pointer (&names, g_free);
  names = child_names (f->db.store, f->county);
  g_assert_cmpstr (names, ==, "城关镇,东关街道");
}

static void
test_delete (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *description = NULL;
  HdUnitDependents dependents;

  hd_test_exec (f->db.store,
                "INSERT INTO person (id, uuid, unit_id, name) VALUES (1, 'p1', 4, '王五'), (2, 'p2', 2, '赵六');"
                "INSERT INTO team_member (uuid, unit_id, person_id, role) VALUES ('t1', 2, 2, 0);"
                "INSERT INTO team_member (uuid, unit_id, person_id, role) VALUES ('t2', 4, 1, 0);");

  /* A leaf without anything: deleted at once. */
  g_assert_true (hd_unit_delete (f->db.store, f->db.history, f->village_a2, FALSE, &error));
  g_assert_no_error (error);

  g_assert_true (hd_unit_count_dependents (f->db.store, f->town_a, &dependents, &error));
  g_assert_cmpuint (dependents.units, ==, 1);
  g_assert_cmpuint (dependents.people, ==, 2);
  g_assert_cmpuint (dependents.team_members, ==, 2);
  description = hd_unit_dependents_describe (&dependents);
  g_assert_cmpstr (description, ==, "Deleting it also deletes 1 subordinate unit, 2 people on the rosters, 2 leadership team places.");

  g_assert_false (hd_unit_delete (f->db.store, f->db.history, f->town_a, FALSE, &error));
  g_assert_error (error, HD_UNIT_EDIT_ERROR, HD_UNIT_EDIT_ERROR_HAS_DEPENDENTS);
  g_clear_error (&error);
  g_assert_cmpint (hd_test_query_int (f->db.store, "SELECT count(*) FROM unit"), ==, 4);

  g_assert_true (hd_unit_delete (f->db.store, f->db.history, f->town_a, TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (hd_test_query_int (f->db.store, "SELECT count(*) FROM unit"), ==, 2);
  g_assert_cmpint (hd_test_query_int (f->db.store, "SELECT count(*) FROM person"), ==, 0);
  g_assert_cmpint (hd_test_query_int (f->db.store, "SELECT count(*) FROM team_member"), ==, 0);

  hd_test_undo (f->db.history);
  g_assert_cmpint (hd_test_query_int (f->db.store, "SELECT count(*) FROM unit"), ==, 4);
  g_assert_cmpint (hd_test_query_int (f->db.store, "SELECT count(*) FROM person"), ==, 2);
  g_assert_cmpint (hd_test_query_int (f->db.store, "SELECT count(*) FROM team_member"), ==, 2);
  g_assert_cmpint (hd_test_query_int (f->db.store, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);
  g_assert_true (hd_store_check (f->db.store, &error));
}

/* Every row of the tables that deleting a unit touches, as text: equal dumps, equal databases. */
static char *
dump_records (HdStore *store)
{
  static const char * const tables[] = {
    "unit", "person", "team_member", "opinion", "problem", "task", "task_progress", "task_review",
  };
  GString *dump = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM %s ORDER BY id", tables[i]);
      sqlite3_stmt *stmt = NULL;

      g_assert_cmpint (sqlite3_prepare_v2 (hd_store_get_db (store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
      g_string_append_printf (dump, "[%s]\n", tables[i]);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          for (int c = 0; c < sqlite3_column_count (stmt); c++)
            g_string_append_printf (dump, "%s|", sqlite3_column_type (stmt, c) == SQLITE_NULL
                                                 ? "NULL" : (const char *) sqlite3_column_text (stmt, c));
          g_string_append_c (dump, '\n');
        }
      sqlite3_finalize (stmt);
    }
  return g_string_free (dump, FALSE);
}

static gint64
add_opinion (Fixture    *f,
             gint64      unit_id,
             gint64      person_id,
             const char *content)
{
  g_autoptr(GError) error = NULL;
  GDate today;
  HdOpinionFields fields = {
    .channel = HD_OPINION_CHANNEL_VISIT, .received = "2014-07-01", .unit_id = unit_id,
    .person_id = person_id, .category = HD_CATEGORY_FORMALISM, .content = content,
  };
  gint64 id;

  g_date_set_dmy (&today, 30, G_DATE_SEPTEMBER, 2014);
  id = hd_opinion_create (f->db.store, f->db.history, &fields, &today, &error);
  g_assert_no_error (error);
  return id;
}

static gint64
add_task (Fixture    *f,
          gint64      unit_id,
          HdTaskKind  kind,
          gint64      problem_id,
          const char *problem)
{
  g_autoptr(GError) error = NULL;
  HdTaskFields fields = {
    .unit_id = unit_id, .plan = HD_TASK_PLAN_RECTIFICATION, .kind = kind, .problem = problem,
    .problem_id = problem_id, .leader = "张书记", .person = "李主任",
    .deadline = kind == HD_TASK_KIND_LONG_TERM ? NULL : "2014-10-31",
  };
  gint64 id = hd_task_create (f->db.store, f->db.history, &fields, &error);

  g_assert_no_error (error);
  return id;
}

/* Opinions, problems and tasks of the subtree go with the unit, in one edit that undo takes
 * back whole; records elsewhere that referred into the subtree stay, without the reference. */
static void
test_delete_records (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *description = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *undone = NULL;
  g_autofree char *redone = NULL;
  HdUnitDependents dependents;
  gint64 merged[2], problem_id, outside_opinion, outside_task, task;
  GDate today;
  HdProblemFields problem = {
    .unit_id = f->village_a1, .category = HD_CATEGORY_FORMALISM, .summary = "文山会海，会议多文件多",
    .found = "2014-08-01",
  };

  g_date_set_dmy (&today, 30, G_DATE_SEPTEMBER, 2014);
  hd_test_exec (f->db.store,
                "INSERT INTO person (id, uuid, unit_id, name) VALUES (1, 'p1', 4, '王五'), (2, 'p2', 2, '赵六');");

  /* In the subtree of 城关镇: three opinions, two of them merged into a problem of 王庄村
   * together with one of 东关街道; a long-term task on it with progress and a review date, and
   * a closed task of the township itself. */
  merged[0] = add_opinion (f, f->village_a1, 1, "会议太多，村干部没时间办事");
  merged[1] = add_opinion (f, f->town_b, 0, "文件层层转发，基层应接不暇");
  add_opinion (f, f->village_a1, 0, "村务公开不及时");
  add_opinion (f, f->town_a, 2, "办事大厅门难进脸难看");
  problem_id = hd_problem_merge (f->db.store, f->db.history, &problem, merged, 2, &today, &error);
  g_assert_no_error (error);
  /* Outside: an opinion of 东关街道 about 王五 of 王庄村, and a task of 东关街道 on the problem. */
  outside_opinion = add_opinion (f, f->town_b, 1, "王五办事拖拉");
  outside_task = add_task (f, f->town_b, HD_TASK_KIND_DEADLINE, problem_id, "文山会海");

  task = add_task (f, f->village_a1, HD_TASK_KIND_LONG_TERM, problem_id, "文山会海");
  g_assert_true (hd_task_add_review (f->db.store, f->db.history, task, "2014-12-31", &error));
  g_assert_true (hd_task_add_progress (f->db.store, f->db.history, task, "2014-09-01", "已精简会议", &error));
  task = add_task (f, f->town_a, HD_TASK_KIND_IMMEDIATE, 0, "门难进脸难看");
  g_assert_true (hd_task_add_progress (f->db.store, f->db.history, task, "2014-09-10", "挂牌上岗", &error));
  g_assert_true (hd_task_set_result (f->db.store, f->db.history, task, "已全部挂牌", HD_VERDICT_SATISFIED, &error));
  g_assert_true (hd_task_close (f->db.store, f->db.history, task, "2014-09-12", &error));
  g_assert_no_error (error);

  g_assert_true (hd_unit_count_dependents (f->db.store, f->town_a, &dependents, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (dependents.opinions, ==, 3);
  g_assert_cmpuint (dependents.problems, ==, 1);
  g_assert_cmpuint (dependents.tasks, ==, 2);
  g_assert_cmpuint (dependents.task_progress, ==, 2);
  g_assert_cmpuint (dependents.task_reviews, ==, 1);
  description = hd_unit_dependents_describe (&dependents);
  g_assert_cmpstr (description, ==, "Deleting it also deletes 2 subordinate units, 2 people on the rosters, "
                                    "3 opinions, 1 problem, 2 rectification tasks.");

  g_assert_false (hd_unit_delete (f->db.store, f->db.history, f->town_a, FALSE, &error));
  g_assert_error (error, HD_UNIT_EDIT_ERROR, HD_UNIT_EDIT_ERROR_HAS_DEPENDENTS);
  g_assert_nonnull (strstr (error->message, "3 opinions, 1 problem, 2 rectification tasks"));
  g_clear_error (&error);

  before = dump_records (f->db.store);
  g_assert_true (hd_unit_delete (f->db.store, f->db.history, f->town_a, TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (hd_history_get_undo_label (f->db.history), ==, "Delete unit");
  g_assert_cmpint (hd_test_query_int (f->db.store, "SELECT count(*) FROM unit"), ==, 2);
  g_assert_cmpint (hd_test_query_int (f->db.store, "SELECT count(*) FROM opinion"), ==, 2);
  g_assert_cmpint (hd_test_query_int (f->db.store, "SELECT count(*) FROM problem"), ==, 0);
  g_assert_cmpint (hd_test_query_int (f->db.store, "SELECT count(*) FROM task"), ==, 1);
  g_assert_cmpint (hd_test_query_int (f->db.store, "SELECT count(*) FROM task_progress"), ==, 0);
  g_assert_cmpint (hd_test_query_int (f->db.store, "SELECT count(*) FROM task_review"), ==, 0);
  /* What stays outside lost only its references into the subtree. */
  g_assert_cmpint (hd_test_query_int (f->db.store, "SELECT count(*) FROM opinion"
                                                " WHERE problem_id IS NULL AND person_id IS NULL AND status = 'sorted'"), ==, 1);
  g_assert_cmpint (hd_test_query_int (f->db.store, "SELECT count(*) FROM opinion"
                                                " WHERE person_id IS NULL AND problem_id IS NULL"), ==, 2);
  g_assert_cmpint (hd_test_query_int (f->db.store, "SELECT count(*) FROM task WHERE problem_id IS NULL"), ==, 1);
  {
    g_autoptr(HdOpinion) opinion = hd_opinion_load (f->db.store, outside_opinion, &error);
    g_autoptr(HdTask) kept = hd_task_load (f->db.store, outside_task, &error);

    g_assert_no_error (error);
    g_assert_cmpint (hd_opinion_get_person_id (opinion), ==, 0);
    g_assert_cmpint (hd_task_get_problem_id (kept), ==, 0);
  }
  g_assert_cmpint (hd_test_query_int (f->db.store, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);
  /* The text index lost exactly the deleted opinions. */
  g_assert_cmpint (hd_test_query_int (f->db.store, "SELECT count(*) FROM opinion_text WHERE opinion_text MATCH '村务公开'"), ==, 0);
  g_assert_cmpint (hd_test_query_int (f->db.store, "SELECT count(*) FROM opinion_text WHERE opinion_text MATCH '层层转发'"), ==, 1);
  after = dump_records (f->db.store);

  hd_test_undo (f->db.history);
  undone = dump_records (f->db.store);
  g_assert_cmpstr (undone, ==, before);
  g_assert_cmpint (hd_test_query_int (f->db.store, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);
  g_assert_cmpint (hd_test_query_int (f->db.store, "SELECT count(*) FROM opinion_text WHERE opinion_text MATCH '村务公开'"), ==, 1);
  g_assert_true (hd_store_check (f->db.store, &error));
  g_assert_no_error (error);

  hd_test_redo (f->db.history);
  redone = dump_records (f->db.store);
  g_assert_cmpstr (redone, ==, after);
  hd_test_undo (f->db.history);
  g_clear_pointer (&undone, g_free);
  undone = dump_records (f->db.store);
  g_assert_cmpstr (undone, ==, before);
  g_assert_cmpint (hd_test_query_int (f->db.store, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);
  g_assert_true (hd_store_check (f->db.store, &error));
  g_assert_no_error (error);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  HD_TEST_ADD ("/unit-edit/create", test_create);
  HD_TEST_ADD ("/unit-edit/invalid-input", test_invalid_input);
  HD_TEST_ADD ("/unit-edit/rename-kind-code", test_rename_kind_code);
  HD_TEST_ADD ("/unit-edit/reorder", test_reorder);
  HD_TEST_ADD ("/unit-edit/move", test_move);
  HD_TEST_ADD ("/unit-edit/delete", test_delete);
  HD_TEST_ADD ("/unit-edit/delete-records", test_delete_records);

  return g_test_run ();
}
