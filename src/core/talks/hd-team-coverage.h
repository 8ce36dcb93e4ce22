/* hd-team-coverage.h — the three must-talks of a unit's leadership team, read from the store: the
 * team (its principal leader, its members in the team's order, the departments each oversees and
 * their heads, a department's head being its own team's principal leader) and the conversations
 * of its people, then hd_coverage_compute(). */
#pragma once

#include <sqlite3.h>

#include "store/hd-store.h"
#include "talks/hd-coverage.h"

G_BEGIN_DECLS

/* The pairs (HdRequiredPair) of the team of @unit_id: with @meeting_id, counting the
 * conversations from the start of that meeting's preparation to its day; with 0, every
 * conversation of the team's people. NULL with the reason on failure. */
GArray      *hd_team_coverage_read   (HdStore  *store,
                                      gint64    unit_id,
                                      gint64    meeting_id,
                                      GError  **error);

/* Called for a leadership team with its shape (hd-coverage.h), which lives until it returns. */
typedef void (*HdTeamShapeFunc) (gint64             unit_id,
                                 const HdTeamShape *shape,
                                 gpointer           data);

/* Calls @func for each leadership team of the units whose paths lie in [@from, @to), in the
 * order of the units' ids: its principal leader, its members in the team's order, what each
 * oversees and those departments' heads (their own teams' principal leaders). On the connection
 * @db: the demo's, inside its transaction, as well as a store's. */
gboolean     hd_team_shapes_each     (sqlite3          *db,
                                      const char       *from,
                                      const char       *to,
                                      HdTeamShapeFunc   func,
                                      gpointer          data,
                                      GError          **error);

/* A meeting whose team's must-talks are checked in its preparation: its unit, the preparation's
 * days (ISO, both counted), and the answer, whether every required pair talked the five topics
 * through in those days. */
typedef struct {
  gint64    meeting_id;
  gint64    unit_id;
  char      from[11];
  char      to[11];
  gboolean  complete;
} HdMeetingPreparation;

/* Called for each leadership team that requires at least one pair: whether every pair talked the
 * five topics through, counting every conversation of their people. */
typedef void (*HdTeamTalkedFunc) (gint64    unit_id,
                                  gboolean  complete,
                                  gpointer  data);

/* Calls @func for each leadership team of the units whose paths lie in [@from, @to) that
 * requires at least one pair, in the order of the units' ids, and sets the answer of each of
 * @meetings (of units in the same range), counting its preparation's conversations. The
 * conversations are read once for them all. */
gboolean     hd_team_coverage_each   (HdStore               *store,
                                      const char            *from,
                                      const char            *to,
                                      HdMeetingPreparation  *meetings,
                                      guint                  n_meetings,
                                      HdTeamTalkedFunc       func,
                                      gpointer               data,
                                      GError               **error);

/* Of the leadership teams of the units whose paths lie in [@from, @to) that require at least one
 * pair, how many have talked every pair through (@complete) and how many have not
 * (@incomplete), counting every conversation of their people; and for each of @meetings (of units
 * in the same range), whether its pairs have, counting its preparation's conversations. The
 * conversations are read once for them all. */
gboolean     hd_team_coverage_count  (HdStore               *store,
                                      const char            *from,
                                      const char            *to,
                                      gint64                *complete,
                                      gint64                *incomplete,
                                      HdMeetingPreparation  *meetings,
                                      guint                  n_meetings,
                                      GError               **error);

G_END_DECLS
