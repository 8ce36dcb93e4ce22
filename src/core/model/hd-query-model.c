/* hd-query-model.c — a GListModel over the row ids of a query read a chunk at a time.
 *
 * A chunk is bounded by time, not by rows: a selective filter may test thousands of rows to find
 * one, and the main loop must still draw between chunks. The statement stays open between chunks
 * (a read snapshot of the WAL); it is finalized as soon as the last row was read, or all the rest
 * is read at once when another connection committed (HdStore::reads-ending), so that this
 * connection's next read sees the commit.
 * One sqlite3_step() cannot be cut short and resumed: a filter that matches one row in a
 * province still scans until it finds it, which is why the callers pick an index that yields the
 * rows in their final order wherever they can (see hd-ledger.c).
 */
#include <glib/gi18n-lib.h>

#include "model/hd-query-model.h"
#include "model/hd-row-cache.h"

/* The first page a view shows, read before the constructor returns: a tall screen of one-line
 * rows. No more: before its first allocation a GtkListView makes the widgets of up to 200 rows
 * (a ledger row has fourteen cells), and the window waits for them. */
#define FIRST_ROWS       50
#define FIRST_BUDGET_US  (40 * 1000)
/* Then chunks short enough to keep scrolling and typing smooth. */
#define CHUNK_BUDGET_US  (12 * 1000)
#define STEPS_PER_CHECK  64

struct _HdQueryModel
{
  GObject       parent_instance;

  HdStore      *store;
  GType         item_type;
  sqlite3_stmt *stmt;         /* NULL once every row was read */
  GArray       *ids;          /* gint64 */
  HdRowCache   *cache;
  guint         idle_id;
  gulong        reads_ending_id;
  GError       *error;
};

enum {
  PROP_0,
  PROP_ITEM_TYPE,
  PROP_N_ITEMS,
  PROP_LOADING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

HD_ROW_CACHE_DEFINE_LIST_MODEL (HdQueryModel, hd_query_model)

G_DEFINE_FINAL_TYPE_WITH_CODE (HdQueryModel, hd_query_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, hd_query_model_list_model_init))

static void
stop_reading (HdQueryModel *self)
{
  g_clear_handle_id (&self->idle_id, g_source_remove);
  g_clear_signal_handler (&self->reads_ending_id, self->store);
  g_clear_pointer (&self->stmt, sqlite3_finalize);
}

/* Steps until the statement is done, @max_rows were read (0: no limit) or @budget_us passed
 * (0: no limit). Returns FALSE when reading has ended, successfully or not. */
static gboolean
read_rows (HdQueryModel *self,
           guint         max_rows,
           gint64        budget_us)
{
  gint64 deadline = budget_us > 0 ? g_get_monotonic_time () + budget_us : G_MAXINT64;
  guint before = self->ids->len;
  gboolean more = TRUE;
  guint steps = 0;

  while (more)
    {
      int rc = sqlite3_step (self->stmt);

      if (rc == SQLITE_ROW)
        {
          gint64 id = sqlite3_column_int64 (self->stmt, 0);
          g_array_append_val (self->ids, id);
        }
      else
        {
          if (rc != SQLITE_DONE)
            hd_store_set_error (self->store, &self->error, _("Reading a list"));
          more = FALSE;
          break;
        }
      if (max_rows > 0 && self->ids->len - before >= max_rows)
        break;
      if (++steps % STEPS_PER_CHECK == 0 && g_get_monotonic_time () >= deadline)
        break;
    }
  if (!more)
    g_clear_pointer (&self->stmt, sqlite3_finalize);
  return more;
}

