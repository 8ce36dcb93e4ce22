/* hd-cli-notice.c — huodongban-cli notice issue|reply|withdraw|list: supervision notices.
 *
 *   notice issue --unit UNIT --task N [--task N …] --reply-by DATE [--office NAME]
 *   notice reply --number NUMBER --date DATE --text TEXT [--replier NAME] [--office NAME]
 *   notice withdraw --number NUMBER --date DATE --reason TEXT [--office NAME]
 *   notice list [--unit UNIT] [--overdue]
 *
 * N is a task's number in that unit's ledger, as the ledger's number column shows it; the issuing
 * office is the top unit's activity office unless --office names another. A notice is issued on
 * --today (or the clock's day).
 */
#include <glib/gi18n.h>

#include "hd-cli.h"
#include "lookback/hd-notice.h"
#include "organisation/hd-unit-path-names.h"
#include "store/hd-date.h"
#include "store/hd-read.h"

#define NOTICE_PARAMETERS "issue|reply|withdraw|list …"

static gboolean
usage_error (GError     **error,
             const char  *message)
{
  g_set_error (error, HD_CLI_ERROR, HD_CLI_ERROR_USAGE,
               _("notice: %s (usage: notice issue --unit UNIT --task N [--task N…] --reply-by DATE [--office NAME] | "
                 "notice reply --number NUMBER --date DATE --text TEXT [--replier NAME] | "
                 "notice withdraw --number NUMBER --date DATE --reason TEXT | notice list [--unit UNIT] [--overdue])"),
               message);
  return FALSE;
}

static gboolean
check_date (const char  *option,
            const char  *text,
            GError     **error)
{
  GDate date;
  g_autofree char *message = NULL;

  if (text != NULL && hd_date_parse_iso (text, &date))
    return TRUE;
  message = g_strdup_printf (_("give %s as YYYY-MM-DD, e.g. 2014-10-15"), option);
  return usage_error (error, message);
}

static gboolean
issue (HdCli    *cli,
       HdStore  *store,
       int       argc,
       char    **argv,
       GError  **error)
{
  g_autofree char *unit_spec = NULL;
  g_autofree char *reply_by = NULL;
  g_autofree char *office = NULL;
  g_autofree char *issued = hd_date_format_iso (cli->today);
  g_auto(GStrv) numbers = NULL;
  g_autoptr(GArray) tasks = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(HdNotice) notice = NULL;
  GOptionEntry entries[] = {
    { "unit", 0, 0, G_OPTION_ARG_STRING, &unit_spec, N_("The unit the notice goes to: its code, or its names joined by “/”"), N_("UNIT") },
    { "task", 0, 0, G_OPTION_ARG_STRING_ARRAY, &numbers, N_("A task of that unit, by its number in the unit’s ledger (repeat for more)"), N_("N") },
    { "reply-by", 0, 0, G_OPTION_ARG_STRING, &reply_by, N_("The reply deadline"), N_("DATE") },
    { "office", 0, 0, G_OPTION_ARG_STRING, &office, N_("The issuing office (default: the top unit’s activity office)"), N_("NAME") },
    { NULL }
  };
  HdNoticeFields fields = { 0 };
  gint64 id;

  if (!hd_cli_parse_command ("issue --unit UNIT --task N [--task N…] --reply-by DATE [--office NAME]",
                             entries, &argc, &argv, 0, error))
    return FALSE;
  if (unit_spec == NULL)
    return usage_error (error, _("say which unit the notice goes to with --unit UNIT"));
  if (numbers == NULL)
    return usage_error (error, _("name the notice’s tasks with --task N, their numbers in the unit’s ledger"));
  if (!check_date ("--reply-by", reply_by, error))
    return FALSE;
  if ((fields.unit_id = hd_cli_find_unit (store, unit_spec, error)) == 0)
    return FALSE;
  for (guint i = 0; numbers[i] != NULL; i++)
    {
      guint64 number = 0;
      gint64 task = 0;

      if (!g_ascii_string_to_unsigned (numbers[i], 10, 1, G_MAXINT, &number, NULL))
        {
          g_autofree char *message = g_strdup_printf (_("“%s” is not a task’s number: give --task as the number in the ledger, e.g. --task 3"),
                                                      numbers[i]);
          return usage_error (error, message);
        }
      if (!hd_read_id (store, "SELECT id FROM task WHERE unit_id = ?1 AND number = ?2", fields.unit_id,
                       (gint64) number, &task, error))
        return FALSE;
      if (task == 0)
        {
          g_set_error (error, HD_CLI_ERROR, HD_CLI_ERROR_FAILED,
                       _("The ledger of “%s” has no task %s: check the number in its ledger."), unit_spec, numbers[i]);
          return FALSE;
        }
      g_array_append_val (tasks, task);
    }
  if (office == NULL && (office = hd_notice_default_office (store, error)) == NULL)
    return FALSE;

  fields.task_ids = (const gint64 *) tasks->data;
  fields.n_tasks = tasks->len;
  fields.office = office;
  fields.issued = issued;
  fields.reply_by = reply_by;
  if ((id = hd_notice_issue (store, &fields, error)) == 0
      || (notice = hd_notice_load (store, id, error)) == NULL)
    return FALSE;
  g_print ("%s\n", hd_notice_get_number (notice));
  return TRUE;
}

