/* test-overview.c — hd-core: the leaders' overview on hand-made records as of 2014-09-30 with
 * three warning days, exact at two levels (示范县 and 城关镇); each row equal to what stats
 * gives for its unit after every kind of write (edit, close, delete, review, import, undo, redo)
 * and on the demo county, every unit; the leaders' lines; the trend's edges. */
#include <sqlite3.h>

#include "demo/hd-demo.h"
#include "hd-test-util.h"
#include "import/hd-ledger-import.h"
#include "ledger/hd-stats.h"
#include "ledger/hd-task.h"
#include "lookback/hd-lookback.h"
#include "lookback/hd-notice.h"
#include "opinions/hd-opinion.h"
#include "overview/hd-overview-leaders.h"
#include "overview/hd-overview.h"
#include "overview/hd-reminders.h"
#include "overview/hd-trend.h"

typedef struct {
  HdTestCounty county;
  gint64       red, long_term_soon, open_dissatisfied;
} Fixture;

static gint64
add_task (Fixture    *f,
          gint64      unit,
          const char *problem,
          const char *deadline,
          const char *leader)
{
  g_autoptr(GError) error = NULL;
  HdTaskFields fields = {
    .unit_id = unit, .plan = HD_TASK_PLAN_RECTIFICATION,
    .kind = deadline != NULL ? HD_TASK_KIND_DEADLINE : HD_TASK_KIND_LONG_TERM,
    .problem = problem, .deadline = deadline, .leader = leader,
  };
  gint64 id = hd_task_create (f->county.db.store, NULL, &fields, &error);

  g_assert_no_error (error);
  return id;
}

static void
review (Fixture    *f,
        gint64      task,
        const char *date)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (hd_task_add_review (f->county.db.store, NULL, task, date, &error));
  g_assert_no_error (error);
}

static void
add_opinion (Fixture         *f,
             gint64           unit,
             HdOpinionStatus  status)
{
  g_autoptr(GError) error = NULL;
  HdOpinionFields fields = { HD_OPINION_CHANNEL_HOTLINE, "2014-09-01", unit, 0, HD_CATEGORY_FORMALISM, "会多" };
  gint64 id = hd_opinion_create (f->county.db.store, NULL, &fields, &f->county.today, &error);

  g_assert_no_error (error);
  if (status != HD_OPINION_STATUS_RECEIVED)
    g_assert_true (hd_opinion_set_status (f->county.db.store, NULL, id, status, &error));
  g_assert_no_error (error);
}

/* 示范县 holds a red task and a green one; 城关镇 two yellow ones (due in two and in three
 * days) and a long-term task whose next review is tomorrow; 王庄村 one due today (yellow, not
 * red), one closed on time, one closed late, one judged 不满意; 河西镇 a long-term task whose
 * next review is far off and a task due in four days (green). */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  const HdTestUnits *units = &f->county.units;
  gint64 task;

  hd_test_county_set_up (&f->county, "overview.db", 20);
  f->red = add_task (f, units->county, "文山会海", "2014-09-29", "张书记");
  add_task (f, units->county, "公车私用", "2014-10-20", "张书记");
  add_task (f, units->town, "门难进", "2014-10-02", "李镇长");
  add_task (f, units->town, "脸难看", "2014-10-03", "李镇长");
  f->long_term_soon = add_task (f, units->town, "作风建设", NULL, "李镇长");
  review (f, f->long_term_soon, "2014-09-15");
  review (f, f->long_term_soon, "2014-10-01");
  add_task (f, units->village, "道路失修", "2014-09-30", "");
  task = add_task (f, units->village, "账目不清", "2014-09-20", "");
  hd_test_judge_task (f->county.db.store, task, HD_VERDICT_SATISFIED, "2014-09-18");
  task = add_task (f, units->village, "低保不公", "2014-09-10", "");
  hd_test_judge_task (f->county.db.store, task, HD_VERDICT_BASICALLY_SATISFIED, "2014-09-25");
  f->open_dissatisfied = add_task (f, units->village, "饮水困难", "2014-10-10", "");
  hd_test_judge_task (f->county.db.store, f->open_dissatisfied, HD_VERDICT_DISSATISFIED, NULL);
  task = add_task (f, units->other_town, "制度落实", NULL, "王镇长");
  review (f, task, "2014-09-01");
  review (f, task, "2014-12-01");
  add_task (f, units->other_town, "窗口服务", "2014-10-04", "王镇长");
  add_opinion (f, units->county, HD_OPINION_STATUS_ANSWERED);
  add_opinion (f, units->county, HD_OPINION_STATUS_SORTED);
  add_opinion (f, units->town, HD_OPINION_STATUS_RECEIVED);
  add_opinion (f, units->village, HD_OPINION_STATUS_ANSWERED);
  add_opinion (f, units->village, HD_OPINION_STATUS_CLOSED);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  hd_test_db_tear_down (&f->county.db);
}

