/* hd-stats.c — the figures "huodongban-cli stats" prints and the overview shows.
 *
 * A subtree is the range [path, upper bound) of unit.path, answered from the index on path; the
 * whole database is the range of every path, ["/", "0"). Each query starts from that range of
 * units and reaches the other table through its index on unit_id: "CROSS JOIN" pins that order,
 * so SQLite never scans the big tables (1.7 million people in a province) to test each row's unit.
 */
#include <glib/gi18n-lib.h>

#include "ledger/hd-light.h"
#include "ledger/hd-stats.h"
#include "overview/hd-tally.h"
#include "organisation/hd-unit.h"
#include "store/hd-date.h"
#include "store/hd-read.h"
#include "talks/hd-meeting-readiness.h"
#include "talks/hd-team-coverage.h"
#include "talks/hd-team-talks.h"

#define ALL_PATHS_FROM "/"
#define ALL_PATHS_TO   "0"

static GQuark
hd_stats_error_quark (void)
{
  return g_quark_from_static_string ("hd-stats-error-quark");
}

enum {
  HD_STATS_ERROR_NO_UNIT,
};

typedef struct {
  const char *key;
  const char *sql;   /* ?1, ?2: the subtree's range of paths; ?3: today */
} Figure;

static const Figure figures[] = {
  { "units",
    "SELECT count(*) FROM unit WHERE path >= ?1 AND path < ?2" },
  { "people",
    "SELECT count(*) FROM unit u CROSS JOIN person p ON p.unit_id = u.id"
    " WHERE u.path >= ?1 AND u.path < ?2" },
  { "teams",
    "SELECT count(*) FROM unit u"
    " WHERE u.path >= ?1 AND u.path < ?2"
    "   AND EXISTS (SELECT 1 FROM team_member t WHERE t.unit_id = u.id)" },
  /* For a subtree, the groups that supervise some unit in it: who comes to check this part of
   * the hierarchy. For the whole database every group counts, assigned yet or not, so a group
   * just set up is not missing from the total. */
  { "supervision_groups",
    "SELECT CASE WHEN ?1 = '" ALL_PATHS_FROM "' AND ?2 = '" ALL_PATHS_TO "'"
    "  THEN (SELECT count(*) FROM supervision_group)"
    "  ELSE (SELECT count(DISTINCT a.group_id)"
    "          FROM unit u CROSS JOIN supervision_assignment a ON a.unit_id = u.id"
    "         WHERE u.path >= ?1 AND u.path < ?2)"
    " END" },
  /* The contact points that lie in the subtree, wherever their leaders sit. */
  { "contact_points",
    "SELECT count(*) FROM unit u CROSS JOIN contact_point c ON c.unit_id = u.id"
    " WHERE u.path >= ?1 AND u.path < ?2" },
  /* Opinions carry their unit's path: the range of their own index, no join. */
  { "opinions",
    "SELECT count(*) FROM opinion WHERE unit_path >= ?1 AND unit_path < ?2" },
  { "problems",
    "SELECT count(*) FROM unit u CROSS JOIN problem p ON p.unit_id = u.id"
    " WHERE u.path >= ?1 AND u.path < ?2" },
};

/* After the tasks by light, the look-back review's: the supervision notices, those waiting for
 * their reply, and those waiting past their reply deadline. */
