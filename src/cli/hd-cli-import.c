/* hd-cli-import.c — huodongban-cli import roster|ledger|talks FILE.csv
 *
 * The same plan as the application's preview: every bad row is named on stderr as
 * "row N: reason" and nothing is written; otherwise every row is written in one transaction.
 * The imports run the same steps; an Importer says how each one does them.
 */
#include <glib/gi18n.h>

#include "hd-cli.h"
#include "import/hd-ledger-import.h"
#include "import/hd-roster-import.h"
#include "import/hd-talk-import.h"

#define IMPORT_USAGE "import roster FILE.csv | import ledger FILE.csv | import talks FILE.csv"

typedef enum {
  IMPORT_NOT_A_FILE,
  IMPORT_MISSING_FILE,
  IMPORT_EXTRA_ARGUMENT,
} ImportMessage;

typedef struct {
  const char  *name;   /* the command's word: "roster" */
  gboolean     starts;  /* may start a new database: the roster's top unit */
  gpointer   (*open)          (HdStore *store, const char *path, const GDate *today, GError **error);
  GListModel *(*get_rows)     (gpointer import);
  gboolean   (*row_is_bad)    (gpointer row);
  guint      (*row_number)    (gpointer row);
  const char *(*row_reason)   (gpointer row);
  gboolean   (*apply)         (gpointer import, HdHistory *history, GError **error);
  char      *(*summary)       (gpointer import, guint n_rows);
  /* Sets the translated error for @message; @arg is the file or the extra argument. */
  void       (*set_error)     (GError **error, ImportMessage message, const char *arg);
} Importer;

static gpointer
roster_open (HdStore     *store,
             const char  *path,
             const GDate *today,
             GError     **error)
{
  return hd_roster_import_new_from_file (store, path, error);
}

static GListModel *
roster_get_rows (gpointer import)
{
  return hd_import_get_rows (HD_IMPORT (import));
}

static gboolean
roster_row_is_bad (gpointer row)
{
  return hd_import_row_get_action (row) == HD_IMPORT_ACTION_BAD;
}

static guint
roster_row_number (gpointer row)
{
  return hd_import_row_get_number (row);
}

static const char *
roster_row_reason (gpointer row)
{
  return hd_import_row_get_reason (row);
}

static gboolean
roster_apply (gpointer    import,
              HdHistory  *history,
              GError    **error)
{
  return hd_import_apply (HD_IMPORT (import), history, error);
}

static char *
roster_summary (gpointer import,
                guint    n_rows)
{
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Imported %u row: %u people added, %u updated, %u unchanged, %u new units.\n",
                                       "Imported %u rows: %u people added, %u updated, %u unchanged, %u new units.\n",
                                       n_rows),
                          n_rows,
                          hd_import_count (HD_IMPORT (import), HD_IMPORT_ACTION_ADD_PERSON),
                          hd_import_count (HD_IMPORT (import), HD_IMPORT_ACTION_UPDATE_PERSON),
                          hd_import_count (HD_IMPORT (import), HD_IMPORT_ACTION_UNCHANGED),
                          hd_roster_import_get_n_new_units (import));
}

static void
roster_set_error (GError        **error,
                  ImportMessage   message,
                  const char     *arg)
{
  switch (message)
    {
    case IMPORT_NOT_A_FILE:
      g_set_error (error, HD_CLI_ERROR, HD_CLI_ERROR_FAILED,
                   _("the roster file “%s” does not exist or is not a file"), arg);
      break;
    case IMPORT_MISSING_FILE:
      g_set_error (error, HD_CLI_ERROR, HD_CLI_ERROR_USAGE,
                   _("import roster: the roster file is missing (usage: %s)"), IMPORT_USAGE);
      break;
    case IMPORT_EXTRA_ARGUMENT:
      /* Translators: the first %s is the argument, the second the usage. */
      g_set_error (error, HD_CLI_ERROR, HD_CLI_ERROR_USAGE,
                   _("import roster: unexpected argument “%s” (usage: %s)"), arg, IMPORT_USAGE);
      break;
    }
}

static gpointer
ledger_open (HdStore     *store,
             const char  *path,
             const GDate *today,
             GError     **error)
{
  return hd_ledger_import_new_from_file (store, path, today, error);
}

