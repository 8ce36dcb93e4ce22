/* hd-supervision.c — supervision groups (督导组) and the units assigned to them.
 *
 * A unit is assigned to one group or a few, each of a handful of people: the groups of a unit are
 * loaded whole, in one query for the groups and one for all their members.
 */
#include <glib/gi18n-lib.h>

#include "organisation/hd-supervision.h"
#include "organisation/hd-unit.h"
#include "store/hd-read.h"
#include "store/hd-record.h"

struct _HdSupervisionGroup
{
  HdRecord    parent_instance;

  char       *name;
  guint       n_units;
  HdPerson   *leader;
  GListStore *members;   /* HdPerson */
};

static const HdRecordField record_fields[] = {
  { "name", HD_FIELD_TEXT, G_STRUCT_OFFSET (HdSupervisionGroup, name) },
  { "n-units", HD_FIELD_UINT, G_STRUCT_OFFSET (HdSupervisionGroup, n_units) },
  { "leader", HD_FIELD_OBJECT, G_STRUCT_OFFSET (HdSupervisionGroup, leader), hd_person_get_type },
  { "members", HD_FIELD_OBJECT, G_STRUCT_OFFSET (HdSupervisionGroup, members), g_list_model_get_type },
};

/* Read only with the rest of the unit's list, never loaded by id: no not-found error. */
static const HdRecordInfo record_info = {
  record_fields, G_N_ELEMENTS (record_fields), NULL, 0, NULL, N_("Reading the supervision groups"),
};

HD_DEFINE_RECORD_TYPE (HdSupervisionGroup, hd_supervision_group, record_info)

gint64
hd_supervision_group_get_id (HdSupervisionGroup *self)
{
  return hd_record_get_id (HD_RECORD (self));
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
  g_autoptr(HdSupervisionGroup) group = hd_record_new_from_row (HD_TYPE_SUPERVISION_GROUP, stmt, 0);
  gint64 id = hd_supervision_group_get_id (group);

  group->members = g_list_store_new (HD_TYPE_PERSON);

  g_hash_table_insert (groups->by_id, g_memdup2 (&id, sizeof id), group);
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
  g_autoptr(GHashTable) by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
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
