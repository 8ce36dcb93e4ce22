/* hd-organisation-query.c */
#include <glib/gi18n-lib.h>

#include "organisation/hd-organisation-query.h"
#include "organisation/hd-unit.h"

void
hd_id_name_free (gpointer data)
{
  HdIdName *id_name = data;

  if (id_name == NULL)
    return;
  g_free (id_name->name);
  g_free (id_name->detail);
  g_free (id_name);
}

/* Runs @sql with @key bound to ?1; columns: id, name, detail, role. */
static GPtrArray *
query (HdStore    *store,
       const char *sql,
       gint64      key,
       gboolean    detail_is_kind,
       GError    **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (hd_id_name_free);
  sqlite3_stmt *stmt = hd_store_prepare (store, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, key);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      HdIdName *row = g_new0 (HdIdName, 1);
      const char *detail = (const char *) sqlite3_column_text (stmt, 2);
      HdUnitKind kind;

      row->id = sqlite3_column_int64 (stmt, 0);
      row->name = hd_store_column_dup (stmt, 1);
      if (detail_is_kind && detail != NULL && hd_unit_kind_from_string (detail, &kind))
        row->detail = g_strdup (hd_unit_kind_get_label (kind));
      else
        row->detail = g_strdup (detail != NULL ? detail : "");
      row->role = sqlite3_column_int (stmt, 3);
      g_ptr_array_add (rows, row);
    }
  if (rc != SQLITE_DONE)
    {
      hd_store_set_error (store, error, _("Reading the supervision groups"));
      sqlite3_reset (stmt);
      return NULL;
    }
  sqlite3_reset (stmt);
  return g_steal_pointer (&rows);
}

GPtrArray *
hd_organisation_query_groups_sent (HdStore  *store,
                                   gint64    unit_id,
                                   GError  **error)
{
  return query (store,
                "SELECT id, name, '', 0 FROM supervision_group WHERE unit_id = ?1 ORDER BY position, id",
                unit_id, FALSE, error);
}

GPtrArray *
hd_organisation_query_group_members (HdStore  *store,
                                     gint64    group_id,
                                     GError  **error)
{
  return query (store,
                "SELECT p.id, p.name, p.title, m.role FROM supervision_member AS m "
                "JOIN person AS p ON p.id = m.person_id "
                "WHERE m.group_id = ?1 ORDER BY m.role, m.position, m.id",
                group_id, FALSE, error);
}

GPtrArray *
hd_organisation_query_group_units (HdStore  *store,
                                   gint64    group_id,
                                   GError  **error)
{
  return query (store,
                "SELECT u.id, u.name, u.kind, 0 FROM supervision_assignment AS a "
                "JOIN unit AS u ON u.id = a.unit_id "
                "WHERE a.group_id = ?1 ORDER BY u.path",
                group_id, TRUE, error);
}
