/* hd-ledger-text.h — what the ledger's cells and summary line say. No GTK: tested without a
 * display. */
#pragma once

#include "ledger/hd-task.h"

G_BEGIN_DECLS

/* "2014年9月30日" for an ISO date; NULL for NULL or "". */
char        *hd_ledger_text_date        (const char  *iso);
/* The deadline column: the deadline; for a long-term task its next review ("Review 2014年10月1日")
 * or "Long-term" without one. */
char        *hd_ledger_text_deadline    (HdTask      *task,
                                         const GDate *today);
/* "Red: overdue 12 · Yellow: due soon 5 · …" from hd_stats_compute's figures. */
char        *hd_ledger_text_summary     (GArray      *figures);
/* The style class that colours a light's mark (the word beside it says the same). */
const char  *hd_ledger_text_light_class (HdLight      light);

/* The light as Pango markup: the mark in its colour (those of hd-ledger.css), then the word. */
char        *hd_ledger_text_light_markup (HdLight     light);

G_END_DECLS