static HdOverview *
compute (Fixture *f,
         gint64   unit)
{
  g_autoptr(GError) error = NULL;
  HdOverview *overview = hd_overview_compute (f->county.db.store, unit, &f->county.today, 3, &error);

  g_assert_no_error (error);
  return overview;
}

/* A row as "name own: tasks red yellow green closed late | sat basic dissat | opinions handled". */
static char *
describe (const char   *name,
          gboolean      own,
          const gint64 *v)
{
  return g_strdup_printf ("%s%s: %" G_GINT64_FORMAT " %" G_GINT64_FORMAT " %" G_GINT64_FORMAT " %" G_GINT64_FORMAT
                          " %" G_GINT64_FORMAT " %" G_GINT64_FORMAT " | %" G_GINT64_FORMAT " %" G_GINT64_FORMAT
                          " %" G_GINT64_FORMAT " | %" G_GINT64_FORMAT " %" G_GINT64_FORMAT,
                          name, own ? " own" : "", v[HD_OVERVIEW_TASKS], v[HD_OVERVIEW_RED], v[HD_OVERVIEW_YELLOW],
                          v[HD_OVERVIEW_GREEN], v[HD_OVERVIEW_CLOSED], v[HD_OVERVIEW_CLOSED_LATE],
                          v[HD_OVERVIEW_SATISFIED], v[HD_OVERVIEW_BASICALLY_SATISFIED], v[HD_OVERVIEW_DISSATISFIED],
                          v[HD_OVERVIEW_OPINIONS], v[HD_OVERVIEW_OPINIONS_HANDLED]);
}

static char *
describe_overview (HdOverview *overview)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < overview->rows->len; i++)
    {
      const HdOverviewRow *row = &g_array_index (overview->rows, HdOverviewRow, i);
      g_autofree char *line = describe (row->name, row->own, row->figures);

      g_string_append_printf (text, "%s\n", line);
    }
  {
    g_autofree char *line = describe ("total", FALSE, overview->total);

    g_string_append (text, line);
  }
  return g_string_free (text, FALSE);
}

static void
test_two_levels (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(HdOverview) county = compute (f, f->county.units.county);
  g_autoptr(HdOverview) town = compute (f, f->county.units.town);
  g_autoptr(HdOverview) top = compute (f, 0);
  g_autofree char *county_text = describe_overview (county);
  g_autofree char *town_text = describe_overview (town);
  g_autofree char *top_text = describe_overview (top);

  g_assert_cmpstr (county_text, ==,
                   "示范县 own: 2 1 0 1 0 0 | 0 0 0 | 2 1\n"
                   "城关镇: 7 0 4 1 1 1 | 1 1 1 | 3 2\n"
                   "河西镇: 2 0 0 2 0 0 | 0 0 0 | 0 0\n"
                   "total: 11 1 4 4 1 1 | 1 1 1 | 5 3");
  g_assert_cmpstr (town_text, ==,
                   "城关镇 own: 3 0 3 0 0 0 | 0 0 0 | 1 0\n"
                   "王庄村: 4 0 1 1 1 1 | 1 1 1 | 2 2\n"
                   "total: 7 0 4 1 1 1 | 1 1 1 | 3 2");
  /* The whole database: its one top unit, nothing of its own. */
  g_assert_cmpstr (top_text, ==,
                   "示范县: 11 1 4 4 1 1 | 1 1 1 | 5 3\n"
                   "total: 11 1 4 4 1 1 | 1 1 1 | 5 3");
  g_assert_cmpfloat_with_epsilon (hd_overview_satisfaction (county->total), 200.0 / 3.0, 1e-9);
}

/* Each row's figures are those stats gives for its unit: a child's subtree, and the total the
 * unit's whole subtree. */
