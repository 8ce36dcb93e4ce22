/* hd-organisation-query.h — the few reads the supervision-group editor needs that the core's
 * models do not answer: groups by the unit that sent them, a group's members and units.
 * Small lists (a county sends about a dozen groups), read whole. No GTK. */
#pragma once

#include "store/hd-store.h"

G_BEGIN_DECLS

typedef struct {
  gint64  id;
  char   *name;
  char   *detail;   /* a member's title or a unit's kind label; may be "" */
  int     role;     /* a member's HdSupervisionRole; 0 otherwise */
} HdIdName;

void       hd_id_name_free                        (gpointer   id_name);

/* Of HdIdName, in the groups' order; NULL with @error when the query fails. */
GPtrArray *hd_organisation_query_groups_sent      (HdStore   *store,
                                                   gint64     unit_id,
                                                   GError   **error);
/* The leader first, then the members in order. */
GPtrArray *hd_organisation_query_group_members    (HdStore   *store,
                                                   gint64     group_id,
                                                   GError   **error);
/* In the hierarchy's order. */
GPtrArray *hd_organisation_query_group_units      (HdStore   *store,
                                                   gint64     group_id,
                                                   GError   **error);

G_END_DECLS
