/* hd-cli-commands.c — the commands of huodongban-cli. */
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "demo/hd-demo.h"
#include "hd-cli.h"
#include "import/hd-ledger-import.h"
#include "ledger/hd-light.h"
#include "ledger/hd-stats.h"
#include "organisation/hd-unit-edit.h"
#include "backup/hd-backup.h"
#include "store/hd-read.h"

G_DEFINE_QUARK (hd-cli-error-quark, hd_cli_error)

gboolean
hd_cli_parse_command (const char    *parameters,
                      GOptionEntry  *entries,
                      int           *argc,
                      char        ***argv,
                      int            n_positional,
                      GError       **error)
{
  /* The command's name in its --help usage line, where the program's name alone would mislead. */
  g_autofree char *usage = g_strdup_printf ("%s %s", (*argv)[0], parameters);
  g_autoptr(GOptionContext) context = g_option_context_new (usage);
  g_autoptr(GError) parse_error = NULL;

  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (entries != NULL)
    g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, argc, argv, &parse_error))
    {
      g_set_error (error, HD_CLI_ERROR, HD_CLI_ERROR_USAGE, "%s: %s", (*argv)[0], parse_error->message);
      return FALSE;
    }
  if (*argc - 1 < n_positional)
    {
      g_set_error (error, HD_CLI_ERROR, HD_CLI_ERROR_USAGE,
                   _("%s: an argument is missing (usage: %s %s)"), (*argv)[0], (*argv)[0], parameters);
      return FALSE;
    }
  if (*argc - 1 > n_positional)
    {
      g_set_error (error, HD_CLI_ERROR, HD_CLI_ERROR_USAGE,
                   _("%s: unexpected argument “%s” (usage: %s %s)"),
                   (*argv)[0], (*argv)[1 + n_positional], (*argv)[0], parameters);
      return FALSE;
    }
  return TRUE;
}

