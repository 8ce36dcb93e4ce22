/* hd-dialog.h — the small windows the areas open over the main window: editors, choosers and
 * questions, and the context menus they pop up. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The window @widget is in, to be the parent of a dialog it opens; NULL when it is in none. */
GtkWindow *hd_dialog_get_parent   (GtkWidget  *widget);
/* A new window of @type (a GtkWindow), modal over @parent and destroyed with it. */
gpointer   hd_dialog_new          (GType       type,
                                   GtkWindow  *parent);
/* Presents @editor, a dialog with a "saved" signal (the id of the record saved), over the window
 * it was made for; each time it saves, @saved_cb runs with @data first (swapped), while @data
 * lives. */
void       hd_dialog_present_editor (GtkWindow *editor,
                                     GCallback  saved_cb,
                                     gpointer   data);
/* After a dialog's edit went through: hides @dialog, emits @signal_id with the id of the record
 * saved, then destroys it. */
void       hd_dialog_close_saved  (GtkWindow  *dialog,
                                   guint       signal_id,
                                   gint64      id);
/* Pops @popover up pointing at (@x, @y) of @widget; FALSE, with nothing shown, when that point
 * cannot be placed in the popover's parent. */
gboolean   hd_popover_popup_at    (GtkPopover *popover,
                                   GtkWidget  *widget,
                                   double      x,
                                   double      y);

G_END_DECLS
