/* test-models.c — the hierarchy entities and their lazy lists, over a small hand-made county. */
#include "hd-test-util.h"
#include "model/hd-query-model.h"
#include "model/hd-row-model.h"
#include "organisation/hd-person.h"
#include "organisation/hd-supervision.h"
#include "organisation/hd-team.h"
#include "organisation/hd-unit.h"
#include "store/hd-uuid.h"

/* Two roots whose ids, unpadded, share a prefix (1 and 10), so that a subtree range that were
 * off by a character would leak one into the other. Names carry a rare character outside the
 * BMP (𠮷) and one of the rare surnames (贠).
 *
 *   1  某县 (county, code C1)            10 另县 (county)
 *   ├─ 3  𠮷祥镇 (township, position 1)   └─ 100 十里镇 (township)
 *   ├─ 2  贠家镇 (township, position 2)
 *   │  └─ 4  贠庄村 (village)
 *   ├─ 5  县教育局 (department, position 3)
 *   └─ 6  县委组织部 (department, position 3: same position, so id order)
 */
typedef struct {
  HdStore *store;
} Fixture;

static void
add_unit (HdStore    *store,
          gint64      id,
          gint64      parent_id,
          const char *kind,
          const char *name,
          const char *code,
          int         position)
{
  g_autofree char *uuid = hd_uuid_new ();
  g_autofree char *parent_path = NULL;
  g_autofree char *path = NULL;
  sqlite3 *db = hd_store_get_db (store);
  sqlite3_stmt *stmt = NULL;

  if (parent_id != 0)
    {
      g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT path FROM unit WHERE id = ?1", -1, &stmt, NULL), ==, SQLITE_OK);
      sqlite3_bind_int64 (stmt, 1, parent_id);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
      parent_path = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      sqlite3_finalize (stmt);
    }
  path = hd_unit_path_child (parent_path, id);

  g_assert_cmpint (sqlite3_prepare_v2 (db,
                                       "INSERT INTO unit (id, uuid, parent_id, kind, name, code, position, path)"
                                       " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 2, uuid, -1, SQLITE_TRANSIENT);
  if (parent_id != 0)
    sqlite3_bind_int64 (stmt, 3, parent_id);
  sqlite3_bind_text (stmt, 4, kind, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, name, -1, SQLITE_TRANSIENT);
  if (code != NULL)
    sqlite3_bind_text (stmt, 6, code, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 7, position);
  sqlite3_bind_text (stmt, 8, path, -1, SQLITE_TRANSIENT);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
}

static void
exec (HdStore    *store,
      const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (hd_store_get_db (store), sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *dir = hd_test_make_tmpdir ();

  fixture->store = hd_test_open_store (dir, "models.db");

  add_unit (fixture->store, 1, 0, "county", "某县", "C1", 0);
  add_unit (fixture->store, 10, 0, "county", "另县", NULL, 1);
  add_unit (fixture->store, 2, 1, "township", "贠家镇", NULL, 2);
  add_unit (fixture->store, 3, 1, "township", "𠮷祥镇", NULL, 1);
  add_unit (fixture->store, 5, 1, "department", "县教育局", NULL, 3);
  add_unit (fixture->store, 6, 1, "department", "县委组织部", NULL, 3);
  add_unit (fixture->store, 4, 2, "village", "贠庄村", NULL, 0);
  add_unit (fixture->store, 100, 10, "township", "十里镇", NULL, 0);

  exec (fixture->store,
        "INSERT INTO person (id, uuid, unit_id, name, gender, title, party_member, phone, position) VALUES"
        " (1, 'p-1', 1, '张三', 1, '县委书记', 1, '13800000001', 0),"
        " (2, 'p-2', 1, '贠小红', 2, '县长', 1, '', 1),"
        " (3, 'p-3', 1, '𠮷大勇', 1, '副县长', 0, '', 2),"
        " (4, 'p-4', 1, '李四', 0, '县委副书记', 1, '', 2),"
        " (5, 'p-5', 5, '王五', 1, '局长', 1, '', 0),"
        " (6, 'p-6', 6, '赵六', 2, '副部长', 1, '', 0),"
        " (7, 'p-7', 2, '钱七', 1, '镇党委书记', 1, '', 0),"
        " (8, 'p-8', 10, '孙八', 1, '', 1, '', 0);"
        /* Unit 1's team: the principal has the highest position but still comes first; members
         * 3 and 4 share a position, so their ids decide. Department 5 has a principal (its head),
         * department 6 only a member (no head). */
        "INSERT INTO team_member (id, uuid, unit_id, person_id, role, position) VALUES"
        " (1, 't-1', 1, 2, 1, 2),"
        " (2, 't-2', 1, 1, 0, 5),"
        " (3, 't-3', 1, 3, 1, 1),"
        " (4, 't-4', 1, 4, 1, 1),"
        " (5, 't-5', 5, 5, 0, 0),"
        " (6, 't-6', 6, 6, 1, 0),"
        " (7, 't-7', 2, 7, 0, 0);"
        "INSERT INTO oversight (uuid, member_id, department_id) VALUES"
        " ('o-1', 3, 5), ('o-2', 3, 6), ('o-3', 1, 5);"
        /* Inserted in the reverse of the expected order. */
        "INSERT INTO contact_point (uuid, leader_id, unit_id) VALUES"
        " ('c-1', 8, 2), ('c-2', 3, 2), ('c-3', 1, 2), ('c-4', 1, 3);"
        "INSERT INTO supervision_group (id, uuid, unit_id, name, position) VALUES"
        " (1, 'g-1', 1, '第一督导组', 1),"
        " (2, 'g-2', 1, '第二督导组', 0),"
        " (3, 'g-3', 1, '第三督导组', 2);"
        "INSERT INTO supervision_assignment (uuid, group_id, unit_id) VALUES"
        " ('a-1', 1, 2), ('a-2', 1, 3), ('a-3', 1, 5), ('a-4', 2, 2), ('a-5', 3, 6);"
        "INSERT INTO supervision_member (uuid, group_id, person_id, role, position) VALUES"
        " ('m-1', 1, 5, 1, 2), ('m-2', 1, 4, 0, 9), ('m-3', 1, 6, 1, 1), ('m-4', 2, 8, 1, 0);");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->store);
}

static char *
unit_id (gpointer unit)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT, hd_unit_get_id (unit));
}

