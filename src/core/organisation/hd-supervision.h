/* hd-supervision.h — supervision groups (督导组) and the units assigned to them. */
#pragma once

#include "organisation/hd-person.h"

G_BEGIN_DECLS

#define HD_TYPE_SUPERVISION_GROUP (hd_supervision_group_get_type ())
G_DECLARE_FINAL_TYPE (HdSupervisionGroup, hd_supervision_group, HD, SUPERVISION_GROUP, HdRecord)

gint64       hd_supervision_group_get_id       (HdSupervisionGroup *self);
const char  *hd_supervision_group_get_name     (HdSupervisionGroup *self);
/* The group leader (组长), or NULL. */
HdPerson    *hd_supervision_group_get_leader   (HdSupervisionGroup *self);
/* The other members, as HdPerson. */
GListModel  *hd_supervision_group_get_members  (HdSupervisionGroup *self);
guint        hd_supervision_group_get_n_units  (HdSupervisionGroup *self);

/* The groups to which @unit_id is assigned (usually one), with leader and members loaded. */
GListModel  *hd_supervision_groups_for_unit    (HdStore            *store,
                                                gint64              unit_id,
                                                GError            **error);

G_END_DECLS
