/* hd-receive-window.c
 *
 * The preview runs hd_exchange_receive() with dry_run in a worker on a connection of its own
 * (SQLite connections belong to one thread at a time): reading, checking and merging a county's
 * package takes seconds, and nothing is written.
 *
 * The package is then received in a worker too, on a connection and history of its own, with
 * the watch's progress on the bar and Cancel stopping it before it writes; the edit it commits
 * then moves onto the window's history (hd_history_take_newest), where it is one edit Ctrl+Z
 * takes back, as every other edit of the window. The main window draws meanwhile but takes no
 * edit: the worker's transaction holds the database's write lock until it commits.
 */
#include <glib/gi18n-lib.h>

#include "exchange/hd-exchange-receive.h"
#include "exchange/hd-count-list.h"
#include "exchange/hd-exchange-text.h"
#include "exchange/hd-receive-window.h"

/* How often the bar follows the worker. */
#define PROGRESS_INTERVAL_MS 50

struct _HdReceiveWindow
{
  GtkWindow          parent_instance;

  HdContext         *context;
  GFile             *file;
  GCancellable      *cancellable;     /* the preview's, then the receiving's */
  HdExchangeReceipt  preview;
  gboolean           have_preview;
  char              *refusal;
  gboolean           applying;
  gint               permille;        /* how far the worker is, written by it */
  guint              progress_id;

  GtkStack          *stack;
  GtkWidget         *receive_button;
  GtkWidget         *cancel_button;
  GtkSpinner        *spinner;
  GtkLabel          *loading_label;
  GtkLabel          *heading_label;
  GtkLabel          *summary_label;
  GtkListBox        *counts_list;
  GtkImage          *refused_icon;
  GtkLabel          *refused_heading;
  GtkLabel          *refused_label;
  GtkLabel          *applying_label;
  GtkProgressBar    *progress_bar;
};

G_DEFINE_FINAL_TYPE (HdReceiveWindow, hd_receive_window, GTK_TYPE_WINDOW)

enum {
  RECEIVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct {
  char  *db_path;
  char  *path;
} PreviewData;

static void
preview_data_free (PreviewData *data)
{
  g_free (data->db_path);
  g_free (data->path);
  g_free (data);
}

static void
receipt_free (HdExchangeReceipt *receipt)
{
  hd_exchange_receipt_clear (receipt);
  g_free (receipt);
}

static void
update_actions (HdReceiveWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "receive.apply",
                                 !self->applying && self->have_preview && !self->preview.already_received);
}

/* ---- the preview ---- */

static void
preview_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  PreviewData *data = task_data;
  g_autoptr(HdStore) store = NULL;
  HdExchangeReceipt *receipt = g_new0 (HdExchangeReceipt, 1);
  HdExchangeWatch watch = { cancellable, NULL, NULL };
  GError *error = NULL;

  store = hd_store_open (data->db_path, &error);
  if (store == NULL || !hd_exchange_receive (store, NULL, data->path, TRUE, &watch, receipt, &error))
    {
      receipt_free (receipt);
      g_task_return_error (task, error);
      return;
    }
  g_task_return_pointer (task, receipt, (GDestroyNotify) receipt_free);
}

static void
show_refusal (HdReceiveWindow *self,
              const char      *heading,
              const char      *reason,
              gboolean         error)
{
  g_free (self->refusal);
  self->refusal = g_strdup (reason);
  gtk_label_set_label (self->refused_heading, heading);
  gtk_label_set_label (self->refused_label, reason);
  gtk_image_set_from_icon_name (self->refused_icon, error ? "dialog-error-symbolic" : "emblem-ok-symbolic");
  gtk_stack_set_visible_child_name (self->stack, "refused");
  gtk_button_set_label (GTK_BUTTON (self->cancel_button), _("_Close"));
  gtk_widget_set_visible (self->receive_button, FALSE);
}

