/* test-cli.c — huodongban-cli as other tools see it: its output and its exit status 0, 1 or 2.
 *
 * The program under test comes as the first argument (meson passes the built one). A county is
 * generated once, by the program itself, and the tests that change a database work on copies.
 */
#include "hd-cli-run.h"
#include "store/hd-schema.h"
#include "store/hd-store.h"

static char       *shared_dir;
static char       *county_db;

/* Runs the program with @args (NULL-terminated) in a fixed, untranslated locale. */
static void
run_cli (HdCliRun   *run,
         const char *first,
         ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_get_environ ();
  va_list args;

  g_ptr_array_add (argv, (gpointer) hd_cli_run_get_program ());
  envp = g_environ_setenv (envp, "XDG_DATA_HOME", shared_dir, TRUE);
  va_start (args, first);
  hd_cli_run_spawn (run, argv, envp, first, args);
  va_end (args);
}

static gint64
sql_int (const char *db_path,
         const char *sql,
         const char *text)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_open_v2 (db_path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (text != NULL)
    sqlite3_bind_text (stmt, 1, text, -1, SQLITE_TRANSIENT);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

static char *
sql_text (const char *db_path,
          const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  char *value;

  g_assert_cmpint (sqlite3_open_v2 (db_path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

static void
raw_exec (const char *path,
          const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));
  sqlite3_close (db);
}

static char *
tmp_path (const char *name)
{
  return g_build_filename (shared_dir, name, NULL);
}

/* A private copy of the county, made by the program's own backup command. */
static char *
county_copy (const char *name)
{
  g_auto(HdCliRun) run = { 0 };
  char *path = tmp_path (name);

  run_cli (&run, "--db", county_db, "backup", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  return path;
}

/* The figures, counted here with SQL of our own: the subtree as a path prefix, not a range. */
static char *
expected_stats (const char *db_path,
                const char *unit_code)
{
  if (unit_code == NULL)
    return g_strdup_printf ("units\t%" G_GINT64_FORMAT "\npeople\t%" G_GINT64_FORMAT "\nteams\t%" G_GINT64_FORMAT
                            "\nsupervision_groups\t%" G_GINT64_FORMAT "\ncontact_points\t%" G_GINT64_FORMAT "\n",
                            sql_int (db_path, "SELECT count(*) FROM unit", NULL),
                            sql_int (db_path, "SELECT count(*) FROM person", NULL),
                            sql_int (db_path, "SELECT count(DISTINCT unit_id) FROM team_member", NULL),
                            sql_int (db_path, "SELECT count(*) FROM supervision_group", NULL),
                            sql_int (db_path, "SELECT count(*) FROM contact_point", NULL));

#define IN_SUBTREE(alias) " JOIN unit t ON t.code = ?1 WHERE substr (" alias ".path, 1, length (t.path)) = t.path"
  return g_strdup_printf ("units\t%" G_GINT64_FORMAT "\npeople\t%" G_GINT64_FORMAT "\nteams\t%" G_GINT64_FORMAT
                          "\nsupervision_groups\t%" G_GINT64_FORMAT "\ncontact_points\t%" G_GINT64_FORMAT "\n",
                          sql_int (db_path, "SELECT count(*) FROM unit u" IN_SUBTREE ("u"), unit_code),
                          sql_int (db_path, "SELECT count(*) FROM person p JOIN unit u ON u.id = p.unit_id" IN_SUBTREE ("u"), unit_code),
                          sql_int (db_path, "SELECT count(DISTINCT m.unit_id) FROM team_member m JOIN unit u ON u.id = m.unit_id" IN_SUBTREE ("u"), unit_code),
                          sql_int (db_path, "SELECT count(DISTINCT a.group_id) FROM supervision_assignment a JOIN unit u ON u.id = a.unit_id" IN_SUBTREE ("u"), unit_code),
                          sql_int (db_path, "SELECT count(*) FROM contact_point c JOIN unit u ON u.id = c.unit_id" IN_SUBTREE ("u"), unit_code));
#undef IN_SUBTREE
}

/* A unit whose team requires a pair of the three must-talks. */
#define TEAM_WITH_PAIR \
  "((SELECT count(*) FROM team_member m WHERE m.unit_id = u.id) >= 2" \
  " OR EXISTS (SELECT 1 FROM team_member m JOIN oversight o ON o.member_id = m.id" \
  "            JOIN team_member h ON h.unit_id = o.department_id AND h.role = 0" \
  "            WHERE m.unit_id = u.id AND h.person_id <> m.person_id))"

/* @out is @expected (the organisation's figures), then opinions, problems and tasks counted here
 * too, then the five lights, which add up to the tasks, then the notices and the look-back rounds,
 * counted here too. */
static void
assert_stats (const char *out,
              const char *expected,
              const char *db_path,
              const char *unit_code)
{
  static const char * const keys[] = { "opinions", "problems", "tasks", "tasks_red", "tasks_yellow",
                                       "tasks_green", "tasks_closed", "tasks_closed_late", "notices",
                                       "notices_open", "notices_overdue", "lookback_rounds", "lookback_pending",
                                       "accountability", "talks", "meetings", "teams_talks_complete",
                                       "teams_talks_incomplete", "meetings_ready", "tasks_satisfied",
                                       "tasks_basically_satisfied", "tasks_dissatisfied", "opinions_handled" };
#define IN_SUBTREE " JOIN unit t ON t.code = ?1 WHERE substr (u.path, 1, length (t.path)) = t.path"
  const char *own_sql[] = {
    unit_code ? "SELECT count(*) FROM opinion o JOIN unit u ON u.id = o.unit_id" IN_SUBTREE : "SELECT count(*) FROM opinion",
    unit_code ? "SELECT count(*) FROM problem p JOIN unit u ON u.id = p.unit_id" IN_SUBTREE : "SELECT count(*) FROM problem",
    unit_code ? "SELECT count(*) FROM task k JOIN unit u ON u.id = k.unit_id" IN_SUBTREE : "SELECT count(*) FROM task",
  };
  /* stats ran without --today: overdue as of the clock's day. */
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *overdue_sql = g_strdup_printf (
    unit_code ? "SELECT count(*) FROM notice n JOIN unit u ON u.id = n.unit_id" IN_SUBTREE
                " AND n.replied IS NULL AND n.withdrawn IS NULL AND n.reply_by < '%s'"
              : "SELECT count(*) FROM notice WHERE replied IS NULL AND withdrawn IS NULL AND reply_by < '%s'",
    today);
  const char *lookback_sql[] = {
    unit_code ? "SELECT count(*) FROM notice n JOIN unit u ON u.id = n.unit_id" IN_SUBTREE : "SELECT count(*) FROM notice",
    unit_code ? "SELECT count(*) FROM notice n JOIN unit u ON u.id = n.unit_id" IN_SUBTREE
                " AND n.replied IS NULL AND n.withdrawn IS NULL"
              : "SELECT count(*) FROM notice WHERE replied IS NULL AND withdrawn IS NULL",
    overdue_sql,
    unit_code ? "SELECT count(*) FROM lookback_round n JOIN unit u ON u.id = n.unit_id" IN_SUBTREE : "SELECT count(*) FROM lookback_round",
    unit_code ? "SELECT count(*) FROM lookback_item i JOIN lookback_round r ON r.id = i.round_id JOIN task k ON k.id = i.task_id"
                " JOIN unit u ON u.id = k.unit_id" IN_SUBTREE " AND i.outcome IS NULL AND r.closed IS NULL"
              : "SELECT count(*) FROM lookback_item i JOIN lookback_round r ON r.id = i.round_id"
                " WHERE i.outcome IS NULL AND r.closed IS NULL",
    unit_code ? "SELECT count(*) FROM accountability n JOIN unit u ON u.id = n.unit_id" IN_SUBTREE
              : "SELECT count(*) FROM accountability",
    unit_code ? "SELECT count(*) FROM talk n JOIN unit u ON u.id = n.unit_id" IN_SUBTREE : "SELECT count(*) FROM talk",
    unit_code ? "SELECT count(*) FROM meeting n JOIN unit u ON u.id = n.unit_id" IN_SUBTREE : "SELECT count(*) FROM meeting",
  };
  /* The teams complete and incomplete add up to those that require a pair (two people, or one
   * who oversees a department with another head). */
  const char *teams_sql = unit_code ? "SELECT count(*) FROM unit u" IN_SUBTREE " AND " TEAM_WITH_PAIR
                                    : "SELECT count(*) FROM unit u WHERE " TEAM_WITH_PAIR;
  const char *verdict_sql[] = {
    unit_code ? "SELECT count(*) FROM task k JOIN unit u ON u.id = k.unit_id" IN_SUBTREE " AND k.verdict = 'satisfied'"
              : "SELECT count(*) FROM task WHERE verdict = 'satisfied'",
    unit_code ? "SELECT count(*) FROM task k JOIN unit u ON u.id = k.unit_id" IN_SUBTREE " AND k.verdict = 'basically_satisfied'"
              : "SELECT count(*) FROM task WHERE verdict = 'basically_satisfied'",
    unit_code ? "SELECT count(*) FROM task k JOIN unit u ON u.id = k.unit_id" IN_SUBTREE " AND k.verdict = 'dissatisfied'"
              : "SELECT count(*) FROM task WHERE verdict = 'dissatisfied'",
    unit_code ? "SELECT count(*) FROM opinion o JOIN unit u ON u.id = o.unit_id" IN_SUBTREE
                " AND o.status IN ('problem', 'answered', 'closed')"
              : "SELECT count(*) FROM opinion WHERE status IN ('problem', 'answered', 'closed')",
  };
#undef IN_SUBTREE
  g_auto(GStrv) lines = NULL;
  gint64 lights = 0, teams = 0, ready = -1;

  g_assert_true (g_str_has_prefix (out, expected));
  lines = g_strsplit (out + strlen (expected), "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, G_N_ELEMENTS (keys) + 1);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      g_auto(GStrv) pair = g_strsplit (lines[i], "\t", 2);
      gint64 value = g_ascii_strtoll (pair[1], NULL, 10);

      g_assert_cmpstr (pair[0], ==, keys[i]);
      if (i < G_N_ELEMENTS (own_sql))
        g_assert_cmpint (value, ==, sql_int (db_path, own_sql[i], unit_code));
      else if (i >= G_N_ELEMENTS (keys) - G_N_ELEMENTS (verdict_sql))
        g_assert_cmpint (value, ==, sql_int (db_path, verdict_sql[i - (G_N_ELEMENTS (keys) - G_N_ELEMENTS (verdict_sql))],
                                             unit_code));
      else if (g_str_has_prefix (keys[i], "tasks_"))
        lights += value;
      else if (g_str_has_prefix (keys[i], "teams_talks_"))
        teams += value;
      else if (g_str_equal (keys[i], "meetings_ready"))
        ready = value;   /* checked against each meeting's checklist in the demo's tests */
      else
        g_assert_cmpint (value, ==, sql_int (db_path, lookback_sql[i - G_N_ELEMENTS (own_sql) - 5], unit_code));
    }
  g_assert_cmpint (ready, <=, sql_int (db_path, lookback_sql[G_N_ELEMENTS (lookback_sql) - 1], unit_code));
  g_assert_cmpint (lights, ==, sql_int (db_path, own_sql[2], unit_code));
  g_assert_cmpint (teams, ==, sql_int (db_path, teams_sql, unit_code));
}

static void
test_stats (void)
{
  g_auto(HdCliRun) run = { 0 };
  g_autofree char *expected = expected_stats (county_db, NULL);

  run_cli (&run, "--db", county_db, "stats", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  assert_stats (run.out, expected, county_db, NULL);
  /* The demo's look-back rounds (a closed one, an open one with 300 tasks waiting) and its
   * accountability records (five talks, three admonitions, one holding people responsible). */
  g_assert_nonnull (strstr (run.out, "lookback_rounds\t2\nlookback_pending\t300\naccountability\t9\n"));
  g_assert_cmpint (sql_int (county_db, "SELECT count(*) FROM unit", NULL), >=, 900);
  g_assert_cmpint (sql_int (county_db, "SELECT count(*) FROM person", NULL), >=, 16000);
}

static void
test_stats_unit (void)
{
  g_autofree char *code = sql_text (county_db, "SELECT code FROM unit WHERE kind = 'township' ORDER BY id LIMIT 1");
  g_autofree char *names = sql_text (county_db, "SELECT c.name || '/' || t.name FROM unit t JOIN unit c ON c.id = t.parent_id"
                                                " WHERE t.kind = 'township' ORDER BY t.id LIMIT 1");
  g_autofree char *expected = expected_stats (county_db, code);
  g_auto(HdCliRun) by_code = { 0 };
  g_auto(HdCliRun) by_path = { 0 };

  run_cli (&by_code, "--db", county_db, "stats", "--unit", code, NULL);
  g_assert_cmpint (by_code.status, ==, 0);
  assert_stats (by_code.out, expected, county_db, code);
  g_assert_true (g_str_has_prefix (by_code.out, "units\t"));
  /* The rounds are the county's; ten of the township's tasks wait in the open one. */
  g_assert_nonnull (strstr (by_code.out, "lookback_rounds\t0\nlookback_pending\t10\naccountability\t0\n"));

  run_cli (&by_path, "--db", county_db, "stats", "--unit", names, NULL);
  g_assert_cmpint (by_path.status, ==, 0);
  assert_stats (by_path.out, expected, county_db, code);
}

static void
test_stats_unknown_unit (void)
{
  g_autofree char *county_name = sql_text (county_db, "SELECT name FROM unit WHERE parent_id IS NULL");
  g_autofree char *missing_path = g_strconcat (county_name, "/没有这个镇", NULL);
  g_auto(HdCliRun) by_code = { 0 };
  g_auto(HdCliRun) by_path = { 0 };

  run_cli (&by_code, "--db", county_db, "stats", "--unit", "999999999999", NULL);
  hd_cli_run_assert_one_line_failure (&by_code, 1, "999999999999");

  run_cli (&by_path, "--db", county_db, "stats", "--unit", missing_path, NULL);
  hd_cli_run_assert_one_line_failure (&by_path, 1, NULL);
}

static void
test_check (void)
{
  g_autofree char *damaged = county_copy ("damaged.db");
  g_auto(HdCliRun) good = { 0 };
  g_auto(HdCliRun) bad = { 0 };

  run_cli (&good, "--db", county_db, "check", NULL);
  g_assert_cmpint (good.status, ==, 0);
  g_assert_cmpstr (good.out, ==, "ok\n");
  g_assert_cmpstr (good.err, ==, "");

  raw_exec (damaged, "PRAGMA foreign_keys = OFF;"
                     "INSERT INTO contact_point (uuid, leader_id, unit_id) VALUES ('00000000-0000-4000-8000-000000000000', 999999999, 1);");
  run_cli (&bad, "--db", damaged, "check", NULL);
  hd_cli_run_assert_one_line_failure (&bad, 1, "contact_point");
}

static void
test_backup (void)
{
  g_autofree char *copy = tmp_path ("copy.db");
  g_autofree char *copy_digest = NULL;
  g_autofree char *digest_after = NULL;
  g_autofree char *expected = expected_stats (county_db, NULL);
  g_auto(HdCliRun) backup = { 0 };
  g_auto(HdCliRun) stats = { 0 };
  g_auto(HdCliRun) again = { 0 };
  g_auto(HdCliRun) missing = { 0 };

  run_cli (&backup, "--db", county_db, "backup", copy, NULL);
  g_assert_cmpint (backup.status, ==, 0);
  g_assert_cmpstr (backup.err, ==, "");

  run_cli (&stats, "--db", copy, "stats", NULL);
  g_assert_cmpint (stats.status, ==, 0);
  assert_stats (stats.out, expected, county_db, NULL);

  /* Never over an existing file. */
  copy_digest = hd_test_file_digest (copy);
  run_cli (&again, "--db", county_db, "backup", copy, NULL);
  hd_cli_run_assert_one_line_failure (&again, 1, "copy.db");
  digest_after = hd_test_file_digest (copy);
  g_assert_cmpstr (digest_after, ==, copy_digest);

  run_cli (&missing, "--db", "/nonexistent/huodongban.db", "backup", copy, NULL);
  hd_cli_run_assert_one_line_failure (&missing, 1, NULL);
}

static void
test_daily_backup (void)
{
  g_autofree char *db = county_copy ("daily.db");
  g_autofree char *daily = g_build_filename (shared_dir, "daily.db.backups", "2014-09-30T120000-daily.db.gz", NULL);
  g_autofree char *backup_dir = g_build_filename (shared_dir, "daily.db.backups", NULL);
  g_autofree char *copy = tmp_path ("daily-copy.db");
  g_auto(HdCliRun) backup = { 0 };
  g_auto(HdCliRun) stats = { 0 };
  g_auto(HdCliRun) round = { 0 };

  run_cli (&backup, "--db", db, "--today", "2014-09-30", "backup", copy, NULL);
  g_assert_cmpint (backup.status, ==, 0);
  g_assert_false (g_file_test (backup_dir, G_FILE_TEST_EXISTS));

  /* A command that only reads takes no copy, so the first of the day is as fast as the next. */
  run_cli (&stats, "--db", db, "--today", "2014-09-30", "stats", NULL);
  g_assert_cmpint (stats.status, ==, 0);
  g_assert_false (g_file_test (backup_dir, G_FILE_TEST_EXISTS));

  /* One that writes takes it before writing. */
  run_cli (&round, "--db", db, "--today", "2014-09-30", "lookback", "open", "--name", "第一轮", "--unit", "隆岗县", NULL);
  g_assert_cmpint (round.status, ==, 0);
  g_assert_true (g_file_test (daily, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpint (sql_int (db, "SELECT count(*) FROM lookback_round", NULL), ==,
                   1 + sql_int (county_db, "SELECT count(*) FROM lookback_round", NULL));
}

static void
test_demo_refuses_non_empty (void)
{
  g_autofree char *before = expected_stats (county_db, NULL);
  g_autofree char *after = NULL;
  g_auto(HdCliRun) run = { 0 };

  run_cli (&run, "--db", county_db, "demo", "--scale", "county", "--seed", "2", NULL);
  hd_cli_run_assert_one_line_failure (&run, 1, NULL);
  after = expected_stats (county_db, NULL);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (sql_int (county_db, "SELECT count(*) FROM change_log", NULL), ==, 1);
}

static void
test_bad_usage (void)
{
  const char *cases[][6] = {
    { NULL },
    { "frobnicate", NULL },
    { "--nonsense", "stats", NULL },
    { "stats", "extra", NULL },
    { "stats", "--unit", NULL },
    { "check", "extra", NULL },
    { "backup", "a.db", "b.db", NULL },
    { "demo", NULL },
    { "demo", "--scale", "city", NULL },
    { "demo", "--scale", "county", "--seed", "minus", NULL },
    { "--today", "2014-02-30", "stats", NULL },
    { "--today", "2014-9-30", "stats", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(HdCliRun) run = { 0 };

      g_test_message ("case %u: %s", i, cases[i][0] != NULL ? cases[i][0] : "(none)");
      run_cli (&run, "--db", county_db, cases[i][0], cases[i][1], cases[i][2], cases[i][3], cases[i][4], NULL);
      hd_cli_run_assert_one_line_failure (&run, 2, "--help");
    }
}

static void
test_help (void)
{
  g_auto(HdCliRun) run = { 0 };

  run_cli (&run, "--help", NULL);
  g_assert_cmpint (run.status, ==, 0);
  for (const char * const *word = (const char * const[]) { "--db", "--today", "demo", "stats", "check", "backup", NULL };
       *word != NULL; word++)
    g_assert_nonnull (strstr (run.out, *word));
}

/* The Debian package's check (build-aux/build-deb.sh) compares this with the package's version. */
static void
test_version (void)
{
  g_auto(HdCliRun) run = { 0 };

  run_cli (&run, "--version", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "huodongban-cli " PACKAGE_VERSION "\n");
  g_assert_cmpstr (run.err, ==, "");
}

static void
test_not_a_database (void)
{
  g_autofree char *path = tmp_path ("notes.txt");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_auto(HdCliRun) run = { 0 };

  g_assert_true (g_file_set_contents (path, "这不是数据库。 This is not a database, just some notes.\n", -1, NULL));
  before = hd_test_file_digest (path);
  run_cli (&run, "--db", path, "stats", NULL);
  hd_cli_run_assert_one_line_failure (&run, 1, "notes.txt");
  after = hd_test_file_digest (path);
  g_assert_cmpstr (after, ==, before);
}

static void
test_too_new (void)
{
  g_autofree char *path = tmp_path ("newer.db");
  g_autofree char *sql = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = %d;"
                                          "CREATE TABLE future (id INTEGER PRIMARY KEY);",
                                          HD_STORE_APPLICATION_ID, hd_schema_get_current_version () + 1);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *backups = tmp_path ("newer.db.backups");
  g_auto(HdCliRun) run = { 0 };

  raw_exec (path, sql);
  before = hd_test_file_digest (path);
  run_cli (&run, "--db", path, "stats", NULL);
  hd_cli_run_assert_one_line_failure (&run, 1, "newer.db");
  after = hd_test_file_digest (path);
  g_assert_cmpstr (after, ==, before);
  g_assert_false (g_file_test (backups, G_FILE_TEST_EXISTS));
}

static void
test_missing_database (void)
{
  g_autofree char *path = tmp_path ("missing.db");
  g_auto(HdCliRun) run = { 0 };

  run_cli (&run, "--db", path, "stats", NULL);
  hd_cli_run_assert_one_line_failure (&run, 1, "missing.db");
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_auto(HdCliRun) demo = { 0 };
  int status;

  hd_cli_run_init (&argc, &argv);

  shared_dir = g_dir_make_tmp ("huodongban-test-cli-XXXXXX", &error);
  g_assert_no_error (error);
  county_db = tmp_path ("county.db");
  run_cli (&demo, "--db", county_db, "--today", "2014-09-30", "demo", "--scale", "county", NULL);
  g_assert_cmpint (demo.status, ==, 0);
  g_assert_cmpstr (demo.err, ==, "");

  g_test_add_func ("/cli/stats", test_stats);
  g_test_add_func ("/cli/stats/unit", test_stats_unit);
  g_test_add_func ("/cli/stats/unknown-unit", test_stats_unknown_unit);
  g_test_add_func ("/cli/check", test_check);
  g_test_add_func ("/cli/backup", test_backup);
  g_test_add_func ("/cli/daily-backup", test_daily_backup);
  g_test_add_func ("/cli/demo/refuses-non-empty", test_demo_refuses_non_empty);
  g_test_add_func ("/cli/bad-usage", test_bad_usage);
  g_test_add_func ("/cli/help", test_help);
  g_test_add_func ("/cli/version", test_version);
  g_test_add_func ("/cli/not-a-database", test_not_a_database);
  g_test_add_func ("/cli/too-new", test_too_new);
  g_test_add_func ("/cli/missing-database", test_missing_database);
  status = g_test_run ();

  hd_test_remove_tree (shared_dir);
  g_free (county_db);
  g_free (shared_dir);
  return status;
}
