/* hd-exchange-receive.c */
#include <string.h>
#include <glib/gi18n-lib.h>

#include "exchange/hd-exchange-receive.h"
#include "exchange/hd-package-reader.h"
#include "store/hd-date.h"

void
hd_exchange_receipt_clear (HdExchangeReceipt *receipt)
{
  g_clear_pointer (&receipt->office_name, g_free);
}

typedef struct {
  HdStore   *store;
  HdOffice  *office;   /* the sender, once found */
} Receiving;

static GBytes *
key_of_sender (const char  *sender_uuid,
               const char  *receiver_uuid,
               const char  *key_hex,
               gpointer     user_data,
               GError     **error)
{
  Receiving *r = user_data;
  GError *local = NULL;

  if (key_hex != NULL)
    {
      g_set_error_literal (error, HD_EXCHANGE_ERROR, HD_EXCHANGE_ERROR_KEY_FILE,
                           _("This file is an office's key file (.hdk), not a package. Join the "
                             "office with it (Offices, or “huodongban-cli office join”)."));
      return NULL;
    }
  r->office = hd_office_find_by_uuid (r->store, sender_uuid, &local);
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return NULL;
    }
  if (r->office == NULL)
    {
      g_set_error_literal (error, HD_EXCHANGE_ERROR, HD_EXCHANGE_ERROR_UNKNOWN_OFFICE,
                           _("The package comes from an office this database does not exchange "
                             "with. Register that office, or join it with its key file, first."));
      return NULL;
    }
  if (g_strcmp0 (receiver_uuid, r->office->self_uuid) != 0)
    {
      g_set_error (error, HD_EXCHANGE_ERROR, HD_EXCHANGE_ERROR_OTHER_OFFICE,
                   _("The package from “%s” is for another office, not this one. Nothing was "
                     "received; pass it on to the office it is for."), r->office->name);
      return NULL;
    }
  return g_bytes_ref (r->office->key);
}

/* The office's numbers, in the package's edit: undoing the edit takes them back too, so that
 * the package can be received again. */
static gboolean
record_received (HdEdit           *edit,
                 const HdOffice   *office,
                 const HdPackage  *package,
                 GError          **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *received_at = g_date_time_format (now, "%Y-%m-%d %H:%M:%S");

  return hd_edit_update_params (edit, "office", office->id,
                                "UPDATE office SET received = ?2, received_at = ?3,"
                                " acknowledged = max (acknowledged, min (?4, sent))"
                                " WHERE id = ?1",
                                HD_PARAMS (HD_INT ((gint64) package->sequence), HD_TEXT (received_at),
                                           HD_INT ((gint64) package->last_received)),
                                error);
}

/* Sets how many segments of the opinions' text indexes are merged at a time as they grow
 * (4, as they were made; 0: none until set again). */
#define FTS_AUTOMERGE(n) \
  "INSERT INTO opinion_text (opinion_text, rank) VALUES ('automerge', " #n ");" \
  "INSERT INTO opinion_grams (opinion_grams, rank) VALUES ('automerge', " #n ")"

/* Merges @package from @office in one edit, committed unless @dry_run; the operator of its
 * change log is the office. */
