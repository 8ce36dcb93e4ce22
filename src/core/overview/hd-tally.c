/* hd-tally.c — rolling the changes up into the counts of every level. */
#include <glib/gi18n-lib.h>

#include "overview/hd-tally.h"
#include "store/hd-read.h"

/* The reviews of the long-term tasks marked: what they counted taken away, what they count now
 * (while open) added. */
static const char review_sql[] =
  "INSERT INTO tally_change SELECT path, 'review', date, prev, -1 FROM tally_review_source"
  " WHERE task_id IN (SELECT task_id FROM tally_task_stale);"
  "DELETE FROM tally_review_source WHERE task_id IN (SELECT task_id FROM tally_task_stale);"
  "INSERT INTO tally_review_source"
  " SELECT t.id, t.unit_path, r.date, coalesce (lag (r.date) OVER (PARTITION BY r.task_id ORDER BY r.date), '')"
  "   FROM task t JOIN task_review r ON r.task_id = t.id"
  "  WHERE t.id IN (SELECT task_id FROM tally_task_stale) AND t.kind = 'long_term' AND t.closed IS NULL;"
  "INSERT INTO tally_change SELECT path, 'review', date, prev, 1 FROM tally_review_source"
  " WHERE task_id IN (SELECT task_id FROM tally_task_stale);"
  "DELETE FROM tally_task_stale;";

/* The changes, netted by unit and key, then carried up the hierarchy a level at a time (the
 * deepest first, each level's sums added to its parents'), then added to the counts: a change
 * counts for its unit and every unit above it. A path still '' (a row before its trigger gave it
 * its unit's) matches no unit; its change is netted out by the one that gave it the path. The
 * last SELECT has a WHERE so that SQLite does not read ON CONFLICT as a join's ON. */
static const char stage_sql[] =
  "CREATE TEMP TABLE IF NOT EXISTS tally_delta (unit_id INTEGER, depth INTEGER, kind TEXT, a TEXT, b TEXT, n INTEGER);"
  "CREATE INDEX IF NOT EXISTS temp.tally_delta_by_depth ON tally_delta (depth);"
  "WITH changes (path, kind, a, b, d) AS ("
  "   SELECT path, kind, a, b, d FROM tally_change"
  "   UNION ALL SELECT path, 'open', coalesce (deadline, ''), '', d FROM tally_task_change WHERE closed IS NULL"
  "   UNION ALL SELECT path, 'closed', CASE WHEN deadline IS NULL OR closed <= deadline THEN 'on_time' ELSE 'late' END,"
  "                    '', d FROM tally_task_change WHERE closed IS NOT NULL"
  "   UNION ALL SELECT path, 'verdict', verdict, '', d FROM tally_task_change WHERE verdict IS NOT NULL)"
  " INSERT INTO temp.tally_delta"
  " SELECT u.id, length (u.path) - length (replace (u.path, '/', '')) - 1, c.kind, c.a, c.b, sum (c.d)"
  "   FROM changes c JOIN unit u ON u.path = c.path"
  "  GROUP BY u.id, c.kind, c.a, c.b HAVING sum (c.d) <> 0;";

static const char carry_sql[] =
  "INSERT INTO temp.tally_delta"
  " SELECT u.parent_id, ?1 - 1, x.kind, x.a, x.b, sum (x.n)"
  "   FROM temp.tally_delta x JOIN unit u ON u.id = x.unit_id"
  "  WHERE x.depth = ?1 AND u.parent_id IS NOT NULL GROUP BY u.parent_id, x.kind, x.a, x.b";

static const char add_sql[] =
  "INSERT INTO tally (unit_id, kind, a, b, n)"
  " SELECT unit_id, kind, a, b, sum (n) FROM temp.tally_delta WHERE TRUE GROUP BY unit_id, kind, a, b"
  " ON CONFLICT (unit_id, kind, a, b) DO UPDATE SET n = n + excluded.n;"
  "DELETE FROM temp.tally_delta;"
  "DELETE FROM tally_change;"
  "DELETE FROM tally_task_change;";

static gboolean
roll_up (HdStore  *store,
         GError  **error)
{
  sqlite3_stmt *deepest, *carry;
  int depth;

  if (!hd_store_exec (store, stage_sql, error))
    return FALSE;
  deepest = hd_store_prepare (store, "SELECT coalesce (max (depth), 0) FROM temp.tally_delta", error);
  if (deepest == NULL)
    return FALSE;
  if (sqlite3_step (deepest) != SQLITE_ROW)
    {
      sqlite3_reset (deepest);
      hd_store_set_error (store, error, _("Counting the records"));
      return FALSE;
    }
  depth = sqlite3_column_int (deepest, 0);
  sqlite3_reset (deepest);
  for (; depth > 1; depth--)
    {
      if ((carry = hd_store_prepare (store, carry_sql, error)) == NULL)
        return FALSE;
      sqlite3_bind_int (carry, 1, depth);
      if (!hd_store_step_done (store, carry, error))
        return FALSE;
    }
  return hd_store_exec (store, add_sql, error);
}

gboolean
hd_tally_pending (HdStore   *store,
                  gboolean  *pending,
                  GError   **error)
{
  g_return_val_if_fail (HD_IS_STORE (store), FALSE);

  return hd_read_flag (store,
                     "SELECT EXISTS (SELECT 1 FROM tally_change) OR EXISTS (SELECT 1 FROM tally_task_change)"
                     "    OR EXISTS (SELECT 1 FROM tally_task_stale)",
                     pending, error);
}

gboolean
hd_tally_refresh (HdStore  *store,
                  GError  **error)
{
  gboolean reviews = FALSE, pending = FALSE;

  g_return_val_if_fail (HD_IS_STORE (store), FALSE);

  if (!hd_tally_pending (store, &pending, error))
    return FALSE;
  if (!pending)
    return TRUE;
  if (!hd_read_flag (store, "SELECT EXISTS (SELECT 1 FROM tally_task_stale)", &reviews, error))
    return FALSE;
  /* hd_store_exec runs every statement of the text. */
  return (!reviews || hd_store_exec (store, review_sql, error))
         && roll_up (store, error);
}
