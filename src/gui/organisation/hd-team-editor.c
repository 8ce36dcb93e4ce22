/* hd-team-editor.c */
#include <glib/gi18n-lib.h>

#include "common/hd-dialog.h"
#include "common/hd-owner-banner.h"
#include "organisation/hd-person.h"
#include "organisation/hd-team-edit.h"
#include "organisation/hd-team-editor.h"

struct _HdTeamEditor
{
  GtkWindow   parent_instance;

  HdContext  *context;
  HdUnit     *unit;
  gulong      history_handler;
  gboolean    applying;    /* our own edit: the rows already show it */
  gint64      focus_person_id;

  HdOwnerBanner *owner_banner;
  GtkLabel   *heading_label;
  GtkListBox *people_list;
  GtkLabel   *empty_label;
  GtkLabel   *error_label;
};

G_DEFINE_FINAL_TYPE (HdTeamEditor, hd_team_editor, GTK_TYPE_WINDOW)

#define PERSON_ID "hd-person-id"
#define DEPARTMENT_ID "hd-department-id"

static gint64
get_id (gpointer    object,
        const char *key)
{
  gint64 *id = g_object_get_data (object, key);

  return id != NULL ? *id : 0;
}

static void
set_id (gpointer    object,
        const char *key,
        gint64      id)
{
  g_object_set_data_full (object, key, g_memdup2 (&id, sizeof id), g_free);
}

static void
show_error (HdTeamEditor *self,
            const GError *error)
{
  gtk_label_set_label (self->error_label, error != NULL ? error->message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), error != NULL);
}

static void rebuild (HdTeamEditor *self);

static gboolean
rebuild_idle_cb (gpointer data)
{
  rebuild (data);
  return G_SOURCE_REMOVE;
}

/* Not while a row's widget is still emitting the change that led here. */
static void
schedule_rebuild (HdTeamEditor *self)
{
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, rebuild_idle_cb, g_object_ref (self), g_object_unref);
}

/* After one core call; on failure the rows are read again, taking back what the widget showed. */
static void
applied (HdTeamEditor *self,
         gboolean      ok,
         GError       *error)
{
  show_error (self, ok ? NULL : error);
  if (!ok)
    schedule_rebuild (self);
}

static void
role_changed_cb (GtkDropDown  *dropdown,
                 GParamSpec   *pspec,
                 HdTeamEditor *self)
{
  HdStore *store = hd_context_get_store (self->context);
  HdHistory *history = hd_context_get_history (self->context);
  g_autoptr(GError) error = NULL;
  gint64 person_id = get_id (dropdown, PERSON_ID);
  gint64 unit_id = hd_unit_get_id (self->unit);
  gboolean ok;

  self->applying = TRUE;
  switch (gtk_drop_down_get_selected (dropdown))
    {
    case HD_TEAM_EDITOR_ROLE_PRINCIPAL:
      ok = hd_team_set_member (store, history, unit_id, person_id, HD_TEAM_ROLE_PRINCIPAL, &error);
      break;
    case HD_TEAM_EDITOR_ROLE_MEMBER:
      ok = hd_team_set_member (store, history, unit_id, person_id, HD_TEAM_ROLE_MEMBER, &error);
      break;
    case HD_TEAM_EDITOR_ROLE_NONE:
    default:
      ok = hd_team_remove_member (store, history, unit_id, person_id, &error);
      break;
    }
  self->applying = FALSE;
  /* A new principal leader turns the former one into a member: show that too. */
  applied (self, ok, error);
  /* A new principal leader turns the former one into a member, and the oversight button
   * follows the person in or out of the team: show both. */
  if (ok)
    {
      self->focus_person_id = person_id;
      schedule_rebuild (self);
    }
}

