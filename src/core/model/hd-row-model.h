/* hd-row-model.h — a GListModel over the row ids of a query; rows become objects on demand.
 *
 * Holding ids instead of objects keeps big tables (the province's people, tasks, opinions) out of
 * memory: only the rows a view asks for are materialised, and an object stays shared while
 * anybody holds it.
 */
#pragma once

#include "store/hd-store.h"

G_BEGIN_DECLS

typedef GObject *(*HdRowLoader) (HdStore  *store,
                                 gint64    id,
                                 GError  **error);

#define HD_TYPE_ROW_MODEL (hd_row_model_get_type ())
G_DECLARE_FINAL_TYPE (HdRowModel, hd_row_model, HD, ROW_MODEL, GObject)

/* Runs @stmt (already bound; its first column is the row id) to collect the ids, then resets it. */
HdRowModel  *hd_row_model_new_from_stmt  (HdStore      *store,
                                          GType         item_type,
                                          HdRowLoader   loader,
                                          sqlite3_stmt *stmt,
                                          GError      **error);
/* A model with no rows, for a list whose query could not run: the view shows nothing. */
HdRowModel  *hd_row_model_new_empty      (GType         item_type);
gint64       hd_row_model_get_row_id     (HdRowModel   *self,
                                          guint         position);
/* The position of @id, or -1. */
int          hd_row_model_find           (HdRowModel   *self,
                                          gint64        id);

G_END_DECLS
