/* hd-list-pane.h — a list of rows, or in its place a title and a text that say why it is empty
 * and what to do. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define HD_TYPE_LIST_PANE (hd_list_pane_get_type ())
G_DECLARE_FINAL_TYPE (HdListPane, hd_list_pane, HD, LIST_PANE, GtkWidget)

GtkColumnView *hd_list_pane_get_column_view (HdListPane *self);
/* Shows the list. */
void           hd_list_pane_show_list       (HdListPane *self);
/* Shows @title and @body in place of the list. */
void           hd_list_pane_show_empty      (HdListPane *self,
                                             const char *title,
                                             const char *body);
/* The text shown in place of the list, or NULL while the list shows. */
const char    *hd_list_pane_get_empty_text  (HdListPane *self);

G_END_DECLS
