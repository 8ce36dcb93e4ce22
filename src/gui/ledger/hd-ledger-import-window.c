/* hd-ledger-import-window.c
 *
 * The same preview as the roster's (hd-import-window.c), over the ledger import's plan. Reading and
 * planning a county's ledger (about 9,000 rows) takes a moment, so it runs in a worker thread on a
 * connection of its own (SQLite connections belong to one thread at a time). The plan keeps that
 * connection, and the import writes through it on the main thread once the worker is done: the
 * edit then goes onto the window's history like any other.
 */
#include <glib/gi18n-lib.h>

#include "hd-ledger-import-window.h"
#include "hd-ledger-text.h"

struct _HdLedgerImportWindow
{
  GtkWindow           parent_instance;

  HdContext          *context;
  GFile              *file;
  GCancellable       *cancellable;
  HdLedgerImport     *import;
  char               *error_message;
  GtkCustomFilter    *bad_filter;
  GtkFilterListModel *shown_rows;
  gboolean            busy;
  guint               apply_tick_id;
  guint               apply_idle_id;

  GtkStack           *stack;
  GtkWidget          *import_button;
  GtkSpinner         *header_spinner;
  GtkSpinner         *loading_spinner;
  GtkLabel           *loading_label;
  GtkLabel           *error_label;
  GtkLabel           *file_label;
  GtkLabel           *summary_label;
  GtkLabel           *ignored_label;
  GtkWidget          *bad_banner;
  GtkLabel           *bad_label;
  GtkCheckButton     *bad_only_check;
  GtkColumnView      *column_view;
};

G_DEFINE_FINAL_TYPE (HdLedgerImportWindow, hd_ledger_import_window, GTK_TYPE_WINDOW)

enum {
  IMPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct {
  char  *db_path;
  char  *operator_name;
  GFile *file;
  GDate  today;
} PlanData;

static void
plan_data_free (PlanData *data)
{
  g_free (data->db_path);
  g_free (data->operator_name);
  g_clear_object (&data->file);
  g_free (data);
}

static void
set_busy (HdLedgerImportWindow *self,
          gboolean        busy)
{
  self->busy = busy;
  gtk_widget_set_visible (GTK_WIDGET (self->header_spinner), busy && self->import != NULL);
  gtk_spinner_set_spinning (self->header_spinner, busy && self->import != NULL);
  gtk_spinner_set_spinning (self->loading_spinner, busy && self->import == NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.apply",
                                 !busy && self->import != NULL &&
                                 hd_ledger_import_get_n_bad (self->import) == 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.cancel", !busy || self->import == NULL);
}

/* ---- cells ---- */

/* ---- cells ---- */

static HdLedgerImportRow *
item_row (GtkListItem *item)
{
  return HD_LEDGER_IMPORT_ROW (gtk_list_item_get_item (item));
}

static GtkWidget *
new_cell_label (GtkListItem *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_valign (label, GTK_ALIGN_START);
  gtk_list_item_set_child (item, label);
  return label;
}

static void
setup_text_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               HdLedgerImportWindow     *self)
{
  gtk_label_set_ellipsize (GTK_LABEL (new_cell_label (item)), PANGO_ELLIPSIZE_END);
}

/* Short values (a plan, a kind, a date) are shown whole. */
static void
setup_short_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                HdLedgerImportWindow     *self)
{
  new_cell_label (item);
}

static void
setup_number_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 HdLedgerImportWindow     *self)
{
  GtkWidget *label = new_cell_label (item);

  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_widget_add_css_class (label, "numeric");
}

/* The reason is what the clerk must read to correct the file: wrapped, never cut off. */
static void
setup_reason_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 HdLedgerImportWindow     *self)
{
  GtkWidget *label = new_cell_label (item);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_width_chars (GTK_LABEL (label), 24);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 50);
  gtk_widget_add_css_class (label, "error");
}

/* A bad row shows an icon and the word, never colour alone. */
static void
setup_action_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 HdLedgerImportWindow     *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  GtkWidget *label = gtk_label_new (NULL);

  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Bad row"), -1);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_valign (box, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_item_set_child (item, box);
}

static void
set_cell_text (GtkListItem *item,
               const char  *text)
{
  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)), text != NULL ? text : "");
}

static void
bind_number_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                HdLedgerImportWindow     *self)
{
  char text[16];

  g_snprintf (text, sizeof text, "%u", hd_ledger_import_row_get_number (item_row (item)));
  set_cell_text (item, text);
}

