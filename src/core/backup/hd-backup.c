/* hd-backup.c — taking, listing and pruning the backup copies of a database (see hd-backup.h). */
#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "backup/hd-backup.h"
#include "backup/hd-backup-pages.h"
#include "store/hd-store.h"

#define STAMP_LENGTH 17               /* 2014-09-30T120000 */
#define MAX_DELTAS_PER_WHOLE 5        /* a whole copy and five deltas: six days */

static const char * const kind_words[] = { "daily", "migration", "manual" };
static const char * const copy_suffixes[] = { ".db.gz", ".delta.gz", ".db" };
static const char * const sidecar_suffixes[] = { "", ".info", ".pages" };

const char *
hd_backup_kind_to_string (HdBackupKind kind)
{
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (kind_words), NULL);
  return kind_words[kind];
}

void
hd_backup_copy_free (HdBackupCopy *copy)
{
  if (copy == NULL)
    return;
  g_free (copy->path);
  g_free (copy->base);
  g_clear_pointer (&copy->date, g_date_time_unref);
  g_free (copy);
}

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

/* The kind a copy's name gives after its time stamp: "daily…", "manual…", "migration…", or an
 * older version's "before-vN". */
static gboolean
parse_kind (const char   *rest,
            HdBackupKind *kind)
{
  for (guint k = 0; k < G_N_ELEMENTS (kind_words); k++)
    if (g_str_has_prefix (rest, kind_words[k]))
      {
        *kind = (HdBackupKind) k;
        return TRUE;
      }
  if (g_str_has_prefix (rest, "before-v"))
    {
      *kind = HD_BACKUP_MIGRATION;
      return TRUE;
    }
  return FALSE;
}

static GDateTime *
parse_stamp (const char *name)
{
  int year, month, day, hour, minute, second;

  if (sscanf (name, "%4d-%2d-%2dT%2d%2d%2d", &year, &month, &day, &hour, &minute, &second) != 6)
    return NULL;
  return g_date_time_new_local (year, month, day, hour, minute, second);
}

static guint64
file_size (const char *path)
{
  GStatBuf st;

  return g_stat (path, &st) == 0 ? (guint64) st.st_size : 0;
}

/* The rows of @table, or -1 when the database (of an early data format) has no such table. */
static gint64
count_rows (sqlite3    *db,
            const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM \"%s\"", table);
  sqlite3_stmt *stmt = NULL;
  gint64 n = -1;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return n;
}

