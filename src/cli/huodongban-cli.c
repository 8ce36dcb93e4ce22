/* huodongban-cli.c — the command line: huodongban-cli [--db PATH] [--today YYYY-MM-DD] COMMAND …
 *
 * Other tools rely on its contract: exit status 0 on success, 1 on failure with one translated
 * line on stderr, 2 on bad usage.
 */
#include <glib/gi18n.h>
#include <locale.h>
#include <stdlib.h>

#include "hd-cli.h"
#include "store/hd-date.h"

#define EXIT_USAGE 2

typedef gboolean (*HdCliCommand) (HdCli *cli, int argc, char **argv, GError **error);

static const struct {
  const char   *name;
  HdCliCommand  run;
} commands[] = {
  { "new",    hd_cli_new },
  { "demo",   hd_cli_demo },
  { "stats",  hd_cli_stats },
  { "check",  hd_cli_check },
  { "backup", hd_cli_backup },
  { "backups", hd_cli_backups },
  { "restore", hd_cli_restore },
  { "upgrade", hd_cli_upgrade },
  { "import", hd_cli_import },
  { "export", hd_cli_export },
  { "print",  hd_cli_print },
  { "notice", hd_cli_notice },
  { "office", hd_cli_office },
  { "exchange", hd_cli_exchange },
  { "lookback", hd_cli_lookback },
  { "coverage", hd_cli_coverage },
  { "overview", hd_cli_overview },
};

