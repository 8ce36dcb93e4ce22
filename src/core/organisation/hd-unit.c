/* hd-unit.c — a unit of the hierarchy, and the lazy lists of units.
 *
 * An HdUnit is a snapshot of one row: it does not follow later changes, and whoever changes a
 * unit rebuilds the lists that show it.
 */
#include <glib/gi18n-lib.h>
#include <string.h>

#include "model/hd-row-model.h"
#include "organisation/hd-unit.h"
#include "store/hd-read.h"
#include "store/hd-record.h"

/* The tokens in unit.kind, in HdUnitKind's order; the schema's CHECK lists the same. The labels'
 * context keeps them apart from the same English words used elsewhere (a street address, a
 * county-level figure), which Chinese may translate differently. */
static const HdEnumValue kind_values[] = {
  { "province", NC_("unit kind", "Province") },
  { "city", NC_("unit kind", "City") },
  { "county", NC_("unit kind", "County") },
  { "township", NC_("unit kind", "Township") },
  { "street", NC_("unit kind", "Street") },
  { "village", NC_("unit kind", "Village") },
  { "community", NC_("unit kind", "Community") },
  { "department", NC_("unit kind", "County department") },
  { "other", NC_("unit kind", "Other organisation") },
};
HD_DEFINE_ENUM_FUNCS (HdUnitKind, hd_unit_kind, "unit kind", kind_values, HD_UNIT_N_KINDS)

G_DEFINE_ENUM_TYPE (HdUnitKind, hd_unit_kind,
  G_DEFINE_ENUM_VALUE (HD_UNIT_KIND_PROVINCE, "province"),
  G_DEFINE_ENUM_VALUE (HD_UNIT_KIND_CITY, "city"),
  G_DEFINE_ENUM_VALUE (HD_UNIT_KIND_COUNTY, "county"),
  G_DEFINE_ENUM_VALUE (HD_UNIT_KIND_TOWNSHIP, "township"),
  G_DEFINE_ENUM_VALUE (HD_UNIT_KIND_STREET, "street"),
  G_DEFINE_ENUM_VALUE (HD_UNIT_KIND_VILLAGE, "village"),
  G_DEFINE_ENUM_VALUE (HD_UNIT_KIND_COMMUNITY, "community"),
  G_DEFINE_ENUM_VALUE (HD_UNIT_KIND_DEPARTMENT, "department"),
  G_DEFINE_ENUM_VALUE (HD_UNIT_KIND_OTHER, "other"))

G_DEFINE_QUARK (hd-unit-error-quark, hd_unit_error)

struct _HdUnit
{
  HdRecord    parent_instance;

  gint64      parent_id;
  HdUnitKind  kind;
  char       *name;
  char       *code;
  char       *path;
  int         position;
  gboolean    has_children;
};

/* In the order of the columns that UNIT_SELECT reads after the id and uuid. */
static const HdRecordField record_fields[] = {
  { "parent-id", HD_FIELD_INT64, G_STRUCT_OFFSET (HdUnit, parent_id) },
  { "kind", HD_FIELD_TOKEN, G_STRUCT_OFFSET (HdUnit, kind), hd_unit_kind_get_type,
    &hd_unit_kind_enum, HD_UNIT_KIND_OTHER },
  { "name", HD_FIELD_TEXT, G_STRUCT_OFFSET (HdUnit, name) },
  { "code", HD_FIELD_TEXT, G_STRUCT_OFFSET (HdUnit, code) },
  { "path", HD_FIELD_TEXT, G_STRUCT_OFFSET (HdUnit, path) },
  { "position", HD_FIELD_INT, G_STRUCT_OFFSET (HdUnit, position) },
  { "has-children", HD_FIELD_BOOLEAN, G_STRUCT_OFFSET (HdUnit, has_children) },
};

static const HdRecordInfo record_info = {
  record_fields, G_N_ELEMENTS (record_fields), hd_unit_error_quark, HD_UNIT_ERROR_NOT_FOUND,
  N_("There is no unit number %lld; it may have been deleted meanwhile. Reload the list and choose again."),
  N_("Reading a unit"),
};

HD_DEFINE_RECORD_TYPE (HdUnit, hd_unit, record_info)

HdUnit *
hd_unit_load (HdStore  *store,
              gint64    id,
              GError  **error)
{
  /* has-children is answered from the index on (parent_id, position) without reading a child. */
  return hd_record_load (HD_TYPE_UNIT, store,
                         "SELECT u.id, u.uuid, u.parent_id, u.kind, u.name, u.code, u.path, u.position,"
                         "       EXISTS (SELECT 1 FROM unit AS c WHERE c.parent_id = u.id)"
                         " FROM unit AS u WHERE u.id = ?1",
                         id, error);
}

gboolean
hd_unit_check_exists (HdStore  *store,
                      gint64    id,
                      GError  **error)
{
  return hd_record_check_exists (HD_TYPE_UNIT, store, "SELECT 1 FROM unit WHERE id = ?1", id, error);
}

gint64
hd_unit_get_id (HdUnit *self)
{
  return hd_record_get_id (HD_RECORD (self));
}

gint64
hd_unit_get_parent_id (HdUnit *self)
{
  g_return_val_if_fail (HD_IS_UNIT (self), 0);
  return self->parent_id;
}

HdUnitKind
hd_unit_get_kind (HdUnit *self)
{
  g_return_val_if_fail (HD_IS_UNIT (self), HD_UNIT_KIND_OTHER);
  return self->kind;
}

const char *
hd_unit_get_name (HdUnit *self)
{
  g_return_val_if_fail (HD_IS_UNIT (self), NULL);
  return self->name;
}

const char *
hd_unit_get_code (HdUnit *self)
{
  g_return_val_if_fail (HD_IS_UNIT (self), NULL);
  return self->code;
}

