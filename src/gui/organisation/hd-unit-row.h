/* hd-unit-row.h — one row of the unit tree: expander, name and kind. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define HD_TYPE_UNIT_ROW (hd_unit_row_get_type ())
G_DECLARE_FINAL_TYPE (HdUnitRow, hd_unit_row, HD, UNIT_ROW, GtkWidget)

GtkWidget      *hd_unit_row_new           (void);
/* @row's item is an HdUnit; NULL unbinds. */
void            hd_unit_row_set_list_row  (HdUnitRow      *self,
                                           GtkTreeListRow *row);
GtkTreeListRow *hd_unit_row_get_list_row  (HdUnitRow      *self);

G_END_DECLS
