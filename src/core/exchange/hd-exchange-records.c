/* hd-exchange-records.c */
#include <glib/gi18n-lib.h>

#include "exchange/hd-exchange-records.h"

static const HdPackageField *
belongs_to_field (HdPackageKind kind)
{
  const HdPackageKindInfo *info = hd_package_kind_info (kind);

  return info->belongs_to != NULL ? hd_package_kind_field (kind, info->belongs_to) : NULL;
}

HdPackageKind
hd_exchange_issued_root (HdPackageKind kind)
{
  while (kind != HD_PACKAGE_UNIT)
    {
      const HdPackageKindInfo *info = hd_package_kind_info (kind);

      if (info->owner == HD_OWNER_ISSUED)
        return kind;
      if (info->owner == HD_OWNER_SUBTREE)
        break;
      kind = belongs_to_field (kind)->refers_to;
    }
  return HD_PACKAGE_DELETED;
}

/* Appends to @from the joins from the row (alias t0) up to its unit; sets @path_expr to the
 * unit's path and @issuer (unless NULL) to the alias of the issued record it belongs to. */
static void
append_chain (GString        *from,
              HdPackageKind   kind,
              GString        *path_expr,
              GString        *issuer)
{
  g_string_append_printf (from, " FROM %s t0", hd_package_kind_info (kind)->table);
  for (guint depth = 0;; depth++)
    {
      const HdPackageKindInfo *info = hd_package_kind_info (kind);
      const HdPackageField *field;

      if (kind == HD_PACKAGE_UNIT)
        {
          g_string_printf (path_expr, "t%u.path", depth);
          return;
        }
      if (issuer != NULL && info->owner == HD_OWNER_ISSUED)
        g_string_printf (issuer, "t%u", depth);
      /* A reply is the notice's row, and lies where the notice's unit does. */
      field = belongs_to_field (kind == HD_PACKAGE_NOTICE_REPLY ? HD_PACKAGE_NOTICE : kind);
      if (field->refers_to == HD_PACKAGE_UNIT)
        {
          g_string_append_printf (from, " JOIN unit u ON u.id = t%u.%s", depth, field->column);
          g_string_assign (path_expr, "u.path");
          return;
        }
      g_string_append_printf (from, " JOIN %s t%u ON t%u.id = t%u.%s",
                              hd_package_kind_info (field->refers_to)->table, depth + 1,
                              depth + 1, depth, field->column);
      kind = field->refers_to;
    }
}

static void
set_field (HdPackageRecord       *record,
           const HdPackageField  *field,
           sqlite3_stmt          *stmt,
           int                    column)
{
  const char *text;

  if (sqlite3_column_type (stmt, column) == SQLITE_NULL)
    return;
  text = (const char *) sqlite3_column_text (stmt, column);
  switch (field->type)
    {
    case HD_VALUE_BOOLEAN:
      hd_package_record_set (record, field->name, sqlite3_column_int (stmt, column) ? "true" : "false");
      break;
    case HD_VALUE_CHOICE:
      {
        int index = sqlite3_column_int (stmt, column);

        /* A number this program has no token for is left out, as a value only a newer
         * program writes. */
        if (index >= 0 && index < (int) g_strv_length ((char **) field->tokens))
          hd_package_record_set (record, field->name, field->tokens[index]);
      }
      break;
    case HD_VALUE_TEXT:
    case HD_VALUE_INTEGER:
    case HD_VALUE_REFERENCE:
    default:
      hd_package_record_set (record, field->name, text);
      break;
    }
}

