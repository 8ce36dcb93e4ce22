/* hd-bench.c — the performance figures of hd-core on a demo database (see run.sh).
 *
 *   hd-bench PROVINCE.db COUNTY.db SCRATCH-FOLDER
 *
 * The roster import is measured on the county's whole roster, written out as the CSV a county
 * office would bring (one row per person, every unit new under the county), into a new database.
 * Prints one "figure<TAB>value<TAB>target" line per measure. Timings are wall-clock on whatever
 * machine runs it: compare them with the targets, not between machines.
 */
#include <stdio.h>
#include <locale.h>
#include <glib/gstdio.h>

#include "import/hd-roster-import.h"
#include "ledger/hd-ledger.h"
#include "ledger/hd-stats.h"
#include "lookback/hd-lookback-item.h"
#include "lookback/hd-lookback.h"
#include "opinions/hd-opinion.h"
#include "organisation/hd-search.h"
#include "organisation/hd-unit-edit.h"
#include "organisation/hd-unit.h"
#include "overview/hd-overview.h"
#include "overview/hd-trend.h"
#include "store/hd-date.h"
#include "store/hd-read.h"
#include "talks/hd-talk.h"
#include "talks/hd-team-coverage.h"

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

static void
figure (const char *name,
        double      value,
        const char *unit,
        const char *target)
{
  printf ("%s\t%.1f %s\t%s\n", name, value, unit, target);
  fflush (stdout);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

static double
percentile (GArray *times,
            double  p)
{
  g_array_sort (times, compare_doubles);
  return g_array_index (times, double, (guint) ((times->len - 1) * p));
}

static long
peak_rss_kb (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      (line = strstr (status, "VmHWM:")) == NULL)
    return -1;
  return strtol (line + 6, NULL, 10);
}

/* Expanding a unit in the tree: its children's ids, then every child row as the view binds it. */
static void
bench_expand (HdStore *store)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) parents = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  sqlite3_stmt *stmt = NULL;
  double max = 0;

  sqlite3_prepare_v2 (hd_store_get_db (store),
                      "SELECT DISTINCT parent_id FROM unit WHERE parent_id IS NOT NULL", -1, &stmt, NULL);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (parents, id);
    }
  sqlite3_finalize (stmt);

  for (guint i = 0; i < 500 && parents->len > 0; i++)
    {
      gint64 parent = g_array_index (parents, gint64, g_rand_int_range (rand, 0, (gint32) parents->len));
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GListModel) children = hd_unit_list_new_children (store, parent);
      double elapsed;

      for (guint k = 0; k < g_list_model_get_n_items (children); k++)
        g_object_unref (g_list_model_get_item (children, k));
      elapsed = ms_since (start);
      g_array_append_val (times, elapsed);
      max = MAX (max, elapsed);
    }
  {
    /* The root with all its counties (or townships) is the widest list. */
    gint64 start = g_get_monotonic_time ();
    g_autoptr(GListModel) roots = hd_unit_list_new_children (store, 0);
    g_autoptr(HdUnit) root = g_list_model_get_item (roots, 0);
    g_autoptr(GListModel) children = hd_unit_list_new_children (store, hd_unit_get_id (root));

    for (guint k = 0; k < g_list_model_get_n_items (children); k++)
      g_object_unref (g_list_model_get_item (children, k));
    figure ("expand_root_ms", ms_since (start), "ms", "< 50 ms");
  }
  figure ("expand_unit_p50_ms", percentile (times, 0.5), "ms", "< 50 ms");
  figure ("expand_unit_max_ms", max, "ms", "< 50 ms (500 random units)");
}

static void
bench_search (HdStore *store)
{
  const char *queries[] = { "王", "建国", "𠮷", "贠", "城关", "张建国", "无此人名", "县委办公室" };
  double max = 0;

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GListModel) hits = hd_search_names (store, queries[i], 50, NULL);
      double elapsed = ms_since (start);

      max = MAX (max, elapsed);
      printf ("  search “%s”: %u hits in %.1f ms\n", queries[i],
              hits ? g_list_model_get_n_items (hits) : 0, elapsed);
    }
  figure ("name_search_max_ms", max, "ms", "< 100 ms");
}

static void
bench_stats (HdStore     *store,
             const GDate *today)
{
  gint64 start = g_get_monotonic_time ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) figures = hd_stats_compute (store, 0, today, 3, &error);

  if (figures == NULL)
    g_error ("%s", error->message);
  figure ("stats_all_ms", ms_since (start), "ms", "< 2000 ms (with the teams' three must-talks)");
  for (guint i = 0; i < figures->len; i++)
    printf ("  %s = %" G_GINT64_FORMAT "\n", g_array_index (figures, HdStatsFigure, i).key,
            g_array_index (figures, HdStatsFigure, i).value);
}