static const Figure lookback_figures[] = {
  { "notices", "SELECT count(*) FROM notice WHERE unit_path >= ?1 AND unit_path < ?2" },
  { "notices_open",
    "SELECT count(*) FROM notice INDEXED BY notice_waiting"
    " WHERE replied IS NULL AND withdrawn IS NULL AND unit_path >= ?1 AND unit_path < ?2" },
  { "notices_overdue",
    "SELECT count(*) FROM notice INDEXED BY notice_waiting"
    " WHERE replied IS NULL AND withdrawn IS NULL AND reply_by < ?3 AND unit_path >= ?1 AND unit_path < ?2" },
  /* The look-back rounds of the subtree's units, and the subtree's tasks still waiting for an
   * outcome in open rounds, whoever opened them. */
  { "lookback_rounds", "SELECT count(*) FROM lookback_round WHERE unit_path >= ?1 AND unit_path < ?2" },
  { "lookback_pending",
    "SELECT count(*) FROM lookback_round r"
    " JOIN lookback_item i INDEXED BY lookback_item_waiting ON i.round_id = r.id AND i.outcome IS NULL"
    " JOIN task t ON t.id = i.task_id"
    " WHERE r.closed IS NULL AND t.unit_path >= ?1 AND t.unit_path < ?2" },
  /* Accountability records about the subtree's units. */
  { "accountability", "SELECT count(*) FROM accountability WHERE unit_path >= ?1 AND unit_path < ?2" },
  /* The talk-the-heart conversations of the subtree's teams, and their meetings; then the teams
   * by their three must-talks and the meetings ready to be held (count_teams_talks). */
  { "talks",
    "SELECT count(*) FROM unit u CROSS JOIN talk t INDEXED BY talk_by_unit ON t.unit_id = u.id"
    " WHERE u.path >= ?1 AND u.path < ?2" },
  { "meetings", "SELECT count(*) FROM meeting WHERE unit_path >= ?1 AND unit_path < ?2" },
};

/* A subtree's top units: the unit itself, or for the whole database the units without a parent;
 * each one's counts hold those of the units below it. */
#define KEPT_TOP \
  " AND (u.parent_id IS NULL OR (SELECT p.path FROM unit p WHERE p.id = u.parent_id) < ?1)"

/* Last, the masses' verdicts on the tasks, and the opinions handled: turned into a problem,
 * answered, or closed (the leaders' overview shows them with each unit's tasks and opinions).
 * Read from the counts the database keeps (hd-tally.h) for the subtree's top units; counted
 * from the records when they are not up to date (a database written by another program). */
static const Figure verdict_figures[] = {
  { "tasks_satisfied", "SELECT count(*) FROM task WHERE verdict = 'satisfied' AND unit_path >= ?1 AND unit_path < ?2" },
  { "tasks_basically_satisfied",
    "SELECT count(*) FROM task WHERE verdict = 'basically_satisfied' AND unit_path >= ?1 AND unit_path < ?2" },
  { "tasks_dissatisfied",
    "SELECT count(*) FROM task WHERE verdict = 'dissatisfied' AND unit_path >= ?1 AND unit_path < ?2" },
  { "opinions_handled",
    "SELECT count(*) FROM opinion WHERE status IN ('problem', 'answered', 'closed')"
    " AND unit_path >= ?1 AND unit_path < ?2" },
};
static const Figure kept_verdict_figures[] = {
  { "tasks_satisfied", "SELECT total (n) FROM unit u CROSS JOIN tally t ON t.unit_id = u.id AND t.kind = 'verdict'"
                       " AND t.a = 'satisfied' WHERE u.path >= ?1 AND u.path < ?2" KEPT_TOP },
  { "tasks_basically_satisfied",
    "SELECT total (n) FROM unit u CROSS JOIN tally t ON t.unit_id = u.id AND t.kind = 'verdict'"
    " AND t.a = 'basically_satisfied' WHERE u.path >= ?1 AND u.path < ?2" KEPT_TOP },
  { "tasks_dissatisfied",
    "SELECT total (n) FROM unit u CROSS JOIN tally t ON t.unit_id = u.id AND t.kind = 'verdict'"
    " AND t.a = 'dissatisfied' WHERE u.path >= ?1 AND u.path < ?2" KEPT_TOP },
  { "opinions_handled",
    "SELECT total (n) FROM unit u CROSS JOIN tally t ON t.unit_id = u.id AND t.kind = 'opinion'"
    " AND t.a IN ('problem', 'answered', 'closed') WHERE u.path >= ?1 AND u.path < ?2" KEPT_TOP },
};

