/* hd-unit-children.c
 *
 * The tree's child models must follow edits, undo and redo without collapsing the clerk's
 * tree. A GtkTreeListModel drops the subtree of every item its child model removes, so this
 * model removes as little as it can: after a reload it keeps the common head and tail of the
 * old and new lists (same unit, same fields) and replaces only the span between them — one
 * row for a rename, two for a move up, none but the new one for an insertion. A replaced unit
 * loses its expanded state in GtkTreeListModel; the page notes the expanded units before a
 * reload and expands them again after it (hd-organisation-page.c), which also covers a unit
 * that moved. The items stay plain HdUnit, immutable snapshots of a row, so everybody that
 * reads the tree reads current data.
 *
 * One unit's children are a bounded list (a county's townships, a township's villages), so
 * they are held as objects; the query runs only when the row is first expanded.
 */
#include "organisation/hd-unit-children.h"

struct _HdUnitChildren
{
  GObject    parent_instance;

  HdStore   *store;
  gint64     parent_id;
  GPtrArray *units;   /* HdUnit; NULL until first asked for */
};

static GPtrArray *
query_units (HdUnitChildren *self)
{
  g_autoptr(GListModel) rows = hd_unit_list_new_children (self->store, self->parent_id);
  guint n = g_list_model_get_n_items (rows);
  GPtrArray *units = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      HdUnit *unit = g_list_model_get_item (rows, i);

      /* NULL only when a row vanished between the id query and its load. */
      if (unit != NULL)
        g_ptr_array_add (units, unit);
    }
  return units;
}

static void
ensure_loaded (HdUnitChildren *self)
{
  if (self->units == NULL)
    self->units = query_units (self);
}

static GType
hd_unit_children_get_item_type (GListModel *model)
{
  return HD_TYPE_UNIT;
}

static guint
hd_unit_children_get_n_items (GListModel *model)
{
  HdUnitChildren *self = HD_UNIT_CHILDREN (model);

  ensure_loaded (self);
  return self->units->len;
}

static gpointer
hd_unit_children_get_item (GListModel *model,
                           guint       position)
{
  HdUnitChildren *self = HD_UNIT_CHILDREN (model);

  ensure_loaded (self);
  if (position >= self->units->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->units, position));
}

static void
hd_unit_children_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = hd_unit_children_get_item_type;
  iface->get_n_items = hd_unit_children_get_n_items;
  iface->get_item = hd_unit_children_get_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (HdUnitChildren, hd_unit_children, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, hd_unit_children_list_model_init))

static void
hd_unit_children_finalize (GObject *object)
{
  HdUnitChildren *self = HD_UNIT_CHILDREN (object);

  g_clear_pointer (&self->units, g_ptr_array_unref);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (hd_unit_children_parent_class)->finalize (object);
}

static void
hd_unit_children_class_init (HdUnitChildrenClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hd_unit_children_finalize;
}

static void
hd_unit_children_init (HdUnitChildren *self)
{
}

HdUnitChildren *
hd_unit_children_new (HdStore *store,
                      gint64   parent_id)
{
  HdUnitChildren *self;

  g_return_val_if_fail (HD_IS_STORE (store), NULL);

  self = g_object_new (HD_TYPE_UNIT_CHILDREN, NULL);
  self->store = g_object_ref (store);
  self->parent_id = parent_id;
  return self;
}

gint64
hd_unit_children_get_parent_id (HdUnitChildren *self)
{
  g_return_val_if_fail (HD_IS_UNIT_CHILDREN (self), 0);
  return self->parent_id;
}

/* What a row shows and what the tree asks of it. */
static gboolean
same_unit (HdUnit *a,
           HdUnit *b)
{
  return hd_unit_get_id (a) == hd_unit_get_id (b) &&
         hd_unit_get_kind (a) == hd_unit_get_kind (b) &&
         hd_unit_get_position (a) == hd_unit_get_position (b) &&
         hd_unit_get_has_children (a) == hd_unit_get_has_children (b) &&
         g_strcmp0 (hd_unit_get_name (a), hd_unit_get_name (b)) == 0 &&
         g_strcmp0 (hd_unit_get_code (a), hd_unit_get_code (b)) == 0 &&
         g_strcmp0 (hd_unit_get_path (a), hd_unit_get_path (b)) == 0;
}

static void
keep_old (GPtrArray *units,
          guint      position,
          GPtrArray *old,
          guint      old_position)
{
  gpointer *slot = &g_ptr_array_index (units, position);

  g_object_unref (*slot);
  *slot = g_object_ref (g_ptr_array_index (old, old_position));
}

void
hd_unit_children_reload (HdUnitChildren *self)
{
  g_autoptr(GPtrArray) old = NULL;
  GPtrArray *units;
  guint head = 0, tail = 0;

  g_return_if_fail (HD_IS_UNIT_CHILDREN (self));

  /* Never looked at: the next look queries anyway. */
  if (self->units == NULL)
    return;

  old = g_steal_pointer (&self->units);
  units = self->units = query_units (self);

  while (head < old->len && head < units->len &&
         same_unit (g_ptr_array_index (old, head), g_ptr_array_index (units, head)))
    head++;
  while (tail < old->len - head && tail < units->len - head &&
         same_unit (g_ptr_array_index (old, old->len - 1 - tail),
                    g_ptr_array_index (units, units->len - 1 - tail)))
    tail++;

  /* The kept rows stay the very same objects, so the tree sees no change in them. */
  for (guint i = 0; i < head; i++)
    keep_old (units, i, old, i);
  for (guint i = 0; i < tail; i++)
    keep_old (units, units->len - 1 - i, old, old->len - 1 - i);

  if (old->len - head - tail > 0 || units->len - head - tail > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), head,
                                old->len - head - tail, units->len - head - tail);
}

int
hd_unit_children_find (HdUnitChildren *self,
                       gint64          id)
{
  g_return_val_if_fail (HD_IS_UNIT_CHILDREN (self), -1);

  ensure_loaded (self);
  for (guint i = 0; i < self->units->len; i++)
    if (hd_unit_get_id (g_ptr_array_index (self->units, i)) == id)
      return i;
  return -1;
}
