/* test-lookback.c — hd-core: look-back rounds (回头看): the outcome proposed for every state of a
 * task, with today's edges; the day a reopened task keeps; opening a round over the hand-made
 * county with exactly its items; confirming one, confirming all, the tasks waiting, closing;
 * 回炉 reopening a task with its new deadline, and undo. */
#include "hd-test-util.h"
#include "ledger/hd-stats.h"
#include "ledger/hd-task.h"
#include "lookback/hd-lookback-item.h"
#include "lookback/hd-lookback.h"

typedef struct {
  HdTestCounty county;
  gint64 county_task;     /* 制度建设计划, closed 满意: consolidate */
  gint64 on_track;        /* 城关镇, due 2014-10-10: track */
  gint64 satisfied;       /* 城关镇, closed 满意: consolidate */
  gint64 dissatisfied;    /* 城关镇, open with 不满意: redo */
  gint64 overdue;         /* 王庄村, due 2014-09-20: track, offered for a notice */
  gint64 reopened;        /* 王庄村, closed 基本满意, then reopened: redo */
  gint64 long_term;       /* 河西镇, 专项整治方案, long-term: track */
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  HdStore *store;
  g_autoptr(GError) error = NULL;
  HdTestUnits *u = &f->county.units;

  hd_test_county_set_up (&f->county, "lookback.db", 20);
  store = f->county.db.store;
  f->county_task = hd_test_add_task (store, u->county, HD_TASK_PLAN_INSTITUTION, "会议制度不健全", "2014-09-10");
  hd_test_judge_task (f->county.db.store, f->county_task, HD_VERDICT_SATISFIED, "2014-09-12");
  f->on_track = hd_test_add_task (store, u->town, HD_TASK_PLAN_RECTIFICATION, "文山会海", "2014-10-10");
  f->satisfied = hd_test_add_task (store, u->town, HD_TASK_PLAN_RECTIFICATION, "门难进", "2014-09-20");
  hd_test_judge_task (f->county.db.store, f->satisfied, HD_VERDICT_SATISFIED, "2014-09-25");
  f->dissatisfied = hd_test_add_task (store, u->town, HD_TASK_PLAN_RECTIFICATION, "脸难看", "2014-10-20");
  hd_test_judge_task (f->county.db.store, f->dissatisfied, HD_VERDICT_DISSATISFIED, NULL);
  f->overdue = hd_test_add_task (store, u->village, HD_TASK_PLAN_RECTIFICATION, "公车私用", "2014-09-20");
  f->reopened = hd_test_add_task (store, u->village, HD_TASK_PLAN_RECTIFICATION, "吃拿卡要", "2014-09-15");
  hd_test_judge_task (f->county.db.store, f->reopened, HD_VERDICT_BASICALLY_SATISFIED, "2014-09-15");
  g_assert_true (hd_task_reopen (f->county.db.store, NULL, f->reopened, "2014-09-28", "群众反映问题反弹", &error));
  g_assert_no_error (error);
  f->long_term = hd_test_add_task (store, u->other_town, HD_TASK_PLAN_SPECIAL, "联系群众不经常", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  hd_test_db_tear_down (&f->county.db);
}

static void
set_day (GDate      *date,
         const char *iso)
{
  g_date_clear (date, 1);
  g_date_set_parse (date, iso);
  g_assert_true (g_date_valid (date));
}

/* Every state of a task, each with its exact outcome and notice offer, on both sides of today. */
static void
test_propose (void)
{
  const struct {
    const char        *what;
    HdLookbackTaskState state;
    const char        *today;
    HdLookbackOutcome  outcome;
    gboolean           notice;
  } cases[] = {
    { "closed 满意", { "2014-09-20", HD_VERDICT_SATISFIED, NULL, "2014-09-25" }, "2014-09-30", HD_LOOKBACK_CONSOLIDATE, FALSE },
    { "closed 满意 after its deadline", { "2014-09-28", HD_VERDICT_SATISFIED, NULL, "2014-09-25" }, "2014-09-30", HD_LOOKBACK_CONSOLIDATE, FALSE },
    { "closed 基本满意", { "2014-09-20", HD_VERDICT_BASICALLY_SATISFIED, NULL, "2014-09-25" }, "2014-09-30", HD_LOOKBACK_CONSOLIDATE, FALSE },
    { "closed again after a reopening", { "2014-09-29", HD_VERDICT_SATISFIED, "2014-09-20", "2014-09-25" }, "2014-09-30", HD_LOOKBACK_CONSOLIDATE, FALSE },
    { "closed long-term", { "2014-09-20", HD_VERDICT_SATISFIED, NULL, NULL }, "2014-09-30", HD_LOOKBACK_CONSOLIDATE, FALSE },
    { "closed without a good verdict (never stored)", { "2014-09-20", HD_VERDICT_NONE, NULL, "2014-09-25" }, "2014-09-30", HD_LOOKBACK_REDO, FALSE },
    { "open 不满意", { NULL, HD_VERDICT_DISSATISFIED, NULL, "2014-10-20" }, "2014-09-30", HD_LOOKBACK_REDO, FALSE },
    { "open 不满意 overdue", { NULL, HD_VERDICT_DISSATISFIED, NULL, "2014-09-29" }, "2014-09-30", HD_LOOKBACK_REDO, TRUE },
    { "reopened", { NULL, HD_VERDICT_BASICALLY_SATISFIED, "2014-09-28", "2014-10-20" }, "2014-09-30", HD_LOOKBACK_REDO, FALSE },
    { "reopened long-term", { NULL, HD_VERDICT_SATISFIED, "2014-09-28", NULL }, "2014-09-30", HD_LOOKBACK_REDO, FALSE },
    { "open on track", { NULL, HD_VERDICT_NONE, NULL, "2014-10-10" }, "2014-09-30", HD_LOOKBACK_TRACK, FALSE },
    { "open due today", { NULL, HD_VERDICT_NONE, NULL, "2014-09-30" }, "2014-09-30", HD_LOOKBACK_TRACK, FALSE },
    { "open due yesterday", { NULL, HD_VERDICT_NONE, NULL, "2014-09-30" }, "2014-10-01", HD_LOOKBACK_TRACK, TRUE },
    { "open 满意 not closed yet", { NULL, HD_VERDICT_SATISFIED, NULL, "2014-09-29" }, "2014-09-30", HD_LOOKBACK_TRACK, TRUE },
    { "open 基本满意 not closed yet", { NULL, HD_VERDICT_BASICALLY_SATISFIED, NULL, "2014-10-29" }, "2014-09-30", HD_LOOKBACK_TRACK, FALSE },
    { "open long-term", { NULL, HD_VERDICT_NONE, NULL, NULL }, "2014-09-30", HD_LOOKBACK_TRACK, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GDate today;
      gboolean notice = !cases[i].notice;

      g_test_message ("%s", cases[i].what);
      set_day (&today, cases[i].today);
      g_assert_cmpint (hd_lookback_propose (&cases[i].state, &today, &notice), ==, cases[i].outcome);
      g_assert_cmpint (notice, ==, cases[i].notice);
      g_assert_cmpint (hd_lookback_propose (&cases[i].state, &today, NULL), ==, cases[i].outcome);
    }
  g_assert_cmpstr (hd_lookback_outcome_to_string (HD_LOOKBACK_CONSOLIDATE), ==, "consolidate");
  g_assert_cmpstr (hd_lookback_outcome_to_string (HD_LOOKBACK_TRACK), ==, "track");
  g_assert_cmpstr (hd_lookback_outcome_to_string (HD_LOOKBACK_REDO), ==, "redo");
  g_assert_cmpstr (hd_lookback_outcome_to_string (HD_LOOKBACK_NEW), ==, "new");
}

/* The ledger keeps the day a task was reopened; undo takes it back with the reopening. */
static void
test_reopened_day (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HdTask) task = hd_task_load (f->county.db.store, f->reopened, &error);
  g_autoptr(HdTask) before = NULL;
  g_autoptr(HdTask) after = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (hd_task_get_reopened (task), ==, "2014-09-28");
  g_assert_null (hd_task_get_closed (task));

  before = hd_task_load (f->county.db.store, f->satisfied, &error);
  g_assert_null (hd_task_get_reopened (before));
  g_assert_true (hd_task_reopen (f->county.db.store, f->county.db.history, f->satisfied, "2014-09-30", "反弹", &error));
  g_assert_no_error (error);
  g_assert_true (hd_history_undo (f->county.db.history, &error));
  g_assert_no_error (error);
  after = hd_task_load (f->county.db.store, f->satisfied, &error);
  g_assert_null (hd_task_get_reopened (after));
  g_assert_cmpstr (hd_task_get_closed (after), ==, "2014-09-25");
}

static gint64
open_round (Fixture    *f,
            gint64      unit,
            guint       plans,
            GError    **error)
{
  g_autofree char *today = g_strdup ("2014-09-30");
  HdLookbackRoundFields fields = { "2014年第一轮回头看", unit, plans, today };

  return hd_lookback_open (f->county.db.store, f->county.db.history, &fields, error);
}

/* The items as `lookback propose` lists them: "TASK-ID:PROPOSED[:OUTCOME]" in the ledger's order. */
static char *
items_of (Fixture *f,
          gint64   round)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) items = g_string_new (NULL);
  sqlite3_stmt *stmt = hd_lookback_items_prepare (f->county.db.store, round, &error);

  g_assert_no_error (error);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_string_append_printf (items, "%s%" G_GINT64_FORMAT ":%s", items->len ? " " : "",
                              (gint64) sqlite3_column_int64 (stmt, 0), (const char *) sqlite3_column_text (stmt, 3));
      if (sqlite3_column_type (stmt, 4) != SQLITE_NULL)
        g_string_append_printf (items, ":%s", (const char *) sqlite3_column_text (stmt, 4));
    }
  sqlite3_finalize (stmt);
  return g_string_free (g_steal_pointer (&items), FALSE);
}

