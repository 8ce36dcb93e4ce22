/* test-exchange.c — packages between offices: a township, its county and the province.
 *
 * The county is the demo county. The province keeps the county as a unit of its own and
 * registers it; the county joins with the key file (its top unit bound to the province's), and
 * registers its first township, which joins on a new database. Records go up, notices down, and
 * each level's figures for the township (and the province's for the county) stay equal to the
 * level below's. Every refusal leaves the receiver's records exactly as they were. */
#include <string.h>
#include <zlib.h>
#include <glib/gstdio.h>

#include "demo/hd-demo.h"
#include "exchange/hd-exchange-owner.h"
#include "exchange/hd-exchange-receive.h"
#include "exchange/hd-exchange-send.h"
#include "exchange/hd-package-reader.h"
#include "exchange/hd-package-writer.h"
#include "ledger/hd-light.h"
#include "ledger/hd-stats.h"
#include "lookback/hd-notice.h"
#include "opinions/hd-opinion.h"
#include "hd-test-util.h"

typedef struct {
  char      *dir;
  HdStore   *province;
  HdStore   *county;
  HdStore   *town;
  HdHistory *town_history;
  gint64     province_county;   /* the county's unit in the province's database */
  gint64     county_town;       /* the township's unit in the county's */
  GDate      today;
} Fixture;

static char *
path_in (Fixture    *f,
         const char *name)
{
  return g_build_filename (f->dir, name, NULL);
}

static int
compare_rows (gconstpointer a,
              gconstpointer b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

/* Every row of every table that holds records or offices, as text: what a refusal must not
 * change. */
static char *
content_digest (HdStore *store)
{
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  sqlite3 *db = hd_store_get_db (store);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT name FROM sqlite_schema WHERE type = 'table'"
                                           " AND sql NOT LIKE '%VIRTUAL%' AND name NOT LIKE '%\\_index%' ESCAPE '\\'"
                                           " AND name NOT LIKE 'opinion\\_%' ESCAPE '\\' ORDER BY name",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (tables, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);
  g_assert_cmpuint (tables->len, >, 30);
  for (guint i = 0; i < tables->len; i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM %s", (char *) g_ptr_array_index (tables, i));
      g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_free);

      g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
      g_checksum_update (sum, g_ptr_array_index (tables, i), -1);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          GString *row = g_string_new (NULL);

          for (int c = 0; c < sqlite3_column_count (stmt); c++)
            {
              const char *blob = sqlite3_column_blob (stmt, c);

              if (blob != NULL)
                g_string_append_len (row, blob, sqlite3_column_bytes (stmt, c));
              g_string_append_c (row, '\t');
            }
          g_ptr_array_add (rows, g_string_free (row, FALSE));
        }
      sqlite3_finalize (stmt);
      /* In an order of their own, whatever order the table gives them in. */
      g_ptr_array_sort (rows, compare_rows);
      for (guint r = 0; r < rows->len; r++)
        g_checksum_update (sum, g_ptr_array_index (rows, r), -1);
    }
  return g_strdup (g_checksum_get_string (sum));
}

static char *
figures (Fixture  *f,
         HdStore  *store,
         gint64    unit)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) all = hd_stats_compute (store, unit, &f->today, HD_LIGHT_DEFAULT_WARNING_DAYS, &error);
  GString *text = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < all->len; i++)
    {
      HdStatsFigure *figure = &g_array_index (all, HdStatsFigure, i);

      /* The county's supervision groups, and its look-back rounds over the whole county, stay
       * the county's: they do not travel down. */
      if (!g_str_equal (figure->key, "supervision_groups") && !g_str_equal (figure->key, "lookback_pending"))
        g_string_append_printf (text, "%s %" G_GINT64_FORMAT "\n", figure->key, figure->value);
    }
  return g_string_free (text, FALSE);
}

static gint64
unit_by_uuid (HdStore    *store,
              const char *uuid)
{
  g_autofree char *sql = g_strdup_printf ("SELECT id FROM unit WHERE uuid = '%s'", uuid);

  return hd_test_query_int (store, sql);
}

static void
send_package (HdStore        *store,
              const HdOffice *office,
              gboolean        full,
              gboolean        confidential,
              const char     *path,
              char          **lines)
{
  g_autoptr(GError) error = NULL;
  HdExchangeCounts counts;

  hd_exchange_send (store, office, full, confidential, path, &counts, &error);
  g_assert_no_error (error);
  if (lines != NULL)
    *lines = hd_exchange_counts_format (&counts);
}

static char *
receive_package (HdStore    *store,
                 HdHistory  *history,
                 const char *path)
{
  g_autoptr(GError) error = NULL;
  HdExchangeReceipt receipt;
  char *lines;

  if (!hd_exchange_receive (store, history, path, FALSE, NULL, &receipt, &error))
    g_assert_no_error (error);
  lines = receipt.already_received ? g_strdup ("already received\n")
                                   : hd_exchange_counts_format (&receipt.counts);
  hd_exchange_receipt_clear (&receipt);
  return lines;
}

static HdOffice *
lower_office (HdStore *store,
              gint64   unit)
{
  g_autoptr(GError) error = NULL;
  HdOffice *office = hd_office_find_by_unit (store, unit, &error);

  g_assert_no_error (error);
  g_assert_nonnull (office);
  return office;
}

