/* test-team-edit.c — teams, oversight and contact points. */
#include "hd-test-util.h"
#include "organisation/hd-team-edit.h"

static HdStore *
make_store (void)
{
  return hd_test_new_store ("team.db",
                            HD_TEST_SQL_COUNTY_AND_TOWN
                            "INSERT INTO unit (id, uuid, parent_id, kind, name, path) VALUES (3, 'u3', 1, 'department', '教育局', '/000000001/000000003/');"
                            "INSERT INTO unit (id, uuid, parent_id, kind, name, path) VALUES (4, 'u4', 2, 'village', '王庄村', '/000000001/000000002/000000004/');"
                            "INSERT INTO person (id, uuid, unit_id, name, title) VALUES (1, 'p1', 1, '张书记', '县委书记');"
                            "INSERT INTO person (id, uuid, unit_id, name, title) VALUES (2, 'p2', 1, '李县长', '县长');"
                            "INSERT INTO person (id, uuid, unit_id, name, title) VALUES (3, 'p3', 3, '王局长', '局长');"
                            "INSERT INTO person (id, uuid, unit_id, name, title) VALUES (4, 'p4', 2, '赵镇长', '镇长');");
}

static char *
describe_member (gpointer member)
{
  GPtrArray *oversights = hd_team_member_get_oversights (member);
  GString *text = g_string_new (NULL);

  g_string_append_printf (text, "%s%s", hd_team_member_get_role (member) == HD_TEAM_ROLE_PRINCIPAL ? "*" : "",
                          hd_person_get_name (hd_team_member_get_person (member)));
  for (guint k = 0; k < oversights->len; k++)
    {
      HdOversight *o = g_ptr_array_index (oversights, k);
      g_string_append_printf (text, "[%s:%s]", o->department_name, o->head_name ? o->head_name : "-");
    }
  return g_string_free (text, FALSE);
}

static char *
describe_team (HdStore *store,
               gint64   unit_id)
{
  g_autoptr(GListModel) team = hd_team_load (store, unit_id, NULL);

  return hd_test_describe_items (team, ";", describe_member);
}

static void
test_team (void)
{
  g_autoptr(HdStore) store = make_store ();
  g_autoptr(HdHistory) history = hd_history_new (store, 50);
  g_autoptr(GError) error = NULL;
  g_autofree char *t1 = NULL, *t2 = NULL, *t3 = NULL, *t4 = NULL;
  const gint64 departments[] = { 3, 2 };

  g_assert_true (hd_team_set_member (store, history, 1, 1, HD_TEAM_ROLE_PRINCIPAL, &error));
  g_assert_true (hd_team_set_member (store, history, 1, 2, HD_TEAM_ROLE_MEMBER, &error));
  g_assert_true (hd_team_set_member (store, history, 3, 3, HD_TEAM_ROLE_PRINCIPAL, &error));
  g_assert_true (hd_team_set_oversights (store, history, 1, 2, departments, G_N_ELEMENTS (departments), &error));
  g_assert_no_error (error);
  t1 = describe_team (store, 1);
  g_assert_cmpstr (t1, ==, "*张书记;李县长[城关镇:-][教育局:王局长]");

  /* A new principal leader: the former one stays as a member. */
  g_assert_true (hd_team_set_member (store, history, 1, 2, HD_TEAM_ROLE_PRINCIPAL, &error));
  t2 = describe_team (store, 1);
  g_assert_cmpstr (t2, ==, "*李县长[城关镇:-][教育局:王局长];张书记");

  g_assert_true (hd_history_undo (history, &error));
  t3 = describe_team (store, 1);
  g_assert_cmpstr (t3, ==, "*张书记;李县长[城关镇:-][教育局:王局长]");

  g_assert_true (hd_team_remove_member (store, history, 1, 2, &error));
  t4 = describe_team (store, 1);
  g_assert_cmpstr (t4, ==, "*张书记");
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM oversight"), ==, 0);
}

static void
test_team_refusals (void)
{
  g_autoptr(HdStore) store = make_store ();
  g_autoptr(GError) error = NULL;
  const gint64 own[] = { 1 };

  /* 赵镇长 belongs to 城关镇, not to the county. */
  g_assert_false (hd_team_set_member (store, NULL, 1, 4, HD_TEAM_ROLE_MEMBER, &error));
  g_assert_error (error, HD_TEAM_EDIT_ERROR, HD_TEAM_EDIT_ERROR_NOT_ON_ROSTER);
  g_clear_error (&error);
  g_assert_false (hd_team_set_oversights (store, NULL, 1, 2, own, 1, &error));
  g_assert_error (error, HD_TEAM_EDIT_ERROR, HD_TEAM_EDIT_ERROR_NOT_IN_TEAM);
  g_clear_error (&error);
  g_assert_true (hd_team_set_member (store, NULL, 1, 2, HD_TEAM_ROLE_MEMBER, &error));
  g_assert_false (hd_team_set_oversights (store, NULL, 1, 2, own, 1, &error));
  g_assert_error (error, HD_TEAM_EDIT_ERROR, HD_TEAM_EDIT_ERROR_BAD_DEPARTMENT);
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM team_member"), ==, 1);
}

static void
test_contact_points (void)
{
  g_autoptr(HdStore) store = make_store ();
  g_autoptr(HdHistory) history = hd_history_new (store, 50);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) leaders = NULL;

  /* Not (yet) a county leader. */
  g_assert_false (hd_contact_point_add (store, history, 1, 2, &error));
  g_assert_error (error, HD_TEAM_EDIT_ERROR, HD_TEAM_EDIT_ERROR_NOT_COUNTY_LEADER);
  g_clear_error (&error);

  g_assert_true (hd_team_set_member (store, history, 1, 1, HD_TEAM_ROLE_PRINCIPAL, &error));
  g_assert_true (hd_contact_point_add (store, history, 1, 2, &error));
  g_assert_true (hd_contact_point_add (store, history, 1, 4, &error));
  g_assert_true (hd_contact_point_add (store, history, 1, 4, &error));   /* twice: no duplicate */
  g_assert_no_error (error);
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM contact_point"), ==, 2);

  g_assert_false (hd_contact_point_add (store, history, 1, 1, &error));
  g_assert_error (error, HD_TEAM_EDIT_ERROR, HD_TEAM_EDIT_ERROR_BAD_CONTACT_UNIT);
  g_clear_error (&error);

  leaders = hd_contact_leaders_load (store, 4, &error);
  g_assert_cmpuint (g_list_model_get_n_items (leaders), ==, 1);

  g_assert_true (hd_contact_point_remove (store, history, 1, 4, &error));
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM contact_point"), ==, 1);
  g_assert_true (hd_history_undo (history, &error));
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM contact_point"), ==, 2);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/team-edit/team", test_team);
  g_test_add_func ("/team-edit/refusals", test_team_refusals);
  g_test_add_func ("/team-edit/contact-points", test_contact_points);

  return g_test_run ();
}
