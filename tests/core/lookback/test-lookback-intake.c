/* test-lookback-intake.c — hd-core: 纳入整改 from a look-back round: the new problem and its task
 * in the reviewed task's unit, with exactly the fields given and the next number of that unit's
 * ledger; the item confirmed naming the new task; one edit that undo takes back to exactly the
 * rows before, and redo brings again; bad input refused with nothing changed. */
#include "hd-test-util.h"
#include "ledger/hd-task.h"
#include "lookback/hd-lookback-intake.h"
#include "opinions/hd-problem.h"

typedef struct {
  HdTestCounty county;
  gint64 first;      /* 城关镇 no. 1 */
  gint64 second;     /* 城关镇 no. 2 */
  gint64 village;    /* 王庄村 no. 1 */
  gint64 round;      /* 城关镇's subtree, every plan */
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  HdStore *store;
  g_autoptr(GError) error = NULL;
  HdLookbackRoundFields round = {
    "2014年第一轮回头看", 0, HD_LOOKBACK_ALL_PLANS, "2014-09-30",
  };

  hd_test_county_set_up (&f->county, "intake.db", 20);
  store = f->county.db.store;
  f->first = hd_test_add_task (store, f->county.units.town, HD_TASK_PLAN_RECTIFICATION, "文山会海", "2014-10-10");
  f->second = hd_test_add_task (store, f->county.units.town, HD_TASK_PLAN_RECTIFICATION, "门难进", "2014-10-10");
  f->village = hd_test_add_task (store, f->county.units.village, HD_TASK_PLAN_RECTIFICATION, "公车私用", "2014-10-10");
  round.unit_id = f->county.units.town;
  f->round = hd_lookback_open (f->county.db.store, NULL, &round, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  hd_test_db_tear_down (&f->county.db);
}

/* Every row the intake may write, whole: what undo must restore and a refusal must not touch. */
static char *
rows_of (Fixture *f)
{
  g_autofree char *problems = hd_test_query_text (f->county.db.store,
    "SELECT group_concat (id || ',' || unit_id || ',' || category || ',' || summary || ',' || found, ' ')"
    " FROM (SELECT * FROM problem ORDER BY id)");
  g_autofree char *tasks = hd_test_query_text (f->county.db.store,
    "SELECT group_concat (id || ',' || unit_id || ',' || number || ',' || problem || ',' || coalesce (problem_id, '-')"
    " || ',' || coalesce (deadline, '-'), ' ') FROM (SELECT * FROM task ORDER BY id)");
  g_autofree char *items = hd_test_query_text (f->county.db.store,
    "SELECT group_concat (task_id || ',' || coalesce (outcome, '-') || ',' || note || ',' || coalesce (new_task_id, '-'), ' ')"
    " FROM (SELECT * FROM lookback_item ORDER BY id)");

  return g_strdup_printf ("problems[%s] tasks[%s] items[%s] log=%" G_GINT64_FORMAT,
                          problems != NULL ? problems : "", tasks, items,
                          hd_test_query_int (f->county.db.store, "SELECT count(*) FROM change_log"));
}

static const HdLookbackIntakeFields intake = {
  .category = HD_CATEGORY_FORMALISM, .problem = " 督导检查走过场 ", .plan = HD_TASK_PLAN_SPECIAL,
  .kind = HD_TASK_KIND_DEADLINE, .goal = "检查见实效", .measures = "建立督查回访制度", .leader = "王书记",
  .person = "李主任", .deadline = "2014-11-30",
};

/* The new problem and task in the reviewed task's unit, numbered next in its ledger; the item
 * names the task; undo restores every row exactly, redo brings them again. */
static void
test_confirm_new (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HdTask) task = NULL;
  g_autoptr(HdProblem) problem = NULL;
  g_autofree char *before = rows_of (f);
  g_autofree char *after = NULL;
  g_autofree char *undone = NULL;
  g_autofree char *redone = NULL;
  g_autofree char *item = NULL;
  g_autofree char *expected = NULL;
  gint64 log_before = hd_test_query_int (f->county.db.store, "SELECT max (id) FROM change_log");
  gint64 id;
  guint n = 99;

  id = hd_lookback_confirm_new (f->county.db.store, f->county.db.history, f->round, f->second, &intake,
                                " 回访中群众反映 ", &f->county.today, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, ==, f->village + 1);
  g_assert_cmpstr (hd_history_get_undo_label (f->county.db.history), ==, "Add newly found problem to the rectification");

  task = hd_task_load (f->county.db.store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hd_task_get_unit_id (task), ==, f->county.units.town);
  g_assert_cmpuint (hd_task_get_number (task), ==, 3);
  g_assert_cmpint (hd_task_get_plan (task), ==, HD_TASK_PLAN_SPECIAL);
  g_assert_cmpint (hd_task_get_kind (task), ==, HD_TASK_KIND_DEADLINE);
  g_assert_cmpstr (hd_task_get_problem (task), ==, "督导检查走过场");
  g_assert_cmpstr (hd_task_get_source (task), ==, "2014年第一轮回头看");
  g_assert_cmpstr (hd_task_get_goal (task), ==, "检查见实效");
  g_assert_cmpstr (hd_task_get_measures (task), ==, "建立督查回访制度");
  g_assert_cmpstr (hd_task_get_leader (task), ==, "王书记");
  g_assert_cmpstr (hd_task_get_person (task), ==, "李主任");
  g_assert_cmpstr (hd_task_get_deadline (task), ==, "2014-11-30");
  g_assert_null (hd_task_get_closed (task));
  g_assert_cmpint (hd_task_get_verdict (task), ==, HD_VERDICT_NONE);

  problem = hd_problem_load (f->county.db.store, hd_task_get_problem_id (task), &error);
  g_assert_no_error (error);
  g_assert_cmpint (hd_problem_get_id (problem), ==, 1);
  g_assert_cmpint (hd_problem_get_unit_id (problem), ==, f->county.units.town);
  g_assert_cmpint (hd_problem_get_person_id (problem), ==, 0);
  g_assert_cmpint (hd_problem_get_category (problem), ==, HD_CATEGORY_FORMALISM);
  g_assert_cmpstr (hd_problem_get_summary (problem), ==, "督导检查走过场");
  g_assert_cmpstr (hd_problem_get_found (problem), ==, "2014-09-30");
  g_assert_cmpuint (hd_problem_get_n_tasks (problem), ==, 1);
  g_assert_cmpuint (hd_problem_get_n_opinions (problem), ==, 0);

  item = hd_test_query_text (f->county.db.store, "SELECT outcome || ',' || note || ',' || new_task_id FROM lookback_item"
                                                 " WHERE outcome IS NOT NULL");
  expected = g_strdup_printf ("new,回访中群众反映,%" G_GINT64_FORMAT, id);
  g_assert_cmpstr (item, ==, expected);
  g_assert_true (hd_lookback_count_waiting (f->county.db.store, f->round, &n, &error));
  g_assert_cmpuint (n, ==, 2);
  /* One edit in the change log: the problem, the task and the item. */
  {
    g_autofree char *sql = g_strdup_printf ("SELECT count(DISTINCT entity_uuid) * 10 + count(DISTINCT entity) FROM change_log"
                                            " WHERE id > %" G_GINT64_FORMAT
                                            " AND entity IN ('problem', 'task', 'lookback_item')", log_before);
    g_assert_cmpint (hd_test_query_int (f->county.db.store, sql), ==, 33);
    g_clear_pointer (&sql, g_free);
    sql = g_strdup_printf ("SELECT count(*) FROM change_log WHERE id > %" G_GINT64_FORMAT
                           " AND entity NOT IN ('problem', 'task', 'lookback_item')", log_before);
    g_assert_cmpint (hd_test_query_int (f->county.db.store, sql), ==, 0);
  }

  /* The new task is not in the round and waits for nothing; the round and the item keep it. */
  g_assert_cmpint (hd_test_query_int (f->county.db.store, "SELECT count(*) FROM lookback_item"), ==, 3);
  g_assert_false (hd_task_delete (f->county.db.store, NULL, id, &error));
  g_assert_error (error, HD_TASK_ERROR, HD_TASK_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (hd_lookback_confirm (f->county.db.store, NULL, f->round, f->second, HD_LOOKBACK_TRACK, NULL, NULL,
                                       &f->county.today, &error));
  g_assert_error (error, HD_LOOKBACK_ERROR, HD_LOOKBACK_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (hd_lookback_confirm_new (f->county.db.store, NULL, f->round, f->second, &intake, NULL,
                                            &f->county.today, &error), ==, 0);
  g_assert_error (error, HD_LOOKBACK_ERROR, HD_LOOKBACK_ERROR_INVALID);
  g_clear_error (&error);

  after = rows_of (f);
  g_assert_true (hd_history_undo (f->county.db.history, &error));
  g_assert_no_error (error);
  undone = rows_of (f);
  /* The change log keeps what undo did; the rows are as before. */
  g_assert_cmpstr (strstr (undone, " log="), !=, strstr (before, " log="));
  *strstr (undone, " log=") = '\0';
  *strstr (before, " log=") = '\0';
  g_assert_cmpstr (undone, ==, before);
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("problems[] tasks[%" G_GINT64_FORMAT ",2,1,文山会海,-,2014-10-10 "
                              "%" G_GINT64_FORMAT ",2,2,门难进,-,2014-10-10 "
                                                "%" G_GINT64_FORMAT ",3,1,公车私用,-,2014-10-10] "
                                                "items[%" G_GINT64_FORMAT ",-,,- %" G_GINT64_FORMAT ",-,,- "
                                                "%" G_GINT64_FORMAT ",-,,-]",
                                                f->first, f->second, f->village, f->first, f->second, f->village);
  g_assert_cmpstr (before, ==, expected);

  g_assert_true (hd_history_redo (f->county.db.history, &error));
  g_assert_no_error (error);
  redone = rows_of (f);
  *strstr (redone, " log=") = '\0';
  *strstr (after, " log=") = '\0';
  g_assert_cmpstr (redone, ==, after);
}

/* Each bad input is refused with what to do, and not one row changes. */
static void
test_refused (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *before = rows_of (f);
  const struct {
    const char *what;
    const char *problem;
    const char *measures;
    HdTaskKind  kind;
    const char *deadline;
    GQuark      domain;
    int         code;
    const char *message;
  } cases[] = {
    { "no problem", "  ", "回访", HD_TASK_KIND_DEADLINE, "2014-11-30", HD_PROBLEM_ERROR, HD_PROBLEM_ERROR_INVALID,
      "The problem needs a summary. Enter it in one sentence, e.g. “文山会海，会议多、文件多”." },
    { "no measures", "走过场", " ", HD_TASK_KIND_DEADLINE, "2014-11-30", HD_LOOKBACK_ERROR, HD_LOOKBACK_ERROR_INVALID,
      "Say what will be done about the newly found problem: enter the task’s measures." },
    { "deadline passed", "走过场", "回访", HD_TASK_KIND_DEADLINE, "2014-09-29", HD_LOOKBACK_ERROR, HD_LOOKBACK_ERROR_INVALID,
      "The new task’s deadline has passed already: give a day from today on." },
    { "no deadline", "走过场", "回访", HD_TASK_KIND_DEADLINE, NULL, HD_TASK_ERROR, HD_TASK_ERROR_INVALID,
      "The task has no deadline. Enter the day it must be done by, or make it a long-term task." },
    { "deadline not a date", "走过场", "回访", HD_TASK_KIND_DEADLINE, "2014-13-01", HD_TASK_ERROR, HD_TASK_ERROR_INVALID,
      NULL },
    { "long-term with a deadline", "走过场", "回访", HD_TASK_KIND_LONG_TERM, "2014-11-30", HD_TASK_ERROR,
      HD_TASK_ERROR_INVALID, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *rows = NULL;
      HdLookbackIntakeFields fields = intake;

      g_test_message ("%s", cases[i].what);
      fields.problem = cases[i].problem;
      fields.measures = cases[i].measures;
      fields.kind = cases[i].kind;
      fields.deadline = cases[i].deadline;
      g_assert_cmpint (hd_lookback_confirm_new (f->county.db.store, f->county.db.history, f->round, f->first, &fields,
                                                NULL, &f->county.today, &error), ==, 0);
      g_assert_error (error, cases[i].domain, cases[i].code);
      if (cases[i].message != NULL)
        g_assert_cmpstr (error->message, ==, cases[i].message);
      rows = rows_of (f);
      g_assert_cmpstr (rows, ==, before);
    }

  {
    g_autoptr(GError) error = NULL;
    g_autofree char *rows = NULL;
    HdLookbackRoundFields other = { "城关镇第二轮回头看", f->county.units.town, HD_LOOKBACK_ALL_PLANS, "2014-09-30" };
    gint64 closed;
    guint n;

    /* A task the round does not review, a round that is not there, a closed round. */
    g_assert_cmpint (hd_lookback_confirm_new (f->county.db.store, NULL, f->round, 999, &intake, NULL,
                                              &f->county.today, &error), ==, 0);
    g_assert_error (error, HD_LOOKBACK_ERROR, HD_LOOKBACK_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_cmpint (hd_lookback_confirm_new (f->county.db.store, NULL, 999, f->first, &intake, NULL,
                                              &f->county.today, &error), ==, 0);
    g_assert_error (error, HD_LOOKBACK_ERROR, HD_LOOKBACK_ERROR_NOT_FOUND);
    g_clear_error (&error);
    rows = rows_of (f);
    g_assert_cmpstr (rows, ==, before);

    closed = hd_lookback_open (f->county.db.store, NULL, &other, &error);
    g_assert_no_error (error);
    g_assert_true (hd_lookback_confirm_proposed (f->county.db.store, NULL, closed, NULL, &f->county.today, &n, &error));
    g_assert_true (hd_lookback_close (f->county.db.store, NULL, closed, "2014-10-31", &error));
    g_assert_no_error (error);
    g_assert_cmpint (hd_lookback_confirm_new (f->county.db.store, NULL, closed, f->first, &intake, NULL,
                                              &f->county.today, &error), ==, 0);
    g_assert_error (error, HD_LOOKBACK_ERROR, HD_LOOKBACK_ERROR_CLOSED);
  }
}

/* A long-term task has no deadline; the unit is the reviewed task's, a village here. */
static void
test_long_term (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HdTask) task = NULL;
  HdLookbackIntakeFields fields = intake;
  gint64 id;

  fields.kind = HD_TASK_KIND_LONG_TERM;
  fields.deadline = NULL;
  fields.category = HD_CATEGORY_SERVING_MASSES;
  id = hd_lookback_confirm_new (f->county.db.store, NULL, f->round, f->village, &fields, NULL, &f->county.today, &error);
  g_assert_no_error (error);
  task = hd_task_load (f->county.db.store, id, &error);
  g_assert_cmpint (hd_task_get_unit_id (task), ==, f->county.units.village);
  g_assert_cmpuint (hd_task_get_number (task), ==, 2);
  g_assert_cmpint (hd_task_get_kind (task), ==, HD_TASK_KIND_LONG_TERM);
  g_assert_null (hd_task_get_deadline (task));
  g_assert_cmpint (hd_test_query_int (f->county.db.store,
                                      "SELECT count(*) FROM problem WHERE category = 'serving_masses' AND unit_id = 3"), ==, 1);
}

int
main (int    argc,
      char **argv)
{
  hd_test_init_english (&argc, &argv);

  HD_TEST_ADD ("/lookback-intake/confirm-new", test_confirm_new);
  HD_TEST_ADD ("/lookback-intake/refused", test_refused);
  HD_TEST_ADD ("/lookback-intake/long-term", test_long_term);

  return g_test_run ();
}
