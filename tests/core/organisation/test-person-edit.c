/* test-person-edit.c — rosters: validation, phone numbers, duplicates, move, delete, undo. */
#include "hd-test-util.h"
#include "organisation/hd-person-edit.h"
#include "organisation/hd-unit.h"

static void
test_phone (void)
{
  static const struct { const char *typed; const char *stored; } cases[] = {
    { "13800138000", "13800138000" },
    { " 138 0013 8000 ", "13800138000" },
    { "+86 13800138000", "13800138000" },
    { "138-0013-8000", "13800138000" },
    { "１３８００１３８０００", "13800138000" },
    { "0311-85012345", "0311-85012345" },
    { "031185012345", "0311-85012345" },
    { "010-12345678", "010-12345678" },
    { "01012345678", "010-12345678" },
    { "0311－8501234", "0311-8501234" },
    { "0311-85012345-801", "0311-85012345-801" },
    { "", "" },
    { "   ", "" },
    { "12800138000", NULL },     /* no mobile prefix 12 */
    { "1380013800", NULL },      /* 10 digits */
    { "138001380001", NULL },    /* 12 digits */
    { "85012345", NULL },        /* no area code */
    { "电话13800138000", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *stored = hd_phone_normalize (cases[i].typed);
      g_assert_cmpstr (stored, ==, cases[i].stored);
    }
}

typedef struct {
  HdTestDb   db;
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  hd_test_db_set_up (&f->db, "people.db", 50);
  hd_test_exec (f->db.store, HD_TEST_SQL_COUNTY_AND_TOWN);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  hd_test_db_tear_down (&f->db);
}

/* Creating a person with @fields in unit @unit_id fails with @domain and @code, naming
 * @in_message when that is not NULL. */
static void
assert_create_fails (Fixture              *f,
                     gint64                unit_id,
                     const HdPersonFields *fields,
                     GQuark                domain,
                     int                   code,
                     const char           *in_message)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (hd_person_create (f->db.store, f->db.history, unit_id, fields, &error), ==, 0);
  g_assert_error (error, domain, code);
  if (in_message != NULL)
    g_assert_nonnull (strstr (error->message, in_message));
}

static void
test_create_and_validate (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HdPerson) person = NULL;
  HdPersonFields fields = { " 贠𠮷 ", HD_GENDER_FEMALE, "镇党委书记", TRUE, "138 0013 8000" };
  HdPersonFields no_name = { "", HD_GENDER_MALE, "", FALSE, "" };
  HdPersonFields bad_phone = { "张三", HD_GENDER_MALE, "", FALSE, "12345" };
  gint64 id;

  id = hd_person_create (f->db.store, f->db.history, 2, &fields, &error);
  g_assert_no_error (error);
  person = hd_person_load (f->db.store, id, &error);
  g_assert_cmpstr (hd_person_get_name (person), ==, "贠𠮷");
  g_assert_cmpstr (hd_person_get_phone (person), ==, "13800138000");
  g_assert_cmpstr (hd_person_get_title (person), ==, "镇党委书记");
  g_assert_cmpint (hd_person_get_gender (person), ==, HD_GENDER_FEMALE);
  g_assert_true (hd_person_get_party_member (person));
  g_assert_cmpint (hd_test_query_int (f->db.store, "SELECT count(*) FROM change_log WHERE entity = 'person' AND field = 'phone' AND new_value = '13800138000'"), ==, 1);

  assert_create_fails (f, 2, &no_name, HD_PERSON_EDIT_ERROR, HD_PERSON_EDIT_ERROR_INVALID, NULL);
  assert_create_fails (f, 2, &bad_phone, HD_PERSON_EDIT_ERROR, HD_PERSON_EDIT_ERROR_INVALID, "12345");
  assert_create_fails (f, 99, &fields, HD_UNIT_ERROR, HD_UNIT_ERROR_NOT_FOUND, NULL);
  g_assert_cmpint (hd_test_query_int (f->db.store, "SELECT count(*) FROM person"), ==, 1);

  /* Same name in the same unit: counted, so the window can ask before adding another. */
  g_assert_cmpuint (hd_person_count_same_name (f->db.store, 2, "贠𠮷", 0), ==, 1);
  g_assert_cmpuint (hd_person_count_same_name (f->db.store, 2, "贠𠮷", id), ==, 0);
  g_assert_cmpuint (hd_person_count_same_name (f->db.store, 1, "贠𠮷", 0), ==, 0);
}

