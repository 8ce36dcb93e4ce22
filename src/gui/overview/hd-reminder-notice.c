/* hd-reminder-notice.c */
#include <glib/gi18n-lib.h>

#include "ledger/hd-light.h"
#include "organisation/hd-unit.h"
#include "overview/hd-reminder-notice.h"
#include "store/hd-date.h"
#include "store/hd-record.h"

/* How often an open window looks whether a new day has begun, and how long after it opens it
 * first looks. */
#define CHECK_SECONDS (10 * 60)
#define FIRST_CHECK_MS 1500

static guint
warning_days (HdContext *context)
{
  return g_settings_get_uint (hd_context_get_settings (context), "deadline-warning-days");
}

gint64
hd_reminder_notice_get_scope (HdContext *context)
{
  g_autofree char *uuid = g_settings_get_string (hd_context_get_settings (context), "reminder-scope");
  sqlite3_stmt *stmt;
  gint64 id = 0;

  if (*uuid == '\0')
    return 0;
  stmt = hd_store_prepare (hd_context_get_store (context), "SELECT id FROM unit WHERE uuid = ?1", NULL);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return id;
}

void
hd_reminder_notice_set_scope (HdContext *context,
                              gint64     unit_id)
{
  g_autoptr(HdUnit) unit = unit_id != 0 ? hd_unit_load (hd_context_get_store (context), unit_id, NULL) : NULL;

  g_settings_set_string (hd_context_get_settings (context), "reminder-scope",
                         unit != NULL ? hd_record_get_uuid (HD_RECORD (unit)) : "");
}

/* The day @path's reminder was last given; yesterday when never. */
static void
last_day (GSettings  *settings,
          const char *path,
          const GDate *today,
          GDate      *day)
{
  g_autoptr(GVariant) days = g_settings_get_value (settings, "reminder-last-days");
  const char *iso = NULL;

  g_date_clear (day, 1);
  if (g_variant_lookup (days, path, "&s", &iso) && hd_date_parse_iso (iso, day) && g_date_compare (day, today) <= 0)
    return;
  *day = *today;
  g_date_subtract_days (day, 1);
}

static void
remember_day (GSettings   *settings,
              const char  *path,
              const GDate *today)
{
  g_autoptr(GVariant) days = g_settings_get_value (settings, "reminder-last-days");
  g_autofree char *iso = hd_date_format_iso (today);
  GVariantBuilder builder;
  GVariantIter iter;
  const char *key, *value;

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a{ss}"));
  g_variant_iter_init (&iter, days);
  while (g_variant_iter_next (&iter, "{&s&s}", &key, &value))
    if (!g_str_equal (key, path))
      g_variant_builder_add (&builder, "{ss}", key, value);
  g_variant_builder_add (&builder, "{ss}", path, iso);
  g_settings_set_value (settings, "reminder-last-days", g_variant_builder_end (&builder));
}

HdReminders *
hd_reminder_notice_check (GApplication *app,
                          HdWindow     *window)
{
  HdContext *context = hd_window_get_context (window);
  HdStore *store = hd_context_get_store (context);
  GSettings *settings = hd_context_get_settings (context);
  const char *path = hd_store_get_path (store);
  const GDate *today = hd_context_get_today (context);
  g_autoptr(GError) error = NULL;
  g_autoptr(HdReminders) reminders = NULL;
  g_autoptr(GNotification) notification = NULL;
  g_autoptr(HdUnit) unit = NULL;
  g_autofree char *body = NULL;
  g_autofree char *title = NULL;
  g_autofree char *since = NULL;
  g_autofree char *day = NULL;
  g_autofree char *id = NULL;
  gint64 scope = hd_reminder_notice_get_scope (context);
  GDate last;

  last_day (settings, path, today, &last);
  if (g_date_compare (&last, today) >= 0)
    return NULL;
  reminders = hd_reminders_compute (store, scope, &last, today, warning_days (context), &error);
  if (reminders == NULL)
    {
      g_warning ("%s", error->message);
      return NULL;
    }
  remember_day (settings, path, today);
  if (hd_reminders_is_empty (reminders))
    return NULL;

  if (scope != 0)
    unit = hd_unit_load (store, scope, NULL);
  body = hd_reminders_describe (reminders);
  /* Translators: a reminder's title: the unit whose subtree it covers. */
  title = g_strdup_printf (_("Rectification reminder: %s"), unit != NULL ? hd_unit_get_name (unit) : _("All Units"));
  notification = g_notification_new (title);
  g_notification_set_body (notification, body);
  since = hd_date_format_iso (&last);
  day = hd_date_format_iso (today);
  g_notification_set_default_action_and_target (notification, "app.show-reminded", "(sss)", path, since, day);
  /* One a day for each database: a later one of the same day replaces it. */
  id = g_strdup_printf ("reminder-%s", path);
  g_application_send_notification (app, id, notification);
  return g_steal_pointer (&reminders);
}