static void
announce (HdQueryModel *self,
          guint         before,
          gboolean      was_loading)
{
  if (self->ids->len > before)
    {
      g_list_model_items_changed (G_LIST_MODEL (self), before, 0, self->ids->len - before);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
    }
  if (was_loading && self->stmt == NULL)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static gboolean
read_chunk (gpointer data)
{
  HdQueryModel *self = data;
  guint before = self->ids->len;

  if (read_rows (self, 0, CHUNK_BUDGET_US))
    {
      announce (self, before, TRUE);
      return G_SOURCE_CONTINUE;
    }
  self->idle_id = 0;
  g_clear_signal_handler (&self->reads_ending_id, self->store);
  announce (self, before, TRUE);
  return G_SOURCE_REMOVE;
}

/* HdStore::reads-ending: the rows still unread come from the snapshot the first ones came from,
 * so the list stays one consistent whole; its owner builds a new model if the commit changed it. */
static void
finish_on_snapshot (HdQueryModel *self)
{
  hd_query_model_load_all (self, NULL);
}

static void
hd_query_model_dispose (GObject *object)
{
  stop_reading (HD_QUERY_MODEL (object));
  G_OBJECT_CLASS (hd_query_model_parent_class)->dispose (object);
}

static void
hd_query_model_finalize (GObject *object)
{
  HdQueryModel *self = HD_QUERY_MODEL (object);

  g_clear_pointer (&self->cache, hd_row_cache_free);
  g_clear_pointer (&self->ids, g_array_unref);
  g_clear_error (&self->error);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (hd_query_model_parent_class)->finalize (object);
}

static void
hd_query_model_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  HdQueryModel *self = HD_QUERY_MODEL (object);

  switch (prop_id)
    {
    case PROP_ITEM_TYPE:
      g_value_set_gtype (value, self->item_type);
      break;
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->ids->len);
      break;
    case PROP_LOADING:
      g_value_set_boolean (value, self->stmt != NULL);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hd_query_model_class_init (HdQueryModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->dispose = hd_query_model_dispose;
  object_class->finalize = hd_query_model_finalize;
  object_class->get_property = hd_query_model_get_property;

  properties[PROP_ITEM_TYPE] =
    g_param_spec_gtype ("item-type", NULL, NULL, G_TYPE_OBJECT, flags);
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hd_query_model_init (HdQueryModel *self)
{
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
}

HdQueryModel *
hd_query_model_new (HdStore      *store,
                    GType         item_type,
                    HdRowLoader   loader,
                    sqlite3_stmt *stmt)
{
  HdQueryModel *self;

  g_return_val_if_fail (HD_IS_STORE (store), NULL);
  g_return_val_if_fail (g_type_is_a (item_type, G_TYPE_OBJECT), NULL);
  g_return_val_if_fail (loader != NULL, NULL);
  g_return_val_if_fail (stmt != NULL, NULL);

  self = g_object_new (HD_TYPE_QUERY_MODEL, NULL);
  self->store = g_object_ref (store);
  self->item_type = item_type;
  self->cache = hd_row_cache_new (store, item_type, loader);
  self->stmt = stmt;
  if (read_rows (self, FIRST_ROWS, FIRST_BUDGET_US))
    {
      self->idle_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, read_chunk, self, NULL);
      self->reads_ending_id = g_signal_connect_swapped (store, "reads-ending",
                                                        G_CALLBACK (finish_on_snapshot), self);
    }
  return self;
}

gboolean
hd_query_model_get_loading (HdQueryModel *self)
{
  g_return_val_if_fail (HD_IS_QUERY_MODEL (self), FALSE);
  return self->stmt != NULL;
}

gboolean
hd_query_model_load_all (HdQueryModel  *self,
                         GError       **error)
{
  g_return_val_if_fail (HD_IS_QUERY_MODEL (self), FALSE);

  if (self->stmt != NULL)
    {
      guint before = self->ids->len;

      g_clear_handle_id (&self->idle_id, g_source_remove);
      g_clear_signal_handler (&self->reads_ending_id, self->store);
      read_rows (self, 0, 0);
      announce (self, before, TRUE);
    }
  if (self->error != NULL)
    {
      g_propagate_error (error, g_error_copy (self->error));
      return FALSE;
    }
  return TRUE;
}

const GError *
hd_query_model_get_error (HdQueryModel *self)
{
  g_return_val_if_fail (HD_IS_QUERY_MODEL (self), NULL);
  return self->error;
}

gint64
hd_query_model_get_row_id (HdQueryModel *self,
                           guint         position)
{
  g_return_val_if_fail (HD_IS_QUERY_MODEL (self), 0);
  g_return_val_if_fail (position < self->ids->len, 0);
  return g_array_index (self->ids, gint64, position);
}

void
hd_query_bind_text (sqlite3_stmt *stmt,
                    const char   *name,
                    const char   *text)
{
  int index = sqlite3_bind_parameter_index (stmt, name);

  if (index > 0 && text != NULL)
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}

void
hd_query_bind_int64 (sqlite3_stmt *stmt,
                     const char   *name,
                     gint64        value)
{
  int index = sqlite3_bind_parameter_index (stmt, name);

  if (index > 0)
    sqlite3_bind_int64 (stmt, index, value);
}
