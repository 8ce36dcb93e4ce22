/* hd-backup.h — copies of a database kept beside it, and their rotation. */
#pragma once

#include <sqlite3.h>
#include <glib.h>

G_BEGIN_DECLS

/* How many backup copies are kept for one database; older ones are deleted. */
#define HD_BACKUP_KEEP 7

char     *hd_backup_dir_for           (const char  *db_path);
gboolean  hd_backup_copy              (sqlite3     *source,
                                       const char  *dest_path,
                                       GError     **error);
char     *hd_backup_take              (sqlite3     *source,
                                       const char  *db_path,
                                       GDateTime   *now,
                                       const char  *reason,
                                       GError     **error);
gboolean  hd_backup_has_one_from_day  (const char  *db_path,
                                       GDateTime   *now);
gboolean  hd_backup_daily             (const char  *db_path,
                                       GDateTime   *now,
                                       GError     **error);
void      hd_backup_prune             (const char  *db_path,
                                       guint        keep);

G_END_DECLS
