/* hd-window.c */
#include <glib/gi18n-lib.h>

#include "common/hd-file-chooser.h"
#include "exchange/hd-exchange-commands.h"
#include "firstrun/hd-first-run-page.h"
#include "hd-window.h"
#include "import/hd-import-command.h"
#include "import/hd-roster-import-kind.h"
#include "ledger/hd-ledger-import-kind.h"
#include "ledger/hd-ledger-page.h"
#include "lookback/hd-lookback-page.h"
#include "opinions/hd-opinions-page.h"
#include "overview/hd-overview-page.h"
#include "preferences/hd-preferences-window.h"
#include "store/hd-backup-command.h"
#include "store/hd-restore-window.h"
#include "talks/hd-talk-import-kind.h"
#include "talks/hd-talks-page.h"

struct _HdWindow
{
  GtkApplicationWindow  parent_instance;

  HdContext            *context;

  GtkLabel             *subtitle_label;
  GtkWidget            *undo_button;
  GtkStackSidebar      *sidebar;
  GtkStack             *stack;
  /* The areas' holders, and their pages: NULL until built (see ensure_area ()). */
  GtkStack             *organisation_stack;
  GtkBox               *ledger_holder;
  GtkBox               *opinions_holder;
  GtkBox               *lookback_holder;
  GtkBox               *talks_holder;
  GtkBox               *overview_holder;
  gboolean              organisation_shown;
  HdFirstRunPage       *first_run_page;      /* owned by organisation_stack */
  HdOrganisationPage   *organisation_page;   /* owned by organisation_stack */
  HdLedgerPage         *ledger_page;         /* owned by ledger_holder */
  HdOpinionsPage       *opinions_page;       /* owned by opinions_holder */
  HdLookbackPage       *lookback_page;       /* owned by lookback_holder */
  HdTalksPage          *talks_page;          /* owned by talks_holder */
  HdOverviewPage       *overview_page;       /* owned by overview_holder */
  GtkWindow            *preferences;         /* while open: one per window */
  GtkRevealer          *notification_revealer;
  GtkLabel             *notification_label;
  GMenu                *history_section;
};

