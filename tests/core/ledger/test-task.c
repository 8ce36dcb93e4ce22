/* test-task.c — rectification tasks: validation, progress, closing rules, reopening, lights. */
#include "hd-test-util.h"
#include "ledger/hd-task.h"
#include "organisation/hd-unit-edit.h"

typedef struct {
  HdTestDb   db;
  gint64     town;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  hd_test_db_set_up (&f->db, "task.db", 20);
  hd_store_set_operator (f->db.store, "李办事员");
  f->town = hd_test_add_unit (f->db.store, 0, HD_UNIT_KIND_TOWNSHIP, "城关镇");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  hd_test_db_tear_down (&f->db);
}

static HdTaskFields
fields_for (Fixture    *f,
            HdTaskKind  kind,
            const char *deadline)
{
  return (HdTaskFields) {
    .unit_id = f->town, .plan = HD_TASK_PLAN_RECTIFICATION, .kind = kind,
    .problem = "会议多、文件多", .goal = "会议减少三分之一", .measures = "合并会议",
    .leader = "张书记", .person = "王主任", .deadline = deadline,
  };
}

/* Asserts that a task made of @fields is refused as invalid. */
static void
assert_create_invalid (Fixture            *f,
                       const HdTaskFields *fields)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (hd_task_create (f->db.store, f->db.history, fields, &error), ==, 0);
  g_assert_error (error, HD_TASK_ERROR, HD_TASK_ERROR_INVALID);
}

static void
test_validation (Fixture       *f,
                 gconstpointer  data)
{
  HdTaskFields fields = fields_for (f, HD_TASK_KIND_DEADLINE, NULL);

  assert_create_invalid (f, &fields);

  fields = fields_for (f, HD_TASK_KIND_LONG_TERM, "2014-10-31");
  assert_create_invalid (f, &fields);

  fields = fields_for (f, HD_TASK_KIND_DEADLINE, "2014/10/31");
  assert_create_invalid (f, &fields);

  fields = fields_for (f, HD_TASK_KIND_DEADLINE, "2014-10-31");
  fields.rule_action = HD_RULE_ACTION_REVISE;
  assert_create_invalid (f, &fields);

  fields = fields_for (f, HD_TASK_KIND_DEADLINE, "2014-10-31");
  fields.problem = " ";
  assert_create_invalid (f, &fields);
  g_assert_cmpint (hd_test_query_int (f->db.store, "SELECT count(*) FROM task"), ==, 0);
}

static void
test_numbers_and_progress (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HdTask) task = NULL;
  g_autoptr(GPtrArray) log = NULL;
  HdTaskFields fields = fields_for (f, HD_TASK_KIND_DEADLINE, "2014-10-31");
  gint64 first = hd_task_create (f->db.store, f->db.history, &fields, &error);
  gint64 second = hd_task_create (f->db.store, f->db.history, &fields, &error);

  g_assert_no_error (error);
  g_assert_true (hd_task_add_progress (f->db.store, f->db.history, second, "2014-09-10", "已召开专题会议", &error));
  g_assert_true (hd_task_add_progress (f->db.store, f->db.history, second, "2014-09-20", "已合并三个会议", &error));
  g_assert_no_error (error);
  g_assert_false (hd_task_add_progress (f->db.store, f->db.history, second, "2014-09-21", " ", &error));
  g_assert_error (error, HD_TASK_ERROR, HD_TASK_ERROR_INVALID);
  g_clear_error (&error);

  task = hd_task_load (f->db.store, second, &error);
  g_assert_cmpuint (hd_task_get_number (task), ==, 2);
  g_assert_cmpstr (hd_task_get_last_progress (task), ==, "已合并三个会议");
  log = hd_task_load_progress (f->db.store, second, &error);
  g_assert_cmpuint (log->len, ==, 2);
  g_assert_cmpstr (((HdTaskProgress *) log->pdata[0])->operator_name, ==, "李办事员");
  g_assert_cmpint (first, >, 0);

  /* Deleting takes the log along; undo brings both back. */
  g_assert_true (hd_task_delete (f->db.store, f->db.history, second, &error));
  g_assert_cmpint (hd_test_query_int (f->db.store, "SELECT count(*) FROM task_progress"), ==, 0);
  hd_test_undo (f->db.history);
  g_assert_cmpint (hd_test_query_int (f->db.store, "SELECT count(*) FROM task_progress"), ==, 2);
}

