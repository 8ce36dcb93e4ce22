/* hd-backup-restore.h — bringing a backup copy back into the live database. */
#pragma once

#include <glib.h>

#include "backup/hd-backup.h"

G_BEGIN_DECLS

/* Writes the database that @copy holds into the new file @dest and checks it: a Huodongban
 * database this version reads, that passes PRAGMA quick_check. */
gboolean  hd_backup_expand_copy  (HdBackupCopy  *copy,
                                  const char    *dest,
                                  GError       **error);

/* Restores the copy at @copy_path (one that hd_backup_list gives for @db_path) into the
 * database at @db_path: the copy is expanded beside the database and checked; a copy of the
 * database as it is is kept first (a manual one, its path in @kept_copy); then the copy's pages
 * are written into the live file under an exclusive lock, which is refused
 * (HD_STORE_ERROR_IN_USE) while another program has the database open. On failure nothing
 * changed. The restored database keeps the copy's data format: open it to update it. */
gboolean  hd_backup_restore      (const char    *db_path,
                                  const char    *copy_path,
                                  GDateTime     *now,
                                  HdBackupCopy **restored,
                                  char         **kept_copy,
                                  GError       **error);

G_END_DECLS
