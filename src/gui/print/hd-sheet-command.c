/* hd-sheet-command.c */
#include <glib/gi18n-lib.h>

#include "common/hd-file-chooser.h"
#include "common/hd-worker.h"
#include "print/hd-query-copy.h"
#include "print/hd-sheet-command.h"
#include "sheets/hd-sheet-export.h"

typedef struct {
  char                *db_path;
  HdLedgerQueryCopy   *ledger;     /* one of the two */
  HdOpinionFilterCopy *opinions;
  HdSheetFormat        format;
  char                *path;
  guint                n_rows;
} Export;

static void
export_free (Export *export)
{
  g_free (export->db_path);
  hd_ledger_query_copy_free (export->ledger);
  hd_opinion_filter_copy_free (export->opinions);
  g_free (export->path);
  g_free (export);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Export, export_free)

static void
notify (GtkWindow  *window,
        const char *message)
{
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-notification", "s", message);
}

gboolean
hd_sheet_command_format_for (GFile          *file,
                             HdSheetFormat  *format,
                             char          **path)
{
  g_autofree char *local = g_file_get_path (file);
  g_autofree char *lower = NULL;

  if (local == NULL)
    return FALSE;
  lower = g_ascii_strdown (local, -1);
  *format = g_str_has_suffix (lower, ".csv") ? HD_SHEET_FORMAT_CSV : HD_SHEET_FORMAT_XLSX;
  if (*format == HD_SHEET_FORMAT_XLSX && !g_str_has_suffix (lower, ".xlsx"))
    *path = g_strconcat (local, ".xlsx", NULL);
  else
    *path = g_steal_pointer (&local);
  return TRUE;
}

static void
export_thread (GTask        *task,
               gpointer      source,
               gpointer      data,
               GCancellable *cancellable)
{
  Export *export = data;
  g_autoptr(GError) error = NULL;
  /* SQLite connections stay in their thread: this one is the worker's. */
  g_autoptr(HdStore) store = hd_store_open (export->db_path, &error);
  gboolean ok = FALSE;

  if (store != NULL && export->ledger != NULL)
    ok = hd_sheet_export_ledger (store, &export->ledger->query, export->format, export->path, &export->n_rows,
                                 &error);
  else if (store != NULL)
    ok = hd_sheet_export_opinions (store, &export->opinions->filter, export->format, export->path,
                                   &export->n_rows, &error);
  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

static void
export_done (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  GtkWindow *window = GTK_WINDOW (source);
  Export *export = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *basename = g_path_get_basename (export->path);
  g_autofree char *message = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    /* Translators: %s is why, e.g. the folder cannot be written. */
    message = g_strdup_printf (_("The spreadsheet was not exported: %s"), error->message);
  else
    /* Translators: said once a spreadsheet is exported, e.g. "4 rows written to “台账.xlsx”." */
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u row written to “%s”.", "%u rows written to “%s”.",
                                            export->n_rows),
                               export->n_rows, basename);
  notify (window, message);
}

/* Takes @export; its query or filter is set. */
static void
start (GtkWindow *window,
       HdContext *context,
       Export    *export,
       GFile     *file)
{
  g_autoptr(Export) owned = export;
  g_autoptr(GTask) task = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *message = NULL;

  if (!hd_sheet_command_format_for (file, &export->format, &export->path))
    {
      notify (window, _("The spreadsheet must go into a folder on this computer. Choose a local folder."));
      return;
    }
  export->db_path = g_strdup (hd_store_get_path (hd_context_get_store (context)));
  basename = g_path_get_basename (export->path);
  /* Translators: while a spreadsheet is written; %s is its file's name. */
  message = g_strdup_printf (_("Writing “%s”…"), basename);
  notify (window, message);

  task = g_task_new (window, NULL, export_done, NULL);
  g_task_set_task_data (task, g_steal_pointer (&owned), (GDestroyNotify) export_free);
  hd_worker_run (task, export_thread);
}

static Export *
ledger_export (const HdLedgerQuery *query)
{
  Export *export = g_new0 (Export, 1);

  export->ledger = hd_ledger_query_copy_new (query);
  return export;
}

static Export *
opinions_export (const HdOpinionFilter *filter)
{
  Export *export = g_new0 (Export, 1);

  export->opinions = hd_opinion_filter_copy_new (filter);
  return export;
}

void
hd_sheet_command_export_ledger (GtkWindow           *window,
                                HdContext           *context,
                                const HdLedgerQuery *query,
                                GFile               *file)
{
  g_return_if_fail (GTK_IS_WINDOW (window));
  g_return_if_fail (HD_IS_CONTEXT (context));
  g_return_if_fail (query != NULL);
  g_return_if_fail (G_IS_FILE (file));

  start (window, context, ledger_export (query), file);
}

void
hd_sheet_command_export_opinions (GtkWindow             *window,
                                  HdContext             *context,
                                  const HdOpinionFilter *filter,
                                  GFile                 *file)
{
  g_return_if_fail (GTK_IS_WINDOW (window));
  g_return_if_fail (HD_IS_CONTEXT (context));
  g_return_if_fail (filter != NULL);
  g_return_if_fail (G_IS_FILE (file));

  start (window, context, opinions_export (filter), file);
}

/* ---- choosing the file ---- */

typedef struct {
  HdContext *context;
  Export    *export;   /* its query or filter only */
} Choice;

static void
choice_free (Choice *choice)
{
  g_object_unref (choice->context);
  g_clear_pointer (&choice->export, export_free);
  g_free (choice);
}

static void
file_chosen (GtkWindow *window,
             GFile     *file,
             gpointer   user_data)
{
  Choice *choice = user_data;

  start (window, choice->context, g_steal_pointer (&choice->export), file);
}

static void
add_filter (GListStore *filters,
            const char *name,
            const char *pattern)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_pattern (filter, pattern);
  g_list_store_append (filters, filter);
}

static void
choose (GtkWindow  *window,
        HdContext  *context,
        Export     *export,
        const char *name)
{
  g_autoptr(GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
  g_autofree char *initial = g_strconcat (name, ".xlsx", NULL);
  Choice *choice = g_new0 (Choice, 1);

  add_filter (filters, _("Excel Workbooks (*.xlsx)"), "*.[xX][lL][sS][xX]");
  add_filter (filters, _("Spreadsheets Saved as CSV (*.csv)"), "*.[cC][sS][vV]");
  choice->context = g_object_ref (context);
  choice->export = export;
  hd_file_chooser_choose (window, HD_FILE_CHOOSER_SAVE, _("Export Spreadsheet"), _("_Export"), filters, NULL,
                          initial, file_chosen, choice, (GDestroyNotify) choice_free);
}

void
hd_sheet_command_choose_ledger (GtkWindow           *window,
                                HdContext           *context,
                                const HdLedgerQuery *query,
                                const char          *name)
{
  g_return_if_fail (GTK_IS_WINDOW (window));
  g_return_if_fail (HD_IS_CONTEXT (context));
  g_return_if_fail (query != NULL);

  choose (window, context, ledger_export (query), name);
}

void
hd_sheet_command_choose_opinions (GtkWindow             *window,
                                  HdContext             *context,
                                  const HdOpinionFilter *filter,
                                  const char            *name)
{
  g_return_if_fail (GTK_IS_WINDOW (window));
  g_return_if_fail (HD_IS_CONTEXT (context));
  g_return_if_fail (filter != NULL);

  choose (window, context, opinions_export (filter), name);
}
