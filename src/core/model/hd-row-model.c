/* hd-row-model.c — a GListModel over the row ids of a query; rows become objects on demand.
 *
 * The model is a snapshot: the ids are collected once and never change, so it never emits
 * ::items-changed; whoever changes the rows builds a new model. Positions therefore name the
 * same row for the model's whole life, which lets the cache be keyed by position.
 */
#include <glib/gi18n-lib.h>

#include "model/hd-row-cache.h"
#include "model/hd-row-model.h"

struct _HdRowModel
{
  GObject      parent_instance;

  GType        item_type;
  GArray      *ids;          /* gint64 */
  HdRowCache  *cache;
};

enum {
  PROP_0,
  PROP_ITEM_TYPE,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

HD_ROW_CACHE_DEFINE_LIST_MODEL (HdRowModel, hd_row_model)

G_DEFINE_FINAL_TYPE_WITH_CODE (HdRowModel, hd_row_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, hd_row_model_list_model_init))

static void
hd_row_model_finalize (GObject *object)
{
  HdRowModel *self = HD_ROW_MODEL (object);

  g_clear_pointer (&self->cache, hd_row_cache_free);
  g_clear_pointer (&self->ids, g_array_unref);

  G_OBJECT_CLASS (hd_row_model_parent_class)->finalize (object);
}

static void
hd_row_model_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  HdRowModel *self = HD_ROW_MODEL (object);

  switch (prop_id)
    {
    case PROP_ITEM_TYPE:
      g_value_set_gtype (value, self->item_type);
      break;
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->ids->len);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hd_row_model_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  HdRowModel *self = HD_ROW_MODEL (object);

  switch (prop_id)
    {
    case PROP_ITEM_TYPE:
      self->item_type = g_value_get_gtype (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hd_row_model_class_init (HdRowModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hd_row_model_finalize;
  object_class->get_property = hd_row_model_get_property;
  object_class->set_property = hd_row_model_set_property;

  properties[PROP_ITEM_TYPE] =
    g_param_spec_gtype ("item-type", NULL, NULL,
                        G_TYPE_OBJECT,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                        G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hd_row_model_init (HdRowModel *self)
{
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
}

static HdRowModel *
row_model_new (HdStore     *store,
               GType        item_type,
               HdRowLoader  loader)
{
  HdRowModel *self = g_object_new (HD_TYPE_ROW_MODEL, "item-type", item_type, NULL);

  self->cache = hd_row_cache_new (store, item_type, loader);
  return self;
}

HdRowModel *
hd_row_model_new_from_stmt (HdStore      *store,
                            GType         item_type,
                            HdRowLoader   loader,
                            sqlite3_stmt *stmt,
                            GError      **error)
{
  g_autoptr(HdRowModel) self = NULL;
  int rc;

  g_return_val_if_fail (HD_IS_STORE (store), NULL);
  g_return_val_if_fail (g_type_is_a (item_type, G_TYPE_OBJECT), NULL);
  g_return_val_if_fail (loader != NULL, NULL);
  g_return_val_if_fail (stmt != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = row_model_new (store, item_type, loader);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (self->ids, id);
    }
  if (rc != SQLITE_DONE)
    {
      hd_store_set_error (store, error, _("Reading a list"));
      sqlite3_reset (stmt);
      return NULL;
    }
  sqlite3_reset (stmt);
  return g_steal_pointer (&self);
}

HdRowModel *
hd_row_model_new_empty (GType item_type)
{
  g_return_val_if_fail (g_type_is_a (item_type, G_TYPE_OBJECT), NULL);

  return row_model_new (NULL, item_type, NULL);
}

gint64
hd_row_model_get_row_id (HdRowModel *self,
                         guint       position)
{
  g_return_val_if_fail (HD_IS_ROW_MODEL (self), 0);
  g_return_val_if_fail (position < self->ids->len, 0);

  return g_array_index (self->ids, gint64, position);
}

int
hd_row_model_find (HdRowModel *self,
                   gint64      id)
{
  const gint64 *ids;

  g_return_val_if_fail (HD_IS_ROW_MODEL (self), -1);

  /* A linear scan: a lookup is rare (selecting a row after a search), and even a province's
   * 900,000 ids take about a millisecond, where an index would double the model's memory. */
  ids = (const gint64 *) (gpointer) self->ids->data;
  for (guint i = 0; i < self->ids->len; i++)
    if (ids[i] == id)
      return (int) i;
  return -1;
}
