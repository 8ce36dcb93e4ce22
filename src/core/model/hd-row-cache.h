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

G_END_DECLS
