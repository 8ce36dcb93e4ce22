/* hd-backup-command.c */
#include <glib/gi18n-lib.h>

#include "common/hd-file-chooser.h"
#include "store/hd-backup-command.h"

static void
file_chosen (GtkWindow *window,
             GFile     *file,
             gpointer   user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (!hd_backup_command_write_to (HD_CONTEXT (user_data), file, &error))
    message = g_strdup (error->message);
  else
    /* Translators: %s is the path of the backup copy. */
    message = g_strdup_printf (_("A backup copy of the database was saved as “%s”."), g_file_peek_path (file));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-notification", "s", message);
}

void
hd_backup_command_choose_file (GtkWindow *window,
                               HdContext *context)
{
  g_autoptr(GListStore) filters = NULL;
  g_autoptr(GFile) db = NULL;
  g_autoptr(GFile) folder = NULL;
  g_autofree char *name = NULL;

  g_return_if_fail (GTK_IS_WINDOW (window));
  g_return_if_fail (HD_IS_CONTEXT (context));

  filters = hd_file_chooser_filters_new (_("Huodongban Databases (*.db)"), "*.db");
  db = g_file_new_for_path (hd_store_get_path (hd_context_get_store (context)));
  folder = g_file_get_parent (db);
  name = hd_backup_command_propose_name (context);
  hd_file_chooser_choose (window, HD_FILE_CHOOSER_SAVE, _("Back Up a Copy"), _("_Save"), filters, folder, name,
                          file_chosen, g_object_ref (context), g_object_unref);
}

char *
hd_backup_command_propose_name (HdContext *context)
{
  const GDate *today;
  g_autofree char *basename = NULL;
  char *dot;
  char date[16];

  g_return_val_if_fail (HD_IS_CONTEXT (context), NULL);

  today = hd_context_get_today (context);
  basename = g_path_get_basename (hd_store_get_path (hd_context_get_store (context)));
  dot = strrchr (basename, '.');
  if (dot != NULL && dot != basename)
    *dot = '\0';
  g_date_strftime (date, sizeof date, "%Y-%m-%d", today);
  /* Translators: the proposed name of a backup copy: the database's name, then the date,
   * e.g. "county-backup-2014-09-30.db". */
  return g_strdup_printf (_("%s-backup-%s.db"), basename, date);
}

gboolean
hd_backup_command_write_to (HdContext  *context,
                            GFile      *file,
                            GError    **error)
{
  HdStore *store;
  g_autoptr(GFile) db = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (HD_IS_CONTEXT (context), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  store = hd_context_get_store (context);
  db = g_file_new_for_path (hd_store_get_path (store));
  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           _("The backup copy must go into a folder on this computer. Choose a local folder."));
      return FALSE;
    }
  /* Replacing the open database with a copy of itself would destroy it. */
  if (g_file_equal (db, file))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                           _("The backup copy cannot replace the database itself. Choose another name."));
      return FALSE;
    }
  return hd_store_backup_to (store, path, error);
}
