/* hd-opinions-page-commands.c — the commands on the selected opinions: marking their status,
 * deleting them, merging them into a problem and making a rectification task of them; and
 * exporting the list as filtered into a spreadsheet. */
#include <glib/gi18n-lib.h>

#include "common/hd-dialog.h"
#include "exchange/hd-exchange-owner.h"
#include "opinions/hd-opinion.h"
#include "opinions/hd-opinions-page-private.h"
#include "opinions/hd-opinions-questions.h"
#include "opinions/hd-problem-editor.h"
#include "opinions/hd-task-form.h"
#include "organisation/hd-unit.h"
#include "print/hd-sheet-command.h"

/* Whether the opinions @ids are all ours to change; if not, says whose they are and why nothing
 * was done. */
static gboolean
selection_is_ours (HdOpinionsPage *self,
                   GArray         *ids)
{
  g_autoptr(GError) error = NULL;

  if (hd_exchange_check_ours (hd_context_get_store (self->context), "opinion",
                              (const gint64 *) ids->data, ids->len, &error))
    return TRUE;
  hd_opinions_page_show_error (self, error->message);
  return FALSE;
}

static void
delete_confirmed_cb (HdQuestionWindow *question,
                     HdOpinionsPage   *self)
{
  GArray *ids = g_object_get_data (G_OBJECT (question), "opinion-ids");
  g_autoptr(GError) error = NULL;

  if (!hd_opinion_delete_many (hd_context_get_store (self->context), hd_context_get_history (self->context),
                               (const gint64 *) ids->data, ids->len, &error))
    {
      hd_opinions_page_show_error (self, error->message);
      return;
    }
  /* The form must not go on editing an opinion that is gone. */
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == hd_opinion_form_get_editing (self->form))
      {
        gtk_widget_activate_action (GTK_WIDGET (self), "opinions.close-form", NULL);
        break;
      }
}

static void
delete (GtkWidget  *widget,
        const char *action_name,
        GVariant   *parameter)
{
  HdOpinionsPage *self = HD_OPINIONS_PAGE (widget);
  g_autoptr(GArray) ids = hd_opinions_page_dup_selected_ids (self);
  g_autoptr(GError) error = NULL;
  HdQuestionWindow *question;

  hd_opinions_page_show_error (self, NULL);
  if (ids->len == 0 || !selection_is_ours (self, ids))
    return;
  question = hd_opinions_question_delete_opinions (hd_dialog_get_parent (widget),
                                                   hd_context_get_store (self->context),
                                                   (const gint64 *) ids->data, ids->len, &error);
  if (question == NULL)
    {
      hd_opinions_page_show_error (self, error->message);
      return;
    }
  g_object_set_data_full (G_OBJECT (question), "opinion-ids", g_array_ref (ids), (GDestroyNotify) g_array_unref);
  g_signal_connect_object (question, "confirmed", G_CALLBACK (delete_confirmed_cb), self, 0);
  hd_opinions_page_set_open_editor (self, GTK_WINDOW (question));
  gtk_window_present (GTK_WINDOW (question));
}

static void
set_status (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  HdOpinionsPage *self = HD_OPINIONS_PAGE (widget);
  HdOpinionStatus status = g_str_equal (action_name, "opinions.mark-sorted") ? HD_OPINION_STATUS_SORTED
                         : g_str_equal (action_name, "opinions.mark-answered") ? HD_OPINION_STATUS_ANSWERED
                         : HD_OPINION_STATUS_CLOSED;
  g_autoptr(GArray) ids = hd_opinions_page_dup_selected_ids (self);
  g_autoptr(GError) error = NULL;

  hd_opinions_page_show_error (self, NULL);
  if (!selection_is_ours (self, ids))
    return;
  /* One edit per opinion, as the core makes them; the list is read again once at the end. */
  g_signal_handler_block (hd_context_get_history (self->context), self->history_handler);
  for (guint i = 0; i < ids->len && error == NULL; i++)
    hd_opinion_set_status (hd_context_get_store (self->context), hd_context_get_history (self->context),
                           g_array_index (ids, gint64, i), status, &error);
  g_signal_handler_unblock (hd_context_get_history (self->context), self->history_handler);
  hd_opinions_page_rebuild (self);
  if (error != NULL)
    hd_opinions_page_show_error (self, error->message);
}

static void
open_task_form (HdOpinionsPage *self,
                gint64          problem_id)
{
  HdTaskForm *form = hd_task_form_new (hd_dialog_get_parent (GTK_WIDGET (self)), self->context, problem_id);

  g_signal_connect_object (form, "created", G_CALLBACK (hd_opinions_page_emit_task_created), self,
                           G_CONNECT_SWAPPED);
  hd_opinions_page_set_open_editor (self, GTK_WINDOW (form));
  gtk_window_present (GTK_WINDOW (form));
}

