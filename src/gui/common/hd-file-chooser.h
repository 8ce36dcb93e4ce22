/* hd-file-chooser.h — asking for a file to open or a name to save under, modal over a window,
 * with GtkFileDialog on GTK 4.10 and later and GtkFileChooserNative on GTK 4.8. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Called with the chosen file; never called when the user cancels. */
typedef void (*HdFileChosen) (GtkWindow *parent,
                              GFile     *file);

/* The filter @name for @pattern, then "All Files". */
GListStore *hd_file_chooser_filters (const char   *name,
                                     const char   *pattern);

/* Asks for a file to open, or (@save) a new file's name; GTK asks before replacing a file.
 * @folder and @initial_name may be NULL. */
void        hd_file_chooser_ask     (GtkWindow    *parent,
                                     gboolean      save,
                                     const char   *title,
                                     const char   *accept_label,
                                     GListStore   *filters,
                                     GFile        *folder,
                                     const char   *initial_name,
                                     HdFileChosen  chosen);

G_END_DECLS
