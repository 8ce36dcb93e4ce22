/* hd-row-cache.c */
#include "model/hd-row-cache.h"

/* Below this many cache entries sweeping is not worth its while. */
#define MIN_SWEEP_SIZE 64

struct _HdRowCache
{
  HdStore     *store;
  GType        item_type;
  HdRowLoader  loader;
  /* position → GWeakRef: the same row stays one object while a view or anybody else holds it,
   * and a row nobody holds costs no more than its id. */
  GHashTable  *refs;
  guint        sweep_size;   /* sweep out dead references when the cache grows past this */
};

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

HdRowCache *
hd_row_cache_new (HdStore     *store,
                  GType        item_type,
                  HdRowLoader  loader)
{
  HdRowCache *self = g_new0 (HdRowCache, 1);

  self->store = store != NULL ? g_object_ref (store) : NULL;
  self->item_type = item_type;
  self->loader = loader;
  self->refs = g_hash_table_new_full (NULL, NULL, NULL, weak_ref_free);
  self->sweep_size = MIN_SWEEP_SIZE;
  return self;
}

void
hd_row_cache_free (HdRowCache *self)
{
  g_hash_table_unref (self->refs);
  g_clear_object (&self->store);
  g_free (self);
}

/* Scrolling through a long list leaves a dead reference behind every row it passed. Sweeping
 * whenever the cache has doubled since the last sweep keeps it proportional to the rows alive,
 * at an amortised constant cost per new entry. */
static void
maybe_sweep (HdRowCache *self)
{
  if (g_hash_table_size (self->refs) < self->sweep_size)
    return;
  g_hash_table_foreach_remove (self->refs, weak_ref_is_dead, NULL);
  self->sweep_size = MAX (MIN_SWEEP_SIZE, 2 * g_hash_table_size (self->refs));
}

gpointer
hd_row_cache_get (HdRowCache *self,
                  GArray     *ids,
                  guint       position)
{
  g_autoptr(GError) error = NULL;
  gpointer key = GUINT_TO_POINTER (position);
  GWeakRef *ref;
  GObject *item;
  gint64 id;

  if (position >= ids->len)
    return NULL;
  id = g_array_index (ids, gint64, position);
  ref = g_hash_table_lookup (self->refs, key);
  if (ref != NULL && (item = g_weak_ref_get (ref)) != NULL)
    return item;

  item = self->loader (self->store, id, &error);
  if (item == NULL)
    {
      /* The row was deleted after the list was read; get_item has no way to report it, and
       * whoever deleted it is about to replace the model. */
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
      g_hash_table_insert (self->refs, key, ref);
    }
  return item;
}
