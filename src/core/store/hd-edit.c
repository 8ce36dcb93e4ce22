/* hd-edit.c — edits recorded as row images: the change log and undo/redo from one mechanism.
 *
 * A row image is the row's column values (sqlite3_value copies) read with SELECT *; restoring an
 * image writes them back. Tables named here come from our own code, never from user text.
 */
#include <glib/gi18n-lib.h>

#include "store/hd-edit.h"
#include "store/hd-uuid.h"

typedef struct {
  guint           n_columns;
  char          **names;     /* NULL-terminated */
  sqlite3_value **values;
} RowImage;

typedef struct {
  char     *table;
  gint64    id;
  RowImage *before;          /* NULL: the edit created the row */
  RowImage *after;           /* NULL: the edit deleted the row */
} TouchedRow;

struct _HdEdit
{
  HdStore    *store;
  char       *label;
  GPtrArray  *rows;          /* TouchedRow, in the order they were touched */
  GHashTable *seen;          /* "table:id" */
};

struct _HdHistory
{
  GObject   parent_instance;

  HdStore  *store;
  guint     depth;
  GQueue    undo;            /* HdEdit, newest at the head */
  GQueue    redo;
};

G_DEFINE_QUARK (hd-edit-error-quark, hd_edit_error)

G_DEFINE_FINAL_TYPE (HdHistory, hd_history, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
row_image_free (RowImage *image)
{
  if (image == NULL)
    return;
  for (guint i = 0; i < image->n_columns; i++)
    sqlite3_value_free (image->values[i]);
  g_free (image->values);
  g_strfreev (image->names);
  g_free (image);
}

static void
touched_row_free (TouchedRow *row)
{
  row_image_free (row->before);
  row_image_free (row->after);
  g_free (row->table);
  g_free (row);
}

static void
edit_free (HdEdit *edit)
{
  g_clear_object (&edit->store);
  g_free (edit->label);
  g_ptr_array_unref (edit->rows);
  g_clear_pointer (&edit->seen, g_hash_table_unref);
  g_free (edit);
}

static gboolean
is_identifier (const char *name)
{
  if (name == NULL || *name == '\0')
    return FALSE;
  for (const char *p = name; *p; p++)
    if (!g_ascii_islower (*p) && *p != '_')
      return FALSE;
  return TRUE;
}

/* The row as it is now; *image is NULL when there is no such row. */
static gboolean
capture_row (HdStore     *store,
             const char  *table,
             gint64       id,
             RowImage   **image,
             GError     **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT * FROM %s WHERE id = ?1", table);
  sqlite3_stmt *stmt;
  int rc;

  *image = NULL;
  stmt = hd_store_prepare_dynamic (store, sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      RowImage *row = g_new0 (RowImage, 1);

      row->n_columns = (guint) sqlite3_column_count (stmt);
      row->names = g_new0 (char *, row->n_columns + 1);
      row->values = g_new0 (sqlite3_value *, row->n_columns);
      for (guint i = 0; i < row->n_columns; i++)
        {
          row->names[i] = g_strdup (sqlite3_column_name (stmt, (int) i));
          row->values[i] = sqlite3_value_dup (sqlite3_column_value (stmt, (int) i));
        }
      *image = row;
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      hd_store_set_error (store, error, _("Reading the database"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
values_equal (sqlite3_value *a,
              sqlite3_value *b)
{
  int type = sqlite3_value_type (a);

  if (type != sqlite3_value_type (b))
    return FALSE;
  switch (type)
    {
    case SQLITE_NULL:
      return TRUE;
    case SQLITE_INTEGER:
      return sqlite3_value_int64 (a) == sqlite3_value_int64 (b);
    case SQLITE_FLOAT:
      return sqlite3_value_double (a) == sqlite3_value_double (b);
    default:
      /* An empty text or blob may come back as a NULL pointer, which memcmp must not see. */
      return sqlite3_value_bytes (a) == sqlite3_value_bytes (b) &&
             (sqlite3_value_bytes (a) == 0 ||
              memcmp (sqlite3_value_blob (a), sqlite3_value_blob (b), (size_t) sqlite3_value_bytes (a)) == 0);
    }
}

static gboolean
images_equal (RowImage *a,
              RowImage *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  if (a->n_columns != b->n_columns)
    return FALSE;
  for (guint i = 0; i < a->n_columns; i++)
    if (!values_equal (a->values[i], b->values[i]))
      return FALSE;
  return TRUE;
}

static const char *
image_text (RowImage   *image,
            guint       column)
{
  if (image == NULL || sqlite3_value_type (image->values[column]) == SQLITE_NULL)
    return NULL;
  return (const char *) sqlite3_value_text (image->values[column]);
}

static const char *
image_uuid (RowImage *image)
{
  for (guint i = 0; image != NULL && i < image->n_columns; i++)
    if (g_str_equal (image->names[i], "uuid"))
      return image_text (image, i);
  return NULL;
}

/* One change-log entry per column that differs between @from and @to (either may be NULL:
 * the row was created or deleted). */
static gboolean
log_row_change (HdStore     *store,
                const char  *table,
                RowImage    *from,
                RowImage    *to,
                GError     **error)
{
  RowImage *shape = to != NULL ? to : from;
  const char *uuid = image_uuid (shape);

  if (images_equal (from, to))
    return TRUE;
  for (guint i = 0; i < shape->n_columns; i++)
    {
      const char *column = shape->names[i];

      if (g_str_equal (column, "id") || g_str_equal (column, "uuid"))
        continue;
      if (from != NULL && to != NULL && values_equal (from->values[i], to->values[i]))
        continue;
      if (!hd_store_log_change (store, table, uuid != NULL ? uuid : "", column,
                                image_text (from, i), image_text (to, i), error))
        return FALSE;
    }
  return TRUE;
}

/* Makes the row (@table, @id) look like @image: deletes it for NULL, else inserts or replaces. */
static gboolean
restore_row (HdStore     *store,
             const char  *table,
             gint64       id,
             RowImage    *image,
             GError     **error)
{
  g_autoptr(GString) sql = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (image == NULL)
    {
      g_string_printf (sql, "DELETE FROM %s WHERE id = ?1", table);
      stmt = hd_store_prepare_dynamic (store, sql->str, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
    }
  else
    {
      /* An UPSERT rather than REPLACE: REPLACE would delete the row first and fire the
       * ON DELETE actions of rows that refer to it. */
      g_string_printf (sql, "INSERT INTO %s (", table);
      for (guint i = 0; i < image->n_columns; i++)
        g_string_append_printf (sql, "%s%s", i ? ", " : "", image->names[i]);
      g_string_append (sql, ") VALUES (");
      for (guint i = 0; i < image->n_columns; i++)
        g_string_append_printf (sql, "%s?%u", i ? ", " : "", i + 1);
      g_string_append (sql, ") ON CONFLICT (id) DO UPDATE SET ");
      for (guint i = 0, n = 0; i < image->n_columns; i++)
        if (!g_str_equal (image->names[i], "id"))
          g_string_append_printf (sql, "%s%s = excluded.%s", n++ ? ", " : "",
                                  image->names[i], image->names[i]);
      stmt = hd_store_prepare_dynamic (store, sql->str, error);
      if (stmt == NULL)
        return FALSE;
      for (guint i = 0; i < image->n_columns; i++)
        sqlite3_bind_value (stmt, (int) i + 1, image->values[i]);
    }

  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    return TRUE;
  hd_store_set_error (store, error, _("Writing to the database"));
  return FALSE;
}

HdEdit *
hd_edit_begin (HdStore     *store,
               const char  *label,
               GError     **error)
{
  HdEdit *edit;

  g_return_val_if_fail (HD_IS_STORE (store), NULL);

  if (!hd_store_begin (store, error))
    return NULL;
  edit = g_new0 (HdEdit, 1);
  edit->store = g_object_ref (store);
  edit->label = g_strdup (label);
  edit->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) touched_row_free);
  edit->seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  return edit;
}

HdStore *
hd_edit_get_store (HdEdit *edit)
{
  g_return_val_if_fail (edit != NULL, NULL);
  return edit->store;
}

static gboolean
touch (HdEdit      *edit,
       const char  *table,
       gint64       id,
       gboolean     is_new,
       GError     **error)
{
  g_autofree char *key = g_strdup_printf ("%s:%" G_GINT64_FORMAT, table, id);
  TouchedRow *row;

  g_return_val_if_fail (edit != NULL, FALSE);
  g_return_val_if_fail (is_identifier (table), FALSE);

  if (g_hash_table_contains (edit->seen, key))
    return TRUE;

  row = g_new0 (TouchedRow, 1);
  row->table = g_strdup (table);
  row->id = id;
  if (!is_new && !capture_row (edit->store, table, id, &row->before, error))
    {
      touched_row_free (row);
      return FALSE;
    }
  g_ptr_array_add (edit->rows, row);
  g_hash_table_add (edit->seen, g_steal_pointer (&key));
  return TRUE;
}

gboolean
hd_edit_touch (HdEdit      *edit,
               const char  *table,
               gint64       id,
               GError     **error)
{
  return touch (edit, table, id, FALSE, error);
}

gboolean
hd_edit_touch_new (HdEdit      *edit,
                   const char  *table,
                   gint64       id,
                   GError     **error)
{
  return touch (edit, table, id, TRUE, error);
}

sqlite3_stmt *
hd_edit_prepare_insert (HdEdit      *edit,
                        const char  *sql,
                        GError     **error)
{
  sqlite3_stmt *stmt = hd_store_prepare (hd_edit_get_store (edit), sql, error);

  if (stmt != NULL)
    sqlite3_bind_text (stmt, 1, hd_uuid_new (), -1, g_free);
  return stmt;
}

gboolean
hd_edit_insert (HdEdit        *edit,
                const char    *table,
                sqlite3_stmt  *stmt,
                gint64        *id,
                GError       **error)
{
  HdStore *store = hd_edit_get_store (edit);
  sqlite3 *db = hd_store_get_db (store);
  gint64 new_id = 0;

  if (!hd_store_step_done (store, stmt, error))
    return FALSE;
  if (sqlite3_changes (db) > 0)
    new_id = sqlite3_last_insert_rowid (db);
  if (id != NULL)
    *id = new_id;
  return new_id == 0 || hd_edit_touch_new (edit, table, new_id, error);
}

gboolean
hd_edit_insert_params (HdEdit         *edit,
                       const char     *table,
                       const char     *sql,
                       const HdParam  *params,
                       guint           n_params,
                       gint64         *id,
                       GError        **error)
{
  sqlite3_stmt *stmt = hd_edit_prepare_insert (edit, sql, error);

  if (stmt == NULL)
    return FALSE;
  hd_store_bind_params (stmt, 2, params, n_params);
  return hd_edit_insert (edit, table, stmt, id, error);
}

gboolean
hd_edit_update_params (HdEdit         *edit,
                       const char     *table,
                       gint64          id,
                       const char     *sql,
                       const HdParam  *params,
                       guint           n_params,
                       GError        **error)
{
  HdStore *store = hd_edit_get_store (edit);
  sqlite3_stmt *stmt;

  if (!hd_edit_touch (edit, table, id, error) || (stmt = hd_store_prepare (store, sql, error)) == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  hd_store_bind_params (stmt, 2, params, n_params);
  return hd_store_step_done (store, stmt, error);
}

gboolean
hd_edit_update_row (HdEdit      *edit,
                    const char  *table,
                    gint64       id,
                    const char  *sql,
                    gint64       value,
                    GError     **error)
{
  return hd_edit_update_params (edit, table, id, sql, HD_PARAMS (HD_INT (value)), error);
}

gboolean
hd_edit_update_row_text (HdEdit      *edit,
                         const char  *table,
                         gint64       id,
                         const char  *sql,
                         const char  *value,
                         GError     **error)
{
  return hd_edit_update_params (edit, table, id, sql, HD_PARAMS (HD_TEXT (value)), error);
}

gboolean
hd_edit_delete_rows (HdEdit      *edit,
                     const char  *table,
                     const char  *select_ids,
                     gint64       key,
                     guint       *n_deleted,
                     GError     **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *delete_sql = NULL;
  sqlite3 *db = hd_store_get_db (edit->store);
  sqlite3_stmt *stmt = NULL;
  int rc;

  g_return_val_if_fail (is_identifier (table), FALSE);

  if (sqlite3_prepare_v2 (db, select_ids, -1, &stmt, NULL) != SQLITE_OK)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, key);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  sqlite3_finalize (stmt);
  stmt = NULL;
  if (rc != SQLITE_DONE)
    goto failed;

  delete_sql = g_strdup_printf ("DELETE FROM %s WHERE id = ?1", table);
  if (sqlite3_prepare_v2 (db, delete_sql, -1, &stmt, NULL) != SQLITE_OK)
    goto failed;
  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);

      if (!hd_edit_touch (edit, table, id, error))
        {
          sqlite3_finalize (stmt);
          return FALSE;
        }
      sqlite3_bind_int64 (stmt, 1, id);
      rc = sqlite3_step (stmt);
      sqlite3_reset (stmt);
      if (rc != SQLITE_DONE)
        goto failed;
    }
  sqlite3_finalize (stmt);
  if (n_deleted != NULL)
    *n_deleted = ids->len;
  return TRUE;

failed:
  sqlite3_finalize (stmt);
  hd_store_set_error (edit->store, error, _("Deleting records"));
  return FALSE;
}

void
hd_edit_abort (HdEdit *edit)
{
  if (edit == NULL)
    return;
  hd_store_rollback (edit->store);
  edit_free (edit);
}

static void history_push (HdHistory *self, HdEdit *edit);

gboolean
hd_edit_finish (HdEdit     *edit,
                HdHistory  *history,
                gboolean    ok,
                GError    **error)
{
  if (!ok)
    {
      hd_edit_abort (edit);
      return FALSE;
    }
  return hd_edit_commit (edit, history, error);
}

gboolean
hd_edit_commit (HdEdit     *edit,
                HdHistory  *history,
                GError    **error)
{
  g_return_val_if_fail (edit != NULL, FALSE);

  for (guint i = 0; i < edit->rows->len; i++)
    {
      TouchedRow *row = g_ptr_array_index (edit->rows, i);

      if (!capture_row (edit->store, row->table, row->id, &row->after, error) ||
          !log_row_change (edit->store, row->table, row->before, row->after, error))
        goto failed;
    }
  if (!hd_store_commit (edit->store, error))
    {
      edit_free (edit);
      return FALSE;
    }

  g_clear_pointer (&edit->seen, g_hash_table_unref);
  if (history != NULL)
    history_push (history, edit);
  else
    edit_free (edit);
  return TRUE;

failed:
  hd_edit_abort (edit);
  return FALSE;
}

/* Takes the rows of @edit from one side's images to the other's, after checking that nobody
 * changed them since. Undo walks the rows backwards, redo forwards. */
static gboolean
replay (HdEdit    *edit,
        gboolean   backwards,
        GError   **error)
{
  HdStore *store = edit->store;
  guint n = edit->rows->len;

  if (!hd_store_begin (store, error))
    return FALSE;
  hd_store_set_replaying (store, TRUE);
  /* Rows are restored one at a time; their references are whole again only at the end. */
  if (!hd_store_exec (store, "PRAGMA defer_foreign_keys = ON", error))
    goto failed;

  for (guint k = 0; k < n; k++)
    {
      TouchedRow *row = g_ptr_array_index (edit->rows, backwards ? n - 1 - k : k);
      RowImage *expected = backwards ? row->after : row->before;
      RowImage *wanted = backwards ? row->before : row->after;
      RowImage *current = NULL;
      gboolean unchanged;

      if (!capture_row (store, row->table, row->id, &current, error))
        goto failed;
      unchanged = images_equal (current, expected);
      row_image_free (current);
      if (!unchanged)
        {
          g_set_error (error, HD_EDIT_ERROR, HD_EDIT_ERROR_CHANGED_SINCE,
                       _("“%s” cannot be undone or redone: the same records were changed again since. Make the change by hand."),
                       edit->label);
          goto failed;
        }
      if (!restore_row (store, row->table, row->id, wanted, error) ||
          !log_row_change (store, row->table, expected, wanted, error))
        goto failed;
    }
  hd_store_set_replaying (store, FALSE);
  return hd_store_commit (store, error);

failed:
  hd_store_set_replaying (store, FALSE);
  hd_store_rollback (store);
  return FALSE;
}

static void
hd_history_dispose (GObject *object)
{
  HdHistory *self = HD_HISTORY (object);

  g_queue_clear_full (&self->undo, (GDestroyNotify) edit_free);
  g_queue_clear_full (&self->redo, (GDestroyNotify) edit_free);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (hd_history_parent_class)->dispose (object);
}

static void
hd_history_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  HdHistory *self = HD_HISTORY (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, hd_history_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, hd_history_can_redo (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hd_history_class_init (HdHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = hd_history_dispose;
  object_class->get_property = hd_history_get_property;

  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Emitted after an edit was made, undone or redone: views reread what they show. */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
hd_history_init (HdHistory *self)
{
  g_queue_init (&self->undo);
  g_queue_init (&self->redo);
}

HdHistory *
hd_history_new (HdStore *store,
                guint    depth)
{
  HdHistory *self;

  g_return_val_if_fail (HD_IS_STORE (store), NULL);
  g_return_val_if_fail (depth > 0, NULL);

  self = g_object_new (HD_TYPE_HISTORY, NULL);
  self->store = g_object_ref (store);
  self->depth = depth;
  return self;
}

static void
notify_both (HdHistory *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
history_push (HdHistory *self,
              HdEdit    *edit)
{
  g_queue_push_head (&self->undo, edit);
  while (self->undo.length > self->depth)
    edit_free (g_queue_pop_tail (&self->undo));
  g_queue_clear_full (&self->redo, (GDestroyNotify) edit_free);
  notify_both (self);
}

gboolean
hd_history_take_newest (HdHistory  *self,
                        HdHistory  *from)
{
  HdEdit *edit;

  g_return_val_if_fail (HD_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (HD_IS_HISTORY (from), FALSE);
  g_return_val_if_fail (g_strcmp0 (hd_store_get_path (self->store), hd_store_get_path (from->store)) == 0, FALSE);

  edit = g_queue_pop_head (&from->undo);
  if (edit == NULL)
    return FALSE;
  notify_both (from);
  g_set_object (&edit->store, self->store);
  /* The edit was committed on @from's connection: this one lets its open reads go first, so
   * whoever rebuilds a list on ::changed reads the edit. */
  hd_store_end_reads (self->store);
  history_push (self, edit);
  return TRUE;
}

gboolean
hd_history_can_undo (HdHistory *self)
{
  g_return_val_if_fail (HD_IS_HISTORY (self), FALSE);
  return self->undo.length > 0;
}

gboolean
hd_history_can_redo (HdHistory *self)
{
  g_return_val_if_fail (HD_IS_HISTORY (self), FALSE);
  return self->redo.length > 0;
}

const char *
hd_history_get_undo_label (HdHistory *self)
{
  HdEdit *edit;

  g_return_val_if_fail (HD_IS_HISTORY (self), NULL);
  edit = g_queue_peek_head (&self->undo);
  return edit != NULL ? edit->label : NULL;
}

const char *
hd_history_get_redo_label (HdHistory *self)
{
  HdEdit *edit;

  g_return_val_if_fail (HD_IS_HISTORY (self), NULL);
  edit = g_queue_peek_head (&self->redo);
  return edit != NULL ? edit->label : NULL;
}

static gboolean
move_between (HdHistory  *self,
              GQueue     *from,
              GQueue     *to,
              gboolean    backwards,
              GError    **error)
{
  HdEdit *edit = g_queue_peek_head (from);

  if (edit == NULL)
    {
      g_set_error_literal (error, HD_EDIT_ERROR, HD_EDIT_ERROR_NOTHING_TO_UNDO,
                           backwards ? _("There is nothing to undo.") : _("There is nothing to redo."));
      return FALSE;
    }
  if (!replay (edit, backwards, error))
    return FALSE;
  g_queue_push_head (to, g_queue_pop_head (from));
  notify_both (self);
  return TRUE;
}

gboolean
hd_history_undo (HdHistory  *self,
                 GError    **error)
{
  g_return_val_if_fail (HD_IS_HISTORY (self), FALSE);
  return move_between (self, &self->undo, &self->redo, TRUE, error);
}

gboolean
hd_history_redo (HdHistory  *self,
                 GError    **error)
{
  g_return_val_if_fail (HD_IS_HISTORY (self), FALSE);
  return move_between (self, &self->redo, &self->undo, FALSE, error);
}