static GListModel *
ledger_get_rows (gpointer import)
{
  return hd_import_get_rows (HD_IMPORT (import));
}

static gboolean
ledger_row_is_bad (gpointer row)
{
  return hd_ledger_import_row_get_action (row) == HD_LEDGER_IMPORT_BAD;
}

static guint
ledger_row_number (gpointer row)
{
  return hd_ledger_import_row_get_number (row);
}

static const char *
ledger_row_reason (gpointer row)
{
  return hd_ledger_import_row_get_reason (row);
}

static gboolean
ledger_apply (gpointer    import,
              HdHistory  *history,
              GError    **error)
{
  return hd_import_apply (HD_IMPORT (import), history, error);
}

static char *
ledger_summary (gpointer import,
                guint    n_rows)
{
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Imported %u row: %u rectification tasks added, %u updated, %u unchanged.\n",
                                       "Imported %u rows: %u rectification tasks added, %u updated, %u unchanged.\n",
                                       n_rows),
                          n_rows,
                          hd_import_count (HD_IMPORT (import), HD_LEDGER_IMPORT_ADD),
                          hd_import_count (HD_IMPORT (import), HD_LEDGER_IMPORT_UPDATE),
                          hd_import_count (HD_IMPORT (import), HD_LEDGER_IMPORT_UNCHANGED));
}

static void
ledger_set_error (GError        **error,
                  ImportMessage   message,
                  const char     *arg)
{
  switch (message)
    {
    case IMPORT_NOT_A_FILE:
      g_set_error (error, HD_CLI_ERROR, HD_CLI_ERROR_FAILED,
                   _("the ledger file “%s” does not exist or is not a file"), arg);
      break;
    case IMPORT_MISSING_FILE:
      g_set_error (error, HD_CLI_ERROR, HD_CLI_ERROR_USAGE,
                   _("import ledger: the ledger file is missing (usage: %s)"), IMPORT_USAGE);
      break;
    case IMPORT_EXTRA_ARGUMENT:
      /* Translators: the first %s is the argument, the second the usage. */
      g_set_error (error, HD_CLI_ERROR, HD_CLI_ERROR_USAGE,
                   _("import ledger: unexpected argument “%s” (usage: %s)"), arg, IMPORT_USAGE);
      break;
    }
}

static gpointer
talks_open (HdStore     *store,
            const char  *path,
            const GDate *today,
            GError     **error)
{
  return hd_talk_import_new_from_file (store, path, error);
}

static GListModel *
talks_get_rows (gpointer import)
{
  return hd_import_get_rows (HD_IMPORT (import));
}

static gboolean
talks_row_is_bad (gpointer row)
{
  return hd_talk_import_row_get_action (row) == HD_TALK_IMPORT_BAD;
}

static guint
talks_row_number (gpointer row)
{
  return hd_talk_import_row_get_number (row);
}

static const char *
talks_row_reason (gpointer row)
{
  return hd_talk_import_row_get_reason (row);
}

static gboolean
talks_apply (gpointer    import,
             HdHistory  *history,
             GError    **error)
{
  return hd_import_apply (HD_IMPORT (import), history, error);
}

static char *
talks_summary (gpointer import,
               guint    n_rows)
{
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Imported %u row: %u conversations added, %u unchanged.\n",
                                       "Imported %u rows: %u conversations added, %u unchanged.\n",
                                       n_rows),
                          n_rows,
                          hd_import_count (HD_IMPORT (import), HD_TALK_IMPORT_ADD),
                          hd_import_count (HD_IMPORT (import), HD_TALK_IMPORT_UNCHANGED));
}

static void
talks_set_error (GError        **error,
                 ImportMessage   message,
                 const char     *arg)
{
  switch (message)
    {
    case IMPORT_NOT_A_FILE:
      g_set_error (error, HD_CLI_ERROR, HD_CLI_ERROR_FAILED,
                   _("the conversations file “%s” does not exist or is not a file"), arg);
      break;
    case IMPORT_MISSING_FILE:
      g_set_error (error, HD_CLI_ERROR, HD_CLI_ERROR_USAGE,
                   _("import talks: the conversations file is missing (usage: %s)"), IMPORT_USAGE);
      break;
    case IMPORT_EXTRA_ARGUMENT:
      /* Translators: the first %s is the argument, the second the usage. */
      g_set_error (error, HD_CLI_ERROR, HD_CLI_ERROR_USAGE,
                   _("import talks: unexpected argument “%s” (usage: %s)"), arg, IMPORT_USAGE);
      break;
    }
}

