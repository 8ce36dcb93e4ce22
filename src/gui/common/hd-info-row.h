/* hd-info-row.h — a read-only list row: a title, a dim detail beside it, a wrapped line below. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define HD_TYPE_INFO_ROW (hd_info_row_get_type ())
G_DECLARE_FINAL_TYPE (HdInfoRow, hd_info_row, HD, INFO_ROW, GtkListBoxRow)

/* @detail and @subtitle may be NULL; the label is then hidden. */
GtkWidget  *hd_info_row_new          (const char *title,
                                      const char *detail,
                                      const char *subtitle);
const char *hd_info_row_get_title    (HdInfoRow  *self);
const char *hd_info_row_get_detail   (HdInfoRow  *self);
const char *hd_info_row_get_subtitle (HdInfoRow  *self);

G_END_DECLS
