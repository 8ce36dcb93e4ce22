/* hd-accountability.c */
#include <glib/gi18n-lib.h>

#include "ledger/hd-task.h"
#include "lookback/hd-accountability.h"
#include "organisation/hd-person.h"
#include "organisation/hd-unit.h"
#include "store/hd-date.h"
#include "store/hd-read.h"

G_DEFINE_QUARK (hd-accountability-error-quark, hd_accountability_error)

static const HdEnumValue escalation_values[] = {
  { "notice", NC_("escalation", "Supervision notice") },
  { "reminder", NC_("escalation", "Reminder") },
  { "talk", NC_("escalation", "Reminder talk") },
  { "admonition", NC_("escalation", "Admonition and criticism") },
  { "accountability", NC_("escalation", "Holding people responsible") },
};
HD_DEFINE_ENUM_FUNCS (HdEscalation, hd_escalation, "escalation", escalation_values, HD_ESCALATION_N_STEPS)

gboolean
hd_escalation_next (HdEscalation  step,
                    HdEscalation *next)
{
  if (step >= HD_ESCALATION_ACCOUNTABILITY)
    return FALSE;
  *next = step + 1;
  return TRUE;
}

static gboolean
invalid (GError    **error,
         const char *message)
{
  g_set_error_literal (error, HD_ACCOUNTABILITY_ERROR, HD_ACCOUNTABILITY_ERROR_INVALID, message);
  return FALSE;
}

/* Whether every row that @sql selects with the ids of @ids bound to ?1 and @unit_id to ?2 exists:
 * a task or a notice of the unit's subtree. */
static gboolean
all_in_subtree (HdStore       *store,
                const char    *sql,
                const gint64  *ids,
                guint          n,
                gint64         unit_id,
                gboolean      *all,
                GError       **error)
{
  *all = TRUE;
  for (guint i = 0; i < n && *all; i++)
    {
      gint64 found = 0;

      if (!hd_read_id (store, sql, ids[i], unit_id, &found, error))
        return FALSE;
      *all = found != 0;
    }
  return TRUE;
}

static gboolean
validate (HdStore                       *store,
          const HdAccountabilityFields  *fields,
          GError                       **error)
{
  g_autofree char *reason = g_strstrip (g_strdup (fields->reason != NULL ? fields->reason : ""));
  GDate date;
  gboolean all;

  if (!hd_unit_check_exists (store, fields->unit_id, error))
    return FALSE;
  if (fields->measure < HD_ESCALATION_FIRST_MEASURE || fields->measure > HD_ESCALATION_ACCOUNTABILITY)
    return invalid (error, _("An accountability record is a reminder talk, an admonition or holding people responsible: choose one."));
  if (*reason == '\0')
    return invalid (error, _("Say why: an accountability record needs its reason."));
  if (!hd_date_parse_iso (fields->date, &date))
    return invalid (error, _("The date is not a date: write it as YYYY-MM-DD, e.g. 2014-10-08."));
  if (fields->person_id != 0)
    {
      g_autoptr(HdPerson) person = hd_person_load (store, fields->person_id, error);

      if (person == NULL)
        return FALSE;
      if (hd_person_get_unit_id (person) != fields->unit_id)
        return invalid (error, _("The person is not of the unit the record is about: choose the person's own unit."));
    }
  if (!all_in_subtree (store,
                       "SELECT t.id FROM task t JOIN unit u ON u.id = ?2"
                       " WHERE t.id = ?1 AND t.unit_path >= u.path AND t.unit_path < u.path || x'ff'",
                       fields->task_ids, fields->n_tasks, fields->unit_id, &all, error))
    return FALSE;
  if (!all)
    return invalid (error, _("A task of the record is not in the ledger of the unit or the units below it."));
  if (!all_in_subtree (store,
                       "SELECT n.id FROM notice n JOIN unit u ON u.id = ?2"
                       " WHERE n.id = ?1 AND n.unit_path >= u.path AND n.unit_path < u.path || x'ff'",
                       fields->notice_ids, fields->n_notices, fields->unit_id, &all, error))
    return FALSE;
  if (!all)
    return invalid (error, _("A notice of the record was not issued to the unit or the units below it."));
  return TRUE;
}

static gboolean
insert_links (HdEdit        *edit,
              const char    *sql,
              gint64         record,
              const gint64  *ids,
              guint          n,
              GError       **error)
{
  for (guint i = 0; i < n; i++)
    if (!hd_edit_insert_params (edit, "accountability_link", sql, HD_PARAMS (HD_INT (record), HD_INT (ids[i])), NULL,
                                error))
      return FALSE;
  return TRUE;
}