/* The ids of a list of units, as "1,2,3", for one readable comparison. */
static char *
unit_ids (GListModel *model)
{
  return hd_test_describe_items (model, ",", unit_id);
}

static void
test_kind_tokens (void)
{
  HdUnitKind kind = HD_UNIT_KIND_OTHER;
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (HD_TYPE_UNIT_KIND);

  for (int k = 0; k < HD_UNIT_N_KINDS; k++)
    {
      const char *token = hd_unit_kind_to_string (k);

      g_assert_true (hd_unit_kind_from_string (token, &kind));
      g_assert_cmpint (kind, ==, k);
      g_assert_cmpstr (g_enum_get_value (enum_class, k)->value_nick, ==, token);
      g_assert_nonnull (hd_unit_kind_get_label (k));
    }
  g_assert_cmpint (enum_class->n_values, ==, HD_UNIT_N_KINDS);
  g_assert_cmpstr (hd_unit_kind_to_string (HD_UNIT_KIND_COUNTY), ==, "county");
  g_assert_cmpstr (hd_unit_kind_to_string (HD_UNIT_KIND_DEPARTMENT), ==, "department");

  kind = HD_UNIT_KIND_CITY;
  g_assert_false (hd_unit_kind_from_string ("County", &kind));
  g_assert_false (hd_unit_kind_from_string ("", &kind));
  g_assert_false (hd_unit_kind_from_string (NULL, &kind));
  g_assert_cmpint (kind, ==, HD_UNIT_KIND_CITY);

  /* No translation is bound in the tests: the English msgids come back. */
  g_assert_cmpstr (hd_unit_kind_get_label (HD_UNIT_KIND_PROVINCE), ==, "Province");
  g_assert_cmpstr (hd_unit_kind_get_label (HD_UNIT_KIND_DEPARTMENT), ==, "County department");
  g_assert_cmpstr (hd_unit_kind_get_label (HD_UNIT_KIND_OTHER), ==, "Other organisation");
  g_assert_cmpstr (hd_gender_get_label (HD_GENDER_MALE), ==, "Male");
  g_assert_cmpstr (hd_gender_get_label (HD_GENDER_FEMALE), ==, "Female");
  g_assert_cmpstr (hd_gender_get_label (HD_GENDER_UNKNOWN), ==, "");
}

