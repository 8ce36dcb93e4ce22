/* hd-ledger.h — the rectification ledger (整改台账): the tasks of a unit's subtree, filtered and
 * sorted in SQL, as a list of HdTask read a chunk at a time (see hd-query-model.h). */
#pragma once

#include "ledger/hd-task.h"
#include "model/hd-query-model.h"

G_BEGIN_DECLS

typedef enum {
  HD_LEDGER_SORT_NUMBER,     /* the ledger's order: by unit (hierarchy order), then number */
  HD_LEDGER_SORT_DEADLINE,   /* long-term tasks (no deadline) first, then by unit and id */
  HD_LEDGER_SORT_CLOSED,     /* closing date; open tasks first, then by unit and id */
} HdLedgerSort;

typedef struct {
  gint64        unit_id;        /* the subtree of this unit; 0: every unit */
  gboolean      unit_only;      /* only unit_id's own tasks, not those of the units below it */
  int           plan;           /* an HdTaskPlan, or -1 for any */
  int           kind;           /* an HdTaskKind, or -1 */
  guint         lights;         /* a set of (1 << HdLight); 0: any light */
  gboolean      overdue_only;   /* only red tasks: open and past the deadline */
  const char   *leader;         /* this responsible leader exactly; NULL or "": any */
  const char   *text;           /* any part of the problem, measures or goal; NULL or "": any */
  const gint64 *task_ids;       /* only these tasks (a reminder's); NULL: any */
  guint         n_task_ids;
  const GDate  *today;          /* the day the lights are for */
  guint         warning_days;   /* N of the lights */
  HdLedgerSort  sort;
  gboolean      descending;
} HdLedgerQuery;

/* Everything, in the ledger's order, lights as of @today with the default warning days. */
void          hd_ledger_query_init  (HdLedgerQuery        *query,
                                     const GDate          *today);
HdQueryModel *hd_ledger_new         (HdStore              *store,
                                     const HdLedgerQuery  *query,
                                     GError              **error);
/* The same query as a statement whose first column is the task's id, for a reader that steps
 * through every row once (an export streams a province's 900,000 tasks this way); the caller
 * finalizes it. */
sqlite3_stmt *hd_ledger_prepare     (HdStore              *store,
                                     const HdLedgerQuery  *query,
                                     GError              **error);

/* The responsible leaders named in the ledger of @unit_id's subtree (0: every unit), sorted,
 * for the leader filter. */
GStrv         hd_ledger_list_leaders (HdStore              *store,
                                      gint64                unit_id,
                                      GError              **error);

G_END_DECLS
