/* hd-unit-path-names.c — from the ids in the unit's stored path, a name per level.
 *
 * hd_unit_dup_full_name()'s recursive query costs half a millisecond for its temporary table,
 * which a province's 90,000 units would turn into most of a minute; the path has the ids. */
#include "organisation/hd-unit.h"
#include "organisation/hd-unit-path-names.h"

struct _HdUnitPathNames
{
  HdStore    *store;
  char       *separator;
  gint64      top_id;
  guint       top_depth;   /* the levels of the top unit's path, which the names leave out */
  GHashTable *names;       /* unit id → name */
};

HdUnitPathNames *
hd_unit_path_names_new (HdStore    *store,
                        gint64      top_id,
                        const char *separator)
{
  HdUnitPathNames *self;

  g_return_val_if_fail (HD_IS_STORE (store), NULL);
  g_return_val_if_fail (separator != NULL, NULL);

  self = g_new0 (HdUnitPathNames, 1);
  self->store = g_object_ref (store);
  self->separator = g_strdup (separator);
  self->top_id = top_id;
  self->names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  return self;
}

void
hd_unit_path_names_free (HdUnitPathNames *self)
{
  if (self == NULL)
    return;
  g_object_unref (self->store);
  g_free (self->separator);
  g_hash_table_unref (self->names);
  g_free (self);
}

/* The ids of unit @unit_id's path from the root, or NULL with the reason. */
static GStrv
read_path (HdUnitPathNames  *self,
           gint64            unit_id,
           GError          **error)
{
  g_autofree char *path = NULL;
  sqlite3_stmt *stmt = hd_store_prepare (self->store, "SELECT path FROM unit WHERE id = ?1", error);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, unit_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    path = hd_store_column_dup (stmt, 0);
  sqlite3_reset (stmt);
  if (path == NULL)
    {
      hd_unit_check_exists (self->store, unit_id, error);
      return NULL;
    }
  /* "/000000001/000000002/" → the two ids, without the empty ends. */
  g_strstrip (g_strdelimit (path, "/", ' '));
  return g_strsplit_set (path, " ", -1);
}

static char *
join_names (HdUnitPathNames  *self,
            char            **ids,
            GError          **error)
{
  g_autoptr(GString) name = g_string_new (NULL);
  sqlite3_stmt *stmt = hd_store_prepare (self->store, "SELECT name FROM unit WHERE id = ?1", error);

  if (stmt == NULL)
    return NULL;
  for (guint i = 0; ids[i] != NULL; i++)
    {
      sqlite3_bind_int64 (stmt, 1, g_ascii_strtoll (ids[i], NULL, 10));
      if (sqlite3_step (stmt) == SQLITE_ROW)
        {
          if (name->len > 0)
            g_string_append (name, self->separator);
          g_string_append (name, (const char *) sqlite3_column_text (stmt, 0));
        }
      sqlite3_reset (stmt);
    }
  return g_string_free (g_steal_pointer (&name), FALSE);
}

const char *
hd_unit_path_names_lookup (HdUnitPathNames  *self,
                           gint64            unit_id,
                           GError          **error)
{
  g_auto(GStrv) ids = NULL;
  const char *cached;
  char *name;
  guint skip;

  g_return_val_if_fail (self != NULL, NULL);

  if ((cached = g_hash_table_lookup (self->names, &unit_id)) != NULL)
    return cached;

  if (self->top_id != 0 && self->top_depth == 0)
    {
      g_auto(GStrv) top = read_path (self, self->top_id, error);

      if (top == NULL)
        return NULL;
      self->top_depth = g_strv_length (top);
    }
  if ((ids = read_path (self, unit_id, error)) == NULL)
    return NULL;
  /* The top unit itself keeps its own name. */
  skip = unit_id == self->top_id ? self->top_depth - 1 : MIN (self->top_depth, g_strv_length (ids));
  if ((name = join_names (self, ids + skip, error)) == NULL)
    return NULL;
  g_hash_table_insert (self->names, g_memdup2 (&unit_id, sizeof unit_id), name);
  return name;
}