static void
test_path_helpers (void)
{
  g_autofree char *root = hd_unit_path_child (NULL, 1);
  g_autofree char *child = hd_unit_path_child (root, 17);
  g_autofree char *big = hd_unit_path_child (child, 123456789);
  g_autofree char *root_bound = hd_unit_path_upper_bound (root);
  g_autofree char *child_bound = hd_unit_path_upper_bound (child);
  g_autofree char *sibling = hd_unit_path_child (NULL, 10);
  g_autofree char *next_root = hd_unit_path_child (NULL, 2);

  g_assert_cmpstr (root, ==, "/000000001/");
  g_assert_cmpstr (child, ==, "/000000001/000000017/");
  g_assert_cmpstr (big, ==, "/000000001/000000017/123456789/");
  g_assert_cmpstr (root_bound, ==, "/0000000010");
  g_assert_cmpstr (child_bound, ==, "/000000001/0000000170");

  /* Everything under the root lies in [root, bound); the neighbours do not. */
  g_assert_cmpint (strcmp (root, child), <, 0);
  g_assert_cmpint (strcmp (big, root_bound), <, 0);
  g_assert_cmpint (strcmp (sibling, root_bound), >=, 0);
  g_assert_cmpint (strcmp (next_root, root_bound), >=, 0);
}

static void
test_unit_load (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HdUnit) county = hd_unit_load (fixture->store, 1, &error);
  g_autoptr(HdUnit) village = NULL;
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;
  HdUnitKind kind;
  gboolean has_children;
  gint64 parent_id;

  g_assert_no_error (error);
  g_assert_cmpint (hd_unit_get_id (county), ==, 1);
  g_assert_cmpint (hd_unit_get_parent_id (county), ==, 0);
  g_assert_cmpint (hd_unit_get_kind (county), ==, HD_UNIT_KIND_COUNTY);
  g_assert_cmpstr (hd_unit_get_name (county), ==, "某县");
  g_assert_cmpstr (hd_unit_get_code (county), ==, "C1");
  g_assert_cmpstr (hd_unit_get_path (county), ==, "/000000001/");
  g_assert_cmpint (hd_unit_get_position (county), ==, 0);
  g_assert_true (hd_unit_get_has_children (county));
  g_assert_true (g_uuid_string_is_valid (hd_record_get_uuid (HD_RECORD (county))));

  village = hd_unit_load (fixture->store, 4, &error);
  g_assert_no_error (error);
  g_object_get (village,
                "name", &name,
                "path", &path,
                "kind", &kind,
                "parent-id", &parent_id,
                "has-children", &has_children,
                NULL);
  g_assert_cmpstr (name, ==, "贠庄村");
  g_assert_cmpstr (path, ==, "/000000001/000000002/000000004/");
  g_assert_cmpint (kind, ==, HD_UNIT_KIND_VILLAGE);
  g_assert_cmpint (parent_id, ==, 2);
  g_assert_false (has_children);
  g_assert_null (hd_unit_get_code (village));
}

static void
test_full_name (Fixture       *fixture,
                gconstpointer  data)
{
  const struct { gint64 id; const char *full_name; } cases[] = {
    { 1, "某县" },
    { 3, "某县/𠮷祥镇" },
    { 4, "某县/贠家镇/贠庄村" },
    { 100, "另县/十里镇" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(HdUnit) unit = hd_unit_load (fixture->store, cases[i].id, &error);
      g_autofree char *full_name = NULL;

      g_assert_no_error (error);
      full_name = hd_unit_dup_full_name (unit, fixture->store);
      g_assert_cmpstr (full_name, ==, cases[i].full_name);
    }
}

static void
test_children (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GListModel) roots = hd_unit_list_new_children (fixture->store, 0);
  g_autoptr(GListModel) children = hd_unit_list_new_children (fixture->store, 1);
  g_autoptr(GListModel) leaves = hd_unit_list_new_children (fixture->store, 4);
  g_autoptr(GListModel) missing = hd_unit_list_new_children (fixture->store, 999);
  g_autofree char *root_ids = unit_ids (roots);
  g_autofree char *child_ids = unit_ids (children);
  g_autoptr(HdUnit) first = NULL;
  g_autoptr(HdUnit) second = NULL;

  g_assert_true (g_list_model_get_item_type (children) == HD_TYPE_UNIT);
  g_assert_true (HD_IS_ROW_MODEL (children));
  g_assert_cmpstr (root_ids, ==, "1,10");
  /* By position, then by id where positions tie. */
  g_assert_cmpstr (child_ids, ==, "3,2,5,6");
  g_assert_cmpuint (g_list_model_get_n_items (leaves), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (missing), ==, 0);

  g_assert_cmpint (hd_row_model_get_row_id (HD_ROW_MODEL (children), 1), ==, 2);
  g_assert_cmpint (hd_row_model_find (HD_ROW_MODEL (children), 6), ==, 3);
  g_assert_cmpint (hd_row_model_find (HD_ROW_MODEL (children), 4), ==, -1);
  g_assert_null (g_list_model_get_item (children, 4));

  /* The same position gives the same object while somebody holds it. */
  first = g_list_model_get_item (children, 0);
  second = g_list_model_get_item (children, 0);
  g_assert_true (first == second);
  g_assert_cmpstr (hd_unit_get_name (first), ==, "𠮷祥镇");
}