static void
read_figures_of_database (HdBackupCopy *copy)
{
  sqlite3 *db = NULL;

  if (sqlite3_open_v2 (copy->path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK)
    {
      copy->units = count_rows (db, "unit");
      copy->people = count_rows (db, "person");
      copy->tasks = count_rows (db, "task");
    }
  sqlite3_close_v2 (db);
}

static HdBackupCopy *
copy_from_name (const char *dir_path,
                const char *name)
{
  g_autoptr(HdBackupCopy) copy = NULL;
  g_autoptr(GKeyFile) info = g_key_file_new ();
  g_autofree char *info_path = NULL;
  g_autofree char *base = NULL;
  HdBackupKind kind;
  gboolean known_suffix = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (copy_suffixes); i++)
    known_suffix = known_suffix || g_str_has_suffix (name, copy_suffixes[i]);
  if (!known_suffix || strlen (name) <= STAMP_LENGTH + 1 || name[STAMP_LENGTH] != '-' ||
      !parse_kind (name + STAMP_LENGTH + 1, &kind))
    return NULL;

  copy = g_new0 (HdBackupCopy, 1);
  copy->path = g_build_filename (dir_path, name, NULL);
  copy->kind = kind;
  copy->date = parse_stamp (name);
  copy->units = copy->people = copy->tasks = -1;
  if (copy->date == NULL)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (sidecar_suffixes); i++)
    {
      g_autofree char *file = g_strconcat (copy->path, sidecar_suffixes[i], NULL);
      copy->size += file_size (file);
    }

  info_path = g_strconcat (copy->path, ".info", NULL);
  if (g_key_file_load_from_file (info, info_path, G_KEY_FILE_NONE, NULL))
    {
      copy->units = g_key_file_get_int64 (info, "copy", "units", NULL);
      copy->people = g_key_file_get_int64 (info, "copy", "people", NULL);
      copy->tasks = g_key_file_get_int64 (info, "copy", "tasks", NULL);
      copy->db_size = (guint64) g_key_file_get_int64 (info, "copy", "pages", NULL)
                      * (guint64) g_key_file_get_integer (info, "copy", "page-size", NULL);
      base = g_key_file_get_string (info, "copy", "base", NULL);
      if (base != NULL && *base != '\0')
        copy->base = g_build_filename (dir_path, base, NULL);
    }
  else if (g_str_has_suffix (name, ".db"))
    {
      /* A copy of an earlier version: a plain database. */
      read_figures_of_database (copy);
      copy->db_size = copy->size;
    }
  else
    /* A compressed copy without its sidecar was never finished. */
    return NULL;
  return g_steal_pointer (&copy);
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  const HdBackupCopy *x = *(HdBackupCopy * const *) a;
  const HdBackupCopy *y = *(HdBackupCopy * const *) b;
  g_autofree char *x_name = g_path_get_basename (x->path);
  g_autofree char *y_name = g_path_get_basename (y->path);

  return -strcmp (x_name, y_name);
}

GPtrArray *
hd_backup_list (const char *db_path)
{
  g_autofree char *dir_path = hd_backup_dir_for (db_path);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  GPtrArray *copies = g_ptr_array_new_with_free_func ((GDestroyNotify) hd_backup_copy_free);
  const char *name;

  if (dir == NULL)
    return copies;
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      HdBackupCopy *copy = copy_from_name (dir_path, name);

      if (copy != NULL)
        g_ptr_array_add (copies, copy);
    }
  g_ptr_array_sort (copies, compare_newest_first);
  return copies;
}

guint64
hd_backup_total_size (const char *db_path)
{
  g_autoptr(GPtrArray) copies = hd_backup_list (db_path);
  guint64 total = 0;

  for (guint i = 0; i < copies->len; i++)
    total += ((HdBackupCopy *) g_ptr_array_index (copies, i))->size;
  return total;
}

static void
remove_copy_files (const char *path)
{
  for (guint i = 0; i < G_N_ELEMENTS (sidecar_suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, sidecar_suffixes[i], NULL);
      g_unlink (file);
    }
}

static gboolean
needed_as_base (GPtrArray    *copies,
                const gboolean *kept,
                const char   *path)
{
  for (guint i = 0; i < copies->len; i++)
    {
      HdBackupCopy *copy = g_ptr_array_index (copies, i);

      if (kept[i] && copy->base != NULL && g_str_equal (copy->base, path))
        return TRUE;
    }
  return FALSE;
}

/* Keeps the newest of each kind, and the whole copies those need; then, while the daily copies
 * take more than twice the size of the database (as the newest copy holds it), drops the oldest
 * daily ones (after days of heavy change). */