G_DEFINE_FINAL_TYPE (HdWindow, hd_window, GTK_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  OPEN_DATABASE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* ---- the areas' pages, built when their area is first shown ----
 *
 * The stack holds a light holder per area; the window opens on one area, and the others' pages
 * (and what they read) wait until the clerk chooses them. Whatever needs a page before then
 * builds it through ensure_*(). */

static void opinions_task_created_cb (HdWindow *self,
                                      gint64    task_id);
static void first_run_done_cb        (HdWindow *self);

static void
add_to_holder (GtkBox    *holder,
               GtkWidget *page)
{
  gtk_widget_set_hexpand (page, TRUE);
  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (holder, page);
}

static HdLedgerPage *
ensure_ledger_page (HdWindow *self)
{
  if (self->ledger_page == NULL)
    {
      self->ledger_page = g_object_new (HD_TYPE_LEDGER_PAGE, NULL);
      add_to_holder (self->ledger_holder, GTK_WIDGET (self->ledger_page));
      hd_ledger_page_set_context (self->ledger_page, self->context);
    }
  return self->ledger_page;
}

static HdOpinionsPage *
ensure_opinions_page (HdWindow *self)
{
  if (self->opinions_page == NULL)
    {
      self->opinions_page = g_object_new (HD_TYPE_OPINIONS_PAGE, NULL);
      g_signal_connect_object (self->opinions_page, "task-created", G_CALLBACK (opinions_task_created_cb),
                               self, G_CONNECT_SWAPPED);
      /* Set before it is mapped: the page reads its list once, when it is. */
      hd_opinions_page_set_context (self->opinions_page, self->context);
      add_to_holder (self->opinions_holder, GTK_WIDGET (self->opinions_page));
    }
  return self->opinions_page;
}

static HdLookbackPage *
ensure_lookback_page (HdWindow *self)
{
  if (self->lookback_page == NULL)
    {
      self->lookback_page = g_object_new (HD_TYPE_LOOKBACK_PAGE, NULL);
      hd_lookback_page_set_context (self->lookback_page, self->context);
      add_to_holder (self->lookback_holder, GTK_WIDGET (self->lookback_page));
    }
  return self->lookback_page;
}

static HdTalksPage *
ensure_talks_page (HdWindow *self)
{
  if (self->talks_page == NULL)
    {
      self->talks_page = g_object_new (HD_TYPE_TALKS_PAGE, NULL);
      hd_talks_page_set_context (self->talks_page, self->context);
      add_to_holder (self->talks_holder, GTK_WIDGET (self->talks_page));
    }
  return self->talks_page;
}

/* A figure of the overview: its tasks in the ledger. */
static void
overview_open_ledger_cb (HdWindow *self,
                         gint64    unit_id,
                         gboolean  unit_only,
                         int       light)
{
  hd_ledger_page_show_tasks (ensure_ledger_page (self), unit_id, unit_only, light);
  gtk_stack_set_visible_child_name (self->stack, "rectification");
}

static HdOverviewPage *
ensure_overview_page (HdWindow *self)
{
  if (self->overview_page == NULL)
    {
      self->overview_page = g_object_new (HD_TYPE_OVERVIEW_PAGE, NULL);
      g_signal_connect_object (self->overview_page, "open-ledger", G_CALLBACK (overview_open_ledger_cb), self,
                               G_CONNECT_SWAPPED);
      hd_overview_page_set_context (self->overview_page, self->context);
      add_to_holder (self->overview_holder, GTK_WIDGET (self->overview_page));
    }
  return self->overview_page;
}

static HdFirstRunPage *
ensure_first_run_page (HdWindow *self)
{
  if (self->first_run_page == NULL)
    {
      self->first_run_page = g_object_new (HD_TYPE_FIRST_RUN_PAGE, NULL);
      g_signal_connect_object (self->first_run_page, "done", G_CALLBACK (first_run_done_cb), self,
                               G_CONNECT_SWAPPED);
      hd_first_run_page_set_context (self->first_run_page, self->context);
      gtk_stack_add_named (self->organisation_stack, GTK_WIDGET (self->first_run_page), "first-run");
    }
  return self->first_run_page;
}

/* The page rereads the tree after every edit through the history, but the demo county is
 * written outside it: a new page is made when the database gets its first units. */
static void
rebuild_organisation_page (HdWindow *self)
{
  if (self->organisation_page != NULL)
    gtk_stack_remove (self->organisation_stack, GTK_WIDGET (self->organisation_page));
  self->organisation_page = g_object_new (HD_TYPE_ORGANISATION_PAGE, NULL);
  hd_organisation_page_set_context (self->organisation_page, self->context);
  gtk_stack_add_named (self->organisation_stack, GTK_WIDGET (self->organisation_page), "units");
}

static HdOrganisationPage *
ensure_organisation_page (HdWindow *self)
{
  if (self->organisation_page == NULL)
    rebuild_organisation_page (self);
  return self->organisation_page;
}

static gboolean
showing_first_run (HdWindow *self)
{
  return self->first_run_page != NULL &&
         gtk_stack_get_visible_child (self->organisation_stack) == GTK_WIDGET (self->first_run_page);
}

/* The Organisation area, once shown: the first run while the database has no units (also after
 * undoing the county's creation), the unit tree otherwise. */
static void
update_organisation_area (HdWindow *self)
{
  gboolean empty;

  if (!self->organisation_shown)
    return;
  empty = hd_store_is_empty (hd_context_get_store (self->context));
  if (empty && !showing_first_run (self))
    {
      hd_first_run_page_reset (ensure_first_run_page (self));
      gtk_stack_set_visible_child (self->organisation_stack, GTK_WIDGET (self->first_run_page));
    }
  else if (!empty && (self->organisation_page == NULL || showing_first_run (self)))
    {
      gboolean was_first_run = showing_first_run (self);

      rebuild_organisation_page (self);
      gtk_stack_set_visible_child (self->organisation_stack, GTK_WIDGET (self->organisation_page));
      /* The demo county is written outside the history: the pages already built read it now. */
      if (was_first_run && self->ledger_page != NULL)
        hd_ledger_page_reload (self->ledger_page);
      if (was_first_run && self->opinions_page != NULL)
        hd_opinions_page_reload (self->opinions_page);
    }
}

/* Builds the page of the area @name unless it is built. */
static void
ensure_area (HdWindow   *self,
             const char *name)
{
  if (g_strcmp0 (name, "organisation") == 0)
    {
      self->organisation_shown = TRUE;
      update_organisation_area (self);
    }
  else if (g_strcmp0 (name, "rectification") == 0)
    ensure_ledger_page (self);
  else if (g_strcmp0 (name, "opinions") == 0)
    ensure_opinions_page (self);
  else if (g_strcmp0 (name, "lookback") == 0)
    ensure_lookback_page (self);
  else if (g_strcmp0 (name, "talks") == 0)
    ensure_talks_page (self);
  else if (g_strcmp0 (name, "overview") == 0)
    ensure_overview_page (self);
}

/* The keyboard follows the area: its page takes the focus, so that its own keys (Ctrl+N, Ctrl+F…)
 * work at once, unless the clerk is going through the sidebar with the arrow keys. */
static void
focus_area (HdWindow *self)
{
  GtkWidget *page = gtk_stack_get_visible_child (self->stack);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  if (page == NULL || (focus != NULL && (focus == page || gtk_widget_is_ancestor (focus, page) ||
                                         gtk_widget_is_ancestor (focus, GTK_WIDGET (self->sidebar)))))
    return;
  gtk_widget_child_focus (page, GTK_DIR_TAB_FORWARD);
}

static void
area_change_state (GSimpleAction *action,
                   GVariant      *state,
                   gpointer       user_data)
{
  HdWindow *self = HD_WINDOW (user_data);
  const char *name = g_variant_get_string (state, NULL);

  if (gtk_stack_get_child_by_name (self->stack, name) == NULL)
    return;
  gtk_stack_set_visible_child_name (self->stack, name);
}

static void
area_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  g_action_change_state (G_ACTION (action), parameter);
}

