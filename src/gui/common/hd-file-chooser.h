/* hd-file-chooser.h — asks for a file to open or a name to save under, in a dialog over a window:
 * GtkFileDialog from GTK 4.10, GtkFileChooserNative on 4.8. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef enum {
  HD_FILE_CHOOSER_OPEN,   /* a file that exists */
  HD_FILE_CHOOSER_SAVE,   /* a new file's name; GTK asks before replacing a file */
} HdFileChooserMode;

/* Called once a file is chosen, never when the dialog is cancelled; @parent is the window the
 * dialog was over. */
typedef void (*HdFileChosenFunc) (GtkWindow *parent,
                                  GFile     *file,
                                  gpointer   user_data);

/* The filters for the dialog: @name with its @pattern ("*.db"), then All Files. */
GListStore *hd_file_chooser_filters_new (const char        *name,
                                         const char        *pattern);
/* @folder and @initial_name (for saving) may be NULL. @destroy frees @user_data once the dialog
 * is done, a file chosen or not. */
void        hd_file_chooser_choose      (GtkWindow         *parent,
                                         HdFileChooserMode  mode,
                                         const char        *title,
                                         const char        *accept_label,
                                         GListStore        *filters,
                                         GFile             *folder,
                                         const char        *initial_name,
                                         HdFileChosenFunc   chosen,
                                         gpointer           user_data,
                                         GDestroyNotify     destroy);

G_END_DECLS