/* The teams that require at least one pair, as complete or not. */
static gboolean
count_teams_talks (HdStore     *store,
                   const char  *from,
                   const char  *to,
                   GArray      *result,
                   GError     **error)
{
  HdStatsFigure complete = { "teams_talks_complete", 0 };
  HdStatsFigure incomplete = { "teams_talks_incomplete", 0 };

  HdStatsFigure ready = { "meetings_ready", 0 };
  g_autoptr(GArray) meetings = NULL;
  gboolean kept = FALSE;

  /* As the database keeps them; computed when it does not (written by another program). */
  if (!hd_team_talks_read (store, from, to, &complete.value, &incomplete.value, &ready.value, &kept, error))
    return FALSE;
  if (!kept)
    {
      meetings = hd_meeting_readiness_candidates (store, from, to, error);
      if (meetings == NULL
          || !hd_team_coverage_count (store, from, to, &complete.value, &incomplete.value,
                                      (HdMeetingPreparation *) meetings->data, meetings->len, error))
        return FALSE;
      for (guint i = 0; i < meetings->len; i++)
        ready.value += g_array_index (meetings, HdMeetingPreparation, i).complete;
    }
  g_array_append_val (result, complete);
  g_array_append_val (result, incomplete);
  g_array_append_val (result, ready);
  return TRUE;
}

/* The tasks by light, in the order of HdLight, after "tasks"; they add up to it. */
static const char * const light_keys[HD_LIGHT_N_LIGHTS] = {
  "tasks_red", "tasks_yellow", "tasks_green", "tasks_closed", "tasks_closed_late",
};

/* hd_light() is the one rule, given the deadline the ledger gives it (see hd-ledger.c): a
 * long-term task's next review on or after today, none once closed. ?3 today, ?4 warning days. */
#define TASK_LIGHTS_SQL \
  "SELECT hd_light (CASE WHEN t.kind <> 'long_term' THEN t.deadline" \
  "                      WHEN t.closed IS NULL THEN (SELECT min (r.date) FROM task_review r" \
  "                                                   WHERE r.task_id = t.id AND r.date >= ?3) END," \
  "                 t.closed, ?3, ?4) AS light, count(*)" \
  " FROM task t WHERE t.unit_path >= ?1 AND t.unit_path < ?2 GROUP BY light"

static gboolean
count_tasks (HdStore      *store,
             const char   *from,
             const char   *to,
             const GDate  *today,
             guint         warning_days,
             GArray       *result,
             GError      **error)
{
  g_autofree char *iso = hd_date_format_iso (today);
  gint64 counts[HD_LIGHT_N_LIGHTS] = { 0 };
  HdStatsFigure total = { "tasks", 0 };
  sqlite3_stmt *stmt = hd_store_prepare (store, TASK_LIGHTS_SQL, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, from, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, to, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, iso, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 4, (int) warning_days);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int light = sqlite3_column_int (stmt, 0);

      if (light >= 0 && light < HD_LIGHT_N_LIGHTS)
        counts[light] += sqlite3_column_int64 (stmt, 1);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      hd_store_set_error (store, error, _("Counting the records"));
      return FALSE;
    }
  for (guint i = 0; i < HD_LIGHT_N_LIGHTS; i++)
    total.value += counts[i];
  g_array_append_val (result, total);
  for (guint i = 0; i < HD_LIGHT_N_LIGHTS; i++)
    {
      HdStatsFigure figure = { light_keys[i], counts[i] };
      g_array_append_val (result, figure);
    }
  return TRUE;
}

static void
set_no_unit (GError **error,
             gint64   unit_id)
{
  g_set_error (error, hd_stats_error_quark (), HD_STATS_ERROR_NO_UNIT,
               _("There is no unit number %lld in the database; it may have just been deleted. Choose the unit again."),
               (long long) unit_id);
}

static char *
lookup_path (HdStore  *store,
             gint64    unit_id,
             GError  **error)
{
  char *path = NULL;

  hd_read_one (store, "SELECT path FROM unit WHERE id = ?1", unit_id,
               hd_read_row_text, &path, set_no_unit, N_("Reading the database"), error);
  return path;
}

