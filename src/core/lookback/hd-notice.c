/* hd-notice.c — supervision notices: the record, its state, and its edits. */
#include <stdio.h>
#include <glib/gi18n-lib.h>

#include "lookback/hd-notice.h"
#include "model/hd-subtree.h"
#include "organisation/hd-unit.h"
#include "store/hd-date.h"
#include "store/hd-read.h"

G_DEFINE_QUARK (hd-notice-error-quark, hd_notice_error)

static const HdEnumValue state_values[] = {
  { "open", NC_("notice state", "Waiting for the reply") },
  { "replied", NC_("notice state", "Replied") },
  { "overdue", NC_("notice state", "Reply overdue") },
  { "withdrawn", NC_("notice state", "Withdrawn") },
};
HD_DEFINE_ENUM_FUNCS (HdNoticeState, hd_notice_state, "notice state", state_values, HD_NOTICE_N_STATES)

struct _HdNotice
{
  HdRecord parent_instance;

  gint64   unit_id;
  char    *office;
  guint    year;
  guint    serial;
  char    *number;
  char    *issued;
  char    *reply_by;
  char    *replied;
  char    *reply;
  char    *replier;
  char    *withdrawn;
  char    *withdrawal;
  GArray  *task_ids;
};

/* In the order of the columns that hd_notice_load() reads after the id and uuid. */
static const HdRecordField record_fields[] = {
  { "unit-id", HD_FIELD_INT64, G_STRUCT_OFFSET (HdNotice, unit_id) },
  { "office", HD_FIELD_TEXT, G_STRUCT_OFFSET (HdNotice, office) },
  { "year", HD_FIELD_UINT, G_STRUCT_OFFSET (HdNotice, year) },
  { "serial", HD_FIELD_UINT, G_STRUCT_OFFSET (HdNotice, serial) },
  { "number", HD_FIELD_TEXT, G_STRUCT_OFFSET (HdNotice, number) },
  { "issued", HD_FIELD_TEXT, G_STRUCT_OFFSET (HdNotice, issued) },
  { "reply-by", HD_FIELD_TEXT, G_STRUCT_OFFSET (HdNotice, reply_by) },
  { "replied", HD_FIELD_TEXT, G_STRUCT_OFFSET (HdNotice, replied) },
  { "reply", HD_FIELD_TEXT, G_STRUCT_OFFSET (HdNotice, reply) },
  { "replier", HD_FIELD_TEXT, G_STRUCT_OFFSET (HdNotice, replier) },
  { "withdrawn", HD_FIELD_TEXT, G_STRUCT_OFFSET (HdNotice, withdrawn) },
  { "withdrawal", HD_FIELD_TEXT, G_STRUCT_OFFSET (HdNotice, withdrawal) },
  { "task-ids", HD_FIELD_BOXED, G_STRUCT_OFFSET (HdNotice, task_ids), g_array_get_type },
};

static const HdRecordInfo record_info = {
  record_fields, G_N_ELEMENTS (record_fields), hd_notice_error_quark, HD_NOTICE_ERROR_NOT_FOUND,
  N_("The supervision notice (no. %lld) no longer exists."),
  N_("Reading a supervision notice"),
};

HD_DEFINE_RECORD_TYPE (HdNotice, hd_notice, record_info)

static void
read_task_id (sqlite3_stmt *stmt,
              gpointer      data)
{
  gint64 id = sqlite3_column_int64 (stmt, 0);

  g_array_append_val ((GArray *) data, id);
}

HdNotice *
hd_notice_load (HdStore  *store,
                gint64    id,
                GError  **error)
{
  g_autoptr(HdNotice) self = NULL;

  g_return_val_if_fail (HD_IS_STORE (store), NULL);

  /* The number as printed, put together where it is read: the same in every language. */
  self = hd_record_load (HD_TYPE_NOTICE, store,
                         "SELECT id, uuid, unit_id, office, year, serial,"
                         "       '督办〔' || year || '〕第' || serial || '号',"
                         "       issued, reply_by, replied, reply, replier, withdrawn, withdrawal"
                         " FROM notice WHERE id = ?1",
                         id, error);
  if (self == NULL)
    return NULL;
  self->task_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  if (!hd_read_each (store,
                     "SELECT t.id FROM notice_task n JOIN task t ON t.id = n.task_id"
                     " WHERE n.notice_id = ?1 ORDER BY t.number",
                     id, read_task_id, self->task_ids, N_("Reading a supervision notice"), error))
    return NULL;
  return g_steal_pointer (&self);
}