gboolean
hd_cli_run_subcommand (HdCli                  *cli,
                       const HdCliSubcommand  *subcommands,
                       guint                   n_subcommands,
                       int                     argc,
                       char                  **argv,
                       gboolean              (*usage_error) (GError    **error,
                                                             const char *message),
                       const char             *missing,
                       const char             *unknown,
                       GError                **error)
{
  const char *word = argc >= 2 ? argv[1] : NULL;

  if (word == NULL || g_str_has_prefix (word, "-"))
    return usage_error (error, missing);
  for (guint i = 0; i < n_subcommands; i++)
    if (g_str_equal (word, subcommands[i].name))
      {
        g_autoptr(HdStore) store = hd_cli_open_store (cli, subcommands[i].writes ? HD_CLI_OPEN_WRITE : HD_CLI_OPEN_READ,
                                                      error);

        return store != NULL && subcommands[i].run (cli, store, argc - 1, argv + 1, error);
      }
  {
    /* The format is one of ours, with the word as its one %s. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
    g_autofree char *message = g_strdup_printf (unknown, word);
#pragma GCC diagnostic pop

    return usage_error (error, message);
  }
}

/* A line on stderr for each step of an update of the data format, which may take a while. */
static void
report_step (const char *step,
             guint       done,
             guint       total,
             gpointer    user_data)
{
  HdCli *cli = user_data;

  /* Translators: the steps of updating a database to this version: the file, the step, and how
   * many of how many steps are done, e.g. “… (2/7)”. */
  g_printerr (_("huodongban-cli: updating “%s”: %s (%u/%u)\n"), cli->db_path, step, done + 1, total);
}

/* Opens the database; only "new", "demo" and the roster's import may create it, the other commands
 * refuse a missing file rather than leave an empty database behind. */
HdStore *
hd_cli_open_store (HdCli     *cli,
                   HdCliOpen  mode,
                   GError   **error)
{
  g_autoptr(HdStore) store = NULL;
  g_autoptr(GError) backup_error = NULL;

  if (mode == HD_CLI_OPEN_READ)
    return hd_store_open_read_only (cli->db_path, error);
  if (!(mode & HD_CLI_OPEN_CREATE) && !g_file_test (cli->db_path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, HD_CLI_ERROR, HD_CLI_ERROR_FAILED,
                   _("the database “%s” does not exist. Give the right file with --db PATH, or create one with “huodongban-cli new”."),
                   cli->db_path);
      return NULL;
    }
  store = hd_store_open_with_progress (cli->db_path, cli->now, report_step, cli, error);
  if (store == NULL)
    return NULL;

  if (!(mode & HD_CLI_OPEN_NO_BACKUP) && !hd_store_is_empty (store) &&
      !hd_backup_daily (cli->db_path, cli->now, &backup_error))
    g_printerr (_("huodongban-cli: warning: %s\n"), backup_error->message);
  return g_steal_pointer (&store);
}

void
hd_cli_remove_new_database (HdCli *cli)
{
  static const char * const suffixes[] = { "", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *path = g_strconcat (cli->db_path, suffixes[i], NULL);

      g_unlink (path);
    }
}

gboolean
hd_cli_demo (HdCli    *cli,
             int       argc,
             char    **argv,
             GError  **error)
{
  g_autofree char *scale_token = NULL;
  g_autofree char *seed_token = NULL;
  g_autoptr(HdStore) store = NULL;
  g_autoptr(GError) parse_error = NULL;
  GOptionEntry entries[] = {
    { "scale", 0, 0, G_OPTION_ARG_STRING, &scale_token,
      N_("“county”: the documents’ county; “province”: 100 such counties"), N_("county|province") },
    { "seed", 0, 0, G_OPTION_ARG_STRING, &seed_token,
      N_("Draw the data from this seed (default 1): the same seed gives the same data"), N_("N") },
    { NULL }
  };
  HdDemoScale scale;
  guint64 seed = 1;

  if (!hd_cli_parse_command ("--scale county|province [--seed N]", entries, &argc, &argv, 0, error))
    return FALSE;
  if (scale_token == NULL || !hd_demo_scale_from_string (scale_token, &scale))
    {
      g_set_error (error, HD_CLI_ERROR, HD_CLI_ERROR_USAGE,
                   _("demo: give the size of the data set with --scale county or --scale province"));
      return FALSE;
    }
  if (seed_token != NULL &&
      !g_ascii_string_to_unsigned (seed_token, 10, 0, G_MAXUINT32, &seed, &parse_error))
    {
      g_set_error (error, HD_CLI_ERROR, HD_CLI_ERROR_USAGE,
                   _("demo: the seed “%s” is not a whole number from 0 to %u"), seed_token, G_MAXUINT32);
      return FALSE;
    }

  store = hd_cli_open_store (cli, HD_CLI_OPEN_CREATE, error);
  return store != NULL && hd_demo_generate (store, scale, (guint32) seed, cli->today, error);
}

gboolean
hd_cli_new (HdCli    *cli,
            int       argc,
            char    **argv,
            GError  **error)
{
  g_autofree char *county = NULL;
  g_autofree char *code = NULL;
  g_auto(GStrv) townships = NULL;
  g_auto(GStrv) streets = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GPtrArray) kinds = g_ptr_array_new ();
  g_autoptr(HdStore) store = NULL;
  gboolean existed;
  GOptionEntry entries[] = {
    { "county", 0, 0, G_OPTION_ARG_STRING, &county, N_("The county’s name"), N_("NAME") },
    { "code", 0, 0, G_OPTION_ARG_STRING, &code, N_("The county’s code, e.g. its administrative division code"),
      N_("CODE") },
    { "township", 0, 0, G_OPTION_ARG_STRING_ARRAY, &townships,
      N_("A township of the county (乡镇); give it once for each"), N_("NAME") },
    { "street", 0, 0, G_OPTION_ARG_STRING_ARRAY, &streets,
      N_("A street of the county (街道); give it once for each"), N_("NAME") },
    { NULL }
  };

  if (!hd_cli_parse_command ("--county NAME [--code CODE] [--township NAME …] [--street NAME …]", entries, &argc,
                             &argv, 0, error))
    return FALSE;
  if (county == NULL || *g_strstrip (county) == '\0')
    {
      g_set_error (error, HD_CLI_ERROR, HD_CLI_ERROR_USAGE, _("new: name the county with --county NAME"));
      return FALSE;
    }
  /* The townships, then the streets, each in the order given. */
  for (guint i = 0; townships != NULL && townships[i] != NULL; i++)
    {
      g_ptr_array_add (names, g_strstrip (townships[i]));
      g_ptr_array_add (kinds, GINT_TO_POINTER (HD_UNIT_KIND_TOWNSHIP));
    }
  for (guint i = 0; streets != NULL && streets[i] != NULL; i++)
    {
      g_ptr_array_add (names, g_strstrip (streets[i]));
      g_ptr_array_add (kinds, GINT_TO_POINTER (HD_UNIT_KIND_STREET));
    }
  existed = g_file_test (cli->db_path, G_FILE_TEST_EXISTS);
  store = hd_cli_open_store (cli, HD_CLI_OPEN_CREATE | HD_CLI_OPEN_NO_BACKUP, error);
  if (store == NULL)
    return FALSE;
  if (hd_unit_create_county (store, NULL, county, code, names, kinds, error) == 0)
    {
      /* A file made for nothing does not stay behind. */
      g_clear_object (&store);
      if (!existed)
        hd_cli_remove_new_database (cli);
      return FALSE;
    }
  /* For the tools that read it: the same words in every language. */
  g_print ("%u units\n", names->len + 1);
  return TRUE;
}

gboolean
hd_cli_parse_plan (const char *text,
                   HdTaskPlan *plan)
{
  if (hd_task_plan_from_string (text, plan))
    return TRUE;
  for (guint p = 0; p < HD_TASK_N_PLANS; p++)
    if (g_str_equal (text, hd_ledger_plan_get_word (p)) || g_str_equal (text, hd_task_plan_get_label (p)))
      {
        *plan = p;
        return TRUE;
      }
  return FALSE;
}

gint64
hd_cli_find_unit (HdStore     *store,
                  const char  *spec,
                  GError     **error)
{
  g_auto(GStrv) names = NULL;
  sqlite3_stmt *stmt;
  gint64 id = 0;

  stmt = hd_store_prepare (store, "SELECT id FROM unit WHERE code = ?1", error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, spec, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (id != 0)
    return id;

  names = g_strsplit (spec, "/", -1);
  for (guint i = 0; names[i] != NULL; i++)
    {
      gint64 parent_id = id;
      guint n_found = 0;

      stmt = hd_store_prepare (store, "SELECT id FROM unit WHERE parent_id IS ?1 AND name = ?2 LIMIT 2", error);
      if (stmt == NULL)
        return 0;
      if (parent_id != 0)
        sqlite3_bind_int64 (stmt, 1, parent_id);
      sqlite3_bind_text (stmt, 2, names[i], -1, SQLITE_TRANSIENT);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          id = sqlite3_column_int64 (stmt, 0);
          n_found++;
        }
      sqlite3_reset (stmt);

      if (n_found == 0)
        {
          g_set_error (error, HD_CLI_ERROR, HD_CLI_ERROR_FAILED,
                       _("no unit has the code or the path “%s”. Give a unit’s code, or its names from the top of the hierarchy joined by “/”."),
                       spec);
          return 0;
        }
      if (n_found > 1)
        {
          g_set_error (error, HD_CLI_ERROR, HD_CLI_ERROR_FAILED,
                       _("more than one unit is called “%s” there, so “%s” is ambiguous. Give the unit’s code instead."),
                       names[i], spec);
          return 0;
        }
    }
  return id;
}

/* The top of the database: its one top unit, or 0 (every top unit a row) when it has several. */
gboolean
hd_cli_top_unit (HdStore  *store,
                 gint64   *unit_id,
                 GError  **error)
{
  gint64 first = 0, second = 0;

  if (!hd_read_id (store, "SELECT id FROM unit WHERE parent_id IS NULL ORDER BY position, id", 0, 0, &first, error)
      || !hd_read_id (store, "SELECT id FROM unit WHERE parent_id IS NULL ORDER BY position, id LIMIT 1 OFFSET 1",
                      0, 0, &second, error))
    return FALSE;
  *unit_id = second == 0 ? first : 0;
  return TRUE;
}

gboolean
hd_cli_stats (HdCli    *cli,
              int       argc,
              char    **argv,
              GError  **error)
{
  g_autofree char *unit_spec = NULL;
  g_autoptr(HdStore) store = NULL;
  g_autoptr(GArray) figures = NULL;
  GOptionEntry entries[] = {
    { "unit", 0, 0, G_OPTION_ARG_STRING, &unit_spec,
      N_("Count only this unit and the units under it: its code, or its names joined by “/”"), N_("UNIT") },
    { NULL }
  };
  gint64 unit_id = 0;

  if (!hd_cli_parse_command ("[--unit UNIT]", entries, &argc, &argv, 0, error))
    return FALSE;
  store = hd_cli_open_store (cli, HD_CLI_OPEN_READ, error);
  if (store == NULL)
    return FALSE;
  if (unit_spec != NULL && (unit_id = hd_cli_find_unit (store, unit_spec, error)) == 0)
    return FALSE;

  figures = hd_stats_compute (store, unit_id, cli->today, HD_LIGHT_DEFAULT_WARNING_DAYS, error);
  if (figures == NULL)
    return FALSE;
  for (guint i = 0; i < figures->len; i++)
    {
      const HdStatsFigure *figure = &g_array_index (figures, HdStatsFigure, i);

      g_print ("%s\t%" G_GINT64_FORMAT "\n", figure->key, figure->value);
    }
  return TRUE;
}

gboolean
hd_cli_check (HdCli    *cli,
              int       argc,
              char    **argv,
              GError  **error)
{
  g_autoptr(HdStore) store = NULL;

  if (!hd_cli_parse_command ("", NULL, &argc, &argv, 0, error))
    return FALSE;
  store = hd_cli_open_store (cli, HD_CLI_OPEN_READ, error);
  if (store == NULL || !hd_store_check (store, error))
    return FALSE;
  g_print ("ok\n");
  return TRUE;
}

