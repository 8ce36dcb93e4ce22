/* test-cli-upgrade.c — updating a database of an earlier data format: `upgrade` reports each
 * step on stderr; killed (SIGKILL) in the middle it leaves the old database as it was, and run
 * again it completes with the same overview as a database made in this format.
 *
 * The database of the earlier format is the demo county without what format 14 added (the
 * overview's counts), which is exactly what the update from 13 adds back.
 *
 * The program under test comes as the first argument (meson passes the built one).
 */
#include <signal.h>
#include <stdio.h>
#include <sys/wait.h>
#include <sqlite3.h>

#include "hd-cli-run.h"

#define RUN(run, db, ...) hd_cli_run_args ((run), (db), "2014-09-30", (const char *[]) { __VA_ARGS__, NULL })

static void
exec_sql (const char *db_path,
          const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (db_path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

/* Read with SQLite alone: opening the database in the application's way would update it. */
static char *
raw_text (const char *db_path,
          const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  char *text;

  g_assert_cmpint (sqlite3_open_v2 (db_path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return text;
}

/* The demo county in format 13: format 14's triggers and tables dropped. */
static void
make_format_13 (const char *db_path)
{
  g_autofree char *triggers = raw_text (db_path, "SELECT group_concat ('DROP TRIGGER ' || name, ';')"
                                                        " FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'tally%'");
  g_autofree char *tables = raw_text (db_path, "SELECT group_concat ('DROP TABLE ' || name, ';')"
                                                      " FROM sqlite_schema WHERE type = 'table' AND name LIKE 'tally%'");
  g_autofree char *sql = g_strdup_printf ("%s;%s;" HD_TEST_DROP_FORMAT_15 ";PRAGMA user_version = 13",
                                          triggers, tables);

  exec_sql (db_path, sql);
}

static char *
figures (const char *db)
{
  return raw_text (db, "SELECT (SELECT user_version FROM pragma_user_version) || ' '"
                              " || (SELECT count(*) FROM unit) || ' ' || (SELECT count(*) FROM person) || ' '"
                              " || (SELECT count(*) FROM task) || ' ' || (SELECT count(*) FROM sqlite_schema WHERE name LIKE 'tally%')"
                              " || ' ' || (SELECT quick_check FROM pragma_quick_check)");
}

/* Starts `upgrade` on @db, reads its stderr until the line of step @step, and kills it there. */
static void
kill_at_step (const char *db,
              const char *step)
{
  const char *argv[] = { hd_cli_run_get_program (), "--db", db, "--today", "2014-09-30", "upgrade", NULL };
  g_auto(GStrv) envp = g_environ_setenv (g_get_environ (), "LANGUAGE", "C", TRUE);
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) seen = g_string_new (NULL);
  GPid pid;
  int err_fd, status;
  FILE *err;
  char line[1024];
  gboolean killed = FALSE;

  envp = g_environ_setenv (envp, "LC_ALL", "C.UTF-8", TRUE);
  g_assert_true (g_spawn_async_with_pipes (NULL, (char **) argv, envp, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL, &pid,
                                           NULL, NULL, &err_fd, &error));
  g_assert_no_error (error);
  err = fdopen (err_fd, "r");
  while (fgets (line, sizeof line, err) != NULL)
    {
      g_string_append (seen, line);
      if (strstr (line, step) != NULL)
        {
          kill (pid, SIGKILL);
          killed = TRUE;
          break;
        }
    }
  fclose (err);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_spawn_close_pid (pid);
  if (!killed)
    g_error ("upgrade never reported “%s”; it wrote:\n%s", step, seen->str);
  g_assert_true (WIFSIGNALED (status));
  g_assert_cmpint (WTERMSIG (status), ==, SIGKILL);
  /* The steps before, in order. */
  g_assert_nonnull (strstr (seen->str, "Keeping a copy of the database as it is (1/6)\n"));
  g_assert_nonnull (strstr (seen->str, "Updating the records to data format 14 (2/6)\n"));
}

static void
test_killed_then_completed (void)
{
  g_autofree char *dir = hd_test_make_tmpdir ();
  g_autofree char *db = g_build_filename (dir, "old.db", NULL);
  g_autofree char *fresh = g_build_filename (dir, "fresh.db", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after_kill = NULL;
  g_autofree char *expected_overview = NULL;
  g_auto(HdCliRun) demo = { 0 };
  g_auto(HdCliRun) fresh_demo = { 0 };
  g_auto(HdCliRun) refused = { 0 };
  g_auto(HdCliRun) upgrade = { 0 };
  g_auto(HdCliRun) overview = { 0 };
  g_auto(HdCliRun) fresh_overview = { 0 };

  RUN (&demo, db, "demo", "--scale", "county");
  g_assert_cmpint (demo.status, ==, 0);
  make_format_13 (db);
  before = figures (db);
  g_assert_true (g_str_has_prefix (before, "13 "));
  g_assert_true (g_str_has_suffix (before, " 0 ok"));

  /* Killed while it counts the overview's figures, inside its one transaction. */
  kill_at_step (db, "Counting each unit’s figures for the overview (5/6)");
  after_kill = figures (db);
  g_assert_cmpstr (after_kill, ==, before);

  /* A command that only reads still refuses the old format and leaves it. */
  RUN (&refused, db, "stats");
  hd_cli_run_assert_one_line_failure (&refused, 1, "huodongban-cli upgrade");

  /* Run again, it completes, and the overview is that of a database made in this format. */
  RUN (&upgrade, db, "upgrade");
  g_assert_cmpint (upgrade.status, ==, 0);
  g_assert_cmpstr (upgrade.out, ==, "format 15\n");
  g_assert_nonnull (strstr (upgrade.err, "Saving the updated database (6/6)\n"));
  RUN (&overview, db, "overview");
  g_assert_cmpint (overview.status, ==, 0);
  RUN (&fresh_demo, fresh, "demo", "--scale", "county");
  RUN (&fresh_overview, fresh, "overview");
  g_assert_cmpint (fresh_overview.status, ==, 0);
  g_assert_cmpstr (overview.out, ==, fresh_overview.out);
  g_assert_cmpuint (strlen (overview.out), >, 100);
}

int
main (int   argc,
      char *argv[])
{
  hd_cli_run_init (&argc, &argv);
  g_test_add_func ("/cli-upgrade/killed-then-completed", test_killed_then_completed);
  return g_test_run ();
}
