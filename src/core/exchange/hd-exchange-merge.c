/* hd-exchange-merge.c */
#include <string.h>
#include <glib/gi18n-lib.h>

#include "exchange/hd-exchange-merge.h"
#include "exchange/hd-exchange-records.h"
#include "organisation/hd-unit.h"
#include "store/hd-read.h"

typedef struct {
  HdEdit            *edit;
  HdStore           *store;
  const HdOffice    *office;
  const HdPackage   *package;
  gboolean           initial;
  char              *upper;     /* the upper bound of the office's subtree's paths */
  HdExchangeCounts  *counts;
  GHashTable        *paths;     /* (kind, id) → the path of its unit, as asked before */
} Merge;

/* A field's value as the store keeps it. */
typedef struct {
  gboolean    keep;     /* left as it is (a confidential field not sent, a top unit's parent) */
  gboolean    null;
  gboolean    number;   /* bound as @integer, else as @text */
  gint64      integer;
  const char *text;
} Value;

char *
hd_exchange_counts_format (const HdExchangeCounts *counts)
{
  GString *text = g_string_new (NULL);

  for (guint kind = 0; kind < HD_PACKAGE_DELETED; kind++)
    {
      const HdExchangeCount *c = &counts->kinds[kind];

      if (c->added + c->changed + c->deleted > 0)
        g_string_append_printf (text, "%s\t%u\t%u\t%u\n", hd_package_kind_to_string (kind),
                                c->added, c->changed, c->deleted);
    }
  return g_string_free (text, FALSE);
}

guint
hd_exchange_counts_total (const HdExchangeCounts *counts)
{
  guint total = 0;

  for (guint kind = 0; kind < HD_PACKAGE_N_KINDS; kind++)
    total += counts->kinds[kind].added + counts->kinds[kind].changed + counts->kinds[kind].deleted;
  return total;
}

static gboolean
refuse_record (Merge          *m,
               HdPackageKind   kind,
               const char     *uuid,
               GError        **error)
{
  g_set_error (error, HD_EXCHANGE_ERROR, HD_EXCHANGE_ERROR_NOT_OWNER,
               _("The package from “%s” changes a record that is not theirs to change (%s %s): it "
                 "lies outside the part of the hierarchy they keep, or another office issued it. "
                 "Nothing was received; ask them to check their records and send the package "
                 "again."),
               m->office->name, hd_package_kind_to_string (kind), uuid);
  return FALSE;
}

static gboolean
convert (Merge                 *m,
         HdPackageKind          kind,
         const HdPackageField  *field,
         const char            *text,
         Value                 *value,
         GError               **error)
{
  memset (value, 0, sizeof *value);
  switch (field->type)
    {
    case HD_VALUE_TEXT:
      value->text = text;
      return TRUE;
    case HD_VALUE_BOOLEAN:
      value->number = TRUE;
      value->integer = g_str_equal (text, "true");
      return TRUE;
    case HD_VALUE_INTEGER:
      value->number = TRUE;
      if (g_ascii_string_to_signed (text, 10, G_MININT64, G_MAXINT64, &value->integer, NULL))
        return TRUE;
      break;
    case HD_VALUE_CHOICE:
      value->number = TRUE;
      for (guint i = 0; field->tokens[i] != NULL; i++)
        if (g_str_equal (field->tokens[i], text))
          {
            value->integer = i;
            return TRUE;
          }
      break;
    case HD_VALUE_REFERENCE:
    default:
      value->number = TRUE;
      value->integer = hd_exchange_find (m->store, field->refers_to, text, error);
      if (value->integer < 0)
        return FALSE;
      if (value->integer > 0)
        return TRUE;
      g_set_error (error, HD_EXCHANGE_ERROR, HD_EXCHANGE_ERROR_REFERENCE,
                   _("The package from “%s” has a record (%s) that names a record this office "
                     "does not have (%s %s). Nothing was received: receive the packages before "
                     "it first, or ask “%s” for a full package."),
                   m->office->name, hd_package_kind_to_string (kind),
                   hd_package_kind_to_string (field->refers_to), text, m->office->name);
      return FALSE;
    }
  g_set_error (error, HD_EXCHANGE_ERROR, HD_EXCHANGE_ERROR_VALUE,
               _("The package from “%s” has a value this office cannot keep (%s: “%s”). Nothing "
                 "was received; update Huodongban, or ask “%s” to check the record."),
               m->office->name, field->name, text, m->office->name);
  return FALSE;
}

