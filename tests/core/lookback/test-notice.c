/* test-notice.c — hd-core: supervision notices: numbers per office and year, gap-free when two
 * processes issue at once, never reused; what a notice may concern; replies, reminders and
 * withdrawal; the state and light against today; the lists. */
#include <sys/wait.h>

#include "hd-test-util.h"
#include "ledger/hd-task.h"
#include "lookback/hd-notice.h"
#include "store/hd-date.h"

typedef struct {
  HdTestCounty county;
  gint64 town_tasks[2];
  gint64 village_task;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  HdStore *store;

  hd_test_county_set_up (&f->county, "notice.db", 10);
  store = f->county.db.store;
  f->town_tasks[0] = hd_test_add_task (store, f->county.units.town, HD_TASK_PLAN_RECTIFICATION, "文山会海", "2014-09-20");
  f->town_tasks[1] = hd_test_add_task (store, f->county.units.town, HD_TASK_PLAN_RECTIFICATION, "门难进", "2014-09-20");
  f->village_task = hd_test_add_task (store, f->county.units.village, HD_TASK_PLAN_RECTIFICATION, "公车私用", "2014-09-20");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  hd_test_db_tear_down (&f->county.db);
}

static gint64
issue (Fixture    *f,
       const char *office,
       const char *issued,
       const char *reply_by)
{
  g_autoptr(GError) error = NULL;
  HdNoticeFields fields = {
    .unit_id = f->county.units.town, .task_ids = f->town_tasks, .n_tasks = 2,
    .office = office, .issued = issued, .reply_by = reply_by,
  };
  gint64 id = hd_notice_issue (f->county.db.store, &fields, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static char *
number_of (Fixture *f,
           gint64   id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HdNotice) notice = hd_notice_load (f->county.db.store, id, &error);

  g_assert_no_error (error);
  return g_strdup (hd_notice_get_number (notice));
}

static void
assert_number (Fixture    *f,
               gint64      id,
               const char *expected)
{
  g_autofree char *number = number_of (f, id);

  g_assert_cmpstr (number, ==, expected);
}

/* Numbered per office and year from 1; kept by a withdrawn notice; never deleted. */
static void
test_numbers (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 first = issue (f, "示范县活动办", "2014-09-30", "2014-10-10");
  gint64 second = issue (f, "示范县活动办", "2014-10-01", "2014-10-10");
  gint64 other = issue (f, "示范县纪委", "2014-10-01", "2014-10-10");
  gint64 next_year = issue (f, "示范县活动办", "2015-01-05", "2015-01-15");
  gint64 third;

  assert_number (f, first, "督办〔2014〕第1号");
  assert_number (f, second, "督办〔2014〕第2号");
  assert_number (f, other, "督办〔2014〕第1号");
  assert_number (f, next_year, "督办〔2015〕第1号");

  g_assert_true (hd_notice_withdraw (f->county.db.store, NULL, second, "2014-10-02", "发错单位", &error));
  g_assert_no_error (error);
  third = issue (f, "示范县活动办", "2014-10-03", "2014-10-13");
  assert_number (f, second, "督办〔2014〕第2号");
  assert_number (f, third, "督办〔2014〕第3号");

  g_assert_cmpint (sqlite3_exec (hd_store_get_db (f->county.db.store), "DELETE FROM notice WHERE id = 1",
                                 NULL, NULL, NULL), ==, SQLITE_CONSTRAINT_TRIGGER);
  g_assert_cmpint (sqlite3_exec (hd_store_get_db (f->county.db.store), "UPDATE notice SET serial = 9 WHERE id = 1",
                                 NULL, NULL, NULL), ==, SQLITE_CONSTRAINT_TRIGGER);
  g_assert_cmpint (hd_test_query_int (f->county.db.store, "SELECT count(*) FROM notice"), ==, 5);

  /* Issuing is in the change log, and not on the undo stack. */
  g_assert_cmpint (hd_test_query_int (f->county.db.store,
                                      "SELECT count(*) FROM change_log WHERE entity = 'notice'"), >, 0);
  g_assert_cmpint (hd_test_query_int (f->county.db.store, "SELECT count(*) FROM notice_task"), ==, 10);
  g_assert_false (hd_history_can_undo (f->county.db.history));
}

static void
test_parse_number (void)
{
  const char * const bad[] = {
    "督办〔2014〕第0号", "督办〔2014〕第12", "督办〔2014〕 第12号", "督办〔+2014〕第12号", "督办(2014)第12号",
    "督办〔2014〕第12号x", "督办〔99999〕第1号", "", "12",
  };
  guint year = 0, serial = 0;

  g_assert_true (hd_notice_parse_number (" 督办〔2014〕第12号 ", &year, &serial));
  g_assert_cmpuint (year, ==, 2014);
  g_assert_cmpuint (serial, ==, 12);
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    g_assert_false (hd_notice_parse_number (bad[i], &year, &serial));
  g_assert_false (hd_notice_parse_number (NULL, &year, &serial));
}

/* Bad input is refused with its reason and writes nothing. */
static void
test_invalid (Fixture       *f,
              gconstpointer  data)
{
  const struct {
    gint64 unit;
    guint n_tasks;
    gboolean village_task;
    const char *office, *issued, *reply_by, *reason;
  } cases[] = {
    { 0, 0, FALSE, "示范县活动办", "2014-09-30", "2014-10-10", "at least one" },
    { 0, 0, FALSE, "示范县活动办", "2014-09-30", "2014-10-10", "at least one" },
    { 0, 2, TRUE, "示范县活动办", "2014-09-30", "2014-10-10", "its own tasks" },
    { 0, 2, FALSE, "  ", "2014-09-30", "2014-10-10", "issuing office" },
    { 0, 2, FALSE, "示范县活动办", "2014-9-30", "2014-10-10", "date of issue" },
    { 0, 2, FALSE, "示范县活动办", "2014-09-30", "2014-02-30", "reply deadline is not a date" },
    { 0, 2, FALSE, "示范县活动办", "2014-09-30", "2014-09-29", "before the date of issue" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 tasks[2] = { cases[i].village_task ? f->village_task : f->town_tasks[0], f->town_tasks[1] };
      HdNoticeFields fields = {
        .unit_id = f->county.units.town, .task_ids = tasks, .n_tasks = cases[i].n_tasks,
        .office = cases[i].office, .issued = cases[i].issued, .reply_by = cases[i].reply_by,
      };

      if (i == 1)
        fields.task_ids = NULL;
      g_assert_cmpint (hd_notice_issue (f->county.db.store, &fields, &error), ==, 0);
      g_assert_error (error, HD_NOTICE_ERROR, HD_NOTICE_ERROR_INVALID);
      if (strstr (error->message, cases[i].reason) == NULL)
        g_error ("case %u: “%s” does not say “%s”", i, error->message, cases[i].reason);
    }
  g_assert_cmpint (hd_test_query_int (f->county.db.store, "SELECT count(*) FROM notice"), ==, 0);
}

static HdNoticeState
state_on (Fixture    *f,
          gint64      id,
          const char *day,
          HdLight    *light)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HdNotice) notice = hd_notice_load (f->county.db.store, id, &error);
  GDate today;

  g_assert_no_error (error);
  g_assert_true (hd_date_parse_iso (day, &today));
  *light = hd_notice_get_light (notice, &today, 3);
  return hd_notice_get_state (notice, &today);
}