const char *
hd_unit_get_path (HdUnit *self)
{
  g_return_val_if_fail (HD_IS_UNIT (self), NULL);
  return self->path;
}

int
hd_unit_get_position (HdUnit *self)
{
  g_return_val_if_fail (HD_IS_UNIT (self), 0);
  return self->position;
}

gboolean
hd_unit_get_has_children (HdUnit *self)
{
  g_return_val_if_fail (HD_IS_UNIT (self), FALSE);
  return self->has_children;
}

char *
hd_unit_dup_full_name (HdUnit  *self,
                       HdStore *store)
{
  g_autoptr(GString) full_name = g_string_new (NULL);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (HD_IS_UNIT (self), NULL);
  g_return_val_if_fail (HD_IS_STORE (store), NULL);

  /* The path already lists the ancestors' ids, root first: split it in SQL and look each one up
   * by its primary key, instead of climbing parent by parent with a query per level. */
  stmt = hd_store_prepare (store,
                           "WITH RECURSIVE ancestor (id, rest, depth) AS ("
                           "   SELECT NULL, substr (?1, 2), 0"
                           "   UNION ALL"
                           "   SELECT CAST (substr (rest, 1, instr (rest, '/') - 1) AS INTEGER),"
                           "          substr (rest, instr (rest, '/') + 1), depth + 1"
                           "   FROM ancestor WHERE instr (rest, '/') > 0)"
                           " SELECT u.name FROM ancestor JOIN unit AS u ON u.id = ancestor.id"
                           " ORDER BY ancestor.depth",
                           NULL);
  if (stmt == NULL)
    return g_strdup (self->name);
  sqlite3_bind_text (stmt, 1, self->path, -1, SQLITE_TRANSIENT);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      if (full_name->len > 0)
        g_string_append_c (full_name, '/');
      g_string_append (full_name, (const char *) sqlite3_column_text (stmt, 0));
    }
  sqlite3_reset (stmt);

  /* The unit's own name is the one part that must be there, even when the query failed or an
   * ancestor has gone. */
  if (rc != SQLITE_DONE || full_name->len == 0)
    return g_strdup (self->name);
  return g_string_free (g_steal_pointer (&full_name), FALSE);
}

char *
hd_unit_path_child (const char *parent_path,
                    gint64      id)
{
  g_return_val_if_fail (parent_path == NULL || g_str_has_suffix (parent_path, "/"), NULL);
  g_return_val_if_fail (id > 0, NULL);

  return g_strdup_printf ("%s%09" G_GINT64_FORMAT "/", parent_path != NULL ? parent_path : "/", id);
}

char *
hd_unit_path_upper_bound (const char *path)
{
  char *bound;
  gsize len;

  g_return_val_if_fail (path != NULL && g_str_has_suffix (path, "/"), NULL);

  /* '0' is the character after '/' in ASCII, so every path that starts with @path sorts below
   * the bound, and every other path sorts outside [path, bound). */
  bound = g_strdup (path);
  len = strlen (bound);
  bound[len - 1] = '0';
  return bound;
}

static GObject *
load_unit_row (HdStore  *store,
               gint64    id,
               GError  **error)
{
  return (GObject *) hd_unit_load (store, id, error);
}

static GListModel *
unit_list_new (HdStore      *store,
               sqlite3_stmt *stmt)
{
  g_autoptr(GError) error = NULL;
  HdRowModel *model = hd_row_model_new_from_stmt (store, HD_TYPE_UNIT, load_unit_row, stmt, &error);

  if (model == NULL)
    {
      g_warning ("%s", error->message);
      return G_LIST_MODEL (hd_row_model_new_empty (HD_TYPE_UNIT));
    }
  return G_LIST_MODEL (model);
}

GListModel *
hd_unit_list_new_children (HdStore *store,
                           gint64   parent_id)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HD_IS_STORE (store), NULL);

  /* Both orders are the index on (parent_id, position), whose rows end in the id. */
  if (parent_id == 0)
    stmt = hd_store_prepare (store,
                             "SELECT id FROM unit WHERE parent_id IS NULL ORDER BY position, id",
                             &error);
  else
    {
      stmt = hd_store_prepare (store,
                               "SELECT id FROM unit WHERE parent_id = ?1 ORDER BY position, id",
                               &error);
      if (stmt != NULL)
        sqlite3_bind_int64 (stmt, 1, parent_id);
    }
  if (stmt == NULL)
    {
      g_warning ("%s", error->message);
      return G_LIST_MODEL (hd_row_model_new_empty (HD_TYPE_UNIT));
    }
  return unit_list_new (store, stmt);
}

GListModel *
hd_unit_list_new_subtree (HdStore *store,
                          gint64   unit_id)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *upper_bound = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HD_IS_STORE (store), NULL);

  if (!hd_read_one (store, "SELECT path FROM unit WHERE id = ?1", unit_id,
                    hd_read_row_text, &path, NULL, N_("Reading a unit"), &error))
    {
      if (error != NULL)
        goto failed;
      /* Like the children of a unit that has gone: nothing to show. */
      return G_LIST_MODEL (hd_row_model_new_empty (HD_TYPE_UNIT));
    }

  stmt = hd_store_prepare (store,
                           "SELECT id FROM unit WHERE path >= ?1 AND path < ?2 ORDER BY path",
                           &error);
  if (stmt == NULL)
    goto failed;
  upper_bound = hd_unit_path_upper_bound (path);
  sqlite3_bind_text (stmt, 1, path, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, upper_bound, -1, SQLITE_TRANSIENT);
  return unit_list_new (store, stmt);

failed:
  g_warning ("%s", error->message);
  return G_LIST_MODEL (hd_row_model_new_empty (HD_TYPE_UNIT));
}
