/* test-store.c — HdStore: create, reopen, refuse, change log, transactions, backups, check. */
#include <glib/gstdio.h>

#include "hd-test-util.h"
#include "opinions/hd-opinion.h"
#include "backup/hd-backup.h"
#include "backup/hd-backup-restore.h"
#include "store/hd-schema.h"
#include "store/hd-store.h"
#include "store/hd-uuid.h"

static void
raw_exec (const char *path,
          const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

/* Writes the old schema and rows of tests/fixtures/@fixture_name into a new database at @path. */
static void
load_fixture (const char *path,
              const char *fixture_name)
{
  g_autofree char *fixture = g_test_build_filename (G_TEST_DIST, "fixtures", fixture_name, NULL);
  g_autofree char *sql = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_get_contents (fixture, &sql, NULL, &error));
  g_assert_no_error (error);
  raw_exec (path, sql);
}

static void
insert_unit (HdStore    *store,
             gint64      id,
             const char *name)
{
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (hd_store_get_db (store),
                                       "INSERT INTO unit (id, uuid, kind, name, path)"
                                       " VALUES (?1, 'uuid-' || ?1, 'county', ?2, printf('/%09d/', ?1))",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 2, name, -1, SQLITE_TRANSIENT);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
}

static void
test_create (void)
{
  g_autofree char *dir = hd_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "sub", "folder", "new.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(HdStore) store = hd_store_open (path, &error);

  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpstr (hd_store_get_path (store), ==, path);
  g_assert_cmpint (hd_store_get_schema_version (store), ==, hd_schema_get_current_version ());
  g_assert_cmpint (hd_test_query_int (store, "PRAGMA user_version"), ==, hd_schema_get_current_version ());
  g_assert_cmpint (hd_test_query_int (store, "PRAGMA application_id"), ==, HD_STORE_APPLICATION_ID);
  g_assert_cmpint (hd_test_query_int (store, "PRAGMA foreign_keys"), ==, 1);
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM pragma_journal_mode WHERE journal_mode = 'wal'"), ==, 1);
  g_assert_true (hd_store_is_empty (store));
  g_assert_nonnull (hd_store_get_operator (store));
  g_assert_cmpstr (hd_store_get_operator (store), !=, "");

  /* A new database has nothing to back up. */
  {
    g_autofree char *backups = hd_store_get_backup_dir (store);
    g_assert_false (g_file_test (backups, G_FILE_TEST_EXISTS));
  }
}

static void
test_reopen (void)
{
  g_autofree char *dir = hd_test_make_tmpdir ();
  g_autoptr(HdStore) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  {
    g_autoptr(HdStore) store = hd_test_open_store (dir, "reopen.db");
    path = g_strdup (hd_store_get_path (store));
    insert_unit (store, 1, "贠家𠮷县");
  }

  again = hd_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_false (hd_store_is_empty (again));
  g_assert_cmpint (hd_test_query_int (again, "SELECT count(*) FROM unit WHERE name = '贠家𠮷县'"), ==, 1);
  g_assert_cmpint (hd_store_get_schema_version (again), ==, hd_schema_get_current_version ());
}