/* The leaders' overview: the province's counties, one county's townships, the province's weekly
 * trend; then writing a task (an edit, a close) with the counts kept up to date. */
static void
bench_overview (HdStore     *store,
                const GDate *today)
{
  g_autoptr(GError) error = NULL;
  gint64 province = 0, county = 0, task = 0;
  gint64 start;
  double slowest = 0;

  if (!hd_read_id (store, "SELECT id FROM unit WHERE parent_id IS NULL", 0, 0, &province, &error)
      || !hd_read_id (store, "SELECT id FROM unit WHERE parent_id = ?1 ORDER BY position", province, 0, &county, &error))
    g_error ("%s", error->message);
  start = g_get_monotonic_time ();
  {
    g_autoptr(HdOverview) overview = hd_overview_compute (store, province, today, 3, &error);

    if (overview == NULL)
      g_error ("%s", error->message);
    figure ("overview_province_ms", ms_since (start), "ms", "< 100 ms (the province's counties)");
    printf ("  %u rows, %" G_GINT64_FORMAT " tasks\n", overview->rows->len, overview->total[HD_OVERVIEW_TASKS]);
  }
  start = g_get_monotonic_time ();
  {
    g_autoptr(HdOverview) overview = hd_overview_compute (store, county, today, 3, &error);

    if (overview == NULL)
      g_error ("%s", error->message);
    figure ("overview_county_ms", ms_since (start), "ms", "< 50 ms (a county's townships)");
  }
  start = g_get_monotonic_time ();
  {
    g_autoptr(GArray) weeks = hd_trend_compute (store, 0, today, 3, &error);

    if (weeks == NULL)
      g_error ("%s", error->message);
    figure ("trend_province_ms", ms_since (start), "ms", "< 500 ms (the whole province by week)");
    printf ("  %u weeks\n", weeks->len);
  }

  /* An open task of the county with a deadline: moved a day later and back, given a result and
   * closed, then opened again; each write timed from the call to its commit. */
  if (!hd_read_id (store, "SELECT t.id FROM unit u JOIN task t ON t.unit_id = u.id"
                          " WHERE u.parent_id = ?1 AND t.closed IS NULL AND t.kind = 'deadline' AND t.verdict IS NULL"
                          " LIMIT 1", county, 0, &task, &error) || task == 0)
    g_error ("no open task to write: %s", error != NULL ? error->message : "");
  {
    g_autoptr(HdTask) before = hd_task_load (store, task, &error);
    HdTaskFields fields = { 0 };
    GDate deadline;
    g_autofree char *later = NULL;
    gboolean ok;

    if (before == NULL)
      g_error ("%s", error->message);
    fields = (HdTaskFields) {
      hd_task_get_unit_id (before), hd_task_get_plan (before), hd_task_get_rule_action (before),
      hd_task_get_kind (before), hd_task_get_problem (before), hd_task_get_problem_id (before),
      hd_task_get_source (before), hd_task_get_goal (before), hd_task_get_measures (before),
      hd_task_get_leader (before), hd_task_get_person (before), hd_task_get_deadline (before),
    };
    hd_date_parse_iso (fields.deadline, &deadline);
    g_date_add_days (&deadline, 1);
    later = hd_date_format_iso (&deadline);
    for (guint i = 0; i < 5; i++)
      {
        double ms;

        start = g_get_monotonic_time ();
        switch (i)
          {
          case 0: { HdTaskFields moved = fields; moved.deadline = later;
                    ok = hd_task_update (store, NULL, task, &moved, &error); } break;
          case 1: ok = hd_task_update (store, NULL, task, &fields, &error); break;
          case 2: ok = hd_task_set_result (store, NULL, task, "已整改", HD_VERDICT_SATISFIED, &error); break;
          case 3: ok = hd_task_close (store, NULL, task, "2014-09-30", &error); break;
          default: ok = hd_task_reopen (store, NULL, task, "2014-09-30", "基准测试后恢复", &error); break;
          }
        ms = ms_since (start);
        if (!ok)
          g_error ("%s", error->message);
        slowest = MAX (slowest, ms);
      }
  }
  figure ("task_write_max_ms", slowest, "ms", "< 20 ms (edit, result, close, reopen; the counts kept)");
}

