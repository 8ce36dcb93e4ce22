/* test-edit.c — edits: change log per field, undo and redo, refusal when changed since. */
#include "hd-test-util.h"
#include "store/hd-edit.h"

static HdStore *
make_store (void)
{
  HdStore *store = hd_test_new_store ("edit.db",
                                      "INSERT INTO unit (id, uuid, kind, name, path) VALUES (1, 'u1', 'county', '某县', '/000000001/');"
                                      "INSERT INTO unit (id, uuid, parent_id, kind, name, path) VALUES (2, 'u2', 1, 'township', '城关镇', '/000000001/000000002/');"
                                      "INSERT INTO person (id, uuid, unit_id, name) VALUES (1, 'p1', 2, '贠𠮷');");

  hd_store_set_operator (store, "办事员");
  return store;
}

static char *
query_text (HdStore    *store,
            const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *text = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (hd_store_get_db (store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return text;
}

static void
rename_unit (HdStore    *store,
             HdHistory  *history,
             gint64      id,
             const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = g_strdup_printf ("UPDATE unit SET name = '%s' WHERE id = %" G_GINT64_FORMAT, name, id);
  HdEdit *edit = hd_edit_begin (store, "Rename unit", &error);

  g_assert_no_error (error);
  g_assert_true (hd_edit_touch (edit, "unit", id, &error));
  hd_test_exec (store, sql);
  g_assert_true (hd_edit_commit (edit, history, &error));
  g_assert_no_error (error);
}

static void
test_log_and_undo (void)
{
  g_autoptr(HdStore) store = make_store ();
  g_autoptr(HdHistory) history = hd_history_new (store, 50);
  g_autoptr(GError) error = NULL;
  g_autofree char *entry = NULL;
  g_autofree char *name = NULL;

  g_assert_false (hd_history_can_undo (history));
  rename_unit (store, history, 2, "城关街道");

  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM change_log"), ==, 1);
  entry = query_text (store, "SELECT operator || '|' || entity || '|' || entity_uuid || '|' || field || '|' || old_value || '|' || new_value FROM change_log");
  g_assert_cmpstr (entry, ==, "办事员|unit|u2|name|城关镇|城关街道");
  g_assert_true (hd_history_can_undo (history));
  g_assert_cmpstr (hd_history_get_undo_label (history), ==, "Rename unit");

  hd_test_undo (history);
  name = query_text (store, "SELECT name FROM unit WHERE id = 2");
  g_assert_cmpstr (name, ==, "城关镇");
  /* Undoing is a change too, and is logged as one. */
  g_clear_pointer (&entry, g_free);
  entry = query_text (store, "SELECT old_value || '>' || new_value FROM change_log ORDER BY id DESC LIMIT 1");
  g_assert_cmpstr (entry, ==, "城关街道>城关镇");
  g_assert_false (hd_history_can_undo (history));
  g_assert_true (hd_history_can_redo (history));

  g_assert_true (hd_history_redo (history, &error));
  g_clear_pointer (&name, g_free);
  name = query_text (store, "SELECT name FROM unit WHERE id = 2");
  g_assert_cmpstr (name, ==, "城关街道");
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM change_log"), ==, 3);
}

static void
test_insert_and_delete (void)
{
  g_autoptr(HdStore) store = make_store ();
  g_autoptr(HdHistory) history = hd_history_new (store, 50);
  g_autoptr(GError) error = NULL;
  HdEdit *edit;

  /* One edit: a new village with a person, and the deletion of the old person. */
  edit = hd_edit_begin (store, "Several changes", &error);
  hd_test_exec (store, "INSERT INTO unit (id, uuid, parent_id, kind, name, path) VALUES (3, 'u3', 2, 'village', '王庄村', '/000000001/000000002/000000003/')");
  g_assert_true (hd_edit_touch_new (edit, "unit", 3, &error));
  hd_test_exec (store, "INSERT INTO person (id, uuid, unit_id, name) VALUES (2, 'p2', 3, '王五')");
  g_assert_true (hd_edit_touch_new (edit, "person", 2, &error));
  g_assert_true (hd_edit_touch (edit, "person", 1, &error));
  hd_test_exec (store, "DELETE FROM person WHERE id = 1");
  g_assert_true (hd_edit_commit (edit, history, &error));
  g_assert_no_error (error);

  /* Created rows log each field with no old value; deleted rows each field with no new value. */
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM change_log WHERE entity_uuid = 'u3' AND field = 'name' AND old_value IS NULL AND new_value = '王庄村'"), ==, 1);
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM change_log WHERE entity_uuid = 'p1' AND field = 'name' AND old_value = '贠𠮷' AND new_value IS NULL"), ==, 1);

  hd_test_undo (history);
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM unit"), ==, 2);
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM person WHERE id = 1 AND uuid = 'p1' AND name = '贠𠮷' AND unit_id = 2"), ==, 1);
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM person"), ==, 1);

  hd_test_redo (history);
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM unit WHERE id = 3 AND uuid = 'u3'"), ==, 1);
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM person WHERE id = 2 AND unit_id = 3"), ==, 1);
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM person WHERE id = 1"), ==, 0);
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);
}

static void
test_changed_since (void)
{
  g_autoptr(HdStore) store = make_store ();
  g_autoptr(HdHistory) history = hd_history_new (store, 50);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  gint64 log_rows;

  rename_unit (store, history, 2, "城关街道");
  hd_test_exec (store, "UPDATE unit SET name = '别人改的' WHERE id = 2");
  log_rows = hd_test_query_int (store, "SELECT count(*) FROM change_log");

  g_assert_false (hd_history_undo (history, &error));
  g_assert_error (error, HD_EDIT_ERROR, HD_EDIT_ERROR_CHANGED_SINCE);
  name = query_text (store, "SELECT name FROM unit WHERE id = 2");
  g_assert_cmpstr (name, ==, "别人改的");
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM change_log"), ==, log_rows);
  /* The edit stays on the stack: nothing was undone. */
  g_assert_true (hd_history_can_undo (history));
}

static void
test_depth_and_redo_cleared (void)
{
  g_autoptr(HdStore) store = make_store ();
  g_autoptr(HdHistory) history = hd_history_new (store, 50);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  guint undone = 0;

  for (int i = 1; i <= 60; i++)
    {
      g_autofree char *n = g_strdup_printf ("第%d名", i);
      rename_unit (store, history, 2, n);
    }
  while (hd_history_can_undo (history))
    {
      g_assert_true (hd_history_undo (history, &error));
      undone++;
    }
  g_assert_cmpuint (undone, ==, 50);
  name = query_text (store, "SELECT name FROM unit WHERE id = 2");
  g_assert_cmpstr (name, ==, "第10名");
  g_assert_false (hd_history_undo (history, &error));
  g_assert_error (error, HD_EDIT_ERROR, HD_EDIT_ERROR_NOTHING_TO_UNDO);

  /* A new edit forgets what could have been redone. */
  g_assert_true (hd_history_can_redo (history));
  rename_unit (store, history, 1, "新县");
  g_assert_false (hd_history_can_redo (history));
}

static void
test_abort (void)
{
  g_autoptr(HdStore) store = make_store ();
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  HdEdit *edit = hd_edit_begin (store, "Rename unit", &error);

  g_assert_true (hd_edit_touch (edit, "unit", 2, &error));
  hd_test_exec (store, "UPDATE unit SET name = '不要了' WHERE id = 2");
  hd_edit_abort (edit);

  name = query_text (store, "SELECT name FROM unit WHERE id = 2");
  g_assert_cmpstr (name, ==, "城关镇");
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM change_log"), ==, 0);
  g_assert_false (hd_store_in_transaction (store));
}

/* hd_edit_insert_params: a new uuid at ?1, then each parameter in turn; an id of 0 and a NULL
 * text are stored as NULL; the new row is in the edit, so its undo takes it away. */
static void
test_insert_params (void)
{
  g_autoptr(HdStore) store = make_store ();
  g_autoptr(HdHistory) history = hd_history_new (store, 50);
  g_autoptr(GError) error = NULL;
  HdEdit *edit = hd_edit_begin (store, "Add units", &error);
  gint64 village = 0, county = 0;

  g_assert_true (hd_edit_insert_params (edit, "unit",
                                        "INSERT INTO unit (uuid, parent_id, kind, name, code, position, path)"
                                        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?1)",
                                        HD_PARAMS (HD_ID (2), HD_TEXT ("village"), HD_TEXT ("贠𠮷村"), HD_TEXT ("V7"),
                                                   HD_INT (G_GINT64_CONSTANT (5000000000))),
                                        &village, &error));
  g_assert_no_error (error);
  g_assert_true (hd_edit_insert_params (edit, "unit",
                                        "INSERT INTO unit (uuid, parent_id, kind, name, code, path) VALUES (?1, ?2, ?3, ?4, ?5, ?1)",
                                        HD_PARAMS (HD_ID (0), HD_TEXT ("county"), HD_TEXT ("邻县"), HD_TEXT (NULL)),
                                        &county, &error));
  g_assert_no_error (error);
  g_assert_true (hd_edit_commit (edit, history, &error));

  g_assert_cmpint (village, ==, 3);
  g_assert_cmpint (county, ==, 4);
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM unit WHERE id = 3 AND parent_id = 2 AND kind = 'village'"
                                             " AND name = '贠𠮷村' AND code = 'V7' AND position = 5000000000"
                                             " AND length (uuid) = 36 AND path = uuid"), ==, 1);
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM unit WHERE id = 4 AND parent_id IS NULL AND code IS NULL"
                                             " AND name = '邻县'"), ==, 1);
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM change_log WHERE field = 'name' AND old_value IS NULL"
                                             " AND new_value IN ('贠𠮷村', '邻县')"), ==, 2);

  hd_test_undo (history);
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM unit"), ==, 2);
}