static void
show_preview (HdReceiveWindow *self)
{
  guint total = hd_exchange_counts_total (&self->preview.counts);
  g_autofree char *basename = g_file_get_basename (self->file);
  g_autofree char *heading = NULL;
  g_autofree char *summary = NULL;

  /* Translators: %lu is the sender's number of the package, %s the sending office. */
  heading = g_strdup_printf (_("Package %lu from “%s”"), (gulong) self->preview.sequence, self->preview.office_name);
  gtk_label_set_label (self->heading_label, heading);
  if (total == 0)
    summary = g_strdup_printf (_("“%s” changes nothing here. Receive it all the same, so that the next package follows it."),
                               basename);
  else
    summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "“%s” changes %u record, as listed. Nothing is written until you press Receive; then one Undo takes it all back.",
                                            "“%s” changes %u records, as listed. Nothing is written until you press Receive; then one Undo takes it all back.",
                                            total),
                               basename, total);
  gtk_label_set_label (self->summary_label, summary);
  hd_count_list_show (self->counts_list, &self->preview.counts);
  gtk_stack_set_visible_child_name (self->stack, "preview");
  update_actions (self);
  gtk_widget_grab_focus (self->receive_button);
}

static void
preview_done (GObject      *source_object,
              GAsyncResult *result,
              gpointer      user_data)
{
  HdReceiveWindow *self = HD_RECEIVE_WINDOW (source_object);
  g_autoptr(GError) error = NULL;
  HdExchangeReceipt *receipt = g_task_propagate_pointer (G_TASK (result), &error);

  if (g_cancellable_is_cancelled (self->cancellable))
    {
      if (receipt != NULL)
        receipt_free (receipt);
      return;
    }
  gtk_spinner_set_spinning (self->spinner, FALSE);
  if (receipt == NULL)
    {
      show_refusal (self, _("The package cannot be received"), error->message, TRUE);
      return;
    }
  self->preview = *receipt;
  self->have_preview = TRUE;
  g_free (receipt);
  if (self->preview.already_received)
    {
      g_autofree char *reason = g_strdup_printf (_("Package %lu from “%s” was received before. Receiving it again would change nothing."),
                                                 (gulong) self->preview.sequence, self->preview.office_name);

      show_refusal (self, _("Already received"), reason, FALSE);
      return;
    }
  show_preview (self);
}

/* ---- receiving ---- */

typedef struct {
  char      *db_path;
  char      *path;
  char      *operator_name;
  gint      *permille;
} ApplyData;

static void
apply_data_free (ApplyData *data)
{
  g_free (data->db_path);
  g_free (data->path);
  g_free (data->operator_name);
  g_free (data);
}

typedef struct {
  HdExchangeReceipt  receipt;
  HdHistory         *history;   /* the worker's, holding the edit (and its connection) */
} Applied;

static void
applied_free (Applied *applied)
{
  hd_exchange_receipt_clear (&applied->receipt);
  g_clear_object (&applied->history);
  g_free (applied);
}

/* In the worker: the fraction goes where the main thread reads it. */
static void
progress_cb (double   fraction,
             gpointer user_data)
{
  g_atomic_int_set ((gint *) user_data, (gint) (fraction * 1000));
}

static gboolean
progress_tick (gpointer user_data)
{
  HdReceiveWindow *self = user_data;

  gtk_progress_bar_set_fraction (self->progress_bar, g_atomic_int_get (&self->permille) / 1000.0);
  return G_SOURCE_CONTINUE;
}

static void
apply_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  ApplyData *data = task_data;
  g_autoptr(HdStore) store = NULL;
  Applied *applied = g_new0 (Applied, 1);
  HdExchangeWatch watch = { cancellable, progress_cb, data->permille };
  GError *error = NULL;

  store = hd_store_open (data->db_path, &error);
  if (store != NULL)
    {
      hd_store_set_operator (store, data->operator_name);
      applied->history = hd_history_new (store, 1);
    }
  if (store == NULL
      || !hd_exchange_receive (store, applied->history, data->path, FALSE, &watch, &applied->receipt, &error))
    {
      applied_free (applied);
      g_task_return_error (task, error);
      return;
    }
  g_task_return_pointer (task, applied, (GDestroyNotify) applied_free);
}

static void
set_applying (HdReceiveWindow *self,
              gboolean         applying)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  self->applying = applying;
  if (parent != NULL)
    gtk_widget_set_sensitive (GTK_WIDGET (parent), !applying);
  gtk_window_set_deletable (GTK_WINDOW (self), !applying);
  g_clear_handle_id (&self->progress_id, g_source_remove);
  if (applying)
    self->progress_id = g_timeout_add (PROGRESS_INTERVAL_MS, progress_tick, self);
  update_actions (self);
}

