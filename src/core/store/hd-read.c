/* hd-read.c */
#include <glib/gi18n-lib.h>

#include "store/hd-read.h"

static sqlite3_stmt *
prepare_for_id (HdStore     *store,
                const char  *sql,
                gint64       id,
                const char  *reading,
                GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HD_IS_STORE (store), NULL);
  g_return_val_if_fail (sql != NULL && reading != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = hd_store_prepare (store, sql, error);
  if (stmt != NULL)
    sqlite3_bind_int64 (stmt, 1, id);
  return stmt;
}

void
hd_read_row_text (sqlite3_stmt *stmt,
                  gpointer      data)
{
  *(char **) data = hd_store_column_dup (stmt, 0);
}

gboolean
hd_read_one (HdStore            *store,
             const char         *sql,
             gint64              id,
             HdReadRowFunc       read_row,
             gpointer            data,
             HdReadMissingFunc   set_missing,
             const char         *reading,
             GError            **error)
{
  sqlite3_stmt *stmt = prepare_for_id (store, sql, id, reading, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      if (read_row != NULL)
        read_row (stmt, data);
    }
  else if (rc != SQLITE_DONE)
    hd_store_set_error (store, error, _(reading));
  else if (set_missing != NULL)
    set_missing (error, id);
  sqlite3_reset (stmt);
  return rc == SQLITE_ROW;
}

gboolean
hd_read_each (HdStore        *store,
              const char     *sql,
              gint64          id,
              HdReadRowFunc   read_row,
              gpointer        data,
              const char     *reading,
              GError        **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (read_row != NULL, FALSE);

  stmt = prepare_for_id (store, sql, id, reading, error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    read_row (stmt, data);
  if (rc != SQLITE_DONE)
    hd_store_set_error (store, error, _(reading));
  sqlite3_reset (stmt);
  return rc == SQLITE_DONE;
}

/* Steps @sql once with @a bound to ?1 and @b to ?2 (where it has one); a failing step counts as
 * no row. Sets @found and, when there is a row, @first from its first column. */
static gboolean
read_first (HdStore     *store,
            const char  *sql,
            gint64       a,
            gint64       b,
            gboolean    *found,
            gint64      *first,
            GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HD_IS_STORE (store), FALSE);
  g_return_val_if_fail (sql != NULL, FALSE);

  stmt = hd_store_prepare (store, sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, a);
  if (sqlite3_bind_parameter_count (stmt) >= 2)
    sqlite3_bind_int64 (stmt, 2, b);
  *found = sqlite3_step (stmt) == SQLITE_ROW;
  if (*found)
    *first = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return TRUE;
}

gboolean
hd_read_has_row (HdStore     *store,
                 const char  *sql,
                 gint64       id,
                 gboolean    *found,
                 GError     **error)
{
  gint64 first;

  g_return_val_if_fail (found != NULL, FALSE);
  return read_first (store, sql, id, 0, found, &first, error);
}

gboolean
hd_read_id (HdStore     *store,
            const char  *sql,
            gint64       a,
            gint64       b,
            gint64      *id,
            GError     **error)
{
  gboolean found;

  g_return_val_if_fail (id != NULL, FALSE);
  *id = 0;
  return read_first (store, sql, a, b, &found, id, error);
}

gboolean
hd_read_flag (HdStore     *store,
              const char  *sql,
              gboolean    *flag,
              GError     **error)
{
  sqlite3_stmt *stmt = hd_store_prepare (store, sql, error);

  if (stmt == NULL)
    return FALSE;
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      hd_store_set_error (store, error, _("Reading the database"));
      return FALSE;
    }
  *flag = sqlite3_column_int (stmt, 0) != 0;
  sqlite3_reset (stmt);
  return TRUE;
}
