/* hd-text-column.h — a list's column whose cell is one label, its text asked of a function: the
 * Look-back area's lists are made of these, without a setup and a bind callback per column. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef enum {
  HD_TEXT_COLUMN_PLAIN   = 0,
  HD_TEXT_COLUMN_WRAP    = 1 << 0,   /* long text: up to three lines, cut with "…", whole in the tooltip */
  HD_TEXT_COLUMN_NUMERIC = 1 << 1,   /* numbers and dates: tabular figures; numbers to the end */
  HD_TEXT_COLUMN_MARKUP  = 1 << 2,   /* the text is Pango markup (a coloured mark beside a word) */
  HD_TEXT_COLUMN_EXPAND  = 1 << 3,   /* takes the width left over */
} HdTextColumnFlags;

/* The text of @item's cell, newly allocated; NULL shows nothing. */
typedef char *(*HdTextColumnFunc) (gpointer item,
                                   gpointer user_data);

/* Appends to @view a column titled @title, @width pixels wide (resizable). */
GtkColumnViewColumn *hd_text_column_add (GtkColumnView      *view,
                                         const char         *title,
                                         int                 width,
                                         HdTextColumnFlags   flags,
                                         HdTextColumnFunc    text,
                                         gpointer            user_data);

/* An ISO date as "2014年9月30日", newly allocated; NULL stays NULL. */
char                *hd_text_column_date (const char        *iso);

G_END_DECLS
