/* hd-store.c — the embedded SQLite store.
 *
 * Opening is careful not to touch a file it is going to refuse: the header is read first, and
 * only a Huodongban database of a version we understand (or a new, empty file) is switched to
 * WAL and migrated. Migrations run in one transaction after a backup copy has been taken.
 */
#include <glib/gi18n-lib.h>
#include <errno.h>
#include <glib/gstdio.h>

#include "ledger/hd-light.h"
#include "overview/hd-tally.h"
#include "backup/hd-backup.h"
#include "store/hd-schema.h"
#include "store/hd-store.h"
#include "store/hd-text.h"
#include "talks/hd-team-talks.h"

#define BUSY_TIMEOUT_MS 5000

struct _HdStore
{
  GObject     parent_instance;

  char       *path;
  sqlite3    *db;
  GHashTable *statements;   /* SQL text (static) → sqlite3_stmt */
  char       *operator_name;
  char       *change_time;      /* when the outermost transaction began: its log entries' time */
  int         schema_version;
  guint       transaction_depth;
  gboolean    replaying;        /* an edit undone or redone: see hd_store_set_replaying() */
};

G_DEFINE_FINAL_TYPE (HdStore, hd_store, G_TYPE_OBJECT)

enum {
  READS_ENDING,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_QUARK (hd-store-error-quark, hd_store_error)

static void
hd_store_finalize (GObject *object)
{
  HdStore *self = HD_STORE (object);

  g_clear_pointer (&self->statements, g_hash_table_unref);
  if (self->db != NULL)
    sqlite3_close_v2 (self->db);
  g_free (self->path);
  g_free (self->operator_name);
  g_free (self->change_time);

  G_OBJECT_CLASS (hd_store_parent_class)->finalize (object);
}

static void
hd_store_class_init (HdStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hd_store_finalize;

  /* HdStore::reads-ending: see hd_store_end_reads(). */
  signals[READS_ENDING] =
    g_signal_new ("reads-ending", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
hd_store_init (HdStore *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                            (GDestroyNotify) sqlite3_finalize);
}

char *
hd_store_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "huodongban", "huodongban.db", NULL);
}

static char *
default_operator_name (void)
{
  const char *real_name = g_get_real_name ();

  /* GLib answers "Unknown" when the account has no real name. */
  if (real_name == NULL || *real_name == '\0' || g_str_equal (real_name, "Unknown"))
    return g_strdup (g_get_user_name ());
  return g_strdup (real_name);
}

void
hd_store_set_error (HdStore     *self,
                    GError     **error,
                    const char  *what)
{
  g_set_error (error, HD_STORE_ERROR, HD_STORE_ERROR_SQL,
               /* Translators: %s is what was being done, the second %s SQLite's reason. */
               _("%s failed: %s. Try again; if it keeps failing, run “huodongban-cli check” and restore a backup."),
               what, sqlite3_errmsg (self->db));
}

gboolean
hd_store_exec (HdStore     *self,
               const char  *sql,
               GError     **error)
{
  if (sqlite3_exec (self->db, sql, NULL, NULL, NULL) != SQLITE_OK)
    {
      hd_store_set_error (self, error, _("Writing to the database"));
      return FALSE;
    }
  return TRUE;
}

sqlite3_stmt *
hd_store_prepare (HdStore     *self,
                  const char  *sql,
                  GError     **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);

  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  if (sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL) != SQLITE_OK)
    {
      hd_store_set_error (self, error, _("Reading the database"));
      return NULL;
    }
  g_hash_table_insert (self->statements, (gpointer) sql, stmt);
  return stmt;
}

sqlite3_stmt *
hd_store_prepare_dynamic (HdStore     *self,
                          const char  *sql,
                          GError     **error)
{
  return hd_store_prepare (self, g_intern_string (sql), error);
}

