/* hd-gui-test.c */
#include <glib/gi18n-lib.h>
#include <locale.h>

#include "common/hd-worker.h"
#include "demo/hd-demo.h"
#include "hd-gui-test.h"
#include "hd-test-util.h"
#include "organisation/hd-unit.h"

HdApplication *
hd_gui_test_init (int       *argc,
                  char    ***argv,
                  gboolean   english)
{
  g_autoptr(GError) error = NULL;
  HdApplication *app;

  if (english)
    g_setenv ("LANGUAGE", "C", TRUE);
  /* GLib's pool threads (GTask's, GIO's file operations) end after some idle seconds; one ending
   * just as the leak checker stops the process at exit makes the checker fail. Keep them. */
  g_thread_pool_set_max_idle_time (0);
  g_thread_pool_set_max_unused_threads (-1);
  hd_test_init_translated (argc, argv);

  app = hd_application_new ();
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  /* The daily reminders go to the tests' own notification server: a private session bus has
   * none, and GIO would warn at every reminder. */
  hd_gui_test_serve_notifications ();
  return app;
}

int
hd_gui_test_run (HdApplication **app)
{
  int status = g_test_run ();

  hd_gui_test_close_all_windows (*app);
  WAIT_FOR (hd_worker_get_n_running () == 0);
  hd_worker_join_all ();
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
hd_gui_test_find_widget_where (GtkWidget           *widget,
                               HdGuiTestWidgetFunc  match,
                               gconstpointer        data)
{
  if (match (widget, data))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = hd_gui_test_find_widget_where (child, match, data);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
is_of_type (GtkWidget     *widget,
            gconstpointer  type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (type));
}

gpointer
hd_gui_test_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;   /* the list holds it */
    }
  return NULL;
}

gpointer
hd_gui_test_get_toplevel (GType type)
{
  gpointer window = hd_gui_test_find_toplevel (type);

  if (window == NULL)
    g_error ("no window of type %s is shown", g_type_name (type));
  return window;
}

GtkWidget *
hd_gui_test_find_widget (GtkWidget *widget,
                         GType      type)
{
  return hd_gui_test_find_widget_where (widget, is_of_type, GSIZE_TO_POINTER (type));
}

/* The shortcut of @widget's controllers for @keyval and @modifiers, activated: TRUE if it acted. */
static gboolean
activate_shortcut (GtkWidget       *widget,
                   guint            keyval,
                   GdkModifierType  modifiers)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

          if (GTK_IS_KEYVAL_TRIGGER (trigger) &&
              gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval &&
              gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == modifiers &&
              gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), GTK_SHORTCUT_ACTION_EXCLUSIVE,
                                            widget, gtk_shortcut_get_arguments (shortcut)))
            return TRUE;
        }
    }
  return FALSE;
}

gboolean
hd_gui_test_press_key (GtkWindow       *window,
                       guint            keyval,
                       GdkModifierType  modifiers)
{
  for (GtkWidget *widget = gtk_root_get_focus (GTK_ROOT (window)); widget != NULL;
       widget = gtk_widget_get_parent (widget))
    {
      if (activate_shortcut (widget, keyval, modifiers))
        return TRUE;
    }
  return FALSE;
}

void
hd_gui_test_generate_demo (HdStore    *store,
                           GDateDay    day,
                           GDateMonth  month)
{
  g_autoptr(GError) error = NULL;
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, day, month, 2014);
  g_assert_true (hd_demo_generate (store, HD_DEMO_SCALE_COUNTY, 1, &today, &error));
  g_assert_no_error (error);
}

char *
hd_gui_test_make_demo_county (const char *dir)
{
  g_autoptr(HdStore) store = hd_test_open_store (dir, "county.db");

  hd_gui_test_generate_demo (store, 15, G_DATE_JUNE);
  return g_strdup (hd_store_get_path (store));
}

guint
hd_gui_test_find_unit_row (GListModel *tree,
                           gint64      id)
{
  guint n = g_list_model_get_n_items (tree);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (tree, i);
      g_autoptr(HdUnit) unit = gtk_tree_list_row_get_item (row);

      if (hd_unit_get_id (unit) == id)
        return i;
    }
  return G_MAXUINT;
}

