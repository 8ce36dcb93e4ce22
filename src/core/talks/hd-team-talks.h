/* hd-team-talks.h — each leadership team's three must-talks and its meetings ready to be held,
 * kept in the database as the data changes (schema 13: team_talks), so that the figures of a
 * province are read in a moment instead of computed from millions of conversations.
 *
 * A write marks by triggers the units whose answer it may change; the store calls
 * hd_team_talks_refresh() before it commits, which computes them again in the same transaction
 * with the one rule (hd_team_coverage_each, hd-meeting-readiness.c), so the kept answers are
 * always those the rule gives. */
#pragma once

#include "store/hd-store.h"

G_BEGIN_DECLS

/* Computes again the answers of the units marked since the last refresh. Inside the store's
 * write transaction. */
gboolean     hd_team_talks_refresh  (HdStore      *store,
                                     GError      **error);

/* The kept figures of the units whose paths lie in [@from, @to): the teams that require a pair,
 * as talked through (@complete) or not (@incomplete), and the meetings ready to be held. @kept
 * FALSE when some answer is not kept yet (a database written by another program): compute them
 * then. */
gboolean     hd_team_talks_read     (HdStore      *store,
                                     const char   *from,
                                     const char   *to,
                                     gint64       *complete,
                                     gint64       *incomplete,
                                     gint64       *ready,
                                     gboolean     *kept,
                                     GError      **error);

G_END_DECLS