static HdOffice *
upper_office (HdStore *store)
{
  g_autoptr(GError) error = NULL;
  HdOffice *office = hd_office_find_upper (store, &error);

  g_assert_no_error (error);
  g_assert_nonnull (office);
  return office;
}

/* The three databases joined, and the first packages exchanged. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *county_key = NULL, *town_key = NULL, *county_name = NULL;
  g_autofree char *package = NULL, *lines = NULL, *code = NULL;
  g_autoptr(GPtrArray) matches = NULL;
  g_autoptr(HdOffice) to_town = NULL, to_county = NULL, to_province = NULL;
  HdExchangeReceipt receipt;
  gint64 province;

  hd_test_set_today (&f->today);
  g_test_timer_start ();
  f->dir = hd_test_make_tmpdir ();
  f->county = hd_test_open_store (f->dir, "county.db");
  g_assert_true (hd_demo_generate (f->county, HD_DEMO_SCALE_COUNTY, 0, &f->today, &error));
  g_assert_no_error (error);
  county_name = hd_test_query_text (f->county, "SELECT name FROM unit WHERE parent_id IS NULL");
  /* The demo's first township, under the name the tests use. */
  g_assert_true (hd_unit_rename (f->county, NULL,
                                 hd_test_query_int (f->county, "SELECT id FROM unit WHERE parent_id = 1"
                                                               " ORDER BY position, id LIMIT 1"),
                                 "兴坪街道", &error));
  g_assert_no_error (error);

  /* The province knows the county by name only, with one township the demo has too. */
  f->province = hd_test_open_store (f->dir, "province.db");
  province = hd_test_add_unit (f->province, 0, HD_UNIT_KIND_PROVINCE, "示范省");
  f->province_county = hd_test_add_unit (f->province, province, HD_UNIT_KIND_COUNTY, county_name);
  hd_test_add_unit (f->province, f->province_county, HD_UNIT_KIND_STREET, "兴坪街道");
  county_key = path_in (f, "county.hdk");
  g_assert_true (hd_office_register (f->province, f->province_county, county_key, &code, &error));
  g_assert_no_error (error);
  /* 32 bytes in Crockford's base 32, in groups of four. */
  g_assert_cmpuint (strlen (code), ==, 52 + 12);
  g_assert_true (g_regex_match_simple ("^([0-9A-HJKMNP-TV-Z]{4}-){12}[0-9A-HJKMNP-TV-Z]{4}$", code, 0, 0));

  /* The county keeps units already: its own are matched and bound, the file's uuids taken. */
  matches = hd_exchange_join_matches (f->county, county_key, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (matches->len, ==, 2);
  g_assert_cmpstr (((HdJoinMatch *) g_ptr_array_index (matches, 0))->names, ==, county_name);
  g_assert_cmpint (((HdJoinMatch *) g_ptr_array_index (matches, 0))->local_id, ==, 1);
  g_assert_cmpint (((HdJoinMatch *) g_ptr_array_index (matches, 1))->local_id, ==,
                   hd_test_query_int (f->county, "SELECT id FROM unit WHERE name = '兴坪街道'"));
  g_assert_true (hd_exchange_join (f->county, county_key, &receipt, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (receipt.bound, ==, 2);
  hd_exchange_receipt_clear (&receipt);

  /* The township joins on a new database, and gets its part with the county's uuids. */
  f->county_town = hd_test_query_int (f->county, "SELECT id FROM unit WHERE name = '兴坪街道'");
  town_key = path_in (f, "town.hdk");
  g_assert_true (hd_office_register (f->county, f->county_town, town_key, NULL, &error));
  g_assert_no_error (error);
  f->town = hd_test_open_store (f->dir, "town.db");
  f->town_history = hd_history_new (f->town, 10);
  g_assert_true (hd_exchange_join (f->town, town_key, &receipt, &error));
  g_assert_no_error (error);
  hd_exchange_receipt_clear (&receipt);

  /* The county's notices go down; the township's first package, whole, changes nothing. */
  to_town = lower_office (f->county, f->county_town);
  package = path_in (f, "down-1.hdx");
  send_package (f->county, to_town, FALSE, FALSE, package, NULL);
  g_free (lines);
  lines = receive_package (f->town, NULL, package);
  g_free (package);
  to_county = upper_office (f->town);
  package = path_in (f, "up-1.hdx");
  send_package (f->town, to_county, FALSE, FALSE, package, NULL);
  g_free (lines);
  lines = receive_package (f->county, NULL, package);
  g_assert_cmpstr (lines, ==, "");
  /* The county's next package says it has the township's first: the township's next packages
   * carry only what changed since. */
  g_free (package);
  package = path_in (f, "ack-1.hdx");
  send_package (f->county, to_town, FALSE, FALSE, package, NULL);
  g_free (lines);
  lines = receive_package (f->town, NULL, package);
  g_assert_cmpstr (lines, ==, "");
  g_assert_cmpint (hd_test_query_int (f->town, "SELECT acknowledged FROM office"), ==, 1);
  g_test_message ("joined and first packages down and up: %.1f s", g_test_timer_elapsed ());
}

/* The same, with the county's first package received at the province: everything goes up. */
static void
fixture_set_up_province (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *package = NULL;
  g_autofree char *lines = NULL;
  g_autoptr(HdOffice) to_province = NULL;

  fixture_set_up (f, data);
  package = path_in (f, "county-1.hdx");
  to_province = upper_office (f->county);
  send_package (f->county, to_province, FALSE, FALSE, package, NULL);
  g_test_message ("county's package made: %.1f s", g_test_timer_elapsed ());
  lines = receive_package (f->province, NULL, package);
  g_test_message ("received at the province: %.1f s", g_test_timer_elapsed ());
  /* The province's answer acknowledges it. */
  {
    g_autoptr(HdOffice) to_county = lower_office (f->province, f->province_county);
    g_autofree char *ack = path_in (f, "province-ack-1.hdx");
    g_autofree char *taken = NULL;

    send_package (f->province, to_county, FALSE, FALSE, ack, NULL);
    taken = receive_package (f->county, NULL, ack);
    g_assert_cmpstr (taken, ==, "");
  }
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->town_history);
  g_clear_object (&f->town);
  g_clear_object (&f->county);
  g_clear_object (&f->province);
  hd_test_remove_tree (f->dir);
  g_free (f->dir);
}

static gint64
province_unit_of (Fixture *f,
                  HdStore *store,
                  gint64   unit)
{
  g_autofree char *sql = g_strdup_printf ("SELECT uuid FROM unit WHERE id = %" G_GINT64_FORMAT, unit);
  g_autofree char *uuid = hd_test_query_text (store, sql);

  return unit_by_uuid (f->province, uuid);
}

/* The same figures at each level: the township's own, the county's and the province's for it. */
static void
assert_same_figures (Fixture *f)
{
  g_autofree char *town = figures (f, f->town, 0);
  g_autofree char *county_town = figures (f, f->county, f->county_town);
  g_autofree char *province_town = figures (f, f->province, province_unit_of (f, f->county, f->county_town));
  g_autofree char *county = figures (f, f->county, 1);
  g_autofree char *province_county = figures (f, f->province, f->province_county);

  g_assert_cmpstr (county_town, ==, town);
  g_assert_cmpstr (province_town, ==, town);
  g_assert_cmpstr (province_county, ==, county);
  g_assert_true (strstr (town, "\ntasks 0\n") == NULL);
}

/* The first packages up: the same records and figures at each level. */
static void
assert_round_trip (Fixture *f)
{
  assert_same_figures (f);
  /* The province has the county's records with the same uuids, its own street among them. */
  g_assert_cmpint (hd_test_query_int (f->province, "SELECT count(*) FROM unit"), ==,
                   hd_test_query_int (f->county, "SELECT count(*) FROM unit") + 1);
  g_assert_cmpint (hd_test_query_int (f->province, "SELECT count(*) FROM task"), ==,
                   hd_test_query_int (f->county, "SELECT count(*) FROM task"));
  g_assert_cmpint (hd_test_query_int (f->province, "SELECT count(*) FROM talk"), ==,
                   hd_test_query_int (f->county, "SELECT count(*) FROM talk"));
}

/* A day's work at the township: it goes up, level by level, and nothing else does. */
static void
test_day_of_work (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HdOffice) to_county = upper_office (f->town);
  g_autoptr(HdOffice) to_province = upper_office (f->county);
  g_autofree char *up = path_in (f, "up-2.hdx");
  g_autofree char *county_up = path_in (f, "county-2.hdx");
  g_autofree char *sent = NULL, *received = NULL, *again = NULL, *digest = NULL;
  g_autofree char *relayed = NULL, *relay_received = NULL, *operator = NULL;
  gint64 opinion;
  gint64 gone, task;
  g_autofree char *gone_uuid = NULL;

  assert_round_trip (f);
  opinion = hd_test_query_int (f->town, "SELECT min (id) FROM opinion WHERE status <> 'closed'");
  gone = hd_test_query_int (f->town, "SELECT max (id) FROM opinion WHERE status = 'received'");
  task = hd_test_query_int (f->town, "SELECT min (id) FROM task WHERE closed IS NULL AND kind <> 'long_term'");

  {
    g_autofree char *sql = g_strdup_printf ("SELECT uuid FROM opinion WHERE id = %" G_GINT64_FORMAT, gone);
    gone_uuid = hd_test_query_text (f->town, sql);
  }
  g_assert_true (hd_opinion_set_status (f->town, f->town_history, opinion, HD_OPINION_STATUS_CLOSED, &error));
  g_assert_no_error (error);
  g_assert_true (hd_opinion_delete (f->town, f->town_history, gone, &error));
  g_assert_no_error (error);
  g_assert_true (hd_task_add_progress (f->town, f->town_history, task, "2014-09-29", "已召开专题会议研究", &error));
  g_assert_no_error (error);

  send_package (f->town, to_county, FALSE, FALSE, up, &sent);
  g_assert_cmpstr (sent, ==, "opinion\t0\t1\t1\ntask-progress\t1\t0\t0\n");
  received = receive_package (f->county, NULL, up);
  g_assert_cmpstr (received, ==, sent);
  {
    g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM opinion WHERE uuid = '%s'", gone_uuid);
    g_assert_cmpint (hd_test_query_int (f->county, sql), ==, 0);
  }
  /* The change log names the township's office as who changed the county's copy. */
  operator = hd_test_query_text (f->county, "SELECT operator FROM change_log WHERE entity = 'opinion'"
                                            " ORDER BY id DESC LIMIT 1");
  g_assert_cmpstr (operator, ==, "兴坪街道");

  /* Received again: nothing changes, and it says so. */
  digest = content_digest (f->county);
  again = receive_package (f->county, NULL, up);
  g_assert_cmpstr (again, ==, "already received\n");
  {
    g_autofree char *after = content_digest (f->county);
    g_assert_cmpstr (after, ==, digest);
  }

  /* The county relays it up. */
  send_package (f->county, to_province, FALSE, FALSE, county_up, &relayed);
  g_assert_cmpstr (relayed, ==, sent);
  relay_received = receive_package (f->province, NULL, county_up);
  g_assert_cmpstr (relay_received, ==, sent);
  assert_same_figures (f);
}