/* The values of @record's fields (the uuid's place left empty). */
static gboolean
record_values (Merge                  *m,
               const HdPackageRecord  *record,
               Value                  *values,
               GError                **error)
{
  const HdPackageKindInfo *info = hd_package_kind_info (record->kind);
  const char *uuid = hd_package_record_get (record, "uuid");
  guint i = 1;

  for (const HdPackageField *f = info->fields + 1; f->name != NULL; f++, i++)
    {
      const char *text = hd_package_record_get (record, f->name);

      if (text != NULL && !(record->kind == HD_PACKAGE_UNIT && g_str_equal (f->name, "parent")
                            && !m->initial && g_str_equal (uuid, m->office->unit_uuid)))
        {
          if (!convert (m, record->kind, f, text, &values[i], error))
            return FALSE;
        }
      else
        {
          memset (&values[i], 0, sizeof values[i]);
          if ((f->confidential && !m->package->confidential_included)
              || (record->kind == HD_PACKAGE_UNIT && g_str_equal (f->name, "parent")
                  && g_str_equal (uuid, m->office->unit_uuid)))
            values[i].keep = TRUE;
          else if (f->confidential)
            values[i].text = "";
          else
            values[i].null = TRUE;
        }
    }
  return TRUE;
}

static gboolean
in_scope (Merge       *m,
          const char  *path)
{
  return path != NULL && strcmp (path, m->office->unit_path) >= 0 && strcmp (path, m->upper) < 0;
}

/* The path of the unit row @id of @kind belongs to, asked once: most records of a package
 * belong to a few units and parents. */
static char *
row_path (Merge          *m,
          HdPackageKind   kind,
          gint64          id,
          GError        **error)
{
  gint64 key = (gint64) kind << 48 | id;
  const char *known = g_hash_table_lookup (m->paths, &key);
  char *path;

  if (known != NULL)
    return g_strdup (known);
  path = hd_exchange_row_unit_path (m->store, kind, id, error);
  if (path != NULL)
    g_hash_table_insert (m->paths, g_memdup2 (&key, sizeof key), g_strdup (path));
  return path;
}

static char *
unit_path (Merge   *m,
           gint64   unit_id,
           GError **error)
{
  return row_path (m, HD_PACKAGE_UNIT, unit_id, error);
}

/* The path of the unit the record will belong to once written. */
static char *
new_unit_path (Merge                 *m,
               const HdPackageRecord *record,
               const Value           *values,
               gint64                 id,
               GError               **error)
{
  HdPackageKind kind = record->kind;
  const HdPackageKindInfo *info = hd_package_kind_info (kind);
  const HdPackageField *field;
  guint index = 0;

  if (kind == HD_PACKAGE_UNIT)
    {
      if (g_str_equal (hd_package_record_get (record, "uuid"), m->office->unit_uuid))
        return g_strdup (m->office->unit_path);
      if (values[1].null || values[1].keep)
        return NULL;   /* a new top unit: nobody's but ours */
      return unit_path (m, values[1].integer, error);
    }
  if (kind == HD_PACKAGE_NOTICE_REPLY)
    return id > 0 ? hd_exchange_row_unit_path (m->store, HD_PACKAGE_NOTICE, id, error) : NULL;
  for (const HdPackageField *f = info->fields; f->name != NULL; f++, index++)
    if (g_str_equal (f->name, info->belongs_to))
      break;
  field = &info->fields[index];
  return row_path (m, field->refers_to, values[index].integer, error);
}

