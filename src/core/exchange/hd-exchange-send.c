/* hd-exchange-send.c */
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "exchange/hd-exchange-records.h"
#include "exchange/hd-exchange-send.h"
#include "exchange/hd-package-writer.h"
#include "organisation/hd-unit.h"

/* Whether records of @kind go to @office: every kind goes up; down, what an office issues, and
 * the replies to notices (which the lower office takes only where it has none). */
static gboolean
kind_goes_to (HdPackageKind    kind,
              const HdOffice  *office)
{
  if (office->role == HD_OFFICE_UPPER || kind == HD_PACKAGE_NOTICE_REPLY)
    return TRUE;
  return hd_exchange_issued_root (kind) != HD_PACKAGE_DELETED;
}

/* The change log's last entry when the package @office acknowledged was made, -1 for none. */
static gboolean
acknowledged_mark (HdStore         *store,
                   const HdOffice  *office,
                   gint64          *mark,
                   GError         **error)
{
  sqlite3_stmt *stmt = hd_store_prepare (store, "SELECT mark FROM office_package"
                                                " WHERE office_id = ?1 AND sequence = ?2", error);
  int rc;

  *mark = -1;
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, office->id);
  sqlite3_bind_int64 (stmt, 2, (gint64) office->acknowledged);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *mark = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (rc == SQLITE_ROW || rc == SQLITE_DONE)
    return TRUE;
  hd_store_set_error (store, error, _("Reading the records to send"));
  return FALSE;
}

/* Counts the records of @kind from @first on as added or changed since @mark. */
static gboolean
count_records (HdStore           *store,
               HdPackage         *package,
               HdPackageKind      kind,
               guint              first,
               gint64             mark,
               HdExchangeCounts  *counts,
               GError           **error)
{
  HdExchangeCount *count = &counts->kinds[kind];
  const HdPackageField *made = NULL;
  sqlite3_stmt *stmt;

  if (mark < 0 || kind == HD_PACKAGE_NOTICE_REPLY)
    {
      if (mark < 0 && kind != HD_PACKAGE_NOTICE_REPLY)
        count->added += package->records->len - first;
      else
        count->changed += package->records->len - first;
      return TRUE;
    }
  /* A record was made when its first required column (never NULL in the store) went from
   * nothing to a value. */
  for (const HdPackageField *f = hd_package_kind_info (kind)->fields + 1; made == NULL && f->name; f++)
    if (f->required)
      made = f;
  stmt = hd_store_prepare (store,
                           "SELECT NOT EXISTS (SELECT 1 FROM change_log WHERE entity_uuid = ?1 AND id <= ?2)"
                           "   AND EXISTS (SELECT 1 FROM change_log WHERE entity_uuid = ?1 AND id > ?2"
                           "                  AND field = ?3 AND old_value IS NULL)", error);
  if (stmt == NULL)
    return FALSE;
  for (guint i = first; i < package->records->len; i++)
    {
      HdPackageRecord *record = g_ptr_array_index (package->records, i);
      int rc;

      sqlite3_bind_text (stmt, 1, hd_package_record_get (record, "uuid"), -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 2, mark);
      sqlite3_bind_text (stmt, 3, made->column, -1, SQLITE_STATIC);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW && sqlite3_column_int (stmt, 0))
        count->added++;
      else if (rc == SQLITE_ROW)
        count->changed++;
      sqlite3_reset (stmt);
      if (rc != SQLITE_ROW)
        {
          hd_store_set_error (store, error, _("Reading the records to send"));
          return FALSE;
        }
    }
  return TRUE;
}

/* Deletions since @mark of records of the kinds that go to @office. */
static gboolean
add_deletions (HdStore           *store,
               HdPackage         *package,
               const HdOffice    *office,
               gint64             mark,
               HdExchangeCounts  *counts,
               GError           **error)
{
  sqlite3_stmt *stmt = hd_store_prepare (store, "SELECT DISTINCT entity, entity_uuid FROM change_log"
                                                " WHERE id > ?1", error);
  g_autoptr(GPtrArray) gone = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) kinds = g_array_new (FALSE, FALSE, sizeof (HdPackageKind));
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, mark);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *table = (const char *) sqlite3_column_text (stmt, 0);

      for (HdPackageKind kind = 0; kind < HD_PACKAGE_DELETED; kind++)
        if (kind != HD_PACKAGE_NOTICE_REPLY && kind_goes_to (kind, office)
            && g_strcmp0 (hd_package_kind_info (kind)->table, table) == 0)
          {
            g_array_append_val (kinds, kind);
            g_ptr_array_add (gone, hd_store_column_dup (stmt, 1));
          }
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      hd_store_set_error (store, error, _("Reading the records to send"));
      return FALSE;
    }
  for (guint i = 0; i < gone->len; i++)
    {
      HdPackageKind kind = g_array_index (kinds, HdPackageKind, i);
      gint64 id = hd_exchange_find (store, kind, g_ptr_array_index (gone, i), error);

      if (id < 0)
        return FALSE;
      if (id > 0)
        continue;
      hd_package_add_deleted (package, kind, g_ptr_array_index (gone, i));
      counts->kinds[kind].deleted++;
    }
  return TRUE;
}

