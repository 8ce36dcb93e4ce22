/* hd-unit-detail-commands.c — the commands of the unit detail's sections: adding, editing,
 * moving and deleting people of the roster, editing the leadership team, adding and removing
 * contact-point leaders, editing and unassigning supervision groups. */
#include <glib/gi18n-lib.h>

#include "common/hd-dialog.h"
#include "common/hd-question-window.h"
#include "organisation/hd-person-edit.h"
#include "organisation/hd-person-editor.h"
#include "organisation/hd-search-chooser.h"
#include "organisation/hd-supervision-edit.h"
#include "organisation/hd-supervision-editor.h"
#include "organisation/hd-team-edit.h"
#include "organisation/hd-team-editor.h"
#include "organisation/hd-unit-detail-private.h"

static void
person_saved_cb (HdUnitDetail *self,
                 gint64        person_id)
{
  hd_unit_detail_select_person (self, person_id);
  gtk_widget_grab_focus (GTK_WIDGET (self->people_view));
}

static void
add_person (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  HdUnitDetail *self = HD_UNIT_DETAIL (widget);
  HdPersonEditor *editor;

  if (self->unit == NULL)
    return;
  editor = hd_person_editor_new_add (hd_dialog_get_parent (widget), self->context, hd_unit_get_id (self->unit));
  hd_dialog_present_editor (GTK_WINDOW (editor), G_CALLBACK (person_saved_cb), self);
}

static void
edit_person (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HdUnitDetail *self = HD_UNIT_DETAIL (widget);
  g_autoptr(HdPerson) person = hd_unit_detail_dup_selected_person (self);
  HdPersonEditor *editor;

  if (person == NULL)
    return;
  editor = hd_person_editor_new_edit (hd_dialog_get_parent (widget), self->context, person);
  hd_dialog_present_editor (GTK_WINDOW (editor), G_CALLBACK (person_saved_cb), self);
}

typedef struct {
  HdUnitDetail *detail;
  gint64        id;
} Task;

static Task *
task_new (HdUnitDetail *detail,
          gint64        id)
{
  Task *task = g_new0 (Task, 1);

  task->detail = g_object_ref (detail);
  task->id = id;
  return task;
}

static void
task_free (gpointer data)
{
  Task *task = data;

  g_object_unref (task->detail);
  g_free (task);
}

static gboolean
move_person_chosen (gint64    unit_id,
                    gpointer  user_data,
                    GError  **error)
{
  Task *task = user_data;

  return hd_person_move (hd_context_get_store (task->detail->context),
                         hd_context_get_history (task->detail->context), task->id, unit_id, error);
}

static void
move_person (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HdUnitDetail *self = HD_UNIT_DETAIL (widget);
  g_autoptr(HdPerson) person = hd_unit_detail_dup_selected_person (self);
  g_autofree char *title = NULL;
  HdSearchChooser *chooser;

  if (person == NULL)
    return;
  /* Translators: the title of the window that chooses person %s's new unit */
  title = g_strdup_printf (_("Move %s To"), hd_person_get_name (person));
  chooser = hd_search_chooser_new (hd_dialog_get_parent (widget), self->context, HD_SEARCH_HIT_UNIT, title,
                                   _("_Move Here"), move_person_chosen,
                                   task_new (self, hd_person_get_id (person)), task_free);
  gtk_window_present (GTK_WINDOW (chooser));
}

static void
delete_person_confirmed_cb (HdQuestionWindow *question,
                            gpointer          user_data)
{
  Task *task = user_data;
  g_autoptr(GError) error = NULL;

  if (!hd_person_delete (hd_context_get_store (task->detail->context),
                         hd_context_get_history (task->detail->context), task->id, TRUE, &error))
    hd_unit_detail_show_error (task->detail, error);
}

/* A person without any role goes at once (Undo brings him or her back); one with roles is
 * deleted only after the clerk has read which roles go too. */
