/* hd-import-command.c */
#include <glib/gi18n-lib.h>

#include "common/hd-file-chooser.h"
#include "import/hd-import-command.h"

typedef struct {
  HdContext          *context;
  const HdImportKind *kind;
} ImportFile;

static void
import_file_free (ImportFile *import)
{
  g_object_unref (import->context);
  g_free (import);
}

/* The import went through the history: the pages have reread what they show. */
static void
imported_cb (GtkWindow  *window,
             const char *message)
{
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-notification", "s", message);
}

HdImportWindow *
hd_import_command_open (GtkWindow          *window,
                        HdContext          *context,
                        const HdImportKind *kind,
                        GFile              *file)
{
  HdImportWindow *import_window;

  g_return_val_if_fail (GTK_IS_WINDOW (window), NULL);
  g_return_val_if_fail (HD_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (kind != NULL, NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  import_window = hd_import_window_new (window, context, kind, file);
  g_signal_connect_object (import_window, "imported", G_CALLBACK (imported_cb), window, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (import_window));
  return import_window;
}

static void
file_chosen (GtkWindow *window,
             GFile     *file,
             gpointer   user_data)
{
  ImportFile *import = user_data;

  hd_import_command_open (window, import->context, import->kind, file);
}

void
hd_import_command_choose_file (GtkWindow          *window,
                               HdContext          *context,
                               const HdImportKind *kind)
{
  g_autoptr(GListStore) filters = NULL;
  ImportFile *import;

  g_return_if_fail (GTK_IS_WINDOW (window));
  g_return_if_fail (HD_IS_CONTEXT (context));
  g_return_if_fail (kind != NULL);

  filters = hd_file_chooser_filters_new (_("Spreadsheets Saved as CSV (*.csv)"), "*.[cC][sS][vV]");
  import = g_new0 (ImportFile, 1);
  import->context = g_object_ref (context);
  import->kind = kind;
  hd_file_chooser_choose (window, HD_FILE_CHOOSER_OPEN, _(kind->title), _("_Preview"), filters, NULL, NULL,
                          file_chosen, import, (GDestroyNotify) import_file_free);
}
