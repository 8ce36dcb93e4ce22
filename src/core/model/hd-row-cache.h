/* hd-row-cache.h — the objects of a list's rows, made on demand and shared while anybody holds
 * them.
 *
 * HdRowModel and HdQueryModel hold row ids; both hand out a row's object through this cache. It is
 * keyed by position, which names the same row for a model's whole life because neither model
 * changes a row it has read.
 */
#pragma once

#include "model/hd-row-model.h"

G_BEGIN_DECLS

typedef struct _HdRowCache HdRowCache;

/* @store may be NULL for a list that has no rows. */
HdRowCache  *hd_row_cache_new   (HdStore      *store,
                                 GType         item_type,
                                 HdRowLoader   loader);
void         hd_row_cache_free  (HdRowCache   *self);
/* The object of the row at @position of @ids (gint64), a new reference, loaded unless somebody
 * still holds it; NULL past the end of @ids or when the row has gone since the list was read. */
gpointer     hd_row_cache_get   (HdRowCache   *self,
                                 GArray       *ids,
                                 guint         position);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HdRowCache, hd_row_cache_free)

/* Defines PREFIX_list_model_init, the GListModel of a model whose instance struct TYPE holds its
 * rows' GType in item_type, their ids (gint64) in ids and their objects' cache in cache; pass it
 * to G_IMPLEMENT_INTERFACE. */
#define HD_ROW_CACHE_DEFINE_LIST_MODEL(TYPE, prefix) \
  static GType \
  prefix##_get_item_type (GListModel *model) \
  { \
    return ((TYPE *) model)->item_type; \
  } \
  static guint \
  prefix##_get_n_items (GListModel *model) \
  { \
    return ((TYPE *) model)->ids->len; \
  } \
  static gpointer \
  prefix##_get_item (GListModel *model, \
                     guint       position) \
  { \
    TYPE *self = (TYPE *) model; \
    return hd_row_cache_get (self->cache, self->ids, position); \
  } \
  static void \
  prefix##_list_model_init (GListModelInterface *iface) \
  { \
    iface->get_item_type = prefix##_get_item_type; \
    iface->get_n_items = prefix##_get_n_items; \
    iface->get_item = prefix##_get_item; \
  }

G_END_DECLS