static void
apply_done (GObject      *source_object,
            GAsyncResult *result,
            gpointer      user_data)
{
  HdReceiveWindow *self = HD_RECEIVE_WINDOW (source_object);
  g_autoptr(GError) error = NULL;
  Applied *applied = g_task_propagate_pointer (G_TASK (result), &error);
  g_autofree char *message = NULL;
  const HdExchangeReceipt *receipt;

  set_applying (self, FALSE);
  if (applied == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        gtk_window_destroy (GTK_WINDOW (self));
      else
        show_refusal (self, _("The package cannot be received"), error->message, TRUE);
      return;
    }
  receipt = &applied->receipt;
  if (receipt->already_received)
    message = g_strdup_printf (_("Package %lu from “%s” was received before: nothing changed."),
                               (gulong) receipt->sequence, receipt->office_name);
  else
    {
      guint total = hd_exchange_counts_total (&receipt->counts);

      /* The edit committed on the worker's connection is the window's from now on. */
      hd_history_take_newest (hd_context_get_history (self->context), applied->history);
      message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "Package %lu from “%s” is received: %u record changed. Undo takes it back.",
                                              "Package %lu from “%s” is received: %u records changed. Undo takes it back.",
                                              total),
                                 (gulong) receipt->sequence, receipt->office_name, total);
    }
  applied_free (applied);
  g_signal_emit (self, signals[RECEIVED], 0, message);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
apply_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  HdReceiveWindow *self = HD_RECEIVE_WINDOW (widget);
  g_autofree char *text = NULL;
  g_autoptr(GTask) task = NULL;
  ApplyData *data;

  if (self->applying || !self->have_preview || self->preview.already_received)
    return;
  /* Translators: %s is the sending office. */
  text = g_strdup_printf (_("Receiving the package from “%s”…"), self->preview.office_name);
  gtk_label_set_label (self->applying_label, text);
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  gtk_stack_set_visible_child_name (self->stack, "applying");
  gtk_widget_set_visible (self->receive_button, FALSE);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  g_atomic_int_set (&self->permille, 0);
  set_applying (self, TRUE);
  gtk_widget_grab_focus (self->cancel_button);

  data = g_new0 (ApplyData, 1);
  data->db_path = g_strdup (hd_store_get_path (hd_context_get_store (self->context)));
  data->path = g_file_get_path (self->file);
  data->operator_name = g_strdup (hd_store_get_operator (hd_context_get_store (self->context)));
  data->permille = &self->permille;
  task = g_task_new (self, self->cancellable, apply_done, NULL);
  g_task_set_source_tag (task, apply_activated);
  g_task_set_task_data (task, data, (GDestroyNotify) apply_data_free);
  g_task_run_in_thread (task, apply_thread);
}

static void
cancel_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  HdReceiveWindow *self = HD_RECEIVE_WINDOW (widget);

  /* Receiving stops at its next step and rolls back; the window closes then. */
  if (self->applying)
    {
      g_cancellable_cancel (self->cancellable);
      return;
    }
  gtk_window_destroy (GTK_WINDOW (widget));
}

static gboolean
hd_receive_window_close_request (GtkWindow *window)
{
  HdReceiveWindow *self = HD_RECEIVE_WINDOW (window);

  if (self->applying)
    {
      g_cancellable_cancel (self->cancellable);
      return TRUE;
    }
  return GTK_WINDOW_CLASS (hd_receive_window_parent_class)->close_request (window);
}

/* ---- object ---- */

static void
hd_receive_window_dispose (GObject *object)
{
  HdReceiveWindow *self = HD_RECEIVE_WINDOW (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->progress_id, g_source_remove);
  /* GTK 4.8 leaves the window pointing at its child when the template takes the child away. */
  gtk_window_set_child (GTK_WINDOW (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), HD_TYPE_RECEIVE_WINDOW);
  g_clear_object (&self->context);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (hd_receive_window_parent_class)->dispose (object);
}

static void
hd_receive_window_finalize (GObject *object)
{
  HdReceiveWindow *self = HD_RECEIVE_WINDOW (object);

  hd_exchange_receipt_clear (&self->preview);
  g_free (self->refusal);
  /* Kept until here: a preview still running when the window closed finds it cancelled. */
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (hd_receive_window_parent_class)->finalize (object);
}

