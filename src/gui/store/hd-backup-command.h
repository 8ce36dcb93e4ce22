/* hd-backup-command.h — the main menu's Back Up a Copy: a copy of the window's database saved
 * under a name the clerk chooses, said in the window's notification (win.show-notification).
 * The daily copies beside the database are the application's (backup/hd-backup.h). */
#pragma once

#include <gtk/gtk.h>

#include "hd-context.h"

G_BEGIN_DECLS

/* Asks where to save a copy of @context's database, proposing a name, then writes it. */
void      hd_backup_command_choose_file  (GtkWindow  *window,
                                          HdContext  *context);
/* "<database name>-backup-YYYY-MM-DD.db", with today's date from @context. */
char     *hd_backup_command_propose_name (HdContext  *context);
/* Writes a copy of @context's database into @file (replacing it; never the database itself). */
gboolean  hd_backup_command_write_to     (HdContext  *context,
                                          GFile      *file,
                                          GError    **error);

G_END_DECLS