static void
test_update_move_delete (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HdPerson) person = NULL;
  HdPersonFields fields = { "张三", HD_GENDER_MALE, "镇长", TRUE, "" };
  HdPersonFields changed = { "张三丰", HD_GENDER_MALE, "镇长", FALSE, "0311-85012345" };
  gint64 id = hd_person_create (f->db.store, f->db.history, 2, &fields, &error);

  g_assert_true (hd_person_update (f->db.store, f->db.history, id, &changed, &error));
  g_assert_true (hd_person_move (f->db.store, f->db.history, id, 1, &error));
  g_assert_no_error (error);
  person = hd_person_load (f->db.store, id, &error);
  g_assert_cmpstr (hd_person_get_name (person), ==, "张三丰");
  g_assert_cmpint (hd_person_get_unit_id (person), ==, 1);
  g_assert_false (hd_person_get_party_member (person));

  hd_test_exec (f->db.store,
                "INSERT INTO team_member (id, uuid, unit_id, person_id, role) VALUES (1, 't1', 1, 1, 0);"
                "INSERT INTO oversight (uuid, member_id, department_id) VALUES ('o1', 1, 2);"
                "INSERT INTO contact_point (uuid, leader_id, unit_id) VALUES ('c1', 1, 2);");
  g_assert_false (hd_person_delete (f->db.store, f->db.history, id, FALSE, &error));
  g_assert_error (error, HD_PERSON_EDIT_ERROR, HD_PERSON_EDIT_ERROR_HAS_ROLES);
  g_clear_error (&error);
  g_assert_cmpint (hd_test_query_int (f->db.store, "SELECT count(*) FROM person"), ==, 1);

  g_assert_true (hd_person_delete (f->db.store, f->db.history, id, TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (hd_test_query_int (f->db.store, "SELECT count(*) FROM person"), ==, 0);
  g_assert_cmpint (hd_test_query_int (f->db.store, "SELECT count(*) FROM oversight"), ==, 0);
  g_assert_cmpint (hd_test_query_int (f->db.store, "SELECT count(*) FROM contact_point"), ==, 0);

  hd_test_undo (f->db.history);
  g_assert_cmpint (hd_test_query_int (f->db.store, "SELECT count(*) FROM person WHERE name = '张三丰' AND unit_id = 1"), ==, 1);
  g_assert_cmpint (hd_test_query_int (f->db.store, "SELECT count(*) FROM oversight"), ==, 1);
  g_assert_cmpint (hd_test_query_int (f->db.store, "SELECT count(*) FROM team_member"), ==, 1);
  g_assert_cmpint (hd_test_query_int (f->db.store, "SELECT count(*) FROM contact_point"), ==, 1);
  g_assert_cmpint (hd_test_query_int (f->db.store, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);
}

/* Names read once: the second lookup answers from the table, even after the row changed. */
static void
test_names_lookup (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) names = hd_person_names_new ();
  HdPersonFields fields = { "贠𠮷", HD_GENDER_FEMALE, "村主任", TRUE, "" };
  gint64 id = hd_person_create (f->db.store, f->db.history, 2, &fields, &error);
  const char *first;

  g_assert_no_error (error);
  first = hd_person_names_lookup (names, f->db.store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (first, ==, "贠𠮷");
  hd_test_exec (f->db.store, "UPDATE person SET name = '王五'");
  g_assert_true (hd_person_names_lookup (names, f->db.store, id, &error) == first);
  g_assert_cmpuint (g_hash_table_size (names), ==, 1);

  g_assert_null (hd_person_names_lookup (names, f->db.store, id + 100, &error));
  g_assert_error (error, HD_PERSON_ERROR, HD_PERSON_ERROR_NOT_FOUND);
  g_assert_cmpuint (g_hash_table_size (names), ==, 1);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/person-edit/phone", test_phone);
  g_test_add ("/person-edit/create-and-validate", Fixture, NULL, fixture_set_up, test_create_and_validate, fixture_tear_down);
  g_test_add ("/person-edit/update-move-delete", Fixture, NULL, fixture_set_up, test_update_move_delete, fixture_tear_down);
  g_test_add ("/person-edit/names-lookup", Fixture, NULL, fixture_set_up, test_names_lookup, fixture_tear_down);

  return g_test_run ();
}
