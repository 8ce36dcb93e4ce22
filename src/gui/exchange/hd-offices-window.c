/* hd-offices-window.c
 *
 * The offices are a handful of rows, read on the main thread. What each would get in its next
 * package is another matter: building it reads every record changed since (a county's whole part
 * before the first package), so those counts come from a worker once the list is shown, office
 * by office.
 */
#include <glib/gi18n-lib.h>

#include "exchange/hd-exchange-send.h"
#include "exchange/hd-exchange-text.h"
#include "exchange/hd-office-commands.h"
#include "exchange/hd-offices-window.h"
#include "organisation/hd-unit-path-names.h"

struct _HdOfficesWindow
{
  GtkWindow     parent_instance;

  HdContext    *context;
  GPtrArray    *offices;        /* HdOffice, as the rows */
  GPtrArray    *pending_labels; /* GtkLabel, unowned, one per row */
  GCancellable *cancellable;
  gboolean      busy;
  char         *message;

  GtkStack     *stack;
  GtkListBox   *list_box;
  GtkLabel     *message_label;
};

G_DEFINE_FINAL_TYPE (HdOfficesWindow, hd_offices_window, GTK_TYPE_WINDOW)

/* ---- the pending counts ---- */

typedef struct {
  char   *db_path;
  GStrv   uuids;
} PendingData;

static void
pending_data_free (PendingData *data)
{
  g_free (data->db_path);
  g_strfreev (data->uuids);
  g_free (data);
}

/* Sets the row's pending label from the worker's answer, in the main thread. */
typedef struct {
  HdOfficesWindow *self;
  guint            index;
  char            *text;
} PendingAnswer;

static gboolean
show_pending (gpointer user_data)
{
  PendingAnswer *answer = user_data;
  HdOfficesWindow *self = answer->self;

  if (!g_cancellable_is_cancelled (self->cancellable) && answer->index < self->pending_labels->len)
    gtk_label_set_label (g_ptr_array_index (self->pending_labels, answer->index), answer->text);
  return G_SOURCE_REMOVE;
}

static void
pending_answer_free (PendingAnswer *answer)
{
  g_object_unref (answer->self);
  g_free (answer->text);
  g_free (answer);
}

static void
pending_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  PendingData *data = task_data;
  g_autoptr(HdStore) store = NULL;
  GError *error = NULL;

  store = hd_store_open (data->db_path, &error);
  if (store == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  for (guint i = 0; data->uuids[i] != NULL && !g_cancellable_is_cancelled (cancellable); i++)
    {
      g_autoptr(HdOffice) office = hd_office_find_by_uuid (store, data->uuids[i], NULL);
      g_autoptr(HdPackage) package = NULL;
      g_autoptr(GError) local = NULL;
      HdExchangeCounts counts;
      PendingAnswer *answer = g_new0 (PendingAnswer, 1);
      guint total;

      answer->self = g_object_ref (source_object);
      answer->index = i;
      if (office != NULL)
        package = hd_exchange_build (store, office, FALSE, FALSE, &counts, &local);
      if (package == NULL)
        answer->text = g_strdup_printf (_("Next package: not known (%s)"),
                                        local != NULL ? local->message : _("the office is gone"));
      else if ((total = hd_exchange_counts_total (&counts)) == 0)
        answer->text = g_strdup (_("Next package: nothing new to send"));
      else
        answer->text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Next package: %u record to send",
                                                     "Next package: %u records to send", total),
                                        total);
      g_main_context_invoke_full (NULL, G_PRIORITY_DEFAULT, show_pending, answer, (GDestroyNotify) pending_answer_free);
    }
  g_task_return_boolean (task, TRUE);
}

static void
pending_done (GObject      *source_object,
              GAsyncResult *result,
              gpointer      user_data)
{
  HdOfficesWindow *self = HD_OFFICES_WINDOW (source_object);

  if (!g_cancellable_is_cancelled (self->cancellable))
    self->busy = FALSE;
}

/* ---- rows ---- */

static GtkWidget *
row_label (const char *text,
           gboolean    dim)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (dim)
    gtk_widget_add_css_class (label, "dim-label");
  return label;
}

/* "2, on 2014年6月15日 09:30", or NULL for none. */
static char *
package_text (guint64     sequence,
              const char *at)
{
  g_autofree char *date = NULL;

  if (sequence == 0)
    return NULL;
  date = hd_exchange_text_date (at);
  /* Translators: a package's number and when it went or came. */
  return g_strdup_printf (_("%lu, on %s"), (gulong) sequence, date);
}

static void new_key_clicked (GtkButton       *button,
                             HdOfficesWindow *self);