gboolean
hd_store_step_done (HdStore      *self,
                    sqlite3_stmt *stmt,
                    GError      **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      hd_store_set_error (self, error, _("Writing to the database"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
query_int (sqlite3     *db,
           const char  *sql,
           int         *value)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *value = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  return rc == SQLITE_ROW;
}

/* Reads the header without writing anything; decides whether the file is ours. */
static gboolean
inspect_header (HdStore  *self,
                int      *version,
                gboolean *is_new,
                GError  **error)
{
  int app_id = 0, n_objects = 0;

  if (!query_int (self->db, "SELECT count(*) FROM sqlite_schema", &n_objects) ||
      !query_int (self->db, "PRAGMA application_id", &app_id) ||
      !query_int (self->db, "PRAGMA user_version", version))
    {
      g_set_error (error, HD_STORE_ERROR, HD_STORE_ERROR_NOT_DATABASE,
                   _("“%s” is not a Huodongban database or it is damaged (%s). Choose another file, or restore a backup copy."),
                   self->path, sqlite3_errmsg (self->db));
      return FALSE;
    }

  *is_new = (app_id == 0 && n_objects == 0 && *version == 0);
  if (!*is_new && app_id != HD_STORE_APPLICATION_ID)
    {
      g_set_error (error, HD_STORE_ERROR, HD_STORE_ERROR_NOT_DATABASE,
                   _("“%s” is a database of another program, not of Huodongban. It was left unchanged; choose a Huodongban database."),
                   self->path);
      return FALSE;
    }
  if (*version > hd_schema_get_current_version ())
    {
      g_set_error (error, HD_STORE_ERROR, HD_STORE_ERROR_TOO_NEW,
                   _("“%s” was written by a newer version of Huodongban (data format %d; this version reads up to %d). It was left unchanged; install the newer version to open it."),
                   self->path, *version, hd_schema_get_current_version ());
      return FALSE;
    }
  return TRUE;
}

typedef struct {
  HdStoreProgressFunc  func;
  gpointer             data;
  guint                done;
  guint                total;
} Progress;

static void
report (Progress   *progress,
        const char *step)
{
  if (progress->func != NULL)
    progress->func (step, progress->done, progress->total, progress->data);
  progress->done++;
}

/* One transaction: a crash or a kill in the middle leaves the database as it was. */
static gboolean
migrate (HdStore    *self,
         int         from_version,
         GDateTime  *now,
         Progress   *progress,
         GError    **error)
{
  int target = hd_schema_get_current_version ();
  g_autofree char *pragma = NULL;
  g_autofree char *backup = NULL;

  /* A new database is made in a moment: only an update reports its steps. */
  if (from_version == 0)
    progress->func = NULL;
  /* The copy, each format, the teams' talks, the overview's counts, and the commit. */
  progress->total = 1 + (guint) (target - from_version) + 3;
  if (from_version > 0)
    {
      report (progress, _("Keeping a copy of the database as it is"));
      backup = hd_backup_take (self->db, self->path, now, HD_BACKUP_MIGRATION, TRUE, error);
      if (backup == NULL)
        return FALSE;
    }

  if (sqlite3_exec (self->db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK)
    goto failed;
  for (int v = from_version; v < target; v++)
    {
      g_autofree char *step = g_strdup_printf (_("Updating the records to data format %d"), v + 1);

      report (progress, step);
      if (sqlite3_exec (self->db, hd_schema_get_migration (v), NULL, NULL, NULL) != SQLITE_OK)
        goto failed;
    }
  pragma = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = %d",
                            HD_STORE_APPLICATION_ID, target);
  /* What the database keeps of its records is computed for the records it has. */
  report (progress, _("Counting each team’s talk-the-heart conversations"));
  if (!hd_team_talks_refresh (self, NULL))
    goto failed;
  report (progress, _("Counting each unit’s figures for the overview"));
  if (!hd_tally_refresh (self, NULL))
    goto failed;
  report (progress, _("Saving the updated database"));
  if (sqlite3_exec (self->db, pragma, NULL, NULL, NULL) != SQLITE_OK ||
      sqlite3_exec (self->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
    goto failed;

  self->schema_version = target;
  return TRUE;

failed:
  g_set_error (error, HD_STORE_ERROR, HD_STORE_ERROR_MIGRATE,
               _("Updating “%s” to data format %d failed (%s). Nothing was changed; a copy is in the backups folder."),
               self->path, target, sqlite3_errmsg (self->db));
  sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  return FALSE;
}

/* hd_replaying (): whether the edit being written is an undo or redo (triggers that guard a
 * record's rules against the clerk let an edit's own rows be put back as they were). */
static void
replaying_function (sqlite3_context  *context,
                    int               argc,
                    sqlite3_value   **argv)
{
  HdStore *self = sqlite3_user_data (context);

  sqlite3_result_int (context, self->replaying);
}

static gboolean
register_replaying (HdStore *self)
{
  return sqlite3_create_function_v2 (self->db, "hd_replaying", 0, SQLITE_UTF8 | SQLITE_INNOCUOUS, self,
                                     replaying_function, NULL, NULL, NULL) == SQLITE_OK;
}

void
hd_store_set_replaying (HdStore  *self,
                        gboolean  replaying)
{
  g_return_if_fail (HD_IS_STORE (self));
  self->replaying = replaying;
}

static gboolean
configure_connection (HdStore  *self,
                      GError  **error)
{
  /* FULL: a change the user has seen done survives a power cut. */
  if (sqlite3_exec (self->db,
                    "PRAGMA journal_mode = WAL;"
                    "PRAGMA synchronous = FULL;"
                    "PRAGMA foreign_keys = ON;",
                    NULL, NULL, NULL) != SQLITE_OK ||
      !hd_text_register_sql_functions (self->db) ||
      !hd_light_register_sql (self->db) ||
      !register_replaying (self))
    {
      g_set_error (error, HD_STORE_ERROR, HD_STORE_ERROR_OPEN,
                   _("Could not prepare “%s” for use (%s). Check that the folder is writable."),
                   self->path, sqlite3_errmsg (self->db));
      return FALSE;
    }
  return TRUE;
}

HdStore *
hd_store_open_at (const char  *path,
                  GDateTime   *now,
                  GError     **error)
{
  return hd_store_open_with_progress (path, now, NULL, NULL, error);
}

int
hd_store_peek_version (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int version = -1;

  if (g_file_test (path, G_FILE_TEST_IS_REGULAR) &&
      sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK &&
      sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    version = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close_v2 (db);
  return version;
}

HdStore *
hd_store_open_with_progress (const char           *path,
                             GDateTime            *now,
                             HdStoreProgressFunc   progress_func,
                             gpointer              progress_data,
                             GError              **error)
{
  Progress progress = { progress_func, progress_data, 0, 0 };
  g_autoptr(HdStore) self = NULL;
  g_autofree char *dir = NULL;
  gboolean existed, is_new = FALSE;
  int version = 0;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (now != NULL, NULL);

  self = g_object_new (HD_TYPE_STORE, NULL);
  self->path = g_strdup (path);
  self->operator_name = default_operator_name ();

  existed = g_file_test (path, G_FILE_TEST_EXISTS);
  if (existed && g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, HD_STORE_ERROR, HD_STORE_ERROR_OPEN,
                   _("“%s” is a folder, not a database file. Choose a file."), path);
      return NULL;
    }
  dir = g_path_get_dirname (path);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      g_set_error (error, HD_STORE_ERROR, HD_STORE_ERROR_OPEN,
                   _("Could not create the folder “%s” (%s). Choose a database in a writable folder."),
                   dir, g_strerror (errno));
      return NULL;
    }

  if (sqlite3_open_v2 (path, &self->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) != SQLITE_OK)
    {
      g_set_error (error, HD_STORE_ERROR, HD_STORE_ERROR_OPEN,
                   _("Could not open “%s” (%s). Check that the file exists and that you may write to it."),
                   path, self->db ? sqlite3_errmsg (self->db) : g_strerror (ENOMEM));
      goto refused;
    }
  sqlite3_extended_result_codes (self->db, 1);
  sqlite3_busy_timeout (self->db, BUSY_TIMEOUT_MS);

  if (!inspect_header (self, &version, &is_new, error) ||
      !configure_connection (self, error))
    goto refused;

  self->schema_version = version;
  if (version < hd_schema_get_current_version () && !migrate (self, version, now, &progress, error))
    goto refused;

  return g_steal_pointer (&self);

refused:
  g_clear_pointer (&self->db, sqlite3_close_v2);
  /* Leave nothing behind for a path that did not exist before we were asked to open it. */
  if (!existed)
    g_unlink (path);
  return NULL;
}

HdStore *
hd_store_open_read_only (const char  *path,
                         GError     **error)
{
  g_autoptr(HdStore) self = NULL;
  gboolean is_new = FALSE;
  int version = 0;

  g_return_val_if_fail (path != NULL, NULL);

  self = g_object_new (HD_TYPE_STORE, NULL);
  self->path = g_strdup (path);
  self->operator_name = default_operator_name ();
  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, HD_STORE_ERROR, HD_STORE_ERROR_OPEN,
                   _("The database “%s” does not exist. Give the right file, or create one with “huodongban-cli new” or in the application."),
                   path);
      return NULL;
    }
  /* A connection that may write but is told not to (query_only) cleans up after itself: as the
   * last one to close it removes the -wal and -shm files it needed to read, as a read-only
   * connection cannot. Only a file we may not write is opened read-only. */
  if (sqlite3_open_v2 (path, &self->db, g_access (path, W_OK) == 0 ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY,
                       NULL) != SQLITE_OK)
    {
      g_set_error (error, HD_STORE_ERROR, HD_STORE_ERROR_OPEN,
                   _("Could not open “%s” (%s). Check that you may read the file."),
                   path, self->db ? sqlite3_errmsg (self->db) : g_strerror (ENOMEM));
      return NULL;
    }
  sqlite3_extended_result_codes (self->db, 1);
  sqlite3_busy_timeout (self->db, BUSY_TIMEOUT_MS);
  if (!inspect_header (self, &version, &is_new, error))
    return NULL;
  if (is_new)
    {
      g_set_error (error, HD_STORE_ERROR, HD_STORE_ERROR_NOT_DATABASE,
                   _("“%s” is empty: it holds no Huodongban database yet. It was left unchanged; create a database with “huodongban-cli new” or in the application."),
                   path);
      return NULL;
    }
  if (version < hd_schema_get_current_version ())
    {
      g_set_error (error, HD_STORE_ERROR, HD_STORE_ERROR_OLD_FORMAT,
                   _("“%s” is in the data format of an earlier version (%d; this version uses %d), and a command that only reads leaves it unchanged. Update it with “huodongban-cli upgrade”, or open it once in the application."),
                   path, version, hd_schema_get_current_version ());
      return NULL;
    }
  if (sqlite3_exec (self->db, "PRAGMA query_only = ON; PRAGMA foreign_keys = ON", NULL, NULL, NULL) != SQLITE_OK ||
      !hd_text_register_sql_functions (self->db) || !hd_light_register_sql (self->db) ||
      !register_replaying (self))
    {
      g_set_error (error, HD_STORE_ERROR, HD_STORE_ERROR_OPEN,
                   _("Could not prepare “%s” for use (%s)."), path, sqlite3_errmsg (self->db));
      return NULL;
    }
  self->schema_version = version;
  return g_steal_pointer (&self);
}

HdStore *
hd_store_open (const char  *path,
               GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return hd_store_open_at (path, now, error);
}

const char *
hd_store_get_path (HdStore *self)
{
  g_return_val_if_fail (HD_IS_STORE (self), NULL);
  return self->path;
}

sqlite3 *
hd_store_get_db (HdStore *self)
{
  g_return_val_if_fail (HD_IS_STORE (self), NULL);
  return self->db;
}

int
hd_store_get_schema_version (HdStore *self)
{
  g_return_val_if_fail (HD_IS_STORE (self), 0);
  return self->schema_version;
}

gboolean
hd_store_is_empty (HdStore *self)
{
  int n = 0;

  g_return_val_if_fail (HD_IS_STORE (self), FALSE);
  return query_int (self->db, "SELECT count(*) FROM (SELECT 1 FROM unit LIMIT 1)", &n) && n == 0;
}

const char *
hd_store_get_operator (HdStore *self)
{
  g_return_val_if_fail (HD_IS_STORE (self), NULL);
  return self->operator_name;
}

void
hd_store_set_operator (HdStore    *self,
                       const char *operator_name)
{
  g_return_if_fail (HD_IS_STORE (self));

  g_free (self->operator_name);
  if (operator_name != NULL && *operator_name != '\0')
    self->operator_name = g_strdup (operator_name);
  else
    self->operator_name = default_operator_name ();
}

/* Nested calls become savepoints, so a function that writes can be called inside a larger
 * transaction and still undo only its own part on failure. */
gboolean
hd_store_begin (HdStore  *self,
                GError  **error)
{
  g_autofree char *sql = NULL;

  g_return_val_if_fail (HD_IS_STORE (self), FALSE);

  sql = self->transaction_depth == 0
        ? g_strdup ("BEGIN IMMEDIATE")
        : g_strdup_printf ("SAVEPOINT hd_%u", self->transaction_depth);
  if (sqlite3_exec (self->db, sql, NULL, NULL, NULL) != SQLITE_OK)
    {
      hd_store_set_error (self, error, _("Starting a change"));
      return FALSE;
    }
  if (self->transaction_depth == 0)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      g_free (self->change_time);
      self->change_time = g_date_time_format (now, "%Y-%m-%dT%H:%M:%S%:z");
    }
  self->transaction_depth++;
  return TRUE;
}