static void
bind_action_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                HdLedgerImportWindow     *self)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *icon = gtk_widget_get_first_child (box);
  GtkWidget *label = gtk_widget_get_last_child (box);
  HdLedgerImportAction action = hd_ledger_import_row_get_action (item_row (item));
  gboolean bad = action == HD_LEDGER_IMPORT_BAD;

  gtk_widget_set_visible (icon, bad);
  gtk_label_set_label (GTK_LABEL (label), hd_ledger_import_action_get_label (action));
  if (bad)
    {
      gtk_widget_add_css_class (icon, "error");
      gtk_widget_add_css_class (label, "error");
    }
  else
    gtk_widget_remove_css_class (label, "error");
  if (action == HD_LEDGER_IMPORT_UNCHANGED)
    gtk_widget_add_css_class (label, "dim-label");
  else
    gtk_widget_remove_css_class (label, "dim-label");
}

static void
bind_unit_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              HdLedgerImportWindow     *self)
{
  const char *path = hd_ledger_import_row_get_unit_path (item_row (item));

  set_cell_text (item, path);
  gtk_widget_set_tooltip_text (gtk_list_item_get_child (item), path);
}

static void
bind_problem_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 HdLedgerImportWindow     *self)
{
  const char *problem = hd_ledger_import_row_get_problem (item_row (item));

  set_cell_text (item, problem);
  gtk_widget_set_tooltip_text (gtk_list_item_get_child (item), problem);
}

/* A bad row may not have got as far as its plan, kind or verdict: those cells stay empty. */
static gboolean
row_is_good (GtkListItem *item)
{
  return hd_ledger_import_row_get_action (item_row (item)) != HD_LEDGER_IMPORT_BAD;
}

static void
bind_plan_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              HdLedgerImportWindow     *self)
{
  set_cell_text (item, row_is_good (item) ? hd_task_plan_get_label (hd_ledger_import_row_get_plan (item_row (item))) : NULL);
}

static void
bind_kind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              HdLedgerImportWindow     *self)
{
  set_cell_text (item, row_is_good (item) ? hd_task_kind_get_label (hd_ledger_import_row_get_kind (item_row (item))) : NULL);
}

static void
bind_deadline_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  HdLedgerImportWindow     *self)
{
  g_autofree char *date = hd_ledger_text_date (hd_ledger_import_row_get_deadline (item_row (item)));

  set_cell_text (item, date);
}

static void
bind_closed_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                HdLedgerImportWindow     *self)
{
  g_autofree char *closed = hd_ledger_text_date (hd_ledger_import_row_get_closed (item_row (item)));

  set_cell_text (item, closed);
}

static void
bind_reason_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                HdLedgerImportWindow     *self)
{
  GtkWidget *label = gtk_list_item_get_child (item);
  const char *reason = hd_ledger_import_row_get_reason (item_row (item));

  set_cell_text (item, reason);
  gtk_widget_set_tooltip_text (label, reason);
}
/* ---- the plan ---- */

static gboolean
row_is_bad (gpointer item,
            gpointer user_data)
{
  return hd_ledger_import_row_get_action (item) == HD_LEDGER_IMPORT_BAD;
}

static void
bad_only_toggled_cb (HdLedgerImportWindow *self)
{
  gtk_filter_list_model_set_filter (self->shown_rows,
                                    gtk_check_button_get_active (self->bad_only_check)
                                    ? GTK_FILTER (self->bad_filter) : NULL);
}

