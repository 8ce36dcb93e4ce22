/* hd-gui-test.c */
#include <glib/gi18n-lib.h>
#include <locale.h>

#include "hd-gui-test.h"

HdApplication *
hd_gui_test_init (int       *argc,
                  char    ***argv,
                  gboolean   english)
{
  g_autoptr(GError) error = NULL;
  const char *localedir = g_getenv ("HUODONGBAN_LOCALEDIR");
  HdApplication *app;

  if (english)
    g_setenv ("LANGUAGE", "C", TRUE);
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_init (argc, argv, NULL);

  app = hd_application_new ();
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  return app;
}

int
hd_gui_test_run (HdApplication **app)
{
  int status = g_test_run ();

  hd_gui_test_close_all_windows (*app);
  g_clear_object (app);
  return status;
}

gboolean
hd_gui_test_timed_out_cb (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

gboolean
hd_gui_test_no_windows (HdApplication *app)
{
  return gtk_application_get_windows (GTK_APPLICATION (app)) == NULL;
}

void
hd_gui_test_close_all_windows (HdApplication *app)
{
  WAIT_FOR (!hd_application_get_backup_running (app));
  while (!hd_gui_test_no_windows (app))
    gtk_window_destroy (gtk_application_get_windows (GTK_APPLICATION (app))->data);
  WAIT_FOR (hd_gui_test_no_windows (app));
}

GtkWindow *
hd_gui_test_open_window (HdApplication *app,
                         const char    *db_path)
{
  GtkWindow *window;

  hd_application_set_db_path (app, db_path);
  g_application_activate (G_APPLICATION (app));
  WAIT_FOR (!hd_gui_test_no_windows (app));
  window = gtk_application_get_windows (GTK_APPLICATION (app))->data;
  WAIT_FOR (gtk_widget_get_mapped (GTK_WIDGET (window)));
  return window;
}

void
hd_gui_test_wait_for_preview (HdImportWindow *preview)
{
  WAIT_FOR (!hd_import_window_get_busy (preview));
  WAIT_FOR (gtk_widget_get_mapped (GTK_WIDGET (preview)));
}

void
hd_gui_test_assert_cells (HdImportWindow      *preview,
                          guint                position,
                          const HdGuiTestCell *cells,
                          guint                n_cells)
{
  for (guint i = 0; i < n_cells; i++)
    {
      g_autofree char *text = hd_import_window_dup_cell_text (preview, position, cells[i].title);

      g_assert_cmpstr (text, ==, cells[i].text);
    }
}

GtkWidget *
hd_gui_test_find_widget (GtkWidget *widget,
                         GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = hd_gui_test_find_widget (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}