/* The office that issued the record @kind @id belongs to: 0 ours, -1 a store error. */
static gint64
issuer_office (Merge          *m,
               HdPackageKind   kind,
               gint64          id,
               GError        **error)
{
  g_autofree char *issuer = hd_exchange_row_issuer (m->store, kind, id, error);
  sqlite3_stmt *stmt;
  gint64 office = 0;
  int rc;

  if (issuer == NULL)
    return error != NULL && *error != NULL ? -1 : 0;
  stmt = hd_store_prepare (m->store, "SELECT office_id FROM exchange_owner WHERE uuid = ?1", error);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_text (stmt, 1, issuer, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    office = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      hd_store_set_error (m->store, error, _("Receiving the package"));
      return -1;
    }
  return office;
}

/* Whether the sender may write the record (@id: the row it changes or deletes, 0: a new one;
 * @values: what it writes, NULL for a deletion). */
static gboolean
check_owner (Merge                  *m,
             const HdPackageRecord  *record,
             HdPackageKind           kind,
             const char             *uuid,
             gint64                  id,
             const Value            *values,
             GError                **error)
{
  HdPackageKind root = hd_exchange_issued_root (kind);
  HdPackageKind row_kind = kind == HD_PACKAGE_NOTICE_REPLY ? HD_PACKAGE_NOTICE : kind;
  GError *local = NULL;

  if (m->initial)
    return TRUE;
  /* The upper office owns nothing in our part of the hierarchy but what it issued there. */
  if (root == HD_PACKAGE_DELETED && m->office->role == HD_OFFICE_UPPER)
    return refuse_record (m, kind, uuid, error);
  if (id > 0)
    {
      g_autofree char *path = hd_exchange_row_unit_path (m->store, row_kind, id, &local);

      if (local != NULL)
        {
          g_propagate_error (error, local);
          return FALSE;
        }
      if (!in_scope (m, path))
        return refuse_record (m, kind, uuid, error);
    }
  if (values != NULL)
    {
      g_autofree char *path = new_unit_path (m, record, values, id, &local);

      if (local != NULL)
        {
          g_propagate_error (error, local);
          return FALSE;
        }
      if (!in_scope (m, path))
        return refuse_record (m, kind, uuid, error);
    }
  if (root != HD_PACKAGE_DELETED)
    {
      gint64 owner;

      if (id > 0)
        owner = issuer_office (m, kind, id, error);
      else if (kind == root)
        owner = m->office->id;   /* a new notice, round …: theirs from now on */
      else
        {
          const HdPackageKindInfo *info = hd_package_kind_info (kind);
          guint index = 0;

          for (const HdPackageField *f = info->fields; !g_str_equal (f->name, info->belongs_to); f++)
            index++;
          owner = issuer_office (m, info->fields[index].refers_to, values[index].integer, error);
        }
      if (owner < 0)
        return FALSE;
      if (owner != m->office->id)
        return refuse_record (m, kind, uuid, error);
    }
  return TRUE;
}

static void
bind_value (sqlite3_stmt *stmt,
            int           index,
            const Value  *value)
{
  if (value->null)
    sqlite3_bind_null (stmt, index);
  else if (value->number)
    sqlite3_bind_int64 (stmt, index, value->integer);
  else
    sqlite3_bind_text (stmt, index, value->text, -1, SQLITE_TRANSIENT);
}

static gboolean
value_differs (const Value  *value,
               sqlite3_stmt *stmt,
               int           column)
{
  int type = sqlite3_column_type (stmt, column);

  if (value->keep)
    return FALSE;
  if (value->null || type == SQLITE_NULL)
    return value->null != (type == SQLITE_NULL);
  if (value->number)
    return type != SQLITE_INTEGER || sqlite3_column_int64 (stmt, column) != value->integer;
  return g_strcmp0 ((const char *) sqlite3_column_text (stmt, column), value->text) != 0;
}

