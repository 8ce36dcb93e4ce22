/* hd-exchange-owner.c */
#include <glib/gi18n-lib.h>

#include "exchange/hd-exchange-owner.h"
#include "exchange/hd-exchange-records.h"
#include "store/hd-read.h"

/* The office owning what lies at the unit path @path, NULL for ours. */
static HdOffice *
owner_of_path (HdStore     *store,
               const char  *path,
               GError     **error)
{
  g_autoptr(GPtrArray) offices = hd_office_list (store, error);

  if (offices == NULL || path == NULL)
    return NULL;
  for (guint i = 0; i < offices->len; i++)
    {
      HdOffice *office = g_ptr_array_index (offices, i);
      gboolean inside = g_str_has_prefix (path, office->unit_path);

      if ((office->role == HD_OFFICE_LOWER && inside) || (office->role == HD_OFFICE_UPPER && !inside))
        return g_ptr_array_steal_index (offices, i);
    }
  return NULL;
}

HdOffice *
hd_exchange_owner_of_row (HdStore     *store,
                          const char  *table,
                          gint64       id,
                          GError     **error)
{
  HdPackageKind kind;
  HdPackageKind root;

  for (kind = 0; kind < HD_PACKAGE_DELETED; kind++)
    if (kind != HD_PACKAGE_NOTICE_REPLY && g_strcmp0 (hd_package_kind_info (kind)->table, table) == 0)
      break;
  if (kind == HD_PACKAGE_DELETED)
    return NULL;
  root = hd_exchange_issued_root (kind);
  if (root != HD_PACKAGE_DELETED)
    {
      g_autofree char *issuer = hd_exchange_row_issuer (store, kind, id, error);
      g_autoptr(GPtrArray) offices = NULL;
      gint64 office_id = 0;

      if (issuer == NULL)
        return NULL;
      {
        sqlite3_stmt *stmt = hd_store_prepare (store, "SELECT office_id FROM exchange_owner WHERE uuid = ?1",
                                               error);
        int rc;

        if (stmt == NULL)
          return NULL;
        sqlite3_bind_text (stmt, 1, issuer, -1, SQLITE_TRANSIENT);
        rc = sqlite3_step (stmt);
        if (rc == SQLITE_ROW)
          office_id = sqlite3_column_int64 (stmt, 0);
        sqlite3_reset (stmt);
        if (rc != SQLITE_ROW && rc != SQLITE_DONE)
          {
            hd_store_set_error (store, error, _("Reading the offices"));
            return NULL;
          }
      }
      if (office_id == 0 || (offices = hd_office_list (store, error)) == NULL)
        return NULL;
      for (guint i = 0; i < offices->len; i++)
        if (((HdOffice *) g_ptr_array_index (offices, i))->id == office_id)
          return g_ptr_array_steal_index (offices, i);
      return NULL;
    }
  {
    g_autofree char *path = hd_exchange_row_unit_path (store, kind, id, error);

    return owner_of_path (store, path, error);
  }
}

HdOffice *
hd_exchange_owner_of_unit (HdStore     *store,
                           gint64       unit_id,
                           GError     **error)
{
  g_autofree char *path = hd_exchange_row_unit_path (store, HD_PACKAGE_UNIT, unit_id, error);

  return owner_of_path (store, path, error);
}
