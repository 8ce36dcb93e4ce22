/* hd-supervision-editor.c
 *
 * Every button is one call to the core with the window's history; the lists are read again on
 * the history's "changed" (after our edits, and after undo and redo), keeping the selected
 * group and row.
 */
#include <glib/gi18n-lib.h>

#include "common/hd-dialog.h"
#include "common/hd-info-row.h"
#include "common/hd-question-window.h"
#include "organisation/hd-organisation-query.h"
#include "organisation/hd-search-chooser.h"
#include "organisation/hd-supervision-edit.h"
#include "organisation/hd-supervision-editor.h"

struct _HdSupervisionEditor
{
  GtkWindow    parent_instance;

  HdContext   *context;
  HdUnit      *unit;
  gulong       history_handler;

  GtkListBox  *groups_list;
  GtkLabel    *groups_empty_label;
  GtkEditable *name_entry;
  GtkWidget   *group_box;
  GtkListBox  *members_list;
  GtkListBox  *units_list;
  GtkLabel    *error_label;
};

G_DEFINE_FINAL_TYPE (HdSupervisionEditor, hd_supervision_editor, GTK_TYPE_WINDOW)

#define ROW_ID "hd-row-id"

static gint64
selected_id (GtkListBox *list)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (list);
  gint64 *id = row != NULL ? g_object_get_data (G_OBJECT (row), ROW_ID) : NULL;

  return id != NULL ? *id : 0;
}

static void
select_id (GtkListBox *list,
           gint64      id)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list)); row != NULL; row = gtk_widget_get_next_sibling (row))
    {
      gint64 *row_id = g_object_get_data (G_OBJECT (row), ROW_ID);

      if (row_id != NULL && *row_id == id)
        {
          gtk_list_box_select_row (list, GTK_LIST_BOX_ROW (row));
          return;
        }
    }
}

/* Fills @list with @rows, keeping the selected id; detail: NULL to use each row's own. */
static void
fill (GtkListBox *list,
      GPtrArray  *rows,
      gboolean    members)
{
  gint64 keep = selected_id (list);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
  for (guint i = 0; rows != NULL && i < rows->len; i++)
    {
      HdIdName *item = g_ptr_array_index (rows, i);
      const char *detail = members ? (item->role == HD_SUPERVISION_ROLE_LEADER ? _("Group leader") : _("Member"))
                                   : item->detail;
      GtkWidget *row = hd_info_row_new (item->name, detail, members && *item->detail != '\0' ? item->detail : NULL);

      /* Info rows are read-only by default; here the clerk picks one to act on. */
      gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), ROW_ID, g_memdup2 (&item->id, sizeof item->id), g_free);
      gtk_list_box_append (list, row);
    }
  if (keep != 0)
    select_id (list, keep);
}

static void
show_error (HdSupervisionEditor *self,
            const GError        *error)
{
  gtk_label_set_label (self->error_label, error != NULL ? error->message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), error != NULL);
}

static void
fill_group (HdSupervisionEditor *self)
{
  HdStore *store = hd_context_get_store (self->context);
  gint64 group_id = selected_id (self->groups_list);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) members = NULL;
  g_autoptr(GPtrArray) units = NULL;

  gtk_widget_set_sensitive (self->group_box, group_id != 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "group.rename", group_id != 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "group.delete", group_id != 0);
  if (group_id != 0)
    {
      members = hd_organisation_query_group_members (store, group_id, &error);
      if (members != NULL)
        units = hd_organisation_query_group_units (store, group_id, &error);
      if (error != NULL)
        show_error (self, error);
    }
  fill (self->members_list, members, TRUE);
  fill (self->units_list, units, FALSE);
}

static void
reload (HdSupervisionEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) groups = hd_organisation_query_groups_sent (hd_context_get_store (self->context),
                                                                   hd_unit_get_id (self->unit), &error);

  if (groups == NULL)
    show_error (self, error);
  fill (self->groups_list, groups, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->groups_empty_label), groups == NULL || groups->len == 0);
  if (gtk_list_box_get_selected_row (self->groups_list) == NULL && groups != NULL && groups->len > 0)
    gtk_list_box_select_row (self->groups_list, gtk_list_box_get_row_at_index (self->groups_list, 0));
  fill_group (self);
}

