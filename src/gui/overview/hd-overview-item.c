/* hd-overview-item.c */
#include "overview/hd-overview-item.h"

struct _HdOverviewItem
{
  GObject             parent_instance;

  HdOverviewItemKind  kind;
  gint64              unit_id;
  char               *name;
  gint64              figures[HD_OVERVIEW_N_FIGURES];
};

G_DEFINE_FINAL_TYPE (HdOverviewItem, hd_overview_item, G_TYPE_OBJECT)

static void
hd_overview_item_finalize (GObject *object)
{
  g_free (HD_OVERVIEW_ITEM (object)->name);
  G_OBJECT_CLASS (hd_overview_item_parent_class)->finalize (object);
}

static void
hd_overview_item_class_init (HdOverviewItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hd_overview_item_finalize;
}

static void
hd_overview_item_init (HdOverviewItem *self)
{
}

HdOverviewItem *
hd_overview_item_new (HdOverviewItemKind  kind,
                      gint64              unit_id,
                      const char         *name,
                      const gint64       *figures)
{
  HdOverviewItem *self = g_object_new (HD_TYPE_OVERVIEW_ITEM, NULL);

  self->kind = kind;
  self->unit_id = unit_id;
  self->name = g_strdup (name);
  memcpy (self->figures, figures, sizeof self->figures);
  return self;
}

HdOverviewItemKind
hd_overview_item_get_kind (HdOverviewItem *self)
{
  g_return_val_if_fail (HD_IS_OVERVIEW_ITEM (self), HD_OVERVIEW_ITEM_CHILD);
  return self->kind;
}

gint64
hd_overview_item_get_unit_id (HdOverviewItem *self)
{
  g_return_val_if_fail (HD_IS_OVERVIEW_ITEM (self), 0);
  return self->unit_id;
}

const char *
hd_overview_item_get_name (HdOverviewItem *self)
{
  g_return_val_if_fail (HD_IS_OVERVIEW_ITEM (self), NULL);
  return self->name;
}

gint64
hd_overview_item_get_figure (HdOverviewItem   *self,
                             HdOverviewFigure  figure)
{
  g_return_val_if_fail (HD_IS_OVERVIEW_ITEM (self), 0);
  g_return_val_if_fail ((guint) figure < HD_OVERVIEW_N_FIGURES, 0);
  return self->figures[figure];
}

const gint64 *
hd_overview_item_get_figures (HdOverviewItem *self)
{
  g_return_val_if_fail (HD_IS_OVERVIEW_ITEM (self), NULL);
  return self->figures;
}

static double
share (gint64 part,
       gint64 whole)
{
  return whole > 0 ? 100.0 * (double) part / (double) whole : -1;
}

double
hd_overview_item_get_share_closed (HdOverviewItem *self)
{
  g_return_val_if_fail (HD_IS_OVERVIEW_ITEM (self), -1);
  return share (self->figures[HD_OVERVIEW_CLOSED] + self->figures[HD_OVERVIEW_CLOSED_LATE],
                self->figures[HD_OVERVIEW_TASKS]);
}

double
hd_overview_item_get_share_handled (HdOverviewItem *self)
{
  g_return_val_if_fail (HD_IS_OVERVIEW_ITEM (self), -1);
  return share (self->figures[HD_OVERVIEW_OPINIONS_HANDLED], self->figures[HD_OVERVIEW_OPINIONS]);
}