/* hd_edit_update_params: the row ?1 touched and updated with the parameters from ?2 on, so the
 * change log has each field and undo puts the row back; hd_store_run_params binds from ?1. */
static void
test_update_params (void)
{
  g_autoptr(HdStore) store = make_store ();
  g_autoptr(HdHistory) history = hd_history_new (store, 50);
  g_autoptr(GError) error = NULL;
  HdEdit *edit = hd_edit_begin (store, "Change unit", &error);

  g_assert_true (hd_edit_update_params (edit, "unit", 2, "UPDATE unit SET name = ?2, code = ?3, parent_id = ?4 WHERE id = ?1",
                                        HD_PARAMS (HD_TEXT ("贠庄镇"), HD_TEXT ("T𠮷"), HD_ID (0)), &error));
  g_assert_no_error (error);
  g_assert_true (hd_edit_commit (edit, history, &error));
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM unit WHERE id = 2 AND name = '贠庄镇' AND code = 'T𠮷'"
                                             " AND parent_id IS NULL"), ==, 1);
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM change_log WHERE entity_uuid = 'u2'"
                                             " AND ((field = 'name' AND old_value = '城关镇' AND new_value = '贠庄镇')"
                                             "   OR (field = 'code' AND old_value IS NULL AND new_value = 'T𠮷')"
                                             "   OR (field = 'parent_id' AND old_value = '1' AND new_value IS NULL))"), ==, 3);
  hd_test_undo (history);
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM unit WHERE id = 2 AND name = '城关镇' AND code IS NULL"
                                             " AND parent_id = 1"), ==, 1);

  g_assert_true (hd_store_run_params (store, "UPDATE person SET title = ?2, position = ?3 WHERE id = ?1",
                                      HD_PARAMS (HD_INT (1), HD_TEXT ("书记"), HD_INT (-7)), &error));
  g_assert_no_error (error);
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM person WHERE id = 1 AND title = '书记' AND position = -7"), ==, 1);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/edit/log-and-undo", test_log_and_undo);
  g_test_add_func ("/edit/insert-and-delete", test_insert_and_delete);
  g_test_add_func ("/edit/changed-since", test_changed_since);
  g_test_add_func ("/edit/depth-and-redo-cleared", test_depth_and_redo_cleared);
  g_test_add_func ("/edit/abort", test_abort);
  g_test_add_func ("/edit/insert-params", test_insert_params);
  g_test_add_func ("/edit/update-params", test_update_params);

  return g_test_run ();
}
