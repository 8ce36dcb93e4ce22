/* hd-list-pane.c */
#include "common/hd-list-pane.h"
#include "common/hd-template.h"

struct _HdListPane
{
  GtkWidget          parent_instance;

  HdQueryModel      *model;
  GtkSelectionModel *selection;

  GtkRevealer       *error_revealer;
  GtkLabel          *error_label;
  GtkStack          *stack;
  GtkColumnView     *column_view;
  GtkLabel          *empty_title;
  GtkLabel          *empty_body;
};

G_DEFINE_FINAL_TYPE (HdListPane, hd_list_pane, GTK_TYPE_WIDGET)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
clear_rows (HdListPane *self)
{
  if (self->column_view != NULL)
    gtk_column_view_set_model (self->column_view, NULL);
  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_clear_object (&self->model);
  g_clear_object (&self->selection);
}

static void
rows_changed_cb (HdListPane *self)
{
  const GError *error = hd_query_model_get_error (self->model);

  if (error != NULL)
    hd_list_pane_show_error (self, error->message);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
hd_list_pane_dispose (GObject *object)
{
  HdListPane *self = HD_LIST_PANE (object);

  clear_rows (self);
  hd_template_dispose (GTK_WIDGET (self), HD_TYPE_LIST_PANE);
  G_OBJECT_CLASS (hd_list_pane_parent_class)->dispose (object);
}

static void
hd_list_pane_class_init (HdListPaneClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = hd_list_pane_dispose;
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 0);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/huodongban/Huodongban/common/hd-list-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, HdListPane, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, HdListPane, error_label);
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
hd_list_pane_set_rows (HdListPane        *self,
                       HdQueryModel      *model,
                       GtkSelectionModel *selection)
{
  g_return_if_fail (HD_IS_LIST_PANE (self));

  clear_rows (self);
  self->model = model;
  self->selection = selection;
  if (model != NULL)
    {
      gtk_column_view_set_model (self->column_view, selection);
      g_signal_connect_swapped (model, "items-changed", G_CALLBACK (rows_changed_cb), self);
      g_signal_connect_swapped (model, "notify::loading", G_CALLBACK (rows_changed_cb), self);
    }
}

HdQueryModel *
hd_list_pane_get_model (HdListPane *self)
{
  g_return_val_if_fail (HD_IS_LIST_PANE (self), NULL);
  return self->model;
}

GtkSelectionModel *
hd_list_pane_get_selection (HdListPane *self)
{
  g_return_val_if_fail (HD_IS_LIST_PANE (self), NULL);
  return self->selection;
}

guint
hd_list_pane_get_n_rows (HdListPane *self,
                         gboolean   *loading)
{
  g_return_val_if_fail (HD_IS_LIST_PANE (self), 0);

  *loading = self->model != NULL && hd_query_model_get_loading (self->model);
  return self->model != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->model)) : 0;
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

void
hd_list_pane_show_error (HdListPane *self,
                         const char *message)
{
  g_return_if_fail (HD_IS_LIST_PANE (self));

  gtk_label_set_label (self->error_label, message != NULL ? message : "");
  gtk_revealer_set_reveal_child (self->error_revealer, message != NULL);
}

const char *
hd_list_pane_get_error (HdListPane *self)
{
  g_return_val_if_fail (HD_IS_LIST_PANE (self), NULL);

  if (!gtk_revealer_get_reveal_child (self->error_revealer))
    return NULL;
  return gtk_label_get_label (self->error_label);
}
