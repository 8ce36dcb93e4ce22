/* hd-file-chooser.h — asks for a file to open or a name to save under, in a dialog over a window:
 * GtkFileDialog from GTK 4.10, GtkFileChooserNative on 4.8. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Called once a file is chosen; never when the dialog is cancelled. */
typedef void (*HdFileChosenFunc) (GFile    *file,
                                  gpointer  user_data);

/* The filters for the dialogs: @name with its @pattern ("*.db"), then All Files. */
GListStore *hd_file_chooser_filters_new (const char       *name,
                                         const char       *pattern);
/* @folder may be NULL. @destroy frees @user_data once the dialog is done, chosen or not. */
void        hd_file_chooser_open        (GtkWindow        *parent,
                                         const char       *title,
                                         const char       *accept_label,
                                         GListStore       *filters,
                                         GFile            *folder,
                                         HdFileChosenFunc  chosen,
                                         gpointer          user_data,
                                         GDestroyNotify    destroy);
/* As hd_file_chooser_open(), proposing @initial_name; GTK asks before replacing a file. */
void        hd_file_chooser_save        (GtkWindow        *parent,
                                         const char       *title,
                                         const char       *accept_label,
                                         GListStore       *filters,
                                         GFile            *folder,
                                         const char       *initial_name,
                                         HdFileChosenFunc  chosen,
                                         gpointer          user_data,
                                         GDestroyNotify    destroy);

G_END_DECLS