/* What the ledger page's worker reads for the province after the first rows are shown: the
 * summary line's light counts and the responsible leaders for the filter. */
static void
bench_ledger_totals (HdStore     *store,
                     const GDate *today)
{
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  g_autoptr(GArray) lights = hd_stats_compute_lights (store, 0, today, 3, &error);
  g_auto(GStrv) leaders = NULL;

  if (lights == NULL)
    g_error ("%s", error->message);
  figure ("ledger_lights_province_ms", ms_since (start), "ms", "(worker, after the first rows)");
  start = g_get_monotonic_time ();
  leaders = hd_ledger_list_leaders (store, 0, &error);
  if (leaders == NULL)
    g_error ("%s", error->message);
  figure ("ledger_leaders_province_ms", ms_since (start), "ms", "(worker, after the first rows)");
  printf ("  %u responsible leaders\n", g_strv_length (leaders));
}

static double first_rows_ms (GListModel *model,
                             gint64      start,
                             guint       n);

/* The round's task list as the Look-back area shows it: the first rows of the whole round, of
 * the tasks waiting, of those proposed for the furnace, and of one township's. */
static void
bench_lookback_items (HdStore *store,
                      gint64   round,
                      gint64   county)
{
  g_autoptr(GError) error = NULL;
  HdLookbackItemsQuery queries[] = {
    { round, 0, -1, -1, HD_LOOKBACK_ITEMS_ALL },
    { round, 0, -1, -1, HD_LOOKBACK_ITEMS_WAITING },
    { round, 0, -1, HD_LOOKBACK_REDO, HD_LOOKBACK_ITEMS_ALL },
    { round, 0, HD_TASK_PLAN_RECTIFICATION, HD_LOOKBACK_TRACK, HD_LOOKBACK_ITEMS_WAITING },
  };
  double max = 0;

  if (!hd_read_id (store, "SELECT id FROM unit WHERE parent_id = ?1 AND kind = 'township' ORDER BY path LIMIT 1",
                   county, 0, &queries[3].unit_id, &error))
    g_error ("%s", error->message);
  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(HdQueryModel) items = hd_lookback_items_new (store, &queries[i], &error);

      if (items == NULL)
        g_error ("%s", error->message);
      max = MAX (max, first_rows_ms (G_LIST_MODEL (items), start, 50));
    }
  figure ("lookback_items_first_rows_max_ms", max, "ms", "< 100 ms");
}

/* The Talks area on the province: the largest team's matrix (the province's own, then a
 * county's), and a conversation entered and the matrix read again; the entry is undone. */
static void
bench_talks (HdStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HdHistory) history = hd_history_new (store, 1);
  g_autoptr(GArray) pairs = NULL;
  g_autoptr(GArray) again = NULL;
  gint64 unit = 0, a = 0, b = 0, start;
  double matrix;

  if (!hd_read_id (store,
                   "SELECT unit_id FROM team_member GROUP BY unit_id ORDER BY count(*) DESC, unit_id LIMIT 1",
                   0, 0, &unit, &error))
    g_error ("%s", error->message);
  start = g_get_monotonic_time ();
  pairs = hd_team_coverage_read (store, unit, 0, &error);
  if (pairs == NULL)
    g_error ("%s", error->message);
  matrix = ms_since (start);
  figure ("talks_matrix_largest_team_ms", matrix, "ms", "< 50 ms");
  printf ("  %u pairs\n", pairs->len);
  for (guint i = 0; i < pairs->len && a == 0; i++)
    if (g_array_index (pairs, HdRequiredPair, i).state != HD_PAIR_VACANT)
      {
        a = g_array_index (pairs, HdRequiredPair, i).a;
        b = g_array_index (pairs, HdRequiredPair, i).b;
      }
  if (a != 0)
    {
      const gint64 people[] = { a, b };
      HdTalkFields fields = { .unit_id = unit, .date = "2014-09-20", .people = people, .n_people = 2,
                              .initiator_id = a, .topics = HD_TALK_ALL_TOPICS, .content = "谈心谈话" };

      start = g_get_monotonic_time ();
      if (hd_talk_create (store, history, &fields, &error) == 0
          || (again = hd_team_coverage_read (store, unit, 0, &error)) == NULL)
        g_error ("%s", error->message);
      figure ("talks_enter_and_matrix_ms", ms_since (start), "ms", "< 100 ms");
      if (!hd_history_undo (history, &error))
        g_error ("%s", error->message);
    }
}

/* Opening a look-back round over the province's first county, every outcome proposed; then undone,
 * which leaves the database as it was for the next run. */
