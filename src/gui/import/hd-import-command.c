/* hd-import-command.c */
#include <glib/gi18n-lib.h>

#include "common/hd-file-chooser.h"
#include "import/hd-import-command.h"

typedef struct {
  GtkWindow          *window;
  HdContext          *context;
  const HdImportKind *kind;
} ImportCommand;

static void
import_command_free (ImportCommand *command)
{
  g_object_unref (command->window);
  g_object_unref (command->context);
  g_free (command);
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
file_chosen (GFile    *file,
             gpointer  user_data)
{
  ImportCommand *command = user_data;

  hd_import_command_open (command->window, command->context, command->kind, file);
}

void
hd_import_command_choose_file (GtkWindow          *window,
                               HdContext          *context,
                               const HdImportKind *kind)
{
  g_autoptr(GListStore) filters = NULL;
  ImportCommand *command;

  g_return_if_fail (GTK_IS_WINDOW (window));
  g_return_if_fail (HD_IS_CONTEXT (context));
  g_return_if_fail (kind != NULL);

  filters = hd_file_chooser_filters_new (_("Spreadsheets Saved as CSV (*.csv)"), "*.[cC][sS][vV]");
  command = g_new0 (ImportCommand, 1);
  command->window = g_object_ref (window);
  command->context = g_object_ref (context);
  command->kind = kind;
  hd_file_chooser_open (window, _(kind->title), _("_Preview"), filters, NULL, file_chosen, command,
                        (GDestroyNotify) import_command_free);
}