/* The county issues a notice on the first open task of 兴坪街道: its id. */
static gint64
issue_xingping_notice (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  HdNoticeFields fields = { 0 };
  gint64 task = hd_test_query_int (f->county, "SELECT min (id) FROM task WHERE closed IS NULL AND unit_id IN"
                                              " (SELECT id FROM unit WHERE name = '兴坪街道')");
  gint64 notice;

  fields.unit_id = hd_test_query_int (f->county, "SELECT unit_id FROM task WHERE id = "
                                                 "(SELECT min (id) FROM task WHERE closed IS NULL AND unit_id IN"
                                                 " (SELECT id FROM unit WHERE name = '兴坪街道'))");
  fields.task_ids = &task;
  fields.n_tasks = 1;
  fields.office = "隆岗县活动办";
  fields.issued = "2014-09-30";
  fields.reply_by = "2014-10-10";
  notice = hd_notice_issue (f->county, &fields, &error);
  g_assert_no_error (error);
  g_assert_cmpint (notice, >, 0);
  return notice;
}

/* A command on a selection (delete, mark, merge) changes only our records: the county may not
 * change the opinions and problems of the township registered as a lower office, the township not
 * the notice the county issued. */
static void
test_check_ours (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HdOffice) town = lower_office (f->county, f->county_town);
  g_autofree char *inside_sql = g_strdup_printf ("SELECT min (id) FROM opinion WHERE unit_path LIKE"
                                                 " (SELECT path FROM unit WHERE id = %" G_GINT64_FORMAT ") || '%%'",
                                                 f->county_town);
  g_autofree char *outside_sql = g_strdup_printf ("SELECT min (id) FROM opinion WHERE unit_path NOT LIKE"
                                                  " (SELECT path FROM unit WHERE id = %" G_GINT64_FORMAT ") || '%%'",
                                                  f->county_town);
  g_autofree char *expected = NULL;
  gint64 ids[2];

  ids[0] = hd_test_query_int (f->county, outside_sql);
  ids[1] = hd_test_query_int (f->county, inside_sql);
  g_assert_cmpint (ids[0], >, 0);
  g_assert_cmpint (ids[1], >, 0);

  g_assert_true (hd_exchange_check_ours (f->county, "opinion", ids, 1, &error));
  g_assert_no_error (error);
  g_assert_false (hd_exchange_check_ours (f->county, "opinion", ids, 2, &error));
  g_assert_error (error, HD_EXCHANGE_ERROR, HD_EXCHANGE_ERROR_NOT_OWNER);
  expected = g_strdup_printf ("Some of the selected records are kept by the office of “%s”: only that office"
                              " changes them, and its packages bring the changes here. Leave them out of the"
                              " selection and try again.", town->name);
  g_assert_cmpstr (error->message, ==, expected);
  g_clear_error (&error);
  /* Nothing selected, or a table no package carries: nothing to refuse. */
  g_assert_true (hd_exchange_check_ours (f->county, "opinion", NULL, 0, &error));
  g_assert_true (hd_exchange_check_ours (f->county, "settings", ids, 2, &error));
  g_assert_no_error (error);

  /* In the township, its own opinions are its own. */
  {
    gint64 town_id = hd_test_query_int (f->town, "SELECT min (id) FROM opinion");

    g_assert_cmpint (town_id, >, 0);
    g_assert_true (hd_exchange_check_ours (f->town, "opinion", &town_id, 1, &error));
    g_assert_no_error (error);
  }

  /* A notice is its issuer's: the county's notice, received by the township, is not the
   * township's to change. */
  {
    g_autoptr(HdOffice) to_town = lower_office (f->county, f->county_town);
    g_autofree char *down = path_in (f, "down-check.hdx");
    g_autofree char *lines = NULL;
    gint64 notice;

    issue_xingping_notice (f);
    send_package (f->county, to_town, FALSE, FALSE, down, NULL);
    lines = receive_package (f->town, f->town_history, down);
    g_assert_cmpstr (lines, ==, "notice\t1\t0\t0\nnotice-task\t1\t0\t0\n");
    notice = hd_test_query_int (f->town, "SELECT max (id) FROM notice");
    g_assert_false (hd_exchange_check_ours (f->town, "notice", &notice, 1, &error));
    g_assert_error (error, HD_EXCHANGE_ERROR, HD_EXCHANGE_ERROR_NOT_OWNER);
  }
}