static void
first_run_done_cb (HdWindow *self)
{
  update_organisation_area (self);
}

/* ---- the Opinions area ---- */

/* A task made from a problem is looked at next in the ledger. */
static void
opinions_task_created_cb (HdWindow *self,
                          gint64    task_id)
{
  gtk_stack_set_visible_child_name (self->stack, "rectification");
  hd_ledger_page_select_task (ensure_ledger_page (self), task_id);
}

/* ---- notifications ---- */

static void
show_notification_activated (GSimpleAction *action,
                             GVariant      *parameter,
                             gpointer       user_data)
{
  hd_window_show_notification (HD_WINDOW (user_data), g_variant_get_string (parameter, NULL));
}

static void
dismiss_notification_cb (HdWindow *self)
{
  gtk_revealer_set_reveal_child (self->notification_revealer, FALSE);
}

/* ---- undo and redo ---- */

static void
update_history_actions (HdWindow *self)
{
  HdHistory *history = hd_context_get_history (self->context);
  const char *undo_label = hd_history_get_undo_label (history);
  const char *redo_label = hd_history_get_redo_label (history);
  g_autofree char *undo_text = NULL;
  g_autofree char *redo_text = NULL;
  g_autofree char *undo_tooltip = NULL;
  GAction *undo = g_action_map_lookup_action (G_ACTION_MAP (self), "undo");
  GAction *redo = g_action_map_lookup_action (G_ACTION_MAP (self), "redo");

  g_simple_action_set_enabled (G_SIMPLE_ACTION (undo), hd_history_can_undo (history));
  g_simple_action_set_enabled (G_SIMPLE_ACTION (redo), hd_history_can_redo (history));

  /* Translators: %s names the edit, e.g. "Undo Rename unit". */
  undo_text = undo_label != NULL ? g_strdup_printf (_("_Undo %s"), undo_label) : g_strdup (_("_Undo"));
  /* Translators: %s names the edit, e.g. "Redo Rename unit". */
  redo_text = redo_label != NULL ? g_strdup_printf (_("_Redo %s"), redo_label) : g_strdup (_("_Redo"));
  g_menu_remove_all (self->history_section);
  g_menu_append (self->history_section, undo_text, "win.undo");
  g_menu_append (self->history_section, redo_text, "win.redo");

  /* Translators: the undo button's tooltip, e.g. "Undo Rename unit". */
  undo_tooltip = undo_label != NULL ? g_strdup_printf (_("Undo %s"), undo_label) : g_strdup (_("Undo"));
  gtk_widget_set_tooltip_text (self->undo_button, undo_tooltip);
}