gint64       hd_notice_get_id         (HdNotice *self) { return hd_record_get_id (HD_RECORD (self)); }
gint64       hd_notice_get_unit_id    (HdNotice *self) { return self->unit_id; }
const char  *hd_notice_get_office     (HdNotice *self) { return self->office; }
guint        hd_notice_get_year       (HdNotice *self) { return self->year; }
guint        hd_notice_get_serial     (HdNotice *self) { return self->serial; }
const char  *hd_notice_get_number     (HdNotice *self) { return self->number; }
const char  *hd_notice_get_issued     (HdNotice *self) { return self->issued; }
const char  *hd_notice_get_reply_by   (HdNotice *self) { return self->reply_by; }
const char  *hd_notice_get_replied    (HdNotice *self) { return self->replied; }
const char  *hd_notice_get_reply      (HdNotice *self) { return self->reply; }
const char  *hd_notice_get_replier    (HdNotice *self) { return self->replier; }
const char  *hd_notice_get_withdrawn  (HdNotice *self) { return self->withdrawn; }
const char  *hd_notice_get_withdrawal (HdNotice *self) { return self->withdrawal; }
GArray      *hd_notice_get_task_ids   (HdNotice *self) { return self->task_ids; }

HdNoticeState
hd_notice_get_state (HdNotice    *self,
                     const GDate *today)
{
  g_autofree char *day = hd_date_format_iso (today);

  if (self->withdrawn != NULL)
    return HD_NOTICE_WITHDRAWN;
  if (self->replied != NULL)
    return HD_NOTICE_REPLIED;
  return strcmp (self->reply_by, day) < 0 ? HD_NOTICE_OVERDUE : HD_NOTICE_OPEN;
}

HdLight
hd_notice_get_light (HdNotice    *self,
                     const GDate *today,
                     guint        warning_days)
{
  g_autofree char *day = hd_date_format_iso (today);
  const char *done = self->withdrawn != NULL ? self->issued : self->replied;

  return hd_light_compute_iso (self->reply_by, done, day, warning_days);
}

char *
hd_notice_format_number (guint year,
                         guint serial)
{
  /* The document number of GB/T 9704, with 〔〕 around the year: the same in every language. */
  return g_strdup_printf ("督办〔%u〕第%u号", year, serial);
}

gboolean
hd_notice_parse_number (const char *text,
                        guint      *year,
                        guint      *serial)
{
  g_autofree char *clean = g_strstrip (g_strdup (text != NULL ? text : ""));
  g_autofree char *again = NULL;
  guint y = 0, s = 0;

  if (sscanf (clean, "督办〔%u〕第%u号", &y, &s) != 2 || y == 0 || y > 9999 || s == 0)
    return FALSE;
  /* Nothing before or after, and no sign or spaces inside: the number as printed. */
  again = hd_notice_format_number (y, s);
  if (!g_str_equal (again, clean))
    return FALSE;
  *year = y;
  *serial = s;
  return TRUE;
}

static gboolean
invalid (GError    **error,
         const char *message)
{
  g_set_error_literal (error, HD_NOTICE_ERROR, HD_NOTICE_ERROR_INVALID, message);
  return FALSE;
}

