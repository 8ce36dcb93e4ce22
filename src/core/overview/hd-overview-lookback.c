/* hd-overview-lookback.c — the overview's figures of the look-back review: the supervision
 * notices waiting for their reply (and those past their reply deadline), and the tasks waiting
 * for an outcome in open look-back rounds; each read once for the unit's subtree, grouped by
 * the unit's path and given to the row whose subtree holds that path. As hd-stats.c counts
 * them. */
#include <glib/gi18n-lib.h>

#include "overview/hd-overview-private.h"

static gboolean
add_grouped (HdOverviewQuery   *query,
             const char        *sql,          /* ?1, ?2 the range, ?3 today: path, count, count */
             HdOverviewFigure   first,
             HdOverviewFigure   second,       /* or -1 */
             GError           **error)
{
  sqlite3_stmt *stmt = hd_store_prepare (query->store, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, query->from, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, query->to, -1, SQLITE_STATIC);
  if (sqlite3_bind_parameter_count (stmt) >= 3)
    sqlite3_bind_text (stmt, 3, query->today, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint row = hd_overview_query_row_of_path (query, (const char *) sqlite3_column_text (stmt, 0));
      HdOverviewRow *target;

      if (row < 0)
        continue;
      target = &g_array_index (query->rows, HdOverviewRow, row);
      target->figures[first] += sqlite3_column_int64 (stmt, 1);
      if ((int) second >= 0)
        target->figures[second] += sqlite3_column_int64 (stmt, 2);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      hd_store_set_error (query->store, error, _("Counting the records"));
      return FALSE;
    }
  return TRUE;
}

gboolean
hd_overview_lookback_source (HdOverviewQuery  *query,
                             GError          **error)
{
  return add_grouped (query,
                      "SELECT unit_path, count(*), total (reply_by < ?3) FROM notice INDEXED BY notice_waiting"
                      " WHERE replied IS NULL AND withdrawn IS NULL AND unit_path >= ?1 AND unit_path < ?2"
                      " GROUP BY unit_path",
                      HD_OVERVIEW_NOTICES_OPEN, HD_OVERVIEW_NOTICES_OVERDUE, error)
         && add_grouped (query,
                         "SELECT t.unit_path, count(*), 0 FROM lookback_round r"
                         " JOIN lookback_item i INDEXED BY lookback_item_waiting ON i.round_id = r.id AND i.outcome IS NULL"
                         " JOIN task t ON t.id = i.task_id"
                         " WHERE r.closed IS NULL AND t.unit_path >= ?1 AND t.unit_path < ?2 GROUP BY t.unit_path",
                         HD_OVERVIEW_LOOKBACK_PENDING, -1, error);
}
