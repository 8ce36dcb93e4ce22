/* hd-template.c */
#include "common/hd-template.h"

void
hd_template_dispose (GtkWidget *widget,
                     GType      type)
{
  GtkWidget *child;

  gtk_widget_dispose_template (widget, type);
  while ((child = gtk_widget_get_first_child (widget)) != NULL)
    gtk_widget_unparent (child);
}