/* Open until the reply deadline has passed, then overdue (red); replied or withdrawn after. */
static void
test_states (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = issue (f, "示范县活动办", "2014-09-30", "2014-10-10");
  gint64 late = issue (f, "示范县活动办", "2014-09-30", "2014-10-10");
  HdLight light;

  g_assert_cmpint (state_on (f, id, "2014-10-06", &light), ==, HD_NOTICE_OPEN);
  g_assert_cmpint (light, ==, HD_LIGHT_GREEN);
  g_assert_cmpint (state_on (f, id, "2014-10-07", &light), ==, HD_NOTICE_OPEN);
  g_assert_cmpint (light, ==, HD_LIGHT_YELLOW);
  g_assert_cmpint (state_on (f, id, "2014-10-10", &light), ==, HD_NOTICE_OPEN);
  g_assert_cmpint (state_on (f, id, "2014-10-11", &light), ==, HD_NOTICE_OVERDUE);
  g_assert_cmpint (light, ==, HD_LIGHT_RED);

  g_assert_false (hd_notice_reply (f->county.db.store, f->county.db.history, id, "2014-09-29", "已整改", "", &error));
  g_assert_error (error, HD_NOTICE_ERROR, HD_NOTICE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (hd_notice_reply (f->county.db.store, f->county.db.history, id, "2014-10-08", "  ", "", &error));
  g_assert_error (error, HD_NOTICE_ERROR, HD_NOTICE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (hd_notice_remind (f->county.db.store, f->county.db.history, id, "2014-10-05", "电话催办", &error));
  g_assert_true (hd_notice_reply (f->county.db.store, f->county.db.history, id, "2014-10-08", "已整改到位", "王镇长", &error));
  g_assert_no_error (error);
  g_assert_cmpint (state_on (f, id, "2014-10-20", &light), ==, HD_NOTICE_REPLIED);
  g_assert_cmpint (light, ==, HD_LIGHT_CLOSED);
  g_assert_false (hd_notice_reply (f->county.db.store, NULL, id, "2014-10-09", "再次回复", "", &error));
  g_assert_error (error, HD_NOTICE_ERROR, HD_NOTICE_ERROR_STATE);
  g_clear_error (&error);

  g_assert_true (hd_notice_reply (f->county.db.store, NULL, late, "2014-10-12", "已整改", "", &error));
  g_assert_cmpint (state_on (f, late, "2014-10-20", &light), ==, HD_NOTICE_REPLIED);
  g_assert_cmpint (light, ==, HD_LIGHT_CLOSED_LATE);

  /* The reply is an edit that can be undone. */
  g_assert_true (hd_history_undo (f->county.db.history, &error));
  g_assert_no_error (error);
  g_assert_cmpint (state_on (f, id, "2014-10-20", &light), ==, HD_NOTICE_OVERDUE);
  g_assert_cmpint (hd_test_query_int (f->county.db.store, "SELECT count(*) FROM notice_reminder"), ==, 1);
}

static char *
list (Fixture    *f,
      gint64      unit,
      int         state,
      const char *day)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) ids = g_string_new (NULL);
  sqlite3_stmt *stmt;
  GDate today;

  g_assert_true (hd_date_parse_iso (day, &today));
  stmt = hd_notice_list_prepare (f->county.db.store, unit, state, &today, &error);
  g_assert_no_error (error);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (ids, "%s%" G_GINT64_FORMAT, ids->len > 0 ? " " : "", (gint64) sqlite3_column_int64 (stmt, 0));
  sqlite3_finalize (stmt);
  return g_string_free (g_steal_pointer (&ids), FALSE);
}

