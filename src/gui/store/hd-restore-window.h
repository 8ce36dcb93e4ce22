/* hd-restore-window.h — Restore from Backup: the database's backup copies, newest first, with
 * their day, kind and the figures they hold; asks, then activates app.restore-backup with the
 * chosen copy's path. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define HD_TYPE_RESTORE_WINDOW (hd_restore_window_get_type ())
G_DECLARE_FINAL_TYPE (HdRestoreWindow, hd_restore_window, HD, RESTORE_WINDOW, GtkWindow)

HdRestoreWindow *hd_restore_window_new        (GtkWindow       *parent,
                                               const char      *db_path);
/* The number of copies listed, and the text of row @index (its day and kind, then its figures). */
guint            hd_restore_window_get_n_copies (HdRestoreWindow *self);
char            *hd_restore_window_dup_row_text (HdRestoreWindow *self,
                                                 guint            index);
/* Selects row @index, as a click would. */
void             hd_restore_window_select     (HdRestoreWindow *self,
                                               guint            index);

G_END_DECLS
