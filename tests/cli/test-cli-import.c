/* test-cli-import.c — huodongban-cli import roster FILE.csv: exit status 0, 1 or 2, the lines it
 * prints, and that a refused file leaves the database exactly as it was.
 *
 * The program under test comes as the first argument (meson passes the built one).
 */
#include <sys/wait.h>

#include "hd-test-util.h"
#include "hd-unit-edit.h"

static const char *cli_path;

typedef struct {
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

/* Runs the program on @db_path with @args (NULL-terminated) in an untranslated locale. */
static void
run_cli (Run        *run,
         const char *db_path,
         const char *first,
         ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  const char *arg;
  va_list args;
  int wait_status = 0;

  g_ptr_array_add (argv, (gpointer) cli_path);
  g_ptr_array_add (argv, (gpointer) "--db");
  g_ptr_array_add (argv, (gpointer) db_path);
  g_ptr_array_add (argv, (gpointer) "--today");
  g_ptr_array_add (argv, (gpointer) "2014-09-30");
  va_start (args, first);
  for (arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  envp = g_environ_setenv (envp, "LC_ALL", "C.UTF-8", TRUE);
  envp = g_environ_unsetenv (envp, "LANGUAGE");
  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                               &run->out, &run->err, &wait_status, &error));
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  run->status = WEXITSTATUS (wait_status);
}

static void
assert_one_line_failure (Run        *run,
                         int         status,
                         const char *fragment)
{
  g_assert_cmpint (run->status, ==, status);
  g_assert_cmpstr (run->out, ==, "");
  g_assert_true (g_str_has_prefix (run->err, "huodongban-cli: "));
  g_assert_true (strchr (run->err, '\n') == run->err + strlen (run->err) - 1);
  if (fragment != NULL)
    g_assert_nonnull (strstr (run->err, fragment));
}

/* 示范县 with one township, 城关镇, in a new folder; returns the database's path. */
static char *
make_county (char **dir)
{
  g_autoptr(HdStore) store = NULL;
  g_autoptr(GError) error = NULL;
  gint64 county_id;

  *dir = hd_test_make_tmpdir ();
  store = hd_test_open_store (*dir, "county.db");
  county_id = hd_unit_create (store, NULL, 0, HD_UNIT_KIND_COUNTY, "示范县", NULL, &error);
  g_assert_no_error (error);
  hd_unit_create (store, NULL, county_id, HD_UNIT_KIND_TOWNSHIP, "城关镇", NULL, &error);
  g_assert_no_error (error);
  return g_strdup (hd_store_get_path (store));
}

static char *
write_file (const char *dir,
            const char *name,
            const char *content,
            gssize      length)
{
  char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, content, length, &error);
  g_assert_no_error (error);
  return path;
}

static gint64
count (const char *db_path,
       const char *sql)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HdStore) store = hd_store_open (db_path, &error);

  g_assert_no_error (error);
  return hd_test_query_int (store, sql);
}

static const char roster[] =
  "上级单位,单位,单位类型,姓名,性别,职务,是否党员,联系电话,备注\n"
  "示范县/城关镇,王庄村,村,张三,男,村支书,是,13800000001,老支书\n"
  "示范县/城关镇,王庄村,村,\"王五, 小名“五子”\",女,委员,否,13800000003,\n"
  "示范县,城关镇,,赵六,男,镇长,是,13800000004,\n";

static void
assert_imported (const char *db_path)
{
  g_assert_cmpint (count (db_path, "SELECT count(*) FROM unit"), ==, 3);
  g_assert_cmpint (count (db_path, "SELECT count(*) FROM person"), ==, 3);
  g_assert_cmpint (count (db_path, "SELECT count(*) FROM person p JOIN unit u ON u.id = p.unit_id "
                                   "WHERE u.name = '王庄村' AND u.kind = 'village' AND p.name = '王五, 小名“五子”' "
                                   "AND p.gender = 2 AND p.party_member = 0"), ==, 1);
  g_assert_cmpint (count (db_path, "SELECT count(*) FROM person p JOIN unit u ON u.id = p.unit_id "
                                   "WHERE u.name = '城关镇' AND p.name = '赵六' AND p.title = '镇长'"), ==, 1);
}

static void
test_utf8_bom (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *db_path = make_county (&dir);
  g_autofree char *content = g_strconcat ("\xEF\xBB\xBF", roster, NULL);
  g_autofree char *csv = write_file (dir, "roster.csv", content, -1);
  g_auto(Run) run = { 0 };

  run_cli (&run, db_path, "import", "roster", csv, NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "Imported 3 rows: 3 people added, 0 updated, 0 unchanged, 1 new units.\n");
  assert_imported (db_path);
}

