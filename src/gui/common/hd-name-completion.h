/* hd-name-completion.h — names completed as they are typed into a one-line field.
 *
 * As the clerk types, the names containing what was typed (any part of a name; in a field of
 * several names separated by “、”, the part after the last one) are offered in a list under the
 * field, which keeps the keyboard: Down and Up choose, Enter or Tab takes the chosen name, Escape
 * closes the list; a click takes a name too.
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The names to offer for @fragment (never empty), at most @limit; NULL offers none. */
typedef GStrv (*HdNameLookup) (const char *fragment,
                               guint       limit,
                               gpointer    data);

/* Completes the names of @entry from @lookup (with @data, freed with @destroy with the entry);
 * @several: the field holds several names separated by “、”. */
void        hd_name_completion_attach   (GtkEntry       *entry,
                                         gboolean        several,
                                         HdNameLookup    lookup,
                                         gpointer        data,
                                         GDestroyNotify  destroy);

/* What the list offers now (for the tests): how many names, the @index-th; and taking it, as
 * Enter does on it. */
guint       hd_name_completion_get_n_names (GtkEntry   *entry);
const char *hd_name_completion_get_name    (GtkEntry   *entry,
                                            guint       index);
void        hd_name_completion_take        (GtkEntry   *entry,
                                            guint       index);

G_END_DECLS