static void
oversight_toggled_cb (GtkCheckButton *check,
                      HdTeamEditor   *self)
{
  GtkWidget *box = gtk_widget_get_parent (GTK_WIDGET (check));
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;
  gboolean ok;

  for (GtkWidget *child = gtk_widget_get_first_child (box); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (gtk_check_button_get_active (GTK_CHECK_BUTTON (child)))
      {
        gint64 id = get_id (child, DEPARTMENT_ID);

        g_array_append_val (ids, id);
      }
  self->applying = TRUE;
  ok = hd_team_set_oversights (hd_context_get_store (self->context), hd_context_get_history (self->context),
                               hd_unit_get_id (self->unit), get_id (box, PERSON_ID),
                               (const gint64 *) ids->data, ids->len, &error);
  self->applying = FALSE;
  applied (self, ok, error);
}

/* The departments a member of this unit's team may oversee: the unit's own child units (a
 * county's departments and townships, a township's villages). */
static GtkWidget *
oversight_button (HdTeamEditor *self,
                  gint64        person_id,
                  GListModel   *departments,
                  GPtrArray    *overseen,
                  gboolean      in_team)
{
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  guint n = g_list_model_get_n_items (departments);
  guint n_overseen = overseen != NULL ? overseen->len : 0;
  g_autofree char *label = NULL;

  label = n_overseen > 0
          /* Translators: the button that shows the departments a team member oversees (分管) */
          ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Oversees %u", "Oversees %u", n_overseen), n_overseen)
          : g_strdup (_("Oversees…"));
  gtk_menu_button_set_label (GTK_MENU_BUTTON (button), label);
  gtk_widget_set_sensitive (button, in_team && n > 0);
  gtk_widget_set_tooltip_text (button, n > 0 ? _("Choose the departments this member oversees")
                                             : _("This unit has no subordinate units to oversee"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);

  set_id (box, PERSON_ID, person_id);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HdUnit) department = g_list_model_get_item (departments, i);
      GtkWidget *check;
      gboolean active = FALSE;

      if (department == NULL)
        continue;
      check = gtk_check_button_new_with_label (hd_unit_get_name (department));
      for (guint j = 0; j < n_overseen; j++)
        if (((HdOversight *) g_ptr_array_index (overseen, j))->department_id == hd_unit_get_id (department))
          active = TRUE;
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), active);
      set_id (check, DEPARTMENT_ID, hd_unit_get_id (department));
      g_signal_connect_object (check, "toggled", G_CALLBACK (oversight_toggled_cb), self, 0);
      gtk_box_append (GTK_BOX (box), check);
    }
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), box);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 360);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_popover_set_child (GTK_POPOVER (popover), scroller);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  return button;
}

static GtkWidget *
person_row (HdTeamEditor *self,
            HdPerson     *person,
            HdTeamMember *member,
            GListModel   *departments)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *name = gtk_label_new (hd_person_get_name (person));
  GtkWidget *title = gtk_label_new (hd_person_get_title (person));
  const char *roles[] = { _("Not in the team"), _("Principal leader"), _("Team member"), NULL };
  GtkWidget *dropdown = gtk_drop_down_new_from_strings (roles);
  guint role = HD_TEAM_EDITOR_ROLE_NONE;

  if (member != NULL)
    role = hd_team_member_get_role (member) == HD_TEAM_ROLE_PRINCIPAL ? HD_TEAM_EDITOR_ROLE_PRINCIPAL
                                                                       : HD_TEAM_EDITOR_ROLE_MEMBER;

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (title, "dim-label");
  gtk_widget_add_css_class (title, "caption");
  gtk_widget_set_visible (title, *hd_person_get_title (person) != '\0');
  gtk_widget_set_hexpand (labels, TRUE);
  gtk_box_append (GTK_BOX (labels), name);
  gtk_box_append (GTK_BOX (labels), title);
  gtk_box_append (GTK_BOX (box), labels);

  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), role);
  gtk_widget_set_valign (dropdown, GTK_ALIGN_CENTER);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_RELATION_LABELLED_BY, name, NULL, -1);
  set_id (dropdown, PERSON_ID, hd_person_get_id (person));
  g_signal_connect_object (dropdown, "notify::selected", G_CALLBACK (role_changed_cb), self, 0);
  gtk_box_append (GTK_BOX (box), dropdown);
  gtk_box_append (GTK_BOX (box),
                  oversight_button (self, hd_person_get_id (person), departments,
                                    member != NULL ? hd_team_member_get_oversights (member) : NULL,
                                    member != NULL));

  set_id (row, PERSON_ID, hd_person_get_id (person));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  return row;
}