static void
delete_person (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HdUnitDetail *self = HD_UNIT_DETAIL (widget);
  g_autoptr(HdPerson) person = hd_unit_detail_dup_selected_person (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *heading = NULL;
  HdQuestionWindow *question;

  if (person == NULL)
    return;
  if (hd_person_delete (hd_context_get_store (self->context), hd_context_get_history (self->context),
                        hd_person_get_id (person), FALSE, &error))
    return;
  if (!g_error_matches (error, HD_PERSON_EDIT_ERROR, HD_PERSON_EDIT_ERROR_HAS_ROLES))
    {
      hd_unit_detail_show_error (self, error);
      return;
    }
  /* Translators: the question before deleting person %s */
  heading = g_strdup_printf (_("Delete %s?"), hd_person_get_name (person));
  question = hd_question_window_new (hd_dialog_get_parent (widget), heading, error->message, _("_Delete"), TRUE);
  g_signal_connect_data (question, "confirmed", G_CALLBACK (delete_person_confirmed_cb),
                         task_new (self, hd_person_get_id (person)),
                         (GClosureNotify) (void (*) (void)) task_free, 0);
  gtk_window_present (GTK_WINDOW (question));
}

static void
edit_team (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  HdUnitDetail *self = HD_UNIT_DETAIL (widget);

  if (self->unit == NULL)
    return;
  gtk_window_present (GTK_WINDOW (hd_team_editor_new (hd_dialog_get_parent (widget), self->context, self->unit)));
}

static gboolean
contact_chosen (gint64    leader_id,
                gpointer  user_data,
                GError  **error)
{
  Task *task = user_data;

  return hd_contact_point_add (hd_context_get_store (task->detail->context),
                               hd_context_get_history (task->detail->context), leader_id, task->id, error);
}

/* Contact points are kept from the linked unit's side: the clerk looks at a township and
 * names the county leader who links it. */
static void
add_contact (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HdUnitDetail *self = HD_UNIT_DETAIL (widget);
  g_autofree char *title = NULL;

  if (self->unit == NULL)
    return;
  /* Translators: the title of the window that chooses a county leader whose contact point is unit %s */
  title = g_strdup_printf (_("Contact-Point Leader for %s"), hd_unit_get_name (self->unit));
  gtk_window_present (GTK_WINDOW (hd_search_chooser_new (hd_dialog_get_parent (widget), self->context, HD_SEARCH_HIT_PERSON,
                                                         title, _("_Add Leader"), contact_chosen,
                                                         task_new (self, hd_unit_get_id (self->unit)),
                                                         task_free)));
}

static void
remove_contact (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  HdUnitDetail *self = HD_UNIT_DETAIL (widget);
  gint64 leader_id = hd_unit_detail_selected_row_id (self->contact_list);
  g_autoptr(GError) error = NULL;

  if (self->unit == NULL || leader_id == 0)
    return;
  if (!hd_contact_point_remove (hd_context_get_store (self->context), hd_context_get_history (self->context),
                                leader_id, hd_unit_get_id (self->unit), &error))
    hd_unit_detail_show_error (self, error);
}

static void
edit_supervision (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  HdUnitDetail *self = HD_UNIT_DETAIL (widget);

  if (self->unit == NULL)
    return;
  gtk_window_present (GTK_WINDOW (hd_supervision_editor_new (hd_dialog_get_parent (widget), self->context, self->unit)));
}

static void
unassign_supervision (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  HdUnitDetail *self = HD_UNIT_DETAIL (widget);
  gint64 group_id = hd_unit_detail_selected_row_id (self->supervision_list);
  g_autoptr(GError) error = NULL;

  if (self->unit == NULL || group_id == 0)
    return;
  if (!hd_supervision_group_unassign (hd_context_get_store (self->context), hd_context_get_history (self->context),
                                      group_id,
                                      hd_unit_get_id (self->unit), &error))
    hd_unit_detail_show_error (self, error);
}

void
hd_unit_detail_class_init_commands (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "person.add", NULL, add_person);
  gtk_widget_class_install_action (widget_class, "person.edit", NULL, edit_person);
  gtk_widget_class_install_action (widget_class, "person.move", NULL, move_person);
  gtk_widget_class_install_action (widget_class, "person.delete", NULL, delete_person);
  gtk_widget_class_install_action (widget_class, "team.edit", NULL, edit_team);
  gtk_widget_class_install_action (widget_class, "contact.add", NULL, add_contact);
  gtk_widget_class_install_action (widget_class, "contact.remove", NULL, remove_contact);
  gtk_widget_class_install_action (widget_class, "supervision.edit", NULL, edit_supervision);
  gtk_widget_class_install_action (widget_class, "supervision.unassign", NULL, unassign_supervision);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "person.add", NULL);
}