static int n_loads;

static GObject *
counting_loader (HdStore  *store,
                 gint64    id,
                 GError  **error)
{
  n_loads++;
  return (GObject *) hd_unit_load (store, id, error);
}

static HdRowModel *
new_counting_model (HdStore *store)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = hd_store_prepare (store, "SELECT id FROM unit ORDER BY id", &error);
  HdRowModel *model;

  g_assert_no_error (error);
  model = hd_row_model_new_from_stmt (store, HD_TYPE_UNIT, counting_loader, stmt, &error);
  g_assert_no_error (error);
  return model;
}

static void
test_lazy (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(HdRowModel) model = NULL;
  GObject *held, *again;
  guint n_units;

  n_loads = 0;
  model = new_counting_model (fixture->store);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 8);
  g_assert_cmpint (n_loads, ==, 0);

  held = g_list_model_get_item (G_LIST_MODEL (model), 2);
  g_assert_cmpint (n_loads, ==, 1);
  g_assert_cmpint (hd_unit_get_id (HD_UNIT (held)), ==, 3);
  again = g_list_model_get_item (G_LIST_MODEL (model), 2);
  g_assert_true (again == held);
  g_assert_cmpint (n_loads, ==, 1);
  g_object_unref (again);

  /* Once nobody holds the row it is gone, and the next request loads it afresh. */
  g_object_unref (held);
  held = g_list_model_get_item (G_LIST_MODEL (model), 2);
  g_assert_cmpint (n_loads, ==, 2);
  g_assert_cmpint (hd_unit_get_id (HD_UNIT (held)), ==, 3);
  g_object_unref (held);

  /* Many rows passed over while a few are held, as a scrolling view does: the held rows stay
   * the same objects through the cache's sweeps. */
  exec (fixture->store, "BEGIN");
  for (gint64 id = 1000; id < 1300; id++)
    {
      g_autofree char *name = g_strdup_printf ("村%" G_GINT64_FORMAT, id);

      add_unit (fixture->store, id, 100, "village", name, NULL, (int) id);
    }
  exec (fixture->store, "COMMIT");
  g_clear_object (&model);
  n_loads = 0;
  model = new_counting_model (fixture->store);
  n_units = g_list_model_get_n_items (G_LIST_MODEL (model));
  g_assert_cmpuint (n_units, ==, 308);
  {
    g_autoptr(GPtrArray) kept = g_ptr_array_new_with_free_func (g_object_unref);

    for (guint pass = 0; pass < 3; pass++)
      for (guint i = 0; i < n_units; i++)
        {
          GObject *item = g_list_model_get_item (G_LIST_MODEL (model), i);

          if (pass == 0 && i % 50 == 0)
            g_ptr_array_add (kept, g_object_ref (item));
          if (i % 50 == 0)
            g_assert_true (item == g_ptr_array_index (kept, i / 50));
          g_object_unref (item);
        }
    /* Three passes: the 7 kept rows loaded once, the other 301 three times. */
    g_assert_cmpuint (kept->len, ==, 7);
    g_assert_cmpint (n_loads, ==, 7 + 3 * 301);
  }
}

/* A list read a chunk at a time keeps its connection on one snapshot until the last row. When
 * another connection commits (a package received in a worker), HdStore::reads-ending has it
 * read the rest of that snapshot at once and let go, so the connection's next read sees the
 * commit. */
