/* hd-reminders.c — the tasks and notices that crossed a line, found by their dates through the
 * indexes on deadlines and reply-by days. */
#include <glib/gi18n-lib.h>

#include "organisation/hd-unit.h"
#include "overview/hd-reminders.h"
#include "store/hd-date.h"

static gboolean
read_ids (HdStore     *store,
          const char  *sql,        /* ?1 ?2 the range of paths, ?3 ?4 the range of days */
          const char  *from,
          const char  *to,
          const GDate *first,
          const GDate *last,
          GArray      *ids,
          GError     **error)
{
  sqlite3_stmt *stmt = hd_store_prepare (store, sql, error);
  g_autofree char *first_iso = hd_date_format_iso (first);
  g_autofree char *last_iso = hd_date_format_iso (last);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, from, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, to, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, first_iso, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, last_iso, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      hd_store_set_error (store, error, _("Reading the ledger"));
      return FALSE;
    }
  return TRUE;
}

static GDate
add_days (const GDate *day,
          int          n)
{
  GDate result = *day;

  if (n >= 0)
    g_date_add_days (&result, (guint) n);
  else
    g_date_subtract_days (&result, (guint) -n);
  return result;
}

HdReminders *
hd_reminders_compute (HdStore      *store,
                      gint64        unit_id,
                      const GDate  *last_seen,
                      const GDate  *today,
                      guint         warning_days,
                      GError      **error)
{
  g_autoptr(HdReminders) reminders = g_new0 (HdReminders, 1);
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  GDate first, last;

  g_return_val_if_fail (HD_IS_STORE (store), NULL);
  g_return_val_if_fail (last_seen != NULL && today != NULL, NULL);

  reminders->red = g_array_new (FALSE, FALSE, sizeof (gint64));
  reminders->yellow = g_array_new (FALSE, FALSE, sizeof (gint64));
  reminders->notices = g_array_new (FALSE, FALSE, sizeof (gint64));
  if (g_date_compare (last_seen, today) >= 0)
    return g_steal_pointer (&reminders);
  if (unit_id != 0)
    {
      g_autoptr(HdUnit) unit = hd_unit_load (store, unit_id, error);

      if (unit == NULL)
        return NULL;
      from = g_strdup (hd_unit_get_path (unit));
      to = hd_unit_path_upper_bound (from);
    }
  else
    {
      from = g_strdup ("/");
      to = g_strdup ("0");
    }

  /* Red since: deadlines from the day last seen to yesterday. */
  first = *last_seen;
  last = add_days (today, -1);
  if (!read_ids (store,
                 "SELECT id FROM task INDEXED BY task_by_deadline WHERE deadline >= ?3 AND deadline <= ?4"
                 " AND unit_path >= ?1 AND unit_path < ?2 AND closed IS NULL ORDER BY unit_path, number",
                 from, to, &first, &last, reminders->red, error))
    return NULL;
  /* Yellow since, and not red yet: deadlines the warning days after the days since, today or
   * later. */
  first = add_days (last_seen, 1 + (int) warning_days);
  if (g_date_compare (&first, today) < 0)
    first = *today;
  last = add_days (today, (int) warning_days);
  if (!read_ids (store,
                 "SELECT id FROM task INDEXED BY task_by_deadline WHERE deadline >= ?3 AND deadline <= ?4"
                 " AND unit_path >= ?1 AND unit_path < ?2 AND closed IS NULL ORDER BY unit_path, number",
                 from, to, &first, &last, reminders->yellow, error))
    return NULL;
  /* Overdue since: reply-by days from the day last seen to yesterday, no reply yet. */
  first = *last_seen;
  last = add_days (today, -1);
  if (!read_ids (store,
                 "SELECT id FROM notice INDEXED BY notice_waiting WHERE reply_by >= ?3 AND reply_by <= ?4"
                 " AND unit_path >= ?1 AND unit_path < ?2 AND replied IS NULL AND withdrawn IS NULL ORDER BY id",
                 from, to, &first, &last, reminders->notices, error))
    return NULL;
  return g_steal_pointer (&reminders);
}

void
hd_reminders_free (HdReminders *reminders)
{
  if (reminders == NULL)
    return;
  g_clear_pointer (&reminders->red, g_array_unref);
  g_clear_pointer (&reminders->yellow, g_array_unref);
  g_clear_pointer (&reminders->notices, g_array_unref);
  g_free (reminders);
}

gboolean
hd_reminders_is_empty (const HdReminders *reminders)
{
  return reminders->red->len == 0 && reminders->yellow->len == 0 && reminders->notices->len == 0;
}

GArray *
hd_reminders_dup_tasks (const HdReminders *reminders)
{
  GArray *tasks = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_array_append_vals (tasks, reminders->red->data, reminders->red->len);
  g_array_append_vals (tasks, reminders->yellow->data, reminders->yellow->len);
  return tasks;
}

char *
hd_reminders_describe (const HdReminders *reminders)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  if (reminders->red->len > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u task turned red", "%u tasks turned red",
                                                           reminders->red->len),
                                             reminders->red->len));
  if (reminders->yellow->len > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u task turned yellow",
                                                           "%u tasks turned yellow", reminders->yellow->len),
                                             reminders->yellow->len));
  if (reminders->notices->len > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u supervision notice passed its reply date",
                                                           "%u supervision notices passed their reply date",
                                                           reminders->notices->len),
                                             reminders->notices->len));
  g_ptr_array_add (parts, NULL);
  /* Translators: joins the parts of a reminder: "3 tasks turned red; 2 tasks turned yellow". */
  return g_strjoinv (_("; "), (char **) parts->pdata);
}
