/* hd-task-editor-closing.c — the task editor's result and the masses' verdict, the task's state,
 * closing it (销号) and reopening it with a reason. */
#include <glib/gi18n-lib.h>

#include "common/hd-field-error.h"
#include "ledger/hd-ledger-text.h"
#include "ledger/hd-task-editor-private.h"
#include "store/hd-date.h"

void
hd_task_editor_fill_result (HdTaskEditor *self)
{
  self->filling = TRUE;
  hd_task_editor_set_view_text (self->result_view, self->task != NULL ? hd_task_get_result (self->task) : NULL);
  gtk_drop_down_set_selected (self->verdict_dropdown,
                              self->task != NULL ? hd_task_get_verdict (self->task) : HD_VERDICT_NONE);
  self->result_dirty = FALSE;
  self->filling = FALSE;
}

void
hd_task_editor_fill_state (HdTaskEditor *self)
{
  g_autofree char *state = NULL;
  g_autofree char *today = hd_date_format_display (hd_context_get_today (self->context));

  if (self->task != NULL)
    {
      HdLight light = hd_task_get_light (self->task, hd_context_get_today (self->context),
                                         g_settings_get_uint (hd_context_get_settings (self->context),
                                                              "deadline-warning-days"));
      const char *closed = hd_task_get_closed (self->task);

      if (closed != NULL)
        {
          g_autofree char *date = hd_ledger_text_date (closed);
          /* Translators: the state of a closed task: the light's word and the closing date. */
          state = g_strdup_printf (_("%s on %s. To change it, reopen it with a reason."), hd_light_get_label (light), date);
        }
      else
        /* Translators: the state of an open task: its deadline light's word. */
        state = g_strdup_printf (_("Open · %s"), hd_light_get_label (light));
    }
  gtk_label_set_label (self->state_label, state != NULL ? state : "");
  hd_task_editor_set_entry_text (self->close_date_entry, today);
  hd_task_editor_set_entry_text (self->progress_date_entry, today);
  hd_task_editor_set_entry_text (self->reason_entry, NULL);
  hd_field_error_set (self->close_error, NULL, NULL);
  hd_field_error_set (self->progress_error, NULL, NULL);
}

static void
save_result_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  HdTaskEditor *self = HD_TASK_EDITOR (widget);
  g_autofree char *result = NULL;
  g_autoptr(GError) error = NULL;

  if (self->task == NULL)
    return;
  result = hd_task_editor_dup_view_text (self->result_view);
  self->result_dirty = FALSE;
  if (!hd_task_set_result (hd_context_get_store (self->context), hd_context_get_history (self->context),
                           self->task_id, result, gtk_drop_down_get_selected (self->verdict_dropdown), &error))
    {
      self->result_dirty = TRUE;
      hd_field_error_set (self->close_error, NULL, error->message);
    }
}

static gboolean
close_with_outcome (HdTaskEditor  *self,
                    const char    *result,
                    HdVerdict      verdict,
                    const char    *date,
                    GError       **error)
{
  HdEdit *edit = hd_edit_begin (hd_context_get_store (self->context), _("Close rectification task"), error);

  if (edit == NULL)
    return FALSE;
  if (!hd_task_write_outcome (edit, self->task_id, result, verdict, date, error))
    {
      hd_edit_abort (edit);
      return FALSE;
    }
  return hd_edit_commit (edit, hd_context_get_history (self->context), error);
}

static void
close_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  HdTaskEditor *self = HD_TASK_EDITOR (widget);
  g_autofree char *date = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (self->task == NULL)
    return;
  date = hd_task_editor_parse_date (self->close_date_entry, self->close_error, TRUE);
  if (date == NULL)
    return;
  if (self->result_dirty)
    {
      g_autofree char *result = hd_task_editor_dup_view_text (self->result_view);

      self->result_dirty = FALSE;
      ok = close_with_outcome (self, result, gtk_drop_down_get_selected (self->verdict_dropdown), date, &error);
      if (!ok)
        self->result_dirty = TRUE;
    }
  else
    ok = hd_task_close (hd_context_get_store (self->context), hd_context_get_history (self->context),
                        self->task_id, date, &error);
  if (!ok)
    hd_field_error_set (self->close_error, NULL, error->message);
}

static void
reopen_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  HdTaskEditor *self = HD_TASK_EDITOR (widget);
  g_autofree char *reason = NULL;
  g_autofree char *date = NULL;
  g_autoptr(GError) error = NULL;

  if (self->task == NULL)
    return;
  reason = hd_task_editor_dup_required_text (self->reason_entry, self->close_error,
                                             _("Say why the task is reopened, e.g. “群众反映问题反弹”, then reopen it."));
  if (reason == NULL)
    return;
  date = hd_date_format_iso (hd_context_get_today (self->context));
  if (!hd_task_reopen (hd_context_get_store (self->context), hd_context_get_history (self->context),
                       self->task_id, date, reason, &error))
    hd_field_error_set (self->close_error, NULL, error->message);
}

void
hd_task_editor_class_init_closing (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "task.save-result", NULL, save_result_activated);
  gtk_widget_class_install_action (widget_class, "task.close", NULL, close_activated);
  gtk_widget_class_install_action (widget_class, "task.reopen", NULL, reopen_activated);
}
