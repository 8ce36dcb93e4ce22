/* hd-organisation-page.c
 *
 * Keeping the clerk's place across edits: every edit, undo and redo ends in the history's
 * "changed", and the page then (1) notes the units whose rows are expanded and the selected
 * unit, (2) reloads every child model the tree holds — each emits ::items-changed only over
 * the rows that differ (hd-unit-children.c) — and (3) expands the noted units again, top down,
 * and selects the noted unit, or its nearest surviving ancestor when it is gone. Rows that did
 * not change are never touched, so the list keeps its scroll position.
 */
#include "common/hd-dialog.h"
#include "exchange/hd-exchange-owner.h"
#include "organisation/hd-organisation-page-private.h"
#include "organisation/hd-unit-edit.h"
#include "organisation/hd-unit-row.h"

G_DEFINE_FINAL_TYPE (HdOrganisationPage, hd_organisation_page, GTK_TYPE_WIDGET)

void
hd_organisation_page_show_error (HdOrganisationPage *self,
                                 const GError       *error)
{
  gtk_label_set_label (self->error_label, error->message);
  gtk_revealer_set_reveal_child (self->error_revealer, TRUE);
}

static void
dismiss_error_cb (HdOrganisationPage *self)
{
  gtk_revealer_set_reveal_child (self->error_revealer, FALSE);
}

HdUnit *
hd_organisation_page_dup_selected_unit (HdOrganisationPage *self)
{
  GtkTreeListRow *row;

  if (self->selection == NULL)
    return NULL;
  row = gtk_single_selection_get_selected_item (self->selection);
  return row != NULL ? gtk_tree_list_row_get_item (row) : NULL;
}

static void
child_model_finalized (gpointer  data,
                       GObject  *where_the_object_was)
{
  HdOrganisationPage *self = data;

  g_hash_table_remove (self->child_models, where_the_object_was);
}

static void
forget_child_models (HdOrganisationPage *self)
{
  GHashTableIter iter;
  gpointer model;

  g_hash_table_iter_init (&iter, self->child_models);
  while (g_hash_table_iter_next (&iter, &model, NULL))
    g_object_weak_unref (model, child_model_finalized, self);
  g_hash_table_remove_all (self->child_models);
}

/* Children are queried only when the clerk expands a unit: a province holds 100 counties. */
static GListModel *
create_children (gpointer item,
                 gpointer user_data)
{
  HdOrganisationPage *self = user_data;
  HdUnit *unit = item;
  HdUnitChildren *children;

  if (!hd_unit_get_has_children (unit))
    return NULL;
  children = hd_unit_children_new (hd_context_get_store (self->context), hd_unit_get_id (unit));
  g_hash_table_add (self->child_models, children);
  g_object_weak_ref (G_OBJECT (children), child_model_finalized, self);
  return G_LIST_MODEL (children);
}

static void
update_actions (HdOrganisationPage *self)
{
  g_autoptr(HdUnit) unit = hd_organisation_page_dup_selected_unit (self);
  gboolean has_tree = self->tree != NULL;
  gboolean first = TRUE, last = TRUE;
  gboolean ours = TRUE;

  if (unit != NULL)
    {
      g_autoptr(HdOffice) owner = hd_exchange_owner_of_row (hd_context_get_store (self->context), "unit",
                                                            hd_unit_get_id (unit), NULL);

      GtkTreeListRow *row = gtk_single_selection_get_selected_item (self->selection);
      g_autoptr(GtkTreeListRow) parent = gtk_tree_list_row_get_parent (row);
      GListModel *siblings = parent != NULL ? gtk_tree_list_row_get_children (parent) : G_LIST_MODEL (self->roots);
      int index = siblings != NULL ? hd_unit_children_find (HD_UNIT_CHILDREN (siblings), hd_unit_get_id (unit)) : -1;

      first = index <= 0;
      last = index < 0 || (guint) index + 1 >= g_list_model_get_n_items (siblings);
      /* Another office's unit opens read-only in its editor (which says whose it is), and gets
       * no children, moves or deletion here: its office's packages bring those. */
      ours = owner == NULL;
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "unit.add-child", has_tree && ours);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "unit.edit", unit != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "unit.delete", unit != NULL && ours);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "unit.move-to", unit != NULL && ours);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "unit.move-up", !first && ours);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "unit.move-down", !last && ours);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "unit.search", has_tree);
}

