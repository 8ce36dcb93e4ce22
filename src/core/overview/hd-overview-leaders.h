/* hd-overview-leaders.h — the overview by responsible leader (分管领导): the tasks of a unit's
 * subtree grouped by the leader the ledger names, with their lights and verdicts. */
#pragma once

#include "overview/hd-overview.h"

G_BEGIN_DECLS

typedef struct {
  char   *leader;    /* as the ledger names him or her; "" for the tasks that name nobody */
  gint64  figures[HD_OVERVIEW_DISSATISFIED + 1];   /* tasks … dissatisfied */
} HdOverviewLeader;

/* The leaders of @unit_id's subtree (0: the whole database) in the order of their names, lights
 * as of @today; an array of HdOverviewLeader, NULL with the reason on failure. */
GArray      *hd_overview_by_leader (HdStore      *store,
                                    gint64        unit_id,
                                    const GDate  *today,
                                    guint         warning_days,
                                    GError      **error);

G_END_DECLS