static void
test_query_reads_ending (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(HdQueryModel) model = NULL;
  g_autoptr(HdStore) other = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = NULL;

  exec (fixture->store, "BEGIN");
  for (gint64 id = 1000; id < 1300; id++)
    {
      g_autofree char *name = g_strdup_printf ("村%" G_GINT64_FORMAT, id);

      add_unit (fixture->store, id, 100, "village", name, NULL, (int) id);
    }
  exec (fixture->store, "COMMIT");

  g_assert_cmpint (sqlite3_prepare_v2 (hd_store_get_db (fixture->store), "SELECT id FROM unit ORDER BY id",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  model = hd_query_model_new (fixture->store, HD_TYPE_UNIT, counting_loader, stmt);
  g_assert_true (hd_query_model_get_loading (model));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 50);

  other = hd_store_open (hd_store_get_path (fixture->store), &error);
  g_assert_no_error (error);
  add_unit (other, 2000, 100, "village", "新村", NULL, 2000);
  g_assert_cmpint (hd_test_query_int (other, "SELECT count(*) FROM unit"), ==, 309);
  /* The open list holds the old snapshot: this connection does not see the new village yet. */
  g_assert_cmpint (hd_test_query_int (fixture->store, "SELECT count(*) FROM unit"), ==, 308);

  hd_store_end_reads (fixture->store);
  g_assert_false (hd_query_model_get_loading (model));
  g_assert_null (hd_query_model_get_error (model));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 308);
  g_assert_cmpint (hd_test_query_int (fixture->store, "SELECT count(*) FROM unit"), ==, 309);

  /* Once read, the model no longer listens. */
  hd_store_end_reads (fixture->store);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 308);
}

static void
test_subtree (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GListModel) county = hd_unit_list_new_subtree (fixture->store, 1);
  g_autoptr(GListModel) township = hd_unit_list_new_subtree (fixture->store, 2);
  g_autoptr(GListModel) other = hd_unit_list_new_subtree (fixture->store, 10);
  g_autoptr(GListModel) leaf = hd_unit_list_new_subtree (fixture->store, 4);
  g_autoptr(GListModel) missing = hd_unit_list_new_subtree (fixture->store, 999);
  g_autofree char *county_ids = unit_ids (county);
  g_autofree char *township_ids = unit_ids (township);
  g_autofree char *other_ids = unit_ids (other);
  g_autofree char *leaf_ids = unit_ids (leaf);

  /* Path order: each unit before its descendants; unit 10 and its township never in 1's. */
  g_assert_cmpstr (county_ids, ==, "1,2,4,3,5,6");
  g_assert_cmpstr (township_ids, ==, "2,4");
  g_assert_cmpstr (other_ids, ==, "10,100");
  g_assert_cmpstr (leaf_ids, ==, "4");
  g_assert_cmpuint (g_list_model_get_n_items (missing), ==, 0);
}

static void
test_persons (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GListModel) roster = hd_person_list_new_for_unit (fixture->store, 1);
  g_autoptr(GListModel) empty = hd_person_list_new_for_unit (fixture->store, 4);
  g_autoptr(HdPerson) first = NULL;
  g_autoptr(HdPerson) second = NULL;
  const char *expected[] = { "张三", "贠小红", "𠮷大勇", "李四" };
  g_autofree char *unit_name = NULL;
  HdGender gender;

  g_assert_true (g_list_model_get_item_type (roster) == HD_TYPE_PERSON);
  g_assert_cmpuint (g_list_model_get_n_items (roster), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(HdPerson) person = g_list_model_get_item (roster, i);

      g_assert_cmpstr (hd_person_get_name (person), ==, expected[i]);
      g_assert_cmpstr (hd_person_get_unit_name (person), ==, "某县");
      g_assert_cmpint (hd_person_get_unit_id (person), ==, 1);
    }
  g_assert_cmpuint (g_list_model_get_n_items (empty), ==, 0);

  first = g_list_model_get_item (roster, 0);
  g_assert_cmpint (hd_person_get_id (first), ==, 1);
  g_assert_cmpstr (hd_record_get_uuid (HD_RECORD (first)), ==, "p-1");
  g_assert_cmpint (hd_person_get_gender (first), ==, HD_GENDER_MALE);
  g_assert_cmpstr (hd_person_get_title (first), ==, "县委书记");
  g_assert_true (hd_person_get_party_member (first));
  g_assert_cmpstr (hd_person_get_phone (first), ==, "13800000001");

  second = g_list_model_get_item (roster, 1);
  g_object_get (second, "gender", &gender, "unit-name", &unit_name, NULL);
  g_assert_cmpint (gender, ==, HD_GENDER_FEMALE);
  g_assert_cmpstr (unit_name, ==, "某县");
  g_assert_cmpstr (hd_person_get_phone (second), ==, "");
}