static gboolean
has_unit_path (const char *table)
{
  static const char * const tables[] = {
    "opinion", "task", "notice", "lookback_round", "accountability", "meeting", NULL,
  };

  return g_strv_contains (tables, table);
}

/* Moves the unit @id (whose path is @path) under the unit with the path @parent_path, its
 * subtree with it, as moving a unit in the window does. */
static gboolean
move_unit (Merge       *m,
           gint64       id,
           const char  *path,
           const char  *parent_path,
           GError     **error)
{
  g_autofree char *upper = hd_unit_path_upper_bound (path);
  g_autofree char *new_path = hd_unit_path_child (parent_path, id);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;
  int rc;

  stmt = hd_store_prepare (m->store, "SELECT id FROM unit WHERE path >= ?1 AND path < ?2", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, path, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, upper, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 unit = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, unit);
    }
  sqlite3_reset (stmt);
  for (guint i = 0; i < ids->len; i++)
    if (!hd_edit_touch (m->edit, "unit", g_array_index (ids, gint64, i), error))
      return FALSE;
  /* Every path asked before may have moved with it. */
  g_hash_table_remove_all (m->paths);
  return hd_store_run_params (m->store, "UPDATE unit SET path = ?3 || substr (path, length (?1) + 1)"
                                        " WHERE path >= ?1 AND path < ?2",
                              HD_PARAMS (HD_TEXT (path), HD_TEXT (upper), HD_TEXT (new_path)), error);
}