static void
history_changed (HdWindow *self)
{
  update_history_actions (self);
  update_organisation_area (self);
}

static void
undo_redo_activated (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  HdWindow *self = HD_WINDOW (user_data);
  HdHistory *history = hd_context_get_history (self->context);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (g_str_equal (g_action_get_name (G_ACTION (action)), "undo"))
    ok = hd_history_undo (history, &error);
  else
    ok = hd_history_redo (history, &error);
  if (!ok)
    hd_window_show_notification (self, error->message);
}

/* ---- the main menu's commands ----
 *
 * The imports and the backup copy are their folders' (import/, store/). Opening a database
 * makes another window, which is the application's: the window only says which file. */

static void
import_activated (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  HdWindow *self = HD_WINDOW (user_data);
  const char *name = g_action_get_name (G_ACTION (action));

  hd_import_command_choose_file (GTK_WINDOW (self), self->context,
                                 g_str_equal (name, "import-roster") ? hd_roster_import_kind ()
                                 : g_str_equal (name, "import-talks") ? hd_talk_import_kind ()
                                 : hd_ledger_import_kind ());
}

/* @user_data says whether the clerk asked for a new database. */
static void
database_chosen (GtkWindow *window,
                 GFile     *file,
                 gpointer   user_data)
{
  g_autofree char *path = g_file_get_path (file);

  if (path == NULL)
    {
      hd_window_show_notification (HD_WINDOW (window), _("Only database files on this computer can be opened. Copy the file into a local folder first."));
      return;
    }
  g_signal_emit (window, signals[OPEN_DATABASE], 0, path, GPOINTER_TO_INT (user_data));
}

static void
database_activated (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  HdWindow *self = HD_WINDOW (user_data);
  gboolean create = g_str_equal (g_action_get_name (G_ACTION (action)), "new-database");
  g_autoptr(GListStore) filters = hd_file_chooser_filters_new (_("Huodongban Databases (*.db)"), "*.db");
  g_autoptr(GFile) db = g_file_new_for_path (hd_store_get_path (hd_context_get_store (self->context)));
  g_autoptr(GFile) folder = g_file_get_parent (db);

  if (create)
    hd_file_chooser_choose (GTK_WINDOW (self), HD_FILE_CHOOSER_SAVE, _("New Database"), _("_Create"), filters,
                            /* Translators: the proposed file name of a new database; keep the .db. */
                            folder, _("huodongban.db"), database_chosen, GINT_TO_POINTER (TRUE), NULL);
  else
    hd_file_chooser_choose (GTK_WINDOW (self), HD_FILE_CHOOSER_OPEN, _("Open Database"), _("_Open"), filters,
                            folder, NULL, database_chosen, GINT_TO_POINTER (FALSE), NULL);
}

static void
restore_backup_activated (GSimpleAction *action,
                          GVariant      *parameter,
                          gpointer       user_data)
{
  HdWindow *self = HD_WINDOW (user_data);
  HdRestoreWindow *restore = hd_restore_window_new (GTK_WINDOW (self),
                                                    hd_store_get_path (hd_context_get_store (self->context)));

  gtk_window_present (GTK_WINDOW (restore));
}

static void
preferences_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  HdWindow *self = HD_WINDOW (user_data);

  if (self->preferences == NULL)
    {
      self->preferences = GTK_WINDOW (hd_preferences_window_new (GTK_WINDOW (self), self->context));
      g_object_add_weak_pointer (G_OBJECT (self->preferences), (gpointer *) &self->preferences);
    }
  gtk_window_present (self->preferences);
}

static void
backup_activated (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  HdWindow *self = HD_WINDOW (user_data);

  hd_backup_command_choose_file (GTK_WINDOW (self), self->context);
}

static void
exchange_activated (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  HdWindow *self = HD_WINDOW (user_data);
  const char *name = g_action_get_name (G_ACTION (action));

  if (g_str_equal (name, "send-package"))
    hd_exchange_commands_send (GTK_WINDOW (self), self->context);
  else if (g_str_equal (name, "receive-package"))
    hd_exchange_commands_receive (GTK_WINDOW (self), self->context);
  else
    hd_exchange_commands_offices (GTK_WINDOW (self), self->context);
}

