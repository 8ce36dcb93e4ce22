/* test-organisation-text.c — the Organisation area's sentences, without a display. */

#include "hd-gui-test.h"
#include "hd-test-util.h"
#include "organisation/hd-organisation-text.h"

static void
test_oversight (void)
{
  HdOversight with_head = { 1, (char *) "Education Bureau", (char *) "Zhang San", (char *) "Director" };
  HdOversight without_head = { 2, (char *) "Finance Office", NULL, NULL };
  g_autofree char *one = hd_organisation_text_oversight (&with_head);
  g_autofree char *other = hd_organisation_text_oversight (&without_head);

  g_assert_cmpstr (one, ==, "Education Bureau (head: Zhang San)");
  g_assert_cmpstr (other, ==, "Finance Office (no head recorded)");
}

static void
test_oversights (void)
{
  HdOversight a = { 1, (char *) "Education Bureau", (char *) "Zhang San", NULL };
  HdOversight b = { 2, (char *) "Finance Office", (char *) "Li Si", NULL };
  g_autoptr(GPtrArray) none = g_ptr_array_new ();
  g_autoptr(GPtrArray) two = g_ptr_array_new ();
  g_autofree char *text = NULL;

  g_assert_null (hd_organisation_text_oversights (none));
  g_assert_null (hd_organisation_text_oversights (NULL));

  g_ptr_array_add (two, &a);
  g_ptr_array_add (two, &b);
  text = hd_organisation_text_oversights (two);
  g_assert_cmpstr (text, ==, "Oversees: Education Bureau (head: Zhang San); Finance Office (head: Li Si)");
}

static void
test_team_detail (void)
{
  g_autofree char *principal = hd_organisation_text_team_detail (HD_TEAM_ROLE_PRINCIPAL, "Party Secretary");
  g_autofree char *principal_untitled = hd_organisation_text_team_detail (HD_TEAM_ROLE_PRINCIPAL, "");
  g_autofree char *member = hd_organisation_text_team_detail (HD_TEAM_ROLE_MEMBER, "Deputy Mayor");

  g_assert_cmpstr (principal, ==, "Principal leader · Party Secretary");
  g_assert_cmpstr (principal_untitled, ==, "Principal leader");
  g_assert_cmpstr (member, ==, "Deputy Mayor");
  g_assert_null (hd_organisation_text_team_detail (HD_TEAM_ROLE_MEMBER, ""));
}

static void
test_counts (void)
{
  g_autofree char *one = hd_organisation_text_n_people (1);
  g_autofree char *many = hd_organisation_text_n_people (320);

  g_assert_cmpstr (one, ==, "1 person");
  g_assert_cmpstr (many, ==, "320 people");
  g_assert_cmpstr (hd_organisation_text_party_member (TRUE), ==, "Yes");
  g_assert_cmpstr (hd_organisation_text_party_member (FALSE), ==, "");
}

/* Units, people and supervision groups as the demo county has them. */
static void
test_from_store (void)
{
  g_autofree char *dir = hd_test_make_tmpdir ();
  g_autoptr(HdStore) store = hd_test_open_store (dir, "county.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(HdUnit) county = NULL;
  g_autoptr(HdPerson) person = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *leader_text = NULL;
  gint64 county_id, person_id;

  hd_gui_test_generate_demo (store, 15, G_DATE_JUNE);

  county_id = hd_test_query_int (store, "SELECT id FROM unit WHERE parent_id IS NULL ORDER BY position LIMIT 1");
  county = hd_unit_load (store, county_id, &error);
  g_assert_no_error (error);
  summary = hd_organisation_text_unit_summary (county);
  if (hd_unit_get_code (county) != NULL)
    expected = g_strdup_printf ("%s · code %s", hd_unit_kind_get_label (HD_UNIT_KIND_COUNTY), hd_unit_get_code (county));
  else
    expected = g_strdup (hd_unit_kind_get_label (HD_UNIT_KIND_COUNTY));
  g_assert_cmpstr (summary, ==, expected);

  person_id = hd_test_query_int (store, "SELECT person_id FROM team_member WHERE role = 0 ORDER BY id LIMIT 1");
  person = hd_person_load (store, person_id, &error);
  g_assert_no_error (error);
  subtitle = hd_organisation_text_person_subtitle (person);
  g_assert_nonnull (subtitle);
  g_assert_true (g_str_has_suffix (subtitle, hd_person_get_unit_name (person)));

  leader_text = hd_organisation_text_group_leader (person);
  g_assert_true (g_str_has_suffix (leader_text, hd_person_get_name (person)));
  g_free (leader_text);
  leader_text = hd_organisation_text_group_leader (NULL);
  g_assert_cmpstr (leader_text, ==, "No group leader recorded");
}

static void
test_group_members (void)
{
  g_autofree char *dir = hd_test_make_tmpdir ();
  g_autoptr(HdStore) store = hd_test_open_store (dir, "county.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) members = g_list_store_new (HD_TYPE_PERSON);
  g_autofree char *text = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  hd_gui_test_generate_demo (store, 15, G_DATE_JUNE);

  g_assert_null (hd_organisation_text_group_members (G_LIST_MODEL (members)));
  for (gint64 id = 1; id <= 3; id++)
    {
      g_autoptr(HdPerson) person = hd_person_load (store, id, &error);

      g_assert_no_error (error);
      g_list_store_append (members, person);
      g_ptr_array_add (names, g_strdup (hd_person_get_name (person)));
    }
  text = hd_organisation_text_group_members (G_LIST_MODEL (members));
  expected = g_strdup_printf ("Members: %s, %s, %s", (char *) names->pdata[0],
                              (char *) names->pdata[1], (char *) names->pdata[2]);
  g_assert_cmpstr (text, ==, expected);
}

int
main (int   argc,
      char *argv[])
{
  hd_test_init_english (&argc, &argv);

  g_test_add_func ("/organisation-text/oversight", test_oversight);
  g_test_add_func ("/organisation-text/oversights", test_oversights);
  g_test_add_func ("/organisation-text/team-detail", test_team_detail);
  g_test_add_func ("/organisation-text/counts", test_counts);
  g_test_add_func ("/organisation-text/from-store", test_from_store);
  g_test_add_func ("/organisation-text/group-members", test_group_members);

  return g_test_run ();
}