static gboolean
merge_in_edit (HdStore            *store,
               HdHistory          *history,
               const HdOffice     *office,
               const HdPackage    *package,
               gboolean            initial,
               gboolean            dry_run,
               const HdExchangeWatch *watch,
               HdExchangeReceipt  *receipt,
               gboolean          (*finish) (HdEdit *, const HdOffice *, const HdPackage *, GError **),
               GError            **error)
{
  g_autofree char *label = g_strdup_printf (_("Receive package from “%s”"), office->name);
  g_autofree char *operator = g_strdup (hd_store_get_operator (store));
  HdEdit *edit;
  gboolean ok;

  /* A county's package writes a hundred thousand rows into indexes of millions: with the
   * default 2 MB of cache its pages would be read and spilled again and again. The opinions'
   * text indexes merge their segments as usual once the package is in, not after each of its
   * opinions (which doubled its time in a province). */
  if (!hd_store_exec (store, "PRAGMA cache_size = -262144", error))
    return FALSE;
  edit = hd_edit_begin (store, label, error);
  if (edit == NULL)
    {
      hd_store_exec (store, "PRAGMA cache_size = -2000", NULL);
      return FALSE;
    }
  ok = hd_store_exec (store, FTS_AUTOMERGE (0), error)
       && hd_exchange_merge (edit, office, package, initial, watch, &receipt->counts, error)
       && finish (edit, office, package, error)
       && hd_store_exec (store, FTS_AUTOMERGE (4), error);
  if (!ok || dry_run)
    hd_edit_abort (edit);
  else
    {
      hd_store_set_operator (store, office->name);
      ok = hd_edit_commit (edit, history, error);
      hd_store_set_operator (store, operator);
    }
  hd_store_exec (store, "PRAGMA cache_size = -2000", NULL);
  return ok;
}

gboolean
hd_exchange_receive (HdStore            *store,
                     HdHistory          *history,
                     const char         *path,
                     gboolean            dry_run,
                     const HdExchangeWatch *watch,
                     HdExchangeReceipt  *receipt,
                     GError            **error)
{
  Receiving r = { store, NULL };
  g_autoptr(HdPackage) package = NULL;
  g_autoptr(HdOffice) office = NULL;

  memset (receipt, 0, sizeof *receipt);
  package = hd_package_read_keyed (path, key_of_sender, &r, error);
  office = r.office;
  if (package == NULL)
    return FALSE;
  receipt->sequence = package->sequence;
  receipt->confidential_included = package->confidential_included;
  receipt->office_name = g_strdup (office->name);
  if (package->sequence <= office->received)
    {
      receipt->already_received = TRUE;
      return TRUE;
    }
  if (package->sequence > office->received + 1)
    {
      if (package->sequence == office->received + 2)
        g_set_error (error, HD_EXCHANGE_ERROR, HD_EXCHANGE_ERROR_GAP,
                     _("This is package %lu from “%s”, but package %lu has not been received. "
                       "Nothing was received: receive the missing package first, or ask “%s” to "
                       "send it again."),
                     (gulong) package->sequence, office->name, (gulong) office->received + 1,
                     office->name);
      else
        g_set_error (error, HD_EXCHANGE_ERROR, HD_EXCHANGE_ERROR_GAP,
                     _("This is package %lu from “%s”, but packages %lu to %lu have not been "
                       "received. Nothing was received: receive the missing packages first, or "
                       "ask “%s” to send them again."),
                     (gulong) package->sequence, office->name, (gulong) office->received + 1,
                     (gulong) package->sequence - 1, office->name);
      return FALSE;
    }
  return merge_in_edit (store, history, office, package, FALSE, dry_run, watch, receipt,
                        record_received, error);
}

static GBytes *
key_of_key_file (const char  *sender_uuid,
                 const char  *receiver_uuid,
                 const char  *key_hex,
                 gpointer     user_data,
                 GError     **error)
{
  guint8 key[HD_OFFICE_KEY_SIZE];

  if (key_hex == NULL || strlen (key_hex) != 2 * HD_OFFICE_KEY_SIZE)
    {
      g_set_error_literal (error, HD_EXCHANGE_ERROR, HD_EXCHANGE_ERROR_KEY_FILE,
                           _("This file is a package (.hdx), not an office's key file. Receive "
                             "it once this office has joined the office that sent it."));
      return NULL;
    }
  for (guint i = 0; i < HD_OFFICE_KEY_SIZE; i++)
    key[i] = (guint8) (g_ascii_xdigit_value (key_hex[2 * i]) << 4
                       | g_ascii_xdigit_value (key_hex[2 * i + 1]));
  return g_bytes_new (key, sizeof key);
}