void
hd_backup_prune (const char *db_path)
{
  static const guint keep_of_kind[] = { HD_BACKUP_KEEP, HD_BACKUP_KEEP_MIGRATION, HD_BACKUP_KEEP_MANUAL };
  g_autoptr(GPtrArray) copies = hd_backup_list (db_path);
  g_autofree gboolean *kept = g_new0 (gboolean, copies->len + 1);
  guint seen[G_N_ELEMENTS (keep_of_kind)] = { 0 };
  guint64 limit = copies->len > 0 ? 2 * ((HdBackupCopy *) g_ptr_array_index (copies, 0))->db_size : 0;
  guint64 daily_size = 0;
  guint n_daily = 0;

  for (guint i = 0; i < copies->len; i++)
    {
      HdBackupCopy *copy = g_ptr_array_index (copies, i);

      kept[i] = seen[copy->kind]++ < keep_of_kind[copy->kind];
    }
  for (guint i = 0; i < copies->len; i++)
    {
      HdBackupCopy *copy = g_ptr_array_index (copies, i);

      if (!kept[i] && needed_as_base (copies, kept, copy->path))
        kept[i] = TRUE;
      if (kept[i] && copy->kind == HD_BACKUP_DAILY)
        {
          daily_size += copy->size;
          n_daily++;
        }
    }
  for (guint i = copies->len; i-- > 0 && daily_size > limit && n_daily > 1;)
    {
      HdBackupCopy *copy = g_ptr_array_index (copies, i);

      if (kept[i] && copy->kind == HD_BACKUP_DAILY && !needed_as_base (copies, kept, copy->path))
        {
          kept[i] = FALSE;
          daily_size -= copy->size;
          n_daily--;
        }
    }
  for (guint i = 0; i < copies->len; i++)
    if (!kept[i])
      remove_copy_files (((HdBackupCopy *) g_ptr_array_index (copies, i))->path);
}

gboolean
hd_backup_has_one_from_day (const char *db_path,
                            GDateTime  *now)
{
  g_autoptr(GPtrArray) copies = hd_backup_list (db_path);

  for (guint i = 0; i < copies->len; i++)
    {
      HdBackupCopy *copy = g_ptr_array_index (copies, i);

      if (copy->kind == HD_BACKUP_DAILY && g_date_time_get_year (copy->date) == g_date_time_get_year (now) &&
          g_date_time_get_day_of_year (copy->date) == g_date_time_get_day_of_year (now))
        return TRUE;
    }
  return FALSE;
}

/* What a snapshot is: its pages and the figures it holds; checked for damage first if asked. */
typedef struct {
  guint   page_size;
  gint64  units, people, tasks;
} Snapshot;

static gboolean
inspect_snapshot (const char  *path,
                  gboolean     check,
                  Snapshot    *snapshot,
                  GError     **error)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  g_autofree char *verdict = NULL;
  gboolean ok;

  ok = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK;
  if (ok && check)
    {
      ok = sqlite3_prepare_v2 (db, "PRAGMA quick_check(1)", -1, &stmt, NULL) == SQLITE_OK &&
           sqlite3_step (stmt) == SQLITE_ROW;
      verdict = ok ? g_strdup ((const char *) sqlite3_column_text (stmt, 0)) : NULL;
      sqlite3_finalize (stmt);
      if (ok && g_strcmp0 (verdict, "ok") != 0)
        {
          g_set_error (error, HD_STORE_ERROR, HD_STORE_ERROR_DAMAGED,
                       _("The backup copy failed its check (%s), so it was removed. The database itself may be damaged: run “huodongban-cli check”."),
                       verdict);
          sqlite3_close_v2 (db);
          return FALSE;
        }
    }
  stmt = NULL;
  ok = ok && sqlite3_prepare_v2 (db, "PRAGMA page_size", -1, &stmt, NULL) == SQLITE_OK &&
       sqlite3_step (stmt) == SQLITE_ROW;
  if (ok)
    {
      snapshot->page_size = (guint) sqlite3_column_int (stmt, 0);
      snapshot->units = count_rows (db, "unit");
      snapshot->people = count_rows (db, "person");
      snapshot->tasks = count_rows (db, "task");
    }
  else
    g_set_error (error, HD_STORE_ERROR, HD_STORE_ERROR_BACKUP,
                 _("Could not read the backup copy “%s” back (%s)."), path, sqlite3_errmsg (db));
  sqlite3_finalize (stmt);
  sqlite3_close_v2 (db);
  return ok;
}