gboolean
hd_store_commit (HdStore  *self,
                 GError  **error)
{
  g_autofree char *sql = NULL;

  g_return_val_if_fail (HD_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->transaction_depth > 0, FALSE);

  /* The answers the database keeps of what was written, before it is saved. */
  if (self->transaction_depth == 1 && (!hd_team_talks_refresh (self, error) || !hd_tally_refresh (self, error)))
    {
      hd_store_rollback (self);
      return FALSE;
    }
  sql = self->transaction_depth == 1
        ? g_strdup ("COMMIT")
        : g_strdup_printf ("RELEASE hd_%u", self->transaction_depth - 1);
  if (sqlite3_exec (self->db, sql, NULL, NULL, NULL) != SQLITE_OK)
    {
      hd_store_set_error (self, error, _("Saving the change"));
      hd_store_rollback (self);
      return FALSE;
    }
  self->transaction_depth--;
  return TRUE;
}

void
hd_store_rollback (HdStore *self)
{
  g_autofree char *sql = NULL;

  g_return_if_fail (HD_IS_STORE (self));
  g_return_if_fail (self->transaction_depth > 0);

  self->transaction_depth--;
  sql = self->transaction_depth == 0
        ? g_strdup ("ROLLBACK")
        : g_strdup_printf ("ROLLBACK TO hd_%u; RELEASE hd_%u",
                           self->transaction_depth, self->transaction_depth);
  sqlite3_exec (self->db, sql, NULL, NULL, NULL);
}