/* Opening @path must fail with @code and leave the file byte for byte as it was. */
static void
assert_refused_unchanged (const char *path,
                          int         code)
{
  g_autofree char *before = hd_test_file_digest (path);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HdStore) store = hd_store_open (path, &error);

  g_assert_null (store);
  g_assert_error (error, HD_STORE_ERROR, code);
  g_assert_nonnull (strstr (error->message, path));
  after = hd_test_file_digest (path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_refuse_newer (void)
{
  g_autofree char *dir = hd_test_make_tmpdir ();
  g_autofree char *path = NULL;
  g_autofree char *sql = NULL;

  {
    g_autoptr(HdStore) store = hd_test_open_store (dir, "newer.db");
    path = g_strdup (hd_store_get_path (store));
    insert_unit (store, 1, "某县");
  }
  sql = g_strdup_printf ("PRAGMA journal_mode = DELETE; PRAGMA user_version = %d",
                         hd_schema_get_current_version () + 1);
  raw_exec (path, sql);

  assert_refused_unchanged (path, HD_STORE_ERROR_TOO_NEW);
}

static void
test_refuse_not_database (void)
{
  g_autofree char *dir = hd_test_make_tmpdir ();
  g_autofree char *text = g_build_filename (dir, "notes.db", NULL);
  g_autofree char *garbage = g_build_filename (dir, "garbage.db", NULL);
  guint8 bytes[8192];

  g_assert_true (g_file_set_contents (text, "单位,姓名\n某镇,张三\n", -1, NULL));
  assert_refused_unchanged (text, HD_STORE_ERROR_NOT_DATABASE);

  for (guint i = 0; i < sizeof bytes; i++)
    bytes[i] = (guint8) (i * 7919 % 251);
  g_assert_true (g_file_set_contents (garbage, (const char *) bytes, sizeof bytes, NULL));
  assert_refused_unchanged (garbage, HD_STORE_ERROR_NOT_DATABASE);
}

static void
test_refuse_foreign_sqlite (void)
{
  g_autofree char *dir = hd_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "other.sqlite", NULL);

  raw_exec (path, "CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('张三')");
  assert_refused_unchanged (path, HD_STORE_ERROR_NOT_DATABASE);
}

static void
test_refuse_folder (void)
{
  g_autofree char *dir = hd_test_make_tmpdir ();
  g_autoptr(GError) error = NULL;
  g_autoptr(HdStore) store = hd_store_open (dir, &error);

  g_assert_null (store);
  g_assert_error (error, HD_STORE_ERROR, HD_STORE_ERROR_OPEN);
}

static void
test_change_log (void)
{
  g_autoptr(HdStore) store = hd_test_new_store ("log.db", NULL);
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = NULL;

  hd_store_set_operator (store, "贠小𠮷");
  g_assert_cmpstr (hd_store_get_operator (store), ==, "贠小𠮷");

  g_assert_true (hd_store_begin (store, &error));
  insert_unit (store, 1, "旧名");
  g_assert_true (hd_store_log_change (store, "unit", "uuid-1", "name", "旧名", "新名", &error));
  g_assert_no_error (error);
  g_assert_true (hd_store_commit (store, &error));

  g_assert_cmpint (sqlite3_prepare_v2 (hd_store_get_db (store),
                                       "SELECT operator, entity, entity_uuid, field, old_value, new_value, at"
                                       " FROM change_log", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "贠小𠮷");
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 1), ==, "unit");
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 2), ==, "uuid-1");
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 3), ==, "name");
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 4), ==, "旧名");
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 5), ==, "新名");
  /* An ISO 8601 time with its offset, e.g. 2026-11-26T21:40:00+00:00. */
  g_assert_true (g_regex_match_simple ("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}[+-]\\d{2}:\\d{2}$",
                                       (const char *) sqlite3_column_text (stmt, 6), 0, 0));
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);

  /* A change that is rolled back leaves no trace in the log either. */
  g_assert_true (hd_store_begin (store, &error));
  insert_unit (store, 2, "另一县");
  g_assert_true (hd_store_log_change (store, "unit", "uuid-2", NULL, NULL, "另一县", &error));
  hd_store_rollback (store);
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM change_log"), ==, 1);
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM unit"), ==, 1);

  /* An empty operator falls back to the account's name. */
  hd_store_set_operator (store, "");
  g_assert_cmpstr (hd_store_get_operator (store), !=, "");
}