static void
hd_receive_window_class_init (HdReceiveWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = hd_receive_window_dispose;
  object_class->finalize = hd_receive_window_finalize;
  window_class->close_request = hd_receive_window_close_request;

  /* After the package was received, with a sentence saying what was done; the window then
   * closes. */
  signals[RECEIVED] =
    g_signal_new ("received", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/huodongban/Huodongban/exchange/hd-receive-window.ui");
  gtk_widget_class_bind_template_child (widget_class, HdReceiveWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, HdReceiveWindow, receive_button);
  gtk_widget_class_bind_template_child (widget_class, HdReceiveWindow, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, HdReceiveWindow, spinner);
  gtk_widget_class_bind_template_child (widget_class, HdReceiveWindow, loading_label);
  gtk_widget_class_bind_template_child (widget_class, HdReceiveWindow, heading_label);
  gtk_widget_class_bind_template_child (widget_class, HdReceiveWindow, summary_label);
  gtk_widget_class_bind_template_child (widget_class, HdReceiveWindow, counts_list);
  gtk_widget_class_bind_template_child (widget_class, HdReceiveWindow, refused_icon);
  gtk_widget_class_bind_template_child (widget_class, HdReceiveWindow, refused_heading);
  gtk_widget_class_bind_template_child (widget_class, HdReceiveWindow, refused_label);
  gtk_widget_class_bind_template_child (widget_class, HdReceiveWindow, applying_label);
  gtk_widget_class_bind_template_child (widget_class, HdReceiveWindow, progress_bar);

  gtk_widget_class_install_action (widget_class, "receive.apply", NULL, apply_activated);
  gtk_widget_class_install_action (widget_class, "receive.cancel", NULL, cancel_activated);
}

static void
hd_receive_window_init (HdReceiveWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  update_actions (self);
}

HdReceiveWindow *
hd_receive_window_new (GtkWindow *parent,
                       HdContext *context,
                       GFile     *file)
{
  HdReceiveWindow *self;
  g_autoptr(GTask) task = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *loading = NULL;
  PreviewData *data;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (HD_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  self = g_object_new (HD_TYPE_RECEIVE_WINDOW, "transient-for", parent, "modal", TRUE,
                       "destroy-with-parent", TRUE, NULL);
  self->context = g_object_ref (context);
  self->file = g_object_ref (file);

  basename = g_file_get_basename (file);
  /* Translators: %s is the name of an exchange package file. */
  loading = g_strdup_printf (_("Reading and checking “%s”…"), basename);
  gtk_label_set_label (self->loading_label, loading);
  gtk_spinner_set_spinning (self->spinner, TRUE);
  gtk_stack_set_visible_child_name (self->stack, "loading");

  if (g_file_peek_path (file) == NULL)
    {
      show_refusal (self, _("The package cannot be received"),
                    _("Only packages on this computer can be received. Copy the file into a local folder first."), TRUE);
      return self;
    }
  data = g_new0 (PreviewData, 1);
  data->db_path = g_strdup (hd_store_get_path (hd_context_get_store (context)));
  data->path = g_file_get_path (file);
  task = g_task_new (self, self->cancellable, preview_done, NULL);
  g_task_set_source_tag (task, hd_receive_window_new);
  g_task_set_task_data (task, data, (GDestroyNotify) preview_data_free);
  g_task_run_in_thread (task, preview_thread);
  return self;
}

const char *
hd_receive_window_get_state (HdReceiveWindow *self)
{
  g_return_val_if_fail (HD_IS_RECEIVE_WINDOW (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}

const char *
hd_receive_window_get_heading (HdReceiveWindow *self)
{
  g_return_val_if_fail (HD_IS_RECEIVE_WINDOW (self), NULL);
  return gtk_label_get_label (self->heading_label);
}

GStrv
hd_receive_window_dup_lines (HdReceiveWindow *self)
{
  g_autoptr(GStrvBuilder) lines = g_strv_builder_new ();

  g_return_val_if_fail (HD_IS_RECEIVE_WINDOW (self), NULL);
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->counts_list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *label = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row));

      g_strv_builder_add (lines, gtk_label_get_label (GTK_LABEL (label)));
    }
  return g_strv_builder_end (lines);
}

const char *
hd_receive_window_get_refusal (HdReceiveWindow *self)
{
  g_return_val_if_fail (HD_IS_RECEIVE_WINDOW (self), NULL);
  return self->refusal;
}
