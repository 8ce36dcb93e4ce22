/* hd-overview-leaders.c — the tasks by responsible leader, read through the one light rule. */
#include <glib/gi18n-lib.h>

#include "ledger/hd-light.h"
#include "organisation/hd-unit.h"
#include "overview/hd-overview-leaders.h"
#include "store/hd-date.h"

/* The deadline the light judges as in hd-stats.c: a long-term task's next review on or after
 * today. ?1, ?2 the range, ?3 today, ?4 the warning days. */
static const char leaders_sql[] =
  "SELECT t.leader,"
  "       hd_light (CASE WHEN t.kind <> 'long_term' THEN t.deadline"
  "                      WHEN t.closed IS NULL THEN (SELECT min (r.date) FROM task_review r"
  "                                                   WHERE r.task_id = t.id AND r.date >= ?3) END,"
  "                 t.closed, ?3, ?4) AS light,"
  "       coalesce (t.verdict, ''), count(*)"
  "  FROM task t WHERE t.unit_path >= ?1 AND t.unit_path < ?2"
  " GROUP BY t.leader, light, t.verdict ORDER BY t.leader";

static void
leader_clear (HdOverviewLeader *leader)
{
  g_free (leader->leader);
}

static const HdOverviewFigure light_figures[HD_LIGHT_N_LIGHTS] = {
  [HD_LIGHT_RED] = HD_OVERVIEW_RED, [HD_LIGHT_YELLOW] = HD_OVERVIEW_YELLOW, [HD_LIGHT_GREEN] = HD_OVERVIEW_GREEN,
  [HD_LIGHT_CLOSED] = HD_OVERVIEW_CLOSED, [HD_LIGHT_CLOSED_LATE] = HD_OVERVIEW_CLOSED_LATE,
};

GArray *
hd_overview_by_leader (HdStore      *store,
                       gint64        unit_id,
                       const GDate  *today,
                       guint         warning_days,
                       GError      **error)
{
  g_autoptr(GArray) leaders = g_array_new (FALSE, TRUE, sizeof (HdOverviewLeader));
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *iso = hd_date_format_iso (today);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (HD_IS_STORE (store), NULL);
  g_array_set_clear_func (leaders, (GDestroyNotify) leader_clear);

  if (unit_id != 0)
    {
      g_autoptr(HdUnit) unit = hd_unit_load (store, unit_id, error);

      if (unit == NULL)
        return NULL;
      from = g_strdup (hd_unit_get_path (unit));
      to = hd_unit_path_upper_bound (from);
    }
  stmt = hd_store_prepare (store, leaders_sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, from != NULL ? from : "/", -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, to != NULL ? to : "0", -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, iso, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 4, (int) warning_days);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *name = (const char *) sqlite3_column_text (stmt, 0);
      int light = sqlite3_column_int (stmt, 1);
      const char *verdict = (const char *) sqlite3_column_text (stmt, 2);
      gint64 n = sqlite3_column_int64 (stmt, 3);
      HdOverviewLeader *leader = leaders->len > 0 ? &g_array_index (leaders, HdOverviewLeader, leaders->len - 1) : NULL;

      if (leader == NULL || g_strcmp0 (leader->leader, name) != 0)
        {
          HdOverviewLeader next = { g_strdup (name), { 0 } };

          g_array_append_val (leaders, next);
          leader = &g_array_index (leaders, HdOverviewLeader, leaders->len - 1);
        }
      leader->figures[HD_OVERVIEW_TASKS] += n;
      if (light >= 0 && light < HD_LIGHT_N_LIGHTS)
        leader->figures[light_figures[light]] += n;
      if (g_str_equal (verdict, "satisfied"))
        leader->figures[HD_OVERVIEW_SATISFIED] += n;
      else if (g_str_equal (verdict, "basically_satisfied"))
        leader->figures[HD_OVERVIEW_BASICALLY_SATISFIED] += n;
      else if (g_str_equal (verdict, "dissatisfied"))
        leader->figures[HD_OVERVIEW_DISSATISFIED] += n;
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      hd_store_set_error (store, error, _("Counting the records"));
      return NULL;
    }
  return g_steal_pointer (&leaders);
}
