/* hd-send-window.c
 *
 * Building a package reads every record that changed (a county's whole part with "Send
 * everything"), so the counts are worked out in a worker on a connection of its own, again each
 * time a choice changes; an answer for an earlier choice is dropped. Writing the package runs in
 * a worker too: it records the package as sent, outside the undo history (a package once sent
 * cannot be taken back).
 */
#include <glib/gi18n-lib.h>

#include "common/hd-file-chooser.h"
#include "exchange/hd-exchange-send.h"
#include "exchange/hd-count-list.h"
#include "exchange/hd-exchange-text.h"
#include "exchange/hd-send-window.h"
#include "organisation/hd-unit-path-names.h"

struct _HdSendWindow
{
  GtkWindow      parent_instance;

  HdContext     *context;
  GPtrArray     *offices;        /* HdOffice, as the drop-down lists them */
  GCancellable  *cancellable;
  guint          generation;     /* of the choice the counts shown belong to */
  gboolean       busy;
  gboolean       saving;

  GtkStack      *stack;
  GtkWidget     *save_button;
  GtkDropDown   *office_dropdown;
  GtkSwitch     *full_switch;
  GtkSwitch     *confidential_switch;
  GtkWidget     *confidential_warning;
  GtkSpinner    *spinner;
  GtkLabel      *summary_label;
  GtkListBox    *counts_list;
};

G_DEFINE_FINAL_TYPE (HdSendWindow, hd_send_window, GTK_TYPE_WINDOW)

enum {
  SENT,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct {
  char      *db_path;
  char      *office_uuid;
  gboolean   full;
  gboolean   confidential;
  guint      generation;
  char      *path;             /* where to write; NULL: only count */
} SendData;

static void
send_data_free (SendData *data)
{
  g_free (data->db_path);
  g_free (data->office_uuid);
  g_free (data->path);
  g_free (data);
}

static HdOffice *
chosen_office (HdSendWindow *self)
{
  guint i = gtk_drop_down_get_selected (self->office_dropdown);

  return self->offices != NULL && i < self->offices->len ? g_ptr_array_index (self->offices, i) : NULL;
}

static void
update_actions (HdSendWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "send.save",
                                 !self->busy && !self->saving && chosen_office (self) != NULL);
}

static void
set_busy (HdSendWindow *self,
          gboolean      busy)
{
  self->busy = busy;
  gtk_spinner_set_spinning (self->spinner, busy);
  update_actions (self);
}

/* ---- the counts ---- */

static void
send_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  SendData *data = task_data;
  g_autoptr(HdStore) store = NULL;
  g_autoptr(HdOffice) office = NULL;
  g_autoptr(HdPackage) package = NULL;
  HdExchangeCounts *counts = g_new0 (HdExchangeCounts, 1);
  GError *error = NULL;
  gboolean ok;

  store = hd_store_open (data->db_path, &error);
  if (store != NULL)
    office = hd_office_find_by_uuid (store, data->office_uuid, &error);
  if (office == NULL && error == NULL)
    g_set_error_literal (&error, HD_EXCHANGE_ERROR, HD_EXCHANGE_ERROR_INVALID,
                         _("The office is no longer registered here. Close this window and open it again."));
  if (office == NULL)
    ok = FALSE;
  else if (data->path != NULL)
    ok = hd_exchange_send (store, office, data->full, data->confidential, data->path, counts, &error);
  else
    ok = (package = hd_exchange_build (store, office, data->full, data->confidential, counts, &error)) != NULL;
  if (!ok)
    {
      g_free (counts);
      g_task_return_error (task, error);
      return;
    }
  g_task_return_pointer (task, counts, g_free);
}

static void
show_counts (HdSendWindow           *self,
             const HdExchangeCounts *counts)
{
  guint total = hd_exchange_counts_total (counts);
  HdOffice *office = chosen_office (self);
  gboolean confidential = gtk_switch_get_active (self->confidential_switch);
  g_autofree char *records = NULL;
  g_autofree char *summary = NULL;

  records = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "Package %lu for “%s” will hold %u record.",
                                          "Package %lu for “%s” will hold %u records.", total),
                             (gulong) office->sent + 1, office->name, total);
  summary = g_strdup_printf ("%s %s", records,
                             confidential ? _("Confidential content is included.")
                                          : _("Confidential content is left out."));
  gtk_label_set_label (self->summary_label, summary);
  hd_count_list_show (self->counts_list, counts);
}

static void
count_done (GObject      *source_object,
            GAsyncResult *result,
            gpointer      user_data)
{
  HdSendWindow *self = HD_SEND_WINDOW (source_object);
  SendData *data = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree HdExchangeCounts *counts = g_task_propagate_pointer (G_TASK (result), &error);

  if (g_cancellable_is_cancelled (self->cancellable) || data->generation != self->generation)
    return;
  set_busy (self, FALSE);
  if (counts == NULL)
    {
      gtk_label_set_label (self->summary_label, error->message);
      hd_count_list_show (self->counts_list, &(HdExchangeCounts) { 0 });
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "send.save", FALSE);
      return;
    }
  show_counts (self, counts);
}