static void
merged_then_task_cb (HdOpinionsPage *self,
                     gint64          problem_id)
{
  open_task_form (self, problem_id);
}

static HdProblemEditor *
open_merge (HdOpinionsPage *self,
            GArray         *ids)
{
  HdProblemEditor *editor = hd_problem_editor_new (hd_dialog_get_parent (GTK_WIDGET (self)), self->context,
                                                   (const gint64 *) ids->data, ids->len);

  hd_opinions_page_set_open_editor (self, GTK_WINDOW (editor));
  gtk_window_present (GTK_WINDOW (editor));
  return editor;
}

static void
merge (GtkWidget  *widget,
       const char *action_name,
       GVariant   *parameter)
{
  HdOpinionsPage *self = HD_OPINIONS_PAGE (widget);
  g_autoptr(GArray) ids = hd_opinions_page_dup_selected_ids (self);

  hd_opinions_page_show_error (self, NULL);
  if (ids->len > 0 && selection_is_ours (self, ids))
    open_merge (self, ids);
}

/* From the problem the selected opinions went into; opinions not in a problem yet become one
 * on the way. */
static void
create_task (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HdOpinionsPage *self = HD_OPINIONS_PAGE (widget);
  g_autoptr(GArray) ids = hd_opinions_page_dup_selected_ids (self);
  gint64 problem_id = 0;
  gboolean mixed = FALSE;

  hd_opinions_page_show_error (self, NULL);
  if (!selection_is_ours (self, ids))
    return;
  for (guint i = 0; i < ids->len && !mixed; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(HdOpinion) opinion = hd_opinion_load (hd_context_get_store (self->context),
                                                      g_array_index (ids, gint64, i), &error);
      gint64 id;

      if (opinion == NULL)
        {
          hd_opinions_page_show_error (self, error->message);
          return;
        }
      id = hd_opinion_get_problem_id (opinion);
      if (i == 0)
        problem_id = id;
      else if (id != problem_id)
        mixed = TRUE;
    }
  if (mixed)
    {
      hd_opinions_page_show_error (self, _("The selected opinions are not all in one problem. Select the opinions of one problem, or merge them into a problem first."));
      return;
    }
  if (ids->len == 0)
    return;
  if (problem_id != 0)
    open_task_form (self, problem_id);
  else
    g_signal_connect_object (open_merge (self, ids), "merged", G_CALLBACK (merged_then_task_cb), self,
                             G_CONNECT_SWAPPED);
}

static void
export_sheet (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  HdOpinionsPage *self = HD_OPINIONS_PAGE (widget);
  GtkWindow *parent = hd_dialog_get_parent (widget);
  g_autoptr(HdUnit) unit = NULL;
  g_autofree char *name = NULL;
  HdOpinionFilter filter;

  if (self->context == NULL || parent == NULL)
    return;
  hd_opinions_page_get_filter (self, &filter);
  if (filter.unit_id != 0)
    unit = hd_unit_load (hd_context_get_store (self->context), filter.unit_id, NULL);
  name = unit != NULL
         /* Translators: a spreadsheet's proposed name, without its extension: the opinions of a
          * unit, e.g. "意见建议-七坪镇". */
         ? g_strdup_printf (_("Opinions-%s"), hd_unit_get_name (unit))
         /* Translators: a spreadsheet's proposed name, without its extension. */
         : g_strdup (_("Opinions"));
  hd_sheet_command_choose_opinions (parent, self->context, &filter, name);
}

void
hd_opinions_page_class_init_commands (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "opinions.export-sheet", NULL, export_sheet);
  gtk_widget_class_install_action (widget_class, "opinions.delete", NULL, delete);
  gtk_widget_class_install_action (widget_class, "opinions.mark-sorted", NULL, set_status);
  gtk_widget_class_install_action (widget_class, "opinions.mark-answered", NULL, set_status);
  gtk_widget_class_install_action (widget_class, "opinions.mark-closed", NULL, set_status);
  gtk_widget_class_install_action (widget_class, "opinions.merge", NULL, merge);
  gtk_widget_class_install_action (widget_class, "opinions.create-task", NULL, create_task);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_CONTROL_MASK, "opinions.mark-sorted", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_CONTROL_MASK, "opinions.mark-answered", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_3, GDK_CONTROL_MASK, "opinions.mark-closed", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_m, GDK_CONTROL_MASK, "opinions.merge", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_t, GDK_CONTROL_MASK, "opinions.create-task", NULL);
}
