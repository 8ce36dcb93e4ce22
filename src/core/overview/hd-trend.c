/* hd-trend.c — the weekly lights: the subtree's deadline and closing days read once (from the
 * covering index on the tasks' paths), then each week counted from them. */
#include <glib/gi18n-lib.h>

#include "organisation/hd-unit.h"
#include "overview/hd-trend.h"
#include "store/hd-date.h"

HdTrendLight
hd_trend_light (guint32 deadline,
                guint32 closed,
                guint32 day,
                guint   warning_days)
{
  if (closed != 0 && closed <= day)
    return deadline == 0 || closed <= deadline ? HD_TREND_CLOSED : HD_TREND_CLOSED_LATE;
  if (deadline == 0)
    return HD_TREND_GREEN;
  if (deadline < day)
    return HD_TREND_RED;
  if (deadline - day <= warning_days)
    return HD_TREND_YELLOW;
  return HD_TREND_GREEN;
}

/* A stored day as a Julian day number; 0 for NULL. */
static guint32
julian (const unsigned char *text)
{
  gint64 day = 0;

  return hd_date_iso_to_julian ((const char *) text, &day) ? (guint32) day : 0;
}

typedef struct {
  guint32 deadline;
  guint32 closed;
} Dates;

GArray *
hd_trend_compute (HdStore      *store,
                  gint64        unit_id,
                  const GDate  *today,
                  guint         warning_days,
                  GError      **error)
{
  g_autoptr(GArray) dates = g_array_new (FALSE, FALSE, sizeof (Dates));
  g_autoptr(GArray) weeks = g_array_new (FALSE, TRUE, sizeof (HdTrendWeek));
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  guint32 earliest = G_MAXUINT32, first, last, today_julian;
  GDate monday;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (HD_IS_STORE (store), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  if (unit_id != 0)
    {
      g_autoptr(HdUnit) unit = hd_unit_load (store, unit_id, error);

      if (unit == NULL)
        return NULL;
      from = g_strdup (hd_unit_get_path (unit));
      to = hd_unit_path_upper_bound (from);
    }
  stmt = hd_store_prepare (store,
                           "SELECT deadline, closed FROM task INDEXED BY task_by_path"
                           " WHERE unit_path >= ?1 AND unit_path < ?2",
                           error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, from != NULL ? from : "/", -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, to != NULL ? to : "0", -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Dates task = { julian (sqlite3_column_text (stmt, 0)), julian (sqlite3_column_text (stmt, 1)) };

      if (task.deadline != 0)
        earliest = MIN (earliest, task.deadline);
      if (task.closed != 0)
        earliest = MIN (earliest, task.closed);
      g_array_append_val (dates, task);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      hd_store_set_error (store, error, _("Counting the records"));
      return NULL;
    }

  today_julian = g_date_get_julian (today);
  if (earliest == G_MAXUINT32 || earliest > today_julian)
    return g_steal_pointer (&weeks);
  /* Monday is weekday 1: the Monday on or before a day. */
  g_date_clear (&monday, 1);
  g_date_set_julian (&monday, earliest);
  first = earliest - (g_date_get_weekday (&monday) - G_DATE_MONDAY);
  g_date_set_julian (&monday, today_julian);
  last = today_julian - (g_date_get_weekday (&monday) - G_DATE_MONDAY);
  for (guint32 day = first; day <= last; day += 7)
    {
      HdTrendWeek week = { { 0 }, { 0 } };

      g_date_clear (&week.start, 1);
      g_date_set_julian (&week.start, day);
      for (guint i = 0; i < dates->len; i++)
        {
          const Dates *task = &g_array_index (dates, Dates, i);

          week.counts[hd_trend_light (task->deadline, task->closed, day, warning_days)]++;
        }
      g_array_append_val (weeks, week);
    }
  return g_steal_pointer (&weeks);
}