static void
test_closing_rules (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HdTask) task = NULL;
  g_autoptr(GPtrArray) log = NULL;
  HdTaskFields fields = fields_for (f, HD_TASK_KIND_DEADLINE, "2014-10-31");
  gint64 id = hd_task_create (f->db.store, f->db.history, &fields, &error);

  g_assert_false (hd_task_close (f->db.store, f->db.history, id, "2014-10-20", &error));
  g_assert_error (error, HD_TASK_ERROR, HD_TASK_ERROR_CANNOT_CLOSE);
  g_assert_nonnull (strstr (error->message, "neither a result nor"));
  g_clear_error (&error);

  g_assert_true (hd_task_set_result (f->db.store, f->db.history, id, "会议减少40%", HD_VERDICT_NONE, &error));
  g_assert_false (hd_task_close (f->db.store, f->db.history, id, "2014-10-20", &error));
  g_assert_error (error, HD_TASK_ERROR, HD_TASK_ERROR_CANNOT_CLOSE);
  g_assert_nonnull (strstr (error->message, "no verdict"));
  g_clear_error (&error);

  g_assert_true (hd_task_set_result (f->db.store, f->db.history, id, "会议减少40%", HD_VERDICT_DISSATISFIED, &error));
  g_assert_false (hd_task_close (f->db.store, f->db.history, id, "2014-10-20", &error));
  g_assert_error (error, HD_TASK_ERROR, HD_TASK_ERROR_CANNOT_CLOSE);
  g_assert_nonnull (strstr (error->message, "dissatisfied"));
  g_clear_error (&error);

  g_assert_true (hd_task_set_result (f->db.store, f->db.history, id, "", HD_VERDICT_SATISFIED, &error));
  g_assert_false (hd_task_close (f->db.store, f->db.history, id, "2014-10-20", &error));
  g_assert_error (error, HD_TASK_ERROR, HD_TASK_ERROR_CANNOT_CLOSE);
  g_assert_nonnull (strstr (error->message, "no result"));
  g_clear_error (&error);

  g_assert_true (hd_task_set_result (f->db.store, f->db.history, id, "会议减少40%", HD_VERDICT_BASICALLY_SATISFIED, &error));
  g_assert_true (hd_task_close (f->db.store, f->db.history, id, "2014-11-02", &error));
  g_assert_no_error (error);
  task = hd_task_load (f->db.store, id, &error);
  g_assert_cmpstr (hd_task_get_closed (task), ==, "2014-11-02");

  /* A closed task keeps its verdict until it is reopened. */
  g_assert_false (hd_task_set_result (f->db.store, f->db.history, id, "x", HD_VERDICT_DISSATISFIED, &error));
  g_assert_error (error, HD_TASK_ERROR, HD_TASK_ERROR_CLOSED);
  g_clear_error (&error);

  g_assert_false (hd_task_reopen (f->db.store, f->db.history, id, "2014-11-05", "", &error));
  g_assert_error (error, HD_TASK_ERROR, HD_TASK_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (hd_task_reopen (f->db.store, f->db.history, id, "2014-11-05", "群众反映问题反弹", &error));
  g_assert_no_error (error);
  g_clear_object (&task);
  task = hd_task_load (f->db.store, id, &error);
  g_assert_null (hd_task_get_closed (task));
  log = hd_task_load_progress (f->db.store, id, &error);
  g_assert_cmpuint (log->len, ==, 1);
  g_assert_cmpstr (((HdTaskProgress *) log->pdata[0])->text, ==, "Reopened: 群众反映问题反弹");

  /* Undo of the reopening closes it again, in one step. */
  hd_test_undo (f->db.history);
  g_assert_cmpint (hd_test_query_int (f->db.store, "SELECT closed IS NOT NULL FROM task"), ==, 1);
  g_assert_cmpint (hd_test_query_int (f->db.store, "SELECT count(*) FROM task_progress"), ==, 0);
}

static void
test_lights (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  HdTaskFields deadline = fields_for (f, HD_TASK_KIND_DEADLINE, "2014-10-03");
  HdTaskFields long_term = fields_for (f, HD_TASK_KIND_LONG_TERM, NULL);
  gint64 a = hd_task_create (f->db.store, f->db.history, &deadline, &error);
  gint64 b = hd_task_create (f->db.store, f->db.history, &long_term, &error);
  g_autoptr(HdTask) task_a = NULL;
  g_autoptr(HdTask) task_b = NULL;
  GDate today;

  g_assert_true (hd_task_add_review (f->db.store, f->db.history, b, "2014-09-15", &error));
  g_assert_true (hd_task_add_review (f->db.store, f->db.history, b, "2014-10-02", &error));
  g_assert_no_error (error);
  g_assert_false (hd_task_add_review (f->db.store, f->db.history, a, "2014-10-02", &error));
  g_assert_error (error, HD_TASK_ERROR, HD_TASK_ERROR_INVALID);
  g_clear_error (&error);

  task_a = hd_task_load (f->db.store, a, &error);
  task_b = hd_task_load (f->db.store, b, &error);
  g_date_clear (&today, 1);

  g_date_set_dmy (&today, 30, 9, 2014);
  g_assert_cmpint (hd_task_get_light (task_a, &today, 3), ==, HD_LIGHT_YELLOW);   /* 3 days left */
  g_assert_cmpstr (hd_task_get_next_review (task_b, &today), ==, "2014-10-02");
  g_assert_cmpint (hd_task_get_light (task_b, &today, 3), ==, HD_LIGHT_YELLOW);   /* review in 2 */
  g_date_set_dmy (&today, 29, 9, 2014);
  g_assert_cmpint (hd_task_get_light (task_a, &today, 3), ==, HD_LIGHT_GREEN);
  g_date_set_dmy (&today, 4, 10, 2014);
  g_assert_cmpint (hd_task_get_light (task_a, &today, 3), ==, HD_LIGHT_RED);
  g_assert_null (hd_task_get_next_review (task_b, &today));
  g_assert_cmpint (hd_task_get_light (task_b, &today, 3), ==, HD_LIGHT_GREEN);    /* no coming review */
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  HD_TEST_ADD ("/task/validation", test_validation);
  HD_TEST_ADD ("/task/numbers-and-progress", test_numbers_and_progress);
  HD_TEST_ADD ("/task/closing-rules", test_closing_rules);
  HD_TEST_ADD ("/task/lights", test_lights);

  return g_test_run ();
}