static void
assert_as_stats (HdStore     *store,
                 gint64       unit,
                 const GDate *today)
{
  static const char * const keys[HD_OVERVIEW_N_FIGURES] = {
    [HD_OVERVIEW_TASKS] = "tasks", [HD_OVERVIEW_RED] = "tasks_red", [HD_OVERVIEW_YELLOW] = "tasks_yellow",
    [HD_OVERVIEW_GREEN] = "tasks_green", [HD_OVERVIEW_CLOSED] = "tasks_closed",
    [HD_OVERVIEW_CLOSED_LATE] = "tasks_closed_late", [HD_OVERVIEW_SATISFIED] = "tasks_satisfied",
    [HD_OVERVIEW_BASICALLY_SATISFIED] = "tasks_basically_satisfied",
    [HD_OVERVIEW_DISSATISFIED] = "tasks_dissatisfied", [HD_OVERVIEW_OPINIONS] = "opinions",
    [HD_OVERVIEW_OPINIONS_HANDLED] = "opinions_handled", [HD_OVERVIEW_NOTICES_OPEN] = "notices_open",
    [HD_OVERVIEW_NOTICES_OVERDUE] = "notices_overdue", [HD_OVERVIEW_LOOKBACK_PENDING] = "lookback_pending",
    [HD_OVERVIEW_TEAMS_TALKED] = "teams_talks_complete", [HD_OVERVIEW_TEAMS_NOT_TALKED] = "teams_talks_incomplete",
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(HdOverview) overview = hd_overview_compute (store, unit, today, 3, &error);

  g_assert_no_error (error);
  for (guint i = 0; i <= overview->rows->len; i++)
    {
      const HdOverviewRow *row = i < overview->rows->len ? &g_array_index (overview->rows, HdOverviewRow, i) : NULL;
      g_autoptr(GArray) stats = NULL;

      if (row != NULL && row->own)
        continue;
      stats = hd_stats_compute (store, row != NULL ? row->unit_id : unit, today, 3, &error);
      g_assert_no_error (error);
      for (guint f = 0; f < HD_OVERVIEW_N_FIGURES; f++)
        for (guint s = 0; s < stats->len; s++)
          if (g_str_equal (g_array_index (stats, HdStatsFigure, s).key, keys[f]))
            {
              gint64 value = row != NULL ? row->figures[f] : overview->total[f];

              if (value != g_array_index (stats, HdStatsFigure, s).value)
                g_error ("%s of unit %" G_GINT64_FORMAT ": overview %" G_GINT64_FORMAT ", stats %" G_GINT64_FORMAT,
                         keys[f], row != NULL ? row->unit_id : unit, value, g_array_index (stats, HdStatsFigure, s).value);
            }
    }
}

static void
assert_both_levels (Fixture *f)
{
  assert_as_stats (f->county.db.store, f->county.units.county, &f->county.today);
  assert_as_stats (f->county.db.store, f->county.units.town, &f->county.today);
}

static void
test_writes (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HdLedgerImport) import = NULL;
  HdStore *store = f->county.db.store;
  HdHistory *history = f->county.db.history;
  HdTaskFields moved = {
    .unit_id = f->county.units.other_town, .plan = HD_TASK_PLAN_RECTIFICATION, .kind = HD_TASK_KIND_DEADLINE,
    .problem = "文山会海", .deadline = "2014-10-01",
  };
  static const char csv[] =
    "责任单位,问题,所属方案,整改类型,完成时限,完成情况,群众评价,销号日期\n"
    "示范县/城关镇,会议多、文件多,整改方案,限期整改,2014-09-01,会议减少,满意,2014-09-02\n"
    "示范县/河西镇,慢作为,整改方案,限期整改,2014-09-12,,,\n";

  assert_both_levels (f);
  /* An edit: the red task moves to 河西镇, due tomorrow; undone and redone. */
  g_assert_true (hd_task_update (store, history, f->red, &moved, &error));
  g_assert_no_error (error);
  assert_both_levels (f);
  hd_test_undo (history);
  assert_both_levels (f);
  hd_test_redo (history);
  assert_both_levels (f);
  /* A verdict, a close, a review of the long-term task, a delete. */
  g_assert_true (hd_task_set_result (store, history, f->open_dissatisfied, "通水了", HD_VERDICT_SATISFIED, &error));
  g_assert_true (hd_task_close (store, history, f->open_dissatisfied, "2014-09-29", &error));
  g_assert_no_error (error);
  assert_both_levels (f);
  g_assert_true (hd_task_remove_review (store, history, f->long_term_soon, "2014-10-01", &error));
  g_assert_no_error (error);
  assert_both_levels (f);
  hd_test_undo (history);
  assert_both_levels (f);
  g_assert_true (hd_task_delete (store, history, f->long_term_soon, &error));
  g_assert_no_error (error);
  assert_both_levels (f);
  hd_test_undo (history);
  assert_both_levels (f);
  /* An import: one task closed on time, one overdue. */
  import = hd_ledger_import_new_from_data (store, csv, strlen (csv), &f->county.today, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hd_import_get_n_bad (HD_IMPORT (import)), ==, 0);
  g_assert_true (hd_import_apply (HD_IMPORT (import), history, &error));
  g_assert_no_error (error);
  assert_both_levels (f);
  hd_test_undo (history);
  assert_both_levels (f);
  hd_test_redo (history);
  assert_both_levels (f);
}

