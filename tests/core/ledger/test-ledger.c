/* test-ledger.c — the ledger's filters and orders with exact ids, read a chunk at a time. */
#include "hd-test-util.h"
#include "ledger/hd-ledger.h"
#include "ledger/hd-stats.h"
#include "model/hd-subtree.h"
#include "organisation/hd-unit-edit.h"

typedef HdTestCounty Fixture;

/* Tasks as (unit, number, plan, kind, leader, deadline, closed, problem); today is 2014-09-30,
 * warning days 3. The light of each is in the comment. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *sql = NULL;

  hd_test_county_set_up (f, "ledger.db", 0);

  sql = g_strdup_printf (
    "INSERT INTO task (id, uuid, unit_id, number, plan, kind, leader, deadline, closed, result, verdict, problem, measures) VALUES"
    " (1, 'a', %1$ld, 1, 'rectification', 'deadline', '张书记', '2014-09-29', NULL, '', NULL, '会议多', '合并会议'),"           /* red */
    " (2, 'b', %1$ld, 2, 'special', 'immediate', '李镇长', '2014-10-03', NULL, '', NULL, '公车私用', '封存公车'),"              /* yellow */
    " (3, 'c', %2$ld, 1, 'rectification', 'deadline', '张书记', '2014-10-04', NULL, '', NULL, '低保不公', '张榜公示'),"         /* green */
    " (4, 'd', %2$ld, 2, 'institution', 'long_term', '李镇长', NULL, NULL, '', NULL, '制度不全', '建立例会制度'),"             /* green: no review */
    " (5, 'e', %3$ld, 1, 'rectification', 'deadline', '王局长', '2014-09-20', '2014-09-25', '已办', 'satisfied', '文山会海', '精简文件')," /* closed late */
    " (6, 'f', %1$ld, 3, 'rectification', 'deadline', '张书记', '2014-09-30', '2014-09-30', '已办', 'basically_satisfied', '门难进', '挂牌上岗')," /* closed */
    " (7, 'g', %4$ld, 1, 'special', 'long_term', '张书记', NULL, NULL, '', NULL, '办事难', '一站式服务');"                      /* red? no: see review */
    "INSERT INTO task_review (uuid, task_id, date) VALUES ('r1', 7, '2014-09-01'), ('r2', 7, '2014-10-01');", /* yellow */
    (long) f->units.town, (long) f->units.village, (long) f->units.other_town, (long) f->units.county);
  hd_test_exec (f->db.store, sql);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  hd_test_db_tear_down (&f->db);
}

static char *
ledger_ids (Fixture             *f,
            const HdLedgerQuery *query)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HdQueryModel) model = hd_ledger_new (f->db.store, query, &error);
  g_autoptr(GString) text = g_string_new (NULL);

  g_assert_no_error (error);
  g_assert_true (hd_query_model_load_all (model, &error));
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (model)); i++)
    g_string_append_printf (text, "%s%" G_GINT64_FORMAT, i ? " " : "", hd_query_model_get_row_id (model, i));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
check (Fixture             *f,
       const HdLedgerQuery *query,
       const char          *expected)
{
  g_autofree char *found = ledger_ids (f, query);

  g_assert_cmpstr (found, ==, expected);
}

static void
test_order (Fixture       *f,
            gconstpointer  data)
{
  HdLedgerQuery query;

  /* Units in hierarchy order (county 1, town 2, village 3, other 4), then numbers. */
  hd_ledger_query_init (&query, &f->today);
  check (f, &query, "7 1 2 6 3 4 5");
  query.descending = TRUE;
  check (f, &query, "5 4 3 6 2 1 7");

  hd_ledger_query_init (&query, &f->today);
  query.sort = HD_LEDGER_SORT_DEADLINE;
  check (f, &query, "7 4 5 1 6 2 3");
  /* A small subtree is gathered by path and sorted: the same order. */
  query.unit_id = f->units.town;
  check (f, &query, "4 1 6 2 3");

  hd_ledger_query_init (&query, &f->today);
  query.sort = HD_LEDGER_SORT_CLOSED;
  query.descending = TRUE;
  check (f, &query, "6 5 4 3 2 1 7");
}

