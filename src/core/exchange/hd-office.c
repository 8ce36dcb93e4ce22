/* hd-office.c */
#include <sys/random.h>
#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "exchange/hd-exchange-records.h"
#include "exchange/hd-office.h"
#include "exchange/hd-package-writer.h"
#include "organisation/hd-unit.h"
#include "store/hd-date.h"
#include "store/hd-uuid.h"

G_DEFINE_QUARK (hd-exchange-error-quark, hd_exchange_error)

#define OFFICE_COLUMNS \
  "o.id, o.uuid, o.name, o.role, o.unit_id, u.uuid, u.path, o.self_uuid, o.self_name, o.key," \
  " o.key_set, o.sent, o.sent_at, o.received, o.received_at, o.acknowledged" \
  " FROM office o JOIN unit u ON u.id = o.unit_id"

void
hd_office_free (HdOffice *office)
{
  if (office == NULL)
    return;
  g_free (office->uuid);
  g_free (office->name);
  g_free (office->unit_uuid);
  g_free (office->unit_path);
  g_free (office->self_uuid);
  g_free (office->self_name);
  g_clear_pointer (&office->key, g_bytes_unref);
  g_free (office->key_set);
  g_free (office->sent_at);
  g_free (office->received_at);
  g_free (office);
}

static HdOffice *
office_from_row (sqlite3_stmt *stmt)
{
  HdOffice *office = g_new0 (HdOffice, 1);

  office->id = sqlite3_column_int64 (stmt, 0);
  office->uuid = hd_store_column_dup (stmt, 1);
  office->name = hd_store_column_dup (stmt, 2);
  office->role = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 3), "upper") == 0
                 ? HD_OFFICE_UPPER : HD_OFFICE_LOWER;
  office->unit_id = sqlite3_column_int64 (stmt, 4);
  office->unit_uuid = hd_store_column_dup (stmt, 5);
  office->unit_path = hd_store_column_dup (stmt, 6);
  office->self_uuid = hd_store_column_dup (stmt, 7);
  office->self_name = hd_store_column_dup (stmt, 8);
  office->key = g_bytes_new (sqlite3_column_blob (stmt, 9), (gsize) sqlite3_column_bytes (stmt, 9));
  office->key_set = hd_store_column_dup (stmt, 10);
  office->sent = (guint64) sqlite3_column_int64 (stmt, 11);
  office->sent_at = hd_store_column_dup (stmt, 12);
  office->received = (guint64) sqlite3_column_int64 (stmt, 13);
  office->received_at = hd_store_column_dup (stmt, 14);
  office->acknowledged = (guint64) sqlite3_column_int64 (stmt, 15);
  return office;
}

