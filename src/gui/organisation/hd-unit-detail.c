/* hd-unit-detail.c */
#include <glib/gi18n-lib.h>

#include "common/hd-cell.h"
#include "common/hd-info-row.h"
#include "model/hd-row-model.h"
#include "organisation/hd-organisation-text.h"
#include "organisation/hd-supervision.h"
#include "organisation/hd-team.h"
#include "organisation/hd-unit-detail-private.h"

G_DEFINE_FINAL_TYPE (HdUnitDetail, hd_unit_detail, GTK_TYPE_WIDGET)

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

/* Shows @list when it has rows, else @empty_label with @empty_text (or the load error). */
static void
show_list_or_empty (GtkListBox *list,
                    GtkLabel   *empty_label,
                    const char *empty_text,
                    GError     *error)
{
  gboolean has_rows = gtk_widget_get_first_child (GTK_WIDGET (list)) != NULL;

  gtk_widget_set_visible (GTK_WIDGET (list), has_rows);
  gtk_widget_set_visible (GTK_WIDGET (empty_label), !has_rows);
  gtk_label_set_label (empty_label, error != NULL ? error->message : empty_text);
}

#define ROW_ID "hd-row-id"

/* Also makes the read-only info row selectable: the clerk picks it to act on. */
static void
set_row_id (GtkWidget *row,
            gint64     id)
{
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), ROW_ID, g_memdup2 (&id, sizeof id), g_free);
}

gint64
hd_unit_detail_selected_row_id (GtkListBox *list)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (list);
  gint64 *id = row != NULL ? g_object_get_data (G_OBJECT (row), ROW_ID) : NULL;

  return id != NULL ? *id : 0;
}

static void
lists_selection_changed_cb (HdUnitDetail *self)
{
  /* The lists emptied while the pane goes. */
  if (self->contact_list == NULL || self->supervision_list == NULL)
    return;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "contact.remove", hd_unit_detail_selected_row_id (self->contact_list) != 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "supervision.unassign",
                                 hd_unit_detail_selected_row_id (self->supervision_list) != 0);
}

static void
fill_team (HdUnitDetail *self,
           HdStore      *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) team = hd_team_load (store, hd_unit_get_id (self->unit), &error);
  guint n = team != NULL ? g_list_model_get_n_items (team) : 0;

  clear_list (self->team_list);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HdTeamMember) member = g_list_model_get_item (team, i);
      HdPerson *person = hd_team_member_get_person (member);
      g_autofree char *detail = hd_organisation_text_team_detail (hd_team_member_get_role (member),
                                                                   hd_person_get_title (person));
      g_autofree char *oversees = hd_organisation_text_oversights (hd_team_member_get_oversights (member));

      gtk_list_box_append (self->team_list, hd_info_row_new (hd_person_get_name (person), detail, oversees));
    }
  show_list_or_empty (self->team_list, self->team_empty_label,
                      _("No leadership team recorded yet."), error);
}