static void
bench_lookback_open (HdStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HdHistory) history = hd_history_new (store, 1);
  HdLookbackRoundFields fields = { "回头看", 0, HD_LOOKBACK_ALL_PLANS, "2014-09-30" };
  gint64 start, round;
  guint n = 0;

  if (!hd_read_id (store, "SELECT id FROM unit WHERE kind = 'county' ORDER BY path LIMIT 1", 0, 0, &fields.unit_id, &error))
    g_error ("%s", error->message);
  start = g_get_monotonic_time ();
  round = hd_lookback_open (store, history, &fields, &error);
  if (round == 0 || !hd_lookback_count_waiting (store, round, &n, &error))
    g_error ("%s", error->message);
  figure ("lookback_open_county_ms", ms_since (start), "ms", "< 2000 ms");
  printf ("  %u tasks in the round\n", n);
  bench_lookback_items (store, round, fields.unit_id);
  if (!hd_history_undo (history, &error))
    g_error ("%s", error->message);
}

/* The model reads its first rows before it returns; a view then binds the first page. */
static double
first_rows_ms (GListModel *model,
               gint64      start,
               guint       n)
{
  for (guint k = 0; k < MIN (n, g_list_model_get_n_items (model)); k++)
    g_object_unref (g_list_model_get_item (model, k));
  return ms_since (start);
}

static void
bench_ledger (HdStore     *store,
              const GDate *today)
{
  g_autoptr(GListModel) roots = hd_unit_list_new_children (store, 0);
  g_autoptr(HdUnit) root = g_list_model_get_item (roots, 0);
  g_autoptr(GListModel) children = hd_unit_list_new_children (store, hd_unit_get_id (root));
  g_autoptr(HdUnit) county = g_list_model_get_item (children, g_list_model_get_n_items (children) / 2);
  gint64 units[] = { 0, hd_unit_get_id (county) };
  double max = 0;

  for (guint u = 0; u < G_N_ELEMENTS (units); u++)
    for (guint f = 0; f < 5; f++)
      {
        HdLedgerQuery query;
        gint64 start;
        g_autoptr(HdQueryModel) ledger = NULL;
        double elapsed;

        hd_ledger_query_init (&query, today);
        query.unit_id = units[u];
        if (f == 1)
          query.overdue_only = TRUE;
        else if (f == 2)
          query.lights = 1 << HD_LIGHT_YELLOW;
        else if (f == 3)
          query.sort = HD_LEDGER_SORT_DEADLINE;
        else if (f == 4)
          query.text = "公车";
        start = g_get_monotonic_time ();
        ledger = hd_ledger_new (store, &query, NULL);
        elapsed = first_rows_ms (G_LIST_MODEL (ledger), start, 50);
        max = MAX (max, elapsed);
        printf ("  ledger %s, filter %u: first 50 rows in %.1f ms\n",
                units[u] ? "one county" : "whole province", f, elapsed);
      }
  figure ("ledger_first_rows_max_ms", max, "ms", "< 100 ms");
}

static void
bench_opinion_search (HdStore *store)
{
  const char *queries[] = { "会", "公车", "贠", "𠮷", "办事难", "门难进脸难看" };
  double max = 0;

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      HdOpinionFilter filter;
      gint64 start = g_get_monotonic_time ();
      g_autoptr(HdQueryModel) opinions = NULL;
      double elapsed;

      hd_opinion_filter_init (&filter);
      filter.text = queries[i];
      opinions = hd_opinion_list_new (store, &filter, NULL);
      elapsed = first_rows_ms (G_LIST_MODEL (opinions), start, 50);
      max = MAX (max, elapsed);
      printf ("  opinions “%s”: first rows in %.1f ms\n", queries[i], elapsed);
    }
  figure ("opinion_text_search_max_ms", max, "ms", "< 300 ms");
}