/* The offices @sql (OFFICE_COLUMNS and a condition on ?1, text or number) selects. */
static GPtrArray *
select_offices (HdStore     *store,
                const char  *sql,
                const char  *text,
                gint64       number,
                GError     **error)
{
  g_autoptr(GPtrArray) offices = g_ptr_array_new_with_free_func ((GDestroyNotify) hd_office_free);
  sqlite3_stmt *stmt = hd_store_prepare_dynamic (store, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  if (text != NULL)
    sqlite3_bind_text (stmt, 1, text, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_int64 (stmt, 1, number);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (offices, office_from_row (stmt));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      hd_store_set_error (store, error, _("Reading the offices"));
      return NULL;
    }
  return g_steal_pointer (&offices);
}

static HdOffice *
select_office (HdStore     *store,
               const char  *sql,
               const char  *text,
               gint64       number,
               GError     **error)
{
  g_autoptr(GPtrArray) offices = select_offices (store, sql, text, number, error);

  if (offices == NULL || offices->len == 0)
    return NULL;
  return g_ptr_array_steal_index (offices, 0);
}

GPtrArray *
hd_office_list (HdStore  *store,
                GError  **error)
{
  return select_offices (store, "SELECT " OFFICE_COLUMNS " WHERE ?1 = 0"
                                " ORDER BY o.role = 'lower', u.path", NULL, 0, error);
}

HdOffice *
hd_office_find_by_uuid (HdStore     *store,
                        const char  *uuid,
                        GError     **error)
{
  return select_office (store, "SELECT " OFFICE_COLUMNS " WHERE o.uuid = ?1", uuid, 0, error);
}

HdOffice *
hd_office_find_by_unit (HdStore     *store,
                        gint64       unit_id,
                        GError     **error)
{
  return select_office (store, "SELECT " OFFICE_COLUMNS " WHERE o.unit_id = ?1 AND o.role = 'lower'",
                        NULL, unit_id, error);
}

HdOffice *
hd_office_find_upper (HdStore  *store,
                      GError  **error)
{
  return select_office (store, "SELECT " OFFICE_COLUMNS " WHERE o.role = 'upper' AND ?1 = 0",
                        NULL, 0, error);
}

char *
hd_office_key_code (GBytes *key)
{
  static const char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  gsize size;
  const guint8 *bytes = g_bytes_get_data (key, &size);
  GString *code = g_string_new (NULL);
  guint bits = 0, value = 0, n = 0;

  for (gsize i = 0; i < size; i++)
    {
      value = (value << 8) | bytes[i];
      bits += 8;
      while (bits >= 5)
        {
          if (n > 0 && n % 4 == 0)
            g_string_append_c (code, '-');
          g_string_append_c (code, alphabet[(value >> (bits - 5)) & 31]);
          bits -= 5;
          n++;
        }
    }
  if (bits > 0)
    {
      if (n % 4 == 0)
        g_string_append_c (code, '-');
      g_string_append_c (code, alphabet[(value << (5 - bits)) & 31]);
    }
  return g_string_free (code, FALSE);
}

char *
hd_office_key_fingerprint (GBytes *key)
{
  g_autofree char *digest = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, key);

  return g_strdup_printf ("%.4s %.4s %.4s %.4s", digest, digest + 4, digest + 8, digest + 12);
}

char *
hd_office_self_name (HdStore  *store,
                     GError  **error)
{
  sqlite3_stmt *stmt = hd_store_prepare (store, "SELECT name FROM unit WHERE parent_id IS NULL"
                                                " ORDER BY path LIMIT 1", error);
  char *name = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    name = hd_store_column_dup (stmt, 0);
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    g_set_error_literal (error, HD_EXCHANGE_ERROR, HD_EXCHANGE_ERROR_INVALID,
                         _("The database keeps no units yet. Add the top unit first."));
  else if (rc != SQLITE_ROW)
    hd_store_set_error (store, error, _("Reading the offices"));
  return name;
}

/* This database's identity as an office, made the first time it is needed. */
static char *
self_uuid (HdStore  *store,
           GError  **error)
{
  sqlite3_stmt *stmt = hd_store_prepare (store, "SELECT uuid FROM office_self", error);
  char *uuid = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    uuid = hd_store_column_dup (stmt, 0);
  sqlite3_reset (stmt);
  if (rc == SQLITE_ROW)
    return uuid;
  if (rc != SQLITE_DONE)
    {
      hd_store_set_error (store, error, _("Reading the offices"));
      return NULL;
    }
  uuid = hd_uuid_new ();
  stmt = hd_store_prepare (store, "INSERT INTO office_self (id, uuid) VALUES (1, ?1)", error);
  if (stmt == NULL)
    {
      g_free (uuid);
      return NULL;
    }
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  if (!hd_store_step_done (store, stmt, error))
    g_clear_pointer (&uuid, g_free);
  return uuid;
}

