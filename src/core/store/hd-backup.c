/* hd-backup.c — backup copies of a database, in a folder beside it named "<file>.backups".
 *
 * Copies are named "<YYYY-MM-DD>T<HHMMSS>-<reason>.db" so that sorting by name sorts by time;
 * only the newest HD_BACKUP_KEEP are kept.
 */
#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "store/hd-backup.h"
#include "store/hd-store.h"

char *
hd_backup_dir_for (const char *db_path)
{
  g_autofree char *dir = g_path_get_dirname (db_path);
  g_autofree char *base = g_path_get_basename (db_path);
  g_autofree char *name = g_strconcat (base, ".backups", NULL);

  return g_build_filename (dir, name, NULL);
}

gboolean
hd_backup_copy (sqlite3     *source,
                const char  *dest_path,
                GError     **error)
{
  g_autofree char *tmp_path = g_strconcat (dest_path, ".part", NULL);
  sqlite3 *dest = NULL;
  sqlite3_backup *backup;
  int rc;

  /* Write to a temporary name and rename, so a copy that exists is a whole copy. */
  g_unlink (tmp_path);
  rc = sqlite3_open_v2 (tmp_path, &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (rc == SQLITE_OK)
    {
      backup = sqlite3_backup_init (dest, "main", source, "main");
      if (backup != NULL)
        {
          rc = sqlite3_backup_step (backup, -1);
          sqlite3_backup_finish (backup);
          if (rc == SQLITE_DONE)
            rc = SQLITE_OK;
        }
      else
        rc = sqlite3_errcode (dest);
    }
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (dest, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      g_set_error (error, HD_STORE_ERROR, HD_STORE_ERROR_BACKUP,
                   _("Could not write the backup copy “%s” (%s). Check that the folder exists, is writable and has free space."),
                   dest_path, dest ? sqlite3_errmsg (dest) : sqlite3_errstr (rc));
      sqlite3_close_v2 (dest);
      g_unlink (tmp_path);
      return FALSE;
    }
  sqlite3_close_v2 (dest);

  if (g_rename (tmp_path, dest_path) != 0)
    {
      int saved_errno = errno;

      g_unlink (tmp_path);
      g_set_error (error, HD_STORE_ERROR, HD_STORE_ERROR_BACKUP,
                   _("Could not write the backup copy “%s” (%s). Check that the folder is writable."),
                   dest_path, g_strerror (saved_errno));
      return FALSE;
    }
  return TRUE;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The backup file names of @db_path's folder, oldest first. */
static GPtrArray *
list_backups (const char *db_path)
{
  g_autofree char *dir_path = hd_backup_dir_for (db_path);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (dir == NULL)
    return names;
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".db"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  return names;
}

void
hd_backup_prune (const char *db_path,
                 guint       keep)
{
  g_autofree char *dir_path = hd_backup_dir_for (db_path);
  g_autoptr(GPtrArray) names = list_backups (db_path);

  for (guint i = 0; i + keep < names->len; i++)
    {
      g_autofree char *file = g_build_filename (dir_path, g_ptr_array_index (names, i), NULL);
      g_unlink (file);
    }
}

char *
hd_backup_take (sqlite3     *source,
                const char  *db_path,
                GDateTime   *now,
                const char  *reason,
                GError     **error)
{
  g_autofree char *dir_path = hd_backup_dir_for (db_path);
  g_autofree char *stamp = g_date_time_format (now, "%Y-%m-%dT%H%M%S");
  g_autofree char *name = g_strdup_printf ("%s-%s.db", stamp, reason);
  g_autofree char *dest = g_build_filename (dir_path, name, NULL);

  if (g_mkdir_with_parents (dir_path, 0700) != 0)
    {
      g_set_error (error, HD_STORE_ERROR, HD_STORE_ERROR_BACKUP,
                   _("Could not create the backup folder “%s” (%s). Check that the folder is writable."),
                   dir_path, g_strerror (errno));
      return NULL;
    }
  if (!hd_backup_copy (source, dest, error))
    return NULL;
  hd_backup_prune (db_path, HD_BACKUP_KEEP);
  return g_steal_pointer (&dest);
}

gboolean
hd_backup_has_one_from_day (const char *db_path,
                            GDateTime  *now)
{
  g_autoptr(GPtrArray) names = list_backups (db_path);
  g_autofree char *day = g_date_time_format (now, "%Y-%m-%dT");

  for (guint i = 0; i < names->len; i++)
    if (g_str_has_prefix (g_ptr_array_index (names, i), day))
      return TRUE;
  return FALSE;
}

/* Opens its own read-only connection, so it may run in a worker thread while the
 * application goes on using the database (WAL gives the copy a consistent snapshot). */
gboolean
hd_backup_daily (const char  *db_path,
                 GDateTime   *now,
                 GError     **error)
{
  g_autofree char *dest = NULL;
  sqlite3 *source = NULL;

  if (hd_backup_has_one_from_day (db_path, now))
    return TRUE;

  if (sqlite3_open_v2 (db_path, &source, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
    {
      g_set_error (error, HD_STORE_ERROR, HD_STORE_ERROR_BACKUP,
                   _("Could not read “%s” to make the daily backup copy (%s)."),
                   db_path, source ? sqlite3_errmsg (source) : sqlite3_errstr (SQLITE_NOMEM));
      sqlite3_close_v2 (source);
      return FALSE;
    }
  sqlite3_busy_timeout (source, 5000);
  dest = hd_backup_take (source, db_path, now, "daily", error);
  sqlite3_close_v2 (source);
  return dest != NULL;
}