static void
show_plan (HdLedgerImportWindow *self)
{
  HdLedgerImport *import = self->import;
  const char * const *ignored = hd_ledger_import_get_ignored_columns (import);
  GListModel *rows = hd_ledger_import_get_rows (import);
  guint n_rows = g_list_model_get_n_items (rows);
  guint n_bad = hd_ledger_import_get_n_bad (import);
  g_autofree char *summary = NULL;
  g_autofree char *button = NULL;
  g_autofree char *basename = g_file_get_basename (self->file);

  gtk_label_set_label (self->file_label, basename);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->file_label), g_file_peek_path (self->file));

  /* Translators: the counts of the rows of a ledger file, by what the import does with them. */
  summary = g_strdup_printf (_("%u rows: %u tasks to add, %u to update, %u unchanged, %u bad rows"),
                             n_rows,
                             hd_ledger_import_count (import, HD_LEDGER_IMPORT_ADD),
                             hd_ledger_import_count (import, HD_LEDGER_IMPORT_UPDATE),
                             hd_ledger_import_count (import, HD_LEDGER_IMPORT_UNCHANGED),
                             n_bad);
  gtk_label_set_label (self->summary_label, summary);

  if (ignored != NULL && ignored[0] != NULL)
    {
      /* Translators: the separator between column names, as in "备注, 籍贯". */
      g_autofree char *names = g_strjoinv (_(", "), (char **) ignored);
      /* Translators: %s names the columns, e.g. "备注, 籍贯". */
      g_autofree char *text = g_strdup_printf (_("These columns are not imported: %s"), names);

      gtk_label_set_label (self->ignored_label, text);
      gtk_widget_set_visible (GTK_WIDGET (self->ignored_label), TRUE);
    }
  else
    gtk_widget_set_visible (GTK_WIDGET (self->ignored_label), FALSE);

  if (n_bad > 0)
    {
      g_autofree char *text =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "%u row is bad (marked “Bad row” below, with the reason). Nothing is imported while a row is bad: correct the file and import it again.",
                                      "%u rows are bad (marked “Bad row” below, with the reasons). Nothing is imported while a row is bad: correct the file and import it again.",
                                      n_bad),
                         n_bad);

      gtk_label_set_label (self->bad_label, text);
      gtk_widget_set_tooltip_text (self->import_button, _("Correct the bad rows in the file and import it again"));
    }
  gtk_widget_set_visible (self->bad_banner, n_bad > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->bad_only_check), n_bad > 0);

  button = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "_Import %u Row", "_Import %u Rows", n_rows), n_rows);
  gtk_button_set_label (GTK_BUTTON (self->import_button), button);

  self->shown_rows = gtk_filter_list_model_new (g_object_ref (rows), NULL);
  {
    g_autoptr(GtkNoSelection) selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->shown_rows)));
    gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));
  }
  gtk_stack_set_visible_child_name (self->stack, "preview");
  if (n_bad == 0)
    gtk_widget_grab_focus (self->import_button);
}

static void
plan_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  PlanData *data = task_data;
  g_autoptr(HdStore) store = NULL;
  g_autofree char *path = g_file_get_path (data->file);
  HdLedgerImport *import;
  GError *error = NULL;

  if (path == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                               _("Only files on this computer can be imported. Copy the file into a local folder first."));
      return;
    }
  store = hd_store_open (data->db_path, &error);
  if (store == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  hd_store_set_operator (store, data->operator_name);
  import = hd_ledger_import_new_from_file (store, path, &data->today, &error);
  if (import == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, import, g_object_unref);
}

static void
plan_done (GObject      *source_object,
           GAsyncResult *result,
           gpointer      user_data)
{
  HdLedgerImportWindow *self = HD_LEDGER_IMPORT_WINDOW (source_object);
  g_autoptr(GError) error = NULL;
  HdLedgerImport *import = g_task_propagate_pointer (G_TASK (result), &error);

  if (g_cancellable_is_cancelled (self->cancellable))
    {
      g_clear_object (&import);
      return;
    }
  if (import == NULL)
    {
      self->error_message = g_strdup (error->message);
      gtk_label_set_label (self->error_label, error->message);
      gtk_stack_set_visible_child_name (self->stack, "error");
      gtk_button_set_label (GTK_BUTTON (self->import_button), _("_Import"));
    }
  else
    {
      self->import = import;
      show_plan (self);
    }
  set_busy (self, FALSE);
}

/* ---- import ---- */

static char *
describe_import (HdLedgerImport *import,
                 const char     *basename)
{
  guint n_rows = g_list_model_get_n_items (hd_ledger_import_get_rows (import));

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Imported %u row from “%s”: %u tasks added, %u updated. Undo (Ctrl+Z) takes the whole import back.",
                                       "Imported %u rows from “%s”: %u tasks added, %u updated. Undo (Ctrl+Z) takes the whole import back.",
                                       n_rows),
                          n_rows, basename,
                          hd_ledger_import_count (import, HD_LEDGER_IMPORT_ADD),
                          hd_ledger_import_count (import, HD_LEDGER_IMPORT_UPDATE));
}

