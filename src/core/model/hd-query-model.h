/* hd-query-model.h — a GListModel over the row ids of a query that is read a chunk at a time.
 *
 * HdRowModel collects every id before it is shown; over a province (900,000 tasks, 1.9 million
 * opinions) that alone takes longer than a view may wait. This model reads the first rows at once
 * and the rest in idle chunks of the main loop, announcing them with ::items-changed, so a view
 * shows its first page at once and scrolls while the rest arrives. Rows become objects on demand.
 */
#pragma once

#include "model/hd-row-model.h"

G_BEGIN_DECLS

#define HD_TYPE_QUERY_MODEL (hd_query_model_get_type ())
G_DECLARE_FINAL_TYPE (HdQueryModel, hd_query_model, HD, QUERY_MODEL, GObject)

/* Takes @stmt (prepared with sqlite3_prepare_v2 and bound; its first column is the row id) and
 * finalizes it when every row was read or the model goes away. Reads the first rows before it
 * returns. Like HdRowModel it never changes its rows once read: whoever changes them builds a
 * new model (the store's HdHistory says when). */
HdQueryModel *hd_query_model_new            (HdStore       *store,
                                             GType          item_type,
                                             HdRowLoader    loader,
                                             sqlite3_stmt  *stmt);
/* TRUE while rows are still being read; notifies "loading" when it ends. */
gboolean      hd_query_model_get_loading    (HdQueryModel  *self);
/* Reads the remaining rows now (the command line and the tests need the whole list). */
gboolean      hd_query_model_load_all       (HdQueryModel  *self,
                                             GError       **error);
/* Why reading stopped early, or NULL. */
const GError *hd_query_model_get_error      (HdQueryModel  *self);
gint64        hd_query_model_get_row_id     (HdQueryModel  *self,
                                             guint          position);

/* For the lists' statements, put together from constant pieces: bind the parameter :@name when
 * the statement has it (and @text is not NULL). */
void          hd_query_bind_text            (sqlite3_stmt  *stmt,
                                             const char    *name,
                                             const char    *text);
void          hd_query_bind_int64           (sqlite3_stmt  *stmt,
                                             const char    *name,
                                             gint64         value);

G_END_DECLS