gboolean
hd_exchange_add_records (HdStore                   *store,
                         HdPackage                 *package,
                         HdPackageKind              kind,
                         const HdExchangeSelection *selection,
                         guint                     *n_added,
                         GError                   **error)
{
  const HdPackageKindInfo *info = hd_package_kind_info (kind);
  g_autoptr(GString) sql = g_string_new ("SELECT ");
  g_autoptr(GString) from = g_string_new (NULL);
  g_autoptr(GString) path = g_string_new (NULL);
  g_autoptr(GString) issuer = g_string_new (NULL);
  g_autoptr(GPtrArray) fields = g_ptr_array_new ();
  sqlite3_stmt *stmt;
  guint n = 0;
  int rc;

  g_return_val_if_fail (kind < HD_PACKAGE_DELETED, FALSE);

  for (const HdPackageField *f = info->fields; f->name != NULL; f++)
    {
      if (f->confidential && !selection->confidential)
        continue;
      if (fields->len > 0)
        g_string_append (sql, ", ");
      if (f->type == HD_VALUE_REFERENCE)
        g_string_append_printf (sql, "(SELECT uuid FROM %s WHERE id = t0.%s)",
                                hd_package_kind_info (f->refers_to)->table, f->column);
      else
        g_string_append_printf (sql, "t0.%s", f->column);
      g_ptr_array_add (fields, (gpointer) f);
    }
  append_chain (from, kind, path, issuer);
  g_string_append (sql, from->str);
  g_string_append_printf (sql, " WHERE %s >= ?1 AND %s < ?2", path->str, path->str);
  if (issuer->len > 0)
    g_string_append_printf (sql, " AND NOT EXISTS (SELECT 1 FROM exchange_owner o"
                                 " WHERE o.uuid = %s.uuid AND o.office_id = ?3)", issuer->str);
  if (kind == HD_PACKAGE_NOTICE_REPLY)
    g_string_append (sql, " AND (t0.replied IS NOT NULL OR t0.reply <> '')");
  if (selection->changed_after >= 0)
    g_string_append_printf (sql, " AND t0.uuid IN (SELECT entity_uuid FROM change_log"
                                 " WHERE id > ?4 AND entity = '%s')", info->table);
  g_string_append (sql, kind == HD_PACKAGE_UNIT ? " ORDER BY t0.path" : " ORDER BY t0.id");

  stmt = hd_store_prepare_dynamic (store, sql->str, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, selection->path, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, selection->upper, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, selection->not_issued_by);
  sqlite3_bind_int64 (stmt, 4, selection->changed_after);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      HdPackageRecord *record = hd_package_add_record (package, kind);

      for (guint i = 0; i < fields->len; i++)
        set_field (record, g_ptr_array_index (fields, i), stmt, (int) i);
      n++;
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      hd_store_set_error (store, error, _("Reading the records to send"));
      return FALSE;
    }
  if (n_added != NULL)
    *n_added = n;
  return TRUE;
}

/* The queries of each kind, put together once: a package of a county's records asks them
 * hundreds of thousands of times. */
typedef struct {
  char *unit_path;   /* the path of the unit row ?1 belongs to */
  char *issuer;      /* the uuid of the issued record it belongs to (NULL: none) */
  char *find;        /* the id of the row with the uuid ?1 */
} KindQueries;

static const KindQueries *
kind_queries (HdPackageKind kind)
{
  static gsize once;
  static KindQueries queries[HD_PACKAGE_DELETED];

  if (g_once_init_enter (&once))
    {
      for (HdPackageKind k = 0; k < HD_PACKAGE_DELETED; k++)
        {
          g_autoptr(GString) from = g_string_new (NULL);
          g_autoptr(GString) path = g_string_new (NULL);
          g_autoptr(GString) issuer = g_string_new (NULL);

          append_chain (from, k, path, issuer);
          queries[k].unit_path = g_strdup_printf ("SELECT %s%s WHERE t0.id = ?1", path->str, from->str);
          if (issuer->len > 0)
            queries[k].issuer = g_strdup_printf ("SELECT %s.uuid%s WHERE t0.id = ?1", issuer->str, from->str);
          queries[k].find = g_strdup_printf ("SELECT id FROM %s WHERE uuid = ?1", hd_package_kind_info (k)->table);
        }
      g_once_init_leave (&once, 1);
    }
  return &queries[kind];
}

/* Runs the one-row query @sql (kept for the program's life) on row @id; its first column's
 * text, NULL for none. */
static char *
query_text (HdStore     *store,
            const char  *sql,
            gint64       id,
            GError     **error)
{
  sqlite3_stmt *stmt = hd_store_prepare (store, sql, error);
  char *text = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    text = hd_store_column_dup (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    hd_store_set_error (store, error, _("Reading the records to send"));
  return text;
}

char *
hd_exchange_row_unit_path (HdStore        *store,
                           HdPackageKind   kind,
                           gint64          id,
                           GError        **error)
{
  return query_text (store, kind_queries (kind)->unit_path, id, error);
}

char *
hd_exchange_row_issuer (HdStore        *store,
                        HdPackageKind   kind,
                        gint64          id,
                        GError        **error)
{
  const char *sql = kind_queries (kind)->issuer;

  return sql != NULL ? query_text (store, sql, id, error) : NULL;
}

gint64
hd_exchange_find (HdStore        *store,
                  HdPackageKind   kind,
                  const char     *uuid,
                  GError        **error)
{
  sqlite3_stmt *stmt = hd_store_prepare (store, kind_queries (kind)->find, error);
  gint64 id = 0;
  int rc;

  if (stmt == NULL)
    return -1;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      hd_store_set_error (store, error, _("Reading the records to send"));
      return -1;
    }
  return id;
}