/* Strictly YYYY-MM-DD, and a day that exists. */
static gboolean
parse_date (const char *text,
            GDate      *date)
{
  guint64 year, month, day;

  if (strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
      return FALSE;
  year = g_ascii_strtoull (text, NULL, 10);
  month = g_ascii_strtoull (text + 5, NULL, 10);
  day = g_ascii_strtoull (text + 8, NULL, 10);
  if (!g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return FALSE;
  g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return TRUE;
}

static int
fail (GError *error)
{
  if (g_error_matches (error, HD_CLI_ERROR, HD_CLI_ERROR_USAGE))
    {
      /* Translators: %s is what was wrong with the command line. */
      g_printerr (_("huodongban-cli: %s. Run “huodongban-cli --help” for usage.\n"), error->message);
      return EXIT_USAGE;
    }
  g_printerr ("huodongban-cli: %s\n", error->message);
  return EXIT_FAILURE;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *db_path = NULL;
  g_autofree char *today_text = NULL;
  gboolean version = FALSE;
  g_autoptr(GDateTime) now = NULL;
  const char *localedir = g_getenv ("HUODONGBAN_LOCALEDIR");
  GOptionEntry entries[] = {
    { "db", 0, 0, G_OPTION_ARG_FILENAME, &db_path,
      N_("The database file (default: the one the application opens)"), N_("PATH") },
    { "today", 0, 0, G_OPTION_ARG_STRING, &today_text,
      N_("Take this date as today, e.g. 2014-09-30"), N_("YYYY-MM-DD") },
    { "version", 0, 0, G_OPTION_ARG_NONE, &version,
      N_("Print the version and exit"), NULL },
    { NULL }
  };
  HdCli cli = { 0 };
  GDate today;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  context = g_option_context_new (_("COMMAND [ARGUMENT…]"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
    _("Commands:\n"
      "  new --county NAME [--code CODE] [--township NAME …] [--street NAME …]\n"
      "                                            start a new, empty database with a county and its\n"
      "                                            townships and streets\n"
      "  demo --scale county|province [--seed N]   fill a new, empty database with demo data\n"
      "  stats [--unit UNIT]                       print the figures of the database, or of one unit\n"
      "                                            and the units under it (UNIT: its code, or its\n"
      "                                            names from the top joined by “/”)\n"
      "  overview [--unit UNIT] [--by child|leader] the figures of each child unit’s subtree (or each\n"
      "                                            responsible leader’s tasks), a line each\n"
      "  overview --trend [--unit UNIT]            the lights week by week over the campaign\n"
      "  check                                     check the database for damage\n"
      "  backup [FILE]                             copy the database into the new file FILE, or\n"
      "                                            without FILE among its backup copies\n"
      "  backups                                   list the backup copies, newest first:\n"
      "                                            PATH, DATE, SIZE and KIND (daily, migration, manual)\n"
      "  restore COPY                              restore a copy as “backups” lists it, keeping a\n"
      "                                            copy of the database as it is first\n"
      "  upgrade                                   bring a database of an earlier version to this\n"
      "                                            version’s data format (a copy is kept first)\n"
      "  import roster FILE.csv                    add or update units and people from a roster\n"
      "                                            saved as CSV; writes nothing if a row is bad\n"
      "  import ledger FILE.csv                    add or update rectification tasks from a ledger\n"
      "                                            saved as CSV; writes nothing if a row is bad\n"
      "  import talks FILE.csv                     add talk-the-heart conversations from their\n"
      "                                            register saved as CSV; writes nothing if a row is bad\n"
      "  export ledger|opinions --unit UNIT --format xlsx|csv -o FILE\n"
      "                                            write the ledger or the opinions of a unit and the\n"
      "                                            units under it into a spreadsheet; a ledger saved\n"
      "                                            as CSV imports back unchanged\n"
      "  print ledger --unit UNIT [--plan PLAN] [--light LIGHT] -o FILE.pdf\n"
      "                                            print the rectification ledger of a unit and the\n"
      "                                            units under it to PDF\n"
      "  print task-sheet (--leader NAME | --unit UNIT) -o FILE.pdf\n"
      "                                            print the task sheet of a responsible leader or unit\n"
      "  print public --unit UNIT -o FILE.pdf      print the public notice of a unit’s ledger\n"
      "  print notice --number NUMBER -o FILE.pdf  print a supervision notice with its reply slip\n"
      "  print lookback --round ID [--unit UNIT] -o FILE.pdf\n"
      "                                            print a look-back round’s summary for a unit\n"
      "  print coverage --unit UNIT [--meeting ID] -o FILE.pdf\n"
      "                                            print the three must-talks of a leadership team\n"
      "  print talk --id ID -o FILE.pdf            print a talk-the-heart record, marked confidential\n"
      "  print sign-in --meeting ID -o FILE.pdf    print the sign-in sheet of a meeting\n"
      "  print overview [--unit UNIT] -o FILE.pdf  print the progress of a unit’s child units, ranked,\n"
      "                                            with their charts, for a leaders’ meeting\n"
      "  notice issue --unit UNIT --task N [--task N…] --reply-by DATE [--office NAME]\n"
      "                                            issue a supervision notice for tasks of a unit\n"
      "                                            (N: the number in its ledger); prints its number\n"
      "  notice reply|withdraw --number NUMBER --date DATE --text|--reason TEXT\n"
      "                                            record a notice’s reply, or withdraw it\n"
      "  notice list [--unit UNIT] [--overdue]     list the supervision notices, newest first\n"
      "  lookback open --name NAME --unit UNIT [--plan PLAN…]\n"
      "                                            open a look-back round over the tasks of a unit\n"
      "                                            and the units under it; prints the round’s number\n"
      "  lookback propose --round ID               list the round’s tasks with the proposed outcomes\n"
      "  lookback confirm --round ID --all-proposed [--deadline DATE]\n"
      "                                            confirm every proposal not confirmed yet; 回炉\n"
      "                                            only with the new deadline\n"
      "  coverage --unit UNIT [--meeting ID]       list the three must-talks of a unit’s leadership\n"
      "                                            team: each required pair and how far it has talked\n"
      "  office add --unit UNIT -o FILE.hdk        register the office of a unit below as a lower\n"
      "                                            office (again: a new key); prints the key’s code\n"
      "  office list                               the offices packages go to and come from\n"
      "  office join FILE.hdk [--yes]              join the upper office that made the key file; a\n"
      "                                            database with units lists the matches, --yes binds\n"
      "  exchange send [--to UNIT] [--full] [--include-confidential] -o FILE.hdx\n"
      "                                            write a package of what changed for the upper\n"
      "                                            office (or the lower office of UNIT)\n"
      "  exchange receive FILE.hdx [--dry-run]     take a package from another office, all or nothing\n"
      "\n"
      "“huodongban-cli COMMAND --help” describes a command’s options."));
  /* Options after the command belong to the command. */
  g_option_context_set_strict_posix (context, TRUE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_autoptr(GError) usage = g_error_new_literal (HD_CLI_ERROR, HD_CLI_ERROR_USAGE, error->message);

      return fail (usage);
    }

  if (version)
    {
      g_print ("huodongban-cli %s\n", PACKAGE_VERSION);
      return EXIT_SUCCESS;
    }

  if (today_text != NULL && !parse_date (today_text, &today))
    {
      g_set_error (&error, HD_CLI_ERROR, HD_CLI_ERROR_USAGE,
                   _("“%s” is not a date: write --today as YYYY-MM-DD, e.g. 2014-09-30"), today_text);
      return fail (error);
    }
  if (today_text != NULL)
    /* Noon exists on every day in every time zone. */
    now = g_date_time_new_local (g_date_get_year (&today), g_date_get_month (&today),
                                 g_date_get_day (&today), 12, 0, 0);
  else
    {
      now = g_date_time_new_now_local ();
      hd_date_set_today (&today);
    }

  if (db_path == NULL)
    db_path = hd_store_default_path ();
  cli.db_path = db_path;
  cli.today = &today;
  cli.now = now;

  if (argc < 2)
    {
      g_set_error (&error, HD_CLI_ERROR, HD_CLI_ERROR_USAGE, _("no command given"));
      return fail (error);
    }
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (argv[1], commands[i].name))
      return commands[i].run (&cli, argc - 1, argv + 1, &error) ? EXIT_SUCCESS : fail (error);

  g_set_error (&error, HD_CLI_ERROR, HD_CLI_ERROR_USAGE, _("“%s” is not a command"), argv[1]);
  return fail (error);
}