static GtkWidget *
make_row (HdOfficesWindow *self,
          HdOffice        *office,
          const char      *unit_names,
          guint            index)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *lines = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *title;
  GtkWidget *pending;
  g_autofree char *heading = NULL;
  g_autofree char *unit = NULL;
  g_autofree char *fingerprint = hd_office_key_fingerprint (office->key);
  g_autofree char *key_date = hd_exchange_text_date (office->key_set);
  g_autofree char *key = NULL;
  g_autofree char *sent = NULL;
  g_autofree char *received = NULL;

  /* Translators: an office's row: its name and whether it is the upper office or a lower one. */
  if (office->role == HD_OFFICE_UPPER)
    {
      heading = g_strdup_printf (_("%s · upper office"), office->name);
      /* Translators: the unit of ours by which the upper office registered us. */
      unit = g_strdup_printf (_("Registered us by: %s"), unit_names);
    }
  else
    {
      heading = g_strdup_printf (_("%s · lower office"), office->name);
      unit = g_strdup_printf (_("Unit: %s"), unit_names);
    }
  /* Translators: the key's fingerprint and the date it was set. */
  key = g_strdup_printf (_("Key %s, set on %s"), fingerprint, key_date);
  {
    g_autofree char *sent_package = package_text (office->sent, office->sent_at);
    g_autofree char *received_package = package_text (office->received, office->received_at);

    sent = sent_package != NULL ? g_strdup_printf (_("Last package sent: %s"), sent_package)
                                : g_strdup (_("Last package sent: none yet"));
    received = received_package != NULL ? g_strdup_printf (_("Last package received: %s"), received_package)
                                        : g_strdup (_("Last package received: none yet"));
  }

  title = row_label (heading, FALSE);
  gtk_widget_add_css_class (title, "heading");
  gtk_box_append (GTK_BOX (lines), title);
  gtk_box_append (GTK_BOX (lines), row_label (unit, TRUE));
  gtk_box_append (GTK_BOX (lines), row_label (key, TRUE));
  gtk_box_append (GTK_BOX (lines), row_label (sent, TRUE));
  gtk_box_append (GTK_BOX (lines), row_label (received, TRUE));
  pending = row_label (_("Next package: counting…"), FALSE);
  gtk_box_append (GTK_BOX (lines), pending);
  g_ptr_array_add (self->pending_labels, pending);
  gtk_widget_set_hexpand (lines, TRUE);
  gtk_box_append (GTK_BOX (box), lines);

  if (office->role == HD_OFFICE_LOWER)
    {
      GtkWidget *button = gtk_button_new_with_mnemonic (_("_New Key…"));

      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (button, _("Give this office a new key file; packages made with the old key are refused from then on"));
      g_object_set_data (G_OBJECT (button), "office-index", GUINT_TO_POINTER (index));
      g_signal_connect (button, "clicked", G_CALLBACK (new_key_clicked), self);
      gtk_box_append (GTK_BOX (box), button);
    }
  gtk_widget_set_margin_top (box, 9);
  gtk_widget_set_margin_bottom (box, 9);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  return box;
}

static void
load (HdOfficesWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GStrvBuilder) uuids = g_strv_builder_new ();
  g_autoptr(GTask) task = NULL;
  g_autoptr(HdUnitPathNames) names = NULL;
  PendingData *data;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  /* (gtk_list_box_remove_all () is GTK 4.12's) */
  for (GtkWidget *row; (row = gtk_widget_get_first_child (GTK_WIDGET (self->list_box))) != NULL;)
    gtk_list_box_remove (self->list_box, row);
  g_ptr_array_set_size (self->pending_labels, 0);
  g_clear_pointer (&self->offices, g_ptr_array_unref);
  self->busy = FALSE;

  self->offices = hd_office_list (hd_context_get_store (self->context), &error);
  if (self->offices == NULL)
    {
      gtk_label_set_label (self->message_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->message_label), TRUE);
      return;
    }
  gtk_stack_set_visible_child_name (self->stack, self->offices->len > 0 ? "offices" : "empty");
  names = hd_unit_path_names_new (hd_context_get_store (self->context), 0, "/");
  for (guint i = 0; i < self->offices->len; i++)
    {
      HdOffice *office = g_ptr_array_index (self->offices, i);
      const char *unit = hd_unit_path_names_lookup (names, office->unit_id, NULL);

      gtk_list_box_append (self->list_box, make_row (self, office, unit != NULL ? unit : "—", i));
      g_strv_builder_add (uuids, office->uuid);
    }
  if (self->offices->len == 0)
    return;
  self->busy = TRUE;
  data = g_new0 (PendingData, 1);
  data->db_path = g_strdup (hd_store_get_path (hd_context_get_store (self->context)));
  data->uuids = g_strv_builder_end (uuids);
  task = g_task_new (self, self->cancellable, pending_done, NULL);
  g_task_set_source_tag (task, load);
  g_task_set_task_data (task, data, (GDestroyNotify) pending_data_free);
  g_task_run_in_thread (task, pending_thread);
}