HdPackage *
hd_exchange_read_key_file (const char  *path,
                           GError     **error)
{
  return hd_package_read_keyed (path, key_of_key_file, NULL, error);
}

GBytes *
hd_exchange_key_file_key (const HdPackage *package)
{
  return key_of_key_file (NULL, NULL, package->key_hex, NULL, NULL);
}

static gboolean
set_key (HdStore          *store,
         gint64            office_id,
         const HdPackage  *package,
         const char       *sql,
         GError          **error)
{
  g_autoptr(GBytes) key = key_of_key_file (NULL, NULL, package->key_hex, NULL, error);
  g_autofree char *today = NULL;
  sqlite3_stmt *stmt = hd_store_prepare_dynamic (store, sql, error);
  GDate date;

  if (stmt == NULL)
    return FALSE;
  hd_date_set_today (&date);
  today = hd_date_format_iso (&date);
  sqlite3_bind_int64 (stmt, 1, office_id);
  sqlite3_bind_blob (stmt, 2, g_bytes_get_data (key, NULL), HD_OFFICE_KEY_SIZE, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, today, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, package->sender_uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, package->sender_name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 6, package->unit_uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 7, package->receiver_uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 8, package->receiver_name, -1, SQLITE_TRANSIENT);
  return hd_store_step_done (store, stmt, error);
}

static char *
fingerprint_of (const HdPackage *package)
{
  g_autoptr(GBytes) key = hd_exchange_key_file_key (package);

  return hd_office_key_fingerprint (key);
}

/* The upper office, written once its part of the hierarchy is in. */
static gboolean
add_upper_office (HdStore          *store,
                  const HdPackage  *package,
                  GError          **error)
{
  g_autofree char *fingerprint = fingerprint_of (package);

  return set_key (store, 0, package,
                  "INSERT INTO office (uuid, name, role, unit_id, self_uuid, self_name, key, key_set)"
                  " SELECT ?4, ?5, 'upper', id, ?7, ?8, ?2, ?3 FROM unit WHERE uuid = ?6 AND ?1 = 0",
                  error)
         && hd_store_log_change (store, "office", package->sender_uuid, "name", NULL,
                                 package->sender_name, error)
         && hd_store_log_change (store, "office", package->sender_uuid, "key", NULL, fingerprint,
                                 error);
}

/* The local id of the record of @table that @sql (?1, ?2: a parent's id and a name, or two
 * ids) finds, when it finds exactly one; else 0. */
static gint64
find_one (HdStore     *store,
          const char  *sql,
          gint64       a,
          const char  *text,
          gint64       b,
          GError     **error)
{
  sqlite3_stmt *stmt = hd_store_prepare_dynamic (store, sql, error);
  gint64 id = 0;
  int rc, n = 0;

  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, a);
  if (text != NULL)
    sqlite3_bind_text (stmt, 2, text, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_int64 (stmt, 2, b);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      id = sqlite3_column_int64 (stmt, 0);
      n++;
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      hd_store_set_error (store, error, _("Reading the units"));
      return -1;
    }
  return n == 1 ? id : 0;
}

static void
join_match_free (HdJoinMatch *match)
{
  g_free (match->names);
  g_free (match);
}

/* The file's records matched to ours: units (with their names), people and team members.
 * @local maps a record's uuid to our id (as a pointer to a gint64 in @ids). */