static guint
waiting (Fixture *f,
         gint64   round)
{
  g_autoptr(GError) error = NULL;
  guint n = 99;

  g_assert_true (hd_lookback_count_waiting (f->county.db.store, round, &n, &error));
  g_assert_no_error (error);
  return n;
}

/* One item per task in scope, each proposed as hd_lookback_propose() says of the task as loaded;
 * the scope is the subtree and the plans; undo deletes the round and its items. */
static void
test_open (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HdLookbackRound) round = NULL;
  g_autofree char *all_items = NULL;
  g_autofree char *town_items = NULL;
  g_autofree char *expected = NULL;
  gint64 all, town;

  all = open_round (f, f->county.units.county, HD_LOOKBACK_ALL_PLANS, &error);
  g_assert_no_error (error);
  all_items = items_of (f, all);
  expected = g_strdup_printf ("%" G_GINT64_FORMAT ":consolidate %" G_GINT64_FORMAT ":track %" G_GINT64_FORMAT ":consolidate "
                              "%" G_GINT64_FORMAT ":redo %" G_GINT64_FORMAT ":track %" G_GINT64_FORMAT ":redo "
                              "%" G_GINT64_FORMAT ":track",
                              f->county_task, f->on_track, f->satisfied, f->dissatisfied, f->overdue, f->reopened,
                              f->long_term);
  g_assert_cmpstr (all_items, ==, expected);
  for (gint64 task = f->county_task; task <= f->long_term; task++)
    {
      g_autoptr(HdTask) t = hd_task_load (f->county.db.store, task, &error);
      HdLookbackTaskState state = { hd_task_get_closed (t), hd_task_get_verdict (t), hd_task_get_reopened (t),
                                    hd_task_get_deadline (t) };
      g_autofree char *sql = g_strdup_printf ("SELECT proposed FROM lookback_item WHERE task_id = %" G_GINT64_FORMAT, task);
      g_autofree char *proposed = hd_test_query_text (f->county.db.store, sql);

      g_assert_cmpstr (proposed, ==, hd_lookback_outcome_to_string (hd_lookback_propose (&state, &f->county.today, NULL)));
    }
  round = hd_lookback_round_load (f->county.db.store, all, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hd_lookback_round_get_name (round), ==, "2014年第一轮回头看");
  g_assert_cmpstr (hd_lookback_round_get_plans (round), ==, "rectification special institution");
  g_assert_cmpstr (hd_lookback_round_get_opened (round), ==, "2014-09-30");
  g_assert_null (hd_lookback_round_get_closed (round));
  g_assert_cmpint (hd_lookback_round_get_unit_id (round), ==, f->county.units.county);
  g_assert_cmpuint (waiting (f, all), ==, 7);

  /* The township's subtree, the rectification plan: its three tasks and its village's two. */
  town = open_round (f, f->county.units.town, HD_LOOKBACK_PLAN (HD_TASK_PLAN_RECTIFICATION), &error);
  g_assert_no_error (error);
  town_items = items_of (f, town);
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("%" G_GINT64_FORMAT ":track %" G_GINT64_FORMAT ":consolidate %" G_GINT64_FORMAT ":redo "
                              "%" G_GINT64_FORMAT ":track %" G_GINT64_FORMAT ":redo",
                              f->on_track, f->satisfied, f->dissatisfied, f->overdue, f->reopened);
  g_assert_cmpstr (town_items, ==, expected);
  g_assert_cmpint (hd_test_stat_value (f->county.db.store, 0, &f->county.today, 3, "lookback_rounds"), ==, 2);
  g_assert_cmpint (hd_test_stat_value (f->county.db.store, f->county.units.town, &f->county.today, 3, "lookback_rounds"), ==, 1);
  g_assert_cmpint (hd_test_stat_value (f->county.db.store, 0, &f->county.today, 3, "lookback_pending"), ==, 12);
  g_assert_cmpint (hd_test_stat_value (f->county.db.store, f->county.units.village, &f->county.today, 3, "lookback_pending"), ==, 4);
  g_assert_cmpint (hd_test_stat_value (f->county.db.store, f->county.units.other_town, &f->county.today, 3, "lookback_pending"), ==, 1);

  /* Recorded in the change log; undo deletes the round and its items. */
  g_assert_cmpint (hd_test_query_int (f->county.db.store,
                                      "SELECT count(DISTINCT entity_uuid) FROM change_log WHERE entity = 'lookback_item'"), ==, 12);
  g_assert_true (hd_history_undo (f->county.db.history, &error));
  g_assert_no_error (error);
  g_assert_cmpint (hd_test_query_int (f->county.db.store, "SELECT count(*) FROM lookback_round"), ==, 1);
  g_assert_cmpint (hd_test_query_int (f->county.db.store, "SELECT count(*) FROM lookback_item"), ==, 7);

  /* The round keeps its tasks. */
  g_assert_false (hd_task_delete (f->county.db.store, NULL, f->on_track, &error));
  g_assert_error (error, HD_TASK_ERROR, HD_TASK_ERROR_INVALID);
  g_clear_error (&error);

  /* Nothing in scope, no name, no plan, no unit: refused, nothing written. */
  g_assert_cmpint (open_round (f, f->county.units.other_town, HD_LOOKBACK_PLAN (HD_TASK_PLAN_INSTITUTION), &error), ==, 0);
  g_assert_error (error, HD_LOOKBACK_ERROR, HD_LOOKBACK_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (open_round (f, f->county.units.town, 0, &error), ==, 0);
  g_assert_error (error, HD_LOOKBACK_ERROR, HD_LOOKBACK_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (open_round (f, 999, HD_LOOKBACK_ALL_PLANS, &error), ==, 0);
  g_assert_nonnull (error);
  g_clear_error (&error);
  {
    HdLookbackRoundFields unnamed = { " ", f->county.units.county, HD_LOOKBACK_ALL_PLANS, "2014-09-30" };

    g_assert_cmpint (hd_lookback_open (f->county.db.store, NULL, &unnamed, &error), ==, 0);
    g_assert_error (error, HD_LOOKBACK_ERROR, HD_LOOKBACK_ERROR_INVALID);
  }
  g_assert_cmpint (hd_test_query_int (f->county.db.store, "SELECT count(*) FROM lookback_round"), ==, 1);
}

/* Confirming one, then all but 回炉, the tasks waiting, closing refused and then done. */
static void
test_confirm_close (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *items = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *note = NULL;
  gint64 round = open_round (f, f->county.units.town, HD_LOOKBACK_ALL_PLANS, &error);
  guint n = 99;

  g_assert_no_error (error);
  g_assert_cmpuint (waiting (f, round), ==, 5);

  /* The clerk changes one proposal: the overdue task is consolidated, with a note. */
  g_assert_true (hd_lookback_confirm (f->county.db.store, f->county.db.history, round, f->overdue,
                                      HD_LOOKBACK_CONSOLIDATE, " 已基本完成 ", NULL, &f->county.today, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (waiting (f, round), ==, 4);
  note = hd_test_query_text (f->county.db.store, "SELECT note FROM lookback_item WHERE outcome IS NOT NULL");
  g_assert_cmpstr (note, ==, "已基本完成");

  /* Not in the round; 纳入整改; 回炉 without a deadline or with a past one: refused. */
  g_assert_false (hd_lookback_confirm (f->county.db.store, NULL, round, f->long_term, HD_LOOKBACK_TRACK, NULL, NULL,
                                       &f->county.today, &error));
  g_assert_error (error, HD_LOOKBACK_ERROR, HD_LOOKBACK_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (hd_lookback_confirm (f->county.db.store, NULL, round, f->on_track, HD_LOOKBACK_NEW, NULL, NULL,
                                       &f->county.today, &error));
  g_assert_error (error, HD_LOOKBACK_ERROR, HD_LOOKBACK_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (hd_lookback_confirm (f->county.db.store, NULL, round, f->dissatisfied, HD_LOOKBACK_REDO, NULL, NULL,
                                       &f->county.today, &error));
  g_assert_error (error, HD_LOOKBACK_ERROR, HD_LOOKBACK_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (hd_lookback_confirm (f->county.db.store, NULL, round, f->dissatisfied, HD_LOOKBACK_REDO, NULL,
                                       "2014-09-29", &f->county.today, &error));
  g_assert_error (error, HD_LOOKBACK_ERROR, HD_LOOKBACK_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (waiting (f, round), ==, 4);

  /* All the proposals but 回炉's, in one edit; undone in one step, and done again. */
  g_assert_true (hd_lookback_confirm_proposed (f->county.db.store, f->county.db.history, round, NULL,
                                               &f->county.today, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpuint (waiting (f, round), ==, 2);
  g_assert_cmpint (hd_test_stat_value (f->county.db.store, 0, &f->county.today, 3, "lookback_pending"), ==, 2);
  g_assert_true (hd_history_undo (f->county.db.history, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (waiting (f, round), ==, 4);
  g_assert_true (hd_history_redo (f->county.db.history, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (waiting (f, round), ==, 2);
  items = items_of (f, round);
  expected = g_strdup_printf ("%" G_GINT64_FORMAT ":track:track %" G_GINT64_FORMAT ":consolidate:consolidate "
                              "%" G_GINT64_FORMAT ":redo %" G_GINT64_FORMAT ":track:consolidate %" G_GINT64_FORMAT ":redo",
                              f->on_track, f->satisfied, f->dissatisfied, f->overdue, f->reopened);
  g_assert_cmpstr (items, ==, expected);

  /* Closing waits for the last two. */
  g_assert_false (hd_lookback_close (f->county.db.store, NULL, round, "2014-10-31", &error));
  g_assert_error (error, HD_LOOKBACK_ERROR, HD_LOOKBACK_ERROR_WAITING);
  g_assert_nonnull (strstr (error->message, "2 tasks still wait"));
  g_clear_error (&error);
  g_assert_true (hd_lookback_confirm_proposed (f->county.db.store, NULL, round, "2014-12-31", &f->county.today, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpuint (waiting (f, round), ==, 0);
  g_assert_false (hd_lookback_close (f->county.db.store, NULL, round, "2014-09-01", &error));
  g_assert_error (error, HD_LOOKBACK_ERROR, HD_LOOKBACK_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (hd_lookback_close (f->county.db.store, NULL, round, "2014-10-31", &error));
  g_assert_no_error (error);

  /* A closed round: its outcomes stay, and its tasks wait for nothing in the stats. */
  g_assert_false (hd_lookback_confirm (f->county.db.store, NULL, round, f->on_track, HD_LOOKBACK_CONSOLIDATE, NULL, NULL,
                                       &f->county.today, &error));
  g_assert_error (error, HD_LOOKBACK_ERROR, HD_LOOKBACK_ERROR_CLOSED);
  g_clear_error (&error);
  g_assert_false (hd_lookback_close (f->county.db.store, NULL, round, "2014-11-01", &error));
  g_assert_error (error, HD_LOOKBACK_ERROR, HD_LOOKBACK_ERROR_CLOSED);
  g_assert_cmpint (hd_test_stat_value (f->county.db.store, 0, &f->county.today, 3, "lookback_rounds"), ==, 1);
  g_assert_cmpint (hd_test_stat_value (f->county.db.store, 0, &f->county.today, 3, "lookback_pending"), ==, 0);
}

/* 回炉: a closed task is reopened with "回头看回炉" and given the new deadline, a long-term one gets
 * a deadline; one edit, which undo takes back whole. */
static void
test_redo (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HdTask) reopened = NULL;
  g_autoptr(HdTask) long_term = NULL;
  g_autoptr(HdTask) undone = NULL;
  g_autofree char *entry = NULL;
  gint64 round = open_round (f, f->county.units.county, HD_LOOKBACK_ALL_PLANS, &error);
  gint64 progress_before = hd_test_query_int (f->county.db.store, "SELECT count(*) FROM task_progress");

  g_assert_no_error (error);
  g_assert_true (hd_lookback_confirm (f->county.db.store, f->county.db.history, round, f->satisfied, HD_LOOKBACK_REDO,
                                      "群众反映反弹", "2014-11-30", &f->county.today, &error));
  g_assert_no_error (error);
  reopened = hd_task_load (f->county.db.store, f->satisfied, &error);
  g_assert_null (hd_task_get_closed (reopened));
  g_assert_cmpstr (hd_task_get_reopened (reopened), ==, "2014-09-30");
  g_assert_cmpstr (hd_task_get_deadline (reopened), ==, "2014-11-30");
  g_assert_cmpint (hd_task_get_verdict (reopened), ==, HD_VERDICT_SATISFIED);
  entry = hd_test_query_text (f->county.db.store, "SELECT text FROM task_progress ORDER BY id DESC LIMIT 1");
  g_assert_cmpstr (entry, ==, "Reopened: 回头看回炉");
  g_assert_cmpint (hd_test_query_int (f->county.db.store,
                                      "SELECT count(*) FROM lookback_item WHERE outcome = 'redo' AND new_deadline = '2014-11-30'"),
                   ==, 1);

  /* Once sent back, the item keeps 回炉: another outcome means undoing it. */
  g_assert_false (hd_lookback_confirm (f->county.db.store, NULL, round, f->satisfied, HD_LOOKBACK_TRACK, NULL, NULL,
                                       &f->county.today, &error));
  g_assert_error (error, HD_LOOKBACK_ERROR, HD_LOOKBACK_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (hd_lookback_confirm (f->county.db.store, f->county.db.history, round, f->long_term, HD_LOOKBACK_REDO,
                                      NULL, "2014-09-30", &f->county.today, &error));
  g_assert_no_error (error);
  long_term = hd_task_load (f->county.db.store, f->long_term, &error);
  g_assert_cmpint (hd_task_get_kind (long_term), ==, HD_TASK_KIND_DEADLINE);
  g_assert_cmpstr (hd_task_get_deadline (long_term), ==, "2014-09-30");
  g_assert_null (hd_task_get_reopened (long_term));

  g_assert_true (hd_history_undo (f->county.db.history, &error));
  g_assert_true (hd_history_undo (f->county.db.history, &error));
  g_assert_no_error (error);
  undone = hd_task_load (f->county.db.store, f->satisfied, &error);
  g_assert_cmpstr (hd_task_get_closed (undone), ==, "2014-09-25");
  g_assert_null (hd_task_get_reopened (undone));
  g_assert_cmpstr (hd_task_get_deadline (undone), ==, "2014-09-20");
  g_assert_cmpint (hd_test_query_int (f->county.db.store, "SELECT count(*) FROM task_progress"), ==, progress_before);
  g_assert_cmpint (hd_test_query_int (f->county.db.store, "SELECT count(*) FROM task WHERE kind = 'long_term'"), ==, 1);
  g_assert_cmpuint (waiting (f, round), ==, 7);
}

/* The item list's tasks as "ID:OUTCOME" (the confirmed outcome, or the proposal with a "?"). */
static char *
listed (Fixture              *f,
        HdLookbackItemsQuery *query)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HdQueryModel) model = hd_lookback_items_new (f->county.db.store, query, &error);
  g_autoptr(GString) text = g_string_new (NULL);

  g_assert_no_error (error);
  g_assert_true (hd_query_model_load_all (model, &error));
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (model)); i++)
    {
      g_autoptr(HdLookbackItem) item = g_list_model_get_item (G_LIST_MODEL (model), i);

      g_string_append_printf (text, "%s%" G_GINT64_FORMAT ":%s%s", text->len ? " " : "",
                              hd_lookback_item_get_task_id (item),
                              hd_lookback_outcome_to_string (hd_lookback_item_get_outcome (item)),
                              hd_lookback_item_get_confirmed (item) ? "" : "?");
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

#define ASSERT_LISTED(f, query, format, ...) \
  G_STMT_START { \
    g_autofree char *got_ = listed ((f), (query)); \
    g_autofree char *want_ = g_strdup_printf ((format), __VA_ARGS__); \
    g_assert_cmpstr (got_, ==, want_); \
  } G_STMT_END

#define ID "%" G_GINT64_FORMAT

/* The round's items filtered by subtree, plan, outcome and state; a selection confirmed in one
 * edit, each its proposal or one outcome for all; the item as the list shows it. */
static void
test_items (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HdLookbackItem) item = NULL;
  g_autoptr(HdRowModel) rounds = NULL;
  gint64 round = open_round (f, f->county.units.county, HD_LOOKBACK_ALL_PLANS, &error);
  gint64 selection[] = { f->on_track, f->dissatisfied, f->overdue, 999 };
  HdLookbackItemsQuery query = { round, f->county.units.town, -1, -1, HD_LOOKBACK_ITEMS_ALL };
  guint n = 99, n_items = 0, n_waiting = 0;

  g_assert_no_error (error);
  ASSERT_LISTED (f, &query, ID ":track? " ID ":consolidate? " ID ":redo? " ID ":track? " ID ":redo?",
                 f->on_track, f->satisfied, f->dissatisfied, f->overdue, f->reopened);
  query.outcome = HD_LOOKBACK_REDO;
  ASSERT_LISTED (f, &query, ID ":redo? " ID ":redo?", f->dissatisfied, f->reopened);
  query = (HdLookbackItemsQuery) { round, 0, HD_TASK_PLAN_SPECIAL, -1, HD_LOOKBACK_ITEMS_ALL };
  ASSERT_LISTED (f, &query, ID ":track?", f->long_term);

  /* Each its proposal: the two tracks; 回炉 waits for a new deadline; a task not in the round is
   * passed over. */
  g_assert_true (hd_lookback_confirm_tasks (f->county.db.store, f->county.db.history, round, selection,
                                            G_N_ELEMENTS (selection), -1, NULL, NULL, &f->county.today, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 2);
  query = (HdLookbackItemsQuery) { round, 0, -1, -1, HD_LOOKBACK_ITEMS_CONFIRMED };
  ASSERT_LISTED (f, &query, ID ":track " ID ":track", f->on_track, f->overdue);
  query.state = HD_LOOKBACK_ITEMS_WAITING;
  ASSERT_LISTED (f, &query, ID ":consolidate? " ID ":consolidate? " ID ":redo? " ID ":redo? " ID ":track?",
                 f->county_task, f->satisfied, f->dissatisfied, f->reopened, f->long_term);
  g_assert_true (hd_lookback_count_items (f->county.db.store, round, &n_items, &n_waiting, &error));
  g_assert_cmpuint (n_items, ==, 7);
  g_assert_cmpuint (n_waiting, ==, 5);

  /* One outcome for all, confirmed or not, with a note: one edit that undo takes back. */
  selection[1] = f->satisfied;
  g_assert_true (hd_lookback_confirm_tasks (f->county.db.store, f->county.db.history, round, selection, 2,
                                            HD_LOOKBACK_CONSOLIDATE, " 复核 ", NULL, &f->county.today, &n, &error));
  g_assert_cmpuint (n, ==, 2);
  query = (HdLookbackItemsQuery) { round, f->county.units.town, HD_TASK_PLAN_RECTIFICATION, HD_LOOKBACK_CONSOLIDATE,
                                   HD_LOOKBACK_ITEMS_CONFIRMED };
  ASSERT_LISTED (f, &query, ID ":consolidate " ID ":consolidate", f->on_track, f->satisfied);
  item = hd_lookback_item_load (f->county.db.store,
                                hd_test_query_int (f->county.db.store,
                                                   "SELECT id FROM lookback_item WHERE note = '复核' ORDER BY task_id LIMIT 1"),
                                &error);
  g_assert_no_error (error);
  g_assert_cmpint (hd_lookback_item_get_task_id (item), ==, f->on_track);
  g_assert_cmpint (hd_lookback_item_get_round_id (item), ==, round);
  g_assert_cmpint (hd_lookback_item_get_unit_id (item), ==, f->county.units.town);
  g_assert_cmpuint (hd_lookback_item_get_number (item), ==, 1);
  g_assert_cmpint (hd_lookback_item_get_plan (item), ==, HD_TASK_PLAN_RECTIFICATION);
  g_assert_cmpstr (hd_lookback_item_get_problem (item), ==, "文山会海");
  g_assert_cmpstr (hd_lookback_item_get_deadline (item), ==, "2014-10-10");
  g_assert_null (hd_lookback_item_get_closed (item));
  g_assert_cmpint (hd_lookback_item_get_proposed (item), ==, HD_LOOKBACK_TRACK);
  g_assert_cmpint (hd_lookback_item_get_outcome (item), ==, HD_LOOKBACK_CONSOLIDATE);
  g_assert_null (hd_lookback_item_get_new_deadline (item));

  g_assert_true (hd_history_undo (f->county.db.history, &error));
  query = (HdLookbackItemsQuery) { round, 0, -1, -1, HD_LOOKBACK_ITEMS_CONFIRMED };
  ASSERT_LISTED (f, &query, ID ":track " ID ":track", f->on_track, f->overdue);

  /* 回炉 for the selection with a new deadline; 纳入整改 is one task at a time. */
  selection[0] = f->dissatisfied;
  g_assert_true (hd_lookback_confirm_tasks (f->county.db.store, f->county.db.history, round, selection, 1,
                                            -1, NULL, "2014-11-30", &f->county.today, &n, &error));
  g_assert_cmpuint (n, ==, 1);
  g_assert_false (hd_lookback_confirm_tasks (f->county.db.store, f->county.db.history, round, selection, 1,
                                             HD_LOOKBACK_NEW, NULL, NULL, &f->county.today, &n, &error));
  g_assert_error (error, HD_LOOKBACK_ERROR, HD_LOOKBACK_ERROR_INVALID);
  g_clear_error (&error);

  /* The rounds' list, the open ones first. */
  rounds = hd_lookback_rounds_new (f->county.db.store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rounds)), ==, 1);
  g_assert_cmpint (hd_row_model_get_row_id (rounds, 0), ==, round);
}

int
main (int    argc,
      char **argv)
{
  hd_test_init_english (&argc, &argv);

  g_test_add_func ("/lookback/propose", test_propose);
  HD_TEST_ADD ("/lookback/reopened-day", test_reopened_day);
  HD_TEST_ADD ("/lookback/open", test_open);
  HD_TEST_ADD ("/lookback/confirm-close", test_confirm_close);
  HD_TEST_ADD ("/lookback/redo", test_redo);
  HD_TEST_ADD ("/lookback/items", test_items);
  return g_test_run ();
}
