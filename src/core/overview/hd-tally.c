/* hd-tally.c — rolling the changes up into the counts of every level. */
#include <glib/gi18n-lib.h>

#include "overview/hd-tally.h"

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

/* The changes, netted by path and key, added to the unit of each prefix of the path: a path
 * "/000000001/000000002/" counts for both units. A path still '' (a row before its trigger gave it
 * its unit's) counts nowhere; its change is netted out by the one that gave it the path. The
 * SELECT has a WHERE so that SQLite does not read ON CONFLICT as a join's ON. */
static const char rollup_sql[] =
  "WITH RECURSIVE"
  " changes (path, kind, a, b, d) AS ("
  "   SELECT path, kind, a, b, d FROM tally_change"
  "   UNION ALL SELECT path, 'open', coalesce (deadline, ''), '', d FROM tally_task_change WHERE closed IS NULL"
  "   UNION ALL SELECT path, 'closed', CASE WHEN deadline IS NULL OR closed <= deadline THEN 'on_time' ELSE 'late' END,"
  "                    '', d FROM tally_task_change WHERE closed IS NOT NULL"
  "   UNION ALL SELECT path, 'verdict', verdict, '', d FROM tally_task_change WHERE verdict IS NOT NULL),"
  " netted (path, kind, a, b, d) AS ("
  "   SELECT path, kind, a, b, sum (d) FROM changes WHERE path LIKE '/%/' GROUP BY path, kind, a, b HAVING sum (d) <> 0),"
  " levels (path, len) AS ("
  "   SELECT DISTINCT path, instr (substr (path, 2), '/') + 1 FROM netted"
  "   UNION ALL SELECT path, len + instr (substr (path, len + 1), '/') FROM levels WHERE len < length (path))"
  " INSERT INTO tally (unit_id, kind, a, b, n)"
  " SELECT u.id, c.kind, c.a, c.b, sum (c.d)"
  "   FROM netted c JOIN levels l ON l.path = c.path JOIN unit u ON u.path = substr (c.path, 1, l.len)"
  "  WHERE TRUE GROUP BY u.id, c.kind, c.a, c.b"
  " ON CONFLICT (unit_id, kind, a, b) DO UPDATE SET n = n + excluded.n;"
  "DELETE FROM tally_change;"
  "DELETE FROM tally_task_change;";

static gboolean
query_flag (HdStore     *store,
            const char  *sql,
            gboolean    *flag,
            GError     **error)
{
  sqlite3_stmt *stmt = hd_store_prepare (store, sql, error);

  if (stmt == NULL)
    return FALSE;
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      hd_store_set_error (store, error, _("Counting the records"));
      return FALSE;
    }
  *flag = sqlite3_column_int (stmt, 0) != 0;
  sqlite3_reset (stmt);
  return TRUE;
}

gboolean
hd_tally_pending (HdStore   *store,
                  gboolean  *pending,
                  GError   **error)
{
  g_return_val_if_fail (HD_IS_STORE (store), FALSE);

  return query_flag (store,
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
  if (!query_flag (store, "SELECT EXISTS (SELECT 1 FROM tally_task_stale)", &reviews, error))
    return FALSE;
  /* hd_store_exec runs every statement of the text. */
  return (!reviews || hd_store_exec (store, review_sql, error))
         && hd_store_exec (store, rollup_sql, error);
}