static void
selection_changed (HdOrganisationPage *self)
{
  g_autoptr(HdUnit) unit = NULL;

  if (self->refreshing)
    return;
  unit = hd_organisation_page_dup_selected_unit (self);
  hd_unit_detail_set_unit (self->detail, unit);
  update_actions (self);
}

static void
scroll_to (HdOrganisationPage *self,
           guint               position)
{
#if GTK_CHECK_VERSION (4, 12, 0)
  gtk_list_view_scroll_to (self->tree_view, position, GTK_LIST_SCROLL_FOCUS, NULL);
#else
  gtk_widget_activate_action (GTK_WIDGET (self->tree_view), "list.scroll-to-item", "u", position);
#endif
}

/* Expands the tree down to unit @id along its path and selects it. FALSE when the unit is not
 * in the tree (deleted). */
static gboolean
select_unit (HdOrganisationPage *self,
             gint64              id,
             gboolean            scroll)
{
  g_autoptr(HdUnit) unit = NULL;
  g_auto(GStrv) ids = NULL;
  g_autoptr(GtkTreeListRow) row = NULL;
  GListModel *model;
  guint position;

  if (self->tree == NULL || id <= 0)
    return FALSE;
  unit = hd_unit_load (hd_context_get_store (self->context), id, NULL);
  if (unit == NULL)
    return FALSE;

  ids = g_strsplit (hd_unit_get_path (unit), "/", -1);
  model = G_LIST_MODEL (self->roots);
  for (guint i = 0; ids[i] != NULL; i++)
    {
      gint64 step;
      int index;

      if (*ids[i] == '\0')
        continue;
      step = g_ascii_strtoll (ids[i], NULL, 10);
      if (model == NULL || (index = hd_unit_children_find (HD_UNIT_CHILDREN (model), step)) < 0)
        return FALSE;
      if (row == NULL)
        row = gtk_tree_list_model_get_child_row (self->tree, index);
      else
        {
          GtkTreeListRow *child = gtk_tree_list_row_get_child_row (row, index);

          g_object_unref (row);
          row = child;
        }
      if (row == NULL)
        return FALSE;
      if (step != id)
        {
          gtk_tree_list_row_set_expanded (row, TRUE);
          model = gtk_tree_list_row_get_children (row);
        }
    }
  if (row == NULL)
    return FALSE;

  position = gtk_tree_list_row_get_position (row);
  gtk_single_selection_set_selected (self->selection, position);
  if (scroll)
    scroll_to (self, position);
  return TRUE;
}

static void
refresh_tree (HdOrganisationPage *self)
{
  g_autoptr(GHashTable) expanded = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GPtrArray) models = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(HdUnit) selected = hd_organisation_page_dup_selected_unit (self);
  GListModel *tree = G_LIST_MODEL (self->tree);
  GHashTableIter iter;
  gpointer model;
  gboolean found = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (tree); i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (tree, i);

      if (gtk_tree_list_row_get_expanded (row))
        {
          g_autoptr(HdUnit) unit = gtk_tree_list_row_get_item (row);

          g_hash_table_add (expanded, g_memdup2 (&(gint64) { hd_unit_get_id (unit) }, sizeof (gint64)));
        }
    }

  self->refreshing = TRUE;

  /* Reloading one model may drop others from the tree; they are kept alive until the end. */
  g_ptr_array_add (models, g_object_ref (self->roots));
  g_hash_table_iter_init (&iter, self->child_models);
  while (g_hash_table_iter_next (&iter, &model, NULL))
    g_ptr_array_add (models, g_object_ref (model));
  for (guint i = 0; i < models->len; i++)
    hd_unit_children_reload (g_ptr_array_index (models, i));

  /* Expanding a row puts its children right after it, where the walk goes next. */
  for (guint i = 0; i < g_list_model_get_n_items (tree); i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (tree, i);
      g_autoptr(HdUnit) unit = gtk_tree_list_row_get_item (row);
      gint64 id = hd_unit_get_id (unit);

      if (!gtk_tree_list_row_get_expanded (row) && g_hash_table_contains (expanded, &id))
        gtk_tree_list_row_set_expanded (row, TRUE);
    }

  if (selected != NULL)
    {
      /* A unit that is gone leaves the selection on its nearest ancestor still there. */
      g_auto(GStrv) ids = g_strsplit (hd_unit_get_path (selected), "/", -1);

      for (guint n = g_strv_length (ids); n > 0 && !found; n--)
        if (*ids[n - 1] != '\0')
          found = select_unit (self, g_ascii_strtoll (ids[n - 1], NULL, 10), FALSE);
    }

  self->refreshing = FALSE;
  selection_changed (self);
}

