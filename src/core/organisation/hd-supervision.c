/* hd-supervision.c — supervision groups (督导组) and the units assigned to them.
 *
 * A unit is assigned to one group or a few, each of a handful of people: the groups of a unit are
 * loaded whole, in one query for the groups and one for all their members.
 */
#include <glib/gi18n-lib.h>

#include "organisation/hd-supervision.h"
#include "organisation/hd-unit.h"
#include "store/hd-read.h"

struct _HdSupervisionGroup
{
  GObject     parent_instance;

  gint64      id;
  char       *uuid;
  char       *name;
  HdPerson   *leader;
  GListStore *members;   /* HdPerson */
  guint       n_units;
};

G_DEFINE_FINAL_TYPE (HdSupervisionGroup, hd_supervision_group, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_UUID,
  PROP_NAME,
  PROP_LEADER,
  PROP_MEMBERS,
  PROP_N_UNITS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
hd_supervision_group_finalize (GObject *object)
{
  HdSupervisionGroup *self = HD_SUPERVISION_GROUP (object);

  g_free (self->uuid);
  g_free (self->name);
  g_clear_object (&self->leader);
  g_clear_object (&self->members);

  G_OBJECT_CLASS (hd_supervision_group_parent_class)->finalize (object);
}

static void
hd_supervision_group_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  HdSupervisionGroup *self = HD_SUPERVISION_GROUP (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_UUID:
      g_value_set_string (value, self->uuid);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_LEADER:
      g_value_set_object (value, self->leader);
      break;
    case PROP_MEMBERS:
      g_value_set_object (value, self->members);
      break;
    case PROP_N_UNITS:
      g_value_set_uint (value, self->n_units);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hd_supervision_group_class_init (HdSupervisionGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = hd_supervision_group_finalize;
  object_class->get_property = hd_supervision_group_get_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_UUID] =
    g_param_spec_string ("uuid", NULL, NULL, NULL, flags);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_LEADER] =
    g_param_spec_object ("leader", NULL, NULL, HD_TYPE_PERSON, flags);
  properties[PROP_MEMBERS] =
    g_param_spec_object ("members", NULL, NULL, G_TYPE_LIST_MODEL, flags);
  properties[PROP_N_UNITS] =
    g_param_spec_uint ("n-units", NULL, NULL, 0, G_MAXUINT, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hd_supervision_group_init (HdSupervisionGroup *self)
{
  self->members = g_list_store_new (HD_TYPE_PERSON);
}

gint64
hd_supervision_group_get_id (HdSupervisionGroup *self)
{
  g_return_val_if_fail (HD_IS_SUPERVISION_GROUP (self), 0);
  return self->id;
}

const char *
hd_supervision_group_get_uuid (HdSupervisionGroup *self)
{
  g_return_val_if_fail (HD_IS_SUPERVISION_GROUP (self), NULL);
  return self->uuid;
}

const char *
hd_supervision_group_get_name (HdSupervisionGroup *self)
{
  g_return_val_if_fail (HD_IS_SUPERVISION_GROUP (self), NULL);
  return self->name;
}

HdPerson *
hd_supervision_group_get_leader (HdSupervisionGroup *self)
{
  g_return_val_if_fail (HD_IS_SUPERVISION_GROUP (self), NULL);
  return self->leader;
}

GListModel *
hd_supervision_group_get_members (HdSupervisionGroup *self)
{
  g_return_val_if_fail (HD_IS_SUPERVISION_GROUP (self), NULL);
  return G_LIST_MODEL (self->members);
}

guint
hd_supervision_group_get_n_units (HdSupervisionGroup *self)
{
  g_return_val_if_fail (HD_IS_SUPERVISION_GROUP (self), 0);
  return self->n_units;
}

/* The groups as they are read: in their order, and by id for their members to find them. */
typedef struct {
  GListStore *list;
  GHashTable *by_id;
} Groups;

static void
read_group (sqlite3_stmt *stmt,
            gpointer      data)
{
  Groups *groups = data;
  g_autoptr(HdSupervisionGroup) group = g_object_new (HD_TYPE_SUPERVISION_GROUP, NULL);

  group->id = sqlite3_column_int64 (stmt, 0);
  group->uuid = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
  group->name = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
  group->n_units = (guint) sqlite3_column_int64 (stmt, 3);
  /* The store holds the group, so the key lives as long as the table. */
  g_hash_table_insert (groups->by_id, &group->id, group);
  g_list_store_append (groups->list, group);
}

static void
read_member (sqlite3_stmt *stmt,
             gpointer      data)
{
  GHashTable *groups_by_id = data;
  gint64 group_id = sqlite3_column_int64 (stmt, 0);
  HdSupervisionGroup *group = g_hash_table_lookup (groups_by_id, &group_id);
  g_autoptr(HdPerson) person = NULL;

  if (group == NULL)
    return;
  person = hd_person_new_from_row (stmt, 2);
  /* The schema does not stop a group from having two leaders; the first one leads and any
   * other is listed with the members rather than lost. */
  if (sqlite3_column_int (stmt, 1) == 0 && group->leader == NULL)
    group->leader = g_steal_pointer (&person);
  else
    g_list_store_append (group->members, person);
}

GListModel *
hd_supervision_groups_for_unit (HdStore  *store,
                                gint64    unit_id,
                                GError  **error)
{
  g_autoptr(GListStore) list = g_list_store_new (HD_TYPE_SUPERVISION_GROUP);
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  Groups groups = { list, by_id };

  g_return_val_if_fail (HD_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!hd_unit_check_exists (store, unit_id, error))
    return NULL;

  if (!hd_read_each (store,
                     "SELECT g.id, g.uuid, g.name,"
                     "       (SELECT count(*) FROM supervision_assignment AS n WHERE n.group_id = g.id)"
                     " FROM supervision_assignment AS a"
                     " JOIN supervision_group AS g ON g.id = a.group_id"
                     " WHERE a.unit_id = ?1"
                     " ORDER BY g.position, g.id",
                     unit_id, read_group, &groups, N_("Reading the supervision groups"), error))
    return NULL;

  if (g_hash_table_size (by_id) > 0 &&
      !hd_read_each (store,
                     "SELECT m.group_id, m.role, " HD_PERSON_COLUMNS
                     " FROM supervision_assignment AS a"
                     " JOIN supervision_member AS m ON m.group_id = a.group_id"
                     " JOIN person AS p ON p.id = m.person_id"
                     " JOIN unit AS pu ON pu.id = p.unit_id"
                     " WHERE a.unit_id = ?1"
                     " ORDER BY m.group_id, m.role, m.position, m.id",
                     unit_id, read_member, by_id, N_("Reading the supervision groups"), error))
    return NULL;

  return G_LIST_MODEL (g_steal_pointer (&list));
}
