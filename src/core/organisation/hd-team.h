/* hd-team.h — a unit's leadership team (领导班子) and the leaders' contact points (联系点). */
#pragma once

#include "organisation/hd-person.h"

G_BEGIN_DECLS

typedef enum {
  HD_TEAM_ROLE_PRINCIPAL,   /* 主要负责同志, the "一把手" */
  HD_TEAM_ROLE_MEMBER,      /* 班子成员 */
} HdTeamRole;

#define HD_TYPE_TEAM_ROLE (hd_team_role_get_type ())
GType        hd_team_role_get_type         (void);

/* One department a member oversees (分管), with that department's head. */
typedef struct {
  gint64  department_id;
  char   *department_name;
  char   *head_name;         /* the department's principal leader; NULL when it has none */
  char   *head_title;
} HdOversight;

#define HD_TYPE_TEAM_MEMBER (hd_team_member_get_type ())
G_DECLARE_FINAL_TYPE (HdTeamMember, hd_team_member, HD, TEAM_MEMBER, HdRecord)

HdPerson    *hd_team_member_get_person     (HdTeamMember *self);
HdTeamRole   hd_team_member_get_role       (HdTeamMember *self);
/* The departments this member oversees, as HdOversight, in name order. */
GPtrArray   *hd_team_member_get_oversights (HdTeamMember *self);

/* The team of @unit_id: the principal leader first, then the members in team order.
 * An empty list when the unit has no team yet. */
GListModel  *hd_team_load                  (HdStore      *store,
                                            gint64        unit_id,
                                            GError      **error);

/* The leaders whose contact point (联系点) is @unit_id, as HdPerson (with their own unit). */
GListModel  *hd_contact_leaders_load       (HdStore      *store,
                                            gint64        unit_id,
                                            GError      **error);

G_END_DECLS