static void
people_selection_changed_cb (HdUnitDetail *self)
{
  gboolean selected = self->people_selection != NULL &&
                      gtk_single_selection_get_selected_item (self->people_selection) != NULL;

  /* Another office's person opens read-only, and is neither moved nor deleted here. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "person.add", !self->foreign);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "person.edit", selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "person.move", selected && !self->foreign);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "person.delete", selected && !self->foreign);
}

HdPerson *
hd_unit_detail_dup_selected_person (HdUnitDetail *self)
{
  gpointer person;

  if (self->people_selection == NULL)
    return NULL;
  person = gtk_single_selection_get_selected_item (self->people_selection);
  return person != NULL ? g_object_ref (person) : NULL;
}

static void
fill_people (HdUnitDetail *self,
             HdStore      *store,
             gint64        selected_id)
{
  g_autoptr(GListModel) people = hd_person_list_new_for_unit (store, hd_unit_get_id (self->unit));
  guint n = g_list_model_get_n_items (people);
  g_autofree char *count = hd_organisation_text_n_people (n);
  int position = selected_id > 0 ? hd_row_model_find (HD_ROW_MODEL (people), selected_id) : -1;

  g_clear_object (&self->people_selection);
  self->people_selection = gtk_single_selection_new (g_object_ref (people));
  gtk_single_selection_set_autoselect (self->people_selection, FALSE);
  gtk_single_selection_set_can_unselect (self->people_selection, TRUE);
  gtk_single_selection_set_selected (self->people_selection,
                                     position >= 0 ? (guint) position : GTK_INVALID_LIST_POSITION);
  g_signal_connect_object (self->people_selection, "notify::selected-item",
                           G_CALLBACK (people_selection_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_column_view_set_model (self->people_view, GTK_SELECTION_MODEL (self->people_selection));
  people_selection_changed_cb (self);
  gtk_label_set_label (self->people_count_label, count);
  gtk_widget_set_visible (self->people_scroller, n > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->people_empty_label), n == 0);
}

static void
fill_contacts (HdUnitDetail *self,
               HdStore      *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) leaders = hd_contact_leaders_load (store, hd_unit_get_id (self->unit), &error);
  guint n = leaders != NULL ? g_list_model_get_n_items (leaders) : 0;

  clear_list (self->contact_list);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HdPerson) leader = g_list_model_get_item (leaders, i);
      g_autofree char *subtitle = hd_organisation_text_person_subtitle (leader);

      GtkWidget *row = hd_info_row_new (hd_person_get_name (leader), subtitle, NULL);

      set_row_id (row, hd_person_get_id (leader));
      gtk_list_box_append (self->contact_list, row);
    }
  show_list_or_empty (self->contact_list, self->contact_empty_label,
                      _("No leader has this unit as a contact point."), error);
}

static void
fill_supervision (HdUnitDetail *self,
                  HdStore      *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) groups = hd_supervision_groups_for_unit (store, hd_unit_get_id (self->unit), &error);
  guint n = groups != NULL ? g_list_model_get_n_items (groups) : 0;

  clear_list (self->supervision_list);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HdSupervisionGroup) group = g_list_model_get_item (groups, i);
      g_autofree char *leader = hd_organisation_text_group_leader (hd_supervision_group_get_leader (group));
      g_autofree char *members = hd_organisation_text_group_members (hd_supervision_group_get_members (group));

      GtkWidget *row = hd_info_row_new (hd_supervision_group_get_name (group), leader, members);

      set_row_id (row, hd_supervision_group_get_id (group));
      gtk_list_box_append (self->supervision_list, row);
    }
  show_list_or_empty (self->supervision_list, self->supervision_empty_label,
                      _("No supervision group is assigned to this unit yet."), error);
}

/* @same_unit: the data of the unit shown changed; keep the scroll position and the person
 * selected. */
static void
update (HdUnitDetail *self,
        gboolean      same_unit)
{
  g_autoptr(HdPerson) selected = same_unit ? hd_unit_detail_dup_selected_person (self) : NULL;
  HdStore *store;
  g_autofree char *summary = NULL;
  g_autofree char *full_name = NULL;
  GtkAdjustment *vadjustment;

  if (self->unit == NULL || self->context == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "none");
      gtk_column_view_set_model (self->people_view, NULL);
      g_clear_object (&self->people_selection);
      people_selection_changed_cb (self);
      clear_list (self->team_list);
      clear_list (self->contact_list);
      clear_list (self->supervision_list);
      return;
    }

  store = hd_context_get_store (self->context);
  summary = hd_organisation_text_unit_summary (self->unit);
  full_name = hd_unit_dup_full_name (self->unit, store);
  self->foreign = !hd_owner_banner_show_row (self->owner_banner, store, "unit", hd_unit_get_id (self->unit));

  gtk_label_set_label (self->name_label, hd_unit_get_name (self->unit));
  gtk_label_set_label (self->summary_label, summary);
  gtk_label_set_label (self->path_label, full_name != NULL ? full_name : "");

  fill_team (self, store);
  fill_people (self, store, selected != NULL ? hd_person_get_id (selected) : 0);
  fill_contacts (self, store);
  fill_supervision (self, store);

  /* A new unit is read from its top. */
  vadjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  if (!same_unit)
    gtk_adjustment_set_value (vadjustment, gtk_adjustment_get_lower (vadjustment));
  gtk_stack_set_visible_child_name (self->stack, "unit");
}

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               HdUnitDetail             *self)
{
  gtk_label_set_ellipsize (hd_cell_add_label (item), PANGO_ELLIPSIZE_END);
}