/* The supervision notices waiting (overdue after their reply-by day) and the tasks waiting in
 * open look-back rounds, as stats counts them after each write. */
static void
test_lookback_writes (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  HdStore *store = f->county.db.store;
  HdHistory *history = f->county.db.history;
  const gint64 tasks[] = { f->red };
  HdNoticeFields notice = { f->county.units.county, tasks, 1, "示范县活动办", "2014-09-20", "2014-09-27" };
  HdLookbackRoundFields round = { "第一轮回头看", f->county.units.town, HD_LOOKBACK_PLAN (HD_TASK_PLAN_RECTIFICATION), "2014-09-30" };
  gint64 notice_id, round_id;
  guint n = 0;

  notice_id = hd_notice_issue (store, &notice, &error);
  g_assert_no_error (error);
  assert_both_levels (f);
  g_assert_true (hd_notice_reply (store, history, notice_id, "2014-09-30", "已整改", "", &error));
  g_assert_no_error (error);
  assert_both_levels (f);
  hd_test_undo (history);
  assert_both_levels (f);
  round_id = hd_lookback_open (store, history, &round, &error);
  g_assert_no_error (error);
  assert_both_levels (f);
  hd_test_undo (history);
  assert_both_levels (f);
  hd_test_redo (history);
  assert_both_levels (f);
  g_assert_true (hd_lookback_confirm_proposed (store, history, round_id, "2014-10-31", &f->county.today, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, >, 0);
  assert_both_levels (f);
  g_assert_true (hd_lookback_close (store, history, round_id, "2014-09-30", &error));
  g_assert_no_error (error);
  assert_both_levels (f);
  hd_test_undo (history);
  hd_test_undo (history);
  assert_both_levels (f);
  {
    g_autoptr(HdOverview) town = compute (f, f->county.units.town);

    g_assert_cmpint (town->total[HD_OVERVIEW_LOOKBACK_PENDING], ==, 7);
  }
}

static void
test_leaders (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) leaders = hd_overview_by_leader (f->county.db.store, f->county.units.county, &f->county.today, 3,
                                                     &error);
  GString *text = g_string_new (NULL);
  g_autofree char *described = NULL;

  g_assert_no_error (error);
  for (guint i = 0; i < leaders->len; i++)
    {
      const HdOverviewLeader *leader = &g_array_index (leaders, HdOverviewLeader, i);
      g_autofree char *line = describe (leader->leader, FALSE, leader->figures);

      g_string_append_printf (text, "%s\n", line);
    }
  described = g_string_free (text, FALSE);
  /* describe() reads the opinions too, which a leader's line does not have: its array ends at
   * the verdicts, so only those columns are compared. */
  g_assert_true (g_str_has_prefix (described, ": 4 0 1 1 1 1 | 1 1 1 |"));
  g_assert_nonnull (strstr (described, "\n张书记: 2 1 0 1 0 0 | 0 0 0 |"));
  g_assert_nonnull (strstr (described, "\n李镇长: 3 0 3 0 0 0 | 0 0 0 |"));
  g_assert_nonnull (strstr (described, "\n王镇长: 2 0 0 2 0 0 | 0 0 0 |"));
  g_assert_cmpuint (leaders->len, ==, 4);
}

