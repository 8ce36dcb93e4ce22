/* hd-bench-exchange.c — the exchange's figures (see run.sh).
 *
 *   hd-bench-exchange PROVINCE.db COUNTY.db SCRATCH-FOLDER
 *
 * Works on copies in SCRATCH-FOLDER, removed at the end: the province adds a county 示范县 and
 * registers it, the demo county joins it with the key file (its top unit bound to that county),
 * and sends its first package, whole, which the province receives: 150,000 records new to a
 * province of 100 counties (see make_county_its_own). Then a day's work at the county (100 tasks with a progress entry, 300 opinions sorted)
 * is sent and received. Prints "figure<TAB>value<TAB>target" lines.
 */
#include <stdio.h>
#include <locale.h>
#include <glib/gstdio.h>
#include <gio/gio.h>

#include "exchange/hd-exchange-receive.h"
#include "exchange/hd-exchange-send.h"
#include "ledger/hd-task.h"
#include "opinions/hd-opinion.h"
#include "organisation/hd-unit-edit.h"
#include "store/hd-uuid.h"

static double
seconds_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1e6;
}

/* Stops with the reason unless @ok (@error is read after the call that set it). */
static void
check (gboolean   ok,
       GError   **error)
{
  if (!ok)
    g_error ("%s", error != NULL && *error != NULL ? (*error)->message : "failed");
}

static void
copy_file (const char *from,
           const char *to)
{
  g_autoptr(GFile) source = g_file_new_for_path (from);
  g_autoptr(GFile) target = g_file_new_for_path (to);
  g_autoptr(GError) error = NULL;

  check (g_file_copy (source, target, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, &error), &error);
}