/* The newest whole copy a delta may be taken against, with its pages' hashes. */
static HdBackupCopy *
choose_base (const char  *db_path,
             guint        page_size,
             GArray     **base_hashes)
{
  g_autoptr(GPtrArray) copies = hd_backup_list (db_path);
  guint n_deltas = 0;

  for (guint i = 0; i < copies->len; i++)
    {
      HdBackupCopy *copy = g_ptr_array_index (copies, i);
      g_autofree char *pages = NULL;
      g_autofree char *info_path = NULL;
      g_autoptr(GKeyFile) info = g_key_file_new ();

      if (copy->base != NULL)
        {
          n_deltas++;
          continue;
        }
      if (!g_str_has_suffix (copy->path, ".db.gz") || n_deltas >= MAX_DELTAS_PER_WHOLE)
        return NULL;
      info_path = g_strconcat (copy->path, ".info", NULL);
      pages = g_strconcat (copy->path, ".pages", NULL);
      if (!g_key_file_load_from_file (info, info_path, G_KEY_FILE_NONE, NULL) ||
          (guint) g_key_file_get_integer (info, "copy", "page-size", NULL) != page_size ||
          (*base_hashes = hd_backup_load_hashes (pages)) == NULL)
        return NULL;
      return g_steal_pointer (&g_ptr_array_index (copies, i));
    }
  return NULL;
}

static gboolean
write_info (const char    *path,
            HdBackupKind   kind,
            GDateTime     *now,
            const char    *base,
            Snapshot      *snapshot,
            guint          n_pages,
            GError       **error)
{
  g_autoptr(GKeyFile) info = g_key_file_new ();
  g_autofree char *date = g_date_time_format_iso8601 (now);
  g_autofree char *base_name = base != NULL ? g_path_get_basename (base) : g_strdup ("");

  g_key_file_set_string (info, "copy", "kind", hd_backup_kind_to_string (kind));
  g_key_file_set_string (info, "copy", "date", date);
  g_key_file_set_string (info, "copy", "base", base_name);
  g_key_file_set_int64 (info, "copy", "units", snapshot->units);
  g_key_file_set_int64 (info, "copy", "people", snapshot->people);
  g_key_file_set_int64 (info, "copy", "tasks", snapshot->tasks);
  g_key_file_set_integer (info, "copy", "page-size", (int) snapshot->page_size);
  g_key_file_set_int64 (info, "copy", "pages", n_pages);
  return g_key_file_save_to_file (info, path, error);
}

/* Removes what a copy cut short (the program stopped or killed meanwhile) left in @dir_path: its
 * snapshot and its unfinished file, once nothing has written to them for an hour. A copy being
 * made now writes to them all the time. */
static void
remove_leftovers (const char *dir_path)
{
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  gint64 hour_ago = g_get_real_time () / G_USEC_PER_SEC - 3600;
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".part") || g_str_has_suffix (name, ".part-journal") ||
        g_str_has_suffix (name, ".snapshot") || g_str_has_suffix (name, ".snapshot-journal"))
      {
        g_autofree char *file = g_build_filename (dir_path, name, NULL);
        GStatBuf st;

        if (g_stat (file, &st) == 0 && st.st_mtime < hour_ago)
          g_unlink (file);
      }
}

/* "<stamp>-<kind>", with "-2", "-3"… when a copy of that kind was taken in the same second. */
static char *
unique_name (const char   *dir_path,
             GDateTime    *now,
             HdBackupKind  kind)
{
  g_autofree char *stamp = g_date_time_format (now, "%Y-%m-%dT%H%M%S");

  for (guint n = 1;; n++)
    {
      g_autofree char *name = n == 1 ? g_strdup_printf ("%s-%s", stamp, kind_words[kind])
                                     : g_strdup_printf ("%s-%s-%u", stamp, kind_words[kind], n);
      gboolean taken = FALSE;

      for (guint i = 0; i < G_N_ELEMENTS (copy_suffixes); i++)
        {
          g_autofree char *file = g_strconcat (dir_path, G_DIR_SEPARATOR_S, name, copy_suffixes[i], NULL);
          taken = taken || g_file_test (file, G_FILE_TEST_EXISTS);
        }
      if (!taken)
        return g_steal_pointer (&name);
    }
}