static gboolean
apply_idle (gpointer user_data)
{
  HdLedgerImportWindow *self = HD_LEDGER_IMPORT_WINDOW (user_data);
  g_autoptr(GError) error = NULL;
  g_autofree char *basename = g_file_get_basename (self->file);
  g_autofree char *message = describe_import (self->import, basename);

  self->apply_idle_id = 0;
  if (!hd_ledger_import_apply (self->import, hd_context_get_history (self->context), &error))
    {
      set_busy (self, FALSE);
      gtk_label_set_label (self->bad_label, error->message);
      gtk_widget_set_visible (self->bad_banner, TRUE);
      return G_SOURCE_REMOVE;
    }
  set_busy (self, FALSE);
  g_signal_emit (self, signals[IMPORTED], 0, message);
  gtk_window_destroy (GTK_WINDOW (self));
  return G_SOURCE_REMOVE;
}

/* Writing blocks the main thread (the history lives there); let the spinner reach the screen
 * first: the tick comes inside the frame, before it is painted in the same dispatch, and the
 * idle after it. Not a low priority: an animated frame clock would starve it. */
static gboolean
apply_tick (GtkWidget     *widget,
            GdkFrameClock *frame_clock,
            gpointer       user_data)
{
  HdLedgerImportWindow *self = HD_LEDGER_IMPORT_WINDOW (widget);

  self->apply_tick_id = 0;
  self->apply_idle_id = g_idle_add_full (G_PRIORITY_DEFAULT, apply_idle, self, NULL);
  return G_SOURCE_REMOVE;
}

static void
apply_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  HdLedgerImportWindow *self = HD_LEDGER_IMPORT_WINDOW (widget);

  if (self->busy || self->import == NULL || hd_ledger_import_get_n_bad (self->import) > 0)
    return;
  set_busy (self, TRUE);
  self->apply_tick_id = gtk_widget_add_tick_callback (widget, apply_tick, NULL, NULL);
}

static void
cancel_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  gtk_window_destroy (GTK_WINDOW (widget));
}

/* ---- object ---- */

static void
hd_ledger_import_window_dispose (GObject *object)
{
  HdLedgerImportWindow *self = HD_LEDGER_IMPORT_WINDOW (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  if (self->apply_tick_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->apply_tick_id);
      self->apply_tick_id = 0;
    }
  g_clear_handle_id (&self->apply_idle_id, g_source_remove);
  /* GTK 4.8 leaves the window pointing at its child when the template takes the child away. */
  gtk_window_set_child (GTK_WINDOW (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), HD_TYPE_LEDGER_IMPORT_WINDOW);
  g_clear_object (&self->shown_rows);
  g_clear_object (&self->bad_filter);
  g_clear_object (&self->import);
  g_clear_object (&self->file);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (hd_ledger_import_window_parent_class)->dispose (object);
}

static void
hd_ledger_import_window_finalize (GObject *object)
{
  HdLedgerImportWindow *self = HD_LEDGER_IMPORT_WINDOW (object);

  g_free (self->error_message);
  /* Kept until here: a plan still running when the window closed finds it cancelled. */
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (hd_ledger_import_window_parent_class)->finalize (object);
}

static void
hd_ledger_import_window_class_init (HdLedgerImportWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hd_ledger_import_window_dispose;
  object_class->finalize = hd_ledger_import_window_finalize;

  /* After the rows were written, with a sentence saying what was done; the window then closes. */
  signals[IMPORTED] =
    g_signal_new ("imported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/huodongban/Huodongban/ledger/hd-ledger-import-window.ui");
  gtk_widget_class_bind_template_child (widget_class, HdLedgerImportWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, HdLedgerImportWindow, import_button);
  gtk_widget_class_bind_template_child (widget_class, HdLedgerImportWindow, header_spinner);
  gtk_widget_class_bind_template_child (widget_class, HdLedgerImportWindow, loading_spinner);
  gtk_widget_class_bind_template_child (widget_class, HdLedgerImportWindow, loading_label);
  gtk_widget_class_bind_template_child (widget_class, HdLedgerImportWindow, error_label);
  gtk_widget_class_bind_template_child (widget_class, HdLedgerImportWindow, file_label);
  gtk_widget_class_bind_template_child (widget_class, HdLedgerImportWindow, summary_label);
  gtk_widget_class_bind_template_child (widget_class, HdLedgerImportWindow, ignored_label);
  gtk_widget_class_bind_template_child (widget_class, HdLedgerImportWindow, bad_banner);
  gtk_widget_class_bind_template_child (widget_class, HdLedgerImportWindow, bad_label);
  gtk_widget_class_bind_template_child (widget_class, HdLedgerImportWindow, bad_only_check);
  gtk_widget_class_bind_template_child (widget_class, HdLedgerImportWindow, column_view);
  gtk_widget_class_bind_template_callback (widget_class, setup_text_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_number_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_short_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_action_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_reason_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_number_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_action_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_unit_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_problem_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_plan_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_kind_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_deadline_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_closed_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_reason_cb);
  gtk_widget_class_bind_template_callback (widget_class, bad_only_toggled_cb);

  gtk_widget_class_install_action (widget_class, "import.apply", NULL, apply_activated);
  gtk_widget_class_install_action (widget_class, "import.cancel", NULL, cancel_activated);
}