static gboolean
validate (HdStore               *store,
          const HdNoticeFields  *fields,
          GDate                 *issued,
          GError               **error)
{
  g_autofree char *office = g_strstrip (g_strdup (fields->office != NULL ? fields->office : ""));
  GDate reply_by;

  if (!hd_unit_check_exists (store, fields->unit_id, error))
    return FALSE;
  if (*office == '\0')
    return invalid (error, _("Name the issuing office of the supervision notice."));
  if (!hd_date_parse_iso (fields->issued, issued))
    return invalid (error, _("The date of issue is not a date: write it as YYYY-MM-DD, e.g. 2014-09-30."));
  if (!hd_date_parse_iso (fields->reply_by, &reply_by))
    return invalid (error, _("The reply deadline is not a date: write it as YYYY-MM-DD, e.g. 2014-10-15."));
  if (g_date_compare (&reply_by, issued) < 0)
    return invalid (error, _("The reply deadline is before the date of issue: give a later deadline."));
  if (fields->n_tasks == 0)
    return invalid (error, _("A supervision notice concerns at least one rectification task: choose its tasks."));
  for (guint i = 0; i < fields->n_tasks; i++)
    {
      gint64 id = 0;

      if (!hd_read_id (store, "SELECT id FROM task WHERE id = ?1 AND unit_id = ?2", fields->task_ids[i],
                       fields->unit_id, &id, error))
        return FALSE;
      if (id == 0)
        return invalid (error, _("A task of the notice is not in the ledger of the unit it is issued to: "
                                 "a notice goes to one unit for its own tasks."));
    }
  return TRUE;
}

char *
hd_notice_default_office (HdStore  *store,
                          GError  **error)
{
  g_autoptr(HdUnit) top = NULL;
  gint64 id = 0;

  if (!hd_read_id (store, "SELECT id FROM unit WHERE parent_id IS NULL ORDER BY position, id", 0, 0, &id, error))
    return NULL;
  if (id == 0)
    {
      g_set_error_literal (error, HD_NOTICE_ERROR, HD_NOTICE_ERROR_INVALID,
                           _("The database has no units: name the issuing office."));
      return NULL;
    }
  if ((top = hd_unit_load (store, id, error)) == NULL)
    return NULL;
  return g_strconcat (hd_unit_get_name (top), "活动办", NULL);
}

gint64
hd_notice_issue (HdStore               *store,
                 const HdNoticeFields  *fields,
                 GError               **error)
{
  g_autofree char *office = NULL;
  HdEdit *edit;
  GDate issued;
  gint64 id = 0;
  gboolean ok;

  g_return_val_if_fail (HD_IS_STORE (store), 0);
  g_return_val_if_fail (fields != NULL, 0);

  if (!validate (store, fields, &issued, error))
    return 0;
  office = g_strstrip (g_strdup (fields->office));
  edit = hd_edit_begin (store, _("Issue supervision notice"), error);
  if (edit == NULL)
    return 0;
  /* The next number, read and taken within the edit's write transaction. */
  ok = hd_edit_insert_params (edit, "notice",
                              "INSERT INTO notice (uuid, unit_id, office, year, serial, issued, reply_by)"
                              " VALUES (?1, ?2, ?3, ?4,"
                              "         (SELECT coalesce (max (serial), 0) + 1 FROM notice WHERE office = ?3 AND year = ?4),"
                              "         ?5, ?6)",
                              HD_PARAMS (HD_INT (fields->unit_id), HD_TEXT (office), HD_INT (g_date_get_year (&issued)),
                                         HD_TEXT (fields->issued), HD_TEXT (fields->reply_by)),
                              &id, error);
  for (guint i = 0; ok && i < fields->n_tasks; i++)
    ok = hd_edit_insert_params (edit, "notice_task",
                                "INSERT OR IGNORE INTO notice_task (uuid, notice_id, task_id) VALUES (?1, ?2, ?3)",
                                HD_PARAMS (HD_INT (id), HD_INT (fields->task_ids[i])), NULL, error);
  /* No history: undoing the issue would delete the notice and free its number. */
  return hd_edit_finish (edit, NULL, ok, error) ? id : 0;
}

/* Loads notice @id for an edit that needs it waiting for its reply. */
static HdNotice *
load_waiting (HdStore     *store,
              gint64       id,
              const char  *date,
              GError     **error)
{
  g_autoptr(HdNotice) notice = hd_notice_load (store, id, error);
  GDate day;

  if (notice == NULL)
    return NULL;
  if (notice->withdrawn != NULL || notice->replied != NULL)
    {
      g_set_error (error, HD_NOTICE_ERROR, HD_NOTICE_ERROR_STATE,
                   notice->withdrawn != NULL
                   ? _("Supervision notice %s was withdrawn; it takes no reply or reminder.")
                   : _("Supervision notice %s has its reply already."),
                   notice->number);
      return NULL;
    }
  if (!hd_date_parse_iso (date, &day))
    {
      invalid (error, _("The date is not a date: write it as YYYY-MM-DD, e.g. 2014-10-08."));
      return NULL;
    }
  if (strcmp (date, notice->issued) < 0)
    {
      g_set_error (error, HD_NOTICE_ERROR, HD_NOTICE_ERROR_INVALID,
                   _("The date is before supervision notice %s was issued (%s): give a later date."),
                   notice->number, notice->issued);
      return NULL;
    }
  return g_steal_pointer (&notice);
}

