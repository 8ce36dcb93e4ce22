/* hd-label-tooltip.c */
#include "common/hd-label-tooltip.h"

/* The text is looked up only when a tooltip is about to show; a cell that shows its whole text
 * (or none) has no tooltip, as in GNOME's own lists. */
static gboolean
query_tooltip_cb (GtkWidget  *widget,
                  int         x,
                  int         y,
                  gboolean    keyboard_mode,
                  GtkTooltip *tooltip,
                  gpointer    user_data)
{
  const char *text = gtk_label_get_text (GTK_LABEL (widget));

  if (text == NULL || *text == '\0' || !pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (widget))))
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

void
hd_label_tooltip_setup (GtkLabel *label)
{
  g_return_if_fail (GTK_IS_LABEL (label));

  gtk_widget_set_has_tooltip (GTK_WIDGET (label), TRUE);
  g_signal_connect (label, "query-tooltip", G_CALLBACK (query_tooltip_cb), NULL);
}