void
hd_store_end_reads (HdStore *self)
{
  g_return_if_fail (HD_IS_STORE (self));
  g_signal_emit (self, signals[READS_ENDING], 0);
}

gboolean
hd_store_in_transaction (HdStore *self)
{
  g_return_val_if_fail (HD_IS_STORE (self), FALSE);
  return self->transaction_depth > 0;
}

void
hd_store_bind_id_or_null (sqlite3_stmt *stmt,
                          int           column,
                          gint64        id)
{
  if (id != 0)
    sqlite3_bind_int64 (stmt, column, id);
  else
    sqlite3_bind_null (stmt, column);
}

char *
hd_store_column_dup (sqlite3_stmt *stmt,
                     int           column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

void
hd_store_bind_text_or_null (sqlite3_stmt *stmt,
                            int           column,
                            const char   *text)
{
  if (text != NULL)
    sqlite3_bind_text (stmt, column, text, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, column);
}

void
hd_store_bind_params (sqlite3_stmt  *stmt,
                      int            first,
                      const HdParam *params,
                      guint          n_params)
{
  for (guint i = 0; i < n_params; i++)
    {
      int column = first + (int) i;

      switch (params[i].type)
        {
        case HD_PARAM_INT:
          sqlite3_bind_int64 (stmt, column, params[i].number);
          break;
        case HD_PARAM_ID:
          hd_store_bind_id_or_null (stmt, column, params[i].number);
          break;
        case HD_PARAM_TEXT:
          hd_store_bind_text_or_null (stmt, column, params[i].text);
          break;
        default:
          g_assert_not_reached ();
        }
    }
}

gboolean
hd_store_run_params (HdStore        *self,
                     const char     *sql,
                     const HdParam  *params,
                     guint           n_params,
                     GError        **error)
{
  sqlite3_stmt *stmt = hd_store_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  hd_store_bind_params (stmt, 1, params, n_params);
  return hd_store_step_done (self, stmt, error);
}

/* Must be called inside the transaction that makes the change it records. */
gboolean
hd_store_log_change (HdStore     *self,
                     const char  *entity,
                     const char  *entity_uuid,
                     const char  *field,
                     const char  *old_value,
                     const char  *new_value,
                     GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HD_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->transaction_depth > 0, FALSE);

  stmt = hd_store_prepare (self,
                           "INSERT INTO change_log (at, operator, entity, entity_uuid, field, old_value, new_value)"
                           " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                           error);
  if (stmt == NULL)
    return FALSE;
  /* Every entry of one change carries the time the change began. */
  sqlite3_bind_text (stmt, 1, self->change_time, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, self->operator_name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, entity, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, entity_uuid, -1, SQLITE_TRANSIENT);
  hd_store_bind_text_or_null (stmt, 5, field);
  hd_store_bind_text_or_null (stmt, 6, old_value);
  hd_store_bind_text_or_null (stmt, 7, new_value);
  return hd_store_step_done (self, stmt, error);
}

gboolean
hd_store_backup_to (HdStore     *self,
                    const char  *dest_path,
                    GError     **error)
{
  g_return_val_if_fail (HD_IS_STORE (self), FALSE);
  return hd_backup_copy (self->db, dest_path, error);
}

char *
hd_store_get_backup_dir (HdStore *self)
{
  g_return_val_if_fail (HD_IS_STORE (self), NULL);
  return hd_backup_dir_for (self->path);
}

static gboolean
collect_first_text (sqlite3     *db,
                    const char  *sql,
                    const char  *good_answer,
                    char       **problem)
{
  sqlite3_stmt *stmt = NULL;
  gboolean ok = TRUE;
  int rc;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      *problem = g_strdup (sqlite3_errmsg (db));
      return FALSE;
    }
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      const char *answer = (const char *) sqlite3_column_text (stmt, 0);

      if (good_answer == NULL || g_strcmp0 (answer, good_answer) != 0)
        {
          ok = FALSE;
          /* foreign_key_check answers table, rowid, parent, fkid. */
          if (good_answer == NULL)
            *problem = g_strdup_printf (_("row %lld of table “%s” refers to a missing row of “%s”"),
                                        (long long) sqlite3_column_int64 (stmt, 1), answer,
                                        (const char *) sqlite3_column_text (stmt, 2));
          else
            *problem = g_strdup (answer);
        }
    }
  else if (rc != SQLITE_DONE)
    {
      ok = FALSE;
      *problem = g_strdup (sqlite3_errmsg (db));
    }
  sqlite3_finalize (stmt);
  return ok;
}

gboolean
hd_store_check (HdStore  *self,
                GError  **error)
{
  g_autofree char *problem = NULL;

  g_return_val_if_fail (HD_IS_STORE (self), FALSE);

  if (!collect_first_text (self->db, "PRAGMA integrity_check(1)", "ok", &problem) ||
      !collect_first_text (self->db, "PRAGMA foreign_key_check", NULL, &problem))
    {
      g_set_error (error, HD_STORE_ERROR, HD_STORE_ERROR_DAMAGED,
                   _("The database “%s” is damaged: %s. Restore the latest backup copy."),
                   self->path, problem);
      return FALSE;
    }
  return TRUE;
}
