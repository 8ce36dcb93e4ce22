/* hd-store.h — the embedded SQLite store: open, migrate, transactions, change log, backup. */
#pragma once

#include <gio/gio.h>
#include <sqlite3.h>

G_BEGIN_DECLS

#define HD_STORE_ERROR (hd_store_error_quark ())

typedef enum {
  HD_STORE_ERROR_OPEN,          /* the file cannot be opened or created */
  HD_STORE_ERROR_NOT_DATABASE,  /* not a Huodongban database, or corrupt */
  HD_STORE_ERROR_TOO_NEW,       /* written by a newer version of Huodongban */
  HD_STORE_ERROR_MIGRATE,       /* a migration failed; nothing was changed */
  HD_STORE_ERROR_BACKUP,        /* a backup could not be written */
  HD_STORE_ERROR_DAMAGED,       /* the integrity or foreign-key check failed */
  HD_STORE_ERROR_SQL,           /* any other SQLite failure */
  HD_STORE_ERROR_IN_USE,        /* another program has the database open */
  HD_STORE_ERROR_OLD_FORMAT,    /* opened to read only, in a data format to be updated first */
} HdStoreError;

/* Stored in the SQLite header (PRAGMA application_id): "HDB1". */
#define HD_STORE_APPLICATION_ID 0x48444231

#define HD_TYPE_STORE (hd_store_get_type ())
G_DECLARE_FINAL_TYPE (HdStore, hd_store, HD, STORE, GObject)

GQuark       hd_store_error_quark         (void);

char        *hd_store_default_path        (void);
HdStore     *hd_store_open                (const char  *path,
                                           GError     **error);
HdStore     *hd_store_open_at             (const char  *path,
                                           GDateTime   *now,
                                           GError     **error);
/* Reports a step of a long open (an update of the data format): @done steps of @total are done
 * and @step (translated) begins. Called in the thread that opens. */
typedef void (*HdStoreProgressFunc) (const char *step,
                                     guint       done,
                                     guint       total,
                                     gpointer    user_data);
/* As hd_store_open_at, reporting the steps of an update to @progress_func. */
HdStore     *hd_store_open_with_progress  (const char           *path,
                                           GDateTime            *now,
                                           HdStoreProgressFunc   progress_func,
                                           gpointer              progress_data,
                                           GError              **error);
/* The data format of the database at @path, read without changing it; -1 when it cannot be read
 * (missing, or not a database), 0 for an empty file. */
int          hd_store_peek_version        (const char  *path);
/* Opens an existing database of the current data format to read, never creating or changing a
 * file: a missing or empty file, or one in an earlier format, is refused with the reason. */
HdStore     *hd_store_open_read_only      (const char  *path,
                                           GError     **error);

const char  *hd_store_get_path            (HdStore     *self);
sqlite3     *hd_store_get_db              (HdStore     *self);
int          hd_store_get_schema_version  (HdStore     *self);
gboolean     hd_store_is_empty            (HdStore     *self);

const char  *hd_store_get_operator        (HdStore     *self);
void         hd_store_set_operator        (HdStore     *self,
                                           const char  *operator_name);

/* One cached statement per SQL text (pass a string literal: the pointer is the key), handed out
 * reset and unbound. Reset it when done reading, or it keeps a read transaction open; and do not
 * call anything that prepares the same SQL while stepping it. */
sqlite3_stmt *hd_store_prepare            (HdStore     *self,
                                           const char  *sql,
                                           GError     **error);
/* The same for SQL put together at run time from our own constant pieces (a table's name): the
 * text is interned, so each distinct statement is prepared once. Never for user text. */
sqlite3_stmt *hd_store_prepare_dynamic    (HdStore     *self,
                                           const char  *sql,
                                           GError     **error);
gboolean     hd_store_exec                (HdStore     *self,
                                           const char  *sql,
                                           GError     **error);
gboolean     hd_store_step_done           (HdStore      *self,
                                           sqlite3_stmt *stmt,
                                           GError      **error);
void         hd_store_set_error           (HdStore     *self,
                                           GError     **error,
                                           const char  *what);
/* Bind @id to @column, or NULL for 0: ids start at 1, so 0 stands for none. */
void         hd_store_bind_id_or_null     (sqlite3_stmt *stmt,
                                           int           column,
                                           gint64        id);
/* A copy of the text of @column of the row @stmt stands on; NULL for NULL. */
char        *hd_store_column_dup          (sqlite3_stmt *stmt,
                                           int           column);
/* Bind a copy of @text to @column, or NULL for a NULL @text. */
void         hd_store_bind_text_or_null   (sqlite3_stmt *stmt,
                                           int           column,
                                           const char   *text);

/* One value for a statement's parameter, bound by hd_store_bind_params(). */
typedef enum {
  HD_PARAM_INT,    /* @number */
  HD_PARAM_ID,     /* @number, NULL for 0 (hd_store_bind_id_or_null()) */
  HD_PARAM_TEXT,   /* a copy of @text, NULL for NULL */
} HdParamType;

typedef struct {
  HdParamType  type;
  gint64       number;
  const char  *text;
} HdParam;

#define HD_INT(n)  ((HdParam) { HD_PARAM_INT, (n), NULL })
#define HD_ID(n)   ((HdParam) { HD_PARAM_ID, (n), NULL })
#define HD_TEXT(s) ((HdParam) { HD_PARAM_TEXT, 0, (s) })
/* The values given, as the array and its length that the binders take:
 * HD_PARAMS (HD_ID (unit_id), HD_TEXT (name)). */
#define HD_PARAMS(...) \
  ((const HdParam[]) { __VA_ARGS__ }), G_N_ELEMENTS (((const HdParam[]) { __VA_ARGS__ }))

/* Binds @params in turn to the parameters from @first on. */
void         hd_store_bind_params         (sqlite3_stmt  *stmt,
                                           int            first,
                                           const HdParam *params,
                                           guint          n_params);
/* Runs @sql (a string literal: see hd_store_prepare()), a statement that yields no row, with
 * @params bound from ?1 on. */
gboolean     hd_store_run_params          (HdStore       *self,
                                           const char    *sql,
                                           const HdParam *params,
                                           guint          n_params,
                                           GError       **error);

/* While an edit is undone or redone (hd-edit.c): the SQL function hd_replaying () answers 1, so
 * that a trigger guarding a rule against the clerk (a notice is never deleted) lets the edit's
 * own rows be put back as they were. */
void         hd_store_set_replaying       (HdStore     *self,
                                           gboolean     replaying);
gboolean     hd_store_begin               (HdStore     *self,
                                           GError     **error);
gboolean     hd_store_commit              (HdStore     *self,
                                           GError     **error);
void         hd_store_rollback            (HdStore     *self);
gboolean     hd_store_in_transaction      (HdStore     *self);
/* Another connection committed: a read left open across main-loop iterations (HdQueryModel)
 * keeps this connection on the snapshot it began with, and every read here would miss the
 * commit. Emits ::reads-ending, on which such a reader finishes on its snapshot and lets it go;
 * the next read sees the commit. */
void         hd_store_end_reads           (HdStore     *self);

gboolean     hd_store_log_change          (HdStore     *self,
                                           const char  *entity,
                                           const char  *entity_uuid,
                                           const char  *field,
                                           const char  *old_value,
                                           const char  *new_value,
                                           GError     **error);

gboolean     hd_store_backup_to           (HdStore     *self,
                                           const char  *dest_path,
                                           GError     **error);
char        *hd_store_get_backup_dir      (HdStore     *self);
gboolean     hd_store_check               (HdStore     *self,
                                           GError     **error);

G_END_DECLS