static void
test_nested_transaction (void)
{
  g_autoptr(HdStore) store = hd_test_new_store ("nested.db", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (hd_store_in_transaction (store));
  g_assert_true (hd_store_begin (store, &error));
  insert_unit (store, 1, "外层");
  g_assert_true (hd_store_begin (store, &error));
  insert_unit (store, 2, "内层");
  hd_store_rollback (store);
  g_assert_true (hd_store_in_transaction (store));
  g_assert_true (hd_store_begin (store, &error));
  insert_unit (store, 3, "内层二");
  g_assert_true (hd_store_commit (store, &error));
  g_assert_true (hd_store_commit (store, &error));
  g_assert_no_error (error);
  g_assert_false (hd_store_in_transaction (store));

  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM unit"), ==, 2);
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM unit WHERE id = 2"), ==, 0);
}

static void
test_backup_to (void)
{
  g_autofree char *dir = hd_test_make_tmpdir ();
  g_autoptr(HdStore) store = hd_test_open_store (dir, "source.db");
  g_autofree char *copy_path = g_build_filename (dir, "copy.db", NULL);
  g_autofree char *bad_path = g_build_filename (dir, "no", "such", "folder", "copy.db", NULL);
  g_autoptr(HdStore) copy = NULL;
  g_autoptr(GError) error = NULL;

  insert_unit (store, 1, "某县");
  insert_unit (store, 2, "某市");
  g_assert_true (hd_store_backup_to (store, copy_path, &error));
  g_assert_no_error (error);

  copy = hd_store_open (copy_path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hd_test_query_int (copy, "SELECT count(*) FROM unit"), ==, 2);

  g_assert_false (hd_store_backup_to (store, bad_path, &error));
  g_assert_error (error, HD_STORE_ERROR, HD_STORE_ERROR_BACKUP);
  g_assert_false (g_file_test (bad_path, G_FILE_TEST_EXISTS));
}

static char *
copy_name (GPtrArray *copies,
           guint      i)
{
  return g_path_get_basename (((HdBackupCopy *) g_ptr_array_index (copies, i))->path);
}

/* Daily copies: one a day, whole then deltas on it, the newest seven kept with the whole copy
 * they need, each expanding into the database it copied. */
static void
test_backup_daily (void)
{
  g_autofree char *dir = hd_test_make_tmpdir ();
  g_autoptr(HdStore) store = hd_test_open_store (dir, "daily.db");
  g_autofree char *backups = hd_store_get_backup_dir (store);
  g_autofree char *expected_dir = g_build_filename (dir, "daily.db.backups", NULL);
  g_autofree char *expanded = g_build_filename (dir, "expanded.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) first = g_date_time_new_local (2014, 9, 1, 8, 30, 0);
  g_autoptr(GPtrArray) copies = NULL;
  const char *kept[] = {
    "2014-09-10T083000-daily.delta.gz", "2014-09-09T083000-daily.delta.gz", "2014-09-08T083000-daily.delta.gz",
    "2014-09-07T083000-daily.db.gz", "2014-09-06T083000-daily.delta.gz", "2014-09-05T083000-daily.delta.gz",
    "2014-09-04T083000-daily.delta.gz", "2014-09-01T083000-daily.db.gz",
  };

  insert_unit (store, 1, "某县");
  g_assert_cmpstr (backups, ==, expected_dir);

  g_assert_true (hd_backup_daily (hd_store_get_path (store), first, &error));
  g_assert_no_error (error);
  copies = hd_backup_list (hd_store_get_path (store));
  g_assert_cmpuint (copies->len, ==, 1);
  {
    HdBackupCopy *copy = g_ptr_array_index (copies, 0);
    g_autofree char *name = copy_name (copies, 0);

    g_assert_cmpstr (name, ==, "2014-09-01T083000-daily.db.gz");
    g_assert_cmpint (copy->kind, ==, HD_BACKUP_DAILY);
    g_assert_cmpint (copy->units, ==, 1);
    g_assert_cmpint (copy->people, ==, 0);
    g_assert_null (copy->base);
  }
  g_clear_pointer (&copies, g_ptr_array_unref);

  /* Later the same day: no second copy. */
  {
    g_autoptr(GDateTime) later = g_date_time_add_hours (first, 9);
    g_assert_true (hd_backup_daily (hd_store_get_path (store), later, &error));
    copies = hd_backup_list (hd_store_get_path (store));
    g_assert_cmpuint (copies->len, ==, 1);
    g_clear_pointer (&copies, g_ptr_array_unref);
  }

  /* Nine more days, a unit more each day: five deltas on the first whole copy, then a whole one
   * again; the newest seven stay, and the first whole copy that three of them need. */
  for (int day = 1; day <= 9; day++)
    {
      g_autoptr(GDateTime) when = g_date_time_add_days (first, day);
      g_autofree char *name = g_strdup_printf ("某镇%d", day);

      insert_unit (store, 1 + day, name);
      g_assert_true (hd_backup_daily (hd_store_get_path (store), when, &error));
      g_assert_no_error (error);
    }
  copies = hd_backup_list (hd_store_get_path (store));
  g_assert_cmpuint (copies->len, ==, G_N_ELEMENTS (kept));
  for (guint i = 0; i < copies->len; i++)
    {
      g_autofree char *name = copy_name (copies, i);
      g_assert_cmpstr (name, ==, kept[i]);
    }

  /* Each copy is a whole, readable database with what it had that day. */
  for (guint i = 0; i < copies->len; i++)
    {
      HdBackupCopy *copy = g_ptr_array_index (copies, i);
      g_autoptr(HdStore) back = NULL;
      int day = g_date_time_get_day_of_month (copy->date);

      g_assert_true (hd_backup_expand_copy (copy, expanded, &error));
      g_assert_no_error (error);
      back = hd_store_open (expanded, &error);
      g_assert_no_error (error);
      g_assert_cmpint (hd_test_query_int (back, "SELECT count(*) FROM unit"), ==, day);
      g_assert_cmpint (copy->units, ==, day);
    }
  g_assert_cmpuint (hd_backup_total_size (hd_store_get_path (store)), <,
                    2 * (guint64) hd_test_query_int (store, "SELECT page_count * page_size FROM pragma_page_count, pragma_page_size"));
}

/* A copy that does not hold the pages it was written with is refused when read back. */
static void
test_backup_damaged (void)
{
  g_autofree char *dir = hd_test_make_tmpdir ();
  g_autoptr(HdStore) store = hd_test_open_store (dir, "damaged.db");
  g_autofree char *expanded = g_build_filename (dir, "expanded.db", NULL);
  g_autoptr(GDateTime) now = g_date_time_new_local (2014, 9, 1, 8, 30, 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) copies = NULL;
  g_autofree char *contents = NULL;
  gsize length;
  HdBackupCopy *copy;

  insert_unit (store, 1, "某县");
  g_assert_true (hd_backup_daily (hd_store_get_path (store), now, &error));
  copies = hd_backup_list (hd_store_get_path (store));
  copy = g_ptr_array_index (copies, 0);
  g_assert_true (g_file_get_contents (copy->path, &contents, &length, NULL));
  contents[length / 2] ^= 0x55;
  g_assert_true (g_file_set_contents (copy->path, contents, (gssize) length, NULL));

  g_assert_false (hd_backup_expand_copy (copy, expanded, &error));
  g_assert_error (error, HD_STORE_ERROR, HD_STORE_ERROR_DAMAGED);
  g_assert_false (g_file_test (expanded, G_FILE_TEST_EXISTS));
}

static void
test_check (void)
{
  g_autoptr(HdStore) store = hd_test_new_store ("check.db", NULL);
  g_autoptr(GError) error = NULL;

  insert_unit (store, 1, "某县");
  g_assert_true (hd_store_check (store, &error));
  g_assert_no_error (error);

  /* A person whose unit does not exist: only possible with the checks switched off. */
  hd_test_exec (store,
                "PRAGMA foreign_keys = OFF;"
                "INSERT INTO person (uuid, unit_id, name) VALUES ('p1', 99, '张三');"
                "PRAGMA foreign_keys = ON;");
  g_assert_false (hd_store_check (store, &error));
  g_assert_error (error, HD_STORE_ERROR, HD_STORE_ERROR_DAMAGED);
  g_assert_nonnull (strstr (error->message, "person"));
}

static void
test_foreign_keys_enforced (void)
{
  g_autoptr(HdStore) store = hd_test_new_store ("fk.db", NULL);

  g_assert_cmpint (sqlite3_exec (hd_store_get_db (store),
                                 "INSERT INTO person (uuid, unit_id, name) VALUES ('p1', 99, '张三')",
                                 NULL, NULL, NULL), ==, SQLITE_CONSTRAINT_FOREIGNKEY);
}

/* A database made by the previous schema version is migrated in place, after a backup copy. */
static void
test_migrate_previous_version (void)
{
  g_autofree char *dir = hd_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "old.db", NULL);
  g_autofree char *backup_name = NULL;
  g_autofree char *expanded = g_build_filename (dir, "expanded.db", NULL);
  g_autoptr(GPtrArray) copies = NULL;
  HdBackupCopy *copy;
  g_autoptr(GDateTime) now = g_date_time_new_local (2014, 9, 30, 17, 0, 0);
  g_autoptr(HdStore) store = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db = NULL;

  load_fixture (path, "schema-v1.sql");
  store = hd_store_open_at (path, now, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hd_store_get_schema_version (store), ==, hd_schema_get_current_version ());
  g_assert_cmpint (hd_test_query_int (store, "PRAGMA user_version"), ==, hd_schema_get_current_version ());
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM unit"), ==, 3);
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM person"), ==, 2);
  g_assert_true (hd_store_check (store, &error));

  /* Version 2 indexed the names that were already there. */
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM person_name_index WHERE person_name_index MATCH '\"𠮷\"'"), ==, 1);
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM unit_name_index WHERE unit_name_index MATCH '\"贠 家\"'"), ==, 1);

  /* The copy taken before is the old version, whole. */
  copies = hd_backup_list (path);
  g_assert_cmpuint (copies->len, ==, 1);
  copy = g_ptr_array_index (copies, 0);
  backup_name = g_path_get_basename (copy->path);
  g_assert_cmpstr (backup_name, ==, "2014-09-30T170000-migration.db.gz");
  g_assert_cmpint (copy->kind, ==, HD_BACKUP_MIGRATION);
  g_assert_cmpint (copy->people, ==, 2);
  g_assert_true (hd_backup_expand_copy (copy, expanded, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_open (expanded, &db), ==, SQLITE_OK);
  {
    sqlite3_stmt *stmt = NULL;
    g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT (SELECT user_version FROM pragma_user_version), (SELECT count(*) FROM person)", -1, &stmt, NULL), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 1);
    g_assert_cmpint (sqlite3_column_int (stmt, 1), ==, 2);
    sqlite3_finalize (stmt);
  }
  sqlite3_close (db);
}

/* Loads @fixture_name into a new database file in @dir and opens it (which migrates it). */
static HdStore *
open_fixture (const char *dir,
              const char *fixture_name)
{
  g_autofree char *path = g_build_filename (dir, "old.db", NULL);
  g_autoptr(GDateTime) now = g_date_time_new_local (2014, 9, 30, 17, 0, 0);
  g_autoptr(GError) error = NULL;
  HdStore *store;

  load_fixture (path, fixture_name);
  store = hd_store_open_at (path, now, &error);
  g_assert_no_error (error);
  return store;
}

/* Version 3 adds opinions and the ledger to a version 2 database, whose units then carry their
 * paths into the new rows, also when a unit moves. */
static void
test_migrate_v2 (void)
{
  g_autofree char *dir = hd_test_make_tmpdir ();
  g_autoptr(HdStore) store = open_fixture (dir, "schema-v2.sql");
  g_autoptr(GError) error = NULL;
  sqlite3 *db = hd_store_get_db (store);

  g_assert_cmpint (hd_store_get_schema_version (store), ==, hd_schema_get_current_version ());
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM person"), ==, 2);
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM person_name_index WHERE person_name_index MATCH '\"𠮷\"'"), ==, 1);
  g_assert_true (hd_store_check (store, &error));
  g_assert_no_error (error);

  hd_test_exec (store,
                "INSERT INTO opinion (uuid, channel, received, unit_id, category, content)"
                " VALUES ('o1', 'hotline', '2014-09-01', 3, 'formalism', '贠家𠮷村的会议太多');"
                "INSERT INTO task (uuid, unit_id, number, plan, kind, problem, deadline)"
                " VALUES ('t1', 3, 1, 'rectification', 'deadline', '会议多', '2014-10-31');");
  g_assert_cmpint (hd_test_query_int (store, "SELECT unit_path = '/000000001/000000002/000000003/' FROM opinion"), ==, 1);
  g_assert_cmpint (hd_test_query_int (store, "SELECT unit_path = '/000000001/000000002/000000003/' FROM task"), ==, 1);
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM opinion_text WHERE opinion_text MATCH '\"会议太\"'"), ==, 1);

  /* The village moves from the township to the county: its rows follow. */
  hd_test_exec (store,
                "UPDATE unit SET parent_id = 1, path = '/000000001/000000003/' WHERE id = 3");
  g_assert_cmpint (hd_test_query_int (store, "SELECT unit_path = '/000000001/000000003/' FROM opinion"), ==, 1);
  g_assert_cmpint (hd_test_query_int (store, "SELECT unit_path = '/000000001/000000003/' FROM task"), ==, 1);

  /* The closing rule holds for every writer. */
  g_assert_cmpint (sqlite3_exec (db, "UPDATE task SET closed = '2014-10-01'", NULL, NULL, NULL),
                   ==, SQLITE_CONSTRAINT_CHECK);
  g_assert_cmpint (sqlite3_exec (db, "UPDATE task SET closed = '2014-10-01', result = '已整改', verdict = 'dissatisfied'",
                                 NULL, NULL, NULL), ==, SQLITE_CONSTRAINT_CHECK);
  hd_test_exec (store, "UPDATE task SET closed = '2014-10-01', result = '已整改', verdict = 'satisfied'");
  /* Deleting the opinion takes it out of the text index. */
  hd_test_exec (store, "DELETE FROM opinion");
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM opinion_text WHERE opinion_text MATCH '\"会议太\"'"), ==, 0);
}

/* Version 5 indexes the characters and pairs of characters of the opinions already there, and
 * keeps the index as they change. */
static void
test_migrate_v4 (void)
{
  g_autofree char *dir = hd_test_make_tmpdir ();
  g_autoptr(HdStore) store = open_fixture (dir, "schema-v4.sql");
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (hd_store_get_schema_version (store), ==, hd_schema_get_current_version ());
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM opinion"), ==, 3);
  g_assert_true (hd_store_check (store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM opinion_grams WHERE opinion_grams MATCH '\"𠮷\"'"), ==, 1);
  g_assert_cmpint (hd_test_query_int (store, "SELECT rowid FROM opinion_grams WHERE opinion_grams MATCH '\"𠮷村\"'"), ==, 1);
  g_assert_cmpint (hd_test_query_int (store, "SELECT rowid FROM opinion_grams WHERE opinion_grams MATCH '\"公车\"'"), ==, 2);
  g_assert_cmpint (hd_test_query_int (store, "SELECT rowid FROM opinion_grams WHERE opinion_grams MATCH '\"wi\"'"), ==, 2);
  g_assert_cmpint (hd_test_query_int (store, "SELECT rowid FROM opinion_grams WHERE opinion_grams MATCH '\"趟\"'"), ==, 3);
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM opinion_grams WHERE opinion_grams MATCH '\"的\"'"), ==, 1);
  /* Filled merging more segments at a time, then back to FTS5's default for the edits. */
  g_assert_cmpint (hd_test_query_int (store, "SELECT v FROM opinion_grams_config WHERE k = 'automerge'"), ==, 4);
  /* Pairs do not span whitespace. */
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM opinion_grams WHERE opinion_grams MATCH '\"开w\"'"), ==, 0);
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM opinion_grams WHERE opinion_grams MATCH '\"不存\"'"), ==, 0);
  /* The opinions' list finds them by one character and by two. */
  {
    HdOpinionFilter filter;
    g_autoptr(HdQueryModel) rare = NULL;
    g_autoptr(HdQueryModel) pair = NULL;

    hd_opinion_filter_init (&filter);
    filter.text = "𠮷";
    rare = hd_opinion_list_new (store, &filter, &error);
    filter.text = "Fi";
    pair = hd_opinion_list_new (store, &filter, &error);
    g_assert_no_error (error);
    g_assert_true (hd_query_model_load_all (rare, &error) && hd_query_model_load_all (pair, &error));
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rare)), ==, 1);
    g_assert_cmpint (hd_query_model_get_row_id (rare, 0), ==, 1);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pair)), ==, 1);
    g_assert_cmpint (hd_query_model_get_row_id (pair, 0), ==, 2);
  }

  /* The triggers keep it: a new opinion, a changed text, a deleted opinion. */
  hd_test_exec (store,
                "INSERT INTO opinion (uuid, channel, received, unit_id, category, content)"
                " VALUES ('o4', 'hotline', '2014-09-04', 3, 'formalism', '𠮷祥');"
                "UPDATE opinion SET content = '贠家村的会议太多' WHERE id = 1;"
                "DELETE FROM opinion WHERE id = 2;");
  g_assert_cmpint (hd_test_query_int (store, "SELECT rowid FROM opinion_grams WHERE opinion_grams MATCH '\"𠮷\"'"), ==, 4);
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM opinion_grams WHERE opinion_grams MATCH '\"𠮷\"'"), ==, 1);
  g_assert_cmpint (hd_test_query_int (store, "SELECT rowid FROM opinion_grams WHERE opinion_grams MATCH '\"家村\"'"), ==, 1);
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM opinion_grams WHERE opinion_grams MATCH '\"公车\"'"), ==, 0);
  hd_test_exec (store, "INSERT INTO opinion_grams (opinion_grams, rank) VALUES ('integrity-check', 0)");
}

