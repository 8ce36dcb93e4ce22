/* hd-pending-rows.h — the rows a list selects again after it was rebuilt over a new HdQueryModel.
 *
 * The lists over a query build a new model after every edit and every change of a filter, and
 * keep the rows that were selected: those among the rows read so far at once, the others as
 * their rows arrive while idle. What is not found once the model has read to its end is gone
 * (deleted, or filtered out by the edit). */
#pragma once

#include <gtk/gtk.h>

#include "model/hd-query-model.h"

G_BEGIN_DECLS

typedef struct {
  GArray   *ids;        /* of gint64: wanted, their rows not read yet */
  gboolean  selecting;  /* the selection changes by hd_pending_rows_select (), not by the clerk */
} HdPendingRows;

void     hd_pending_rows_init   (HdPendingRows     *self);
void     hd_pending_rows_clear  (HdPendingRows     *self);
void     hd_pending_rows_add    (HdPendingRows     *self,
                                 const gint64      *ids,
                                 guint              n_ids);
/* No row is wanted any more. */
void     hd_pending_rows_forget (HdPendingRows     *self);
/* Selects in @selection those of rows @from to @from + @n of @model (its items) that are wanted,
 * and no longer wants them. The position of the last row selected, or GTK_INVALID_LIST_POSITION. */
guint    hd_pending_rows_select (HdPendingRows     *self,
                                 GtkSelectionModel *selection,
                                 HdQueryModel      *model,
                                 guint              from,
                                 guint              n);

G_END_DECLS
