/* hd-search.c */
#include <glib/gi18n-lib.h>

#include "organisation/hd-search.h"
#include "organisation/hd-unit.h"
#include "store/hd-text.h"

struct _HdSearchHit
{
  GObject          parent_instance;

  HdSearchHitKind  kind;
  gint64           id;
  gint64           unit_id;
  char            *name;
  char            *detail;
};

G_DEFINE_FINAL_TYPE (HdSearchHit, hd_search_hit, G_TYPE_OBJECT)

static void
hd_search_hit_finalize (GObject *object)
{
  HdSearchHit *self = HD_SEARCH_HIT (object);

  g_free (self->name);
  g_free (self->detail);
  G_OBJECT_CLASS (hd_search_hit_parent_class)->finalize (object);
}

static void
hd_search_hit_class_init (HdSearchHitClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hd_search_hit_finalize;
}

static void
hd_search_hit_init (HdSearchHit *self)
{
}

HdSearchHitKind
hd_search_hit_get_kind (HdSearchHit *self)
{
  g_return_val_if_fail (HD_IS_SEARCH_HIT (self), HD_SEARCH_HIT_UNIT);
  return self->kind;
}

gint64
hd_search_hit_get_id (HdSearchHit *self)
{
  g_return_val_if_fail (HD_IS_SEARCH_HIT (self), 0);
  return self->id;
}

const char *
hd_search_hit_get_name (HdSearchHit *self)
{
  g_return_val_if_fail (HD_IS_SEARCH_HIT (self), NULL);
  return self->name;
}

gint64
hd_search_hit_get_unit_id (HdSearchHit *self)
{
  g_return_val_if_fail (HD_IS_SEARCH_HIT (self), 0);
  return self->unit_id;
}

const char *
hd_search_hit_get_detail (HdSearchHit *self)
{
  g_return_val_if_fail (HD_IS_SEARCH_HIT (self), NULL);
  return self->detail;
}

static char *
full_name_of (HdStore *store,
              gint64   unit_id)
{
  g_autoptr(HdUnit) unit = unit_id != 0 ? hd_unit_load (store, unit_id, NULL) : NULL;

  return unit != NULL ? hd_unit_dup_full_name (unit, store) : g_strdup ("");
}

static void
add_hit (GListStore      *hits,
         HdSearchHitKind  kind,
         gint64           id,
         gint64           unit_id,
         const char      *name,
         char            *detail)
{
  g_autoptr(HdSearchHit) hit = g_object_new (HD_TYPE_SEARCH_HIT, NULL);

  hit->kind = kind;
  hit->id = id;
  hit->unit_id = unit_id;
  hit->name = g_strdup (name);
  hit->detail = detail;
  g_list_store_append (hits, hit);
}

GListModel *
hd_search_names (HdStore     *store,
                 const char  *query,
                 guint        limit,
                 GError     **error)
{
  g_autoptr(GListStore) hits = g_list_store_new (HD_TYPE_SEARCH_HIT);
  g_autofree char *match = hd_text_substring_query (query);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (HD_IS_STORE (store), NULL);

  if (match == NULL)
    return G_LIST_MODEL (g_steal_pointer (&hits));

  /* The index answers the ids; the few rows found are read by id. */
  stmt = hd_store_prepare (store,
                           "SELECT u.id, u.name, u.parent_id FROM unit_name_index i"
                           " JOIN unit u ON u.id = i.rowid"
                           " WHERE unit_name_index MATCH ?1 LIMIT ?2",
                           error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, match, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 2, (int) limit);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_autofree char *name = hd_store_column_dup (stmt, 1);
      gint64 parent_id = sqlite3_column_int64 (stmt, 2);

      add_hit (hits, HD_SEARCH_HIT_UNIT, id, id, name, full_name_of (store, parent_id));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    goto failed;

  stmt = hd_store_prepare (store,
                           "SELECT p.id, p.name, p.title, p.unit_id FROM person_name_index i"
                           " JOIN person p ON p.id = i.rowid"
                           " WHERE person_name_index MATCH ?1 LIMIT ?2",
                           error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, match, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 2, (int) limit);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *title = (const char *) sqlite3_column_text (stmt, 2);
      gint64 unit_id = sqlite3_column_int64 (stmt, 3);
      g_autofree char *unit_name = full_name_of (store, unit_id);
      char *detail = *title != '\0'
                     /* Translators: a person's title and unit, e.g. "镇长 · 示范县/城关镇". */
                     ? g_strdup_printf (_("%s · %s"), title, unit_name)
                     : g_strdup (unit_name);

      add_hit (hits, HD_SEARCH_HIT_PERSON, sqlite3_column_int64 (stmt, 0), unit_id,
               (const char *) sqlite3_column_text (stmt, 1), detail);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    goto failed;

  return G_LIST_MODEL (g_steal_pointer (&hits));

failed:
  hd_store_set_error (store, error, _("Searching"));
  return NULL;
}