static void
test_team (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) team = hd_team_load (fixture->store, 1, &error);
  g_autoptr(GListModel) empty = NULL;
  const char *expected[] = { "张三", "𠮷大勇", "李四", "贠小红" };
  g_autoptr(HdTeamMember) principal = NULL;
  g_autoptr(HdTeamMember) overseer = NULL;
  g_autoptr(HdTeamMember) last = NULL;
  GPtrArray *oversights;
  HdOversight *oversight;

  g_assert_no_error (error);
  g_assert_true (g_list_model_get_item_type (team) == HD_TYPE_TEAM_MEMBER);
  g_assert_cmpuint (g_list_model_get_n_items (team), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(HdTeamMember) member = g_list_model_get_item (team, i);

      g_assert_cmpstr (hd_person_get_name (hd_team_member_get_person (member)), ==, expected[i]);
      g_assert_cmpint (hd_team_member_get_role (member), ==,
                       i == 0 ? HD_TEAM_ROLE_PRINCIPAL : HD_TEAM_ROLE_MEMBER);
    }

  principal = g_list_model_get_item (team, 0);
  g_assert_cmpstr (hd_record_get_uuid (HD_RECORD (principal)), ==, "t-2");
  g_assert_cmpuint (hd_team_member_get_oversights (principal)->len, ==, 0);

  /* 𠮷大勇 oversees both departments, in name order (县委组织部 before 县教育局 by code
   * point, the reverse of their ids); only the bureau has a principal leader. */
  overseer = g_list_model_get_item (team, 1);
  oversights = hd_team_member_get_oversights (overseer);
  g_assert_cmpuint (oversights->len, ==, 2);
  oversight = g_ptr_array_index (oversights, 0);
  g_assert_cmpint (oversight->department_id, ==, 6);
  g_assert_cmpstr (oversight->department_name, ==, "县委组织部");
  g_assert_null (oversight->head_name);
  g_assert_null (oversight->head_title);
  oversight = g_ptr_array_index (oversights, 1);
  g_assert_cmpint (oversight->department_id, ==, 5);
  g_assert_cmpstr (oversight->department_name, ==, "县教育局");
  g_assert_cmpstr (oversight->head_name, ==, "王五");
  g_assert_cmpstr (oversight->head_title, ==, "局长");

  last = g_list_model_get_item (team, 3);
  oversights = hd_team_member_get_oversights (last);
  g_assert_cmpuint (oversights->len, ==, 1);
  g_assert_cmpstr (((HdOversight *) g_ptr_array_index (oversights, 0))->head_name, ==, "王五");

  empty = hd_team_load (fixture->store, 3, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (empty), ==, 0);
}

static void
test_contact_leaders (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) leaders = hd_contact_leaders_load (fixture->store, 2, &error);
  g_autoptr(GListModel) none = NULL;
  const struct { const char *name; const char *unit_name; } expected[] = {
    { "张三", "某县" },     /* the county's principal leader */
    { "𠮷大勇", "某县" },   /* a member of the county's team */
    { "孙八", "另县" },     /* in no team: last */
  };

  g_assert_no_error (error);
  g_assert_true (g_list_model_get_item_type (leaders) == HD_TYPE_PERSON);
  g_assert_cmpuint (g_list_model_get_n_items (leaders), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(HdPerson) leader = g_list_model_get_item (leaders, i);

      g_assert_cmpstr (hd_person_get_name (leader), ==, expected[i].name);
      g_assert_cmpstr (hd_person_get_unit_name (leader), ==, expected[i].unit_name);
    }

  none = hd_contact_leaders_load (fixture->store, 4, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (none), ==, 0);
}