static void
test_uuids (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (1);
  g_autoptr(GRand) again = g_rand_new_with_seed (1);
  g_autofree char *previous = NULL;
  g_autofree char *random_one = hd_uuid_new ();

  g_assert_true (g_uuid_string_is_valid (random_one));
  for (guint64 i = 0; i < 1000; i++)
    {
      char *uuid = hd_uuid_new_ordered (rand, i);
      g_autofree char *same = hd_uuid_new_ordered (again, i);

      g_assert_true (g_uuid_string_is_valid (uuid));
      g_assert_cmpuint (strspn (uuid, "0123456789abcdef-"), ==, 36);   /* lower case, as GLib writes them */
      g_assert_cmpint (uuid[14], ==, '7');
      g_assert_true (strchr ("89ab", uuid[19]) != NULL);
      g_assert_cmpstr (uuid, ==, same);
      /* Made in order, they sort in order: bulk writes append to the UUID indexes. */
      if (previous != NULL)
        g_assert_cmpstr (previous, <, uuid);
      g_free (previous);
      previous = uuid;
    }
  /* 2014-06-01T00:00:00Z in milliseconds, the first 48 bits. */
  {
    g_autoptr(GRand) r = g_rand_new_with_seed (2);
    g_autofree char *first = hd_uuid_new_ordered (r, 0);
    g_assert_true (g_str_has_prefix (first, "014654b9-c800-7"));
  }
}

