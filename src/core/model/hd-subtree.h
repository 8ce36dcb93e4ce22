/* hd-subtree.h — a unit's subtree as the range of paths that the big tables' indexes answer. */
#pragma once

#include "store/hd-store.h"

G_BEGIN_DECLS

typedef struct {
  char     *from;    /* inclusive */
  char     *to;      /* exclusive */
  /* The subtree holds a large share of all units (an eighth or more): its rows are better read
   * in the list's order from an index over the whole table, testing the path, than gathered by
   * path and sorted (a sort must finish before the first row shows). */
  gboolean  large;
} HdSubtree;

/* @unit_id 0: every unit. FALSE with the unit's error when it does not exist. */
gboolean  hd_subtree_init   (HdSubtree  *subtree,
                             HdStore    *store,
                             gint64      unit_id,
                             GError    **error);
void      hd_subtree_clear  (HdSubtree  *subtree);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (HdSubtree, hd_subtree_clear)

G_END_DECLS