static void
test_lists (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 a = issue (f, "示范县活动办", "2014-09-01", "2014-09-10");
  gint64 b = issue (f, "示范县活动办", "2014-09-05", "2014-09-08");
  gint64 c = issue (f, "示范县活动办", "2014-09-20", "2014-10-10");
  g_autofree char *all = NULL;
  g_autofree char *overdue = NULL;
  g_autofree char *other = NULL;
  g_autofree char *expected_all = g_strdup_printf ("%" G_GINT64_FORMAT " %" G_GINT64_FORMAT " %" G_GINT64_FORMAT, c, b, a);
  g_autofree char *expected_overdue = g_strdup_printf ("%" G_GINT64_FORMAT, b);
  g_autofree char *expected_open = g_strdup_printf ("%" G_GINT64_FORMAT, c);
  g_autofree char *expected_withdrawn = g_strdup_printf ("%" G_GINT64_FORMAT, a);
  g_autofree char *open = NULL;
  g_autofree char *withdrawn = NULL;
  g_autofree char *replied = NULL;

  g_assert_true (hd_notice_withdraw (f->county.db.store, NULL, a, "2014-09-02", "重复", &error));
  all = list (f, f->county.units.county, -1, "2014-09-30");
  g_assert_cmpstr (all, ==, expected_all);
  overdue = list (f, f->county.units.town, HD_NOTICE_OVERDUE, "2014-09-30");
  g_assert_cmpstr (overdue, ==, expected_overdue);
  open = list (f, f->county.units.county, HD_NOTICE_OPEN, "2014-09-30");
  g_assert_cmpstr (open, ==, expected_open);
  withdrawn = list (f, f->county.units.county, HD_NOTICE_WITHDRAWN, "2014-09-30");
  g_assert_cmpstr (withdrawn, ==, expected_withdrawn);
  replied = list (f, f->county.units.county, HD_NOTICE_REPLIED, "2014-09-30");
  g_assert_cmpstr (replied, ==, "");
  other = list (f, f->county.units.other_town, -1, "2014-09-30");
  g_assert_cmpstr (other, ==, "");

  g_assert_cmpint (hd_notice_find (f->county.db.store, NULL, "督办〔2014〕第2号", &error), ==, b);
  g_assert_cmpint (hd_notice_find (f->county.db.store, NULL, "督办〔2014〕第9号", &error), ==, 0);
  g_assert_error (error, HD_NOTICE_ERROR, HD_NOTICE_ERROR_NOT_FOUND);
}

