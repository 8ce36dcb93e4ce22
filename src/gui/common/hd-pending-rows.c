/* hd-pending-rows.c */
#include "common/hd-pending-rows.h"

void
hd_pending_rows_init (HdPendingRows *self)
{
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->selecting = FALSE;
}

void
hd_pending_rows_clear (HdPendingRows *self)
{
  g_clear_pointer (&self->ids, g_array_unref);
}

void
hd_pending_rows_add (HdPendingRows *self,
                     const gint64  *ids,
                     guint          n_ids)
{
  g_array_append_vals (self->ids, ids, n_ids);
}

void
hd_pending_rows_forget (HdPendingRows *self)
{
  g_array_set_size (self->ids, 0);
}

guint
hd_pending_rows_select (HdPendingRows     *self,
                        GtkSelectionModel *selection,
                        HdQueryModel      *model,
                        guint              from,
                        guint              n)
{
  guint last = GTK_INVALID_LIST_POSITION;

  for (guint i = from; i < from + n && self->ids->len > 0; i++)
    {
      gint64 id = hd_query_model_get_row_id (model, i);

      for (guint j = 0; j < self->ids->len; j++)
        if (g_array_index (self->ids, gint64, j) == id)
          {
            g_array_remove_index_fast (self->ids, j);
            self->selecting = TRUE;
            gtk_selection_model_select_item (selection, i, FALSE);
            self->selecting = FALSE;
            last = i;
            break;
          }
    }
  return last;
}