static void
hd_ledger_import_window_init (HdLedgerImportWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->bad_filter = gtk_custom_filter_new (row_is_bad, NULL, NULL);
  self->cancellable = g_cancellable_new ();
}

HdLedgerImportWindow *
hd_ledger_import_window_new (GtkWindow *parent,
                      HdContext *context,
                      GFile     *file)
{
  HdLedgerImportWindow *self;
  HdStore *store;
  g_autoptr(GTask) task = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *loading = NULL;
  PlanData *data;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (HD_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  self = g_object_new (HD_TYPE_LEDGER_IMPORT_WINDOW, "transient-for", parent, NULL);
  self->context = g_object_ref (context);
  self->file = g_object_ref (file);

  basename = g_file_get_basename (file);
  /* Translators: %s is the name of a ledger file. */
  loading = g_strdup_printf (_("Reading “%s”…"), basename);
  gtk_label_set_label (self->loading_label, loading);
  gtk_stack_set_visible_child_name (self->stack, "loading");
  set_busy (self, TRUE);

  store = hd_context_get_store (context);
  data = g_new0 (PlanData, 1);
  data->db_path = g_strdup (hd_store_get_path (store));
  data->operator_name = g_strdup (hd_store_get_operator (store));
  data->file = g_object_ref (file);
  data->today = *hd_context_get_today (context);
  task = g_task_new (self, self->cancellable, plan_done, NULL);
  g_task_set_source_tag (task, hd_ledger_import_window_new);
  g_task_set_task_data (task, data, (GDestroyNotify) plan_data_free);
  g_task_run_in_thread (task, plan_thread);
  return self;
}

gboolean
hd_ledger_import_window_get_busy (HdLedgerImportWindow *self)
{
  g_return_val_if_fail (HD_IS_LEDGER_IMPORT_WINDOW (self), FALSE);
  return self->busy;
}

HdLedgerImport *
hd_ledger_import_window_get_import (HdLedgerImportWindow *self)
{
  g_return_val_if_fail (HD_IS_LEDGER_IMPORT_WINDOW (self), NULL);
  return self->import;
}

const char *
hd_ledger_import_window_get_error (HdLedgerImportWindow *self)
{
  g_return_val_if_fail (HD_IS_LEDGER_IMPORT_WINDOW (self), NULL);
  return self->error_message;
}

GListModel *
hd_ledger_import_window_get_shown_rows (HdLedgerImportWindow *self)
{
  g_return_val_if_fail (HD_IS_LEDGER_IMPORT_WINDOW (self), NULL);
  return G_LIST_MODEL (self->shown_rows);
}

void
hd_ledger_import_window_set_bad_only (HdLedgerImportWindow *self,
                               gboolean        bad_only)
{
  g_return_if_fail (HD_IS_LEDGER_IMPORT_WINDOW (self));
  gtk_check_button_set_active (self->bad_only_check, bad_only);
}

const char *
hd_ledger_import_window_get_summary (HdLedgerImportWindow *self)
{
  g_return_val_if_fail (HD_IS_LEDGER_IMPORT_WINDOW (self), NULL);
  return gtk_label_get_label (self->summary_label);
}

GtkWidget *
hd_ledger_import_window_get_import_button (HdLedgerImportWindow *self)
{
  g_return_val_if_fail (HD_IS_LEDGER_IMPORT_WINDOW (self), NULL);
  return self->import_button;
}

const char *
hd_ledger_import_window_get_ignored_text (HdLedgerImportWindow *self)
{
  g_return_val_if_fail (HD_IS_LEDGER_IMPORT_WINDOW (self), NULL);
  if (!gtk_widget_get_visible (GTK_WIDGET (self->ignored_label)))
    return NULL;
  return gtk_label_get_label (self->ignored_label);
}
