/* hd-unit-children.h — one unit's children for the unit tree, reloadable after an edit. */
#pragma once

#include "organisation/hd-unit.h"

G_BEGIN_DECLS

#define HD_TYPE_UNIT_CHILDREN (hd_unit_children_get_type ())
G_DECLARE_FINAL_TYPE (HdUnitChildren, hd_unit_children, HD, UNIT_CHILDREN, GObject)

/* A GListModel of HdUnit: the children of @parent_id (0: the roots), queried on first use. */
HdUnitChildren *hd_unit_children_new           (HdStore        *store,
                                                gint64          parent_id);
gint64          hd_unit_children_get_parent_id (HdUnitChildren *self);
/* Queries the children again and emits ::items-changed only over the rows that differ. */
void            hd_unit_children_reload        (HdUnitChildren *self);
/* The position of unit @id, or -1. */
int             hd_unit_children_find          (HdUnitChildren *self,
                                                gint64          id);

G_END_DECLS
