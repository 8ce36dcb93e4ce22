/* hd-list-pane.h — a list of rows read lazily (HdQueryModel), or in its place a title and a text
 * that say why it is empty and what to do, with a line above it that says what went wrong. */
#pragma once

#include <gtk/gtk.h>

#include "model/hd-query-model.h"

G_BEGIN_DECLS

#define HD_TYPE_LIST_PANE (hd_list_pane_get_type ())
G_DECLARE_FINAL_TYPE (HdListPane, hd_list_pane, HD, LIST_PANE, GtkWidget)

GtkColumnView     *hd_list_pane_get_column_view (HdListPane        *self);
/* Shows @model's rows (NULL: none) through @selection, both taken. ::changed says when rows
 * arrive or the reading ends; a failure to read is shown on the error line. */
void               hd_list_pane_set_rows        (HdListPane        *self,
                                                 HdQueryModel      *model,
                                                 GtkSelectionModel *selection);
HdQueryModel      *hd_list_pane_get_model       (HdListPane        *self);
GtkSelectionModel *hd_list_pane_get_selection   (HdListPane        *self);
/* How many rows are read, and whether more are coming. */
guint              hd_list_pane_get_n_rows      (HdListPane        *self,
                                                 gboolean          *loading);
/* Shows the list. */
void               hd_list_pane_show_list       (HdListPane        *self);
/* Shows @title and @body in place of the list. */
void               hd_list_pane_show_empty      (HdListPane        *self,
                                                 const char        *title,
                                                 const char        *body);
/* The text shown in place of the list, or NULL while the list shows. */
const char        *hd_list_pane_get_empty_text  (HdListPane        *self);
/* @message on the error line; NULL takes it away. */
void               hd_list_pane_show_error      (HdListPane        *self,
                                                 const char        *message);
const char        *hd_list_pane_get_error       (HdListPane        *self);

G_END_DECLS
