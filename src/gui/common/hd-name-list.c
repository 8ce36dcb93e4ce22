/* hd-name-list.c */
#include "common/hd-name-list.h"

struct _HdNameList
{
  GObject     parent_instance;
  char       *first;
  GStrv       names;
  guint       n_names;
  GPtrArray  *items;     /* GtkStringObject, or NULL until asked for; first entry included */
};

static void hd_name_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (HdNameList, hd_name_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, hd_name_list_model_init))

static GType
get_item_type (GListModel *model)
{
  return GTK_TYPE_STRING_OBJECT;
}

static guint
get_n_items (GListModel *model)
{
  return 1 + HD_NAME_LIST (model)->n_names;
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  HdNameList *self = HD_NAME_LIST (model);
  const char *text = hd_name_list_get_string (self, position);

  if (text == NULL)
    return NULL;
  if (g_ptr_array_index (self->items, position) == NULL)
    g_ptr_array_index (self->items, position) = gtk_string_object_new (text);
  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
hd_name_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

static void
unref_item (gpointer item)
{
  if (item != NULL)
    g_object_unref (item);
}

static void
hd_name_list_finalize (GObject *object)
{
  HdNameList *self = HD_NAME_LIST (object);

  g_free (self->first);
  g_strfreev (self->names);
  g_ptr_array_unref (self->items);
  G_OBJECT_CLASS (hd_name_list_parent_class)->finalize (object);
}

static void
hd_name_list_class_init (HdNameListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hd_name_list_finalize;
}

static void
hd_name_list_init (HdNameList *self)
{
  self->items = g_ptr_array_new_with_free_func (unref_item);
  g_ptr_array_add (self->items, NULL);
}

HdNameList *
hd_name_list_new (const char *first)
{
  HdNameList *self = g_object_new (HD_TYPE_NAME_LIST, NULL);

  self->first = g_strdup (first);
  return self;
}

void
hd_name_list_take_names (HdNameList *self,
                         GStrv       names)
{
  guint removed;

  g_return_if_fail (HD_IS_NAME_LIST (self));

  removed = self->n_names;
  g_strfreev (self->names);
  self->names = names;
  self->n_names = names != NULL ? g_strv_length (names) : 0;
  /* The first entry's object stays; the names' are made again when asked for. */
  g_ptr_array_set_size (self->items, 1);
  g_ptr_array_set_size (self->items, 1 + self->n_names);
  g_list_model_items_changed (G_LIST_MODEL (self), 1, removed, self->n_names);
}

const char *
hd_name_list_get_string (HdNameList *self,
                         guint       position)
{
  g_return_val_if_fail (HD_IS_NAME_LIST (self), NULL);

  if (position == 0)
    return self->first;
  return position <= self->n_names ? self->names[position - 1] : NULL;
}
