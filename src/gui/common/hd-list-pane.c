/* hd-list-pane.c */
#include "common/hd-template.h"
#include "common/hd-list-pane.h"

struct _HdListPane
{
  GtkWidget      parent_instance;

  GtkStack      *stack;
  GtkColumnView *column_view;
  GtkLabel      *empty_title;
  GtkLabel      *empty_body;
};

G_DEFINE_FINAL_TYPE (HdListPane, hd_list_pane, GTK_TYPE_WIDGET)

static void
hd_list_pane_dispose (GObject *object)
{
  hd_template_dispose (GTK_WIDGET (object), HD_TYPE_LIST_PANE);
  G_OBJECT_CLASS (hd_list_pane_parent_class)->dispose (object);
}

static void
hd_list_pane_class_init (HdListPaneClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = hd_list_pane_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/huodongban/Huodongban/common/hd-list-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, HdListPane, stack);
  gtk_widget_class_bind_template_child (widget_class, HdListPane, column_view);
  gtk_widget_class_bind_template_child (widget_class, HdListPane, empty_title);
  gtk_widget_class_bind_template_child (widget_class, HdListPane, empty_body);
}

static void
hd_list_pane_init (HdListPane *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkColumnView *
hd_list_pane_get_column_view (HdListPane *self)
{
  g_return_val_if_fail (HD_IS_LIST_PANE (self), NULL);
  return self->column_view;
}

void
hd_list_pane_show_list (HdListPane *self)
{
  g_return_if_fail (HD_IS_LIST_PANE (self));
  gtk_stack_set_visible_child_name (self->stack, "list");
}

void
hd_list_pane_show_empty (HdListPane *self,
                         const char *title,
                         const char *body)
{
  g_return_if_fail (HD_IS_LIST_PANE (self));

  gtk_label_set_label (self->empty_title, title);
  gtk_label_set_label (self->empty_body, body);
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

const char *
hd_list_pane_get_empty_text (HdListPane *self)
{
  g_return_val_if_fail (HD_IS_LIST_PANE (self), NULL);

  if (!g_str_equal (gtk_stack_get_visible_child_name (self->stack), "empty"))
    return NULL;
  return gtk_label_get_label (self->empty_body);
}
