/* test-supervision-edit.c — supervision groups: members, one leader, assigned units, undo. */
#include "hd-test-util.h"
#include "organisation/hd-supervision-edit.h"

static HdStore *
make_store (void)
{
  return hd_test_new_store ("groups.db",
                            HD_TEST_SQL_COUNTY_AND_TOWN
                            "INSERT INTO unit (id, uuid, parent_id, kind, name, path) VALUES (3, 'u3', 1, 'department', '纪委', '/000000001/000000003/');"
                            "INSERT INTO person (id, uuid, unit_id, name) VALUES (1, 'p1', 3, '钱组长'), (2, 'p2', 3, '孙组员'), (3, 'p3', 3, '李组员');");
}

static char *
person_name (gpointer person)
{
  return g_strdup (hd_person_get_name (person));
}

static char *
describe_group (gpointer group)
{
  HdPerson *leader = hd_supervision_group_get_leader (group);
  g_autofree char *members = hd_test_describe_items (hd_supervision_group_get_members (group), ",", person_name);

  return g_strdup_printf ("%s leader=%s members=%s", hd_supervision_group_get_name (group),
                          leader ? hd_person_get_name (leader) : "-", members);
}

static char *
describe_group_of (HdStore *store,
                   gint64   unit_id)
{
  g_autoptr(GListModel) groups = hd_supervision_groups_for_unit (store, unit_id, NULL);

  return hd_test_describe_items (groups, "", describe_group);
}

static void
test_groups (void)
{
  g_autoptr(HdStore) store = make_store ();
  g_autoptr(HdHistory) history = hd_history_new (store, 50);
  g_autoptr(GError) error = NULL;
  g_autofree char *a = NULL, *b = NULL, *c = NULL;
  gint64 group;

  g_assert_cmpint (hd_supervision_group_create (store, history, 1, "  ", &error), ==, 0);
  g_assert_error (error, HD_EDIT_ERROR, HD_EDIT_ERROR_INVALID);
  g_clear_error (&error);

  group = hd_supervision_group_create (store, history, 1, "第一督导组", &error);
  g_assert_cmpint (group, >, 0);
  g_assert_true (hd_supervision_group_set_member (store, history, group, 1, HD_SUPERVISION_ROLE_LEADER, &error));
  g_assert_true (hd_supervision_group_set_member (store, history, group, 2, HD_SUPERVISION_ROLE_MEMBER, &error));
  g_assert_true (hd_supervision_group_assign (store, history, group, 2, &error));
  g_assert_true (hd_supervision_group_assign (store, history, group, 2, &error));
  g_assert_no_error (error);
  a = describe_group_of (store, 2);
  g_assert_cmpstr (a, ==, "第一督导组 leader=钱组长 members=孙组员");
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM supervision_assignment"), ==, 1);

  /* A new leader: the old one stays as a member; the index allows one leader only. */
  g_assert_true (hd_supervision_group_set_member (store, history, group, 3, HD_SUPERVISION_ROLE_LEADER, &error));
  g_assert_no_error (error);
  b = describe_group_of (store, 2);
  g_assert_cmpstr (b, ==, "第一督导组 leader=李组员 members=钱组长,孙组员");

  g_assert_true (hd_supervision_group_unassign (store, history, group, 2, &error));
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM supervision_assignment"), ==, 0);
  g_assert_true (hd_history_undo (history, &error));
  c = describe_group_of (store, 2);
  g_assert_cmpstr (c, ==, b);

  g_assert_true (hd_supervision_group_delete (store, history, group, &error));
  g_assert_no_error (error);
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM supervision_group"), ==, 0);
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM supervision_member"), ==, 0);
  g_assert_true (hd_history_undo (history, &error));
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM supervision_member"), ==, 3);
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/supervision-edit/groups", test_groups);
  return g_test_run ();
}
