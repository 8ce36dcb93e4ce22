/* hd-file-chooser.c */
#include <glib/gi18n-lib.h>

#include "common/hd-file-chooser.h"

typedef struct {
  GtkWindow        *parent;
  HdFileChosenFunc  chosen;
  gpointer          user_data;
  GDestroyNotify    destroy;
  gboolean          save;
} ChooseData;

static void
choose_data_free (ChooseData *data)
{
  if (data->destroy != NULL)
    data->destroy (data->user_data);
  g_object_unref (data->parent);
  g_free (data);
}

GListStore *
hd_file_chooser_filters_new (const char *name,
                             const char *pattern)
{
  GListStore *filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  g_list_store_append (filters, filter);
  g_list_store_append (filters, all);
  return filters;
}

#if GTK_CHECK_VERSION (4, 10, 0)
static void
file_dialog_done (GObject      *source_object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  ChooseData *data = user_data;
  GtkFileDialog *dialog = GTK_FILE_DIALOG (source_object);
  g_autoptr(GFile) file = NULL;

  if (data->save)
    file = gtk_file_dialog_save_finish (dialog, result, NULL);
  else
    file = gtk_file_dialog_open_finish (dialog, result, NULL);
  if (file != NULL)
    data->chosen (data->parent, file, data->user_data);
  choose_data_free (data);
}
#else
static void
native_response (GtkNativeDialog *native,
                 int              response,
                 gpointer         user_data)
{
  ChooseData *data = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));

      if (file != NULL)
        data->chosen (data->parent, file, data->user_data);
    }
  choose_data_free (data);
  g_object_unref (native);
}
#endif

void
hd_file_chooser_choose (GtkWindow         *parent,
                        HdFileChooserMode  mode,
                        const char        *title,
                        const char        *accept_label,
                        GListStore        *filters,
                        GFile             *folder,
                        const char        *initial_name,
                        HdFileChosenFunc   chosen,
                        gpointer           user_data,
                        GDestroyNotify     destroy)
{
  ChooseData *data;

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (G_IS_LIST_STORE (filters));
  g_return_if_fail (chosen != NULL);

  data = g_new0 (ChooseData, 1);
  data->parent = g_object_ref (parent);
  data->chosen = chosen;
  data->user_data = user_data;
  data->destroy = destroy;
  data->save = mode == HD_FILE_CHOOSER_SAVE;

#if GTK_CHECK_VERSION (4, 10, 0)
  {
    g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();

    gtk_file_dialog_set_title (dialog, title);
    gtk_file_dialog_set_accept_label (dialog, accept_label);
    gtk_file_dialog_set_modal (dialog, TRUE);
    gtk_file_dialog_set_filters (dialog, G_LIST_MODEL (filters));
    if (folder != NULL)
      gtk_file_dialog_set_initial_folder (dialog, folder);
    if (initial_name != NULL)
      gtk_file_dialog_set_initial_name (dialog, initial_name);
    if (data->save)
      gtk_file_dialog_save (dialog, parent, NULL, file_dialog_done, data);
    else
      gtk_file_dialog_open (dialog, parent, NULL, file_dialog_done, data);
  }
#else
  {
    GtkFileChooserNative *native =
      gtk_file_chooser_native_new (title, parent,
                                   data->save ? GTK_FILE_CHOOSER_ACTION_SAVE : GTK_FILE_CHOOSER_ACTION_OPEN,
                                   accept_label, _("_Cancel"));
    guint n = g_list_model_get_n_items (G_LIST_MODEL (filters));

    for (guint i = 0; i < n; i++)
      {
        g_autoptr(GtkFileFilter) filter = g_list_model_get_item (G_LIST_MODEL (filters), i);
        gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
      }
    gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
    if (folder != NULL)
      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (native), folder, NULL);
    if (initial_name != NULL)
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), initial_name);
    g_signal_connect (native, "response", G_CALLBACK (native_response), data);
    gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
  }
#endif
}