/* A notice goes down and is the county's there; its reply comes back up. */
static void
test_notice_down_reply_up (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HdOffice) to_town = lower_office (f->county, f->county_town);
  g_autoptr(HdOffice) to_county = upper_office (f->town);
  g_autoptr(HdOffice) owner = NULL;
  g_autofree char *down = path_in (f, "down-2.hdx");
  g_autofree char *up = path_in (f, "up-2.hdx");
  g_autofree char *lines = NULL, *reply = NULL, *uuid = NULL, *sql = NULL;
  gint64 notice, town_notice;

  notice = issue_xingping_notice (f);

  send_package (f->county, to_town, FALSE, FALSE, down, &lines);
  g_assert_cmpstr (lines, ==, "notice\t1\t0\t0\nnotice-task\t1\t0\t0\n");
  g_free (lines);
  lines = receive_package (f->town, f->town_history, down);
  g_assert_cmpstr (lines, ==, "notice\t1\t0\t0\nnotice-task\t1\t0\t0\n");
  /* Undone, the notice goes again and the office's numbers with it: the package can be received
   * again. */
  {
    g_autofree char *again = NULL;

    g_assert_cmpstr (hd_history_get_undo_label (f->town_history), ==, "Receive package from “中滩县”");
    hd_test_undo (f->town_history);
    g_assert_cmpint (hd_test_query_int (f->town, "SELECT count(*) FROM notice"), ==, 4);
    g_assert_cmpint (hd_test_query_int (f->town, "SELECT received FROM office"), ==, 2);
    hd_test_redo (f->town_history);
    g_assert_cmpint (hd_test_query_int (f->town, "SELECT count(*) FROM notice"), ==, 5);
    g_assert_cmpint (hd_test_query_int (f->town, "SELECT received FROM office"), ==, 3);
    hd_test_undo (f->town_history);
    /* Received again on another connection (as the window's worker does), the edit then moved
     * onto the window's history, where Ctrl+Z takes it back. */
    {
      g_autoptr(HdStore) worker = hd_test_open_store (f->dir, "town.db");
      g_autoptr(HdHistory) worker_history = hd_history_new (worker, 1);

      g_free (lines);
      lines = receive_package (worker, worker_history, down);
      g_assert_cmpstr (lines, ==, "notice\t1\t0\t0\nnotice-task\t1\t0\t0\n");
      g_assert_true (hd_history_take_newest (f->town_history, worker_history));
      g_assert_false (hd_history_can_undo (worker_history));
    }
    hd_test_undo (f->town_history);
    g_assert_cmpint (hd_test_query_int (f->town, "SELECT count(*) FROM notice"), ==, 4);
    hd_test_redo (f->town_history);
    g_assert_cmpint (hd_test_query_int (f->town, "SELECT count(*) FROM notice"), ==, 5);
    again = receive_package (f->town, NULL, down);
    g_assert_cmpstr (again, ==, "already received\n");
  }
  sql = g_strdup_printf ("SELECT uuid FROM notice WHERE id = %" G_GINT64_FORMAT, notice);
  uuid = hd_test_query_text (f->county, sql);
  g_free (sql);
  sql = g_strdup_printf ("SELECT id FROM notice WHERE uuid = '%s'", uuid);
  town_notice = hd_test_query_int (f->town, sql);
  owner = hd_exchange_owner_of_row (f->town, "notice", town_notice, &error);
  g_assert_no_error (error);
  g_assert_nonnull (owner);
  {
    g_autofree char *county = hd_test_query_text (f->county, "SELECT name FROM unit WHERE parent_id IS NULL");
    g_assert_cmpstr (owner->name, ==, county);
  }

  g_assert_true (hd_notice_reply (f->town, f->town_history, town_notice, "2014-10-08", "已整改到位", "张明", &error));
  g_assert_no_error (error);
  send_package (f->town, to_county, FALSE, FALSE, up, NULL);
  g_free (lines);
  lines = receive_package (f->county, NULL, up);
  g_assert_cmpstr (lines, ==, "notice-reply\t0\t1\t0\n");
  g_free (sql);
  sql = g_strdup_printf ("SELECT reply || '|' || replied || '|' || replier FROM notice WHERE id = %" G_GINT64_FORMAT,
                         notice);
  reply = hd_test_query_text (f->county, sql);
  g_assert_cmpstr (reply, ==, "已整改到位|2014-10-08|张明");
}

