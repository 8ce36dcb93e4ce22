/* hd-info-row.c */
#include "common/hd-info-row.h"

struct _HdInfoRow
{
  GtkListBoxRow  parent_instance;

  GtkLabel      *title_label;
  GtkLabel      *detail_label;
  GtkLabel      *subtitle_label;
};

G_DEFINE_FINAL_TYPE (HdInfoRow, hd_info_row, GTK_TYPE_LIST_BOX_ROW)

static void
hd_info_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), HD_TYPE_INFO_ROW);

  G_OBJECT_CLASS (hd_info_row_parent_class)->dispose (object);
}

static void
hd_info_row_class_init (HdInfoRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hd_info_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/huodongban/Huodongban/common/hd-info-row.ui");
  gtk_widget_class_bind_template_child (widget_class, HdInfoRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, HdInfoRow, detail_label);
  gtk_widget_class_bind_template_child (widget_class, HdInfoRow, subtitle_label);
}

static void
hd_info_row_init (HdInfoRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

static void
set_optional (GtkLabel   *label,
              const char *text)
{
  gboolean shown = text != NULL && *text != '\0';

  gtk_label_set_label (label, shown ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), shown);
}

GtkWidget *
hd_info_row_new (const char *title,
                 const char *detail,
                 const char *subtitle)
{
  HdInfoRow *self = g_object_new (HD_TYPE_INFO_ROW, NULL);

  gtk_label_set_label (self->title_label, title);
  set_optional (self->detail_label, detail);
  set_optional (self->subtitle_label, subtitle);
  return GTK_WIDGET (self);
}

const char *
hd_info_row_get_title (HdInfoRow *self)
{
  g_return_val_if_fail (HD_IS_INFO_ROW (self), NULL);
  return gtk_label_get_label (self->title_label);
}

const char *
hd_info_row_get_detail (HdInfoRow *self)
{
  g_return_val_if_fail (HD_IS_INFO_ROW (self), NULL);
  return gtk_label_get_label (self->detail_label);
}

const char *
hd_info_row_get_subtitle (HdInfoRow *self)
{
  g_return_val_if_fail (HD_IS_INFO_ROW (self), NULL);
  return gtk_label_get_label (self->subtitle_label);
}
