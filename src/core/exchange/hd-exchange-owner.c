/* hd-exchange-owner.c */
#include <glib/gi18n-lib.h>

#include "exchange/hd-exchange-owner.h"
#include "exchange/hd-exchange-records.h"
#include "store/hd-read.h"

/* The index in @offices of the office owning what lies at the unit path @path; -1 for ours. */
static int
office_of_path (GPtrArray  *offices,
                const char *path)
{
  for (guint i = 0; path != NULL && i < offices->len; i++)
    {
      HdOffice *office = g_ptr_array_index (offices, i);
      gboolean inside = g_str_has_prefix (path, office->unit_path);

      if ((office->role == HD_OFFICE_LOWER && inside) || (office->role == HD_OFFICE_UPPER && !inside))
        return (int) i;
    }
  return -1;
}

/* The office owning what lies at the unit path @path, NULL for ours. */
static HdOffice *
owner_of_path (HdStore     *store,
               const char  *path,
               GError     **error)
{
  g_autoptr(GPtrArray) offices = hd_office_list (store, error);
  int index;

  if (offices == NULL || (index = office_of_path (offices, path)) < 0)
    return NULL;
  return g_ptr_array_steal_index (offices, (guint) index);
}

/* The kind of record kept in @table, HD_PACKAGE_DELETED for a table no package carries. */
static HdPackageKind
kind_of_table (const char *table)
{
  HdPackageKind kind;

  for (kind = 0; kind < HD_PACKAGE_DELETED; kind++)
    if (kind != HD_PACKAGE_NOTICE_REPLY && g_strcmp0 (hd_package_kind_info (kind)->table, table) == 0)
      break;
  return kind;
}

HdOffice *
hd_exchange_owner_of_row (HdStore     *store,
                          const char  *table,
                          gint64       id,
                          GError     **error)
{
  HdPackageKind kind = kind_of_table (table);
  HdPackageKind root;

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

static gboolean
refuse_not_ours (const HdOffice  *office,
                 GError         **error)
{
  g_set_error (error, HD_EXCHANGE_ERROR, HD_EXCHANGE_ERROR_NOT_OWNER,
               /* Translators: a command on selected records (delete, mark, merge) refused; %s is
                * the name of the office that keeps some of them. */
               _("Some of the selected records are kept by the office of “%s”: only that office changes them, and its packages bring the changes here. Leave them out of the selection and try again."),
               office->name);
  return FALSE;
}

gboolean
hd_exchange_check_ours (HdStore       *store,
                        const char    *table,
                        const gint64  *ids,
                        guint          n_ids,
                        GError       **error)
{
  g_autoptr(GPtrArray) offices = NULL;
  HdPackageKind kind = kind_of_table (table);

  g_return_val_if_fail (HD_IS_STORE (store), FALSE);
  g_return_val_if_fail (ids != NULL || n_ids == 0, FALSE);

  if (kind == HD_PACKAGE_DELETED || n_ids == 0)
    return TRUE;
  offices = hd_office_list (store, error);
  if (offices == NULL)
    return FALSE;
  /* No office registered (most databases): everything is ours, without reading a row. */
  if (offices->len == 0)
    return TRUE;
  for (guint i = 0; i < n_ids; i++)
    {
      g_autoptr(GError) local_error = NULL;

      if (hd_exchange_issued_root (kind) != HD_PACKAGE_DELETED)
        {
          g_autoptr(HdOffice) owner = hd_exchange_owner_of_row (store, table, ids[i], &local_error);

          if (owner != NULL)
            return refuse_not_ours (owner, error);
        }
      else
        {
          g_autofree char *path = hd_exchange_row_unit_path (store, kind, ids[i], &local_error);
          int index = office_of_path (offices, path);

          if (index >= 0)
            return refuse_not_ours (g_ptr_array_index (offices, index), error);
        }
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
    }
  return TRUE;
}