static gboolean
update_record (Merge                  *m,
               const HdPackageRecord  *record,
               gint64                  id,
               const Value            *values,
               GError                **error)
{
  const HdPackageKindInfo *info = hd_package_kind_info (record->kind);
  g_autoptr(GString) sql = g_string_new ("SELECT ");
  g_autofree char *old_path = NULL;
  gboolean differs = FALSE, moved = FALSE;
  sqlite3_stmt *stmt;
  guint i = 1;
  int rc;

  for (const HdPackageField *f = info->fields + 1; f->name != NULL; f++)
    g_string_append_printf (sql, "%s, ", f->column);
  g_string_append_printf (sql, "%s FROM %s WHERE id = ?1",
                          record->kind == HD_PACKAGE_UNIT ? "path" : "id", info->table);
  stmt = hd_store_prepare_dynamic (m->store, sql->str, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      i = 1;
      for (const HdPackageField *f = info->fields + 1; f->name != NULL; f++, i++)
        if (value_differs (&values[i], stmt, (int) i - 1))
          {
            differs = TRUE;
            if (record->kind == HD_PACKAGE_UNIT && g_str_equal (f->name, "parent"))
              moved = TRUE;
          }
      if (record->kind == HD_PACKAGE_UNIT)
        old_path = hd_store_column_dup (stmt, (int) i - 1);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    {
      hd_store_set_error (m->store, error, _("Receiving the package"));
      return FALSE;
    }
  if (!differs)
    return TRUE;

  if (!hd_edit_touch (m->edit, info->table, id, error))
    return FALSE;
  g_string_printf (sql, "UPDATE %s SET ", info->table);
  i = 1;
  for (const HdPackageField *f = info->fields + 1; f->name != NULL; f++, i++)
    if (!values[i].keep)
      g_string_append_printf (sql, "%s = ?%u, ", f->column, i + 1);
  if (has_unit_path (info->table) && record->kind != HD_PACKAGE_NOTICE_REPLY)
    g_string_append (sql, "unit_path = (SELECT path FROM unit WHERE id = unit_id), ");
  g_string_truncate (sql, sql->len - 2);
  g_string_append (sql, " WHERE id = ?1");
  stmt = hd_store_prepare_dynamic (m->store, sql->str, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  i = 1;
  for (const HdPackageField *f = info->fields + 1; f->name != NULL; f++, i++)
    if (!values[i].keep)
      bind_value (stmt, (int) i + 1, &values[i]);
  if (!hd_store_step_done (m->store, stmt, error))
    return FALSE;
  if (moved)
    {
      g_autofree char *parent_path = values[1].null ? NULL : unit_path (m, values[1].integer, error);

      if ((!values[1].null && parent_path == NULL)
          || !move_unit (m, id, old_path, parent_path, error))
        return FALSE;
    }
  m->counts->kinds[record->kind].changed++;
  return TRUE;
}

/* The INSERT of a record of @kind, put together once: ?1 the uuid, then its fields. A unit's
 * uuid holds the place of its path, which needs the new id. */
static const char *
insert_sql (HdPackageKind kind)
{
  static gsize once;
  static char *sql[HD_PACKAGE_DELETED];

  if (g_once_init_enter (&once))
    {
      for (HdPackageKind k = 0; k < HD_PACKAGE_DELETED; k++)
        {
          const HdPackageKindInfo *info = hd_package_kind_info (k);
          GString *text = g_string_new (NULL);
          guint i = 1;

          g_string_printf (text, "INSERT INTO %s (uuid", info->table);
          for (const HdPackageField *f = info->fields + 1; f->name != NULL; f++)
            g_string_append_printf (text, ", %s", f->column);
          if (k == HD_PACKAGE_UNIT)
            g_string_append (text, ", path");
          g_string_append (text, ") VALUES (?1");
          for (const HdPackageField *f = info->fields + 1; f->name != NULL; f++, i++)
            g_string_append_printf (text, ", ?%u", i + 1);
          if (k == HD_PACKAGE_UNIT)
            g_string_append (text, ", ?1");
          g_string_append (text, ")");
          sql[k] = g_string_free (text, FALSE);
        }
      g_once_init_leave (&once, 1);
    }
  return sql[kind];
}

static gboolean
insert_record (Merge                  *m,
               const HdPackageRecord  *record,
               const Value            *values,
               GError                **error)
{
  const HdPackageKindInfo *info = hd_package_kind_info (record->kind);
  const char *uuid = hd_package_record_get (record, "uuid");
  sqlite3 *db = hd_store_get_db (m->store);
  sqlite3_stmt *stmt;
  gint64 id;
  guint i = 1;

  if (record->kind == HD_PACKAGE_NOTICE_REPLY)
    {
      g_set_error (error, HD_EXCHANGE_ERROR, HD_EXCHANGE_ERROR_REFERENCE,
                   _("The package from “%s” replies to a supervision notice this office does not "
                     "have (%s). Nothing was received; ask “%s” for a full package."),
                   m->office->name, uuid, m->office->name);
      return FALSE;
    }
  stmt = hd_store_prepare (m->store, insert_sql (record->kind), error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  i = 1;
  for (const HdPackageField *f = info->fields + 1; f->name != NULL; f++, i++)
    {
      if (!values[i].keep)
        bind_value (stmt, (int) i + 1, &values[i]);
      else if (f->not_empty)
        sqlite3_bind_text (stmt, (int) i + 1, _("Confidential: not sent with the package"), -1,
                           SQLITE_TRANSIENT);
      else if (f->confidential)
        sqlite3_bind_text (stmt, (int) i + 1, "", -1, SQLITE_STATIC);
      else
        sqlite3_bind_null (stmt, (int) i + 1);
    }
  if (!hd_store_step_done (m->store, stmt, error))
    return FALSE;
  id = sqlite3_last_insert_rowid (db);
  if (record->kind == HD_PACKAGE_UNIT)
    {
      g_autofree char *parent_path = NULL;
      g_autofree char *path = NULL;

      if (!values[1].null && !values[1].keep)
        {
          parent_path = unit_path (m, values[1].integer, error);
          if (parent_path == NULL)
            return FALSE;
        }
      path = hd_unit_path_child (parent_path, id);
      if (!hd_store_run_params (m->store, "UPDATE unit SET path = ?2 WHERE id = ?1",
                                HD_PARAMS (HD_INT (id), HD_TEXT (path)), error))
        return FALSE;
    }
  if (!m->initial && info->owner == HD_OWNER_ISSUED
      && !hd_store_run_params (m->store, "INSERT OR REPLACE INTO exchange_owner (uuid, office_id) VALUES (?1, ?2)",
                               HD_PARAMS (HD_TEXT (uuid), HD_INT (m->office->id)), error))
    return FALSE;
  m->counts->kinds[record->kind].added++;
  return hd_edit_touch_new (m->edit, info->table, id, error);
}

/* A unit's code is its own in the whole database: one the package gives that another unit has
 * here is said plainly. */
static gboolean
check_unit_code (Merge                  *m,
                 const HdPackageRecord  *record,
                 gint64                  id,
                 GError                **error)
{
  const char *code = hd_package_record_get (record, "code");
  sqlite3_stmt *stmt;
  g_autofree char *other = NULL;
  int rc;

  if (code == NULL)
    return TRUE;
  stmt = hd_store_prepare (m->store, "SELECT name FROM unit WHERE code = ?1 AND id <> ?2", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, code, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    other = hd_store_column_dup (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      hd_store_set_error (m->store, error, _("Receiving the package"));
      return FALSE;
    }
  if (other == NULL)
    return TRUE;
  g_set_error (error, HD_EXCHANGE_ERROR, HD_EXCHANGE_ERROR_VALUE,
               _("The package from “%s” gives the unit “%s” the code %s, which the unit “%s” has "
                 "here. Nothing was received; correct one of the two codes, then receive the "
                 "package again."),
               m->office->name, hd_package_record_get (record, "name"), code, other);
  return FALSE;
}

static gboolean
merge_record (Merge                  *m,
              const HdPackageRecord  *record,
              GError                **error)
{
  HdPackageKind kind = record->kind;
  const HdPackageKindInfo *info = hd_package_kind_info (kind);
  const char *uuid = hd_package_record_get (record, "uuid");
  g_autofree Value *values = NULL;
  GError *local = NULL;
  guint n_fields = 0;
  gint64 id;

  while (info->fields[n_fields].name != NULL)
    n_fields++;
  values = g_new0 (Value, n_fields);
  id = hd_exchange_find (m->store, kind == HD_PACKAGE_NOTICE_REPLY ? HD_PACKAGE_NOTICE : kind,
                         uuid, error);
  if (id < 0 || !record_values (m, record, values, error))
    return FALSE;
  /* A reply is the addressed office's; the upper office passes on one it recorded (from the
   * paper slip) only for a notice that has none here yet. */
  if (kind == HD_PACKAGE_NOTICE_REPLY && m->office->role == HD_OFFICE_UPPER && !m->initial)
    {
      gint64 unanswered = 0;

      if (!hd_read_id (m->store, "SELECT id FROM notice WHERE id = ?1 AND replied IS NULL AND reply = ''",
                       id, 0, &unanswered, error))
        return FALSE;
      return unanswered == 0 || update_record (m, record, id, values, error);
    }
  if (!check_owner (m, record, kind, uuid, id, values, error)
      || (kind == HD_PACKAGE_UNIT && !check_unit_code (m, record, id, error)))
    return FALSE;
  if (id > 0 ? update_record (m, record, id, values, &local) : insert_record (m, record, values, &local))
    return TRUE;
  /* The store's rules (a unit's code used by another unit here, …): say which record. */
  if (local->domain == HD_STORE_ERROR)
    g_prefix_error (&local, _("The package from “%s” has a record this office cannot keep (%s %s): "),
                    m->office->name, hd_package_kind_to_string (kind), uuid);
  g_propagate_error (error, local);
  return FALSE;
}

typedef struct {
  HdPackageKind  kind;
  gint64         id;
  char          *path;   /* a unit's, so that a child goes before its parent */
} Deletion;

static int
compare_deletions (gconstpointer a,
                   gconstpointer b)
{
  const Deletion *x = a, *y = b;

  if (x->kind != y->kind)
    return x->kind > y->kind ? -1 : 1;
  return -g_strcmp0 (x->path, y->path);
}

static void
clear_deletion (gpointer data)
{
  g_free (((Deletion *) data)->path);
}

/* Children before their parents: kinds in the reverse of the package's order, units deepest
 * first. */
static gboolean
apply_deletions (Merge   *m,
                 GError **error)
{
  g_autoptr(GArray) deletions = g_array_new (FALSE, TRUE, sizeof (Deletion));

  g_array_set_clear_func (deletions, clear_deletion);
  for (guint i = 0; i < m->package->records->len; i++)
    {
      const HdPackageRecord *record = g_ptr_array_index (m->package->records, i);
      Deletion deletion = { 0 };
      const char *uuid;

      if (record->kind != HD_PACKAGE_DELETED)
        continue;
      uuid = hd_package_record_get (record, "uuid");
      if (!hd_package_kind_from_string (hd_package_record_get (record, "kind"), &deletion.kind))
        g_return_val_if_reached (FALSE);  /* the schema lists the kinds */
      deletion.id = hd_exchange_find (m->store, deletion.kind, uuid, error);
      if (deletion.id < 0)
        return FALSE;
      if (deletion.id == 0)
        continue;   /* never received, or deleted here too */
      if (!check_owner (m, record, deletion.kind, uuid, deletion.id, NULL, error))
        return FALSE;
      if (deletion.kind == HD_PACKAGE_UNIT)
        deletion.path = unit_path (m, deletion.id, NULL);
      g_array_append_val (deletions, deletion);
    }
  g_array_sort (deletions, compare_deletions);
  for (guint i = 0; i < deletions->len; i++)
    {
      Deletion *deletion = &g_array_index (deletions, Deletion, i);
      const char *table = hd_package_kind_info (deletion->kind)->table;
      g_autofree char *sql = g_strdup_printf ("DELETE FROM %s WHERE id = ?1", table);
      g_autofree char *still_there = NULL;
      sqlite3_stmt *stmt;

      /* A row that an ON DELETE CASCADE took with its parent is gone already. */
      still_there = hd_exchange_row_unit_path (m->store, deletion->kind, deletion->id, NULL);
      if (still_there == NULL)
        continue;
      if (!hd_edit_touch (m->edit, table, deletion->id, error))
        return FALSE;
      stmt = hd_store_prepare_dynamic (m->store, sql, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, deletion->id);
      if (!hd_store_step_done (m->store, stmt, error))
        return FALSE;
      m->counts->kinds[deletion->kind].deleted++;
    }
  return TRUE;
}

gboolean
hd_exchange_merge (HdEdit            *edit,
                   const HdOffice    *office,
                   const HdPackage   *package,
                   gboolean                initial,
                   const HdExchangeWatch  *watch,
                   HdExchangeCounts       *counts,
                   GError           **error)
{
  g_autofree char *upper = office->unit_path != NULL ? hd_unit_path_upper_bound (office->unit_path)
                                                     : NULL;
  g_autoptr(GHashTable) paths = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  Merge m = { edit, hd_edit_get_store (edit), office, package, initial, upper, counts, paths };

  memset (counts, 0, sizeof *counts);
  for (guint i = 0; i < package->records->len; i++)
    {
      const HdPackageRecord *record = g_ptr_array_index (package->records, i);

      if (watch != NULL && i % 256 == 0)
        {
          if (g_cancellable_set_error_if_cancelled (watch->cancellable, error))
            return FALSE;
          if (watch->progress != NULL)
            watch->progress ((double) i / package->records->len, watch->progress_data);
        }
      if (record->kind != HD_PACKAGE_DELETED && !merge_record (&m, record, error))
        return FALSE;
    }
  return apply_deletions (&m, error);
}
