/* hd-cli-exchange.c — huodongban-cli office and exchange: packages between offices.
 *
 *   office add --unit UNIT -o FILE.hdk      register a lower office (again: a new key)
 *   office list                             UNIT, OFFICE, ROLE, FINGERPRINT, SENT, RECEIVED
 *   office join FILE.hdk [--yes]            join the upper office that made the key file (--yes:
 *                                           bind the units of a database that keeps some)
 *   exchange send [--to UNIT] [--full] [--include-confidential] -o FILE.hdx
 *   exchange receive FILE.hdx [--dry-run]
 *
 * send and receive print a line for each kind of record: KIND, ADDED, CHANGED, DELETED.
 */
#include <glib/gi18n.h>

#include "hd-cli.h"
#include "exchange/hd-exchange-receive.h"
#include "exchange/hd-exchange-send.h"
#include "organisation/hd-unit-path-names.h"

static gboolean
office_usage (GError     **error,
              const char  *message)
{
  g_set_error (error, HD_CLI_ERROR, HD_CLI_ERROR_USAGE,
               _("office: %s (usage: office add --unit UNIT -o FILE.hdk | office list | "
                 "office join FILE.hdk)"), message);
  return FALSE;
}

static gboolean
exchange_usage (GError     **error,
                const char  *message)
{
  g_set_error (error, HD_CLI_ERROR, HD_CLI_ERROR_USAGE,
               _("exchange: %s (usage: exchange send [--to UNIT] [--full] [--include-confidential] "
                 "-o FILE.hdx | exchange receive FILE.hdx [--dry-run])"), message);
  return FALSE;
}

static gboolean
failed (GError **error,
        GError  *cause)
{
  g_set_error_literal (error, HD_CLI_ERROR, HD_CLI_ERROR_FAILED, cause->message);
  g_error_free (cause);
  return FALSE;
}

static gboolean
office_add (HdCli    *cli,
            HdStore  *store,
            int       argc,
            char    **argv,
            GError  **error)
{
  g_autofree char *unit_spec = NULL;
  g_autofree char *output = NULL;
  g_autofree char *code = NULL;
  GOptionEntry entries[] = {
    { "unit", 0, 0, G_OPTION_ARG_STRING, &unit_spec, N_("The lower office’s unit: its code, or its names joined by “/”"), N_("UNIT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The key file to write"), N_("FILE.hdk") },
    { NULL }
  };
  gint64 unit;

  if (!hd_cli_parse_command ("add --unit UNIT -o FILE.hdk", entries, &argc, &argv, 0, error))
    return FALSE;
  if (unit_spec == NULL)
    return office_usage (error, _("name the lower office’s unit with --unit UNIT"));
  if (output == NULL)
    return office_usage (error, _("say where to write the key file with -o FILE.hdk"));
  if ((unit = hd_cli_find_unit (store, unit_spec, error)) == 0)
    return FALSE;
  if (!hd_office_register (store, unit, output, &code, error))
    return FALSE;
  /* Translators: the key's code, read over the telephone to the lower office. */
  g_print (_("key code: %s\n"), code);
  return TRUE;
}

static gboolean
office_list (HdCli    *cli,
             HdStore  *store,
             int       argc,
             char    **argv,
             GError  **error)
{
  g_autoptr(GPtrArray) offices = NULL;
  g_autoptr(HdUnitPathNames) names = hd_unit_path_names_new (store, 0, "/");

  if (!hd_cli_parse_command ("list", NULL, &argc, &argv, 0, error)
      || (offices = hd_office_list (store, error)) == NULL)
    return FALSE;
  for (guint i = 0; i < offices->len; i++)
    {
      HdOffice *office = g_ptr_array_index (offices, i);
      const char *unit = hd_unit_path_names_lookup (names, office->unit_id, error);
      g_autofree char *fingerprint = hd_office_key_fingerprint (office->key);

      if (unit == NULL)
        return FALSE;
      g_print ("%s\t%s\t%s\t%s\t%" G_GUINT64_FORMAT "\t%" G_GUINT64_FORMAT "\n", unit, office->name,
               office->role == HD_OFFICE_UPPER ? "upper" : "lower", fingerprint, office->sent,
               office->received);
    }
  return TRUE;
}

