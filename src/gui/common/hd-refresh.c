/* hd-refresh.c */
#include "common/hd-refresh.h"

typedef void (*RebuildFunc) (GtkWidget *widget);

static void
mapped_cb (GtkWidget *widget,
           gpointer   rebuild)
{
  g_signal_handlers_disconnect_by_func (widget, mapped_cb, rebuild);
  ((RebuildFunc) rebuild) (widget);
}

void
hd_refresh_when_shown (GtkWidget *widget,
                       GCallback  rebuild)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (gtk_widget_get_mapped (widget))
    ((RebuildFunc) rebuild) (widget);
  else if (g_signal_handler_find (widget, G_SIGNAL_MATCH_FUNC | G_SIGNAL_MATCH_DATA, 0, 0, NULL,
                                  mapped_cb, rebuild) == 0)
    g_signal_connect (widget, "map", G_CALLBACK (mapped_cb), rebuild);
}