/* ---- a notification server of the test's own ---- */

static const char notifications_xml[] =
  "<node>"
  "  <interface name='org.freedesktop.Notifications'>"
  "    <method name='Notify'>"
  "      <arg type='s' direction='in'/><arg type='u' direction='in'/><arg type='s' direction='in'/>"
  "      <arg type='s' direction='in'/><arg type='s' direction='in'/><arg type='as' direction='in'/>"
  "      <arg type='a{sv}' direction='in'/><arg type='i' direction='in'/><arg type='u' direction='out'/>"
  "    </method>"
  "    <method name='CloseNotification'><arg type='u' direction='in'/></method>"
  "    <method name='GetCapabilities'><arg type='as' direction='out'/></method>"
  "    <method name='GetServerInformation'>"
  "      <arg type='s' direction='out'/><arg type='s' direction='out'/><arg type='s' direction='out'/>"
  "      <arg type='s' direction='out'/>"
  "    </method>"
  "    <signal name='ActionInvoked'><arg type='u'/><arg type='s'/></signal>"
  "    <signal name='NotificationClosed'><arg type='u'/><arg type='u'/></signal>"
  "  </interface>"
  "</node>";

static char *last_summary;
static char *last_body;
static guint n_notifications;

static void
notifications_method (GDBusConnection       *connection,
                      const char            *sender,
                      const char            *path,
                      const char            *interface,
                      const char            *method,
                      GVariant              *parameters,
                      GDBusMethodInvocation *invocation,
                      gpointer               data)
{
  if (g_str_equal (method, "Notify"))
    {
      const char *summary, *body;

      g_variant_get (parameters, "(&su&s&s&s@as@a{sv}i)", NULL, NULL, NULL, &summary, &body, NULL, NULL, NULL);
      g_free (last_summary);
      g_free (last_body);
      last_summary = g_strdup (summary);
      last_body = g_strdup (body);
      n_notifications++;
      g_dbus_method_invocation_return_value (invocation, g_variant_new ("(u)", n_notifications));
    }
  else if (g_str_equal (method, "GetCapabilities"))
    g_dbus_method_invocation_return_value (invocation, g_variant_new_parsed ("(['body', 'actions'],)"));
  else if (g_str_equal (method, "GetServerInformation"))
    g_dbus_method_invocation_return_value (invocation, g_variant_new ("(ssss)", "test", "huodongban", "1", "1.2"));
  else
    g_dbus_method_invocation_return_value (invocation, NULL);
}

void
hd_gui_test_serve_notifications (void)
{
  static const GDBusInterfaceVTable vtable = { notifications_method, NULL, NULL, { NULL } };
  g_autoptr(GError) error = NULL;
  g_autoptr(GDBusNodeInfo) info = g_dbus_node_info_new_for_xml (notifications_xml, &error);
  GDBusConnection *bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);
  gboolean owned = FALSE;

  g_assert_no_error (error);
  g_dbus_connection_register_object (bus, "/org/freedesktop/Notifications", info->interfaces[0], &vtable, NULL, NULL,
                                     &error);
  g_assert_no_error (error);
  g_bus_own_name_on_connection (bus, "org.freedesktop.Notifications", G_BUS_NAME_OWNER_FLAGS_NONE,
                                NULL, NULL, NULL, NULL);
  /* Owned when the bus says so. */
  {
    for (guint tries = 0; !owned && tries < 100; tries++)
      {
        g_autoptr(GVariant) answer = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                                                  "org.freedesktop.DBus", "NameHasOwner",
                                                                  g_variant_new ("(s)", "org.freedesktop.Notifications"),
                                                                  G_VARIANT_TYPE ("(b)"), G_DBUS_CALL_FLAGS_NONE, -1,
                                                                  NULL, NULL);

        if (answer != NULL)
          g_variant_get (answer, "(b)", &owned);
        if (!owned)
          g_main_context_iteration (NULL, FALSE);
      }
  }
  g_assert_true (owned);
  g_object_unref (bus);
}

guint
hd_gui_test_get_n_notifications (void)
{
  return n_notifications;
}

const char *
hd_gui_test_get_notification (const char **body)
{
  if (body != NULL)
    *body = last_body;
  return last_summary;
}
