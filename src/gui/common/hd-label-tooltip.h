/* hd-label-tooltip.h — a list cell's label whose tooltip is its own whole text when the cell cuts
 * it. Set once when the cell is made, never per row: gtk_widget_set_tooltip_text () on each bind
 * asks the display where the pointer is, a round trip to the X server for every cell shown. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void hd_label_tooltip_setup (GtkLabel *label);

G_END_DECLS
