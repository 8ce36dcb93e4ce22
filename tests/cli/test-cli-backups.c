/* test-cli-backups.c — the backup copies from the command line: commands that only read leave a
 * file (zero-byte, missing, read-only, of an earlier format) byte-identical and take no copy;
 * `backups` lists the copies as PATH, DATE, SIZE and KIND, newest first; a week of daily copies of
 * the demo county takes at most twice the database's size; `restore` brings back exactly the
 * figures of the copy, keeps the database as it was, and is refused while another program has
 * the database open.
 *
 * The program under test comes as the first argument (meson passes the built one).
 */
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "hd-cli-run.h"

#define RUN(run, db, today, ...) hd_cli_run_args ((run), (db), (today), (const char *[]) { __VA_ARGS__, NULL })

static char *county_db;

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The names in @dir, sorted, one a line. */
static char *
list_folder (const char *dir)
{
  g_autoptr(GDir) folder = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while (folder != NULL && (name = g_dir_read_name (folder)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv ("\n", (char **) names->pdata);
}

static void
assert_reads_leave (const char *db,
                    int         status)
{
  const char *commands[][8] = {
    { "stats", NULL },
    { "check", NULL },
    { "overview", NULL },
    { "notice", "list", NULL },
    { "export", "ledger", "--unit", "隆岗县", "--format", "csv", "-o", NULL },
  };
  g_autofree char *dir = g_path_get_dirname (db);
  g_autofree char *out = g_build_filename (dir, "out.csv", NULL);
  g_autofree char *before = list_folder (dir);
  g_autofree char *digest = g_file_test (db, G_FILE_TEST_EXISTS) ? hd_test_file_digest (db) : NULL;

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_auto(HdCliRun) run = { 0 };
      const char *args[10] = { 0 };
      g_autofree char *after = NULL;
      g_autofree char *digest_after = NULL;
      guint n = 0;

      for (; commands[i][n] != NULL; n++)
        args[n] = commands[i][n];
      if (g_str_equal (commands[i][0], "export"))
        args[n++] = out;
      hd_cli_run_args (&run, db, "2014-09-30", args);
      g_assert_cmpint (run.status, ==, status);
      g_unlink (out);
      after = list_folder (dir);
      g_assert_cmpstr (after, ==, before);
      digest_after = g_file_test (db, G_FILE_TEST_EXISTS) ? hd_test_file_digest (db) : NULL;
      g_assert_cmpstr (digest_after, ==, digest);
    }
}

static void
test_read_only (void)
{
  g_autofree char *dir = hd_test_make_tmpdir ();
  g_autofree char *zero = g_build_filename (dir, "zero.db", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.db", NULL);
  g_autofree char *read_only = g_build_filename (dir, "read-only.db", NULL);
  g_autofree char *older = g_build_filename (dir, "older.db", NULL);
  g_auto(HdCliRun) empty = { 0 };
  g_auto(HdCliRun) old_format = { 0 };
  g_auto(HdCliRun) upgrade = { 0 };
  g_auto(HdCliRun) stats = { 0 };
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_set_contents (zero, "", 0, NULL));
  assert_reads_leave (zero, 1);
  RUN (&empty, zero, "2014-09-30", "stats");
  hd_cli_run_assert_one_line_failure (&empty, 1, "is empty");

  assert_reads_leave (missing, 1);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));

  g_assert_true (g_file_get_contents (county_db, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (read_only, contents, (gssize) length, NULL));
  g_assert_cmpint (g_chmod (read_only, 0444), ==, 0);
  assert_reads_leave (read_only, 0);

  /* A database of an earlier format: read commands refuse and leave it; "upgrade" updates it. */
  {
    g_autofree char *fixture = g_test_build_filename (G_TEST_DIST, "fixtures", "schema-v9.sql", NULL);
    g_autofree char *sql = NULL;
    sqlite3 *db = NULL;

    g_assert_true (g_file_get_contents (fixture, &sql, NULL, NULL));
    g_assert_cmpint (sqlite3_open (older, &db), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
    sqlite3_close (db);
  }
  assert_reads_leave (older, 1);
  RUN (&old_format, older, "2014-09-30", "stats");
  hd_cli_run_assert_one_line_failure (&old_format, 1, "huodongban-cli upgrade");
  RUN (&upgrade, older, "2014-09-30", "upgrade");
  g_assert_cmpint (upgrade.status, ==, 0);
  RUN (&stats, older, "2014-09-30", "stats");
  g_assert_cmpint (stats.status, ==, 0);
}

typedef struct {
  char *path, *date, *kind;
  guint64 size;
} Listed;

static void
listed_clear (Listed *listed)
{
  g_free (listed->path);
  g_free (listed->date);
  g_free (listed->kind);
}

/* Runs `backups` and parses its lines, asserting their form. */
static GArray *
list_backups (const char *db)
{
  g_auto(HdCliRun) run = { 0 };
  g_auto(GStrv) lines = NULL;
  GArray *listed = g_array_new (FALSE, TRUE, sizeof (Listed));

  g_array_set_clear_func (listed, (GDestroyNotify) listed_clear);
  RUN (&run, db, "2014-09-30", "backups");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  lines = g_strsplit (run.out, "\n", -1);
  for (guint i = 0; lines[i] != NULL && *lines[i] != '\0'; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], "\t", -1);
      Listed item;
      GStatBuf st;

      g_assert_cmpuint (g_strv_length (fields), ==, 4);
      item.path = g_strdup (fields[0]);
      item.date = g_strdup (fields[1]);
      item.size = g_ascii_strtoull (fields[2], NULL, 10);
      item.kind = g_strdup (fields[3]);
      g_assert_cmpint (g_stat (item.path, &st), ==, 0);
      g_assert_cmpuint (item.size, >=, (guint64) st.st_size);
      g_array_append_val (listed, item);
    }
  return listed;
}