static void show_empty (HdOrganisationPage *self);
static void build_tree (HdOrganisationPage *self);

static void
history_changed_cb (HdOrganisationPage *self)
{
  gboolean empty = hd_store_is_empty (hd_context_get_store (self->context));

  if (self->tree == NULL)
    {
      if (!empty)
        build_tree (self);
      return;
    }
  if (empty)
    {
      show_empty (self);
      return;
    }
  refresh_tree (self);
  hd_unit_detail_reload (self->detail);
}

/* The unit of the row that @controller (a drag source or a drop target) is attached to, or NULL
 * while the row shows none. */
static HdUnit *
dup_unit_under (GtkEventController *controller)
{
  GtkTreeListRow *list_row = hd_unit_row_get_list_row (HD_UNIT_ROW (gtk_event_controller_get_widget (controller)));

  return list_row != NULL ? gtk_tree_list_row_get_item (list_row) : NULL;
}

/* Dragging a unit onto another makes the other its parent. */
static GdkContentProvider *
drag_prepare_cb (GtkDragSource      *source,
                 double              x,
                 double              y,
                 HdOrganisationPage *self)
{
  g_autoptr(HdUnit) unit = dup_unit_under (GTK_EVENT_CONTROLLER (source));

  if (unit == NULL)
    return NULL;
  return gdk_content_provider_new_typed (G_TYPE_INT64, hd_unit_get_id (unit));
}

static gboolean
drop_cb (GtkDropTarget      *target,
         const GValue       *value,
         double              x,
         double              y,
         HdOrganisationPage *self)
{
  g_autoptr(HdUnit) parent = dup_unit_under (GTK_EVENT_CONTROLLER (target));
  g_autoptr(GError) error = NULL;
  gint64 id = g_value_get_int64 (value);

  if (parent == NULL || id == hd_unit_get_id (parent))
    return FALSE;
  if (!hd_unit_move (hd_context_get_store (self->context), hd_context_get_history (self->context), id,
                     hd_unit_get_id (parent), -1, &error))
    {
      hd_organisation_page_show_error (self, error);
      return FALSE;
    }
  select_unit (self, id, TRUE);
  return TRUE;
}

static void
row_pressed_cb (GtkGestureClick    *gesture,
                int                 n_press,
                double              x,
                double              y,
                HdOrganisationPage *self)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));
  GtkTreeListRow *list_row = hd_unit_row_get_list_row (HD_UNIT_ROW (row));

  if (list_row == NULL)
    return;
  gtk_single_selection_set_selected (self->selection, gtk_tree_list_row_get_position (list_row));
  if (!hd_popover_popup_at (GTK_POPOVER (self->context_menu), row, x, y))
    return;
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              HdOrganisationPage       *self)
{
  GtkWidget *row = hd_unit_row_new ();
  GtkDragSource *source = gtk_drag_source_new ();
  GtkDropTarget *target = gtk_drop_target_new (G_TYPE_INT64, GDK_ACTION_MOVE);
  GtkGesture *click = gtk_gesture_click_new ();

  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect_object (source, "prepare", G_CALLBACK (drag_prepare_cb), self, 0);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (source));
  g_signal_connect_object (target, "drop", G_CALLBACK (drop_cb), self, 0);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (target));
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
  g_signal_connect_object (click, "pressed", G_CALLBACK (row_pressed_cb), self, 0);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (click));
  gtk_list_item_set_child (item, row);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             HdOrganisationPage       *self)
{
  hd_unit_row_set_list_row (HD_UNIT_ROW (gtk_list_item_get_child (item)), gtk_list_item_get_item (item));
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               HdOrganisationPage       *self)
{
  hd_unit_row_set_list_row (HD_UNIT_ROW (gtk_list_item_get_child (item)), NULL);
}

