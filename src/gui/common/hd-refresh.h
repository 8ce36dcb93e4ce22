/* hd-refresh.h — lists read only while they are shown: a province has two million opinions, and
 * a page nobody looks at does not read them. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Calls @rebuild (a function of @widget) now when @widget is shown, else once when it is next
 * mapped, however often it was asked for in between. */
void hd_refresh_when_shown (GtkWidget *widget,
                            GCallback  rebuild);

G_END_DECLS