gint64
hd_accountability_create (HdStore                       *store,
                          HdHistory                     *history,
                          const HdAccountabilityFields  *fields,
                          GError                       **error)
{
  g_autofree char *reason = NULL;
  g_autofree char *decided_by = NULL;
  HdEdit *edit;
  gint64 id = 0;
  gboolean ok;

  g_return_val_if_fail (HD_IS_STORE (store), 0);
  g_return_val_if_fail (fields != NULL, 0);

  if (!validate (store, fields, error))
    return 0;
  reason = g_strstrip (g_strdup (fields->reason));
  decided_by = g_strstrip (g_strdup (fields->decided_by != NULL ? fields->decided_by : ""));
  if ((edit = hd_edit_begin (store, _("Record accountability"), error)) == NULL)
    return 0;
  ok = hd_edit_insert_params (edit, "accountability",
                              "INSERT INTO accountability (uuid, unit_id, person_id, measure, reason, date, decided_by)"
                              " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                              HD_PARAMS (HD_INT (fields->unit_id), HD_ID (fields->person_id),
                                         HD_TEXT (hd_escalation_to_string (fields->measure)), HD_TEXT (reason),
                                         HD_TEXT (fields->date), HD_TEXT (decided_by)),
                              &id, error);
  ok = ok
       && insert_links (edit, "INSERT INTO accountability_link (uuid, accountability_id, task_id) VALUES (?1, ?2, ?3)",
                        id, fields->task_ids, fields->n_tasks, error)
       && insert_links (edit, "INSERT INTO accountability_link (uuid, accountability_id, notice_id) VALUES (?1, ?2, ?3)",
                        id, fields->notice_ids, fields->n_notices, error);
  return hd_edit_finish (edit, history, ok, error) ? id : 0;
}

/* The steps' numbers in SQL, as HdEscalation has them. */
G_STATIC_ASSERT (HD_ESCALATION_NOTICE == 0 && HD_ESCALATION_REMINDER == 1 && HD_ESCALATION_TALK == 2
                 && HD_ESCALATION_ADMONITION == 3 && HD_ESCALATION_ACCOUNTABILITY == 4);

static void
read_step (sqlite3_stmt *stmt,
           gpointer      data)
{
  gint *step = data;

  if (sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    *step = sqlite3_column_int (stmt, 0);
}

gboolean
hd_escalation_reached (HdStore      *store,
                       gint64        unit_id,
                       HdEscalation *step,
                       GError      **error)
{
  gint reached = -1;

  g_return_val_if_fail (HD_IS_STORE (store), FALSE);

  if (!hd_read_one (store,
                    "SELECT max (step) FROM ("
                    " SELECT 0 AS step FROM notice WHERE unit_id = ?1 AND withdrawn IS NULL"
                    " UNION ALL SELECT 1 FROM notice_reminder r JOIN notice n ON n.id = r.notice_id"
                    "   WHERE n.unit_id = ?1 AND n.withdrawn IS NULL"
                    " UNION ALL SELECT CASE measure WHEN 'talk' THEN 2 WHEN 'admonition' THEN 3 ELSE 4 END"
                    "   FROM accountability WHERE unit_id = ?1)",
                    unit_id, read_step, &reached, NULL, N_("Reading the escalation of a unit"), error))
    return FALSE;
  if (reached < 0)
    return FALSE;
  *step = (HdEscalation) reached;
  return TRUE;
}

typedef struct {
  gint64 notice;
  gint64 task;
} Named;

static void
read_named (sqlite3_stmt *stmt,
            gpointer      data)
{
  Named named = { sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1) };

  g_array_append_val ((GArray *) data, named);
}

static void
append_once (GArray *ids,
             gint64  id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return;
  g_array_append_val (ids, id);
}

gboolean
hd_escalation_red_tasks (HdStore      *store,
                         gint64        unit_id,
                         const GDate  *today,
                         guint         warning_days,
                         GArray       *task_ids,
                         GArray       *notice_ids,
                         GError      **error)
{
  g_autoptr(GArray) named = g_array_new (FALSE, FALSE, sizeof (Named));

  g_return_val_if_fail (HD_IS_STORE (store), FALSE);
  g_return_val_if_fail (today != NULL && g_date_valid (today), FALSE);
  g_return_val_if_fail (task_ids != NULL && notice_ids != NULL, FALSE);

  if (!hd_read_each (store,
                     "SELECT n.id, l.task_id FROM notice n JOIN notice_task l ON l.notice_id = n.id"
                     " WHERE n.unit_id = ?1 AND n.withdrawn IS NULL ORDER BY n.id, l.task_id",
                     unit_id, read_named, named, N_("Reading the escalation of a unit"), error))
    return FALSE;
  for (guint i = 0; i < named->len; i++)
    {
      Named *row = &g_array_index (named, Named, i);
      g_autoptr(HdTask) task = hd_task_load (store, row->task, error);

      if (task == NULL)
        return FALSE;
      if (hd_task_get_light (task, today, warning_days) != HD_LIGHT_RED)
        continue;
      append_once (task_ids, row->task);
      append_once (notice_ids, row->notice);
    }
  return TRUE;
}

gboolean
hd_escalation_offer (HdStore       *store,
                     gint64         unit_id,
                     const GDate   *today,
                     guint          warning_days,
                     HdEscalation  *next,
                     GError       **error)
{
  g_autoptr(GArray) tasks = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) notices = g_array_new (FALSE, FALSE, sizeof (gint64));
  HdEscalation reached;

  g_return_val_if_fail (HD_IS_STORE (store), FALSE);

  if (!hd_escalation_red_tasks (store, unit_id, today, warning_days, tasks, notices, error) || tasks->len == 0)
    return FALSE;
  if (!hd_escalation_reached (store, unit_id, &reached, error))
    return FALSE;
  return hd_escalation_next (reached, next);
}