static const GActionEntry win_actions[] = {
  { "area", area_activated, "s", "'organisation'", area_change_state },
  { "show-notification", show_notification_activated, "s" },
  { "undo", undo_redo_activated },
  { "redo", undo_redo_activated },
  { "import-roster", import_activated },
  { "import-ledger", import_activated },
  { "import-talks", import_activated },
  { "new-database", database_activated },
  { "open-database", database_activated },
  { "backup", backup_activated },
  { "preferences", preferences_activated },
  { "restore-backup", restore_backup_activated },
  { "send-package", exchange_activated },
  { "receive-package", exchange_activated },
  { "offices", exchange_activated },
};

static void
stack_visible_child_changed (HdWindow *self)
{
  const char *name = gtk_stack_get_visible_child_name (self->stack);
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), "area");

  /* The sidebar switches the stack itself, the actions through it: the page is built here. */
  if (self->context != NULL)
    {
      ensure_area (self, name);
      focus_area (self);
    }
  if (name != NULL && action != NULL)
    g_simple_action_set_state (G_SIMPLE_ACTION (action), g_variant_new_string (name));
}

static gboolean
hd_window_close_request (GtkWindow *window)
{
  HdWindow *self = HD_WINDOW (window);
  GSettings *settings = hd_context_get_settings (self->context);
  gboolean maximized = gtk_window_is_maximized (window);
  int width = 0, height = 0;

  /* The default size follows the user's resizing, except while maximized, when it keeps the
   * size to return to. */
  gtk_window_get_default_size (window, &width, &height);
  g_settings_delay (settings);
  if (width > 0 && height > 0)
    {
      g_settings_set_int (settings, "window-width", width);
      g_settings_set_int (settings, "window-height", height);
    }
  g_settings_set_boolean (settings, "window-maximized", maximized);
  g_settings_apply (settings);

  return GTK_WINDOW_CLASS (hd_window_parent_class)->close_request (window);
}

static void
hd_window_constructed (GObject *object)
{
  HdWindow *self = HD_WINDOW (object);
  GSettings *settings = hd_context_get_settings (self->context);
  g_autofree char *basename = g_path_get_basename (hd_store_get_path (hd_context_get_store (self->context)));
  int width, height;

  G_OBJECT_CLASS (hd_window_parent_class)->constructed (object);

  width = g_settings_get_int (settings, "window-width");
  height = g_settings_get_int (settings, "window-height");
  if (width > 0 && height > 0)
    gtk_window_set_default_size (GTK_WINDOW (self), width, height);
  if (g_settings_get_boolean (settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  gtk_label_set_label (self->subtitle_label, basename);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->subtitle_label),
                               hd_store_get_path (hd_context_get_store (self->context)));

  /* The clerk's daily work; an empty database opens on the first run instead. */
  if (!hd_store_is_empty (hd_context_get_store (self->context)))
    gtk_stack_set_visible_child_name (self->stack, "rectification");
  ensure_area (self, gtk_stack_get_visible_child_name (self->stack));
  focus_area (self);

  g_signal_connect_object (hd_context_get_history (self->context), "changed",
                           G_CALLBACK (history_changed), self, G_CONNECT_SWAPPED);
  update_history_actions (self);
}

static void
hd_window_dispose (GObject *object)
{
  HdWindow *self = HD_WINDOW (object);

  self->first_run_page = NULL;
  self->organisation_page = NULL;
  self->ledger_page = NULL;
  self->opinions_page = NULL;
  self->lookback_page = NULL;
  self->talks_page = NULL;
  /* The preferences go with the window (destroy-with-parent), perhaps after it is freed. */
  if (self->preferences != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->preferences), (gpointer *) &self->preferences);
  self->preferences = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), HD_TYPE_WINDOW);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (hd_window_parent_class)->dispose (object);
}

