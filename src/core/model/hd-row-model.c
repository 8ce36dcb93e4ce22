/* hd-row-model.c — a GListModel over the row ids of a query; rows become objects on demand.
 *
 * The model is a snapshot: the ids are collected once and never change, so it never emits
 * ::items-changed; whoever changes the rows builds a new model. Positions therefore name the
 * same row for the model's whole life, which lets the cache be keyed by position.
 */
#include <glib/gi18n-lib.h>

#include "model/hd-row-model.h"

/* Below this many cache entries sweeping is not worth its while. */
#define MIN_SWEEP_SIZE 64

struct _HdRowModel
{
  GObject      parent_instance;

  HdStore     *store;
  GType        item_type;
  HdRowLoader  loader;
  GArray      *ids;          /* gint64 */
  /* position → GWeakRef: the same row stays one object while a view or anybody else holds it,
   * and a row nobody holds costs no more than its id. */
  GHashTable  *cache;
  guint        sweep_size;   /* sweep out dead references when the cache grows past this */
};

enum {
  PROP_0,
  PROP_ITEM_TYPE,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GType
hd_row_model_get_item_type (GListModel *model)
{
  return HD_ROW_MODEL (model)->item_type;
}

static guint
hd_row_model_get_n_items (GListModel *model)
{
  return HD_ROW_MODEL (model)->ids->len;
}

static void
weak_ref_free (gpointer data)
{
  GWeakRef *ref = data;

  g_weak_ref_clear (ref);
  g_free (ref);
}

static gboolean
weak_ref_is_dead (gpointer key,
                  gpointer value,
                  gpointer user_data)
{
  g_autoptr(GObject) object = g_weak_ref_get (value);

  return object == NULL;
}

/* Scrolling through a long list leaves a dead reference behind every row it passed. Sweeping
 * whenever the cache has doubled since the last sweep keeps it proportional to the rows alive,
 * at an amortised constant cost per new entry. */
static void
maybe_sweep (HdRowModel *self)
{
  if (g_hash_table_size (self->cache) < self->sweep_size)
    return;
  g_hash_table_foreach_remove (self->cache, weak_ref_is_dead, NULL);
  self->sweep_size = MAX (MIN_SWEEP_SIZE, 2 * g_hash_table_size (self->cache));
}

static gpointer
hd_row_model_get_item (GListModel *model,
                       guint       position)
{
  HdRowModel *self = HD_ROW_MODEL (model);
  g_autoptr(GError) error = NULL;
  gpointer key = GUINT_TO_POINTER (position);
  GWeakRef *ref;
  GObject *item;
  gint64 id;

  if (position >= self->ids->len)
    return NULL;

  ref = g_hash_table_lookup (self->cache, key);
  if (ref != NULL && (item = g_weak_ref_get (ref)) != NULL)
    return item;

  id = g_array_index (self->ids, gint64, position);
  item = self->loader (self->store, id, &error);
  if (item == NULL)
    {
      /* The row was deleted after the model was built; get_item has no way to report it, and
       * whoever deleted it is about to replace this model. */
      g_warning ("Row %" G_GINT64_FORMAT " of a %s list could not be loaded: %s",
                 id, g_type_name (self->item_type), error->message);
      return NULL;
    }

  if (ref != NULL)
    g_weak_ref_set (ref, item);
  else
    {
      maybe_sweep (self);
      ref = g_new (GWeakRef, 1);
      g_weak_ref_init (ref, item);
      g_hash_table_insert (self->cache, key, ref);
    }
  return item;
}

static void
hd_row_model_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = hd_row_model_get_item_type;
  iface->get_n_items = hd_row_model_get_n_items;
  iface->get_item = hd_row_model_get_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (HdRowModel, hd_row_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, hd_row_model_list_model_init))

static void
hd_row_model_finalize (GObject *object)
{
  HdRowModel *self = HD_ROW_MODEL (object);

  g_clear_pointer (&self->cache, g_hash_table_unref);
  g_clear_pointer (&self->ids, g_array_unref);
  g_clear_object (&self->store);

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
  self->cache = g_hash_table_new_full (NULL, NULL, NULL, weak_ref_free);
  self->sweep_size = MIN_SWEEP_SIZE;
}

static HdRowModel *
row_model_new (HdStore     *store,
               GType        item_type,
               HdRowLoader  loader)
{
  HdRowModel *self = g_object_new (HD_TYPE_ROW_MODEL, "item-type", item_type, NULL);

  self->store = store != NULL ? g_object_ref (store) : NULL;
  self->loader = loader;
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
