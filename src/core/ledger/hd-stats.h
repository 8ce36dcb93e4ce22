/* hd-stats.h — the figures "huodongban-cli stats" prints and the overview shows. */
#pragma once

#include "store/hd-store.h"

G_BEGIN_DECLS

typedef struct {
  const char *key;     /* stable, machine-readable: "units", "people" … */
  gint64      value;
} HdStatsFigure;

/* The figures in a fixed order, for the subtree of @unit_id (0: the whole database): units,
 * people, teams, supervision_groups, contact_points, opinions, problems, tasks, then the tasks
 * by deadline light as of @today with @warning_days (tasks_red, tasks_yellow, tasks_green,
 * tasks_closed, tasks_closed_late, which add up to tasks), then the supervision notices (notices,
 * notices_open: waiting for their reply, notices_overdue: waiting past the reply deadline),
 * then the look-back rounds (lookback_rounds: of the subtree's units, lookback_pending: the
 * subtree's tasks waiting for an outcome in open rounds), the accountability records, the
 * conversations and meetings, the teams by their three must-talks (teams_talks_complete,
 * teams_talks_incomplete) and the meetings ready to be held, then the masses' verdicts on the
 * tasks (tasks_satisfied, tasks_basically_satisfied, tasks_dissatisfied) and the opinions turned
 * into a problem, answered or closed (opinions_handled).
 * Returns an array of HdStatsFigure. */
GArray      *hd_stats_compute   (HdStore     *store,
                                 gint64       unit_id,
                                 const GDate *today,
                                 guint        warning_days,
                                 GError     **error);

/* Only the tasks and the tasks by light, as in hd_stats_compute(): what the ledger's summary
 * line shows, without counting the subtree's people and units. */
GArray      *hd_stats_compute_lights (HdStore     *store,
                                      gint64       unit_id,
                                      const GDate *today,
                                      guint        warning_days,
                                      GError     **error);

G_END_DECLS