/* reply and withdraw: a notice by its number, a date and a text. */
static gboolean
answer (HdCli    *cli,
        HdStore  *store,
        gboolean  withdraw,
        int       argc,
        char    **argv,
        GError  **error)
{
  g_autofree char *number = NULL;
  g_autofree char *date = NULL;
  g_autofree char *text = NULL;
  g_autofree char *replier = NULL;
  g_autofree char *office = NULL;
  GOptionEntry entries[] = {
    { "number", 0, 0, G_OPTION_ARG_STRING, &number, N_("The notice’s number, as printed: 督办〔2014〕第12号"), N_("NUMBER") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date, N_("The day of the reply or of the withdrawal"), N_("DATE") },
    { withdraw ? "reason" : "text", 0, 0, G_OPTION_ARG_STRING, &text,
      withdraw ? N_("Why the notice is withdrawn") : N_("What the unit replied"), N_("TEXT") },
    { "replier", 0, withdraw ? G_OPTION_FLAG_HIDDEN : 0, G_OPTION_ARG_STRING, &replier, N_("Who replied"), N_("NAME") },
    { "office", 0, 0, G_OPTION_ARG_STRING, &office, N_("The issuing office, where two gave the same number"), N_("NAME") },
    { NULL }
  };
  gint64 id;

  if (!hd_cli_parse_command (withdraw ? "withdraw --number NUMBER --date DATE --reason TEXT"
                                      : "reply --number NUMBER --date DATE --text TEXT [--replier NAME]",
                             entries, &argc, &argv, 0, error))
    return FALSE;
  if (number == NULL)
    return usage_error (error, _("name the notice with --number, as printed: 督办〔2014〕第12号"));
  if (!check_date ("--date", date, error))
    return FALSE;
  if (text == NULL)
    return usage_error (error, withdraw ? _("say why with --reason TEXT") : _("give the reply with --text TEXT"));
  if ((id = hd_notice_find (store, office, number, error)) == 0)
    return FALSE;
  if (withdraw ? !hd_notice_withdraw (store, NULL, id, date, text, error)
               : !hd_notice_reply (store, NULL, id, date, text, replier, error))
    return FALSE;
  g_print ("%s\n", number);
  return TRUE;
}

static gboolean
list (HdCli    *cli,
      HdStore  *store,
      int       argc,
      char    **argv,
      GError  **error)
{
  g_autofree char *unit_spec = NULL;
  g_autoptr(HdUnitPathNames) names = NULL;
  gboolean overdue = FALSE;
  GOptionEntry entries[] = {
    { "unit", 0, 0, G_OPTION_ARG_STRING, &unit_spec, N_("Only the notices of this unit and the units under it"), N_("UNIT") },
    { "overdue", 0, 0, G_OPTION_ARG_NONE, &overdue, N_("Only the notices past their reply deadline without a reply"), NULL },
    { NULL }
  };
  gint64 unit_id = 0;
  sqlite3_stmt *stmt;
  int rc;

  if (!hd_cli_parse_command ("list [--unit UNIT] [--overdue]", entries, &argc, &argv, 0, error))
    return FALSE;
  if (unit_spec != NULL && (unit_id = hd_cli_find_unit (store, unit_spec, error)) == 0)
    return FALSE;
  if ((stmt = hd_notice_list_prepare (store, unit_id, overdue ? HD_NOTICE_OVERDUE : -1, cli->today, error)) == NULL)
    return FALSE;
  names = hd_unit_path_names_new (store, 0, "/");
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(HdNotice) notice = hd_notice_load (store, sqlite3_column_int64 (stmt, 0), error);
      const char *unit;

      if (notice == NULL || (unit = hd_unit_path_names_lookup (names, hd_notice_get_unit_id (notice), error)) == NULL)
        {
          sqlite3_finalize (stmt);
          return FALSE;
        }
      /* For the tools that read it: the same words in every language. */
      g_print ("%s\t%s\t%s\t%s\t%s\n", hd_notice_get_number (notice), unit, hd_notice_get_issued (notice),
               hd_notice_get_reply_by (notice), hd_notice_state_to_string (hd_notice_get_state (notice, cli->today)));
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      hd_store_set_error (store, error, _("Reading the supervision notices"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
reply (HdCli    *cli,
       HdStore  *store,
       int       argc,
       char    **argv,
       GError  **error)
{
  return answer (cli, store, FALSE, argc, argv, error);
}

static gboolean
withdraw (HdCli    *cli,
          HdStore  *store,
          int       argc,
          char    **argv,
          GError  **error)
{
  return answer (cli, store, TRUE, argc, argv, error);
}

gboolean
hd_cli_notice (HdCli    *cli,
               int       argc,
               char    **argv,
               GError  **error)
{
  static const HdCliSubcommand subcommands[] = {
    { "issue", issue, TRUE },
    { "reply", reply, TRUE },
    { "withdraw", withdraw, TRUE },
    { "list", list, FALSE },
  };

  return hd_cli_run_subcommand (cli, subcommands, G_N_ELEMENTS (subcommands), argc, argv, usage_error,
                                _("say what to do: issue, reply, withdraw or list"),
                                _("“%s” is not something to do with a notice; say issue, reply, withdraw or list"),
                                error);
}
