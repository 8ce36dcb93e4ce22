/* hd-cli-run.c — running the built huodongban-cli from a test program. */
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

#include "hd-cli-run.h"
#include "organisation/hd-unit-edit.h"

static const char *cli_path;

void
hd_cli_run_clear (HdCliRun *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

void
hd_cli_run_init (int    *argc,
                 char ***argv)
{
  g_test_init (argc, argv, NULL);
  if (*argc < 2)
    {
      g_printerr ("usage: %s [GTEST-OPTION…] PATH-TO-HUODONGBAN-CLI\n", (*argv)[0]);
      exit (2);
    }
  cli_path = (*argv)[1];
}

const char *
hd_cli_run_get_program (void)
{
  return cli_path;
}

void
hd_cli_run_spawn (HdCliRun   *run,
                  GPtrArray  *argv,
                  char      **envp,
                  const char *first,
                  va_list     args)
{
  g_auto(GStrv) env = g_environ_setenv (g_strdupv (envp), "LC_ALL", "C.UTF-8", TRUE);
  g_autoptr(GError) error = NULL;
  int wait_status = 0;

  for (const char *arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  g_ptr_array_add (argv, NULL);

  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, env, G_SPAWN_DEFAULT, NULL, NULL,
                               &run->out, &run->err, &wait_status, &error));
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  run->status = WEXITSTATUS (wait_status);
}

void
hd_cli_run (HdCliRun   *run,
            const char *db_path,
            const char *first,
            ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_get_environ ();
  va_list args;

  g_assert_nonnull (cli_path);
  g_ptr_array_add (argv, (gpointer) cli_path);
  g_ptr_array_add (argv, (gpointer) "--db");
  g_ptr_array_add (argv, (gpointer) db_path);
  g_ptr_array_add (argv, (gpointer) "--today");
  g_ptr_array_add (argv, (gpointer) "2014-09-30");
  envp = g_environ_unsetenv (envp, "LANGUAGE");
  va_start (args, first);
  hd_cli_run_spawn (run, argv, envp, first, args);
  va_end (args);
}

void
hd_cli_run_assert_one_line_failure (HdCliRun   *run,
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

void
hd_cli_run_assert_failures (const char         *db_path,
                            const HdCliFailure *cases,
                            guint               n_cases)
{
  for (guint i = 0; i < n_cases; i++)
    {
      g_auto(HdCliRun) run = { 0 };

      hd_cli_run_args (&run, db_path, "2014-09-30", cases[i].args);
      hd_cli_run_assert_one_line_failure (&run, cases[i].status, cases[i].fragment);
    }
}

char *
hd_cli_run_make_county (char **dir)
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

char *
hd_cli_run_write_file (const char *dir,
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

gint64
hd_cli_run_count (const char *db_path,
                  const char *sql)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HdStore) store = hd_store_open (db_path, &error);

  g_assert_no_error (error);
  return hd_test_query_int (store, sql);
}

char *
hd_cli_run_text (const char *db_path,
                 const char *sql)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HdStore) store = hd_store_open (db_path, &error);

  g_assert_no_error (error);
  return hd_test_query_text (store, sql);
}

void
hd_cli_run_assert_success (HdCliRun   *run,
                           const char *out)
{
  g_assert_cmpstr (run->err, ==, "");
  g_assert_cmpint (run->status, ==, 0);
  if (out != NULL)
    g_assert_cmpstr (run->out, ==, out);
}

char *
hd_cli_run_import_encoded (const char *kind,
                           const char *name,
                           const char *content,
                           const char *encoding,
                           const char *out)
{
  g_autofree char *dir = NULL;
  char *db_path = hd_cli_run_make_county (&dir);
  g_autoptr(GError) error = NULL;
  g_autofree char *encoded = NULL;
  gsize length = 0;
  g_autofree char *csv = NULL;

  if (g_str_equal (encoding, "UTF-8-BOM"))
    {
      encoded = g_strconcat ("\xEF\xBB\xBF", content, NULL);
      length = strlen (encoded);
    }
  else
    {
      encoded = g_convert (content, -1, encoding, "UTF-8", NULL, &length, &error);
      g_assert_no_error (error);
    }
  csv = hd_cli_run_write_file (dir, name, encoded, (gssize) length);
  hd_cli_run_import (db_path, kind, csv, out);
  return db_path;
}

void
hd_cli_run_test_import_case (gconstpointer data)
{
  const HdCliImportCase *c = data;
  g_autofree char *db_path = hd_cli_run_import_encoded (c->kind, c->name, c->content, c->encoding, c->out);

  c->check (db_path);
}

void
hd_cli_run_import (const char *db_path,
                   const char *kind,
                   const char *csv,
                   const char *out)
{
  g_auto(HdCliRun) run = { 0 };

  hd_cli_run (&run, db_path, "import", kind, csv, NULL);
  hd_cli_run_assert_success (&run, out);
}

void
hd_cli_run_assert_import_refused (const char *db_path,
                                  const char *kind,
                                  const char *csv,
                                  const char *err,
                                  const char *count_sql)
{
  g_auto(HdCliRun) run = { 0 };
  gint64 n_changes = hd_cli_run_count (db_path, "SELECT count(*) FROM change_log");

  hd_cli_run (&run, db_path, "import", kind, csv, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_cmpstr (run.err, ==, err);
  g_assert_cmpint (hd_cli_run_count (db_path, "SELECT count(*) FROM change_log"), ==, n_changes);
  g_assert_cmpint (hd_cli_run_count (db_path, count_sql), ==, 0);
}

/* hd_cli_run_spawn with nothing after @argv. */
static void
spawn_argv (HdCliRun   *run,
            GPtrArray  *argv,
            char      **envp,
            ...)
{
  va_list none;

  va_start (none, envp);
  hd_cli_run_spawn (run, argv, envp, NULL, none);
  va_end (none);
}

void
hd_cli_run_args (HdCliRun           *run,
                 const char         *db_path,
                 const char         *today,
                 const char * const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_get_environ ();

  g_ptr_array_add (argv, (char *) hd_cli_run_get_program ());
  g_ptr_array_add (argv, "--db");
  g_ptr_array_add (argv, (char *) db_path);
  g_ptr_array_add (argv, "--today");
  g_ptr_array_add (argv, (char *) today);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  spawn_argv (run, argv, envp);
}