static GPtrArray *
match_records (HdStore          *store,
               const HdPackage  *package,
               GHashTable       *local,
               GError          **error)
{
  g_autoptr(GPtrArray) matches = g_ptr_array_new_with_free_func ((GDestroyNotify) join_match_free);
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  gint64 top = find_one (store, "SELECT id FROM unit WHERE parent_id IS NULL AND ?1 = ?2", 0, NULL, 0,
                         error);

  if (top < 0)
    return NULL;
  for (guint i = 0; i < package->records->len; i++)
    {
      const HdPackageRecord *record = g_ptr_array_index (package->records, i);
      const char *uuid = hd_package_record_get (record, "uuid");
      gint64 id = 0, *unit, *person;

      switch (record->kind)
        {
        case HD_PACKAGE_UNIT:
          {
            const char *parent = hd_package_record_get (record, "parent");
            const char *name = hd_package_record_get (record, "name");
            const char *parent_names = parent != NULL ? g_hash_table_lookup (names, parent) : NULL;
            HdJoinMatch *match = g_new0 (HdJoinMatch, 1);

            if (g_strcmp0 (uuid, package->unit_uuid) == 0)
              id = top;
            else if (parent != NULL && (unit = g_hash_table_lookup (local, parent)) != NULL)
              id = find_one (store, "SELECT id FROM unit WHERE parent_id = ?1 AND name = ?2", *unit, name,
                             0, error);
            match->names = parent_names != NULL ? g_strconcat (parent_names, "/", name, NULL)
                                                : g_strdup (name);
            match->local_id = MAX (id, 0);
            g_hash_table_insert (names, (gpointer) uuid, g_strdup (match->names));
            g_ptr_array_add (matches, match);
          }
          break;
        case HD_PACKAGE_PERSON:
          if ((unit = g_hash_table_lookup (local, hd_package_record_get (record, "unit"))) != NULL)
            id = find_one (store, "SELECT id FROM person WHERE unit_id = ?1 AND name = ?2", *unit,
                           hd_package_record_get (record, "name"), 0, error);
          break;
        case HD_PACKAGE_TEAM_MEMBER:
          if ((unit = g_hash_table_lookup (local, hd_package_record_get (record, "unit"))) != NULL
              && (person = g_hash_table_lookup (local, hd_package_record_get (record, "person"))) != NULL)
            id = find_one (store, "SELECT id FROM team_member WHERE unit_id = ?1 AND person_id = ?2", *unit,
                           NULL, *person, error);
          break;
        default:
          break;
        }
      if (id < 0)
        return NULL;
      if (id > 0)
        {
          gint64 *kept = g_new (gint64, 1);

          *kept = id;
          g_hash_table_insert (local, (gpointer) uuid, kept);
        }
    }
  return g_steal_pointer (&matches);
}

GPtrArray *
hd_exchange_join_matches (HdStore     *store,
                          const char  *path,
                          GError     **error)
{
  g_autoptr(HdPackage) package = hd_exchange_read_key_file (path, error);
  g_autoptr(GHashTable) local = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);

  return package != NULL ? match_records (store, package, local, error) : NULL;
}

