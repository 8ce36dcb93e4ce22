/* hd-count-list.h — what a package holds or changes, a line a kind, in a list box (the send and
 * receive windows). */
#pragma once

#include <gtk/gtk.h>

#include "exchange/hd-exchange-merge.h"

G_BEGIN_DECLS

/* Shows @counts in @list (hd_exchange_text_count_lines), in place of what it showed. */
void   hd_count_list_show   (GtkListBox              *list,
                             const HdExchangeCounts  *counts);

G_END_DECLS
