/* hd-template.h — a composite widget's children taken away when it is disposed. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Disposes @widget's template of @type, then unparents what is left: a template's outer child
 * that the class does not bind stays otherwise, and GTK warns when the widget is finalized. */
void hd_template_dispose (GtkWidget *widget,
                          GType      type);

G_END_DECLS
