/* hd-unit-row.c */
#include "organisation/hd-unit-row.h"
#include "organisation/hd-unit.h"

struct _HdUnitRow
{
  GtkWidget        parent_instance;

  GtkTreeExpander *expander;
  GtkLabel        *name_label;
  GtkLabel        *kind_label;
};

G_DEFINE_FINAL_TYPE (HdUnitRow, hd_unit_row, GTK_TYPE_WIDGET)

static void
hd_unit_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), HD_TYPE_UNIT_ROW);

  G_OBJECT_CLASS (hd_unit_row_parent_class)->dispose (object);
}

static void
hd_unit_row_class_init (HdUnitRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hd_unit_row_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/huodongban/Huodongban/organisation/hd-unit-row.ui");
  gtk_widget_class_bind_template_child (widget_class, HdUnitRow, expander);
  gtk_widget_class_bind_template_child (widget_class, HdUnitRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, HdUnitRow, kind_label);
}

static void
hd_unit_row_init (HdUnitRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
hd_unit_row_new (void)
{
  return g_object_new (HD_TYPE_UNIT_ROW, NULL);
}

void
hd_unit_row_set_list_row (HdUnitRow      *self,
                          GtkTreeListRow *row)
{
  g_autoptr(HdUnit) unit = NULL;

  g_return_if_fail (HD_IS_UNIT_ROW (self));
  g_return_if_fail (row == NULL || GTK_IS_TREE_LIST_ROW (row));

  gtk_tree_expander_set_list_row (self->expander, row);
  if (row != NULL)
    unit = gtk_tree_list_row_get_item (row);

  gtk_label_set_label (self->name_label, unit != NULL ? hd_unit_get_name (unit) : "");
  gtk_label_set_label (self->kind_label,
                       unit != NULL ? hd_unit_kind_get_label (hd_unit_get_kind (unit)) : "");
}

GtkTreeListRow *
hd_unit_row_get_list_row (HdUnitRow *self)
{
  g_return_val_if_fail (HD_IS_UNIT_ROW (self), NULL);
  return gtk_tree_expander_get_list_row (self->expander);
}