static SendData *
send_data_new (HdSendWindow *self)
{
  SendData *data = g_new0 (SendData, 1);

  data->db_path = g_strdup (hd_store_get_path (hd_context_get_store (self->context)));
  data->office_uuid = g_strdup (chosen_office (self)->uuid);
  data->full = gtk_switch_get_active (self->full_switch);
  data->confidential = gtk_switch_get_active (self->confidential_switch);
  data->generation = self->generation;
  return data;
}

static void
choice_changed_cb (HdSendWindow *self)
{
  g_autoptr(GTask) task = NULL;

  if (self->offices == NULL || chosen_office (self) == NULL)
    return;
  gtk_widget_set_visible (self->confidential_warning, gtk_switch_get_active (self->confidential_switch));
  self->generation++;
  gtk_label_set_label (self->summary_label, _("Working out what the package will hold…"));
  hd_count_list_show (self->counts_list, &(HdExchangeCounts) { 0 });
  set_busy (self, TRUE);
  task = g_task_new (self, self->cancellable, count_done, NULL);
  g_task_set_source_tag (task, choice_changed_cb);
  g_task_set_task_data (task, send_data_new (self), (GDestroyNotify) send_data_free);
  g_task_run_in_thread (task, send_thread);
}

/* ---- the package written ---- */

static void
save_done (GObject      *source_object,
           GAsyncResult *result,
           gpointer      user_data)
{
  HdSendWindow *self = HD_SEND_WINDOW (source_object);
  SendData *data = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree HdExchangeCounts *counts = g_task_propagate_pointer (G_TASK (result), &error);
  g_autofree char *basename = NULL;
  g_autofree char *message = NULL;
  guint total;

  if (g_cancellable_is_cancelled (self->cancellable))
    return;
  self->saving = FALSE;
  update_actions (self);
  if (counts == NULL)
    {
      gtk_label_set_label (self->summary_label, error->message);
      return;
    }
  basename = g_path_get_basename (data->path);
  total = hd_exchange_counts_total (counts);
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "The package “%s” for “%s” is written, with %u record. Give it to that office; the next package follows on from it.",
                                          "The package “%s” for “%s” is written, with %u records. Give it to that office; the next package follows on from it.",
                                          total),
                             basename, chosen_office (self)->name, total);
  g_signal_emit (self, signals[SENT], 0, message);
  gtk_window_destroy (GTK_WINDOW (self));
}

void
hd_send_window_save_to (HdSendWindow *self,
                        GFile        *file)
{
  g_autoptr(GTask) task = NULL;
  SendData *data;

  g_return_if_fail (HD_IS_SEND_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->saving || chosen_office (self) == NULL)
    return;
  if (g_file_peek_path (file) == NULL)
    {
      gtk_label_set_label (self->summary_label,
                           _("A package can only be written to a folder on this computer. Choose a local folder, then copy the file where it should go."));
      return;
    }
  self->saving = TRUE;
  update_actions (self);
  gtk_label_set_label (self->summary_label, _("Writing the package…"));
  data = send_data_new (self);
  data->path = g_file_get_path (file);
  task = g_task_new (self, self->cancellable, save_done, NULL);
  g_task_set_source_tag (task, hd_send_window_save_to);
  g_task_set_task_data (task, data, (GDestroyNotify) send_data_free);
  g_task_run_in_thread (task, send_thread);
}

static void
file_chosen (GtkWindow *parent,
             GFile     *file,
             gpointer   user_data)
{
  hd_send_window_save_to (HD_SEND_WINDOW (parent), file);
}

char *
hd_send_window_dup_file_name (HdSendWindow *self)
{
  HdOffice *office;

  g_return_val_if_fail (HD_IS_SEND_WINDOW (self), NULL);
  office = chosen_office (self);
  g_return_val_if_fail (office != NULL, NULL);
  return hd_exchange_text_file_name (office->self_name, office->name, office->sent + 1);
}

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  HdSendWindow *self = HD_SEND_WINDOW (widget);
  g_autoptr(GListStore) filters = NULL;
  g_autofree char *name = NULL;

  if (self->busy || self->saving || chosen_office (self) == NULL)
    return;
  filters = hd_file_chooser_filters_new (_("Exchange Packages (*.hdx)"), "*.hdx");
  name = hd_send_window_dup_file_name (self);
  hd_file_chooser_choose (GTK_WINDOW (self), HD_FILE_CHOOSER_SAVE, _("Save Package"), _("_Save"), filters, NULL,
                          name, file_chosen, NULL, NULL);
}

/* ---- object ---- */