/* Talks' content only when the sender includes it on purpose, and the header says so. */
static void
test_confidential (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HdOffice) to_county = upper_office (f->town);
  g_autofree char *plain = path_in (f, "plain.hdx");
  g_autofree char *secret = path_in (f, "secret.hdx");
  g_autoptr(HdPackage) without = NULL, with = NULL;
  guint talks = 0, criticism = 0, contents_without = 0, contents_with = 0;

  send_package (f->town, to_county, TRUE, FALSE, plain, NULL);
  send_package (f->town, to_county, TRUE, TRUE, secret, NULL);
  without = hd_package_read (plain, g_bytes_get_data (to_county->key, NULL), HD_OFFICE_KEY_SIZE, &error);
  g_assert_no_error (error);
  with = hd_package_read (secret, g_bytes_get_data (to_county->key, NULL), HD_OFFICE_KEY_SIZE, &error);
  g_assert_no_error (error);
  g_assert_false (without->confidential_included);
  g_assert_true (with->confidential_included);
  for (guint i = 0; i < without->records->len; i++)
    {
      HdPackageRecord *record = g_ptr_array_index (without->records, i);

      if (record->kind == HD_PACKAGE_TALK)
        talks++;
      if ((record->kind == HD_PACKAGE_TALK || record->kind == HD_PACKAGE_MEETING_CRITICISM)
          && (hd_package_record_get (record, "content") != NULL
              || hd_package_record_get (record, "commitments") != NULL))
        contents_without++;
      if (record->kind == HD_PACKAGE_MEETING_CRITICISM)
        criticism++;
    }
  for (guint i = 0; i < with->records->len; i++)
    if (((HdPackageRecord *) g_ptr_array_index (with->records, i))->kind == HD_PACKAGE_TALK
        && hd_package_record_get (g_ptr_array_index (with->records, i), "content") != NULL)
      contents_with++;
  g_assert_cmpuint (talks, ==, hd_test_query_int (f->town, "SELECT count(*) FROM talk"));
  g_assert_cmpuint (talks, >, 0);
  g_assert_cmpuint (criticism, >, 0);
  g_assert_cmpuint (contents_without, ==, 0);
  g_assert_cmpuint (contents_with, ==, talks);
}