static void
test_trend_rule (void)
{
  guint32 day = 735500;

  /* Due on the day: yellow, not red; the day after: red. */
  g_assert_cmpint (hd_trend_light (day, 0, day, 3), ==, HD_TREND_YELLOW);
  g_assert_cmpint (hd_trend_light (day, 0, day + 1, 3), ==, HD_TREND_RED);
  g_assert_cmpint (hd_trend_light (day + 3, 0, day, 3), ==, HD_TREND_YELLOW);
  g_assert_cmpint (hd_trend_light (day + 4, 0, day, 3), ==, HD_TREND_GREEN);
  /* Closed on the day counts as closed that day; closed after its deadline, late. */
  g_assert_cmpint (hd_trend_light (day, day, day, 3), ==, HD_TREND_CLOSED);
  g_assert_cmpint (hd_trend_light (day - 1, day, day, 3), ==, HD_TREND_CLOSED_LATE);
  g_assert_cmpint (hd_trend_light (day - 1, day, day - 1, 3), ==, HD_TREND_YELLOW);
  g_assert_cmpint (hd_trend_light (day - 2, day, day - 1, 3), ==, HD_TREND_RED);
  /* Long-term: green until closed, then closed on time. */
  g_assert_cmpint (hd_trend_light (0, 0, day, 3), ==, HD_TREND_GREEN);
  g_assert_cmpint (hd_trend_light (0, day, day, 3), ==, HD_TREND_CLOSED);
}

static char *
describe_trend (GArray *weeks)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < weeks->len; i++)
    {
      const HdTrendWeek *week = &g_array_index (weeks, HdTrendWeek, i);
      g_autofree char *start = NULL;
      gchar iso[11];

      g_date_strftime (iso, sizeof iso, "%Y-%m-%d", &week->start);
      start = g_strdup (iso);
      g_string_append_printf (text, "%s %" G_GINT64_FORMAT " %" G_GINT64_FORMAT " %" G_GINT64_FORMAT " %" G_GINT64_FORMAT
                              " %" G_GINT64_FORMAT "\n",
                              start, week->counts[0], week->counts[1], week->counts[2], week->counts[3], week->counts[4]);
    }
  return g_string_free (text, FALSE);
}

/* From the Monday of the earliest date (2014-09-10, a Wednesday) to the Monday of today's week
 * (2014-09-29). On Monday 09-08 低保不公, due 09-10, is yellow; 09-15: past due (red); 09-22: 账目不清 closed on 09-18,
 * 低保不公 still red; 09-29: 低保不公 closed late on 09-25, 文山会海 due on 09-29 yellow (not
 * red), 道路失修 (09-30) and 门难进 (10-02) yellow, 脸难看 (10-03) green four days off. */
static void
test_trend (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) weeks = hd_trend_compute (f->county.db.store, f->county.units.county, &f->county.today, 3, &error);
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  text = describe_trend (weeks);
  g_assert_cmpstr (text, ==,
                   "2014-09-08 0 1 10 0 0\n"
                   "2014-09-15 1 0 10 0 0\n"
                   "2014-09-22 1 0 9 1 0\n"
                   "2014-09-29 0 3 6 1 1\n");
}

/* A database of data format 13, which kept no counts: opening it counts every record. */
static void
test_migration (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->county.db.dir, "overview.db", NULL);
  g_autoptr(GPtrArray) drops = g_ptr_array_new_with_free_func (g_free);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_clear_object (&f->county.db.history);
  g_clear_object (&f->county.db.store);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT type, name FROM sqlite_schema WHERE name LIKE 'tally%'", -1, &stmt, NULL),
                   ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (drops, g_strdup_printf ("DROP %s IF EXISTS %s", sqlite3_column_text (stmt, 0),
                                             sqlite3_column_text (stmt, 1)));
  sqlite3_finalize (stmt);
  g_assert_cmpuint (drops->len, ==, 27);   /* format 14's five tables, index and 21 triggers */
  for (guint i = 0; i < drops->len; i++)
    g_assert_cmpint (sqlite3_exec (db, g_ptr_array_index (drops, i), NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, HD_TEST_DROP_FORMAT_15 "; PRAGMA user_version = 13", NULL, NULL, NULL), ==,
                   SQLITE_OK);
  sqlite3_close (db);

  f->county.db.store = hd_test_open_store (f->county.db.dir, "overview.db");
  g_assert_cmpint (hd_test_query_int (f->county.db.store, "SELECT count(*) FROM tally"), >, 0);
  test_two_levels (f, data);
  assert_both_levels (f);
}

static char *
describe_ids (HdStore    *store,
              GArray     *ids,
              const char *table)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < ids->len; i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT %s FROM %s WHERE id = %" G_GINT64_FORMAT,
                                              g_str_equal (table, "task") ? "problem" : "serial", table,
                                              g_array_index (ids, gint64, i));
      g_autofree char *name = hd_test_query_text (store, sql);

      g_string_append_printf (text, "%s%s", i > 0 ? " " : "", name);
    }
  return g_string_free (text, FALSE);
}