/* The keys of GtkTreeExpander (+, -, Shift+arrows) act on the focused row; the list view keeps
 * the focus on the row itself, so the page applies them to the selected row. */
static void
expand_selected (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  HdOrganisationPage *self = HD_ORGANISATION_PAGE (widget);
  GtkTreeListRow *row;

  if (self->selection == NULL)
    return;
  row = gtk_single_selection_get_selected_item (self->selection);
  if (row != NULL && gtk_tree_list_row_is_expandable (row))
    gtk_tree_list_row_set_expanded (row, g_str_equal (action_name, "unit.expand"));
}

static void
popup_context_menu (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  HdOrganisationPage *self = HD_ORGANISATION_PAGE (widget);

  gtk_menu_button_popup (self->menu_button);
}

static void
copy_demo_command (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  HdOrganisationPage *self = HD_ORGANISATION_PAGE (widget);

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), gtk_label_get_label (self->command_label));
}

static void
clear_tree (HdOrganisationPage *self)
{
  gtk_list_view_set_model (self->tree_view, NULL);
  g_clear_object (&self->selection);
  g_clear_object (&self->tree);
  forget_child_models (self);
  g_clear_object (&self->roots);
}

static void
hd_organisation_page_dispose (GObject *object)
{
  HdOrganisationPage *self = HD_ORGANISATION_PAGE (object);

  if (self->context_menu != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->context_menu));
  self->context_menu = NULL;
  clear_tree (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), HD_TYPE_ORGANISATION_PAGE);
  g_clear_object (&self->hit_selection);
  g_clear_object (&self->hits);
  hd_context_release (&self->context, &self->history_handler);

  G_OBJECT_CLASS (hd_organisation_page_parent_class)->dispose (object);
}

static void
hd_organisation_page_finalize (GObject *object)
{
  HdOrganisationPage *self = HD_ORGANISATION_PAGE (object);

  g_clear_pointer (&self->child_models, g_hash_table_unref);

  G_OBJECT_CLASS (hd_organisation_page_parent_class)->finalize (object);
}

static void
hd_organisation_page_class_init (HdOrganisationPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hd_organisation_page_dispose;
  object_class->finalize = hd_organisation_page_finalize;

  g_type_ensure (HD_TYPE_UNIT_DETAIL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/huodongban/Huodongban/organisation/hd-organisation-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HdOrganisationPage, stack);
  gtk_widget_class_bind_template_child (widget_class, HdOrganisationPage, tree_stack);
  gtk_widget_class_bind_template_child (widget_class, HdOrganisationPage, tree_view);
  gtk_widget_class_bind_template_child (widget_class, HdOrganisationPage, search_bar);
  gtk_widget_class_bind_template_child (widget_class, HdOrganisationPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, HdOrganisationPage, results_view);
  gtk_widget_class_bind_template_child (widget_class, HdOrganisationPage, results_empty_label);
  gtk_widget_class_bind_template_child (widget_class, HdOrganisationPage, menu_button);
  gtk_widget_class_bind_template_child (widget_class, HdOrganisationPage, context_menu);
  gtk_widget_class_bind_template_child (widget_class, HdOrganisationPage, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, HdOrganisationPage, error_label);
  gtk_widget_class_bind_template_child (widget_class, HdOrganisationPage, detail);
  gtk_widget_class_bind_template_child (widget_class, HdOrganisationPage, command_label);
  gtk_widget_class_bind_template_callback (widget_class, setup_row_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_row_cb);
  gtk_widget_class_bind_template_callback (widget_class, unbind_row_cb);
  gtk_widget_class_bind_template_callback (widget_class, dismiss_error_cb);

  gtk_widget_class_install_action (widget_class, "unit.expand", NULL, expand_selected);
  gtk_widget_class_install_action (widget_class, "unit.collapse", NULL, expand_selected);
  hd_organisation_page_class_init_commands (widget_class);
  hd_organisation_page_class_init_search (widget_class);
  gtk_widget_class_install_action (widget_class, "unit.menu", NULL, popup_context_menu);
  gtk_widget_class_install_action (widget_class, "unit.copy-demo-command", NULL, copy_demo_command);
}