/* Every person of the county as a roster row, parents before children. */
static void
write_roster (const char *county_path,
              const char *csv_path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HdStore) county = hd_store_open (county_path, &error);
  g_autoptr(GString) csv = g_string_new ("\xEF\xBB\xBF上级单位,单位,单位类型,姓名,性别,职务,是否党员,联系电话\r\n");
  sqlite3_stmt *stmt = NULL;
  guint rows = 0;

  if (county == NULL)
    g_error ("%s", error->message);
  /* Full names of the parents by a recursive query; the kinds as the roster format writes them. */
  g_assert (sqlite3_prepare_v2 (hd_store_get_db (county),
    "WITH RECURSIVE names (id, full) AS ("
    "  SELECT id, name FROM unit WHERE parent_id IS NULL"
    "  UNION ALL SELECT u.id, n.full || '/' || u.name FROM unit u JOIN names n ON u.parent_id = n.id)"
    " SELECT n.full, u.name, CASE u.kind WHEN 'township' THEN '镇' WHEN 'street' THEN '街道'"
    "   WHEN 'village' THEN '村' WHEN 'community' THEN '社区' WHEN 'department' THEN '县直部门' ELSE '其他' END,"
    "   p.name, CASE p.gender WHEN 1 THEN '男' WHEN 2 THEN '女' ELSE '' END, p.title,"
    "   CASE p.party_member WHEN 1 THEN '是' ELSE '否' END, p.phone"
    " FROM person p JOIN unit u ON u.id = p.unit_id JOIN names n ON n.id = u.parent_id"
    " ORDER BY u.path, p.position",
    -1, &stmt, NULL) == SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      /* The county's name differs from the scratch database's root: rename it on the way. */
      const char *parent = (const char *) sqlite3_column_text (stmt, 0);
      const char *slash = strchr (parent, '/');

      g_string_append_printf (csv, "\"示范县%s\",\"%s\",%s,\"%s\",%s,\"%s\",%s,%s\r\n",
                              slash != NULL ? slash : "",
                              sqlite3_column_text (stmt, 1), sqlite3_column_text (stmt, 2),
                              sqlite3_column_text (stmt, 3), sqlite3_column_text (stmt, 4),
                              sqlite3_column_text (stmt, 5), sqlite3_column_text (stmt, 6),
                              sqlite3_column_text (stmt, 7));
      rows++;
    }
  sqlite3_finalize (stmt);
  if (!g_file_set_contents (csv_path, csv->str, csv->len, &error))
    g_error ("%s", error->message);
  printf ("  roster of the county: %u people\n", rows);
}

static void
bench_import (const char *county_path,
              const char *scratch_dir)
{
  g_autofree char *roster_path = g_build_filename (scratch_dir, "roster.csv", NULL);
  g_autofree char *scratch_path = g_build_filename (scratch_dir, "import.db", NULL);

  g_autoptr(GError) error = NULL;
  g_autoptr(HdStore) scratch = NULL;
  g_autoptr(HdRosterImport) import = NULL;
  gint64 start;

  write_roster (county_path, roster_path);
  g_unlink (scratch_path);
  scratch = hd_store_open (scratch_path, &error);
  if (scratch == NULL)
    g_error ("%s", error->message);
  /* The county itself: the roster creates everything under it. */
  if (hd_unit_create (scratch, NULL, 0, HD_UNIT_KIND_COUNTY, "示范县", NULL, &error) == 0)
    g_error ("%s", error->message);

  start = g_get_monotonic_time ();
  import = hd_roster_import_new_from_file (scratch, roster_path, &error);
  if (import == NULL || hd_import_get_n_bad (HD_IMPORT (import)) > 0)
    g_error ("the benchmark roster does not import: %s", error ? error->message : "bad rows");
  printf ("  read and planned in %.1f ms\n", ms_since (start));
  if (!hd_import_apply (HD_IMPORT (import), NULL, &error))
    g_error ("%s", error->message);
  printf ("  imported %u rows, %u new units\n",
          g_list_model_get_n_items (hd_import_get_rows (HD_IMPORT (import))),
          hd_roster_import_get_n_new_units (import));
  figure ("roster_import_ms", ms_since (start), "ms", "< 3000 ms (16,000 people)");
}

int
main (int argc, char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HdStore) store = NULL;
  GDate today;
  gint64 start;

  setlocale (LC_ALL, "");
  if (argc != 4)
    {
      fprintf (stderr, "usage: hd-bench PROVINCE.db COUNTY.db SCRATCH-FOLDER\n");
      return 2;
    }
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 30, G_DATE_SEPTEMBER, 2014);

  start = g_get_monotonic_time ();
  store = hd_store_open (argv[1], &error);
  if (store == NULL)
    g_error ("%s", error->message);
  figure ("open_ms", ms_since (start), "ms", "");

  bench_expand (store);
  bench_search (store);
  bench_stats (store, &today);
  bench_overview (store, &today);
  bench_ledger_totals (store, &today);
  bench_ledger (store, &today);
  bench_opinion_search (store);
  bench_lookback_open (store);
  bench_talks (store);
  figure ("core_peak_rss_mb", peak_rss_kb () / 1024.0, "MB", "");
  bench_import (argv[2], argv[3]);
  return 0;
}