/* ---- actions ---- */

static void
new_key_clicked (GtkButton       *button,
                 HdOfficesWindow *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "office-index"));
  HdOffice *office;

  if (self->offices == NULL || index >= self->offices->len)
    return;
  office = g_ptr_array_index (self->offices, index);
  hd_office_commands_register (GTK_WINDOW (self), self->context, office->unit_id);
}

static void
register_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  HdOfficesWindow *self = HD_OFFICES_WINDOW (widget);

  hd_office_commands_register (GTK_WINDOW (self), self->context, 0);
}

static void
join_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  HdOfficesWindow *self = HD_OFFICES_WINDOW (widget);

  hd_office_commands_join (GTK_WINDOW (self), self->context);
}

/* What a command did, or why it failed; then the list as it is now. */
static void
reload_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  HdOfficesWindow *self = HD_OFFICES_WINDOW (widget);
  const char *message = g_variant_get_string (parameter, NULL);

  g_free (self->message);
  self->message = *message != '\0' ? g_strdup (message) : NULL;
  gtk_label_set_label (self->message_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), *message != '\0');
  load (self);
}

/* ---- object ---- */

static void
hd_offices_window_dispose (GObject *object)
{
  HdOfficesWindow *self = HD_OFFICES_WINDOW (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), HD_TYPE_OFFICES_WINDOW);
  g_clear_pointer (&self->offices, g_ptr_array_unref);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (hd_offices_window_parent_class)->dispose (object);
}

static void
hd_offices_window_finalize (GObject *object)
{
  HdOfficesWindow *self = HD_OFFICES_WINDOW (object);

  g_ptr_array_unref (self->pending_labels);
  g_free (self->message);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (hd_offices_window_parent_class)->finalize (object);
}

static void
hd_offices_window_class_init (HdOfficesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hd_offices_window_dispose;
  object_class->finalize = hd_offices_window_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/huodongban/Huodongban/exchange/hd-offices-window.ui");
  gtk_widget_class_bind_template_child (widget_class, HdOfficesWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, HdOfficesWindow, list_box);
  gtk_widget_class_bind_template_child (widget_class, HdOfficesWindow, message_label);

  gtk_widget_class_install_action (widget_class, "offices.register", NULL, register_activated);
  gtk_widget_class_install_action (widget_class, "offices.join", NULL, join_activated);
  gtk_widget_class_install_action (widget_class, "offices.reload", "s", reload_activated);
}

static void
hd_offices_window_init (HdOfficesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->pending_labels = g_ptr_array_new ();
}

HdOfficesWindow *
hd_offices_window_new (GtkWindow *parent,
                       HdContext *context)
{
  HdOfficesWindow *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (HD_IS_CONTEXT (context), NULL);

  self = g_object_new (HD_TYPE_OFFICES_WINDOW, "transient-for", parent, "destroy-with-parent", TRUE, NULL);
  self->context = g_object_ref (context);
  load (self);
  return self;
}

GStrv
hd_offices_window_dup_rows (HdOfficesWindow *self)
{
  g_autoptr(GStrvBuilder) rows = g_strv_builder_new ();

  g_return_val_if_fail (HD_IS_OFFICES_WINDOW (self), NULL);
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->list_box)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *lines = gtk_widget_get_first_child (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row)));
      g_autoptr(GPtrArray) texts = g_ptr_array_new ();
      g_autofree char *joined = NULL;

      for (GtkWidget *label = gtk_widget_get_first_child (lines); label != NULL; label = gtk_widget_get_next_sibling (label))
        g_ptr_array_add (texts, (gpointer) gtk_label_get_label (GTK_LABEL (label)));
      g_ptr_array_add (texts, NULL);
      joined = g_strjoinv ("\n", (char **) texts->pdata);
      g_strv_builder_add (rows, joined);
    }
  return g_strv_builder_end (rows);
}

gboolean
hd_offices_window_get_busy (HdOfficesWindow *self)
{
  g_return_val_if_fail (HD_IS_OFFICES_WINDOW (self), FALSE);
  return self->busy;
}

const char *
hd_offices_window_get_message (HdOfficesWindow *self)
{
  g_return_val_if_fail (HD_IS_OFFICES_WINDOW (self), NULL);
  return self->message;
}