static gint64
query_int (HdStore    *store,
           const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value = 0;

  if (sqlite3_prepare_v2 (hd_store_get_db (store), sql, -1, &stmt, NULL) == SQLITE_OK
      && sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static GArray *
query_ids (HdStore    *store,
           const char *sql)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt = NULL;

  g_assert (sqlite3_prepare_v2 (hd_store_get_db (store), sql, -1, &stmt, NULL) == SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  sqlite3_finalize (stmt);
  return ids;
}

static void
new_uuid (sqlite3_context  *context,
          int               argc,
          sqlite3_value   **argv)
{
  sqlite3_result_text (context, hd_uuid_new (), -1, g_free);
}

/* The demo makes the same uuids, unit codes and office names in every database it fills (from
 * its seed): the county's copy takes new uuids, loses its codes and issues its notices as
 * 示范县活动办, as two real counties' records never share any of these. */
static void
make_county_its_own (HdStore *county)
{
  g_autoptr(GError) error = NULL;

  g_assert (sqlite3_create_function (hd_store_get_db (county), "bench_uuid", 0, SQLITE_UTF8, NULL,
                                     new_uuid, NULL, NULL) == SQLITE_OK);
  check (hd_store_begin (county, &error), &error);
  check (hd_store_exec (county, "UPDATE unit SET code = NULL;"
                                "DROP TRIGGER notice_number_kept;"  /* a copy thrown away after */
                                "UPDATE notice SET office = '示范县活动办'",
                        &error), &error);
  for (HdPackageKind kind = 0; kind < HD_PACKAGE_DELETED; kind++)
    if (kind != HD_PACKAGE_NOTICE_REPLY)
      {
        g_autofree char *sql = g_strdup_printf ("UPDATE %s SET uuid = bench_uuid ()",
                                                hd_package_kind_info (kind)->table);

        check (hd_store_exec (county, sql, &error), &error);
      }
  check (hd_store_commit (county, &error), &error);
}

static void
remove_database (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  g_unlink (path);
  g_unlink (wal);
  g_unlink (shm);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *province_path = NULL, *county_path = NULL, *key = NULL;
  g_autofree char *full = NULL, *ack = NULL, *day = NULL;
  g_autoptr(HdStore) province = NULL, county = NULL;
  g_autoptr(HdOffice) to_province = NULL, to_county = NULL;
  g_autoptr(GArray) tasks = NULL, opinions = NULL;
  HdExchangeCounts counts;
  HdExchangeReceipt receipt;
  GStatBuf st;
  gint64 start, first_county;
  double elapsed;

  setlocale (LC_ALL, "");
  if (argc != 4)
    {
      fprintf (stderr, "usage: %s PROVINCE.db COUNTY.db SCRATCH-FOLDER\n", argv[0]);
      return 2;
    }
  province_path = g_build_filename (argv[3], "exchange-province.db", NULL);
  county_path = g_build_filename (argv[3], "exchange-county.db", NULL);
  key = g_build_filename (argv[3], "exchange-county.hdk", NULL);
  full = g_build_filename (argv[3], "exchange-full.hdx", NULL);
  ack = g_build_filename (argv[3], "exchange-ack.hdx", NULL);
  day = g_build_filename (argv[3], "exchange-day.hdx", NULL);
  remove_database (province_path);
  remove_database (county_path);
  copy_file (argv[1], province_path);
  copy_file (argv[2], county_path);

  province = hd_store_open (province_path, &error);
  check (province != NULL, &error);
  county = hd_store_open (county_path, &error);
  check (county != NULL, &error);
  make_county_its_own (county);

  /* A county the province knows only by name, whose records all come with the package. */
  first_county = hd_unit_create (province, NULL, query_int (province, "SELECT id FROM unit WHERE parent_id IS NULL"),
                                 HD_UNIT_KIND_COUNTY, "示范县", NULL, &error);
  check (first_county > 0, &error);
  check (hd_office_register (province, first_county, key, NULL, &error), &error);
  check (hd_exchange_join (county, key, &receipt, &error), &error);
  hd_exchange_receipt_clear (&receipt);

  to_province = hd_office_find_upper (county, &error);
  check (to_province != NULL, &error);
  start = g_get_monotonic_time ();
  check (hd_exchange_send (county, to_province, TRUE, FALSE, full, &counts, &error), &error);
  elapsed = seconds_since (start);
  printf ("exchange_full_county_send\t%.1f s\t< 10 s (%u records)\n", elapsed, hd_exchange_counts_total (&counts));
  check (g_stat (full, &st) == 0, NULL);
  fflush (stdout);
  printf ("exchange_full_county_size\t%.1f MB\t< 20 MB\n", st.st_size / 1e6);

  start = g_get_monotonic_time ();
  check (hd_exchange_receive (province, NULL, full, FALSE, NULL, &receipt, &error), &error);
  elapsed = seconds_since (start);
  printf ("exchange_full_county_receive_province\t%.1f s\t< 30 s (%u records written)\n", elapsed,
          hd_exchange_counts_total (&receipt.counts));
  hd_exchange_receipt_clear (&receipt);

  /* The province's answer acknowledges it: the county's next package holds only the day's. */
  to_county = hd_office_find_by_unit (province, first_county, &error);
  check (to_county != NULL, &error);
  check (hd_exchange_send (province, to_county, FALSE, FALSE, ack, &counts, &error), &error);
  check (hd_exchange_receive (county, NULL, ack, FALSE, NULL, &receipt, &error), &error);
  hd_exchange_receipt_clear (&receipt);

  tasks = query_ids (county, "SELECT id FROM task WHERE closed IS NULL ORDER BY id LIMIT 100");
  opinions = query_ids (county, "SELECT id FROM opinion WHERE status = 'received' ORDER BY id LIMIT 300");
  for (guint i = 0; i < tasks->len; i++)
    check (hd_task_add_progress (county, NULL, g_array_index (tasks, gint64, i), "2014-09-30",
                                 "已召开专题会议研究整改措施", &error), &error);
  for (guint i = 0; i < opinions->len; i++)
    check (hd_opinion_set_status (county, NULL, g_array_index (opinions, gint64, i),
                                  HD_OPINION_STATUS_SORTED, &error), &error);

  start = g_get_monotonic_time ();
  check (hd_exchange_send (county, to_province, FALSE, FALSE, day, &counts, &error), &error);
  elapsed = seconds_since (start);
  printf ("exchange_day_send\t%.2f s\t< 1 s (%u records)\n", elapsed, hd_exchange_counts_total (&counts));
  start = g_get_monotonic_time ();
  check (hd_exchange_receive (province, NULL, day, FALSE, NULL, &receipt, &error), &error);
  elapsed = seconds_since (start);
  printf ("exchange_day_receive_province\t%.2f s\t< 1 s (%u records written)\n", elapsed,
          hd_exchange_counts_total (&receipt.counts));
  hd_exchange_receipt_clear (&receipt);

  g_clear_object (&province);
  g_clear_object (&county);
  remove_database (province_path);
  remove_database (county_path);
  g_unlink (key);
  g_unlink (full);
  g_unlink (ack);
  g_unlink (day);
  return 0;
}