static void
hd_organisation_page_init (HdOrganisationPage *self)
{
  self->child_models = g_hash_table_new (NULL, NULL);
  gtk_widget_init_template (GTK_WIDGET (self));

  /* The menu pops up where the clerk right-clicked, over the page. */
  g_object_ref (self->context_menu);
  gtk_widget_unparent (GTK_WIDGET (self->context_menu));
  gtk_widget_set_parent (GTK_WIDGET (self->context_menu), GTK_WIDGET (self));
  g_object_unref (self->context_menu);

  hd_organisation_page_init_search (self);
  update_actions (self);
}

static void
show_empty (HdOrganisationPage *self)
{
  const char *path = hd_store_get_path (hd_context_get_store (self->context));
  g_autofree char *quoted = g_shell_quote (path);
  g_autofree char *command = g_strdup_printf ("huodongban-cli --db %s demo --scale county", quoted);

  clear_tree (self);
  hd_unit_detail_set_unit (self->detail, NULL);
  update_actions (self);
  gtk_label_set_label (self->command_label, command);
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

static void
build_tree (HdOrganisationPage *self)
{
  guint n_roots;

  clear_tree (self);
  self->roots = hd_unit_children_new (hd_context_get_store (self->context), 0);
  n_roots = g_list_model_get_n_items (G_LIST_MODEL (self->roots));
  self->tree = gtk_tree_list_model_new (g_object_ref (G_LIST_MODEL (self->roots)), FALSE, FALSE,
                                        create_children, self, NULL);

  /* The clerk starts with the county's townships and departments in view. From the last root
   * back, so that expanding one does not move the roots still to expand. */
  for (guint i = n_roots; i > 0; i--)
    {
      g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_child_row (self->tree, i - 1);

      if (row != NULL)
        gtk_tree_list_row_set_expanded (row, TRUE);
    }

  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->tree)));
  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (selection_changed), self, G_CONNECT_SWAPPED);
  gtk_list_view_set_model (self->tree_view, GTK_SELECTION_MODEL (self->selection));
  selection_changed (self);
  gtk_stack_set_visible_child_name (self->stack, "units");
}

void
hd_organisation_page_set_context (HdOrganisationPage *self,
                                  HdContext          *context)
{
  g_return_if_fail (HD_IS_ORGANISATION_PAGE (self));
  g_return_if_fail (HD_IS_CONTEXT (context));

  if (!hd_context_hold (&self->context, &self->history_handler, context, G_CALLBACK (history_changed_cb), self))
    return;

  hd_unit_detail_set_context (self->detail, context);
  if (hd_store_is_empty (hd_context_get_store (self->context)))
    show_empty (self);
  else
    build_tree (self);
}

GtkSingleSelection *
hd_organisation_page_get_tree_selection (HdOrganisationPage *self)
{
  g_return_val_if_fail (HD_IS_ORGANISATION_PAGE (self), NULL);
  return self->selection;
}

HdUnitDetail *
hd_organisation_page_get_detail (HdOrganisationPage *self)
{
  g_return_val_if_fail (HD_IS_ORGANISATION_PAGE (self), NULL);
  return self->detail;
}

gboolean
hd_organisation_page_get_showing_empty (HdOrganisationPage *self)
{
  g_return_val_if_fail (HD_IS_ORGANISATION_PAGE (self), FALSE);
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "empty") == 0;
}

gboolean
hd_organisation_page_select_unit (HdOrganisationPage *self,
                                  gint64              unit_id)
{
  g_return_val_if_fail (HD_IS_ORGANISATION_PAGE (self), FALSE);
  return select_unit (self, unit_id, TRUE);
}

GtkEditable *
hd_organisation_page_get_search_entry (HdOrganisationPage *self)
{
  g_return_val_if_fail (HD_IS_ORGANISATION_PAGE (self), NULL);
  return GTK_EDITABLE (self->search_entry);
}

GListModel *
hd_organisation_page_get_search_results (HdOrganisationPage *self)
{
  g_return_val_if_fail (HD_IS_ORGANISATION_PAGE (self), NULL);
  return G_LIST_MODEL (self->hits);
}

gboolean
hd_organisation_page_get_searching (HdOrganisationPage *self)
{
  g_return_val_if_fail (HD_IS_ORGANISATION_PAGE (self), FALSE);
  return gtk_search_bar_get_search_mode (self->search_bar);
}
