/* hd-tally.h — the overview's counts of every unit's subtree, kept in the database as the data
 * changes (schema 14: the table tally; see hd-schema.c for its kinds of count).
 *
 * Triggers write what a change adds and takes away, by the row's path; before the write commits,
 * the store calls hd_tally_refresh(), which adds those changes to the counts of the unit and of
 * every unit above it. Read the counts with hd_tally_read(). */
#pragma once

#include "store/hd-store.h"

G_BEGIN_DECLS

/* Adds the changes of the write in progress to the counts. Inside the store's write
 * transaction, after the teams' answers are computed (hd_team_talks_refresh). */
gboolean     hd_tally_refresh   (HdStore   *store,
                                 GError   **error);

/* Sets @pending to whether changes wait to be counted: the counts are then not to be read (a
 * database written by another program). */
gboolean     hd_tally_pending   (HdStore   *store,
                                 gboolean  *pending,
                                 GError   **error);

G_END_DECLS