static GBytes *
new_key (GError **error)
{
  guint8 key[HD_OFFICE_KEY_SIZE];
  gsize done = 0;

  while (done < sizeof key)
    {
      ssize_t got = getrandom (key + done, sizeof key - done, 0);

      if (got < 0 && errno == EINTR)
        continue;
      if (got < 0)
        {
          int saved_errno = errno;

          g_set_error (error, HD_EXCHANGE_ERROR, HD_EXCHANGE_ERROR_INVALID,
                       _("No new key could be made: %s."), g_strerror (saved_errno));
          return NULL;
        }
      done += (gsize) got;
    }
  return g_bytes_new (key, sizeof key);
}

/* Refuses a unit that cannot be a lower office's: the top unit, or one whose subtree overlaps
 * another lower office's (each record has one owner). */
static gboolean
check_registrable (HdStore     *store,
                   HdUnit      *unit,
                   gint64       existing,
                   GError     **error)
{
  g_autofree char *upper = hd_unit_path_upper_bound (hd_unit_get_path (unit));
  g_autofree char *full = hd_unit_dup_full_name (unit, store);
  sqlite3_stmt *stmt;
  g_autofree char *other = NULL;
  int rc;

  if (hd_unit_get_parent_id (unit) == 0)
    {
      g_set_error (error, HD_EXCHANGE_ERROR, HD_EXCHANGE_ERROR_INVALID,
                   _("“%s” is this office's own top unit. Register the unit of the lower office "
                     "(a township, a county department …) instead."), full);
      return FALSE;
    }
  stmt = hd_store_prepare (store,
                           "SELECT u.name FROM office o JOIN unit u ON u.id = o.unit_id"
                           " WHERE o.role = 'lower' AND o.id <> ?3"
                           "   AND ((u.path >= ?1 AND u.path < ?2) OR ?1 GLOB u.path || '*')",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, hd_unit_get_path (unit), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, upper, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, existing);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    other = hd_store_column_dup (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      hd_store_set_error (store, error, _("Reading the offices"));
      return FALSE;
    }
  if (other != NULL)
    {
      g_set_error (error, HD_EXCHANGE_ERROR, HD_EXCHANGE_ERROR_INVALID,
                   _("“%s” lies within, or holds, the part of the hierarchy that the office of "
                     "“%s” keeps. Each record has one office that keeps it: register one of "
                     "the two only."), full, other);
      return FALSE;
    }
  return TRUE;
}

/* The key file's package: the office's subtree as we know it (units, people, teams and every
 * record of its own: opinions, the ledger, talks …, but for confidential content), its top unit
 * without its parent, which the lower office does not keep. What we issued there comes with the
 * first package, so that the lower office knows it as ours. */
static HdPackage *
key_file_package (HdStore         *store,
                  const HdOffice  *office,
                  GError         **error)
{
  g_autoptr(HdPackage) package = hd_package_new ();
  g_autofree char *upper = hd_unit_path_upper_bound (office->unit_path);
  const HdExchangeSelection selection = { office->unit_path, upper, 0, -1, FALSE };
  gsize size;
  const guint8 *key = g_bytes_get_data (office->key, &size);
  GString *hex = g_string_new (NULL);

  for (gsize i = 0; i < size; i++)
    g_string_append_printf (hex, "%02x", key[i]);
  package->key_hex = g_string_free (hex, FALSE);
  package->unit_uuid = g_strdup (office->unit_uuid);
  package->sender_uuid = g_strdup (office->self_uuid);
  package->sender_name = g_strdup (office->self_name);
  package->receiver_uuid = g_strdup (office->uuid);
  package->receiver_name = g_strdup (office->name);
  package->created_at = g_date_time_new_now_utc ();
  for (HdPackageKind kind = 0; kind < HD_PACKAGE_DELETED; kind++)
    if (kind != HD_PACKAGE_NOTICE_REPLY && hd_exchange_issued_root (kind) == HD_PACKAGE_DELETED
        && !hd_exchange_add_records (store, package, kind, &selection, NULL, error))
      return NULL;
  if (package->records->len > 0)
    hd_package_record_set (g_ptr_array_index (package->records, 0), "parent", NULL);
  return g_steal_pointer (&package);
}