/* Joining a database that keeps units: the file's units and ours that they match, a line each
 * (FILE-NAMES<TAB>OUR-NAMES, or "-" for none); TRUE when the clerk confirmed with --yes. */
static gboolean
show_matches (HdStore     *store,
              const char  *key_path,
              gboolean     confirmed,
              GError     **error)
{
  g_autoptr(GPtrArray) matches = hd_exchange_join_matches (store, key_path, error);
  g_autoptr(HdUnitPathNames) names = hd_unit_path_names_new (store, 0, "/");

  if (matches == NULL)
    return FALSE;
  for (guint i = 0; i < matches->len; i++)
    {
      HdJoinMatch *match = g_ptr_array_index (matches, i);
      const char *ours = match->local_id > 0 ? hd_unit_path_names_lookup (names, match->local_id, error) : "-";

      if (ours == NULL)
        return FALSE;
      g_print ("%s\t%s\n", match->names, ours);
    }
  if (!confirmed)
    {
      g_set_error_literal (error, HD_CLI_ERROR, HD_CLI_ERROR_FAILED,
                           _("This database keeps units already: above, each unit of the key file and the unit here it matches. Check them, then run the command again with --yes to join."));
      return FALSE;
    }
  return TRUE;
}

static gboolean
office_join (HdCli    *cli,
             int       argc,
             char    **argv,
             GError  **error)
{
  g_autoptr(HdStore) store = NULL;
  g_autoptr(HdOffice) upper = NULL;
  g_autofree char *fingerprint = NULL;
  gboolean yes = FALSE;
  GOptionEntry entries[] = {
    { "yes", 0, 0, G_OPTION_ARG_NONE, &yes, N_("Join a database that keeps units, binding them as matched"), NULL },
    { NULL }
  };
  HdExchangeReceipt receipt = { 0 };
  GError *cause = NULL;
  gboolean existed, ok;

  if (!hd_cli_parse_command ("join FILE.hdk [--yes]", entries, &argc, &argv, 1, error))
    return FALSE;
  if (argc < 2)
    return office_usage (error, _("name the key file the upper office gave: office join FILE.hdk"));
  existed = g_file_test (cli->db_path, G_FILE_TEST_EXISTS);
  store = hd_cli_open_store (cli, HD_CLI_OPEN_CREATE | (existed ? 0 : HD_CLI_OPEN_NO_BACKUP), error);
  if (store == NULL)
    return FALSE;
  upper = hd_office_find_upper (store, &cause);
  ok = cause == NULL
       && (upper != NULL || hd_store_is_empty (store) || show_matches (store, argv[1], yes, &cause))
       && hd_exchange_join (store, argv[1], &receipt, &cause);
  g_clear_pointer (&upper, hd_office_free);
  ok = ok && (upper = hd_office_find_upper (store, &cause)) != NULL;
  if (!ok)
    {
      g_clear_object (&store);
      if (!existed)
        hd_cli_remove_new_database (cli);
      hd_exchange_receipt_clear (&receipt);
      return failed (error, cause);
    }
  fingerprint = hd_office_key_fingerprint (upper->key);
  if (receipt.key_replaced)
    g_print (_("new key from “%s”: %s\n"), upper->name, fingerprint);
  else
    {
      g_autofree char *lines = hd_exchange_counts_format (&receipt.counts);

      g_print (_("joined “%s” as “%s”: key %s\n"), upper->name, upper->self_name, fingerprint);
      g_print ("%s", lines);
    }
  hd_exchange_receipt_clear (&receipt);
  return TRUE;
}

gboolean
hd_cli_office (HdCli    *cli,
               int       argc,
               char    **argv,
               GError  **error)
{
  static const HdCliSubcommand subcommands[] = {
    { "add", office_add, TRUE },
    { "list", office_list, FALSE },
  };

  /* A lower office joins on a new database: the file may not be there yet. */
  if (argc >= 2 && g_str_equal (argv[1], "join"))
    return office_join (cli, argc - 1, argv + 1, error);
  return hd_cli_run_subcommand (cli, subcommands, G_N_ELEMENTS (subcommands), argc, argv, office_usage,
                                _("say what to do: add, list or join"),
                                _("“%s” is not something to do with an office; say add, list or join"),
                                error);
}