static void
group_selected_cb (HdSupervisionEditor *self)
{
  GtkListBoxRow *row;

  /* The lists emptied while the window goes. */
  if (self->context == NULL || self->groups_list == NULL)
    return;
  row = gtk_list_box_get_selected_row (self->groups_list);

  if (row != NULL)
    gtk_editable_set_text (self->name_entry, hd_info_row_get_title (HD_INFO_ROW (row)));
  fill_group (self);
}

static void
create_group (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  HdSupervisionEditor *self = HD_SUPERVISION_EDITOR (widget);
  g_autoptr(GError) error = NULL;
  gint64 id;

  show_error (self, NULL);
  id = hd_supervision_group_create (hd_context_get_store (self->context), hd_context_get_history (self->context),
                                    hd_unit_get_id (self->unit),
                                    gtk_editable_get_text (self->name_entry), &error);
  if (id == 0)
    {
      show_error (self, error);
      return;
    }
  select_id (self->groups_list, id);
}

static void
rename_group (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  HdSupervisionEditor *self = HD_SUPERVISION_EDITOR (widget);
  g_autoptr(GError) error = NULL;

  show_error (self, NULL);
  if (!hd_supervision_group_rename (hd_context_get_store (self->context), hd_context_get_history (self->context),
                                    selected_id (self->groups_list),
                                    gtk_editable_get_text (self->name_entry), &error))
    show_error (self, error);
}

static void
delete_confirmed_cb (HdSupervisionEditor *self)
{
  g_autoptr(GError) error = NULL;

  if (!hd_supervision_group_delete (hd_context_get_store (self->context), hd_context_get_history (self->context),
                                    selected_id (self->groups_list), &error))
    show_error (self, error);
}

static void
delete_group (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  HdSupervisionEditor *self = HD_SUPERVISION_EDITOR (widget);
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->groups_list);
  g_autofree char *heading = NULL;
  HdQuestionWindow *question;

  if (row == NULL)
    return;
  /* Translators: the question before deleting supervision group %s */
  heading = g_strdup_printf (_("Delete “%s”?"), hd_info_row_get_title (HD_INFO_ROW (row)));
  question = hd_question_window_new (GTK_WINDOW (self), heading,
                                     _("Its members and its assigned units are taken off the group. You can undo this while the window is open."),
                                     _("_Delete"), TRUE);
  g_signal_connect_object (question, "confirmed", G_CALLBACK (delete_confirmed_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (question));
}

static gboolean
member_chosen (gint64    person_id,
               gpointer  user_data,
               GError  **error)
{
  HdSupervisionEditor *self = user_data;

  return hd_supervision_group_set_member (hd_context_get_store (self->context),
                                          hd_context_get_history (self->context), selected_id (self->groups_list),
                                          person_id, HD_SUPERVISION_ROLE_MEMBER, error);
}

static gboolean
unit_chosen (gint64    unit_id,
             gpointer  user_data,
             GError  **error)
{
  HdSupervisionEditor *self = user_data;

  return hd_supervision_group_assign (hd_context_get_store (self->context), hd_context_get_history (self->context),
                                      selected_id (self->groups_list),
                                      unit_id, error);
}

static void
add_member (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  HdSupervisionEditor *self = HD_SUPERVISION_EDITOR (widget);

  gtk_window_present (GTK_WINDOW (hd_search_chooser_new (GTK_WINDOW (self), self->context, HD_SEARCH_HIT_PERSON,
                                                         _("Add Group Member"), _("_Add Member"), member_chosen,
                                                         g_object_ref (self), g_object_unref)));
}

static void
assign_unit (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HdSupervisionEditor *self = HD_SUPERVISION_EDITOR (widget);

  gtk_window_present (GTK_WINDOW (hd_search_chooser_new (GTK_WINDOW (self), self->context, HD_SEARCH_HIT_UNIT,
                                                         _("Assign Unit to Group"), _("_Assign"), unit_chosen,
                                                         g_object_ref (self), g_object_unref)));
}