static void
test_filters (Fixture       *f,
              gconstpointer  data)
{
  HdLedgerQuery query;

  hd_ledger_query_init (&query, &f->today);
  query.unit_id = f->units.town;
  check (f, &query, "1 2 6 3 4");
  query.unit_id = f->units.village;
  check (f, &query, "3 4");
  /* The unit's own tasks, not those of the units below it; nothing is "every unit's own". */
  query.unit_id = f->units.town;
  query.unit_only = TRUE;
  check (f, &query, "1 2 6");
  query.unit_id = 0;
  check (f, &query, "7 1 2 6 3 4 5");

  hd_ledger_query_init (&query, &f->today);
  query.plan = HD_TASK_PLAN_SPECIAL;
  check (f, &query, "7 2");
  query.plan = -1;
  query.kind = HD_TASK_KIND_LONG_TERM;
  check (f, &query, "7 4");

  hd_ledger_query_init (&query, &f->today);
  query.leader = "张书记";
  check (f, &query, "7 1 6 3");

  hd_ledger_query_init (&query, &f->today);
  query.overdue_only = TRUE;
  check (f, &query, "1");
  query.overdue_only = FALSE;
  query.lights = 1u << HD_LIGHT_YELLOW;
  check (f, &query, "7 2");
  query.lights = (1u << HD_LIGHT_GREEN) | (1u << HD_LIGHT_CLOSED_LATE);
  check (f, &query, "3 4 5");
  query.lights = 1u << HD_LIGHT_CLOSED;
  check (f, &query, "6");
  /* Overdue only within a set without red: nothing. */
  query.overdue_only = TRUE;
  check (f, &query, "");

  /* Any part of the problem, the measures or the goal. */
  hd_ledger_query_init (&query, &f->today);
  query.text = "会";
  check (f, &query, "1 4 5");
  query.text = "公";
  check (f, &query, "2 3");
  query.text = "一站式";
  check (f, &query, "7");

  /* Four days later task 2 is overdue, task 3 due today, and task 7's review has passed with
   * none to come: green. */
  g_date_add_days (&f->today, 4);
  hd_ledger_query_init (&query, &f->today);
  query.lights = 1u << HD_LIGHT_RED;
  check (f, &query, "1 2");
  query.lights = 1u << HD_LIGHT_YELLOW;
  check (f, &query, "3");
  query.lights = 1u << HD_LIGHT_GREEN;
  check (f, &query, "7 4");
}

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  gpointer    user_data)
{
  guint *n_seen = user_data;

  g_assert_cmpuint (removed, ==, 0);
  g_assert_cmpuint (position, ==, *n_seen);
  *n_seen += added;
}

/* Past the first page, rows arrive from the main loop, in order, and the count ends right. */
static void
test_incremental (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HdQueryModel) model = NULL;
  HdLedgerQuery query;
  guint n_seen;

  hd_test_exec (f->db.store,
                "WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000)"
                " INSERT INTO task (id, uuid, unit_id, number, plan, kind, deadline, problem)"
                " SELECT 100 + i, 'x' || i, 4, 100 + i, 'rectification', 'deadline', '2014-12-01', '问题' || i FROM n");
  hd_ledger_query_init (&query, &f->today);
  query.unit_id = f->units.other_town;
  model = hd_ledger_new (f->db.store, &query, &error);
  g_assert_no_error (error);
  n_seen = g_list_model_get_n_items (G_LIST_MODEL (model));
  g_assert_cmpuint (n_seen, >, 0);
  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed), &n_seen);
  while (hd_query_model_get_loading (model))
    g_main_context_iteration (NULL, TRUE);

  g_assert_null (hd_query_model_get_error (model));
  g_assert_cmpuint (n_seen, ==, 5001);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 5001);
  g_assert_cmpint (hd_query_model_get_row_id (model, 0), ==, 5);
  for (guint i = 1; i < 5001; i++)
    g_assert_cmpint (hd_query_model_get_row_id (model, i), ==, 100 + i);
  {
    g_autoptr(HdTask) task = g_list_model_get_item (G_LIST_MODEL (model), 5000);
    g_assert_cmpstr (hd_task_get_problem (task), ==, "问题5000");
  }
}

/* The figures of the hand-made ledger, counted by hand from the lights in fixture_set_up. */
static void
test_stats (Fixture       *f,
            gconstpointer  data)
{
  static const struct { const char *key; gint64 county; gint64 town; } expected[] = {
    { "units", 4, 2 },
    { "opinions", 3, 2 },
    { "problems", 1, 1 },
    { "tasks", 7, 5 },
    { "tasks_red", 1, 1 },          /* 1 */
    { "tasks_yellow", 2, 1 },       /* 2; 7 by its review */
    { "tasks_green", 2, 2 },        /* 3; 4 without reviews */
    { "tasks_closed", 1, 1 },       /* 6, on its deadline */
    { "tasks_closed_late", 1, 0 },  /* 5 */
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) county = NULL;
  g_autoptr(GArray) town = NULL;
  g_autofree char *sql = g_strdup_printf (
    "INSERT INTO opinion (uuid, channel, received, unit_id, category, content) VALUES"
    " ('o1', 'hotline', '2014-09-01', %1$ld, 'formalism', '会议多'),"
    " ('o2', 'box', '2014-09-02', %2$ld, 'other', '路灯坏'),"
    " ('o3', 'visit', '2014-09-03', %3$ld, 'other', '道路差');"
    "INSERT INTO problem (uuid, unit_id, category, summary, found) VALUES ('p1', %1$ld, 'formalism', '会议多', '2014-09-05');",
    (long) f->units.town, (long) f->units.village, (long) f->units.other_town);

  hd_test_exec (f->db.store, sql);
  county = hd_stats_compute (f->db.store, f->units.county, &f->today, 3, &error);
  g_assert_no_error (error);
  town = hd_stats_compute (f->db.store, f->units.town, &f->today, 3, &error);
  g_assert_no_error (error);
  for (guint k = 0; k < G_N_ELEMENTS (expected); k++)
    {
      gboolean found = FALSE;

      for (guint i = 0; i < county->len; i++)
        if (g_str_equal (g_array_index (county, HdStatsFigure, i).key, expected[k].key))
          {
            g_assert_cmpint (g_array_index (county, HdStatsFigure, i).value, ==, expected[k].county);
            g_assert_cmpint (g_array_index (town, HdStatsFigure, i).value, ==, expected[k].town);
            found = TRUE;
          }
      g_assert_true (found);
    }
}