static gboolean
log_office (HdStore     *store,
            const char  *uuid,
            const char  *field,
            const char  *old_value,
            const char  *new_value,
            GError     **error)
{
  return hd_store_log_change (store, "office", uuid, field, old_value, new_value, error);
}

gboolean
hd_office_register (HdStore     *store,
                    gint64       unit_id,
                    const char  *key_path,
                    char       **code,
                    GError     **error)
{
  g_autoptr(HdUnit) unit = NULL;
  g_autoptr(HdOffice) office = NULL;
  g_autoptr(HdPackage) package = NULL;
  g_autoptr(GBytes) key = NULL;
  g_autofree char *old_fingerprint = NULL, *fingerprint = NULL, *today = NULL;
  sqlite3_stmt *stmt;
  GDate date;

  unit = hd_unit_load (store, unit_id, error);
  if (unit == NULL || !hd_store_begin (store, error))
    return FALSE;
  office = hd_office_find_by_unit (store, unit_id, error);
  if ((office == NULL && error != NULL && *error != NULL)
      || !check_registrable (store, unit, office != NULL ? office->id : 0, error))
    goto failed;
  key = new_key (error);
  if (key == NULL)
    goto failed;
  fingerprint = hd_office_key_fingerprint (key);
  hd_date_set_today (&date);
  today = hd_date_format_iso (&date);

  if (office != NULL)
    {
      old_fingerprint = hd_office_key_fingerprint (office->key);
      stmt = hd_store_prepare (store, "UPDATE office SET key = ?2, key_set = ?3 WHERE id = ?1",
                               error);
      if (stmt == NULL)
        goto failed;
      sqlite3_bind_int64 (stmt, 1, office->id);
    }
  else
    {
      g_autofree char *uuid = hd_uuid_new ();
      g_autofree char *self = self_uuid (store, error);
      g_autofree char *self_name = self != NULL ? hd_office_self_name (store, error) : NULL;

      if (self_name == NULL)
        goto failed;
      stmt = hd_store_prepare (store,
                               "INSERT INTO office (uuid, name, role, unit_id, self_uuid, self_name,"
                               "                    key, key_set)"
                               " VALUES (?1, ?4, 'lower', ?5, ?6, ?7, ?2, ?3)", error);
      if (stmt == NULL)
        goto failed;
      sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 4, hd_unit_get_name (unit), -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 5, unit_id);
      sqlite3_bind_text (stmt, 6, self, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 7, self_name, -1, SQLITE_TRANSIENT);
    }
  sqlite3_bind_blob (stmt, 2, g_bytes_get_data (key, NULL), HD_OFFICE_KEY_SIZE, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, today, -1, SQLITE_TRANSIENT);
  if (!hd_store_step_done (store, stmt, error))
    goto failed;
  g_clear_pointer (&office, hd_office_free);
  office = hd_office_find_by_unit (store, unit_id, error);
  if (office == NULL)
    goto failed;
  /* The log names the key by its fingerprint: the key itself stays with the two offices. */
  if ((old_fingerprint == NULL
       && (!log_office (store, office->uuid, "name", NULL, office->name, error)
           || !log_office (store, office->uuid, "unit", NULL, office->unit_uuid, error)))
      || !log_office (store, office->uuid, "key", old_fingerprint, fingerprint, error))
    goto failed;

  package = key_file_package (store, office, error);
  if (package == NULL
      || !hd_package_write (package, g_bytes_get_data (key, NULL), HD_OFFICE_KEY_SIZE, key_path,
                            error))
    goto failed;
  if (!hd_store_commit (store, error))
    {
      g_unlink (key_path);
      return FALSE;
    }
  if (code != NULL)
    *code = hd_office_key_code (key);
  return TRUE;

failed:
  hd_store_rollback (store);
  return FALSE;
}
