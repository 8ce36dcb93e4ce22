/* hd-subtree.c */
#include <glib/gi18n-lib.h>

#include "model/hd-subtree.h"
#include "organisation/hd-unit.h"

/* Every path lies in ["/", "0"): paths are "/" followed by digits and slashes. */
#define ALL_PATHS_FROM "/"
#define ALL_PATHS_TO   "0"

/* Steps @stmt, a count of units, and resets it. */
static gboolean
read_count (HdStore       *store,
            sqlite3_stmt  *stmt,
            gint64        *count,
            GError       **error)
{
  gboolean ok = sqlite3_step (stmt) == SQLITE_ROW;

  if (ok)
    *count = sqlite3_column_int64 (stmt, 0);
  else
    hd_store_set_error (store, error, _("Reading the units"));
  sqlite3_reset (stmt);
  return ok;
}

static gboolean
count_units (HdStore     *store,
             const char  *from,
             const char  *to,
             gint64      *count,
             GError     **error)
{
  sqlite3_stmt *stmt = hd_store_prepare (store,
                                         "SELECT count(*) FROM unit WHERE path >= ?1 AND path < ?2",
                                         error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, from, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, to, -1, SQLITE_TRANSIENT);
  return read_count (store, stmt, count, error);
}

/* TRUE when @unit is the database's only root: its subtree is every unit, no need to count. */
static gboolean
is_only_root (HdStore  *store,
              HdUnit   *unit,
              gboolean *only,
              GError  **error)
{
  sqlite3_stmt *stmt;
  gint64 n_roots;

  *only = FALSE;
  if (hd_unit_get_parent_id (unit) != 0)
    return TRUE;
  stmt = hd_store_prepare (store, "SELECT count(*) FROM (SELECT 1 FROM unit WHERE parent_id IS NULL LIMIT 2)",
                           error);
  if (stmt == NULL)
    return FALSE;
  if (!read_count (store, stmt, &n_roots, error))
    return FALSE;
  *only = n_roots == 1;
  return TRUE;
}

gboolean
hd_subtree_init (HdSubtree  *subtree,
                 HdStore    *store,
                 gint64      unit_id,
                 GError    **error)
{
  g_autoptr(HdUnit) unit = NULL;
  gint64 in_subtree = 0, all = 0;
  gboolean only_root = FALSE;

  g_return_val_if_fail (subtree != NULL, FALSE);
  g_return_val_if_fail (HD_IS_STORE (store), FALSE);

  *subtree = (HdSubtree) { NULL, NULL, TRUE };
  if (unit_id == 0)
    {
      subtree->from = g_strdup (ALL_PATHS_FROM);
      subtree->to = g_strdup (ALL_PATHS_TO);
      return TRUE;
    }
  unit = hd_unit_load (store, unit_id, error);
  if (unit == NULL)
    return FALSE;
  subtree->from = g_strdup (hd_unit_get_path (unit));
  subtree->to = hd_unit_path_upper_bound (subtree->from);
  /* The ledger opens on the county's (the province's) root: counting a province's units for it
   * took the window 60 ms at start and at every edit. */
  if (!is_only_root (store, unit, &only_root, error))
    {
      hd_subtree_clear (subtree);
      return FALSE;
    }
  if (only_root)
    return TRUE;
  if (!count_units (store, subtree->from, subtree->to, &in_subtree, error) ||
      !count_units (store, ALL_PATHS_FROM, ALL_PATHS_TO, &all, error))
    {
      hd_subtree_clear (subtree);
      return FALSE;
    }
  subtree->large = in_subtree * 8 >= all;
  return TRUE;
}

void
hd_subtree_clear (HdSubtree *subtree)
{
  g_clear_pointer (&subtree->from, g_free);
  g_clear_pointer (&subtree->to, g_free);
}
