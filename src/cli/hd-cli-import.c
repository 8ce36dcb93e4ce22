/* hd-cli-import.c — huodongban-cli import roster FILE.csv
 *
 * The same plan as the application's preview: every bad row is named on stderr as
 * "row N: reason" and nothing is written; otherwise every row is written in one transaction.
 */
#include <glib/gi18n.h>

#include "hd-cli.h"
#include "hd-roster-import.h"

#define IMPORT_USAGE "import roster FILE.csv"

static gboolean
import_roster (HdCli       *cli,
               const char  *path,
               GError     **error)
{
  g_autoptr(HdStore) store = NULL;
  g_autoptr(HdRosterImport) import = NULL;
  GListModel *rows;
  guint n_rows;

  /* Read the file before touching the database: a file that cannot be read changes nothing,
   * not even the day's backup. */
  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, HD_CLI_ERROR, HD_CLI_ERROR_FAILED,
                   _("the roster file “%s” does not exist or is not a file"), path);
      return FALSE;
    }
  store = hd_cli_open_store (cli, FALSE, TRUE, error);
  if (store == NULL)
    return FALSE;
  import = hd_roster_import_new_from_file (store, path, error);
  if (import == NULL)
    return FALSE;

  rows = hd_roster_import_get_rows (import);
  n_rows = g_list_model_get_n_items (rows);
  for (guint i = 0; i < n_rows; i++)
    {
      g_autoptr(HdImportRow) row = g_list_model_get_item (rows, i);

      if (hd_import_row_get_action (row) == HD_IMPORT_ACTION_BAD)
        /* Translators: one bad row of a roster file: its number as the spreadsheet shows it,
         * and why it is bad. */
        g_printerr (_("row %u: %s\n"), hd_import_row_get_number (row), hd_import_row_get_reason (row));
    }
  /* Refuses, with the count, when any row is bad. */
  if (!hd_roster_import_apply (import, NULL, error))
    return FALSE;

  g_print (g_dngettext (GETTEXT_PACKAGE,
                        "Imported %u row: %u people added, %u updated, %u unchanged, %u new units.\n",
                        "Imported %u rows: %u people added, %u updated, %u unchanged, %u new units.\n",
                        n_rows),
           n_rows,
           hd_roster_import_count (import, HD_IMPORT_ACTION_ADD_PERSON),
           hd_roster_import_count (import, HD_IMPORT_ACTION_UPDATE_PERSON),
           hd_roster_import_count (import, HD_IMPORT_ACTION_UNCHANGED),
           hd_roster_import_get_n_new_units (import));
  return TRUE;
}

gboolean
hd_cli_import (HdCli    *cli,
               int       argc,
               char    **argv,
               GError  **error)
{
  if (argc < 2)
    {
      g_set_error (error, HD_CLI_ERROR, HD_CLI_ERROR_USAGE,
                   _("import: say what to import (usage: %s)"), IMPORT_USAGE);
      return FALSE;
    }
  if (!g_str_equal (argv[1], "roster"))
    {
      g_set_error (error, HD_CLI_ERROR, HD_CLI_ERROR_USAGE,
                   _("import: “%s” cannot be imported; only a roster can (usage: %s)"), argv[1], IMPORT_USAGE);
      return FALSE;
    }
  if (argc < 3)
    {
      g_set_error (error, HD_CLI_ERROR, HD_CLI_ERROR_USAGE,
                   _("import roster: the roster file is missing (usage: %s)"), IMPORT_USAGE);
      return FALSE;
    }
  if (argc > 3)
    {
      g_set_error (error, HD_CLI_ERROR, HD_CLI_ERROR_USAGE,
                   _("import roster: unexpected argument “%s” (usage: %s)"), argv[3], IMPORT_USAGE);
      return FALSE;
    }
  return import_roster (cli, argv[2], error);
}