static gboolean
exchange_send (HdCli    *cli,
               HdStore  *store,
               int       argc,
               char    **argv,
               GError  **error)
{
  g_autofree char *to = NULL;
  g_autofree char *output = NULL;
  g_autofree char *lines = NULL;
  g_autoptr(HdOffice) office = NULL;
  gboolean full = FALSE, confidential = FALSE;
  GOptionEntry entries[] = {
    { "to", 0, 0, G_OPTION_ARG_STRING, &to, N_("The lower office to send to, by its unit (default: the upper office)"), N_("UNIT") },
    { "full", 0, 0, G_OPTION_ARG_NONE, &full, N_("Send every record, not only what changed since the last package it received"), NULL },
    { "include-confidential", 0, 0, G_OPTION_ARG_NONE, &confidential, N_("Include talks’ content and commitments, criticism and accountability reasons"), NULL },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The package to write"), N_("FILE.hdx") },
    { NULL }
  };
  HdExchangeCounts counts;
  GError *cause = NULL;

  if (!hd_cli_parse_command ("send [--to UNIT] [--full] [--include-confidential] -o FILE.hdx", entries, &argc, &argv,
                             0, error))
    return FALSE;
  if (output == NULL)
    return exchange_usage (error, _("say where to write the package with -o FILE.hdx"));
  if (to != NULL)
    {
      gint64 unit = hd_cli_find_unit (store, to, error);

      if (unit == 0)
        return FALSE;
      office = hd_office_find_by_unit (store, unit, &cause);
      if (office == NULL && cause == NULL)
        {
          g_set_error (error, HD_CLI_ERROR, HD_CLI_ERROR_FAILED,
                       _("“%s” is not registered as a lower office. Register it first: huodongban-cli office add --unit UNIT -o FILE.hdk"),
                       to);
          return FALSE;
        }
    }
  else
    {
      office = hd_office_find_upper (store, &cause);
      if (office == NULL && cause == NULL)
        {
          g_set_error_literal (error, HD_CLI_ERROR, HD_CLI_ERROR_FAILED,
                               _("This database has joined no upper office. Name a lower office with --to UNIT, or join the upper office with its key file first."));
          return FALSE;
        }
    }
  if (cause != NULL)
    return failed (error, cause);
  if (!hd_exchange_send (store, office, full, confidential, output, &counts, error))
    return FALSE;
  lines = hd_exchange_counts_format (&counts);
  g_print ("%s", lines);
  return TRUE;
}

static gboolean
exchange_receive (HdCli    *cli,
                  HdStore  *store,
                  int       argc,
                  char    **argv,
                  GError  **error)
{
  gboolean dry_run = FALSE;
  GOptionEntry entries[] = {
    { "dry-run", 0, 0, G_OPTION_ARG_NONE, &dry_run, N_("Say what the package would change, and change nothing"), NULL },
    { NULL }
  };
  HdExchangeReceipt receipt;
  GError *cause = NULL;

  if (!hd_cli_parse_command ("receive FILE.hdx [--dry-run]", entries, &argc, &argv, 1, error))
    return FALSE;
  if (argc < 2)
    return exchange_usage (error, _("name the package to receive: exchange receive FILE.hdx"));
  if (!hd_exchange_receive (store, NULL, argv[1], dry_run, NULL, &receipt, &cause))
    {
      hd_exchange_receipt_clear (&receipt);
      return failed (error, cause);
    }
  if (receipt.already_received)
    g_print ("already received\n");
  else
    {
      g_autofree char *lines = hd_exchange_counts_format (&receipt.counts);

      g_print ("%s", lines);
    }
  hd_exchange_receipt_clear (&receipt);
  return TRUE;
}

gboolean
hd_cli_exchange (HdCli    *cli,
                 int       argc,
                 char    **argv,
                 GError  **error)
{
  static const HdCliSubcommand subcommands[] = {
    { "send", exchange_send, TRUE },
    { "receive", exchange_receive, TRUE },
  };

  return hd_cli_run_subcommand (cli, subcommands, G_N_ELEMENTS (subcommands), argc, argv, exchange_usage,
                                _("say what to do: send or receive"),
                                _("“%s” is not something to do with packages; say send or receive"),
                                error);
}
