/* hd-organisation-page-commands.c — the commands that change the hierarchy from the selected
 * unit: adding a unit below it, editing it, moving it among its siblings or under another unit,
 * and deleting it. */
#include <glib/gi18n-lib.h>

#include "common/hd-dialog.h"
#include "common/hd-question-window.h"
#include "organisation/hd-organisation-page-private.h"
#include "organisation/hd-search-chooser.h"
#include "organisation/hd-unit-edit.h"
#include "organisation/hd-unit-editor.h"

static void
unit_saved_cb (HdOrganisationPage *self,
               gint64              id)
{
  hd_organisation_page_select_unit (self, id);
  gtk_widget_grab_focus (GTK_WIDGET (self->tree_view));
}

static void
add_child (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  HdOrganisationPage *self = HD_ORGANISATION_PAGE (widget);
  g_autoptr(HdUnit) parent = hd_organisation_page_dup_selected_unit (self);
  HdUnitEditor *editor = hd_unit_editor_new_add (hd_dialog_get_parent (widget), self->context, parent);

  hd_dialog_present_editor (GTK_WINDOW (editor), G_CALLBACK (unit_saved_cb), self);
}

static void
edit_unit (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  HdOrganisationPage *self = HD_ORGANISATION_PAGE (widget);
  g_autoptr(HdUnit) unit = hd_organisation_page_dup_selected_unit (self);
  HdUnitEditor *editor;

  if (unit == NULL)
    return;
  editor = hd_unit_editor_new_edit (hd_dialog_get_parent (widget), self->context, unit);
  hd_dialog_present_editor (GTK_WINDOW (editor), G_CALLBACK (unit_saved_cb), self);
}

static void
move_step (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  HdOrganisationPage *self = HD_ORGANISATION_PAGE (widget);
  g_autoptr(HdUnit) unit = hd_organisation_page_dup_selected_unit (self);
  g_autoptr(GtkTreeListRow) parent = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *siblings;
  int index;

  if (unit == NULL)
    return;
  parent = gtk_tree_list_row_get_parent (gtk_single_selection_get_selected_item (self->selection));
  siblings = parent != NULL ? gtk_tree_list_row_get_children (parent) : G_LIST_MODEL (self->roots);
  index = hd_unit_children_find (HD_UNIT_CHILDREN (siblings), hd_unit_get_id (unit));
  if (g_str_equal (action_name, "unit.move-up"))
    index--;
  else
    index++;
  if (index < 0 || (guint) index >= g_list_model_get_n_items (siblings))
    return;
  if (!hd_unit_reorder (hd_context_get_store (self->context), hd_context_get_history (self->context),
                        hd_unit_get_id (unit), index, &error))
    hd_organisation_page_show_error (self, error);
}

typedef struct {
  HdOrganisationPage *page;
  gint64              id;
} UnitTask;

static void
unit_task_free (gpointer data)
{
  UnitTask *task = data;

  g_object_unref (task->page);
  g_free (task);
}

static gboolean
move_to_chosen (gint64    parent_id,
                gpointer  user_data,
                GError  **error)
{
  UnitTask *task = user_data;
  HdContext *context = task->page->context;

  if (!hd_unit_move (hd_context_get_store (context), hd_context_get_history (context), task->id, parent_id, -1, error))
    return FALSE;
  hd_organisation_page_select_unit (task->page, task->id);
  return TRUE;
}

static void
move_to (GtkWidget  *widget,
         const char *action_name,
         GVariant   *parameter)
{
  HdOrganisationPage *self = HD_ORGANISATION_PAGE (widget);
  g_autoptr(HdUnit) unit = hd_organisation_page_dup_selected_unit (self);
  g_autofree char *title = NULL;
  UnitTask *task;
  HdSearchChooser *chooser;

  if (unit == NULL)
    return;
  task = g_new0 (UnitTask, 1);
  task->page = g_object_ref (self);
  task->id = hd_unit_get_id (unit);
  /* Translators: the title of the window that chooses the new parent of unit %s */
  title = g_strdup_printf (_("Move “%s” To"), hd_unit_get_name (unit));
  chooser = hd_search_chooser_new (hd_dialog_get_parent (widget), self->context, HD_SEARCH_HIT_UNIT, title,
                                   _("_Move Here"), move_to_chosen, task, unit_task_free);
  gtk_window_present (GTK_WINDOW (chooser));
}

static void
delete_confirmed_cb (HdQuestionWindow *question,
                     gpointer          user_data)
{
  UnitTask *task = user_data;
  HdOrganisationPage *self = task->page;
  HdStore *store = hd_context_get_store (self->context);
  g_autoptr(HdUnit) unit = hd_unit_load (store, task->id, NULL);
  g_autoptr(GError) error = NULL;

  if (unit == NULL)
    return;
  if (!hd_unit_delete (store, hd_context_get_history (self->context), task->id, TRUE, &error))
    {
      hd_organisation_page_show_error (self, error);
      return;
    }
  hd_organisation_page_select_unit (self, hd_unit_get_parent_id (unit));
  gtk_widget_grab_focus (GTK_WIDGET (self->tree_view));
}

static void
delete_unit (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HdOrganisationPage *self = HD_ORGANISATION_PAGE (widget);
  g_autoptr(HdUnit) unit = hd_organisation_page_dup_selected_unit (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  HdUnitDependents dependents;
  HdQuestionWindow *question;
  UnitTask *task;

  if (unit == NULL)
    return;
  if (!hd_unit_count_dependents (hd_context_get_store (self->context), hd_unit_get_id (unit), &dependents, &error))
    {
      hd_organisation_page_show_error (self, error);
      return;
    }
  /* Translators: the question before deleting unit %s */
  heading = g_strdup_printf (_("Delete “%s”?"), hd_unit_get_name (unit));
  body = hd_unit_dependents_describe (&dependents);
  if (body == NULL)
    body = g_strdup (_("Nothing is recorded under this unit. You can undo the deletion while this window is open."));

  task = g_new0 (UnitTask, 1);
  task->page = g_object_ref (self);
  task->id = hd_unit_get_id (unit);
  question = hd_question_window_new (hd_dialog_get_parent (widget), heading, body, _("_Delete"), TRUE);
  g_signal_connect_data (question, "confirmed", G_CALLBACK (delete_confirmed_cb), task,
                         (GClosureNotify) (void (*) (void)) unit_task_free, 0);
  gtk_window_present (GTK_WINDOW (question));
}

void
hd_organisation_page_class_init_commands (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "unit.add-child", NULL, add_child);
  gtk_widget_class_install_action (widget_class, "unit.edit", NULL, edit_unit);
  gtk_widget_class_install_action (widget_class, "unit.move-up", NULL, move_step);
  gtk_widget_class_install_action (widget_class, "unit.move-down", NULL, move_step);
  gtk_widget_class_install_action (widget_class, "unit.move-to", NULL, move_to);
  gtk_widget_class_install_action (widget_class, "unit.delete", NULL, delete_unit);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "unit.add-child", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F2, 0, "unit.edit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_m, GDK_CONTROL_MASK, "unit.move-to", NULL);
}