/* Answers notice @id, which must be waiting for its reply, on @date with @text (which must not be
 * empty: @empty says what to write) as the edit @label: @sql is an UPDATE of notice ?1 with the
 * date ?2, the text ?3 and, unless @extra is NULL, @extra as ?4. */
static gboolean
answer_notice (HdStore     *store,
               HdHistory   *history,
               gint64       id,
               const char  *date,
               const char  *text,
               const char  *empty,
               const char  *label,
               const char  *sql,
               const char  *extra,
               GError     **error)
{
  g_autoptr(HdNotice) notice = NULL;
  g_autofree char *clean = g_strstrip (g_strdup (text != NULL ? text : ""));
  HdEdit *edit;
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (HD_IS_STORE (store), FALSE);

  if ((notice = load_waiting (store, id, date, error)) == NULL)
    return FALSE;
  if (*clean == '\0')
    return invalid (error, empty);
  if ((edit = hd_edit_begin (store, label, error)) == NULL)
    return FALSE;
  ok = hd_edit_touch (edit, "notice", id, error) && (stmt = hd_store_prepare (store, sql, error)) != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_text (stmt, 2, date, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 3, clean, -1, SQLITE_TRANSIENT);
      if (extra != NULL)
        sqlite3_bind_text (stmt, 4, extra, -1, SQLITE_TRANSIENT);
      ok = hd_store_step_done (store, stmt, error);
    }
  return hd_edit_finish (edit, history, ok, error);
}

gboolean
hd_notice_reply (HdStore     *store,
                 HdHistory   *history,
                 gint64       id,
                 const char  *date,
                 const char  *text,
                 const char  *replier,
                 GError     **error)
{
  g_autofree char *who = g_strstrip (g_strdup (replier != NULL ? replier : ""));

  return answer_notice (store, history, id, date, text, _("The reply is empty: write what the unit replied."),
                        _("Record notice reply"),
                        "UPDATE notice SET replied = ?2, reply = ?3, replier = ?4 WHERE id = ?1", who, error);
}

gboolean
hd_notice_withdraw (HdStore     *store,
                    HdHistory   *history,
                    gint64       id,
                    const char  *date,
                    const char  *reason,
                    GError     **error)
{
  return answer_notice (store, history, id, date, reason,
                        _("Say why the notice is withdrawn: the reason is kept with its number."),
                        _("Withdraw supervision notice"),
                        "UPDATE notice SET withdrawn = ?2, withdrawal = ?3 WHERE id = ?1", NULL, error);
}

gboolean
hd_notice_remind (HdStore     *store,
                  HdHistory   *history,
                  gint64       id,
                  const char  *date,
                  const char  *note,
                  GError     **error)
{
  g_autoptr(HdNotice) notice = NULL;
  g_autofree char *clean = g_strstrip (g_strdup (note != NULL ? note : ""));
  HdEdit *edit;
  gboolean ok;

  g_return_val_if_fail (HD_IS_STORE (store), FALSE);

  if ((notice = load_waiting (store, id, date, error)) == NULL)
    return FALSE;
  if ((edit = hd_edit_begin (store, _("Record reminder"), error)) == NULL)
    return FALSE;
  ok = hd_edit_insert_params (edit, "notice_reminder",
                              "INSERT INTO notice_reminder (uuid, notice_id, date, note, operator)"
                              " VALUES (?1, ?2, ?3, ?4, ?5)",
                              HD_PARAMS (HD_INT (id), HD_TEXT (date), HD_TEXT (clean),
                                         HD_TEXT (hd_store_get_operator (store))),
                              NULL, error);
  return hd_edit_finish (edit, history, ok, error);
}