static void
test_gb18030 (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *db_path = make_county (&dir);
  g_autoptr(GError) error = NULL;
  gsize length = 0;
  g_autofree char *content = g_convert (roster, -1, "GB18030", "UTF-8", NULL, &length, &error);
  g_autofree char *csv = NULL;
  g_auto(Run) run = { 0 };

  g_assert_no_error (error);
  csv = write_file (dir, "roster-wps.csv", content, (gssize) length);
  run_cli (&run, db_path, "import", "roster", csv, NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  assert_imported (db_path);
}

static void
test_bad_rows (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *db_path = make_county (&dir);
  g_autofree char *csv = write_file (dir, "bad.csv",
                                     "上级单位,单位,单位类型,姓名,性别,职务,是否党员,联系电话\n"
                                     "示范县/城关镇,王庄村,村,张三,男,村支书,是,13800000001\n"
                                     "示范县/城关镇,李庄村,庄,李四,女,主任,是,13800000002\n"
                                     ",,,王五,男,委员,否,13800000003\n"
                                     "示范县/城关镇,王庄村,村,赵六,男,委员,有,13800000004\n", -1);
  g_auto(Run) run = { 0 };
  gint64 n_units = count (db_path, "SELECT count(*) FROM unit");
  gint64 n_changes = count (db_path, "SELECT count(*) FROM change_log");

  run_cli (&run, db_path, "import", "roster", csv, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_cmpstr (run.err, ==,
                   "row 3: unknown unit kind “庄”: write 县, 镇, 街道, 村, 社区, 县直部门 or 其他\n"
                   "row 4: the unit is missing: fill in the column 单位\n"
                   "row 5: 是否党员 must be 是 or 否, not “有”\n"
                   "huodongban-cli: Nothing was imported: 3 rows are bad. Correct them in the file and import again.\n");

  /* Not even the good row was written. */
  g_assert_cmpint (count (db_path, "SELECT count(*) FROM unit"), ==, n_units);
  g_assert_cmpint (count (db_path, "SELECT count(*) FROM person"), ==, 0);
  g_assert_cmpint (count (db_path, "SELECT count(*) FROM change_log"), ==, n_changes);
}

static void
test_reimport (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *db_path = make_county (&dir);
  g_autofree char *csv = write_file (dir, "roster.csv", roster, -1);
  g_autofree char *changed_csv = NULL;
  g_auto(Run) first = { 0 };
  g_auto(Run) again = { 0 };
  g_auto(Run) update = { 0 };

  run_cli (&first, db_path, "import", "roster", csv, NULL);
  g_assert_cmpint (first.status, ==, 0);
  run_cli (&again, db_path, "import", "roster", csv, NULL);
  g_assert_cmpint (again.status, ==, 0);
  g_assert_cmpstr (again.out, ==, "Imported 3 rows: 0 people added, 0 updated, 3 unchanged, 0 new units.\n");
  assert_imported (db_path);

  /* Same unit, name and phone: the same person, updated rather than added. */
  changed_csv = write_file (dir, "changed.csv",
                            "上级单位,单位,单位类型,姓名,性别,职务,是否党员,联系电话\n"
                            "示范县,城关镇,,赵六,男,镇党委书记,是,13800000004\n", -1);
  run_cli (&update, db_path, "import", "roster", changed_csv, NULL);
  g_assert_cmpint (update.status, ==, 0);
  g_assert_cmpstr (update.out, ==, "Imported 1 row: 0 people added, 1 updated, 0 unchanged, 0 new units.\n");
  g_assert_cmpint (count (db_path, "SELECT count(*) FROM person"), ==, 3);
  g_assert_cmpint (count (db_path, "SELECT count(*) FROM person WHERE name = '赵六' AND title = '镇党委书记'"), ==, 1);
}

static void
test_unreadable (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *db_path = make_county (&dir);
  g_autofree char *missing = g_build_filename (dir, "missing.csv", NULL);
  g_autofree char *no_columns = write_file (dir, "names.csv", "名字,电话\n张三,13800000001\n", -1);
  g_autofree char *no_db = g_build_filename (dir, "nowhere.db", NULL);
  g_auto(Run) run = { 0 };
  g_auto(Run) columns = { 0 };
  g_auto(Run) database = { 0 };

  run_cli (&run, db_path, "import", "roster", missing, NULL);
  assert_one_line_failure (&run, 1, missing);

  run_cli (&columns, db_path, "import", "roster", no_columns, NULL);
  assert_one_line_failure (&columns, 1, "单位");
  g_assert_cmpint (count (db_path, "SELECT count(*) FROM person"), ==, 0);

  /* The database must exist: an import never creates an empty one. */
  run_cli (&database, no_db, "import", "roster", no_columns, NULL);
  assert_one_line_failure (&database, 1, no_db);
  g_assert_false (g_file_test (no_db, G_FILE_TEST_EXISTS));
}

static void
test_bad_usage (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *db_path = make_county (&dir);
  g_autofree char *csv = write_file (dir, "roster.csv", roster, -1);
  g_auto(Run) bare = { 0 };
  g_auto(Run) no_file = { 0 };
  g_auto(Run) ledger = { 0 };
  g_auto(Run) extra = { 0 };

  run_cli (&bare, db_path, "import", NULL);
  assert_one_line_failure (&bare, 2, "import roster FILE.csv");
  run_cli (&no_file, db_path, "import", "roster", NULL);
  assert_one_line_failure (&no_file, 2, "import roster FILE.csv");
  run_cli (&ledger, db_path, "import", "ledger", "x.csv", NULL);
  assert_one_line_failure (&ledger, 2, "“ledger”");
  run_cli (&extra, db_path, "import", "roster", csv, csv, NULL);
  assert_one_line_failure (&extra, 2, "unexpected argument");
  g_assert_cmpint (count (db_path, "SELECT count(*) FROM person"), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  if (argc < 2)
    {
      g_printerr ("usage: %s [GTEST-OPTION…] PATH-TO-HUODONGBAN-CLI\n", argv[0]);
      return 2;
    }
  cli_path = argv[1];

  g_test_add_func ("/cli-import/utf8-bom", test_utf8_bom);
  g_test_add_func ("/cli-import/gb18030", test_gb18030);
  g_test_add_func ("/cli-import/bad-rows", test_bad_rows);
  g_test_add_func ("/cli-import/reimport", test_reimport);
  g_test_add_func ("/cli-import/unreadable", test_unreadable);
  g_test_add_func ("/cli-import/bad-usage", test_bad_usage);
  return g_test_run ();
}