/* Writes @text gzip-compressed to @path. */
static void
write_gzip (const char  *path,
            const char  *text,
            gsize        size)
{
  gzFile gz = gzopen (path, "wb9");

  g_assert_nonnull (gz);
  for (gsize done = 0; done < size;)
    {
      unsigned part = (unsigned) MIN (size - done, 1u << 20);

      g_assert_cmpint (gzwrite (gz, text + done, part), ==, (int) part);
      done += part;
    }
  g_assert_cmpint (gzclose (gz), ==, Z_OK);
}

/* The township's next package as the county would get it, signed with @key (NULL: the real
 * one), after @change has had its way with its records. */
static char *
crafted (Fixture      *f,
         const char   *name,
         guint64       sequence_step,
         const guint8 *key,
         void        (*change) (Fixture *f, HdPackage *package))
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HdOffice) to_county = upper_office (f->town);
  g_autoptr(HdPackage) package = NULL;
  HdExchangeCounts counts;
  char *path = path_in (f, name);

  package = hd_exchange_build (f->town, to_county, FALSE, FALSE, &counts, &error);
  g_assert_no_error (error);
  package->sequence += sequence_step;
  if (change != NULL)
    change (f, package);
  g_assert_true (hd_package_write (package, key != NULL ? key : g_bytes_get_data (to_county->key, NULL),
                                   HD_OFFICE_KEY_SIZE, path, &error));
  g_assert_no_error (error);
  return path;
}

/* A village of another township, renamed by this one. */
static void
add_outside_record (Fixture   *f,
                    HdPackage *package)
{
  g_autofree char *uuid = hd_test_query_text (f->county, "SELECT uuid FROM unit WHERE kind = 'village'"
                                                         " AND parent_id <> (SELECT id FROM unit WHERE name = '兴坪街道')"
                                                         " ORDER BY id LIMIT 1");
  g_autofree char *parent = hd_test_query_text (f->county, "SELECT p.uuid FROM unit u JOIN unit p ON p.id = u.parent_id"
                                                           " WHERE u.kind = 'village' AND u.parent_id <>"
                                                           " (SELECT id FROM unit WHERE name = '兴坪街道') ORDER BY u.id LIMIT 1");
  HdPackageRecord *record = hd_package_add_record (package, HD_PACKAGE_UNIT);

  hd_package_record_set (record, "uuid", uuid);
  hd_package_record_set (record, "parent", parent);
  hd_package_record_set (record, "kind", "village");
  hd_package_record_set (record, "name", "改名村");
  hd_package_record_set (record, "position", "0");
}

/* An opinion naming a unit the county does not have. */
static void
add_dangling_reference (Fixture   *f,
                        HdPackage *package)
{
  HdPackageRecord *record = hd_package_add_record (package, HD_PACKAGE_UNIT);

  hd_package_record_set (record, "uuid", "0196e4c2-0000-7000-8000-000000000001");
  hd_package_record_set (record, "parent", "0196e4c2-0000-7000-8000-000000000002");
  hd_package_record_set (record, "kind", "village");
  hd_package_record_set (record, "name", "新村");
  hd_package_record_set (record, "position", "0");
}

/* Each table's rows counted, and its highest rowid: a quick look between refusals, the whole
 * content compared once at the end. */
static char *
row_counts (HdStore *store)
{
  GString *text = g_string_new (NULL);
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  sqlite3 *db = hd_store_get_db (store);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT name FROM sqlite_schema WHERE type = 'table'"
                                           " AND sql NOT LIKE '%VIRTUAL%' AND sql NOT LIKE '%WITHOUT ROWID%'"
                                           " AND name NOT LIKE 'opinion\\_%' ESCAPE '\\'", -1, &stmt, NULL),
                   ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (tables, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);
  for (guint i = 0; i < tables->len; i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) || ':' || coalesce (max (rowid), 0) FROM %s",
                                              (char *) g_ptr_array_index (tables, i));
      g_autofree char *counted = hd_test_query_text (store, sql);

      g_string_append_printf (text, "%s %s\n", (char *) g_ptr_array_index (tables, i), counted);
    }
  return g_string_free (text, FALSE);
}

