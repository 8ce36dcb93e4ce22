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
  GObject     parent_instance;

  gint64      id;
  char       *uuid;
  gint64      parent_id;
  HdUnitKind  kind;
  char       *name;
  char       *code;
  char       *path;
  int         position;
  gboolean    has_children;
};

G_DEFINE_FINAL_TYPE (HdUnit, hd_unit, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_UUID,
  PROP_PARENT_ID,
  PROP_KIND,
  PROP_NAME,
  PROP_CODE,
  PROP_PATH,
  PROP_POSITION,
  PROP_HAS_CHILDREN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
hd_unit_finalize (GObject *object)
{
  HdUnit *self = HD_UNIT (object);

  g_free (self->uuid);
  g_free (self->name);
  g_free (self->code);
  g_free (self->path);

  G_OBJECT_CLASS (hd_unit_parent_class)->finalize (object);
}

static void
hd_unit_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  HdUnit *self = HD_UNIT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_UUID:
      g_value_set_string (value, self->uuid);
      break;
    case PROP_PARENT_ID:
      g_value_set_int64 (value, self->parent_id);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_CODE:
      g_value_set_string (value, self->code);
      break;
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;
    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;
    case PROP_HAS_CHILDREN:
      g_value_set_boolean (value, self->has_children);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hd_unit_class_init (HdUnitClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = hd_unit_finalize;
  object_class->get_property = hd_unit_get_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_UUID] =
    g_param_spec_string ("uuid", NULL, NULL, NULL, flags);
  properties[PROP_PARENT_ID] =
    g_param_spec_int64 ("parent-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, HD_TYPE_UNIT_KIND, HD_UNIT_KIND_OTHER, flags);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL, NULL, flags);
  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL, flags);
  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL, G_MININT, G_MAXINT, 0, flags);
  properties[PROP_HAS_CHILDREN] =
    g_param_spec_boolean ("has-children", NULL, NULL, FALSE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hd_unit_init (HdUnit *self)
{
}

static void
set_not_found (GError **error,
               gint64   id)
{
  g_set_error (error, HD_UNIT_ERROR, HD_UNIT_ERROR_NOT_FOUND,
               _("There is no unit number %lld; it may have been deleted meanwhile. Reload the list and choose again."),
               (long long) id);
}

static void
read_unit (sqlite3_stmt *stmt,
           gpointer      data)
{
  HdUnit *self = data;

  self->uuid = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  self->parent_id = sqlite3_column_int64 (stmt, 1);
  /* The schema's CHECK admits only known tokens, so a miss means a newer writer's kind. */
  if (!hd_unit_kind_from_string ((const char *) sqlite3_column_text (stmt, 2), &self->kind))
    self->kind = HD_UNIT_KIND_OTHER;
  self->name = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
  self->code = g_strdup ((const char *) sqlite3_column_text (stmt, 4));
  self->path = g_strdup ((const char *) sqlite3_column_text (stmt, 5));
  self->position = sqlite3_column_int (stmt, 6);
  self->has_children = sqlite3_column_int (stmt, 7) != 0;
}

HdUnit *
hd_unit_load (HdStore  *store,
              gint64    id,
              GError  **error)
{
  g_autoptr(HdUnit) self = NULL;

  g_return_val_if_fail (HD_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (HD_TYPE_UNIT, NULL);
  self->id = id;
  /* has-children is answered from the index on (parent_id, position) without reading a child. */
  if (!hd_read_one (store,
                    "SELECT u.uuid, u.parent_id, u.kind, u.name, u.code, u.path, u.position,"
                    "       EXISTS (SELECT 1 FROM unit AS c WHERE c.parent_id = u.id)"
                    " FROM unit AS u WHERE u.id = ?1",
                    id, read_unit, self, set_not_found, N_("Reading a unit"), error))
    return NULL;
  return g_steal_pointer (&self);
}

gboolean
hd_unit_check_exists (HdStore  *store,
                      gint64    id,
                      GError  **error)
{
  g_return_val_if_fail (HD_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return hd_read_one (store, "SELECT 1 FROM unit WHERE id = ?1", id,
                      NULL, NULL, set_not_found, N_("Reading a unit"), error);
}

gint64
hd_unit_get_id (HdUnit *self)
{
  g_return_val_if_fail (HD_IS_UNIT (self), 0);
  return self->id;
}

const char *
hd_unit_get_uuid (HdUnit *self)
{
  g_return_val_if_fail (HD_IS_UNIT (self), NULL);
  return self->uuid;
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

static void
read_path (sqlite3_stmt *stmt,
           gpointer      data)
{
  *(char **) data = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
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
                    read_path, &path, NULL, N_("Reading a unit"), &error))
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