HdPackage *
hd_exchange_build (HdStore           *store,
                   const HdOffice    *office,
                   gboolean           full,
                   gboolean           confidential,
                   HdExchangeCounts  *counts,
                   GError           **error)
{
  g_autoptr(HdPackage) package = hd_package_new ();
  g_autofree char *upper = hd_unit_path_upper_bound (office->unit_path);
  HdExchangeSelection selection = { office->unit_path, upper, office->id, -1, confidential };
  gint64 mark = -1;

  memset (counts, 0, sizeof *counts);
  if (!full && office->acknowledged > 0 && !acknowledged_mark (store, office, &mark, error))
    return NULL;
  selection.changed_after = mark;

  package->sender_uuid = g_strdup (office->self_uuid);
  package->sender_name = g_strdup (office->self_name);
  package->receiver_uuid = g_strdup (office->uuid);
  package->receiver_name = g_strdup (office->name);
  package->created_at = g_date_time_new_now_utc ();
  package->sequence = office->sent + 1;
  package->last_received = office->received;
  package->confidential_included = confidential;

  for (HdPackageKind kind = 0; kind < HD_PACKAGE_DELETED; kind++)
    {
      guint first = package->records->len;

      if (!kind_goes_to (kind, office))
        continue;
      if (!hd_exchange_add_records (store, package, kind, &selection, NULL, error)
          || !count_records (store, package, kind, first, mark, counts, error))
        return NULL;
      /* Our top unit there: the upper office keeps where it stands. */
      if (kind == HD_PACKAGE_UNIT)
        for (guint i = first; i < package->records->len; i++)
          {
            HdPackageRecord *record = g_ptr_array_index (package->records, i);

            if (g_str_equal (hd_package_record_get (record, "uuid"), office->unit_uuid))
              hd_package_record_set (record, "parent", NULL);
          }
    }
  if (mark >= 0 && !add_deletions (store, package, office, mark, counts, error))
    return NULL;
  return g_steal_pointer (&package);
}

gboolean
hd_exchange_send (HdStore           *store,
                  const HdOffice    *office,
                  gboolean           full,
                  gboolean           confidential,
                  const char        *path,
                  HdExchangeCounts  *counts,
                  GError           **error)
{
  g_autoptr(HdPackage) package = NULL;
  g_autoptr(HdOffice) current = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *sent_at = g_date_time_format (now, "%Y-%m-%d %H:%M:%S");
  g_autofree char *old_sequence = NULL, *sequence = NULL;
  GError *local = NULL;

  if (!hd_store_begin (store, error))
    return FALSE;
  /* The office as it is now, inside the transaction: its numbers may have moved since @office
   * was read (a package received in between). */
  current = hd_office_find_by_uuid (store, office->uuid, &local);
  if (current == NULL)
    {
      if (local == NULL)
        g_set_error_literal (&local, HD_EXCHANGE_ERROR, HD_EXCHANGE_ERROR_INVALID,
                             _("That office is no longer registered here."));
      g_propagate_error (error, local);
      goto failed;
    }
  office = current;
  old_sequence = g_strdup_printf ("%" G_GUINT64_FORMAT, office->sent);
  sequence = g_strdup_printf ("%" G_GUINT64_FORMAT, office->sent + 1);
  package = hd_exchange_build (store, office, full, confidential, counts, error);
  if (package == NULL)
    goto failed;
  /* The change log's last entry now: the next package after this one is acknowledged carries
   * what changes after it. */
  if (!hd_store_run_params (store, "INSERT INTO office_package (office_id, sequence, mark)"
                                   " VALUES (?1, ?2, (SELECT coalesce (max (id), 0) FROM change_log))",
                            HD_PARAMS (HD_INT (office->id), HD_INT ((gint64) package->sequence)), error)
      || !hd_store_run_params (store, "UPDATE office SET sent = ?2, sent_at = ?3 WHERE id = ?1",
                               HD_PARAMS (HD_INT (office->id), HD_INT ((gint64) package->sequence), HD_TEXT (sent_at)),
                               error)
      || !hd_store_log_change (store, "office", office->uuid, "sent", old_sequence, sequence, error)
      || !hd_package_write (package, g_bytes_get_data (office->key, NULL),
                            g_bytes_get_size (office->key), path, error))
    goto failed;
  if (!hd_store_commit (store, error))
    {
      g_unlink (path);
      return FALSE;
    }
  return TRUE;

failed:
  hd_store_rollback (store);
  return FALSE;
}