static void
bind_name_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              HdUnitDetail             *self)
{
  hd_cell_set_text (item, hd_person_get_name (gtk_list_item_get_item (item)));
}

static void
bind_gender_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                HdUnitDetail             *self)
{
  hd_cell_set_text (item, hd_gender_get_label (hd_person_get_gender (gtk_list_item_get_item (item))));
}

static void
bind_title_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               HdUnitDetail             *self)
{
  hd_cell_set_text (item, hd_person_get_title (gtk_list_item_get_item (item)));
}

static void
bind_party_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               HdUnitDetail             *self)
{
  hd_cell_set_text (item, hd_organisation_text_party_member (hd_person_get_party_member (gtk_list_item_get_item (item))));
}

static void
bind_phone_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               HdUnitDetail             *self)
{
  hd_cell_set_text (item, hd_person_get_phone (gtk_list_item_get_item (item)));
}


void
hd_unit_detail_show_error (HdUnitDetail *self,
                           const GError *error)
{
  gtk_label_set_label (self->error_label, error->message);
  gtk_revealer_set_reveal_child (self->error_revealer, TRUE);
}

static void
dismiss_error_cb (HdUnitDetail *self)
{
  gtk_revealer_set_reveal_child (self->error_revealer, FALSE);
}

static void
people_activate_cb (HdUnitDetail *self,
                    guint         position)
{
  gtk_single_selection_set_selected (self->people_selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self), "person.edit", NULL);
}

static void
hd_unit_detail_dispose (GObject *object)
{
  HdUnitDetail *self = HD_UNIT_DETAIL (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HD_TYPE_UNIT_DETAIL);
  g_clear_object (&self->people_selection);
  g_clear_object (&self->unit);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (hd_unit_detail_parent_class)->dispose (object);
}

static void
hd_unit_detail_class_init (HdUnitDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hd_unit_detail_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  g_type_ensure (HD_TYPE_OWNER_BANNER);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/huodongban/Huodongban/organisation/hd-unit-detail.ui");
  gtk_widget_class_bind_template_child (widget_class, HdUnitDetail, owner_banner);
  gtk_widget_class_bind_template_child (widget_class, HdUnitDetail, stack);
  gtk_widget_class_bind_template_child (widget_class, HdUnitDetail, scroller);
  gtk_widget_class_bind_template_child (widget_class, HdUnitDetail, name_label);
  gtk_widget_class_bind_template_child (widget_class, HdUnitDetail, summary_label);
  gtk_widget_class_bind_template_child (widget_class, HdUnitDetail, path_label);
  gtk_widget_class_bind_template_child (widget_class, HdUnitDetail, team_list);
  gtk_widget_class_bind_template_child (widget_class, HdUnitDetail, team_empty_label);
  gtk_widget_class_bind_template_child (widget_class, HdUnitDetail, people_count_label);
  gtk_widget_class_bind_template_child (widget_class, HdUnitDetail, people_scroller);
  gtk_widget_class_bind_template_child (widget_class, HdUnitDetail, people_view);
  gtk_widget_class_bind_template_child (widget_class, HdUnitDetail, people_empty_label);
  gtk_widget_class_bind_template_child (widget_class, HdUnitDetail, contact_list);
  gtk_widget_class_bind_template_child (widget_class, HdUnitDetail, contact_empty_label);
  gtk_widget_class_bind_template_child (widget_class, HdUnitDetail, supervision_list);
  gtk_widget_class_bind_template_child (widget_class, HdUnitDetail, supervision_empty_label);
  gtk_widget_class_bind_template_child (widget_class, HdUnitDetail, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, HdUnitDetail, error_label);
  gtk_widget_class_bind_template_callback (widget_class, dismiss_error_cb);
  gtk_widget_class_bind_template_callback (widget_class, people_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, lists_selection_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_cell_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_name_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_gender_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_title_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_party_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_phone_cb);
  hd_unit_detail_class_init_commands (widget_class);
}