/* The range of unit paths of @unit_id's subtree (0: the whole database). */
static gboolean
subtree_range (HdStore  *store,
               gint64    unit_id,
               char    **from,
               char    **to,
               GError  **error)
{
  if (unit_id == 0)
    {
      *from = g_strdup (ALL_PATHS_FROM);
      *to = g_strdup (ALL_PATHS_TO);
      return TRUE;
    }
  *from = lookup_path (store, unit_id, error);
  if (*from == NULL)
    return FALSE;
  *to = hd_unit_path_upper_bound (*from);
  return TRUE;
}

/* Appends @n figures to @result, each counted over the range [@from, @to) of unit paths. */
static gboolean
count_figures (HdStore       *store,
               const Figure  *list,
               guint          n,
               const char    *from,
               const char    *to,
               const GDate   *today,
               GArray        *result,
               GError       **error)
{
  g_autofree char *day = hd_date_format_iso (today);

  for (guint i = 0; i < n; i++)
    {
      sqlite3_stmt *stmt = hd_store_prepare (store, list[i].sql, error);
      HdStatsFigure figure = { list[i].key, 0 };

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, from, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, to, -1, SQLITE_TRANSIENT);
      if (sqlite3_bind_parameter_count (stmt) >= 3)
        sqlite3_bind_text (stmt, 3, day, -1, SQLITE_TRANSIENT);
      if (sqlite3_step (stmt) != SQLITE_ROW)
        {
          hd_store_set_error (store, error, _("Counting the records"));
          sqlite3_reset (stmt);
          return FALSE;
        }
      figure.value = sqlite3_column_int64 (stmt, 0);
      sqlite3_reset (stmt);
      g_array_append_val (result, figure);
    }
  return TRUE;
}

static gboolean
count_verdicts (HdStore      *store,
                const char   *from,
                const char   *to,
                const GDate  *today,
                GArray       *result,
                GError      **error)
{
  gboolean pending = TRUE;

  if (!hd_tally_pending (store, &pending, error))
    return FALSE;
  if (pending)
    return count_figures (store, verdict_figures, G_N_ELEMENTS (verdict_figures), from, to, today, result, error);
  return count_figures (store, kept_verdict_figures, G_N_ELEMENTS (kept_verdict_figures), from, to, today, result,
                        error);
}

GArray *
hd_stats_compute (HdStore      *store,
                  gint64        unit_id,
                  const GDate  *today,
                  guint         warning_days,
                  GError      **error)
{
  g_autoptr(GArray) result = g_array_sized_new (FALSE, FALSE, sizeof (HdStatsFigure), 32);
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  g_return_val_if_fail (HD_IS_STORE (store), NULL);
  g_return_val_if_fail (unit_id >= 0, NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  if (!subtree_range (store, unit_id, &from, &to, error))
    return NULL;
  if (!count_figures (store, figures, G_N_ELEMENTS (figures), from, to, today, result, error)
      || !count_tasks (store, from, to, today, warning_days, result, error)
      || !count_figures (store, lookback_figures, G_N_ELEMENTS (lookback_figures), from, to, today, result, error)
      || !count_teams_talks (store, from, to, result, error)
      || !count_verdicts (store, from, to, today, result, error))
    return NULL;
  return g_steal_pointer (&result);
}

GArray *
hd_stats_compute_lights (HdStore      *store,
                         gint64        unit_id,
                         const GDate  *today,
                         guint         warning_days,
                         GError      **error)
{
  g_autoptr(GArray) result = g_array_sized_new (FALSE, FALSE, sizeof (HdStatsFigure), 1 + HD_LIGHT_N_LIGHTS);
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  g_return_val_if_fail (HD_IS_STORE (store), NULL);
  g_return_val_if_fail (unit_id >= 0, NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  if (!subtree_range (store, unit_id, &from, &to, error)
      || !count_tasks (store, from, to, today, warning_days, result, error))
    return NULL;
  return g_steal_pointer (&result);
}
