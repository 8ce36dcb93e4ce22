/* hd-task-editor-progress.c — the task editor's review dates (of a long-term task) and its
 * progress log, newest first. */
#include <glib/gi18n-lib.h>

#include "common/hd-field-error.h"
#include "ledger/hd-ledger-text.h"
#include "ledger/hd-task-editor-private.h"

static void
remove_review_clicked (GtkButton    *button,
                       HdTaskEditor *self)
{
  const char *date = g_object_get_data (G_OBJECT (button), "review-date");
  g_autoptr(GError) error = NULL;

  if (!hd_task_remove_review (hd_context_get_store (self->context), hd_context_get_history (self->context),
                              self->task_id, date, &error))
    hd_field_error_set (self->fields_error, NULL, error->message);
}

void
hd_task_editor_fill_reviews (HdTaskEditor *self)
{
  const char * const *reviews = self->task != NULL ? hd_task_get_reviews (self->task) : NULL;

  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->reviews_flow))) != NULL)
    gtk_flow_box_remove (self->reviews_flow, child);
  for (guint i = 0; reviews != NULL && reviews[i] != NULL; i++)
    {
      g_autofree char *date = hd_ledger_text_date (reviews[i]);
      g_autofree char *accessible = NULL;
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
      GtkWidget *label = gtk_label_new (date);
      GtkWidget *remove = gtk_button_new_from_icon_name ("window-close-symbolic");

      /* Translators: the button that removes a review date; %s is the date. */
      accessible = g_strdup_printf (_("Remove review date %s"), date);
      gtk_widget_set_tooltip_text (remove, accessible);
      gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_add_css_class (remove, "circular");
      g_object_set_data_full (G_OBJECT (remove), "review-date", g_strdup (reviews[i]), g_free);
      g_signal_connect (remove, "clicked", G_CALLBACK (remove_review_clicked), self);
      gtk_widget_set_margin_start (label, 6);
      gtk_box_append (GTK_BOX (box), label);
      gtk_box_append (GTK_BOX (box), remove);
      gtk_widget_add_css_class (box, "card");
      gtk_flow_box_append (self->reviews_flow, box);
    }
}

void
hd_task_editor_fill_progress (HdTaskEditor *self)
{
  g_autoptr(GPtrArray) log = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->progress_list))) != NULL)
    gtk_list_box_remove (self->progress_list, child);
  if (self->task_id != 0 && !self->creating)
    log = hd_task_load_progress (hd_context_get_store (self->context), self->task_id, NULL);
  if (log == NULL || log->len == 0)
    {
      GtkWidget *empty = gtk_label_new (_("No progress entered yet."));

      gtk_widget_add_css_class (empty, "dim-label");
      gtk_widget_set_margin_top (empty, 12);
      gtk_widget_set_margin_bottom (empty, 12);
      gtk_list_box_append (self->progress_list, empty);
      return;
    }
  /* Newest first: the clerk reads the latest state. */
  for (guint i = log->len; i-- > 0;)
    {
      HdTaskProgress *entry = g_ptr_array_index (log, i);
      g_autofree char *date = hd_ledger_text_date (entry->date);
      g_autofree char *heading = NULL;
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      GtkWidget *head = gtk_label_new (NULL);
      GtkWidget *text = gtk_label_new (entry->text);

      /* Translators: a progress entry's date and who entered it, e.g. "2014年9月30日 · 王芳". */
      heading = g_strdup_printf (_("%s · %s"), date, entry->operator_name != NULL ? entry->operator_name : "");
      gtk_label_set_label (GTK_LABEL (head), heading);
      gtk_label_set_xalign (GTK_LABEL (head), 0);
      gtk_widget_add_css_class (head, "dim-label");
      gtk_widget_add_css_class (head, "caption");
      gtk_label_set_xalign (GTK_LABEL (text), 0);
      gtk_label_set_wrap (GTK_LABEL (text), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (text), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_selectable (GTK_LABEL (text), TRUE);
      gtk_box_append (GTK_BOX (box), head);
      gtk_box_append (GTK_BOX (box), text);
      gtk_widget_set_margin_top (box, 6);
      gtk_widget_set_margin_bottom (box, 6);
      gtk_widget_set_margin_start (box, 6);
      gtk_widget_set_margin_end (box, 6);
      gtk_list_box_append (self->progress_list, box);
    }
}

static void
add_review_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  HdTaskEditor *self = HD_TASK_EDITOR (widget);
  g_autofree char *date = NULL;
  g_autoptr(GError) error = NULL;

  if (self->task == NULL)
    return;
  date = hd_task_editor_parse_date (self->review_entry, self->fields_error, TRUE);
  if (date == NULL)
    return;
  if (!hd_task_add_review (hd_context_get_store (self->context), hd_context_get_history (self->context),
                           self->task_id, date, &error))
    hd_field_error_set (self->fields_error, NULL, error->message);
  else
    hd_task_editor_set_entry_text (self->review_entry, NULL);
}

static void
review_activate_cb (HdTaskEditor *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "task.add-review", NULL);
}

static void
add_progress_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  HdTaskEditor *self = HD_TASK_EDITOR (widget);
  g_autofree char *date = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  if (self->task == NULL)
    return;
  date = hd_task_editor_parse_date (self->progress_date_entry, self->progress_error, TRUE);
  if (date == NULL)
    return;
  text = hd_task_editor_dup_required_text (self->progress_text_entry, self->progress_error,
                                           _("Type what was done, then add it to the log."));
  if (text == NULL)
    return;
  if (!hd_task_add_progress (hd_context_get_store (self->context), hd_context_get_history (self->context),
                             self->task_id, date, text, &error))
    hd_field_error_set (self->progress_error, NULL, error->message);
  else
    hd_task_editor_set_entry_text (self->progress_text_entry, NULL);
}

static void
progress_activate_cb (HdTaskEditor *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "task.add-progress", NULL);
}

void
hd_task_editor_class_init_progress (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, progress_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, review_activate_cb);

  gtk_widget_class_install_action (widget_class, "task.add-review", NULL, add_review_activated);
  gtk_widget_class_install_action (widget_class, "task.add-progress", NULL, add_progress_activated);
}
