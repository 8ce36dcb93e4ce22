/* hd-cell.h — the label cells of the lists' columns, made by their factories. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* A label aligned to the start, made @item's child. */
GtkLabel *hd_cell_add_label (GtkListItem *item);
/* A long text in @label: wrapped to two lines of 20 to 60 characters and cut with "…". */
void      hd_cell_wrap_text (GtkLabel    *label);
/* The text of @item's label; NULL shows nothing. */
void      hd_cell_set_text  (GtkListItem *item,
                             const char  *text);
/* An ISO date as "2014年9月30日"; what is not a date is shown as stored. */
void      hd_cell_set_date  (GtkListItem *item,
                             const char  *iso);

G_END_DECLS