static char *
office_label (const HdOffice *office,
              const char     *unit_names)
{
  if (office->role == HD_OFFICE_UPPER)
    /* Translators: an office in the list to send to; %s is its name. */
    return g_strdup_printf (_("%s (upper office)"), office->name);
  /* Translators: a lower office in the list to send to: its name and its unit's path. */
  return g_strdup_printf (_("%s (lower office: %s)"), office->name, unit_names);
}

static void
hd_send_window_dispose (GObject *object)
{
  HdSendWindow *self = HD_SEND_WINDOW (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  /* GTK 4.8 leaves the window pointing at its child when the template takes the child away. */
  gtk_window_set_child (GTK_WINDOW (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), HD_TYPE_SEND_WINDOW);
  g_clear_pointer (&self->offices, g_ptr_array_unref);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (hd_send_window_parent_class)->dispose (object);
}

static void
hd_send_window_finalize (GObject *object)
{
  HdSendWindow *self = HD_SEND_WINDOW (object);

  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (hd_send_window_parent_class)->finalize (object);
}

static void
hd_send_window_class_init (HdSendWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hd_send_window_dispose;
  object_class->finalize = hd_send_window_finalize;

  /* After the package was written, with a sentence saying so; the window then closes. */
  signals[SENT] =
    g_signal_new ("sent", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/huodongban/Huodongban/exchange/hd-send-window.ui");
  gtk_widget_class_bind_template_child (widget_class, HdSendWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, HdSendWindow, save_button);
  gtk_widget_class_bind_template_child (widget_class, HdSendWindow, office_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HdSendWindow, full_switch);
  gtk_widget_class_bind_template_child (widget_class, HdSendWindow, confidential_switch);
  gtk_widget_class_bind_template_child (widget_class, HdSendWindow, confidential_warning);
  gtk_widget_class_bind_template_child (widget_class, HdSendWindow, spinner);
  gtk_widget_class_bind_template_child (widget_class, HdSendWindow, summary_label);
  gtk_widget_class_bind_template_child (widget_class, HdSendWindow, counts_list);
  gtk_widget_class_bind_template_callback (widget_class, choice_changed_cb);

  gtk_widget_class_install_action (widget_class, "send.save", NULL, save_activated);
}

static void
hd_send_window_init (HdSendWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
}

HdSendWindow *
hd_send_window_new (GtkWindow *parent,
                    HdContext *context)
{
  HdSendWindow *self;
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(HdUnitPathNames) names = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (HD_IS_CONTEXT (context), NULL);

  self = g_object_new (HD_TYPE_SEND_WINDOW, "transient-for", parent, "modal", TRUE,
                       "destroy-with-parent", TRUE, NULL);
  self->context = g_object_ref (context);
  update_actions (self);
  /* A handful of rows: read here. */
  self->offices = hd_office_list (hd_context_get_store (context), &error);
  if (self->offices == NULL)
    {
      gtk_label_set_label (self->summary_label, error->message);
      return self;
    }
  if (self->offices->len == 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return self;
    }
  names = hd_unit_path_names_new (hd_context_get_store (context), 0, "/");
  for (guint i = 0; i < self->offices->len; i++)
    {
      HdOffice *office = g_ptr_array_index (self->offices, i);
      const char *unit = hd_unit_path_names_lookup (names, office->unit_id, NULL);
      g_autofree char *label = office_label (office, unit != NULL ? unit : "—");

      gtk_string_list_append (labels, label);
    }
  gtk_drop_down_set_model (self->office_dropdown, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (self->office_dropdown, 0);
  choice_changed_cb (self);
  return self;
}

void
hd_send_window_set_choice (HdSendWindow *self,
                           guint         office,
                           gboolean      full,
                           gboolean      confidential)
{
  g_return_if_fail (HD_IS_SEND_WINDOW (self));
  gtk_drop_down_set_selected (self->office_dropdown, office);
  gtk_switch_set_active (self->full_switch, full);
  gtk_switch_set_active (self->confidential_switch, confidential);
}

gboolean
hd_send_window_get_busy (HdSendWindow *self)
{
  g_return_val_if_fail (HD_IS_SEND_WINDOW (self), FALSE);
  return self->busy || self->saving;
}

GStrv
hd_send_window_dup_lines (HdSendWindow *self)
{
  g_autoptr(GStrvBuilder) lines = g_strv_builder_new ();

  g_return_val_if_fail (HD_IS_SEND_WINDOW (self), NULL);
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->counts_list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    g_strv_builder_add (lines, gtk_label_get_label (GTK_LABEL (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row)))));
  return g_strv_builder_end (lines);
}

const char *
hd_send_window_get_summary (HdSendWindow *self)
{
  g_return_val_if_fail (HD_IS_SEND_WINDOW (self), NULL);
  return gtk_label_get_label (self->summary_label);
}