static void
hd_unit_detail_init (HdUnitDetail *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  people_selection_changed_cb (self);
  lists_selection_changed_cb (self);
}

void
hd_unit_detail_set_context (HdUnitDetail *self,
                            HdContext    *context)
{
  g_return_if_fail (HD_IS_UNIT_DETAIL (self));
  g_return_if_fail (context == NULL || HD_IS_CONTEXT (context));

  if (!g_set_object (&self->context, context))
    return;
  g_clear_object (&self->unit);
  update (self, FALSE);
}

HdUnit *
hd_unit_detail_get_unit (HdUnitDetail *self)
{
  g_return_val_if_fail (HD_IS_UNIT_DETAIL (self), NULL);
  return self->unit;
}

void
hd_unit_detail_set_unit (HdUnitDetail *self,
                         HdUnit       *unit)
{
  gboolean same_unit;

  g_return_if_fail (HD_IS_UNIT_DETAIL (self));
  g_return_if_fail (unit == NULL || HD_IS_UNIT (unit));

  same_unit = unit != NULL && self->unit != NULL && hd_unit_get_id (unit) == hd_unit_get_id (self->unit);
  if (!g_set_object (&self->unit, unit))
    return;
  update (self, same_unit);
}

const char *
hd_unit_detail_get_heading (HdUnitDetail *self)
{
  g_return_val_if_fail (HD_IS_UNIT_DETAIL (self), NULL);

  if (self->unit == NULL)
    return NULL;
  return gtk_label_get_label (self->name_label);
}

GtkListBox *
hd_unit_detail_get_team_list (HdUnitDetail *self)
{
  g_return_val_if_fail (HD_IS_UNIT_DETAIL (self), NULL);
  return self->team_list;
}

GListModel *
hd_unit_detail_get_people (HdUnitDetail *self)
{
  GtkSelectionModel *model;

  g_return_val_if_fail (HD_IS_UNIT_DETAIL (self), NULL);

  model = gtk_column_view_get_model (self->people_view);
  return model != NULL ? gtk_single_selection_get_model (GTK_SINGLE_SELECTION (model)) : NULL;
}

void
hd_unit_detail_reload (HdUnitDetail *self)
{
  g_autoptr(HdUnit) unit = NULL;

  g_return_if_fail (HD_IS_UNIT_DETAIL (self));

  if (self->unit == NULL || self->context == NULL)
    return;
  unit = hd_unit_load (hd_context_get_store (self->context), hd_unit_get_id (self->unit), NULL);
  if (unit == NULL)
    {
      hd_unit_detail_set_unit (self, NULL);
      return;
    }
  g_set_object (&self->unit, unit);
  update (self, TRUE);
}

static void
scroll_to_person (HdUnitDetail *self,
                  guint         position)
{
#if GTK_CHECK_VERSION (4, 12, 0)
  gtk_column_view_scroll_to (self->people_view, position, NULL, GTK_LIST_SCROLL_FOCUS, NULL);
#else
  /* GtkColumnView 4.8 scrolls through the list view inside it. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->people_view));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      gtk_widget_activate_action (child, "list.scroll-to-item", "u", position);
#endif
}

gboolean
hd_unit_detail_select_person (HdUnitDetail *self,
                              gint64        person_id)
{
  int position;

  g_return_val_if_fail (HD_IS_UNIT_DETAIL (self), FALSE);

  if (self->people_selection == NULL)
    return FALSE;
  position = hd_row_model_find (HD_ROW_MODEL (gtk_single_selection_get_model (self->people_selection)), person_id);
  if (position < 0)
    return FALSE;
  gtk_single_selection_set_selected (self->people_selection, position);
  scroll_to_person (self, position);
  return TRUE;
}

HdPerson *
hd_unit_detail_get_selected_person (HdUnitDetail *self)
{
  g_return_val_if_fail (HD_IS_UNIT_DETAIL (self), NULL);
  return self->people_selection != NULL ? gtk_single_selection_get_selected_item (self->people_selection) : NULL;
}
