/* hd-cli-export.c — huodongban-cli export ledger|opinions --unit UNIT --format xlsx|csv -o FILE
 *
 * The file appears only when it is complete: a bad unit, a folder that cannot be written or any
 * failure on the way leaves nothing at FILE (a file there before stays as it was).
 */
#include <glib/gi18n.h>

#include "hd-cli.h"
#include "sheets/hd-sheet-export.h"

#define EXPORT_PARAMETERS "ledger|opinions --unit UNIT --format xlsx|csv -o FILE"

typedef enum {
  EXPORT_LEDGER,
  EXPORT_OPINIONS,
} ExportList;

gboolean
hd_cli_export (HdCli    *cli,
               int       argc,
               char    **argv,
               GError  **error)
{
  g_autofree char *unit_spec = NULL;
  g_autofree char *format_token = NULL;
  g_autofree char *output = NULL;
  g_autoptr(HdStore) store = NULL;
  GOptionEntry entries[] = {
    { "unit", 0, 0, G_OPTION_ARG_STRING, &unit_spec,
      N_("Export this unit and the units under it: its code, or its names joined by “/”"), N_("UNIT") },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_token,
      N_("“xlsx”: an Excel workbook; “csv”: CSV in UTF-8, as the ledger import reads it"), N_("xlsx|csv") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("The file to write (a file there is replaced)"), N_("FILE") },
    { NULL }
  };
  ExportList list;
  HdSheetFormat format;
  gint64 unit_id;
  guint n_rows = 0;
  gboolean ok;

  if (!hd_cli_parse_command (EXPORT_PARAMETERS, entries, &argc, &argv, 1, error))
    return FALSE;
  if (g_str_equal (argv[1], "ledger"))
    list = EXPORT_LEDGER;
  else if (g_str_equal (argv[1], "opinions"))
    list = EXPORT_OPINIONS;
  else
    {
      g_set_error (error, HD_CLI_ERROR, HD_CLI_ERROR_USAGE,
                   _("export: “%s” cannot be exported; only the ledger or the opinions can (usage: export %s)"),
                   argv[1], EXPORT_PARAMETERS);
      return FALSE;
    }
  if (unit_spec == NULL)
    {
      g_set_error (error, HD_CLI_ERROR, HD_CLI_ERROR_USAGE,
                   _("export: say whose records to export with --unit UNIT (usage: export %s)"), EXPORT_PARAMETERS);
      return FALSE;
    }
  if (format_token == NULL || !hd_sheet_format_from_string (format_token, &format))
    {
      g_set_error (error, HD_CLI_ERROR, HD_CLI_ERROR_USAGE,
                   _("export: give the kind of file with --format xlsx or --format csv (usage: export %s)"),
                   EXPORT_PARAMETERS);
      return FALSE;
    }
  if (output == NULL || *output == '\0')
    {
      g_set_error (error, HD_CLI_ERROR, HD_CLI_ERROR_USAGE,
                   _("export: name the file to write with -o FILE (usage: export %s)"), EXPORT_PARAMETERS);
      return FALSE;
    }

  /* An export only reads: no daily backup, which over a province would copy 2 GB first. */
  store = hd_cli_open_store (cli, HD_CLI_OPEN_READ, error);
  if (store == NULL || (unit_id = hd_cli_find_unit (store, unit_spec, error)) == 0)
    return FALSE;

  if (list == EXPORT_LEDGER)
    {
      HdLedgerQuery query;

      hd_ledger_query_init (&query, cli->today);
      query.unit_id = unit_id;
      ok = hd_sheet_export_ledger (store, &query, format, output, &n_rows, error);
    }
  else
    {
      HdOpinionFilter filter;

      hd_opinion_filter_init (&filter);
      filter.unit_id = unit_id;
      ok = hd_sheet_export_opinions (store, &filter, format, output, &n_rows, error);
    }
  if (!ok)
    return FALSE;
  /* For the tools that read it: the same words in every language. */
  g_print ("%u rows\n", n_rows);
  return TRUE;
}
