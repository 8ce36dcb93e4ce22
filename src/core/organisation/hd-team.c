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
  GObject     parent_instance;

  gint64      id;
  char       *uuid;
  HdTeamRole  role;
  HdPerson   *person;
  GPtrArray  *oversights;   /* HdOversight */
};

G_DEFINE_FINAL_TYPE (HdTeamMember, hd_team_member, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_UUID,
  PROP_ROLE,
  PROP_PERSON,
  PROP_OVERSIGHTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
oversight_free (gpointer data)
{
  HdOversight *oversight = data;

  g_free (oversight->department_name);
  g_free (oversight->head_name);
  g_free (oversight->head_title);
  g_free (oversight);
}

static void
hd_team_member_finalize (GObject *object)
{
  HdTeamMember *self = HD_TEAM_MEMBER (object);

  g_free (self->uuid);
  g_clear_object (&self->person);
  g_clear_pointer (&self->oversights, g_ptr_array_unref);

  G_OBJECT_CLASS (hd_team_member_parent_class)->finalize (object);
}

static void
hd_team_member_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  HdTeamMember *self = HD_TEAM_MEMBER (object);

  switch (prop_id)
    {
    case PROP_UUID:
      g_value_set_string (value, self->uuid);
      break;
    case PROP_ROLE:
      g_value_set_enum (value, self->role);
      break;
    case PROP_PERSON:
      g_value_set_object (value, self->person);
      break;
    case PROP_OVERSIGHTS:
      g_value_set_boxed (value, self->oversights);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hd_team_member_class_init (HdTeamMemberClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = hd_team_member_finalize;
  object_class->get_property = hd_team_member_get_property;

  properties[PROP_UUID] =
    g_param_spec_string ("uuid", NULL, NULL, NULL, flags);
  properties[PROP_ROLE] =
    g_param_spec_enum ("role", NULL, NULL, HD_TYPE_TEAM_ROLE, HD_TEAM_ROLE_MEMBER, flags);
  properties[PROP_PERSON] =
    g_param_spec_object ("person", NULL, NULL, HD_TYPE_PERSON, flags);
  properties[PROP_OVERSIGHTS] =
    g_param_spec_boxed ("oversights", NULL, NULL, G_TYPE_PTR_ARRAY, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hd_team_member_init (HdTeamMember *self)
{
  self->oversights = g_ptr_array_new_with_free_func (oversight_free);
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

const char *
hd_team_member_get_uuid (HdTeamMember *self)
{
  g_return_val_if_fail (HD_IS_TEAM_MEMBER (self), NULL);
  return self->uuid;
}

GPtrArray *
hd_team_member_get_oversights (HdTeamMember *self)
{
  g_return_val_if_fail (HD_IS_TEAM_MEMBER (self), NULL);
  return self->oversights;
}

static char *
dup_text_or_null (sqlite3_stmt *stmt,
                  int           column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
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
  g_autoptr(HdTeamMember) member = g_object_new (HD_TYPE_TEAM_MEMBER, NULL);

  member->id = sqlite3_column_int64 (stmt, 0);
  member->uuid = dup_text_or_null (stmt, 1);
  member->role = sqlite3_column_int (stmt, 2) == 0 ? HD_TEAM_ROLE_PRINCIPAL : HD_TEAM_ROLE_MEMBER;
  member->person = hd_person_new_from_row (stmt, 3);
  /* The store holds the member, so the key lives as long as the table. */
  g_hash_table_insert (team->by_id, &member->id, member);
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
  oversight->department_name = dup_text_or_null (stmt, 2);
  oversight->head_name = dup_text_or_null (stmt, 3);
  oversight->head_title = dup_text_or_null (stmt, 4);
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
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
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