/* Version 7 adds the look-back rounds, and the day a task was last reopened, which it finds in the
 * change log for the tasks reopened before: the last change of 'closed' from a day to nothing. */
static void
test_migrate_v6 (void)
{
  g_autofree char *dir = hd_test_make_tmpdir ();
  g_autoptr(HdStore) store = open_fixture (dir, "schema-v6.sql");
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (hd_store_get_schema_version (store), ==, hd_schema_get_current_version ());
  g_assert_true (hd_store_check (store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (hd_test_query_int (store, "SELECT reopened = '2014-09-28' FROM task WHERE uuid = 't-reopened'"), ==, 1);
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM task WHERE reopened IS NOT NULL"), ==, 1);

  /* A round's rows carry its unit's path, also when the unit moves. */
  hd_test_exec (store,
                "INSERT INTO lookback_round (uuid, name, unit_id, plans, opened) VALUES ('r1', '第一轮', 3, 'special', '2014-09-30');"
                "INSERT INTO lookback_item (uuid, round_id, task_id, proposed) VALUES ('i1', 1, 3, 'track');");
  g_assert_cmpint (hd_test_query_int (store, "SELECT unit_path = '/000000001/000000002/000000003/' FROM lookback_round"), ==, 1);
  hd_test_exec (store, "UPDATE unit SET parent_id = 1, path = '/000000001/000000003/' WHERE id = 3");
  g_assert_cmpint (hd_test_query_int (store, "SELECT unit_path = '/000000001/000000003/' FROM lookback_round"), ==, 1);
  g_assert_cmpint (hd_test_query_int (store, "SELECT unit_path = '/000000001/000000003/' FROM task WHERE uuid = 't-open'"), ==, 1);
  /* 回炉 only with a new deadline; one item per task and round. */
  g_assert_cmpint (sqlite3_exec (hd_store_get_db (store), "UPDATE lookback_item SET outcome = 'redo'", NULL, NULL, NULL),
                   ==, SQLITE_CONSTRAINT_CHECK);
  g_assert_cmpint (sqlite3_exec (hd_store_get_db (store),
                                 "INSERT INTO lookback_item (uuid, round_id, task_id, proposed) VALUES ('i2', 1, 3, 'track')",
                                 NULL, NULL, NULL), ==, SQLITE_CONSTRAINT_UNIQUE);
}

/* Version 10 lets an item confirmed 纳入整改 name the task it created: the items confirmed before
 * keep their outcomes and name none, and only 纳入整改 names one, a task that is there. */
static void
test_migrate_v9 (void)
{
  g_autofree char *dir = hd_test_make_tmpdir ();
  g_autoptr(HdStore) store = open_fixture (dir, "schema-v9.sql");
  g_autoptr(GError) error = NULL;
  g_autofree char *items = NULL;
  sqlite3 *db = hd_store_get_db (store);

  g_assert_cmpint (hd_store_get_schema_version (store), ==, hd_schema_get_current_version ());
  g_assert_true (hd_store_check (store, &error));
  g_assert_no_error (error);
  items = hd_test_query_text (store,
                              "SELECT group_concat (uuid || ':' || coalesce (outcome, '-') || ':' || coalesce (new_task_id, '-'), ' ')"
                              " FROM (SELECT * FROM lookback_item ORDER BY id)");
  g_assert_cmpstr (items, ==, "i-closed:consolidate:- i-reopened:redo:- i-open:-:-");

  g_assert_cmpint (sqlite3_exec (db, "UPDATE lookback_item SET outcome = 'new' WHERE uuid = 'i-open'", NULL, NULL, NULL),
                   ==, SQLITE_CONSTRAINT_CHECK);
  g_assert_cmpint (sqlite3_exec (db, "UPDATE lookback_item SET new_task_id = 3 WHERE uuid = 'i-open'", NULL, NULL, NULL),
                   ==, SQLITE_CONSTRAINT_CHECK);
  g_assert_cmpint (sqlite3_exec (db, "UPDATE lookback_item SET outcome = 'new', new_task_id = 99 WHERE uuid = 'i-open'",
                                 NULL, NULL, NULL), ==, SQLITE_CONSTRAINT_FOREIGNKEY);
  hd_test_exec (store, "UPDATE lookback_item SET outcome = 'new', new_task_id = 3 WHERE uuid = 'i-open'");
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM lookback_item INDEXED BY lookback_item_by_new_task"
                                             " WHERE new_task_id = 3"), ==, 1);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/store/create", test_create);
  g_test_add_func ("/store/uuids", test_uuids);
  g_test_add_func ("/store/reopen", test_reopen);
  g_test_add_func ("/store/refuse-newer", test_refuse_newer);
  g_test_add_func ("/store/refuse-not-database", test_refuse_not_database);
  g_test_add_func ("/store/refuse-foreign-sqlite", test_refuse_foreign_sqlite);
  g_test_add_func ("/store/refuse-folder", test_refuse_folder);
  g_test_add_func ("/store/change-log", test_change_log);
  g_test_add_func ("/store/nested-transaction", test_nested_transaction);
  g_test_add_func ("/store/backup-to", test_backup_to);
  g_test_add_func ("/store/backup-daily", test_backup_daily);
  g_test_add_func ("/store/check", test_check);
  g_test_add_func ("/store/foreign-keys-enforced", test_foreign_keys_enforced);
  g_test_add_func ("/store/backup-damaged", test_backup_damaged);
  g_test_add_func ("/store/migrate-previous-version", test_migrate_previous_version);
  g_test_add_func ("/store/migrate-v2", test_migrate_v2);
  g_test_add_func ("/store/migrate-v4", test_migrate_v4);
  g_test_add_func ("/store/migrate-v6", test_migrate_v6);
  g_test_add_func ("/store/migrate-v9", test_migrate_v9);

  return g_test_run ();
}
