/* hd-application.c
 *
 * The application is G_APPLICATION_NON_UNIQUE: each process owns the database file it opened,
 * and a second instance started with another --db must open its own window on its own file
 * instead of handing its arguments over to the first process.
 */
#include <glib/gi18n-lib.h>

#include "common/hd-worker.h"
#include "hd-application.h"
#include "hd-open-error-window.h"
#include "hd-renderer.h"
#include "store/hd-progress-window.h"
#include "store/hd-schema.h"
#include "store/hd-store-opener.h"
#include "hd-window.h"
#include "overview/hd-reminder-notice.h"
#include "backup/hd-backup.h"
#include "store/hd-date.h"

struct _HdApplication
{
  GtkApplication  parent_instance;

  char           *db_path;
  GSettings      *settings;
  HdContext      *context;
  guint           n_backups_running;
  GtkWindow      *progress_window;   /* while a store opens in a worker */
  gboolean        restoring;
};

G_DEFINE_FINAL_TYPE (HdApplication, hd_application, GTK_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "db", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Open the database PATH instead of the default one"), N_("PATH") },
  { NULL }
};

static void
hd_application_finalize (GObject *object)
{
  HdApplication *self = HD_APPLICATION (object);

  g_clear_object (&self->context);
  g_clear_object (&self->settings);
  g_clear_object (&self->progress_window);
  g_free (self->db_path);

  G_OBJECT_CLASS (hd_application_parent_class)->finalize (object);
}