static char *
figures (const char *db)
{
  return hd_cli_run_text (db, "SELECT (SELECT count(*) FROM unit) || ' ' || (SELECT count(*) FROM person) || ' '"
                              " || (SELECT count(*) FROM task) || ' ' || (SELECT count(*) FROM lookback_round)");
}

static void
test_week_and_restore (void)
{
  g_autofree char *dir = hd_test_make_tmpdir ();
  g_autofree char *db = g_build_filename (dir, "county.db", NULL);
  g_autofree char *backups = g_build_filename (dir, "county.db.backups", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *figures_of_day_3 = NULL;
  g_autofree char *figures_at_end = NULL;
  g_autofree char *restored_figures = NULL;
  g_autoptr(GArray) week = NULL;
  g_autoptr(GArray) after = NULL;
  guint64 total = 0;
  gsize length;

  g_assert_true (g_file_get_contents (county_db, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (db, contents, (gssize) length, NULL));

  /* Nine days with a change each: a new look-back round of a township. */
  for (int day = 1; day <= 9; day++)
    {
      g_autofree char *today = g_strdup_printf ("2014-10-%02d", day);
      g_autofree char *name = g_strdup_printf ("第%d轮", day);
      g_auto(HdCliRun) run = { 0 };

      if (day == 3)
        figures_of_day_3 = figures (db);
      RUN (&run, db, today, "lookback", "open", "--name", name, "--unit", "隆岗县/太店镇");
      g_assert_cmpint (run.status, ==, 0);
    }
  figures_at_end = figures (db);

  week = list_backups (db);
  g_assert_cmpuint (week->len, >=, 7);
  for (guint i = 0; i < week->len; i++)
    {
      Listed *item = &g_array_index (week, Listed, i);
      g_autofree char *name = g_path_get_basename (item->path);
      g_autofree char *dir_of = g_path_get_dirname (item->path);

      g_assert_cmpstr (dir_of, ==, backups);
      g_assert_cmpstr (item->kind, ==, "daily");
      if (i < 7)
        {
          g_autofree char *date = g_strdup_printf ("2014-10-%02u 12:00:00", 9 - i);
          g_assert_cmpstr (item->date, ==, date);
        }
      g_assert_true (g_str_has_suffix (name, ".gz"));
      total += item->size;
    }
  /* The week takes at most twice the database. */
  g_assert_cmpuint (total, <=, 2 * (guint64) hd_cli_run_count (db, "SELECT page_count * page_size FROM pragma_page_count, pragma_page_size"));

  /* Refused while another program has the database open; nothing changes. */
  {
    sqlite3 *holder = NULL;
    g_auto(HdCliRun) refused = { 0 };
    g_autofree char *unchanged = NULL;
    Listed *day_3 = &g_array_index (week, Listed, 6);

    g_assert_cmpstr (day_3->date, ==, "2014-10-03 12:00:00");
    g_assert_cmpint (sqlite3_open (db, &holder), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_exec (holder, "SELECT count(*) FROM unit", NULL, NULL, NULL), ==, SQLITE_OK);
    RUN (&refused, db, "2014-10-09", "restore", day_3->path);
    hd_cli_run_assert_one_line_failure (&refused, 1, "is open in another program");
    sqlite3_close (holder);
    unchanged = figures (db);
    g_assert_cmpstr (unchanged, ==, figures_at_end);
  }

  /* The copy of day 3 (taken before that day's change) brings back exactly its figures. */
  {
    g_auto(HdCliRun) restore = { 0 };
    g_autofree char *kept_line = NULL;
    Listed *day_3 = &g_array_index (week, Listed, 6);
    Listed *kept;

    RUN (&restore, db, "2014-10-09", "restore", day_3->path);
    g_assert_cmpint (restore.status, ==, 0);
    g_assert_cmpstr (restore.err, ==, "");
    restored_figures = figures (db);
    g_assert_cmpstr (restored_figures, ==, figures_of_day_3);
    g_assert_cmpint (hd_cli_run_count (db, "SELECT count(*) FROM pragma_quick_check WHERE quick_check = 'ok'"), ==, 1);

    /* The database as it was: the newest copy, a manual one, and it restores the end. */
    after = list_backups (db);
    kept = &g_array_index (after, Listed, 0);
    g_assert_cmpstr (kept->kind, ==, "manual");
    g_assert_cmpstr (kept->date, ==, "2014-10-09 12:00:00");
    kept_line = g_strdup_printf ("“%s”", kept->path);
    g_assert_nonnull (strstr (restore.out, kept_line));
    {
      g_auto(HdCliRun) back = { 0 };
      g_autofree char *end_again = NULL;

      RUN (&back, db, "2014-10-09", "restore", kept->path);
      g_assert_cmpint (back.status, ==, 0);
      end_again = figures (db);
      g_assert_cmpstr (end_again, ==, figures_at_end);
    }
  }

  /* Only a listed copy is restored. */
  {
    g_auto(HdCliRun) stranger = { 0 };

    RUN (&stranger, db, "2014-10-09", "restore", county_db);
    hd_cli_run_assert_one_line_failure (&stranger, 1, "is not one of the backup copies");
  }
}

static void
test_manual_copy (void)
{
  g_autofree char *dir = hd_test_make_tmpdir ();
  g_autofree char *db = g_build_filename (dir, "county.db", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GArray) listed = NULL;
  g_auto(HdCliRun) run = { 0 };
  gsize length;

  g_assert_true (g_file_get_contents (county_db, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (db, contents, (gssize) length, NULL));
  RUN (&run, db, "2014-09-30", "backup");
  g_assert_cmpint (run.status, ==, 0);
  listed = list_backups (db);
  g_assert_cmpuint (listed->len, ==, 1);
  g_assert_cmpstr (g_array_index (listed, Listed, 0).kind, ==, "manual");
  g_assert_true (g_str_has_prefix (run.out, g_array_index (listed, Listed, 0).path));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = NULL;
  int status;

  hd_cli_run_init (&argc, &argv);
  dir = g_dir_make_tmp ("huodongban-test-cli-backups-XXXXXX", NULL);
  g_assert_nonnull (dir);
  county_db = g_build_filename (dir, "demo.db", NULL);
  {
    g_auto(HdCliRun) demo = { 0 };

    RUN (&demo, county_db, "2014-09-30", "demo", "--scale", "county");
    g_assert_cmpint (demo.status, ==, 0);
  }
  g_test_add_func ("/cli-backups/read-only", test_read_only);
  g_test_add_func ("/cli-backups/week-and-restore", test_week_and_restore);
  g_test_add_func ("/cli-backups/manual-copy", test_manual_copy);
  status = g_test_run ();
  hd_test_remove_tree (dir);
  g_free (county_db);
  return status;
}