static void
assert_reminders (Fixture    *f,
                  gint64      unit,
                  int         last_day,
                  const char *red,
                  const char *yellow,
                  const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HdReminders) reminders = NULL;
  g_autofree char *red_names = NULL;
  g_autofree char *yellow_names = NULL;
  g_autofree char *described = NULL;
  GDate last;

  g_date_clear (&last, 1);
  g_date_set_dmy (&last, last_day, 9, 2014);
  reminders = hd_reminders_compute (f->county.db.store, unit, &last, &f->county.today, 3, &error);
  g_assert_no_error (error);
  red_names = describe_ids (f->county.db.store, reminders->red, "task");
  yellow_names = describe_ids (f->county.db.store, reminders->yellow, "task");
  g_assert_cmpstr (red_names, ==, red);
  g_assert_cmpstr (yellow_names, ==, yellow);
  described = hd_reminders_describe (reminders);
  g_assert_cmpstr (described, ==, text);
}

/* Today 2014-09-30, three warning days: since the 28th, 文山会海 (due the 29th) turned red on
 * the 30th, 门难进 (due 10-02) yellow on the 29th and 脸难看 (10-03) on the 30th; 道路失修, due
 * today, turned yellow on the 27th and is not red yet. Since yesterday only the 30th's; since
 * today nothing. 河西镇's task due 10-04 turns yellow tomorrow. A notice past its reply-by day. */
static void
test_reminders (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const gint64 tasks[] = { f->red };
  HdNoticeFields notice = { f->county.units.county, tasks, 1, "示范县活动办", "2014-09-20", "2014-09-28" };

  assert_reminders (f, f->county.units.county, 28, "文山会海", "门难进 脸难看",
                    "1 task turned red; 2 tasks turned yellow");
  assert_reminders (f, f->county.units.county, 29, "文山会海", "脸难看", "1 task turned red; 1 task turned yellow");
  assert_reminders (f, 0, 30, "", "", "");
  assert_reminders (f, f->county.units.other_town, 28, "", "", "");
  g_assert_cmpint (hd_notice_issue (f->county.db.store, &notice, &error), >, 0);
  g_assert_no_error (error);
  assert_reminders (f, 0, 28, "文山会海", "门难进 脸难看",
                    "1 task turned red; 2 tasks turned yellow; 1 supervision notice passed its reply date");
  assert_reminders (f, 0, 29, "文山会海", "脸难看", "1 task turned red; 1 task turned yellow");
}

/* The demo county, with teams, notices and look-back rounds: every unit with children, its rows
 * as stats gives them. */
static void
test_demo (void)
{
  g_autoptr(GError) error = NULL;
  HdTestDb db;
  GDate today;
  g_autoptr(GArray) parents = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;

  hd_test_db_set_up (&db, "demo.db", 0);
  hd_test_set_today (&today);
  g_assert_true (hd_demo_generate (db.store, HD_DEMO_SCALE_COUNTY, 1, &today, &error));
  g_assert_no_error (error);
  stmt = hd_store_prepare (db.store, "SELECT DISTINCT parent_id FROM unit WHERE parent_id IS NOT NULL", &error);
  g_assert_no_error (error);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (parents, id);
    }
  sqlite3_reset (stmt);
  g_assert_cmpuint (parents->len, ==, 17);   /* the county and its townships and streets */
  for (guint i = 0; i < parents->len; i++)
    assert_as_stats (db.store, g_array_index (parents, gint64, i), &today);
  /* The figures the demo makes: something in every column at the top. */
  {
    g_autoptr(HdOverview) overview = hd_overview_compute (db.store, 0, &today, 3, &error);

    g_assert_no_error (error);
    for (guint f = 0; f < HD_OVERVIEW_N_FIGURES; f++)
      g_assert_cmpint (overview->total[f], >, 0);
  }
  hd_test_db_tear_down (&db);
}

int
main (int   argc,
      char *argv[])
{
  hd_test_init_english (&argc, &argv);

  HD_TEST_ADD ("/overview/two-levels", test_two_levels);
  HD_TEST_ADD ("/overview/writes", test_writes);
  HD_TEST_ADD ("/overview/leaders", test_leaders);
  HD_TEST_ADD ("/overview/trend", test_trend);
  HD_TEST_ADD ("/overview/migration", test_migration);
  HD_TEST_ADD ("/overview/lookback-writes", test_lookback_writes);
  HD_TEST_ADD ("/overview/reminders", test_reminders);
  g_test_add_func ("/overview/trend-rule", test_trend_rule);
  g_test_add_func ("/overview/demo", test_demo);
  return g_test_run ();
}