static void
test_supervision (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) groups = hd_supervision_groups_for_unit (fixture->store, 2, &error);
  g_autoptr(GListModel) none = NULL;
  g_autoptr(HdSupervisionGroup) second = NULL;
  g_autoptr(HdSupervisionGroup) first = NULL;
  g_autoptr(HdPerson) member = NULL;
  GListModel *members;

  g_assert_no_error (error);
  g_assert_true (g_list_model_get_item_type (groups) == HD_TYPE_SUPERVISION_GROUP);
  g_assert_cmpuint (g_list_model_get_n_items (groups), ==, 2);

  /* By position: the second group (position 0) before the first. */
  second = g_list_model_get_item (groups, 0);
  g_assert_cmpint (hd_supervision_group_get_id (second), ==, 2);
  g_assert_cmpstr (hd_record_get_uuid (HD_RECORD (second)), ==, "g-2");
  g_assert_cmpstr (hd_supervision_group_get_name (second), ==, "第二督导组");
  g_assert_cmpuint (hd_supervision_group_get_n_units (second), ==, 1);
  g_assert_null (hd_supervision_group_get_leader (second));
  members = hd_supervision_group_get_members (second);
  g_assert_cmpuint (g_list_model_get_n_items (members), ==, 1);
  member = g_list_model_get_item (members, 0);
  g_assert_cmpstr (hd_person_get_name (member), ==, "孙八");
  g_clear_object (&member);

  first = g_list_model_get_item (groups, 1);
  g_assert_cmpstr (hd_supervision_group_get_name (first), ==, "第一督导组");
  g_assert_cmpuint (hd_supervision_group_get_n_units (first), ==, 3);
  g_assert_cmpstr (hd_person_get_name (hd_supervision_group_get_leader (first)), ==, "李四");
  members = hd_supervision_group_get_members (first);
  g_assert_cmpuint (g_list_model_get_n_items (members), ==, 2);
  member = g_list_model_get_item (members, 0);
  g_assert_cmpstr (hd_person_get_name (member), ==, "赵六");
  g_clear_object (&member);
  member = g_list_model_get_item (members, 1);
  g_assert_cmpstr (hd_person_get_name (member), ==, "王五");
  g_assert_cmpstr (hd_person_get_unit_name (member), ==, "县教育局");

  none = hd_supervision_groups_for_unit (fixture->store, 4, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (none), ==, 0);
}

static void
test_unknown_id (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  HdUnit *unit;
  HdPerson *person;
  GListModel *model;

  unit = hd_unit_load (fixture->store, 999, &error);
  g_assert_null (unit);
  g_assert_error (error, HD_UNIT_ERROR, HD_UNIT_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_false (hd_unit_check_exists (fixture->store, 999, &error));
  g_assert_error (error, HD_UNIT_ERROR, HD_UNIT_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_true (hd_unit_check_exists (fixture->store, 100, &error));
  g_assert_no_error (error);

  person = hd_person_load (fixture->store, 999, &error);
  g_assert_null (person);
  g_assert_error (error, HD_PERSON_ERROR, HD_PERSON_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_false (hd_person_check_exists (fixture->store, 999, &error));
  g_assert_error (error, HD_PERSON_ERROR, HD_PERSON_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_true (hd_person_check_exists (fixture->store, 1, &error));
  g_assert_no_error (error);

  model = hd_team_load (fixture->store, 999, &error);
  g_assert_null (model);
  g_assert_error (error, HD_UNIT_ERROR, HD_UNIT_ERROR_NOT_FOUND);
  g_clear_error (&error);

  model = hd_contact_leaders_load (fixture->store, 999, &error);
  g_assert_null (model);
  g_assert_error (error, HD_UNIT_ERROR, HD_UNIT_ERROR_NOT_FOUND);
  g_clear_error (&error);

  model = hd_supervision_groups_for_unit (fixture->store, 999, &error);
  g_assert_null (model);
  g_assert_error (error, HD_UNIT_ERROR, HD_UNIT_ERROR_NOT_FOUND);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  g_test_add_func ("/models/kind-tokens", test_kind_tokens);
  g_test_add_func ("/models/path-helpers", test_path_helpers);
  ADD ("/models/unit-load", test_unit_load);
  ADD ("/models/full-name", test_full_name);
  ADD ("/models/children", test_children);
  ADD ("/models/lazy", test_lazy);
  ADD ("/models/query-reads-ending", test_query_reads_ending);
  ADD ("/models/subtree", test_subtree);
  ADD ("/models/persons", test_persons);
  ADD ("/models/team", test_team);
  ADD ("/models/contact-leaders", test_contact_leaders);
  ADD ("/models/supervision", test_supervision);
  ADD ("/models/unknown-id", test_unknown_id);

#undef ADD

  return g_test_run ();
}