static void
assert_refused (Fixture    *f,
                const char *path,
                GQuark      domain,
                int         code,
                const char *words)
{
  g_autofree char *before = row_counts (f->county);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  HdExchangeReceipt receipt;

  g_assert_false (hd_exchange_receive (f->county, NULL, path, FALSE, NULL, &receipt, &error));
  g_assert_error (error, domain, code);
  if (words != NULL && strstr (error->message, words) == NULL)
    g_error ("“%s” does not say “%s”", error->message, words);
  hd_exchange_receipt_clear (&receipt);
  after = row_counts (f->county);
  g_assert_cmpstr (after, ==, before);
}

static void
test_refusals (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *good = NULL, *changed = NULL, *wrong_key = NULL, *outside = NULL, *gap = NULL;
  g_autofree char *dangling = NULL, *xxe = NULL, *laughs = NULL, *bomb = NULL, *invalid = NULL;
  g_autofree char *key_file = path_in (f, "town.hdk");
  g_autofree char *other = path_in (f, "down-1.hdx");
  g_autofree char *text = NULL;
  g_autofree char *xml = NULL;
  g_autofree char *digest = content_digest (f->county);
  guint8 another_key[HD_OFFICE_KEY_SIZE];
  gsize size;
  char *big;

  /* One byte changed in the middle of a good package. */
  good = crafted (f, "good.hdx", 0, NULL, NULL);
  {
    g_autoptr(HdOffice) to_county = upper_office (f->town);
    g_autoptr(GBytes) bytes = NULL;
    g_autoptr(HdPackage) package = hd_package_read (good, g_bytes_get_data (to_county->key, NULL),
                                                    HD_OFFICE_KEY_SIZE, &error);

    g_assert_no_error (error);
    bytes = hd_package_to_xml (package, g_bytes_get_data (to_county->key, NULL), HD_OFFICE_KEY_SIZE, &error);
    g_assert_no_error (error);
    xml = g_strndup (g_bytes_get_data (bytes, &size), g_bytes_get_size (bytes));
    xml[size / 2] = xml[size / 2] == 'a' ? 'b' : 'a';
    changed = path_in (f, "changed.hdx");
    write_gzip (changed, xml, size);
  }
  assert_refused (f, changed, HD_PACKAGE_ERROR, HD_PACKAGE_ERROR_BAD_SIGNATURE, NULL);

  memset (another_key, 7, sizeof another_key);
  wrong_key = crafted (f, "wrong-key.hdx", 0, another_key, NULL);
  assert_refused (f, wrong_key, HD_PACKAGE_ERROR, HD_PACKAGE_ERROR_BAD_SIGNATURE, NULL);

  outside = crafted (f, "outside.hdx", 0, NULL, add_outside_record);
  assert_refused (f, outside, HD_EXCHANGE_ERROR, HD_EXCHANGE_ERROR_NOT_OWNER, "兴坪街道");

  dangling = crafted (f, "dangling.hdx", 0, NULL, add_dangling_reference);
  assert_refused (f, dangling, HD_EXCHANGE_ERROR, HD_EXCHANGE_ERROR_REFERENCE, NULL);

  gap = crafted (f, "gap.hdx", 2, NULL, NULL);
  assert_refused (f, gap, HD_EXCHANGE_ERROR, HD_EXCHANGE_ERROR_GAP, "packages 2 to 3");

  /* For another office: the county's own package to the township. */
  assert_refused (f, other, HD_EXCHANGE_ERROR, HD_EXCHANGE_ERROR_UNKNOWN_OFFICE, NULL);
  assert_refused (f, key_file, HD_EXCHANGE_ERROR, HD_EXCHANGE_ERROR_KEY_FILE, NULL);
  /* The other way round: a package is no key file to join with. */
  g_assert_null (hd_exchange_read_key_file (other, &error));
  g_assert_error (error, HD_EXCHANGE_ERROR, HD_EXCHANGE_ERROR_KEY_FILE);
  g_clear_error (&error);
  {
    g_autoptr(HdPackage) keyed = hd_exchange_read_key_file (key_file, &error);
    g_autoptr(GBytes) key = NULL;

    g_assert_no_error (error);
    key = hd_exchange_key_file_key (keyed);
    g_assert_cmpuint (g_bytes_get_size (key), ==, HD_OFFICE_KEY_SIZE);
  }

  xxe = path_in (f, "xxe.hdx");
  text = g_strdup ("<?xml version=\"1.0\"?>\n<!DOCTYPE package [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                   "<package version=\"1\">&x;</package>\n");
  write_gzip (xxe, text, strlen (text));
  assert_refused (f, xxe, HD_PACKAGE_ERROR, HD_PACKAGE_ERROR_UNSAFE, NULL);
  g_free (text);

  laughs = path_in (f, "laughs.hdx");
  text = g_strdup ("<?xml version=\"1.0\"?>\n<!DOCTYPE package [<!ENTITY a \"haha\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;\">"
                   "<!ENTITY c \"&b;&b;&b;&b;&b;&b;\">]><package version=\"1\">&c;</package>\n");
  write_gzip (laughs, text, strlen (text));
  assert_refused (f, laughs, HD_PACKAGE_ERROR, HD_PACKAGE_ERROR_UNSAFE, NULL);

  /* 64 MB of spaces after a package's start: compressed a thousand times over. */
  bomb = path_in (f, "bomb.hdx");
  size = (gsize) 64 << 20;
  big = g_malloc (size);
  memset (big, ' ', size);
  memcpy (big, "<package version=\"1\">", 21);
  write_gzip (bomb, big, size);
  g_free (big);
  assert_refused (f, bomb, HD_PACKAGE_ERROR, HD_PACKAGE_ERROR_TOO_LARGE, NULL);

  /* Signed with the right key, but not a package's shape. */
  {
    g_autoptr(HdOffice) to_county = upper_office (f->town);
    g_autoptr(GHmac) hmac = g_hmac_new (G_CHECKSUM_SHA256, g_bytes_get_data (to_county->key, NULL), HD_OFFICE_KEY_SIZE);
    g_autofree char *head = g_strndup (xml, strstr (xml, "<records>") - xml);
    g_autofree char *body = g_strdup_printf ("%s<records>\n<colour>red</colour>\n</records>", head);
    g_autofree char *whole = NULL;

    g_hmac_update (hmac, (const guchar *) body, strlen (body));
    whole = g_strdup_printf ("%s<signature algorithm=\"hmac-sha256\">%s</signature></package>\n", body,
                             g_hmac_get_string (hmac));
    invalid = path_in (f, "invalid.hdx");
    write_gzip (invalid, whole, strlen (whole));
  }
  assert_refused (f, invalid, HD_PACKAGE_ERROR, HD_PACKAGE_ERROR_SCHEMA, NULL);

  /* Every record of the county as it was, to the byte. */
  {
    g_autofree char *after = content_digest (f->county);
    g_assert_cmpstr (after, ==, digest);
  }
  /* After all that, the good one is taken. */
  {
    g_autofree char *lines = receive_package (f->county, NULL, good);
    g_assert_cmpstr (lines, ==, "");
  }
}

