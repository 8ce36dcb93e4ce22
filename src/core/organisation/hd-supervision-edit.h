/* hd-supervision-edit.h — keeping supervision groups (督导组): members and assigned units.
 * Every function is one edit (durable, logged, undoable). */
#pragma once

#include "organisation/hd-supervision.h"
#include "store/hd-edit.h"

G_BEGIN_DECLS

typedef enum {
  HD_SUPERVISION_ROLE_LEADER,   /* 组长 */
  HD_SUPERVISION_ROLE_MEMBER,
} HdSupervisionRole;

/* The group sent by @sending_unit_id (usually the county); returns its id, or 0. */
gint64    hd_supervision_group_create        (HdStore            *store,
                                              HdHistory          *history,
                                              gint64              sending_unit_id,
                                              const char         *name,
                                              GError            **error);
gboolean  hd_supervision_group_rename        (HdStore            *store,
                                              HdHistory          *history,
                                              gint64              group_id,
                                              const char         *name,
                                              GError            **error);
/* With its members and assignments. */
gboolean  hd_supervision_group_delete        (HdStore            *store,
                                              HdHistory          *history,
                                              gint64              group_id,
                                              GError            **error);
/* Adds the person or changes the role; a new leader makes the former one a member. */
gboolean  hd_supervision_group_set_member    (HdStore            *store,
                                              HdHistory          *history,
                                              gint64              group_id,
                                              gint64              person_id,
                                              HdSupervisionRole   role,
                                              GError            **error);
gboolean  hd_supervision_group_remove_member (HdStore            *store,
                                              HdHistory          *history,
                                              gint64              group_id,
                                              gint64              person_id,
                                              GError            **error);
gboolean  hd_supervision_group_assign        (HdStore            *store,
                                              HdHistory          *history,
                                              gint64              group_id,
                                              gint64              unit_id,
                                              GError            **error);
gboolean  hd_supervision_group_unassign      (HdStore            *store,
                                              HdHistory          *history,
                                              gint64              group_id,
                                              gint64              unit_id,
                                              GError            **error);

G_END_DECLS