/* This program, which runs itself as the two processes. */
static char *self_path;

/* The child: issues @n notices on @db_path as fast as it can. */
static int
issue_many (const char *db_path,
            guint       n,
            gint64      unit_id,
            gint64      task_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HdStore) store = hd_store_open (db_path, &error);

  if (store == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  for (guint i = 0; i < n; i++)
    {
      HdNoticeFields fields = {
        .unit_id = unit_id, .task_ids = &task_id, .n_tasks = 1,
        .office = "示范县活动办", .issued = "2014-09-30", .reply_by = "2014-10-10",
      };

      if (hd_notice_issue (store, &fields, &error) == 0)
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
    }
  return 0;
}

/* Two processes issuing 200 notices each on one database at the same moment: 1 … 400. */
static void
test_two_processes (Fixture       *f,
                    gconstpointer  data)
{
  const char *db_path = hd_store_get_path (f->county.db.store);
  g_autofree char *unit = g_strdup_printf ("%" G_GINT64_FORMAT, f->county.units.town);
  g_autofree char *task = g_strdup_printf ("%" G_GINT64_FORMAT, f->town_tasks[0]);
  const char *argv[] = { self_path, "--issue-many", db_path,
                         unit, task, NULL };
  GPid pids[2];

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(GError) error = NULL;

      g_spawn_async (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL, &pids[i], &error);
      g_assert_no_error (error);
    }
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(GError) error = NULL;
      int status = 0;

      g_assert_cmpint (waitpid (pids[i], &status, 0), ==, pids[i]);
      g_assert_true (g_spawn_check_wait_status (status, &error));
      g_spawn_close_pid (pids[i]);
    }
  g_assert_cmpint (hd_test_query_int (f->county.db.store, "SELECT count(*) FROM notice"), ==, 400);
  g_assert_cmpint (hd_test_query_int (f->county.db.store, "SELECT count(DISTINCT serial) FROM notice"), ==, 400);
  g_assert_cmpint (hd_test_query_int (f->county.db.store, "SELECT min(serial) FROM notice"), ==, 1);
  g_assert_cmpint (hd_test_query_int (f->county.db.store, "SELECT max(serial) FROM notice"), ==, 400);
}

int
main (int argc, char *argv[])
{
  int status;

  /* The child of /notice/two-processes: DB UNIT TASK. */
  if (argc >= 2 && g_str_equal (argv[1], "--issue-many"))
    return argc == 5 ? issue_many (argv[2], 200, g_ascii_strtoll (argv[3], NULL, 10),
                                   g_ascii_strtoll (argv[4], NULL, 10))
                     : 2;

  self_path = g_canonicalize_filename (argv[0], NULL);
  hd_test_init_english (&argc, &argv);
  HD_TEST_ADD ("/notice/numbers", test_numbers);
  g_test_add_func ("/notice/parse-number", test_parse_number);
  HD_TEST_ADD ("/notice/invalid", test_invalid);
  HD_TEST_ADD ("/notice/states", test_states);
  HD_TEST_ADD ("/notice/lists", test_lists);
  HD_TEST_ADD ("/notice/two-processes", test_two_processes);
  status = g_test_run ();
  g_free (self_path);
  return status;
}
