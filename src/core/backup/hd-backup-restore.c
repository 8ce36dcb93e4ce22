/* hd-backup-restore.c — a backup copy expanded, checked, and written into the live database. */
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "backup/hd-backup-pages.h"
#include "backup/hd-backup-restore.h"
#include "store/hd-schema.h"
#include "store/hd-store.h"

static gboolean
query_text (sqlite3     *db,
            const char  *sql,
            char       **text)
{
  sqlite3_stmt *stmt = NULL;
  gboolean ok = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW;

  *text = ok ? g_strdup ((const char *) sqlite3_column_text (stmt, 0)) : NULL;
  sqlite3_finalize (stmt);
  return ok;
}

/* The expanded copy at @path is ours, of a data format this version reads, and undamaged. */
static gboolean
check_expanded (const char  *path,
                const char  *copy_path,
                GError     **error)
{
  g_autofree char *app_id = NULL;
  g_autofree char *version = NULL;
  g_autofree char *verdict = NULL;
  sqlite3 *db = NULL;
  gboolean ok;

  ok = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK &&
       query_text (db, "PRAGMA application_id", &app_id) && query_text (db, "PRAGMA user_version", &version) &&
       g_ascii_strtoll (app_id, NULL, 10) == HD_STORE_APPLICATION_ID;
  if (ok && g_ascii_strtoll (version, NULL, 10) > hd_schema_get_current_version ())
    {
      g_set_error (error, HD_STORE_ERROR, HD_STORE_ERROR_TOO_NEW,
                   _("The backup copy “%s” was written by a newer version of Huodongban. Install that version to restore it."),
                   copy_path);
      sqlite3_close_v2 (db);
      return FALSE;
    }
  ok = ok && query_text (db, "PRAGMA quick_check(1)", &verdict) && g_strcmp0 (verdict, "ok") == 0;
  sqlite3_close_v2 (db);
  if (!ok)
    g_set_error (error, HD_STORE_ERROR, HD_STORE_ERROR_DAMAGED,
                 _("The backup copy “%s” is damaged or is not a Huodongban database (%s). Choose another copy."),
                 copy_path, verdict != NULL ? verdict : _("it cannot be read"));
  return ok;
}

gboolean
hd_backup_expand_copy (HdBackupCopy  *copy,
                       const char    *dest,
                       GError       **error)
{
  gboolean ok;

  g_unlink (dest);
  if (g_str_has_suffix (copy->path, ".gz"))
    ok = copy->base != NULL ? hd_backup_expand (copy->base, copy->path, dest, error)
                            : hd_backup_expand (copy->path, NULL, dest, error);
  else
    {
      /* A plain database, from an earlier version. */
      sqlite3 *source = NULL;

      ok = sqlite3_open_v2 (copy->path, &source, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK &&
           hd_backup_copy (source, dest, error);
      if (!ok && error != NULL && *error == NULL)
        g_set_error (error, HD_STORE_ERROR, HD_STORE_ERROR_DAMAGED,
                     _("The backup copy “%s” is damaged or is not a Huodongban database (%s). Choose another copy."),
                     copy->path, sqlite3_errmsg (source));
      sqlite3_close_v2 (source);
    }
  if (ok && !check_expanded (dest, copy->path, error))
    {
      g_unlink (dest);
      return FALSE;
    }
  return ok;
}

static HdBackupCopy *
find_copy (const char  *db_path,
           const char  *copy_path,
           GError     **error)
{
  g_autoptr(GPtrArray) copies = hd_backup_list (db_path);
  g_autofree char *wanted = g_canonicalize_filename (copy_path, NULL);

  for (guint i = 0; i < copies->len; i++)
    {
      HdBackupCopy *copy = g_ptr_array_index (copies, i);
      g_autofree char *path = g_canonicalize_filename (copy->path, NULL);

      if (g_str_equal (path, wanted))
        return g_steal_pointer (&g_ptr_array_index (copies, i));
    }
  g_set_error (error, HD_STORE_ERROR, HD_STORE_ERROR_OPEN,
               _("“%s” is not one of the backup copies of “%s”. Run “huodongban-cli backups” to list them."),
               copy_path, db_path);
  return NULL;
}

/* Opens the live database and takes its exclusive lock, held until it is closed: no other
 * program may have it open, even to read, while it is replaced. */
static sqlite3 *
lock_live (const char  *db_path,
           GError     **error)
{
  sqlite3 *live = NULL;
  int rc;

  rc = sqlite3_open_v2 (db_path, &live, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_busy_timeout (live, 1000);
      rc = sqlite3_exec (live, "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; COMMIT", NULL, NULL, NULL);
    }
  if (rc == SQLITE_OK)
    return live;
  if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
    g_set_error (error, HD_STORE_ERROR, HD_STORE_ERROR_IN_USE,
                 _("“%s” is open in another program (the Huodongban window, or a huodongban-cli command still running). Close it and restore again; nothing was changed."),
                 db_path);
  else
    g_set_error (error, HD_STORE_ERROR, HD_STORE_ERROR_OPEN,
                 _("Could not open “%s” to restore into it (%s). Check that you may write to the file and its folder."),
                 db_path, live != NULL ? sqlite3_errmsg (live) : sqlite3_errstr (rc));
  sqlite3_close_v2 (live);
  return NULL;
}

static gboolean
write_into_live (sqlite3     *live,
                 const char  *expanded,
                 const char  *db_path,
                 GError     **error)
{
  sqlite3 *source = NULL;
  sqlite3_backup *backup = NULL;
  int rc;

  rc = sqlite3_open_v2 (expanded, &source, SQLITE_OPEN_READONLY, NULL);
  if (rc == SQLITE_OK)
    {
      backup = sqlite3_backup_init (live, "main", source, "main");
      rc = backup != NULL ? sqlite3_backup_step (backup, -1) : sqlite3_errcode (live);
      if (backup != NULL)
        sqlite3_backup_finish (backup);
    }
  sqlite3_close_v2 (source);
  if (rc == SQLITE_DONE)
    return TRUE;
  g_set_error (error, HD_STORE_ERROR, HD_STORE_ERROR_BACKUP,
               _("Could not write the backup copy into “%s” (%s). The database is as it was; check that the disk has free space."),
               db_path, sqlite3_errstr (rc));
  return FALSE;
}

gboolean
hd_backup_restore (const char    *db_path,
                   const char    *copy_path,
                   GDateTime     *now,
                   HdBackupCopy **restored,
                   char         **kept_copy,
                   GError       **error)
{
  g_autoptr(HdBackupCopy) copy = NULL;
  g_autofree char *expanded = g_strconcat (db_path, ".restoring", NULL);
  g_autofree char *journal = g_strconcat (expanded, "-journal", NULL);
  g_autofree char *kept = NULL;
  sqlite3 *live = NULL;
  gboolean ok;

  copy = find_copy (db_path, copy_path, error);
  if (copy == NULL || !hd_backup_expand_copy (copy, expanded, error))
    return FALSE;

  live = lock_live (db_path, error);
  ok = live != NULL;
  /* The database as it is, kept whatever its state: it may be why the user restores. */
  if (ok)
    ok = (kept = hd_backup_take (live, db_path, now, HD_BACKUP_MANUAL, FALSE, error)) != NULL;
  ok = ok && write_into_live (live, expanded, db_path, error);
  sqlite3_close_v2 (live);
  g_unlink (expanded);
  g_unlink (journal);
  if (!ok)
    return FALSE;
  if (kept_copy != NULL)
    *kept_copy = g_steal_pointer (&kept);
  if (restored != NULL)
    *restored = g_steal_pointer (&copy);
  return TRUE;
}