char *
hd_backup_take (sqlite3       *source,
                const char    *db_path,
                GDateTime     *now,
                HdBackupKind   kind,
                gboolean       check,
                GError       **error)
{
  g_autofree char *dir_path = hd_backup_dir_for (db_path);
  g_autofree char *name = NULL;
  g_autofree char *snapshot_path = NULL;
  g_autofree char *journal = NULL;
  g_autofree char *dest = NULL;
  g_autofree char *part = NULL;
  g_autofree char *info_path = NULL;
  g_autofree char *pages_path = NULL;
  g_autoptr(HdBackupCopy) base = NULL;
  g_autoptr(GArray) hashes = NULL;
  g_autoptr(GArray) base_hashes = NULL;
  Snapshot snapshot = { 0 };
  gboolean ok;

  if (g_mkdir_with_parents (dir_path, 0700) != 0)
    {
      g_set_error (error, HD_STORE_ERROR, HD_STORE_ERROR_BACKUP,
                   _("Could not create the backup folder “%s” (%s). Check that the folder is writable."),
                   dir_path, g_strerror (errno));
      return NULL;
    }
  remove_leftovers (dir_path);
  name = unique_name (dir_path, now, kind);
  snapshot_path = g_strconcat (dir_path, G_DIR_SEPARATOR_S, name, ".snapshot", NULL);
  journal = g_strconcat (snapshot_path, "-journal", NULL);

  ok = hd_backup_copy (source, snapshot_path, error) &&
       inspect_snapshot (snapshot_path, check, &snapshot, error) &&
       (hashes = hd_backup_hash_pages (snapshot_path, snapshot.page_size, error)) != NULL;
  if (ok)
    {
      base = choose_base (db_path, snapshot.page_size, &base_hashes);
      /* A delta while it holds at most half of the pages; else a new whole copy. */
      if (base != NULL && hd_backup_count_changed (hashes, base_hashes) * 2 > hashes->len)
        {
          g_clear_pointer (&base, hd_backup_copy_free);
          g_clear_pointer (&base_hashes, g_array_unref);
        }
      dest = g_strconcat (dir_path, G_DIR_SEPARATOR_S, name, base != NULL ? ".delta.gz" : ".db.gz", NULL);
      part = g_strconcat (dest, ".part", NULL);
      info_path = g_strconcat (dest, ".info", NULL);
      pages_path = g_strconcat (dest, ".pages", NULL);
      ok = hd_backup_write_pages (snapshot_path, snapshot.page_size, hashes, base_hashes, part, error) &&
           hd_backup_verify_pages (part, snapshot.page_size, hashes, base_hashes, error) &&
           (base != NULL || hd_backup_save_hashes (pages_path, hashes, error)) &&
           write_info (info_path, kind, now, base != NULL ? base->path : NULL, &snapshot, hashes->len, error);
      if (ok && g_rename (part, dest) != 0)
        {
          ok = FALSE;
          g_set_error (error, HD_STORE_ERROR, HD_STORE_ERROR_BACKUP,
                       _("Could not write the backup copy “%s” (%s). Check that the folder is writable."),
                       dest, g_strerror (errno));
        }
    }
  g_unlink (snapshot_path);
  g_unlink (journal);
  if (!ok)
    {
      if (part != NULL)
        g_unlink (part);
      if (dest != NULL)
        remove_copy_files (dest);
      return NULL;
    }
  hd_backup_prune (db_path);
  return g_steal_pointer (&dest);
}

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
  dest = hd_backup_take (source, db_path, now, HD_BACKUP_DAILY, TRUE, error);
  sqlite3_close_v2 (source);
  return dest != NULL;
}