static void
member_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HdSupervisionEditor *self = HD_SUPERVISION_EDITOR (widget);
  gint64 group_id = selected_id (self->groups_list);
  gint64 person_id = selected_id (self->members_list);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (group_id == 0 || person_id == 0)
    return;
  show_error (self, NULL);
  if (g_str_equal (action_name, "member.make-leader"))
    ok = hd_supervision_group_set_member (hd_context_get_store (self->context),
                                          hd_context_get_history (self->context), group_id, person_id,
                                          HD_SUPERVISION_ROLE_LEADER, &error);
  else
    ok = hd_supervision_group_remove_member (hd_context_get_store (self->context),
                                             hd_context_get_history (self->context), group_id, person_id, &error);
  if (!ok)
    show_error (self, error);
}

static void
unassign_unit (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HdSupervisionEditor *self = HD_SUPERVISION_EDITOR (widget);
  gint64 group_id = selected_id (self->groups_list);
  gint64 unit_id = selected_id (self->units_list);
  g_autoptr(GError) error = NULL;

  if (group_id == 0 || unit_id == 0)
    return;
  show_error (self, NULL);
  if (!hd_supervision_group_unassign (hd_context_get_store (self->context), hd_context_get_history (self->context),
                                      group_id, unit_id, &error))
    show_error (self, error);
}

static void
hd_supervision_editor_dispose (GObject *object)
{
  HdSupervisionEditor *self = HD_SUPERVISION_EDITOR (object);

  g_clear_object (&self->unit);
  hd_context_release (&self->context, &self->history_handler);

  G_OBJECT_CLASS (hd_supervision_editor_parent_class)->dispose (object);
}

static void
hd_supervision_editor_class_init (HdSupervisionEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hd_supervision_editor_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/huodongban/Huodongban/organisation/hd-supervision-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, HdSupervisionEditor, groups_list);
  gtk_widget_class_bind_template_child (widget_class, HdSupervisionEditor, groups_empty_label);
  gtk_widget_class_bind_template_child (widget_class, HdSupervisionEditor, name_entry);
  gtk_widget_class_bind_template_child (widget_class, HdSupervisionEditor, group_box);
  gtk_widget_class_bind_template_child (widget_class, HdSupervisionEditor, members_list);
  gtk_widget_class_bind_template_child (widget_class, HdSupervisionEditor, units_list);
  gtk_widget_class_bind_template_child (widget_class, HdSupervisionEditor, error_label);
  gtk_widget_class_bind_template_callback (widget_class, group_selected_cb);

  gtk_widget_class_install_action (widget_class, "group.create", NULL, create_group);
  gtk_widget_class_install_action (widget_class, "group.rename", NULL, rename_group);
  gtk_widget_class_install_action (widget_class, "group.delete", NULL, delete_group);
  gtk_widget_class_install_action (widget_class, "member.add", NULL, add_member);
  gtk_widget_class_install_action (widget_class, "member.make-leader", NULL, member_action);
  gtk_widget_class_install_action (widget_class, "member.remove", NULL, member_action);
  gtk_widget_class_install_action (widget_class, "unit.assign", NULL, assign_unit);
  gtk_widget_class_install_action (widget_class, "unit.unassign", NULL, unassign_unit);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
hd_supervision_editor_init (HdSupervisionEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

HdSupervisionEditor *
hd_supervision_editor_new (GtkWindow *parent,
                           HdContext *context,
                           HdUnit    *sending_unit)
{
  HdSupervisionEditor *self;
  g_autofree char *title = NULL;

  g_return_val_if_fail (HD_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (HD_IS_UNIT (sending_unit), NULL);

  /* Translators: the title of the supervision group editor; %s is the unit sending the groups */
  title = g_strdup_printf (_("Supervision Groups Sent by %s"), hd_unit_get_name (sending_unit));
  self = hd_dialog_new (HD_TYPE_SUPERVISION_EDITOR, parent);
  gtk_window_set_title (GTK_WINDOW (self), title);
  self->unit = g_object_ref (sending_unit);
  hd_context_hold (&self->context, &self->history_handler, context, G_CALLBACK (reload), self);
  reload (self);
  return self;
}