typedef struct {
  GApplication *app;
  HdWindow     *window;
  guint         source;
} Watch;

static gboolean
check_cb (gpointer data)
{
  Watch *watch = data;

  hd_reminders_free (hd_reminder_notice_check (watch->app, watch->window));
  return G_SOURCE_CONTINUE;
}

/* The first look waits until the window has drawn its first frames; then every so often. */
static gboolean
first_check_cb (gpointer data)
{
  Watch *watch = data;

  check_cb (watch);
  watch->source = g_timeout_add_seconds (CHECK_SECONDS, check_cb, watch);
  return G_SOURCE_REMOVE;
}

static void
window_gone (gpointer  data,
             GObject  *window)
{
  Watch *watch = data;

  g_source_remove (watch->source);
  g_free (watch);
}

void
hd_reminder_notice_watch (GApplication *app,
                          HdWindow     *window)
{
  Watch *watch = g_new0 (Watch, 1);

  watch->app = app;
  watch->window = window;
  watch->source = g_timeout_add (FIRST_CHECK_MS, first_check_cb, watch);
  g_object_weak_ref (G_OBJECT (window), window_gone, watch);
}

static void
show_reminded_activated (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       data)
{
  GtkApplication *app = GTK_APPLICATION (data);
  const char *path, *since, *day;
  GDate last, today;

  g_variant_get (parameter, "(&s&s&s)", &path, &since, &day);
  if (!hd_date_parse_iso (since, &last) || !hd_date_parse_iso (day, &today))
    return;
  for (GList *l = gtk_application_get_windows (app); l != NULL; l = l->next)
    {
      HdContext *context;
      g_autoptr(HdReminders) reminders = NULL;
      g_autoptr(GArray) tasks = NULL;
      g_autoptr(GError) error = NULL;
      gint64 scope;

      if (!HD_IS_WINDOW (l->data))
        continue;
      context = hd_window_get_context (HD_WINDOW (l->data));
      if (!g_str_equal (hd_store_get_path (hd_context_get_store (context)), path))
        continue;
      scope = hd_reminder_notice_get_scope (context);
      reminders = hd_reminders_compute (hd_context_get_store (context), scope, &last, &today, warning_days (context),
                                        &error);
      if (reminders == NULL)
        {
          hd_window_show_notification (HD_WINDOW (l->data), error->message);
          return;
        }
      tasks = hd_reminders_dup_tasks (reminders);
      hd_ledger_page_show_task_ids (hd_window_get_ledger_page (HD_WINDOW (l->data)), scope, tasks);
      gtk_widget_activate_action (GTK_WIDGET (l->data), "win.area", "s", "rectification");
      gtk_window_present (GTK_WINDOW (l->data));
      return;
    }
}

void
hd_reminder_notice_install (GApplication *app)
{
  g_autoptr(GSimpleAction) action = g_simple_action_new ("show-reminded", G_VARIANT_TYPE ("(sss)"));

  g_signal_connect (action, "activate", G_CALLBACK (show_reminded_activated), app);
  g_action_map_add_action (G_ACTION_MAP (app), G_ACTION (action));
}