static const Importer importers[] = {
  { "roster", TRUE, roster_open, roster_get_rows, roster_row_is_bad, roster_row_number, roster_row_reason,
    roster_apply, roster_summary, roster_set_error },
  { "ledger", FALSE, ledger_open, ledger_get_rows, ledger_row_is_bad, ledger_row_number, ledger_row_reason,
    ledger_apply, ledger_summary, ledger_set_error },
  { "talks", FALSE, talks_open, talks_get_rows, talks_row_is_bad, talks_row_number, talks_row_reason,
    talks_apply, talks_summary, talks_set_error },
};

static gboolean
import_into (HdCli          *cli,
             const Importer *importer,
             HdStore        *store,
             const char     *path,
             GError        **error)
{
  g_autoptr(GObject) import = NULL;
  g_autofree char *summary = NULL;
  GListModel *rows;
  guint n_rows;

  import = importer->open (store, path, cli->today, error);
  if (import == NULL)
    return FALSE;

  rows = importer->get_rows (import);
  n_rows = g_list_model_get_n_items (rows);
  for (guint i = 0; i < n_rows; i++)
    {
      g_autoptr(GObject) row = g_list_model_get_item (rows, i);

      if (importer->row_is_bad (row))
        /* Translators: one bad row of a roster or ledger file: its number as the spreadsheet shows it,
         * and why it is bad. */
        g_printerr (_("row %u: %s\n"), importer->row_number (row), importer->row_reason (row));
    }
  /* Refuses, with the count, when any row is bad. */
  if (!importer->apply (import, NULL, error))
    return FALSE;

  summary = importer->summary (import, n_rows);
  g_print ("%s", summary);
  return TRUE;
}

static gboolean
import_file (HdCli          *cli,
             const Importer *importer,
             const char     *path,
             GError        **error)
{
  g_autoptr(HdStore) store = NULL;
  gboolean existed;

  /* Read the file before touching the database: a file that cannot be read changes nothing,
   * not even the day's backup. */
  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      importer->set_error (error, IMPORT_NOT_A_FILE, path);
      return FALSE;
    }
  existed = g_file_test (cli->db_path, G_FILE_TEST_EXISTS);
  store = hd_cli_open_store (cli, importer->starts ? HD_CLI_OPEN_CREATE : HD_CLI_OPEN_WRITE, error);
  if (store == NULL)
    return FALSE;
  if (!import_into (cli, importer, store, path, error))
    {
      /* A database the import was to start is not left behind empty. */
      g_clear_object (&store);
      if (!existed)
        hd_cli_remove_new_database (cli);
      return FALSE;
    }
  return TRUE;
}

gboolean
hd_cli_import (HdCli    *cli,
               int       argc,
               char    **argv,
               GError  **error)
{
  const Importer *importer = NULL;

  if (argc < 2)
    {
      g_set_error (error, HD_CLI_ERROR, HD_CLI_ERROR_USAGE,
                   _("import: say what to import (usage: %s)"), IMPORT_USAGE);
      return FALSE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (importers); i++)
    if (g_str_equal (argv[1], importers[i].name))
      importer = &importers[i];
  if (importer == NULL)
    {
      g_set_error (error, HD_CLI_ERROR, HD_CLI_ERROR_USAGE,
                   _("import: “%s” cannot be imported; only a roster, a ledger or conversations can (usage: %s)"),
                   argv[1], IMPORT_USAGE);
      return FALSE;
    }
  if (argc < 3)
    {
      importer->set_error (error, IMPORT_MISSING_FILE, NULL);
      return FALSE;
    }
  if (argc > 3)
    {
      importer->set_error (error, IMPORT_EXTRA_ARGUMENT, argv[3]);
      return FALSE;
    }
  return import_file (cli, importer, argv[2], error);
}