/* A new key: packages made with the old one are refused. */
static void
test_new_key (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HdOffice) old_office = upper_office (f->town);
  g_autoptr(HdOffice) office = NULL;
  g_autofree char *old_package = crafted (f, "old-key.hdx", 0, NULL, NULL);
  g_autofree char *key_file = path_in (f, "town-2.hdk");
  g_autofree char *lines = NULL;
  HdExchangeReceipt receipt;

  g_assert_true (hd_office_register (f->county, f->county_town, key_file, NULL, &error));
  g_assert_no_error (error);
  assert_refused (f, old_package, HD_PACKAGE_ERROR, HD_PACKAGE_ERROR_BAD_SIGNATURE, NULL);
  g_assert_true (hd_exchange_join (f->town, key_file, &receipt, &error));
  g_assert_no_error (error);
  g_assert_true (receipt.key_replaced);
  hd_exchange_receipt_clear (&receipt);
  office = upper_office (f->town);
  g_assert_false (g_bytes_equal (office->key, old_office->key));
  g_assert_cmpuint (office->sent, ==, old_office->sent);
  {
    g_autofree char *fresh = crafted (f, "new-key.hdx", 0, NULL, NULL);
    lines = receive_package (f->county, NULL, fresh);
    g_assert_cmpstr (lines, ==, "");
  }
}

/* Every package these tests make follows the schema file shipped in data/. */
static void
test_schema_file (Fixture       *f,
                  gconstpointer  data)
{
  const char *names[] = { "down-1.hdx", "up-1.hdx", "town.hdk", "county.hdk" };
  g_autofree char *xmllint = g_find_program_in_path ("xmllint");
  g_autofree char *schema = g_test_build_filename (G_TEST_DIST, "..", "data", "huodongban-package.rng", NULL);

  if (xmllint == NULL)
    {
      g_test_skip ("xmllint is not installed");
      return;
    }
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = path_in (f, names[i]);
      g_autofree char *out = NULL, *err = NULL;
      g_autoptr(GError) error = NULL;
      const char *argv[] = { xmllint, "--noout", "--relaxng", schema, path, NULL };
      int status = 0;

      g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, 0, NULL, NULL, &out, &err,
                                   &status, &error));
      g_assert_no_error (error);
      if (!g_spawn_check_wait_status (status, NULL))
        g_error ("%s does not follow the schema: %s", names[i], err);
    }
}

int
main (int    argc,
      char **argv)
{
  hd_test_init_english (&argc, &argv);
  g_test_add ("/exchange/round-trip-and-day-of-work", Fixture, NULL, fixture_set_up_province, test_day_of_work,
              fixture_tear_down);
  g_test_add ("/exchange/notice-down-reply-up", Fixture, NULL, fixture_set_up, test_notice_down_reply_up,
              fixture_tear_down);
  g_test_add ("/exchange/check-ours", Fixture, NULL, fixture_set_up, test_check_ours, fixture_tear_down);
  g_test_add ("/exchange/confidential", Fixture, NULL, fixture_set_up, test_confidential, fixture_tear_down);
  g_test_add ("/exchange/refusals", Fixture, NULL, fixture_set_up, test_refusals, fixture_tear_down);
  g_test_add ("/exchange/new-key", Fixture, NULL, fixture_set_up, test_new_key, fixture_tear_down);
  g_test_add ("/exchange/schema-file", Fixture, NULL, fixture_set_up, test_schema_file, fixture_tear_down);
  return g_test_run ();
}
