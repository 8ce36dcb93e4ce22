/* hd-person.c — a person on a unit's roster, as a snapshot of one row. */
#include <glib/gi18n-lib.h>

#include "model/hd-row-model.h"
#include "organisation/hd-person.h"
#include "store/hd-read.h"

G_DEFINE_ENUM_TYPE (HdGender, hd_gender,
  G_DEFINE_ENUM_VALUE (HD_GENDER_UNKNOWN, "unknown"),
  G_DEFINE_ENUM_VALUE (HD_GENDER_MALE, "male"),
  G_DEFINE_ENUM_VALUE (HD_GENDER_FEMALE, "female"))

G_DEFINE_QUARK (hd-person-error-quark, hd_person_error)

struct _HdPerson
{
  GObject   parent_instance;

  gint64    id;
  char     *uuid;
  gint64    unit_id;
  char     *unit_name;
  char     *name;
  HdGender  gender;
  char     *title;
  gboolean  party_member;
  char     *phone;
};

G_DEFINE_FINAL_TYPE (HdPerson, hd_person, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_UUID,
  PROP_UNIT_ID,
  PROP_UNIT_NAME,
  PROP_NAME,
  PROP_GENDER,
  PROP_TITLE,
  PROP_PARTY_MEMBER,
  PROP_PHONE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
hd_person_finalize (GObject *object)
{
  HdPerson *self = HD_PERSON (object);

  g_free (self->uuid);
  g_free (self->unit_name);
  g_free (self->name);
  g_free (self->title);
  g_free (self->phone);

  G_OBJECT_CLASS (hd_person_parent_class)->finalize (object);
}

static void
hd_person_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  HdPerson *self = HD_PERSON (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_UUID:
      g_value_set_string (value, self->uuid);
      break;
    case PROP_UNIT_ID:
      g_value_set_int64 (value, self->unit_id);
      break;
    case PROP_UNIT_NAME:
      g_value_set_string (value, self->unit_name);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_GENDER:
      g_value_set_enum (value, self->gender);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_PARTY_MEMBER:
      g_value_set_boolean (value, self->party_member);
      break;
    case PROP_PHONE:
      g_value_set_string (value, self->phone);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hd_person_class_init (HdPersonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = hd_person_finalize;
  object_class->get_property = hd_person_get_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_UUID] =
    g_param_spec_string ("uuid", NULL, NULL, NULL, flags);
  properties[PROP_UNIT_ID] =
    g_param_spec_int64 ("unit-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_UNIT_NAME] =
    g_param_spec_string ("unit-name", NULL, NULL, NULL, flags);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_GENDER] =
    g_param_spec_enum ("gender", NULL, NULL, HD_TYPE_GENDER, HD_GENDER_UNKNOWN, flags);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_PARTY_MEMBER] =
    g_param_spec_boolean ("party-member", NULL, NULL, FALSE, flags);
  properties[PROP_PHONE] =
    g_param_spec_string ("phone", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hd_person_init (HdPerson *self)
{
}

static char *
dup_column_text (sqlite3_stmt *stmt,
                 int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return g_strdup (text != NULL ? text : "");
}

HdPerson *
hd_person_new_from_row (sqlite3_stmt *stmt,
                        int           first_column)
{
  HdPerson *self;
  int gender;

  g_return_val_if_fail (stmt != NULL, NULL);
  g_return_val_if_fail (first_column >= 0, NULL);

  self = g_object_new (HD_TYPE_PERSON, NULL);
  self->id = sqlite3_column_int64 (stmt, first_column);
  self->uuid = dup_column_text (stmt, first_column + 1);
  self->unit_id = sqlite3_column_int64 (stmt, first_column + 2);
  self->unit_name = dup_column_text (stmt, first_column + 3);
  self->name = dup_column_text (stmt, first_column + 4);
  gender = sqlite3_column_int (stmt, first_column + 5);
  self->gender = (gender == HD_GENDER_MALE || gender == HD_GENDER_FEMALE) ? gender : HD_GENDER_UNKNOWN;
  self->title = dup_column_text (stmt, first_column + 6);
  self->party_member = sqlite3_column_int (stmt, first_column + 7) != 0;
  self->phone = dup_column_text (stmt, first_column + 8);
  return self;
}

static void
read_person (sqlite3_stmt *stmt,
             gpointer      data)
{
  *(HdPerson **) data = hd_person_new_from_row (stmt, 0);
}

static void
set_not_found (GError **error,
               gint64   id)
{
  g_set_error (error, HD_PERSON_ERROR, HD_PERSON_ERROR_NOT_FOUND,
               _("There is no person number %lld; the person may have been deleted meanwhile. Reload the list and choose again."),
               (long long) id);
}

HdPerson *
hd_person_load (HdStore  *store,
                gint64    id,
                GError  **error)
{
  HdPerson *self = NULL;

  g_return_val_if_fail (HD_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  hd_read_one (store,
               "SELECT " HD_PERSON_COLUMNS
               " FROM person AS p JOIN unit AS pu ON pu.id = p.unit_id"
               " WHERE p.id = ?1",
               id, read_person, &self, set_not_found, N_("Reading a person"), error);
  return self;
}

gboolean
hd_person_check_exists (HdStore  *store,
                        gint64    id,
                        GError  **error)
{
  g_return_val_if_fail (HD_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return hd_read_one (store, "SELECT 1 FROM person WHERE id = ?1", id,
                      NULL, NULL, set_not_found, N_("Reading a person"), error);
}

gint64
hd_person_get_id (HdPerson *self)
{
  g_return_val_if_fail (HD_IS_PERSON (self), 0);
  return self->id;
}

const char *
hd_person_get_uuid (HdPerson *self)
{
  g_return_val_if_fail (HD_IS_PERSON (self), NULL);
  return self->uuid;
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
