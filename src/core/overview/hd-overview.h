/* hd-overview.h — the leaders' overview: for a unit, one row per child unit with the figures of
 * its subtree, a row for the unit's own records when it holds any, and the total.
 *
 * The figures come from the counts the database keeps (hd-tally.h) and a few small tables read
 * at once for all the rows, so a province's hundred counties take a moment; they are exactly
 * what hd_stats_compute() gives for each row's unit (a test compares them). Each area adds its
 * figures as a source in hd-overview-sources.c; the figures' order is that of HdOverviewFigure,
 * later areas' at the end. */
#pragma once

#include "store/hd-store.h"

G_BEGIN_DECLS

typedef enum {
  HD_OVERVIEW_TASKS,
  HD_OVERVIEW_RED,
  HD_OVERVIEW_YELLOW,
  HD_OVERVIEW_GREEN,
  HD_OVERVIEW_CLOSED,
  HD_OVERVIEW_CLOSED_LATE,
  HD_OVERVIEW_SATISFIED,              /* the masses' verdicts on the tasks */
  HD_OVERVIEW_BASICALLY_SATISFIED,
  HD_OVERVIEW_DISSATISFIED,
  HD_OVERVIEW_OPINIONS,
  HD_OVERVIEW_OPINIONS_HANDLED,       /* turned into a problem, answered, or closed */
  HD_OVERVIEW_NOTICES_OPEN,
  HD_OVERVIEW_NOTICES_OVERDUE,
  HD_OVERVIEW_LOOKBACK_PENDING,
  HD_OVERVIEW_TEAMS_TALKED,           /* the teams whose three must-talks are all talked through */
  HD_OVERVIEW_TEAMS_NOT_TALKED,
} HdOverviewFigure;
#define HD_OVERVIEW_N_FIGURES (HD_OVERVIEW_TEAMS_NOT_TALKED + 1)

/* The figure's key: the command line's column header and stats' key. */
const char  *hd_overview_figure_get_key   (HdOverviewFigure figure);
/* Its translated column heading, short. */
const char  *hd_overview_figure_get_label (HdOverviewFigure figure);

typedef struct {
  gint64    unit_id;
  char     *path;      /* unit.path */
  char     *name;
  gboolean  own;       /* the unit's own records, not a child's subtree */
  gint64    figures[HD_OVERVIEW_N_FIGURES];
} HdOverviewRow;

typedef struct {
  gint64   unit_id;    /* 0: the whole database, whose children are the top units */
  GArray  *rows;       /* HdOverviewRow: the own row first (when the unit holds any record), then
                        * the children in their order */
  gint64   total[HD_OVERVIEW_N_FIGURES];
} HdOverview;

/* The overview of @unit_id (0: the whole database) as of @today, a task turning yellow
 * @warning_days before its deadline. NULL with the reason on failure. */
HdOverview  *hd_overview_compute  (HdStore      *store,
                                   gint64        unit_id,
                                   const GDate  *today,
                                   guint         warning_days,
                                   GError      **error);
void         hd_overview_free     (HdOverview   *overview);

/* The satisfaction rate of a row's verdicts: (satisfied + basically) / all, in per cent; -1 when
 * no task has a verdict yet. */
double       hd_overview_satisfaction (const gint64 *figures);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HdOverview, hd_overview_free)

G_END_DECLS