static int
hd_application_handle_local_options (GApplication *application,
                                     GVariantDict *options)
{
  HdApplication *self = HD_APPLICATION (application);
  const char *db_path = NULL;

  if (g_variant_dict_lookup (options, "db", "^&ay", &db_path))
    hd_application_set_db_path (self, db_path);

  return -1;
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  GList *windows = g_list_copy_deep (gtk_application_get_windows (app), (GCopyFunc) g_object_ref, NULL);

  /* Closing each window runs its close-request handler, which saves its size. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
  g_list_free_full (windows, g_object_unref);
  g_application_quit (G_APPLICATION (app));
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  const char *authors[] = { _("The Huodongban developers"), NULL };

  gtk_show_about_dialog (gtk_application_get_active_window (app),
                         "program-name", _("Huodongban"),
                         "version", PACKAGE_VERSION,
                         "comments", _("Keeps the records of a county’s campaign: its leadership teams, opinions, rectification and look-back review."),
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "logo-icon-name", APP_ID,
                         "authors", authors,
                         /* Translators: put your names here, one per line. */
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static void restore_backup_activated (GSimpleAction *action,
                                      GVariant      *parameter,
                                      gpointer       user_data);

static const GActionEntry app_actions[] = {
  { "quit", quit_activated },
  { "about", about_activated },
  { "restore-backup", restore_backup_activated, "s" },
};

static void
hd_application_startup (GApplication *application)
{
  HdApplication *self = HD_APPLICATION (application);
  GtkApplication *app = GTK_APPLICATION (application);
  g_autoptr(GtkCssProvider) css = NULL;

  G_APPLICATION_CLASS (hd_application_parent_class)->startup (application);
  hd_renderer_choose (gdk_display_get_default ());

  g_set_application_name (_("Huodongban"));
  gtk_window_set_default_icon_name (APP_ID);

  /* GtkApplication loads gtk/help-overlay.ui from the resource base path by itself, but not a
   * style sheet (that is libadwaita's doing): load ours. */
  css = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (css, "/io/github/huodongban/Huodongban/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  self->settings = g_settings_new (APP_ID);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions), app);
  hd_reminder_notice_install (application);
  gtk_application_set_accels_for_action (app, "app.quit", (const char *[]) { "<Control>q", NULL });
  gtk_application_set_accels_for_action (app, "window.close", (const char *[]) { "<Control>w", NULL });
  gtk_application_set_accels_for_action (app, "win.area::organisation", (const char *[]) { "<Alt>1", NULL });
  gtk_application_set_accels_for_action (app, "win.undo", (const char *[]) { "<Control>z", NULL });
  gtk_application_set_accels_for_action (app, "win.redo", (const char *[]) { "<Control><Shift>z", "<Control>y", NULL });
  gtk_application_set_accels_for_action (app, "win.import-roster", (const char *[]) { "<Control>i", NULL });
  /* Not Ctrl+Shift+I: that opens GTK's inspector where its shortcut is turned on. */
  gtk_application_set_accels_for_action (app, "win.import-ledger", (const char *[]) { "<Control><Shift>l", NULL });
  gtk_application_set_accels_for_action (app, "win.import-talks", (const char *[]) { "<Control><Shift>t", NULL });
  gtk_application_set_accels_for_action (app, "win.new-database", (const char *[]) { "<Control><Shift>n", NULL });
  gtk_application_set_accels_for_action (app, "win.open-database", (const char *[]) { "<Control>o", NULL });
  gtk_application_set_accels_for_action (app, "win.backup", (const char *[]) { "<Control><Shift>s", NULL });
  gtk_application_set_accels_for_action (app, "win.preferences", (const char *[]) { "<Control>comma", NULL });
}

static void
backup_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GError *error = NULL;

  if (hd_backup_daily (task_data, now, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
backup_done (GObject      *source_object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(HdApplication) self = user_data;
  g_autoptr(GError) error = NULL;

  self->n_backups_running--;
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_autofree char *message = g_strdup_printf (_("The daily backup copy was not made: %s"), error->message);

      hd_window_show_notification (HD_WINDOW (source_object), message);
    }
}

/* The day's copy is made in a worker that gives way to the window, and only once the window has
 * drawn its first frame and done what start-up queued (the ledger reads its rows in idle chunks):
 * a large database never delays start-up, nor does the copy's reading compete with it. Counted as
 * running from the moment the window is on screen. */
#define BACKUP_PENDING "hd-daily-backup-pending"

static gboolean
start_daily_backup (gpointer user_data)
{
  g_autoptr(HdWindow) window = user_data;
  HdApplication *self = g_object_get_data (G_OBJECT (window), BACKUP_PENDING);
  g_autoptr(GTask) task = NULL;

  /* Not when the window closed meanwhile: see window_destroyed (). */
  if (self == NULL)
    return G_SOURCE_REMOVE;
  g_object_set_data (G_OBJECT (window), BACKUP_PENDING, NULL);
  task = g_task_new (window, NULL, backup_done, g_object_ref (self));
  g_task_set_source_tag (task, start_daily_backup);
  g_task_set_task_data (task, g_strdup (hd_store_get_path (hd_context_get_store (hd_window_get_context (window)))),
                        g_free);
  hd_worker_run (task, backup_thread);
  return G_SOURCE_REMOVE;
}

static void
first_frame_painted (GdkFrameClock *clock,
                     gpointer       user_data)
{
  HdWindow *window = user_data;

  g_signal_handlers_disconnect_by_func (clock, first_frame_painted, user_data);
  g_idle_add_full (G_PRIORITY_LOW, start_daily_backup, g_object_ref (window), NULL);
}

/* A window closed before its copy began: the copy is not waited for. */
static void
window_destroyed (GtkWidget *window,
                  gpointer   user_data)
{
  HdApplication *self = g_object_get_data (G_OBJECT (window), BACKUP_PENDING);

  if (self == NULL)
    return;
  g_object_set_data (G_OBJECT (window), BACKUP_PENDING, NULL);
  self->n_backups_running--;
}

static void
window_mapped (GtkWidget *window,
               gpointer   user_data)
{
  HdApplication *self = HD_APPLICATION (user_data);

  g_signal_handlers_disconnect_by_func (window, window_mapped, user_data);

  self->n_backups_running++;
  g_object_set_data (G_OBJECT (window), BACKUP_PENDING, self);
  g_signal_connect (window, "destroy", G_CALLBACK (window_destroyed), NULL);
  g_signal_connect_object (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (first_frame_painted),
                           window, 0);
  /* And the day's reminder, then one each new day while the window is open. */
  hd_reminder_notice_watch (G_APPLICATION (self), HD_WINDOW (window));
}

static HdContext *
context_for_store (HdApplication *self,
                   HdStore       *store)
{
  GDate today;

  /* The context gives the store the operator's name, and follows it when it changes. */
  hd_date_set_today (&today);
  return hd_context_new (store, self->settings, &today);
}

/* A database chosen from a window's menu opens in a window of its own; the window it was chosen
 * in says why it could not. */
static void
window_open_database (HdWindow   *window,
                      const char *path,
                      gboolean    create,
                      gpointer    user_data)
{
  HdApplication *self = HD_APPLICATION (user_data);
  g_autoptr(GError) error = NULL;

  if (hd_application_open_database (self, path, create, &error) == NULL)
    hd_window_show_notification (window, error->message);
}

static HdWindow *
present_window (HdApplication *self,
                HdContext     *context)
{
  HdWindow *window = hd_window_new (GTK_APPLICATION (self), context);

  g_signal_connect_after (window, "map", G_CALLBACK (window_mapped), self);
  g_signal_connect (window, "open-database", G_CALLBACK (window_open_database), self);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

/* After an open that took a progress window: the main window in its place, or the reason. */
static void
opened_with_progress (GObject      *source_object,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(HdApplication) self = user_data;
  g_autoptr(GtkWindow) progress = g_steal_pointer (&self->progress_window);
  g_autoptr(HdStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *kept_copy = NULL;
  gboolean restoring = self->restoring;
  HdWindow *window;

  self->restoring = FALSE;
  store = hd_store_opener_finish (result, &kept_copy, &error);
  /* A restore that failed changed nothing: the database opens as it was, saying why. */
  if (store == NULL && restoring)
    store = hd_store_open (self->db_path, NULL);
  if (store == NULL)
    {
      GtkWindow *error_window = GTK_WINDOW (hd_open_error_window_new (GTK_APPLICATION (self), error->message));

      gtk_window_present (error_window);
    }
  else
    {
      self->context = context_for_store (self, store);
      window = present_window (self, self->context);
      if (error != NULL)
        hd_window_show_notification (window, error->message);
      else if (restoring)
        hd_window_show_notification (window, _("The backup copy is restored. The database as it was is kept as a copy of its own: Restore from Backup lists it."));
    }
  /* Closed after the next window is up, so that the application never runs out of windows. */
  if (progress != NULL)
    gtk_window_destroy (progress);
}

/* A window with the steps of an open that may take long: restoring @copy (when not NULL) or
 * updating the data format. */
static HdProgressWindow *
show_progress (HdApplication *self,
               const char    *copy)
{
  HdProgressWindow *progress;

  if (copy != NULL)
    progress = hd_progress_window_new (GTK_APPLICATION (self), _("Restoring a Backup Copy"),
                                       _("The copy is checked, the database as it is now is kept as a copy, and the copy is written in its place. For a large database this takes a few minutes."));
  else
    progress = hd_progress_window_new (GTK_APPLICATION (self), _("Updating the Database"),
                                       _("This database was made by an earlier version of Huodongban and is brought up to this version’s data format, after a copy is kept. It is one step: should the computer stop meanwhile, the database stays as it was."));
  self->progress_window = g_object_ref (GTK_WINDOW (progress));
  self->restoring = copy != NULL;
  gtk_window_present (GTK_WINDOW (progress));
  return progress;
}

static void
restore_backup_activated (GSimpleAction *action,
                          GVariant      *parameter,
                          gpointer       user_data)
{
  HdApplication *self = HD_APPLICATION (user_data);
  GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autofree char *db_path = NULL;
  HdProgressWindow *progress;
  GList *windows;

  if (!HD_IS_WINDOW (active) || self->progress_window != NULL)
    return;
  if (self->n_backups_running > 0)
    {
      hd_window_show_notification (HD_WINDOW (active),
                                   _("Today’s backup copy is still being made. Restore when it is done, in a minute or two."));
      return;
    }
  db_path = g_strdup (hd_store_get_path (hd_context_get_store (hd_window_get_context (HD_WINDOW (active)))));
  hd_application_set_db_path (self, db_path);
  /* Shown first, so that the application keeps a window while the others close. */
  progress = show_progress (self, g_variant_get_string (parameter, NULL));

  /* Every window on the database lets go of it: a restore needs it to itself. */
  windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));
  for (GList *l = windows; l != NULL; l = l->next)
    if (HD_IS_WINDOW (l->data) &&
        g_str_equal (hd_store_get_path (hd_context_get_store (hd_window_get_context (l->data))), db_path))
      gtk_window_destroy (l->data);
  g_list_free (windows);
  g_clear_object (&self->context);
  hd_store_opener_run (db_path, g_variant_get_string (parameter, NULL), progress, opened_with_progress,
                       g_object_ref (self));
}

static void
hd_application_activate (GApplication *application)
{
  HdApplication *self = HD_APPLICATION (application);
  GtkApplication *app = GTK_APPLICATION (application);
  g_autoptr(HdStore) store = NULL;
  g_autoptr(GError) error = NULL;
  GtkWindow *window;
  int version;

  window = gtk_application_get_active_window (app);
  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  if (self->db_path == NULL)
    self->db_path = hd_store_default_path ();

  /* No window is open: whatever store an earlier window used is done with. */
  g_clear_object (&self->context);
  /* An update of the data format may take long: it shows its steps. */
  version = hd_store_peek_version (self->db_path);
  if (version > 0 && version < hd_schema_get_current_version ())
    {
      hd_store_opener_run (self->db_path, NULL, show_progress (self, NULL), opened_with_progress, g_object_ref (self));
      return;
    }
  store = hd_store_open (self->db_path, &error);
  if (store == NULL)
    {
      window = GTK_WINDOW (hd_open_error_window_new (app, error->message));
      gtk_window_present (window);
      return;
    }

  self->context = context_for_store (self, store);
  present_window (self, self->context);
}

static void
hd_application_class_init (HdApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = hd_application_finalize;

  app_class->handle_local_options = hd_application_handle_local_options;
  app_class->startup = hd_application_startup;
  app_class->activate = hd_application_activate;
}

static void
hd_application_init (HdApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
}

HdApplication *
hd_application_new (void)
{
  /* Before GTK starts, which happens when the application does. */
  hd_renderer_choose_early ();
  return g_object_new (HD_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_NON_UNIQUE,
                       "resource-base-path", "/io/github/huodongban/Huodongban",
                       NULL);
}

const char *
hd_application_get_db_path (HdApplication *self)
{
  g_return_val_if_fail (HD_IS_APPLICATION (self), NULL);
  return self->db_path;
}

void
hd_application_set_db_path (HdApplication *self,
                            const char    *path)
{
  g_return_if_fail (HD_IS_APPLICATION (self));

  g_free (self->db_path);
  self->db_path = g_strdup (path);
}

HdContext *
hd_application_get_context (HdApplication *self)
{
  g_return_val_if_fail (HD_IS_APPLICATION (self), NULL);
  return self->context;
}

gboolean
hd_application_get_backup_running (HdApplication *self)
{
  g_return_val_if_fail (HD_IS_APPLICATION (self), FALSE);
  return self->n_backups_running > 0;
}

HdWindow *
hd_application_open_database (HdApplication  *self,
                              const char     *path,
                              gboolean        create,
                              GError        **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(HdStore) store = NULL;
  g_autoptr(HdContext) context = NULL;

  g_return_val_if_fail (HD_IS_APPLICATION (self), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  /* A second connection of ours to the same file would only confuse undo: show its window. */
  file = g_file_new_for_path (path);
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    {
      HdWindow *window;
      g_autoptr(GFile) open_file = NULL;

      if (!HD_IS_WINDOW (l->data))
        continue;
      window = l->data;
      open_file = g_file_new_for_path (hd_store_get_path (hd_context_get_store (hd_window_get_context (window))));
      if (g_file_equal (file, open_file))
        {
          if (create)
            {
              g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                           _("“%s” is the database open in this window. Choose a new name for the new database."),
                           path);
              return NULL;
            }
          gtk_window_present (GTK_WINDOW (window));
          return window;
        }
    }

  if (create && g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                   _("“%s” already exists, and a new database never replaces a file. Choose a new name, or open the file with Open Database."),
                   path);
      return NULL;
    }
  if (!create && !g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("“%s” does not exist or is not a file. Choose a Huodongban database file."), path);
      return NULL;
    }

  store = hd_store_open (path, error);
  if (store == NULL)
    return NULL;
  context = context_for_store (self, store);
  return present_window (self, context);
}
