/* hd-dialog.h — the small windows the areas open over the main window: editors, choosers and
 * questions. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The window @widget is in, to be the parent of a dialog it opens; NULL when it is in none. */
GtkWindow *hd_dialog_get_parent   (GtkWidget  *widget);
/* A new window of @type (a GtkWindow), modal over @parent and destroyed with it. */
gpointer   hd_dialog_new          (GType       type,
                                   GtkWindow  *parent);
/* After a dialog's edit went through: hides @dialog, emits @signal_id with the id of the record
 * saved, then destroys it. */
void       hd_dialog_close_saved  (GtkWindow  *dialog,
                                   guint       signal_id,
                                   gint64      id);

G_END_DECLS
