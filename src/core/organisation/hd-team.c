/* hd-team.c — a unit's leadership team and the leaders' contact points.
 *
 * A team has a handful of people, so it is loaded whole into a GListStore: one query for the
 * members with their people, one for every oversight of the team with each department's head.
 */
#include <glib/gi18n-lib.h>

#include "organisation/hd-team.h"
#include "organisation/hd-unit.h"
#include "store/hd-read.h"

G_DEFINE_ENUM_TYPE (HdTeamRole, hd_team_role,
  G_DEFINE_ENUM_VALUE (HD_TEAM_ROLE_PRINCIPAL, "principal"),
  G_DEFINE_ENUM_VALUE (HD_TEAM_ROLE_MEMBER, "member"))

struct _HdTeamMember
{
  HdRecord    parent_instance;

  HdTeamRole  role;
  HdPerson   *person;
  GPtrArray  *oversights;   /* HdOversight */
};

static const HdRecordField record_fields[] = {
  { "role", HD_FIELD_NUMBER, G_STRUCT_OFFSET (HdTeamMember, role), hd_team_role_get_type,
    NULL, HD_TEAM_ROLE_MEMBER },
  { "person", HD_FIELD_OBJECT, G_STRUCT_OFFSET (HdTeamMember, person), hd_person_get_type },
  { "oversights", HD_FIELD_BOXED, G_STRUCT_OFFSET (HdTeamMember, oversights), g_ptr_array_get_type },
};

/* Read only with the rest of the unit's list, never loaded by id: no not-found error. */
static const HdRecordInfo record_info = {
  record_fields, G_N_ELEMENTS (record_fields), NULL, 0, NULL, N_("Reading the leadership team"),
};

HD_DEFINE_RECORD_TYPE (HdTeamMember, hd_team_member, record_info)

static void
oversight_free (gpointer data)
{
  HdOversight *oversight = data;

  g_free (oversight->department_name);
  g_free (oversight->head_name);
  g_free (oversight->head_title);
  g_free (oversight);
}

HdPerson *
hd_team_member_get_person (HdTeamMember *self)
{
  g_return_val_if_fail (HD_IS_TEAM_MEMBER (self), NULL);
  return self->person;
}

HdTeamRole
hd_team_member_get_role (HdTeamMember *self)
{
  g_return_val_if_fail (HD_IS_TEAM_MEMBER (self), HD_TEAM_ROLE_MEMBER);
  return self->role;
}

GPtrArray *
hd_team_member_get_oversights (HdTeamMember *self)
{
  g_return_val_if_fail (HD_IS_TEAM_MEMBER (self), NULL);
  return self->oversights;
}

/* The team as it is read: in its order, and by id for the oversights to find their member. */
typedef struct {
  GListStore *members;
  GHashTable *by_id;
} Team;

static void
read_member (sqlite3_stmt *stmt,
             gpointer      data)
{
  Team *team = data;
  g_autoptr(HdTeamMember) member = hd_record_new_from_row (HD_TYPE_TEAM_MEMBER, stmt, 0);
  gint64 id = hd_record_get_id (HD_RECORD (member));

  member->person = hd_person_new_from_row (stmt, 3);
  member->oversights = g_ptr_array_new_with_free_func (oversight_free);
  g_hash_table_insert (team->by_id, g_memdup2 (&id, sizeof id), member);
  g_list_store_append (team->members, member);
}

static void
read_oversight (sqlite3_stmt *stmt,
                gpointer      data)
{
  GHashTable *members_by_id = data;
  gint64 member_id = sqlite3_column_int64 (stmt, 0);
  HdTeamMember *member = g_hash_table_lookup (members_by_id, &member_id);
  HdOversight *oversight;

  if (member == NULL)
    return;
  oversight = g_new0 (HdOversight, 1);
  oversight->department_id = sqlite3_column_int64 (stmt, 1);
  oversight->department_name = hd_store_column_dup (stmt, 2);
  oversight->head_name = hd_store_column_dup (stmt, 3);
  oversight->head_title = hd_store_column_dup (stmt, 4);
  g_ptr_array_add (member->oversights, oversight);
}

static void
read_leader (sqlite3_stmt *stmt,
             gpointer      data)
{
  g_autoptr(HdPerson) leader = hd_person_new_from_row (stmt, 0);

  g_list_store_append (data, leader);
}

GListModel *
hd_team_load (HdStore  *store,
              gint64    unit_id,
              GError  **error)
{
  g_autoptr(GListStore) list = g_list_store_new (HD_TYPE_TEAM_MEMBER);
  g_autoptr(GHashTable) by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  Team team = { list, by_id };

  g_return_val_if_fail (HD_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!hd_unit_check_exists (store, unit_id, error))
    return NULL;

  /* role 0, the principal leader, sorts first. */
  if (!hd_read_each (store,
                     "SELECT t.id, t.uuid, t.role, " HD_PERSON_COLUMNS
                     " FROM team_member AS t"
                     " JOIN person AS p ON p.id = t.person_id"
                     " JOIN unit AS pu ON pu.id = p.unit_id"
                     " WHERE t.unit_id = ?1"
                     " ORDER BY t.role, t.position, t.id",
                     unit_id, read_member, &team, N_("Reading the leadership team"), error))
    return NULL;

  /* The head is the department's own principal leader, found through the partial index
   * team_one_principal; a department without a team yet has no head. */
  if (g_hash_table_size (by_id) > 0 &&
      !hd_read_each (store,
                     "SELECT o.member_id, d.id, d.name, hp.name, hp.title"
                     " FROM team_member AS t"
                     " JOIN oversight AS o ON o.member_id = t.id"
                     " JOIN unit AS d ON d.id = o.department_id"
                     " LEFT JOIN team_member AS h ON h.unit_id = d.id AND h.role = 0"
                     " LEFT JOIN person AS hp ON hp.id = h.person_id"
                     " WHERE t.unit_id = ?1"
                     " ORDER BY o.member_id, d.name, d.id",
                     unit_id, read_oversight, by_id, N_("Reading the leadership team"), error))
    return NULL;

  return G_LIST_MODEL (g_steal_pointer (&list));
}

GListModel *
hd_contact_leaders_load (HdStore  *store,
                         gint64    unit_id,
                         GError  **error)
{
  g_autoptr(GListStore) leaders = g_list_store_new (HD_TYPE_PERSON);

  g_return_val_if_fail (HD_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!hd_unit_check_exists (store, unit_id, error))
    return NULL;

  /* Leaders are listed in the order of their own unit's team, the principal leader first, as
   * every list of leaders is read; anybody outside a team comes after, in roster order. */
  if (!hd_read_each (store,
                     "SELECT " HD_PERSON_COLUMNS
                     " FROM contact_point AS c"
                     " JOIN person AS p ON p.id = c.leader_id"
                     " JOIN unit AS pu ON pu.id = p.unit_id"
                     " LEFT JOIN team_member AS t ON t.person_id = p.id AND t.unit_id = p.unit_id"
                     " WHERE c.unit_id = ?1"
                     " ORDER BY t.role IS NULL, t.role, t.position, p.position, p.id",
                     unit_id, read_leader, leaders, N_("Reading the contact points"), error))
    return NULL;

  return G_LIST_MODEL (g_steal_pointer (&leaders));
}
