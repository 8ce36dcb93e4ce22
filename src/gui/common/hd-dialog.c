/* hd-dialog.c */
#include "common/hd-dialog.h"

GtkWindow *
hd_dialog_get_parent (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

gpointer
hd_dialog_new (GType      type,
               GtkWindow *parent)
{
  g_return_val_if_fail (g_type_is_a (type, GTK_TYPE_WINDOW), NULL);

  return g_object_new (type,
                       "transient-for", parent,
                       "modal", TRUE,
                       "destroy-with-parent", TRUE,
                       NULL);
}

void
hd_dialog_present_editor (GtkWindow *editor,
                          GCallback  saved_cb,
                          gpointer   data)
{
  g_signal_connect_object (editor, "saved", saved_cb, data, G_CONNECT_SWAPPED);
  gtk_window_present (editor);
}

void
hd_dialog_close_saved (GtkWindow *dialog,
                       guint      signal_id,
                       gint64     id)
{
  g_autoptr(GtkWidget) keep = g_object_ref (GTK_WIDGET (dialog));

  gtk_widget_set_visible (GTK_WIDGET (dialog), FALSE);
  g_signal_emit (dialog, signal_id, 0, id);
  gtk_window_destroy (dialog);
}

gboolean
hd_popover_popup_at (GtkPopover *popover,
                     GtkWidget  *widget,
                     double      x,
                     double      y)
{
  graphene_point_t point;

  if (!gtk_widget_compute_point (widget, gtk_widget_get_parent (GTK_WIDGET (popover)),
                                 &GRAPHENE_POINT_INIT (x, y), &point))
    return FALSE;
  gtk_popover_set_pointing_to (popover, &(GdkRectangle) { (int) point.x, (int) point.y, 1, 1 });
  gtk_popover_popup (popover);
  return TRUE;
}
