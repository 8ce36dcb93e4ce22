/* hd-trend.h — the lights of a unit's subtree week by week over the campaign, computed from the
 * tasks' stored dates alone (no snapshots): on a day D a task was
 *   closed (or closed late, after its deadline)  when it was closed on or before D;
 *   red     when its deadline was before D and it was not closed by D;
 *   yellow  when its deadline was D or within the warning days after D, not closed by D;
 *   green   otherwise: its deadline further off, or a long-term task (no deadline) not closed.
 * The weeks start on Mondays, from the week of the earliest deadline or closing day of the
 * subtree's tasks to the week of today; the day D of a week is its Monday. */
#pragma once

#include "store/hd-store.h"

G_BEGIN_DECLS

typedef enum {
  HD_TREND_RED,
  HD_TREND_YELLOW,
  HD_TREND_GREEN,
  HD_TREND_CLOSED,
  HD_TREND_CLOSED_LATE,
} HdTrendLight;
#define HD_TREND_N_LIGHTS (HD_TREND_CLOSED_LATE + 1)

typedef struct {
  GDate   start;                      /* the Monday */
  gint64  counts[HD_TREND_N_LIGHTS];
} HdTrendWeek;

/* The weeks of @unit_id's subtree (0: the whole database) up to the week of @today; an array of
 * HdTrendWeek, empty when the subtree has no task with a date. NULL with the reason on failure. */
GArray      *hd_trend_compute  (HdStore      *store,
                                gint64        unit_id,
                                const GDate  *today,
                                guint         warning_days,
                                GError      **error);

/* The light of a task on day @day (Julian day numbers; 0: no deadline, not closed). */
HdTrendLight hd_trend_light    (guint32  deadline,
                                guint32  closed,
                                guint32  day,
                                guint    warning_days);

G_END_DECLS