gint64
hd_notice_find (HdStore     *store,
                const char  *office,
                const char  *number,
                GError     **error)
{
  sqlite3_stmt *stmt;
  gint64 id = 0;
  guint year, serial, n = 0;
  int rc;

  g_return_val_if_fail (HD_IS_STORE (store), 0);

  if (!hd_notice_parse_number (number, &year, &serial))
    {
      g_set_error (error, HD_NOTICE_ERROR, HD_NOTICE_ERROR_INVALID,
                   _("“%s” is not the number of a supervision notice: write it as printed, e.g. 督办〔2014〕第12号."),
                   number != NULL ? number : "");
      return 0;
    }
  stmt = hd_store_prepare (store,
                           "SELECT id FROM notice WHERE year = ?1 AND serial = ?2 AND (?3 IS NULL OR office = ?3)"
                           " LIMIT 2", error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int (stmt, 1, (int) year);
  sqlite3_bind_int (stmt, 2, (int) serial);
  if (office != NULL)
    sqlite3_bind_text (stmt, 3, office, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, 3);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      id = sqlite3_column_int64 (stmt, 0);
      n++;
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      hd_store_set_error (store, error, _("Reading the supervision notices"));
      return 0;
    }
  if (n == 0)
    {
      g_set_error (error, HD_NOTICE_ERROR, HD_NOTICE_ERROR_NOT_FOUND,
                   _("There is no supervision notice %s. Check the number with “notice list”."), number);
      return 0;
    }
  if (n > 1)
    {
      g_set_error (error, HD_NOTICE_ERROR, HD_NOTICE_ERROR_AMBIGUOUS,
                   _("Two issuing offices gave the number %s: say which one with --office."), number);
      return 0;
    }
  return id;
}

sqlite3_stmt *
hd_notice_list_prepare (HdStore      *store,
                        gint64        unit_id,
                        int           state,
                        const GDate  *today,
                        GError      **error)
{
  /* Per state (HdNoticeState + 1): the waiting ones through the index that holds only them. */
  static const char *const queries[] = {
    "SELECT id FROM notice WHERE unit_path >= ?1 AND unit_path < ?2 ORDER BY issued DESC, id DESC",
    "SELECT id FROM notice INDEXED BY notice_waiting"
    " WHERE replied IS NULL AND withdrawn IS NULL AND reply_by >= ?3"
    "   AND unit_path >= ?1 AND unit_path < ?2 ORDER BY reply_by, id",
    "SELECT id FROM notice WHERE replied IS NOT NULL AND withdrawn IS NULL"
    "   AND unit_path >= ?1 AND unit_path < ?2 ORDER BY issued DESC, id DESC",
    "SELECT id FROM notice INDEXED BY notice_waiting"
    " WHERE replied IS NULL AND withdrawn IS NULL AND reply_by < ?3"
    "   AND unit_path >= ?1 AND unit_path < ?2 ORDER BY reply_by, id",
    "SELECT id FROM notice WHERE withdrawn IS NOT NULL"
    "   AND unit_path >= ?1 AND unit_path < ?2 ORDER BY issued DESC, id DESC",
  };
  g_auto(HdSubtree) subtree = { NULL, NULL, FALSE };
  g_autofree char *day = hd_date_format_iso (today);
  sqlite3_stmt *stmt = NULL;
  const char *sql;

  g_return_val_if_fail (state >= -1 && state < HD_NOTICE_N_STATES, NULL);
  sql = queries[state + 1];

  g_return_val_if_fail (HD_IS_STORE (store), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  if (!hd_subtree_init (&subtree, store, unit_id, error))
    return NULL;
  if (sqlite3_prepare_v2 (hd_store_get_db (store), sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      hd_store_set_error (store, error, _("Reading the supervision notices"));
      sqlite3_finalize (stmt);
      return NULL;
    }
  sqlite3_bind_text (stmt, 1, subtree.from, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, subtree.to, -1, SQLITE_TRANSIENT);
  if (sqlite3_bind_parameter_count (stmt) >= 3)
    sqlite3_bind_text (stmt, 3, day, -1, SQLITE_TRANSIENT);
  return stmt;
}
