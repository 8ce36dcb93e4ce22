/* hd-record.c */
#include <glib/gi18n-lib.h>

#include "store/hd-read.h"
#include "store/hd-record.h"

typedef struct
{
  gint64  id;
  char   *uuid;
} HdRecordPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (HdRecord, hd_record, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_UUID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define FIELD(self, field) (G_STRUCT_MEMBER_P ((self), (field)->offset))

static void
hd_record_finalize (GObject *object)
{
  HdRecordPrivate *priv = hd_record_get_instance_private (HD_RECORD (object));
  const HdRecordInfo *info = HD_RECORD_GET_CLASS (object)->info;

  for (guint i = 0; info != NULL && i < info->n_fields; i++)
    {
      const HdRecordField *field = &info->fields[i];
      gpointer *pointer = FIELD (object, field);

      if (field->kind == HD_FIELD_TEXT)
        g_clear_pointer ((char **) pointer, g_free);
      else if (field->kind == HD_FIELD_OBJECT)
        g_clear_object ((GObject **) pointer);
      else if (field->kind == HD_FIELD_BOXED && *pointer != NULL)
        g_boxed_free (field->type (), g_steal_pointer (pointer));
    }
  g_free (priv->uuid);

  G_OBJECT_CLASS (hd_record_parent_class)->finalize (object);
}

static void
get_field (GObject             *object,
           const HdRecordField *field,
           GValue              *value)
{
  gpointer place = FIELD (object, field);

  switch (field->kind)
    {
    case HD_FIELD_INT64:
      g_value_set_int64 (value, *(gint64 *) place);
      break;
    case HD_FIELD_INT:
      g_value_set_int (value, *(int *) place);
      break;
    case HD_FIELD_UINT:
      g_value_set_uint (value, *(guint *) place);
      break;
    case HD_FIELD_BOOLEAN:
      g_value_set_boolean (value, *(gboolean *) place);
      break;
    case HD_FIELD_TEXT:
      g_value_set_string (value, *(char **) place);
      break;
    case HD_FIELD_TOKEN:
    case HD_FIELD_NUMBER:
      /* A C enumeration is stored as an int. */
      if (field->type != NULL)
        g_value_set_enum (value, *(int *) place);
      else
        g_value_set_int (value, *(int *) place);
      break;
    case HD_FIELD_OBJECT:
      g_value_set_object (value, *(gpointer *) place);
      break;
    case HD_FIELD_BOXED:
      g_value_set_boxed (value, *(gpointer *) place);
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
hd_record_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  HdRecordPrivate *priv = hd_record_get_instance_private (HD_RECORD (object));
  const HdRecordInfo *info;

  /* The kinds' own properties are numbered after their fields, and owned by the kind. */
  if (pspec->owner_type != HD_TYPE_RECORD)
    {
      info = HD_RECORD_CLASS (g_type_class_peek (pspec->owner_type))->info;
      g_return_if_fail (prop_id >= 1 && prop_id <= info->n_fields);
      get_field (object, &info->fields[prop_id - 1], value);
      return;
    }

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, priv->id);
      break;
    case PROP_UUID:
      g_value_set_string (value, priv->uuid);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hd_record_class_init (HdRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = hd_record_finalize;
  object_class->get_property = hd_record_get_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_UUID] =
    g_param_spec_string ("uuid", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hd_record_init (HdRecord *self)
{
}

static GParamSpec *
field_param_spec (const HdRecordField *field)
{
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;
  const char *name = field->name;

  switch (field->kind)
    {
    case HD_FIELD_INT64:
      return g_param_spec_int64 (name, NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
    case HD_FIELD_INT:
      return g_param_spec_int (name, NULL, NULL, G_MININT, G_MAXINT, 0, flags);
    case HD_FIELD_UINT:
      return g_param_spec_uint (name, NULL, NULL, 0, G_MAXUINT, 0, flags);
    case HD_FIELD_BOOLEAN:
      return g_param_spec_boolean (name, NULL, NULL, FALSE, flags);
    case HD_FIELD_TEXT:
      return g_param_spec_string (name, NULL, NULL, NULL, flags);
    case HD_FIELD_TOKEN:
    case HD_FIELD_NUMBER:
      if (field->type != NULL)
        return g_param_spec_enum (name, NULL, NULL, field->type (), field->fallback, flags);
      return g_param_spec_int (name, NULL, NULL, G_MININT, G_MAXINT, field->fallback, flags);
    case HD_FIELD_OBJECT:
      return g_param_spec_object (name, NULL, NULL, field->type (), flags);
    case HD_FIELD_BOXED:
      return g_param_spec_boxed (name, NULL, NULL, field->type (), flags);
    default:
      g_return_val_if_reached (NULL);
    }
}

void
hd_record_class_set_info (HdRecordClass      *klass,
                          const HdRecordInfo *info)
{
  g_return_if_fail (HD_IS_RECORD_CLASS (klass));
  g_return_if_fail (info != NULL);

  klass->info = info;
  /* GObject does not let a class inherit its parent's get_property. */
  G_OBJECT_CLASS (klass)->get_property = hd_record_get_property;
  for (guint i = 0; i < info->n_fields; i++)
    g_object_class_install_property (G_OBJECT_CLASS (klass), i + 1,
                                     field_param_spec (&info->fields[i]));
}

gint64
hd_record_get_id (HdRecord *self)
{
  g_return_val_if_fail (HD_IS_RECORD (self), 0);
  return ((HdRecordPrivate *) hd_record_get_instance_private (self))->id;
}

const char *
hd_record_get_uuid (HdRecord *self)
{
  g_return_val_if_fail (HD_IS_RECORD (self), NULL);
  return ((HdRecordPrivate *) hd_record_get_instance_private (self))->uuid;
}

static void
read_field (HdRecord            *self,
            const HdRecordField *field,
            sqlite3_stmt        *stmt,
            int                  column)
{
  gpointer place = FIELD (self, field);
  guint value;

  switch (field->kind)
    {
    case HD_FIELD_INT64:
      *(gint64 *) place = sqlite3_column_int64 (stmt, column);
      break;
    case HD_FIELD_INT:
      *(int *) place = sqlite3_column_int (stmt, column);
      break;
    case HD_FIELD_UINT:
      *(guint *) place = (guint) sqlite3_column_int64 (stmt, column);
      break;
    case HD_FIELD_BOOLEAN:
      *(gboolean *) place = sqlite3_column_int (stmt, column) != 0;
      break;
    case HD_FIELD_TEXT:
      *(char **) place = hd_store_column_dup (stmt, column);
      break;
    case HD_FIELD_TOKEN:
      /* The schema's CHECKs admit only known tokens, so a miss means a newer writer's. */
      if (!hd_enum_from_string (field->tokens, (const char *) sqlite3_column_text (stmt, column), &value))
        value = field->fallback;
      *(int *) place = (int) value;
      break;
    case HD_FIELD_NUMBER:
      {
        /* The property's param spec holds the enumeration's class. */
        GEnumClass *enum_class = g_type_class_peek (field->type ());
        int number = sqlite3_column_int (stmt, column);

        *(int *) place = g_enum_get_value (enum_class, number) != NULL ? number : (int) field->fallback;
      }
      break;
    default:
      g_assert_not_reached ();
    }
}

gpointer
hd_record_new_from_row (GType         type,
                        sqlite3_stmt *stmt,
                        int           first_column)
{
  HdRecord *self;
  HdRecordPrivate *priv;
  const HdRecordInfo *info;
  int column = first_column + 2;

  g_return_val_if_fail (g_type_is_a (type, HD_TYPE_RECORD), NULL);
  g_return_val_if_fail (stmt != NULL && first_column >= 0, NULL);

  self = g_object_new (type, NULL);
  priv = hd_record_get_instance_private (self);
  priv->id = sqlite3_column_int64 (stmt, first_column);
  priv->uuid = hd_store_column_dup (stmt, first_column + 1);
  info = HD_RECORD_GET_CLASS (self)->info;
  for (guint i = 0; i < info->n_fields; i++)
    if (info->fields[i].kind != HD_FIELD_OBJECT && info->fields[i].kind != HD_FIELD_BOXED)
      read_field (self, &info->fields[i], stmt, column++);
  return self;
}

typedef struct {
  GType     type;
  HdRecord *record;
} Load;

static void
read_record (sqlite3_stmt *stmt,
             gpointer      data)
{
  Load *load = data;

  load->record = hd_record_new_from_row (load->type, stmt, 0);
}

/* Reads with @sql as hd_read_one() does, into @data, and says in the words of the kind @type that
 * there is no record numbered @id. */
static gboolean
read_one (GType          type,
          HdStore       *store,
          const char    *sql,
          gint64         id,
          HdReadRowFunc  read_row,
          gpointer       data,
          GError       **error)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);
  const HdRecordInfo *info = HD_RECORD_CLASS (klass)->info;
  GError *local_error = NULL;

  g_return_val_if_fail (HD_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (hd_read_one (store, sql, id, read_row, data, NULL, info->reading, &local_error))
    return TRUE;
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }
  /* Each kind's message is its own string, marked as a C format for the translators, whose
   * format msgfmt --check compares. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  g_set_error (error, info->error_domain (), info->not_found, _(info->missing), (long long) id);
#pragma GCC diagnostic pop
  return FALSE;
}

gpointer
hd_record_load (GType        type,
                HdStore     *store,
                const char  *sql,
                gint64       id,
                GError     **error)
{
  Load load = { type, NULL };

  g_return_val_if_fail (g_type_is_a (type, HD_TYPE_RECORD), NULL);

  if (!read_one (type, store, sql, id, read_record, &load, error))
    return NULL;
  return load.record;
}

gboolean
hd_record_check_exists (GType        type,
                        HdStore     *store,
                        const char  *sql,
                        gint64       id,
                        GError     **error)
{
  g_return_val_if_fail (g_type_is_a (type, HD_TYPE_RECORD), FALSE);

  return read_one (type, store, sql, id, NULL, NULL, error);
}
