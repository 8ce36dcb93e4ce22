/* hd-cli-lookback.c — huodongban-cli lookback open|propose|confirm: look-back rounds (回头看).
 *
 *   lookback open --name NAME --unit UNIT [--plan PLAN …]
 *   lookback propose --round ID
 *   lookback confirm --round ID --all-proposed [--deadline DATE]
 *
 * A round is opened on --today (or the clock's day) over the tasks of UNIT and the units under it
 * in the plans named (all three unless --plan names some). Confirming sends the tasks proposed
 * for 回炉 back with the new deadline --deadline; without it they go on waiting.
 */
#include <glib/gi18n.h>

#include "hd-cli.h"
#include "lookback/hd-lookback.h"
#include "organisation/hd-unit-path-names.h"
#include "store/hd-date.h"

static gboolean
usage_error (GError     **error,
             const char  *message)
{
  g_set_error (error, HD_CLI_ERROR, HD_CLI_ERROR_USAGE,
               _("lookback: %s (usage: lookback open --name NAME --unit UNIT [--plan PLAN…] | "
                 "lookback propose --round ID | lookback confirm --round ID --all-proposed [--deadline DATE])"),
               message);
  return FALSE;
}

gint64
hd_cli_parse_round (const char  *text,
                    gboolean   (*usage) (GError    **error,
                                         const char *message),
                    GError     **error)
{
  guint64 id = 0;

  if (text == NULL)
    return usage (error, _("name the round with --round ID, the number “lookback open” printed"));
  if (!g_ascii_string_to_unsigned (text, 10, 1, G_MAXINT64, &id, NULL))
    {
      g_autofree char *message = g_strdup_printf (_("“%s” is not a round’s number: give --round as the number “lookback open” printed"),
                                                  text);
      return usage (error, message);
    }
  return (gint64) id;
}

static gboolean
open_round (HdCli    *cli,
            HdStore  *store,
            int       argc,
            char    **argv,
            GError  **error)
{
  g_autofree char *name = NULL;
  g_autofree char *unit_spec = NULL;
  g_autofree char *opened = hd_date_format_iso (cli->today);
  g_auto(GStrv) plans = NULL;
  GOptionEntry entries[] = {
    { "name", 0, 0, G_OPTION_ARG_STRING, &name, N_("The round’s name, e.g. 2014年第一轮回头看"), N_("NAME") },
    { "unit", 0, 0, G_OPTION_ARG_STRING, &unit_spec, N_("Review the tasks of this unit and the units under it: its code, or its names joined by “/”"), N_("UNIT") },
    { "plan", 0, 0, G_OPTION_ARG_STRING_ARRAY, &plans, N_("Review the tasks of this plan (rectification, special or institution; repeat for more; default: all three)"), N_("PLAN") },
    { NULL }
  };
  HdLookbackRoundFields fields = { 0 };
  gint64 id;

  if (!hd_cli_parse_command ("open --name NAME --unit UNIT [--plan PLAN…]", entries, &argc, &argv, 0, error))
    return FALSE;
  if (name == NULL)
    return usage_error (error, _("name the round with --name NAME"));
  if (unit_spec == NULL)
    return usage_error (error, _("say whose tasks the round reviews with --unit UNIT"));
  for (guint i = 0; plans != NULL && plans[i] != NULL; i++)
    {
      HdTaskPlan plan;

      if (!hd_cli_parse_plan (plans[i], &plan))
        return usage_error (error, _("--plan takes rectification, special or institution"));
      fields.plans |= HD_LOOKBACK_PLAN (plan);
    }
  if (fields.plans == 0)
    fields.plans = HD_LOOKBACK_ALL_PLANS;
  if ((fields.unit_id = hd_cli_find_unit (store, unit_spec, error)) == 0)
    return FALSE;
  fields.name = name;
  fields.opened = opened;
  if ((id = hd_lookback_open (store, NULL, &fields, error)) == 0)
    return FALSE;
  g_print ("%" G_GINT64_FORMAT "\n", id);
  return TRUE;
}

static gboolean
propose (HdCli    *cli,
         HdStore  *store,
         int       argc,
         char    **argv,
         GError  **error)
{
  g_autofree char *round_text = NULL;
  g_autoptr(HdUnitPathNames) names = NULL;
  GOptionEntry entries[] = {
    { "round", 0, 0, G_OPTION_ARG_STRING, &round_text, N_("The round, by the number “lookback open” printed"), N_("ID") },
    { NULL }
  };
  sqlite3_stmt *stmt;
  gint64 round_id;
  int rc;

  if (!hd_cli_parse_command ("propose --round ID", entries, &argc, &argv, 0, error)
      || (round_id = hd_cli_parse_round (round_text, usage_error, error)) == 0
      || (stmt = hd_lookback_items_prepare (store, round_id, error)) == NULL)
    return FALSE;
  names = hd_unit_path_names_new (store, 0, "/");
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *unit = hd_unit_path_names_lookup (names, sqlite3_column_int64 (stmt, 1), error);

      if (unit == NULL)
        {
          sqlite3_finalize (stmt);
          return FALSE;
        }
      /* For the tools that read it: the same words in every language. */
      g_print ("%s\t%d\t%s\n", unit, sqlite3_column_int (stmt, 2), (const char *) sqlite3_column_text (stmt, 3));
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      hd_store_set_error (store, error, _("Reading a look-back round"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
confirm (HdCli    *cli,
         HdStore  *store,
         int       argc,
         char    **argv,
         GError  **error)
{
  g_autofree char *round_text = NULL;
  g_autofree char *deadline = NULL;
  gboolean all_proposed = FALSE;
  GOptionEntry entries[] = {
    { "round", 0, 0, G_OPTION_ARG_STRING, &round_text, N_("The round, by the number “lookback open” printed"), N_("ID") },
    { "all-proposed", 0, 0, G_OPTION_ARG_NONE, &all_proposed, N_("Confirm every proposed outcome not confirmed yet"), NULL },
    { "deadline", 0, 0, G_OPTION_ARG_STRING, &deadline, N_("The new deadline of the tasks sent back to the furnace (回炉); without it they go on waiting"), N_("DATE") },
    { NULL }
  };
  gint64 round_id;
  GDate day;
  guint n = 0;

  if (!hd_cli_parse_command ("confirm --round ID --all-proposed [--deadline DATE]", entries, &argc, &argv, 0, error)
      || (round_id = hd_cli_parse_round (round_text, usage_error, error)) == 0)
    return FALSE;
  if (!all_proposed)
    return usage_error (error, _("say what to confirm: --all-proposed confirms every proposal not confirmed yet"));
  if (deadline != NULL && !hd_date_parse_iso (deadline, &day))
    return usage_error (error, _("give --deadline as YYYY-MM-DD, e.g. 2014-11-30"));
  if (!hd_lookback_confirm_proposed (store, NULL, round_id, deadline, cli->today, &n, error))
    return FALSE;
  g_print ("%u\n", n);
  return TRUE;
}

gboolean
hd_cli_lookback (HdCli    *cli,
                 int       argc,
                 char    **argv,
                 GError  **error)
{
  static const HdCliSubcommand subcommands[] = {
    { "open", open_round, TRUE },
    { "propose", propose, FALSE },
    { "confirm", confirm, TRUE },
  };

  return hd_cli_run_subcommand (cli, subcommands, G_N_ELEMENTS (subcommands), argc, argv, usage_error,
                                _("say what to do: open, propose or confirm"),
                                _("“%s” is not something to do with a look-back round; say open, propose or confirm"),
                                error);
}
