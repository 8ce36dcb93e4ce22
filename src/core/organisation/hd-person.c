/* hd-person.c — a person on a unit's roster, as a snapshot of one row. */
#include <glib/gi18n-lib.h>

#include "model/hd-row-model.h"
#include "organisation/hd-person.h"

G_DEFINE_ENUM_TYPE (HdGender, hd_gender,
  G_DEFINE_ENUM_VALUE (HD_GENDER_UNKNOWN, "unknown"),
  G_DEFINE_ENUM_VALUE (HD_GENDER_MALE, "male"),
  G_DEFINE_ENUM_VALUE (HD_GENDER_FEMALE, "female"))

G_DEFINE_QUARK (hd-person-error-quark, hd_person_error)

struct _HdPerson
{
  HdRecord  parent_instance;

  gint64    unit_id;
  char     *unit_name;
  char     *name;
  HdGender  gender;
  char     *title;
  gboolean  party_member;
  char     *phone;
};

/* In the order of HD_PERSON_COLUMNS after the id and uuid. */
static const HdRecordField record_fields[] = {
  { "unit-id", HD_FIELD_INT64, G_STRUCT_OFFSET (HdPerson, unit_id) },
  { "unit-name", HD_FIELD_TEXT, G_STRUCT_OFFSET (HdPerson, unit_name) },
  { "name", HD_FIELD_TEXT, G_STRUCT_OFFSET (HdPerson, name) },
  { "gender", HD_FIELD_NUMBER, G_STRUCT_OFFSET (HdPerson, gender), hd_gender_get_type,
    NULL, HD_GENDER_UNKNOWN },
  { "title", HD_FIELD_TEXT, G_STRUCT_OFFSET (HdPerson, title) },
  { "party-member", HD_FIELD_BOOLEAN, G_STRUCT_OFFSET (HdPerson, party_member) },
  { "phone", HD_FIELD_TEXT, G_STRUCT_OFFSET (HdPerson, phone) },
};

static const HdRecordInfo record_info = {
  record_fields, G_N_ELEMENTS (record_fields), hd_person_error_quark, HD_PERSON_ERROR_NOT_FOUND,
  N_("There is no person number %lld; the person may have been deleted meanwhile. Reload the list and choose again."),
  N_("Reading a person"),
};

HD_DEFINE_RECORD_TYPE (HdPerson, hd_person, record_info)

HdPerson *
hd_person_new_from_row (sqlite3_stmt *stmt,
                        int           first_column)
{
  return hd_record_new_from_row (HD_TYPE_PERSON, stmt, first_column);
}

HdPerson *
hd_person_load (HdStore  *store,
                gint64    id,
                GError  **error)
{
  return hd_record_load (HD_TYPE_PERSON, store,
                         "SELECT " HD_PERSON_COLUMNS
                         " FROM person AS p JOIN unit AS pu ON pu.id = p.unit_id"
                         " WHERE p.id = ?1",
                         id, error);
}

gboolean
hd_person_check_exists (HdStore  *store,
                        gint64    id,
                        GError  **error)
{
  return hd_record_check_exists (HD_TYPE_PERSON, store, "SELECT 1 FROM person WHERE id = ?1", id, error);
}

gint64
hd_person_get_id (HdPerson *self)
{
  return hd_record_get_id (HD_RECORD (self));
}

gint64
hd_person_get_unit_id (HdPerson *self)
{
  g_return_val_if_fail (HD_IS_PERSON (self), 0);
  return self->unit_id;
}

const char *
hd_person_get_unit_name (HdPerson *self)
{
  g_return_val_if_fail (HD_IS_PERSON (self), NULL);
  return self->unit_name;
}

const char *
hd_person_get_name (HdPerson *self)
{
  g_return_val_if_fail (HD_IS_PERSON (self), NULL);
  return self->name;
}

HdGender
hd_person_get_gender (HdPerson *self)
{
  g_return_val_if_fail (HD_IS_PERSON (self), HD_GENDER_UNKNOWN);
  return self->gender;
}

const char *
hd_person_get_title (HdPerson *self)
{
  g_return_val_if_fail (HD_IS_PERSON (self), NULL);
  return self->title;
}

gboolean
hd_person_get_party_member (HdPerson *self)
{
  g_return_val_if_fail (HD_IS_PERSON (self), FALSE);
  return self->party_member;
}

const char *
hd_person_get_phone (HdPerson *self)
{
  g_return_val_if_fail (HD_IS_PERSON (self), NULL);
  return self->phone;
}

/* Stored as its number (person.gender); an unknown gender shows nothing. */
static const HdEnumValue gender_values[] = {
  { NULL, NULL },
  { NULL, N_("Male") },
  { NULL, N_("Female") },
};
HD_DEFINE_ENUM_LABELS (HdGender, hd_gender, NULL, gender_values, HD_GENDER_FEMALE + 1)

static GObject *
load_person_row (HdStore  *store,
                 gint64    id,
                 GError  **error)
{
  return (GObject *) hd_person_load (store, id, error);
}

GListModel *
hd_person_list_new_for_unit (HdStore *store,
                             gint64   unit_id)
{
  g_autoptr(GError) error = NULL;
  HdRowModel *model = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HD_IS_STORE (store), NULL);

  /* The index on (unit_id, position) answers both the range and the order. */
  stmt = hd_store_prepare (store,
                           "SELECT id FROM person WHERE unit_id = ?1 ORDER BY position, id",
                           &error);
  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, unit_id);
      model = hd_row_model_new_from_stmt (store, HD_TYPE_PERSON, load_person_row, stmt, &error);
    }
  if (model == NULL)
    {
      g_warning ("%s", error->message);
      return G_LIST_MODEL (hd_row_model_new_empty (HD_TYPE_PERSON));
    }
  return G_LIST_MODEL (model);
}

GHashTable *
hd_person_names_new (void)
{
  return g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
}

const char *
hd_person_names_lookup (GHashTable  *names,
                        HdStore     *store,
                        gint64       id,
                        GError     **error)
{
  const char *name = g_hash_table_lookup (names, &id);
  g_autoptr(HdPerson) person = NULL;

  if (name != NULL)
    return name;
  if ((person = hd_person_load (store, id, error)) == NULL)
    return NULL;
  name = g_strdup (hd_person_get_name (person));
  g_hash_table_insert (names, g_memdup2 (&id, sizeof id), (gpointer) name);
  return name;
}