static void
rebuild (HdTeamEditor *self)
{
  HdStore *store;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) people = NULL;
  g_autoptr(GListModel) team = NULL;
  g_autoptr(GListModel) departments = NULL;
  g_autoptr(GHashTable) members = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  g_autoptr(HdUnit) unit = NULL;
  GtkWidget *child;
  GtkDropDown *focus;
  guint n;

  /* The window is gone already. */
  if (self->context == NULL)
    return;
  store = hd_context_get_store (self->context);
  /* The unit itself went (an undo of its creation): nothing left to edit. */
  unit = hd_unit_load (store, hd_unit_get_id (self->unit), NULL);
  if (unit == NULL)
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->people_list))) != NULL)
    gtk_list_box_remove (self->people_list, child);

  team = hd_team_load (store, hd_unit_get_id (unit), &error);
  if (team == NULL)
    {
      show_error (self, error);
      return;
    }
  n = g_list_model_get_n_items (team);
  for (guint i = 0; i < n; i++)
    {
      HdTeamMember *member = g_list_model_get_item (team, i);
      gint64 id = hd_person_get_id (hd_team_member_get_person (member));

      g_hash_table_insert (members, g_memdup2 (&id, sizeof id), member);
    }

  departments = hd_unit_list_new_children (store, hd_unit_get_id (unit));
  people = hd_person_list_new_for_unit (store, hd_unit_get_id (unit));
  n = g_list_model_get_n_items (people);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HdPerson) person = g_list_model_get_item (people, i);
      gint64 id;

      if (person == NULL)
        continue;
      id = hd_person_get_id (person);
      gtk_list_box_append (self->people_list,
                           person_row (self, person, g_hash_table_lookup (members, &id), departments));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->people_list), n > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->empty_label), n == 0);

  /* The keyboard stays where the clerk was. */
  focus = self->focus_person_id != 0 ? hd_team_editor_get_role_dropdown (self, self->focus_person_id) : NULL;
  if (focus != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (focus));
  self->focus_person_id = 0;
}

static void
history_changed_cb (HdTeamEditor *self)
{
  if (!self->applying)
    schedule_rebuild (self);
}

static void
hd_team_editor_dispose (GObject *object)
{
  HdTeamEditor *self = HD_TEAM_EDITOR (object);

  g_clear_object (&self->unit);
  hd_context_release (&self->context, &self->history_handler);

  G_OBJECT_CLASS (hd_team_editor_parent_class)->dispose (object);
}

static void
hd_team_editor_class_init (HdTeamEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hd_team_editor_dispose;

  g_type_ensure (HD_TYPE_OWNER_BANNER);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/huodongban/Huodongban/organisation/hd-team-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, HdTeamEditor, owner_banner);
  gtk_widget_class_bind_template_child (widget_class, HdTeamEditor, heading_label);
  gtk_widget_class_bind_template_child (widget_class, HdTeamEditor, people_list);
  gtk_widget_class_bind_template_child (widget_class, HdTeamEditor, empty_label);
  gtk_widget_class_bind_template_child (widget_class, HdTeamEditor, error_label);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
hd_team_editor_init (HdTeamEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

HdTeamEditor *
hd_team_editor_new (GtkWindow *parent,
                    HdContext *context,
                    HdUnit    *unit)
{
  HdTeamEditor *self;
  g_autofree char *title = NULL;

  g_return_val_if_fail (HD_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (HD_IS_UNIT (unit), NULL);

  /* Translators: the title of the team editor; %s is the unit */
  title = g_strdup_printf (_("Leadership Team of %s"), hd_unit_get_name (unit));
  self = hd_dialog_new (HD_TYPE_TEAM_EDITOR, parent);
  gtk_window_set_title (GTK_WINDOW (self), title);
  self->unit = g_object_ref (unit);
  hd_context_hold (&self->context, &self->history_handler, context, G_CALLBACK (history_changed_cb), self);
  rebuild (self);
  /* The team of another office's unit is only shown: its packages bring the changes. */
  if (!hd_owner_banner_show_unit (self->owner_banner, hd_context_get_store (context), hd_unit_get_id (unit)))
    {
      gtk_widget_set_sensitive (GTK_WIDGET (self->people_list), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->heading_label), FALSE);
    }
  return self;
}

GtkDropDown *
hd_team_editor_get_role_dropdown (HdTeamEditor *self,
                                  gint64        person_id)
{
  g_return_val_if_fail (HD_IS_TEAM_EDITOR (self), NULL);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->people_list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (get_id (row, PERSON_ID) == person_id)
      {
        GtkWidget *box = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row));

        return GTK_DROP_DOWN (gtk_widget_get_next_sibling (gtk_widget_get_first_child (box)));
      }
  return NULL;
}

const char *
hd_team_editor_get_error (HdTeamEditor *self)
{
  g_return_val_if_fail (HD_IS_TEAM_EDITOR (self), NULL);
  return gtk_widget_get_visible (GTK_WIDGET (self->error_label)) ? gtk_label_get_label (self->error_label) : NULL;
}