static void
hd_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  HdWindow *self = HD_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hd_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  HdWindow *self = HD_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hd_window_class_init (HdWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = hd_window_constructed;
  object_class->dispose = hd_window_dispose;
  object_class->get_property = hd_window_get_property;
  object_class->set_property = hd_window_set_property;
  window_class->close_request = hd_window_close_request;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, HD_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The clerk chose a database to open (or, with create, to make) from this window's menu:
   * whoever runs the windows opens it, and shows here why it could not. */
  signals[OPEN_DATABASE] =
    g_signal_new ("open-database", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_BOOLEAN);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/huodongban/Huodongban/hd-window.ui");
  gtk_widget_class_bind_template_child (widget_class, HdWindow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, HdWindow, undo_button);
  gtk_widget_class_bind_template_child (widget_class, HdWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, HdWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, HdWindow, organisation_stack);
  gtk_widget_class_bind_template_child (widget_class, HdWindow, ledger_holder);
  gtk_widget_class_bind_template_child (widget_class, HdWindow, opinions_holder);
  gtk_widget_class_bind_template_child (widget_class, HdWindow, lookback_holder);
  gtk_widget_class_bind_template_child (widget_class, HdWindow, talks_holder);
  gtk_widget_class_bind_template_child (widget_class, HdWindow, overview_holder);
  gtk_widget_class_bind_template_child (widget_class, HdWindow, history_section);
  gtk_widget_class_bind_template_child (widget_class, HdWindow, notification_revealer);
  gtk_widget_class_bind_template_child (widget_class, HdWindow, notification_label);
  gtk_widget_class_bind_template_callback (widget_class, stack_visible_child_changed);
  gtk_widget_class_bind_template_callback (widget_class, dismiss_notification_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_ALT_MASK, "win.area", "s", "rectification");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_3, GDK_ALT_MASK, "win.area", "s", "opinions");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_4, GDK_ALT_MASK, "win.area", "s", "lookback");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_5, GDK_ALT_MASK, "win.area", "s", "talks");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_6, GDK_ALT_MASK, "win.area", "s", "overview");
}

static void
hd_window_init (HdWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_action_map_add_action_entries (G_ACTION_MAP (self), win_actions, G_N_ELEMENTS (win_actions), self);
}

HdWindow *
hd_window_new (GtkApplication *application,
               HdContext      *context)
{
  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (HD_IS_CONTEXT (context), NULL);

  return g_object_new (HD_TYPE_WINDOW,
                       "application", application,
                       "context", context,
                       NULL);
}

HdContext *
hd_window_get_context (HdWindow *self)
{
  g_return_val_if_fail (HD_IS_WINDOW (self), NULL);
  return self->context;
}

HdOrganisationPage *
hd_window_get_organisation_page (HdWindow *self)
{
  g_return_val_if_fail (HD_IS_WINDOW (self), NULL);
  return ensure_organisation_page (self);
}

const char *
hd_window_get_area (HdWindow *self)
{
  g_return_val_if_fail (HD_IS_WINDOW (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}

void
hd_window_show_notification (HdWindow   *self,
                             const char *message)
{
  g_return_if_fail (HD_IS_WINDOW (self));

  gtk_label_set_label (self->notification_label, message);
  gtk_revealer_set_reveal_child (self->notification_revealer, TRUE);
}

const char *
hd_window_get_notification (HdWindow *self)
{
  g_return_val_if_fail (HD_IS_WINDOW (self), NULL);

  if (!gtk_revealer_get_reveal_child (self->notification_revealer))
    return NULL;
  return gtk_label_get_label (self->notification_label);
}

HdFirstRunPage *
hd_window_get_first_run_page (HdWindow *self)
{
  g_return_val_if_fail (HD_IS_WINDOW (self), NULL);
  return ensure_first_run_page (self);
}

gboolean
hd_window_get_showing_first_run (HdWindow *self)
{
  g_return_val_if_fail (HD_IS_WINDOW (self), FALSE);
  return showing_first_run (self);
}


HdLedgerPage *
hd_window_get_ledger_page (HdWindow *self)
{
  g_return_val_if_fail (HD_IS_WINDOW (self), NULL);
  return ensure_ledger_page (self);
}

HdLookbackPage *
hd_window_get_lookback_page (HdWindow *self)
{
  g_return_val_if_fail (HD_IS_WINDOW (self), NULL);
  return ensure_lookback_page (self);
}

HdTalksPage *
hd_window_get_talks_page (HdWindow *self)
{
  g_return_val_if_fail (HD_IS_WINDOW (self), NULL);
  return ensure_talks_page (self);
}

HdOverviewPage *
hd_window_get_overview_page (HdWindow *self)
{
  g_return_val_if_fail (HD_IS_WINDOW (self), NULL);
  return ensure_overview_page (self);
}
