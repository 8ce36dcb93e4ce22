/* hd-organisation-page.c */
#include <glib/gi18n-lib.h>

#include "hd-organisation-page.h"
#include "hd-unit-row.h"
#include "hd-unit.h"

struct _HdOrganisationPage
{
  GtkWidget           parent_instance;

  HdContext          *context;
  GtkSingleSelection *selection;

  GtkStack           *stack;
  GtkListView        *tree_view;
  HdUnitDetail       *detail;
  GtkLabel           *command_label;
};

G_DEFINE_FINAL_TYPE (HdOrganisationPage, hd_organisation_page, GTK_TYPE_WIDGET)

/* Children are queried only when the clerk expands a unit: a province holds 100 counties. */
static GListModel *
create_children (gpointer item,
                 gpointer user_data)
{
  HdUnit *unit = item;

  if (!hd_unit_get_has_children (unit))
    return NULL;
  return hd_unit_list_new_children (HD_STORE (user_data), hd_unit_get_id (unit));
}

static void
selection_changed (HdOrganisationPage *self)
{
  GtkTreeListRow *row = gtk_single_selection_get_selected_item (self->selection);
  g_autoptr(HdUnit) unit = row != NULL ? gtk_tree_list_row_get_item (row) : NULL;

  hd_unit_detail_set_unit (self->detail, unit);
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              HdOrganisationPage       *self)
{
  gtk_list_item_set_child (item, hd_unit_row_new ());
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
copy_demo_command (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  HdOrganisationPage *self = HD_ORGANISATION_PAGE (widget);

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), gtk_label_get_label (self->command_label));
}

static void
hd_organisation_page_dispose (GObject *object)
{
  HdOrganisationPage *self = HD_ORGANISATION_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HD_TYPE_ORGANISATION_PAGE);
  g_clear_object (&self->selection);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (hd_organisation_page_parent_class)->dispose (object);
}

static void
hd_organisation_page_class_init (HdOrganisationPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hd_organisation_page_dispose;

  g_type_ensure (HD_TYPE_UNIT_DETAIL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/huodongban/Huodongban/organisation/hd-organisation-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HdOrganisationPage, stack);
  gtk_widget_class_bind_template_child (widget_class, HdOrganisationPage, tree_view);
  gtk_widget_class_bind_template_child (widget_class, HdOrganisationPage, detail);
  gtk_widget_class_bind_template_child (widget_class, HdOrganisationPage, command_label);
  gtk_widget_class_bind_template_callback (widget_class, setup_row_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_row_cb);
  gtk_widget_class_bind_template_callback (widget_class, unbind_row_cb);

  gtk_widget_class_install_action (widget_class, "unit.expand", NULL, expand_selected);
  gtk_widget_class_install_action (widget_class, "unit.collapse", NULL, expand_selected);
  gtk_widget_class_install_action (widget_class, "unit.copy-demo-command", NULL, copy_demo_command);
}

static void
hd_organisation_page_init (HdOrganisationPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

static void
show_empty (HdOrganisationPage *self)
{
  const char *path = hd_store_get_path (hd_context_get_store (self->context));
  g_autofree char *quoted = g_shell_quote (path);
  g_autofree char *command = g_strdup_printf ("huodongban-cli --db %s demo --scale county", quoted);

  gtk_label_set_label (self->command_label, command);
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

void
hd_organisation_page_set_context (HdOrganisationPage *self,
                                  HdContext          *context)
{
  HdStore *store;
  GListModel *roots;
  GtkTreeListModel *tree;
  guint n_roots;

  g_return_if_fail (HD_IS_ORGANISATION_PAGE (self));
  g_return_if_fail (HD_IS_CONTEXT (context));

  if (!g_set_object (&self->context, context))
    return;

  hd_unit_detail_set_context (self->detail, context);
  gtk_list_view_set_model (self->tree_view, NULL);
  g_clear_object (&self->selection);

  store = hd_context_get_store (context);
  if (hd_store_is_empty (store))
    {
      show_empty (self);
      return;
    }

  roots = hd_unit_list_new_children (store, 0);
  n_roots = g_list_model_get_n_items (roots);
  tree = gtk_tree_list_model_new (roots, FALSE, FALSE, create_children,
                                  g_object_ref (store), g_object_unref);

  /* The clerk starts with the county's townships and departments in view. From the last root
   * back, so that expanding one does not move the roots still to expand. */
  for (guint i = n_roots; i > 0; i--)
    {
      g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_child_row (tree, i - 1);

      if (row != NULL)
        gtk_tree_list_row_set_expanded (row, TRUE);
    }

  self->selection = gtk_single_selection_new (G_LIST_MODEL (tree));
  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (selection_changed), self, G_CONNECT_SWAPPED);
  gtk_list_view_set_model (self->tree_view, GTK_SELECTION_MODEL (self->selection));
  selection_changed (self);
  gtk_stack_set_visible_child_name (self->stack, "units");
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