/* The ledger's summary line counts only the tasks: the same figures as the full statistics, in
 * the order of HdLight after "tasks". */
static void
test_stats_lights (Fixture       *f,
                   gconstpointer  data)
{
  static const struct { const char *key; gint64 county; gint64 town; } expected[] = {
    { "tasks", 7, 5 },
    { "tasks_red", 1, 1 },
    { "tasks_yellow", 2, 1 },
    { "tasks_green", 2, 2 },
    { "tasks_closed", 1, 1 },
    { "tasks_closed_late", 1, 0 },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) county = hd_stats_compute_lights (f->db.store, f->units.county, &f->today, 3, &error);
  g_autoptr(GArray) town = NULL;
  g_autoptr(GArray) none = NULL;

  g_assert_no_error (error);
  town = hd_stats_compute_lights (f->db.store, f->units.town, &f->today, 3, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (county->len, ==, G_N_ELEMENTS (expected));
  g_assert_cmpuint (town->len, ==, G_N_ELEMENTS (expected));
  for (guint k = 0; k < G_N_ELEMENTS (expected); k++)
    {
      g_assert_cmpstr (g_array_index (county, HdStatsFigure, k).key, ==, expected[k].key);
      g_assert_cmpint (g_array_index (county, HdStatsFigure, k).value, ==, expected[k].county);
      g_assert_cmpstr (g_array_index (town, HdStatsFigure, k).key, ==, expected[k].key);
      g_assert_cmpint (g_array_index (town, HdStatsFigure, k).value, ==, expected[k].town);
    }

  /* A unit deleted meanwhile is said so, not counted as empty. */
  none = hd_stats_compute_lights (f->db.store, 999999999, &f->today, 3, &error);
  g_assert_null (none);
  g_assert_error (error, g_quark_from_string ("hd-stats-error-quark"), 0);
}

/* Whether a subtree holds an eighth of the units or more (only the query plan depends on it). */
static gboolean
subtree_is_large (Fixture *f,
                  gint64   unit_id)
{
  g_auto(HdSubtree) subtree = { NULL };
  g_autoptr(GError) error = NULL;

  g_assert_true (hd_subtree_init (&subtree, f->db.store, unit_id, &error));
  g_assert_no_error (error);
  return subtree.large;
}

static void
test_subtree_large (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 second_root;

  /* Twenty more villages: 24 units, one root. */
  for (int i = 0; i < 20; i++)
    {
      g_autofree char *name = g_strdup_printf ("河西%d村", i);

      hd_unit_create (f->db.store, NULL, f->units.other_town, HD_UNIT_KIND_VILLAGE, name, NULL, &error);
      g_assert_no_error (error);
    }
  g_assert_true (subtree_is_large (f, 0));
  g_assert_true (subtree_is_large (f, f->units.county));    /* the only root: every unit */
  g_assert_true (subtree_is_large (f, f->units.other_town));     /* 21 of 24 */
  g_assert_false (subtree_is_large (f, f->units.village));  /* 1 of 24 */

  /* A second root: the county is counted now, and still large; the new root is not. */
  second_root = hd_unit_create (f->db.store, NULL, 0, HD_UNIT_KIND_COUNTY, "邻县", NULL, &error);
  g_assert_no_error (error);
  g_assert_true (subtree_is_large (f, f->units.county));
  g_assert_false (subtree_is_large (f, second_root));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  HD_TEST_ADD ("/ledger/order", test_order);
  HD_TEST_ADD ("/ledger/filters", test_filters);
  HD_TEST_ADD ("/ledger/incremental", test_incremental);
  HD_TEST_ADD ("/ledger/stats", test_stats);
  HD_TEST_ADD ("/ledger/stats-lights", test_stats_lights);
  HD_TEST_ADD ("/ledger/subtree-large", test_subtree_large);

  return g_test_run ();
}
