/* hd-search-hit-row.c */
#include <glib/gi18n-lib.h>

#include "organisation/hd-search-hit-row.h"

struct _HdSearchHitRow
{
  GtkWidget  parent_instance;

  GtkImage  *icon;
  GtkLabel  *name_label;
  GtkLabel  *detail_label;
};

G_DEFINE_FINAL_TYPE (HdSearchHitRow, hd_search_hit_row, GTK_TYPE_WIDGET)

static void
hd_search_hit_row_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), HD_TYPE_SEARCH_HIT_ROW);
  /* The box around the labels is not a bound child, which the above leaves in place. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (hd_search_hit_row_parent_class)->dispose (object);
}

static void
hd_search_hit_row_class_init (HdSearchHitRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hd_search_hit_row_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/huodongban/Huodongban/organisation/hd-search-hit-row.ui");
  gtk_widget_class_bind_template_child (widget_class, HdSearchHitRow, icon);
  gtk_widget_class_bind_template_child (widget_class, HdSearchHitRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, HdSearchHitRow, detail_label);
}

static void
hd_search_hit_row_init (HdSearchHitRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
hd_search_hit_row_new (void)
{
  return g_object_new (HD_TYPE_SEARCH_HIT_ROW, NULL);
}

void
hd_search_hit_row_set_hit (HdSearchHitRow *self,
                           HdSearchHit    *hit)
{
  gboolean person;

  g_return_if_fail (HD_IS_SEARCH_HIT_ROW (self));
  g_return_if_fail (HD_IS_SEARCH_HIT (hit));

  person = hd_search_hit_get_kind (hit) == HD_SEARCH_HIT_PERSON;
  gtk_image_set_from_icon_name (self->icon, person ? "avatar-default-symbolic" : "folder-symbolic");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, person ? _("Person") : _("Unit"),
                                  -1);
  gtk_label_set_label (self->name_label, hd_search_hit_get_name (hit));
  gtk_label_set_label (self->detail_label, hd_search_hit_get_detail (hit) != NULL ? hd_search_hit_get_detail (hit) : "");
}