/* Gives the matched records the file's uuids, then adds the upper office. */
static gboolean
bind_and_join (HdStore            *store,
               const HdPackage    *package,
               HdExchangeReceipt  *receipt,
               GError            **error)
{
  g_autoptr(GHashTable) local = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autoptr(GPtrArray) matches = NULL;
  const char *uuid;

  if (!hd_store_begin (store, error))
    return FALSE;
  matches = match_records (store, package, local, error);
  if (matches == NULL || ((HdJoinMatch *) g_ptr_array_index (matches, 0))->local_id == 0)
    {
      if (matches != NULL)
        g_set_error (error, HD_EXCHANGE_ERROR, HD_EXCHANGE_ERROR_JOINED,
                     _("The key file from “%s” does not start at a unit this database keeps. Ask "
                       "“%s” for the key file of this office."), package->sender_name,
                     package->sender_name);
      hd_store_rollback (store);
      return FALSE;
    }
  for (guint i = 0; i < package->records->len; i++)
    {
      const HdPackageRecord *record = g_ptr_array_index (package->records, i);
      const char *table = hd_package_kind_info (record->kind)->table;
      g_autofree char *sql = NULL;
      g_autofree char *old_uuid = NULL;
      sqlite3_stmt *stmt;
      gint64 *row;

      uuid = hd_package_record_get (record, "uuid");
      row = g_hash_table_lookup (local, uuid);
      if (row == NULL)
        continue;
      sql = g_strdup_printf ("SELECT uuid FROM %s WHERE id = ?1", table);
      stmt = hd_store_prepare_dynamic (store, sql, error);
      if (stmt == NULL)
        goto failed;
      sqlite3_bind_int64 (stmt, 1, *row);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        old_uuid = hd_store_column_dup (stmt, 0);
      sqlite3_reset (stmt);
      if (g_strcmp0 (old_uuid, uuid) == 0)
        continue;
      g_free (sql);
      sql = g_strdup_printf ("UPDATE %s SET uuid = ?2 WHERE id = ?1", table);
      stmt = hd_store_prepare_dynamic (store, sql, error);
      if (stmt == NULL)
        goto failed;
      sqlite3_bind_int64 (stmt, 1, *row);
      sqlite3_bind_text (stmt, 2, uuid, -1, SQLITE_TRANSIENT);
      if (!hd_store_step_done (store, stmt, error)
          || !hd_store_log_change (store, table, uuid, "uuid", old_uuid, uuid, error))
        goto failed;
      receipt->bound++;
    }
  if (!add_upper_office (store, package, error) || !hd_store_commit (store, error))
    goto failed;
  return TRUE;

failed:
  hd_store_rollback (store);
  return FALSE;
}

static gboolean
add_upper_office_in_edit (HdEdit           *edit,
                          const HdOffice   *office,
                          const HdPackage  *package,
                          GError          **error)
{
  return add_upper_office (hd_edit_get_store (edit), package, error);
}

gboolean
hd_exchange_join (HdStore            *store,
                  const char         *path,
                  HdExchangeReceipt  *receipt,
                  GError            **error)
{
  g_autoptr(HdPackage) package = NULL;
  g_autoptr(HdOffice) upper = NULL;
  GError *local = NULL;
  HdOffice joining = { 0 };

  memset (receipt, 0, sizeof *receipt);
  package = hd_exchange_read_key_file (path, error);
  if (package == NULL)
    return FALSE;
  receipt->office_name = g_strdup (package->sender_name);
  upper = hd_office_find_upper (store, &local);
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return FALSE;
    }

  if (upper != NULL)
    {
      g_autofree char *old_fingerprint = hd_office_key_fingerprint (upper->key);
      g_autofree char *fingerprint = fingerprint_of (package);

      if (!g_str_equal (upper->uuid, package->sender_uuid)
          || !g_str_equal (upper->self_uuid, package->receiver_uuid))
        {
          g_set_error (error, HD_EXCHANGE_ERROR, HD_EXCHANGE_ERROR_JOINED,
                       _("This database has joined “%s” already, and the key file is from “%s” "
                         "for “%s”. An office sends its packages to one upper office."),
                       upper->name, package->sender_name, package->receiver_name);
          return FALSE;
        }
      /* The same offices: the upper office gave us a new key. */
      if (!hd_store_begin (store, error))
        return FALSE;
      if (!set_key (store, upper->id, package, "UPDATE office SET key = ?2, key_set = ?3 WHERE id = ?1",
                    error)
          || !hd_store_log_change (store, "office", upper->uuid, "key", old_fingerprint, fingerprint,
                                   error)
          || !hd_store_commit (store, error))
        {
          hd_store_rollback (store);
          return FALSE;
        }
      receipt->key_replaced = TRUE;
      return TRUE;
    }

  if (!hd_store_is_empty (store))
    return bind_and_join (store, package, receipt, error);
  joining.name = package->sender_name;
  joining.uuid = package->sender_uuid;
  joining.unit_uuid = package->unit_uuid;
  joining.role = HD_OFFICE_UPPER;
  return merge_in_edit (store, NULL, &joining, package, TRUE, FALSE, NULL, receipt,
                        add_upper_office_in_edit, error);
}
