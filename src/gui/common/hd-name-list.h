/* hd-name-list.h — a drop-down's list of names: a first entry such as "Any Leader", then names
 * given all at once. A province's ledger names 159,210 responsible leaders: a GtkStringList makes
 * an object for each when they are put in (70 ms of the window's time); this list makes one only
 * when the drop-down asks for that row. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define HD_TYPE_NAME_LIST (hd_name_list_get_type ())
G_DECLARE_FINAL_TYPE (HdNameList, hd_name_list, HD, NAME_LIST, GObject)

/* Items are GtkStringObjects: @first, then the names. */
HdNameList *hd_name_list_new        (const char  *first);
/* Replaces the names after the first entry; takes @names (NULL-terminated, may be NULL). */
void        hd_name_list_take_names (HdNameList  *self,
                                     GStrv        names);
/* The text of the item at @position, NULL past the end. */
const char *hd_name_list_get_string (HdNameList  *self,
                                     guint        position);

G_END_DECLS
