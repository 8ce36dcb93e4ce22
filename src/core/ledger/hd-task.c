/* hd-task.c — rectification tasks through edits (see hd-edit.h).
 *
 * The closing rule is checked here, to say what is missing, and again by the schema's CHECK, so
 * that no writer can store a closed task without a result or with the masses dissatisfied.
 */
#include <glib/gi18n-lib.h>

#include "ledger/hd-task.h"
#include "organisation/hd-unit.h"
#include "store/hd-date.h"
#include "store/hd-read.h"

#define MAX_TEXT_CHARS 5000

G_DEFINE_QUARK (hd-task-error-quark, hd_task_error)

static const HdEnumValue plan_values[] = {
  { "rectification", NC_("rectification plan", "Rectification plan") },
  { "special", NC_("rectification plan", "Special rectification plan") },
  { "institution", NC_("rectification plan", "Institution-building programme") },
};
HD_DEFINE_ENUM_FUNCS (HdTaskPlan, hd_task_plan, "rectification plan", plan_values, HD_TASK_N_PLANS)

static const HdEnumValue rule_action_values[] = {
  { NULL, NC_("rule action", "Not stated") },
  { "keep", NC_("rule action", "Keep") },
  { "revise", NC_("rule action", "Revise") },
  { "abolish", NC_("rule action", "Abolish") },
  { "establish", NC_("rule action", "Establish") },
};
HD_DEFINE_ENUM_FUNCS (HdRuleAction, hd_rule_action, "rule action", rule_action_values, HD_N_RULE_ACTIONS)

static const HdEnumValue kind_values[] = {
  { "immediate", NC_("task kind", "Fix at once") },
  { "deadline", NC_("task kind", "Fix by a deadline") },
  { "long_term", NC_("task kind", "Long-term") },
};
HD_DEFINE_ENUM_FUNCS (HdTaskKind, hd_task_kind, "task kind", kind_values, HD_TASK_N_KINDS)

static const HdEnumValue verdict_values[] = {
  { NULL, NC_("masses' verdict", "Not judged") },
  { "satisfied", NC_("masses' verdict", "Satisfied") },
  { "basically_satisfied", NC_("masses' verdict", "Basically satisfied") },
  { "dissatisfied", NC_("masses' verdict", "Dissatisfied") },
};
HD_DEFINE_ENUM_FUNCS (HdVerdict, hd_verdict, "masses' verdict", verdict_values, HD_N_VERDICTS)

void
hd_task_progress_free (HdTaskProgress *progress)
{
  if (progress == NULL)
    return;
  g_free (progress->date);
  g_free (progress->text);
  g_free (progress->operator_name);
  g_free (progress);
}

struct _HdTask
{
  HdRecord      parent_instance;

  gint64        unit_id;
  guint         number;
  HdTaskPlan    plan;
  HdRuleAction  rule_action;
  HdTaskKind    kind;
  char         *problem;
  gint64        problem_id;
  char         *source;
  char         *goal;
  char         *measures;
  char         *leader;
  char         *person;
  char         *deadline;
  char         *result;
  HdVerdict     verdict;
  char         *closed;
  char         *reopened;
  char         *last_progress;
  GStrv         reviews;
};

/* In the order of the columns that hd_task_load() reads after the id and uuid. */
static const HdRecordField record_fields[] = {
  { "unit-id", HD_FIELD_INT64, G_STRUCT_OFFSET (HdTask, unit_id) },
  { "number", HD_FIELD_UINT, G_STRUCT_OFFSET (HdTask, number) },
  { "plan", HD_FIELD_TOKEN, G_STRUCT_OFFSET (HdTask, plan), NULL, &hd_task_plan_enum,
    HD_TASK_PLAN_RECTIFICATION },
  { "rule-action", HD_FIELD_TOKEN, G_STRUCT_OFFSET (HdTask, rule_action), NULL, &hd_rule_action_enum,
    HD_RULE_ACTION_NONE },
  { "kind", HD_FIELD_TOKEN, G_STRUCT_OFFSET (HdTask, kind), NULL, &hd_task_kind_enum,
    HD_TASK_KIND_DEADLINE },
  { "problem", HD_FIELD_TEXT, G_STRUCT_OFFSET (HdTask, problem) },
  { "problem-id", HD_FIELD_INT64, G_STRUCT_OFFSET (HdTask, problem_id) },
  { "source", HD_FIELD_TEXT, G_STRUCT_OFFSET (HdTask, source) },
  { "goal", HD_FIELD_TEXT, G_STRUCT_OFFSET (HdTask, goal) },
  { "measures", HD_FIELD_TEXT, G_STRUCT_OFFSET (HdTask, measures) },
  { "leader", HD_FIELD_TEXT, G_STRUCT_OFFSET (HdTask, leader) },
  { "person", HD_FIELD_TEXT, G_STRUCT_OFFSET (HdTask, person) },
  { "deadline", HD_FIELD_TEXT, G_STRUCT_OFFSET (HdTask, deadline) },
  { "result", HD_FIELD_TEXT, G_STRUCT_OFFSET (HdTask, result) },
  { "verdict", HD_FIELD_TOKEN, G_STRUCT_OFFSET (HdTask, verdict), NULL, &hd_verdict_enum,
    HD_VERDICT_NONE },
  { "closed", HD_FIELD_TEXT, G_STRUCT_OFFSET (HdTask, closed) },
  { "reopened", HD_FIELD_TEXT, G_STRUCT_OFFSET (HdTask, reopened) },
  { "last-progress", HD_FIELD_TEXT, G_STRUCT_OFFSET (HdTask, last_progress) },
  { "reviews", HD_FIELD_BOXED, G_STRUCT_OFFSET (HdTask, reviews), g_strv_get_type },
};

static const HdRecordInfo record_info = {
  record_fields, G_N_ELEMENTS (record_fields), hd_task_error_quark, HD_TASK_ERROR_NOT_FOUND,
  N_("There is no rectification task number %lld; it may have been deleted meanwhile. Reload the ledger and choose again."),
  N_("Reading a rectification task"),
};

HD_DEFINE_RECORD_TYPE (HdTask, hd_task, record_info)

static void
read_review (sqlite3_stmt *stmt,
             gpointer      data)
{
  g_strv_builder_add (data, (const char *) sqlite3_column_text (stmt, 0));
}

HdTask *
hd_task_load (HdStore  *store,
              gint64    id,
              GError  **error)
{
  g_autoptr(HdTask) self = NULL;
  g_autoptr(GStrvBuilder) reviews = NULL;

  self = hd_record_load (HD_TYPE_TASK, store,
                         "SELECT id, uuid, unit_id, number, plan, rule_action, kind, problem, problem_id,"
                         "       source, goal, measures, leader, person, deadline, result, verdict, closed, reopened,"
                         "       (SELECT text FROM task_progress p WHERE p.task_id = t.id"
                         "         ORDER BY p.date DESC, p.id DESC LIMIT 1)"
                         " FROM task t WHERE id = ?1",
                         id, error);
  if (self == NULL)
    return NULL;

  reviews = g_strv_builder_new ();
  if (!hd_read_each (store, "SELECT date FROM task_review WHERE task_id = ?1 ORDER BY date", id,
                     read_review, reviews, _(record_info.reading), error))
    return NULL;
  self->reviews = g_strv_builder_end (reviews);
  return g_steal_pointer (&self);
}

gint64 hd_task_get_id (HdTask *self) { return hd_record_get_id (HD_RECORD (self)); }
gint64 hd_task_get_unit_id (HdTask *self) { g_return_val_if_fail (HD_IS_TASK (self), 0); return self->unit_id; }
guint hd_task_get_number (HdTask *self) { g_return_val_if_fail (HD_IS_TASK (self), 0); return self->number; }
HdTaskPlan hd_task_get_plan (HdTask *self) { g_return_val_if_fail (HD_IS_TASK (self), 0); return self->plan; }
HdRuleAction hd_task_get_rule_action (HdTask *self) { g_return_val_if_fail (HD_IS_TASK (self), 0); return self->rule_action; }
HdTaskKind hd_task_get_kind (HdTask *self) { g_return_val_if_fail (HD_IS_TASK (self), 0); return self->kind; }
const char *hd_task_get_problem (HdTask *self) { g_return_val_if_fail (HD_IS_TASK (self), NULL); return self->problem; }
gint64 hd_task_get_problem_id (HdTask *self) { g_return_val_if_fail (HD_IS_TASK (self), 0); return self->problem_id; }
const char *hd_task_get_source (HdTask *self) { g_return_val_if_fail (HD_IS_TASK (self), NULL); return self->source; }
const char *hd_task_get_goal (HdTask *self) { g_return_val_if_fail (HD_IS_TASK (self), NULL); return self->goal; }
const char *hd_task_get_measures (HdTask *self) { g_return_val_if_fail (HD_IS_TASK (self), NULL); return self->measures; }
const char *hd_task_get_leader (HdTask *self) { g_return_val_if_fail (HD_IS_TASK (self), NULL); return self->leader; }
const char *hd_task_get_person (HdTask *self) { g_return_val_if_fail (HD_IS_TASK (self), NULL); return self->person; }
const char *hd_task_get_deadline (HdTask *self) { g_return_val_if_fail (HD_IS_TASK (self), NULL); return self->deadline; }
const char *hd_task_get_result (HdTask *self) { g_return_val_if_fail (HD_IS_TASK (self), NULL); return self->result; }
HdVerdict hd_task_get_verdict (HdTask *self) { g_return_val_if_fail (HD_IS_TASK (self), 0); return self->verdict; }
const char *hd_task_get_closed (HdTask *self) { g_return_val_if_fail (HD_IS_TASK (self), NULL); return self->closed; }
const char *hd_task_get_reopened (HdTask *self) { g_return_val_if_fail (HD_IS_TASK (self), NULL); return self->reopened; }
const char * const *hd_task_get_reviews (HdTask *self) { g_return_val_if_fail (HD_IS_TASK (self), NULL); return (const char * const *) self->reviews; }
const char *hd_task_get_last_progress (HdTask *self) { g_return_val_if_fail (HD_IS_TASK (self), NULL); return self->last_progress; }

const char *
hd_task_get_next_review (HdTask      *self,
                         const GDate *today)
{
  g_autofree char *iso = NULL;

  g_return_val_if_fail (HD_IS_TASK (self), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  /* ISO dates compare as strings. */
  iso = hd_date_format_iso (today);
  for (guint i = 0; self->reviews[i] != NULL; i++)
    if (strcmp (self->reviews[i], iso) >= 0)
      return self->reviews[i];
  return NULL;
}

HdLight
hd_task_get_light (HdTask      *self,
                   const GDate *today,
                   guint        warning_days)
{
  g_autofree char *iso = NULL;
  const char *deadline;

  g_return_val_if_fail (HD_IS_TASK (self), HD_LIGHT_GREEN);
  g_return_val_if_fail (today != NULL && g_date_valid (today), HD_LIGHT_GREEN);

  /* A closed long-term task counts as closed on time, whatever its reviews. The ledger's SQL
   * (hd-ledger.c) passes hd_light() the same deadline. */
  if (self->kind != HD_TASK_KIND_LONG_TERM)
    deadline = self->deadline;
  else
    deadline = self->closed == NULL ? hd_task_get_next_review (self, today) : NULL;
  iso = hd_date_format_iso (today);
  return hd_light_compute_iso (deadline, self->closed, iso, warning_days);
}

static gboolean
check_date (const char  *date,
            const char  *what,
            GError     **error)
{
  GDate parsed;

  if (hd_date_parse_iso (date, &parsed))
    return TRUE;
  g_set_error (error, HD_TASK_ERROR, HD_TASK_ERROR_INVALID,
               /* Translators: %s is a date as entered; the second %s says which date, e.g. "the deadline". */
               _("“%s” is not a date. Enter %s as a day, e.g. 2014-09-30."),
               date != NULL ? date : "", what);
  return FALSE;
}

static gboolean
check_length (const char  *text,
              const char  *what,
              GError     **error)
{
  if (text == NULL || g_utf8_strlen (text, -1) <= MAX_TEXT_CHARS)
    return TRUE;
  g_set_error (error, HD_TASK_ERROR, HD_TASK_ERROR_INVALID,
               _("%s is longer than %d characters. Shorten it."), what, MAX_TEXT_CHARS);
  return FALSE;
}

gboolean
hd_task_fields_validate (HdStore             *store,
                         const HdTaskFields  *fields,
                         GError             **error)
{
  g_autofree char *problem = g_strstrip (g_strdup (fields->problem != NULL ? fields->problem : ""));

  g_return_val_if_fail ((guint) fields->plan < HD_TASK_N_PLANS, FALSE);
  g_return_val_if_fail ((guint) fields->rule_action < HD_N_RULE_ACTIONS, FALSE);
  g_return_val_if_fail ((guint) fields->kind < HD_TASK_N_KINDS, FALSE);

  if (*problem == '\0')
    {
      g_set_error_literal (error, HD_TASK_ERROR, HD_TASK_ERROR_INVALID,
                           _("The task does not say which problem it rectifies. Enter the problem, e.g. “会议多、文件多”."));
      return FALSE;
    }
  if (fields->rule_action != HD_RULE_ACTION_NONE && fields->plan != HD_TASK_PLAN_INSTITUTION)
    {
      g_set_error_literal (error, HD_TASK_ERROR, HD_TASK_ERROR_INVALID,
                           _("Keep, revise, abolish or establish applies to the institution-building programme only. Choose that plan, or leave the rule action empty."));
      return FALSE;
    }
  if (fields->kind == HD_TASK_KIND_LONG_TERM)
    {
      if (fields->deadline != NULL && *fields->deadline != '\0')
        {
          g_set_error_literal (error, HD_TASK_ERROR, HD_TASK_ERROR_INVALID,
                               _("A long-term task has review dates instead of a deadline. Clear the deadline and add review dates, or choose “fix by a deadline”."));
          return FALSE;
        }
    }
  else if (fields->deadline == NULL || *fields->deadline == '\0')
    {
      g_set_error_literal (error, HD_TASK_ERROR, HD_TASK_ERROR_INVALID,
                           _("The task has no deadline. Enter the day it must be done by, or make it a long-term task."));
      return FALSE;
    }
  else if (!check_date (fields->deadline, _("the deadline"), error))
    return FALSE;
  if (!check_length (problem, _("The problem"), error) ||
      !check_length (fields->goal, _("The goal"), error) ||
      !check_length (fields->measures, _("The measures"), error) ||
      !check_length (fields->source, _("The source"), error) ||
      !check_length (fields->leader, _("The responsible leader"), error) ||
      !check_length (fields->person, _("The responsible person"), error))
    return FALSE;
  if (!hd_unit_check_exists (store, fields->unit_id, error))
    return FALSE;
  if (fields->problem_id != 0)
    {
      gboolean found;

      if (!hd_read_has_row (store, "SELECT 1 FROM problem WHERE id = ?1", fields->problem_id, &found, error))
        return FALSE;
      if (!found)
        {
          g_set_error_literal (error, HD_TASK_ERROR, HD_TASK_ERROR_INVALID,
                               _("The problem this task was linked to no longer exists. Choose the problem again, or unlink it."));
          return FALSE;
        }
    }
  return TRUE;
}

static void
bind_trimmed (sqlite3_stmt *stmt,
              int           column,
              const char   *text)
{
  sqlite3_bind_text (stmt, column, g_strstrip (g_strdup (text != NULL ? text : "")), -1, g_free);
}

/* @text, or NULL for an empty one: what the optional columns store. */
static const char *
optional (const char *text)
{
  return text != NULL && *text != '\0' ? text : NULL;
}

static void
bind_optional (sqlite3_stmt *stmt,
               int           column,
               const char   *text)
{
  hd_store_bind_text_or_null (stmt, column, optional (text));
}

/* ?2 … ?13 as the INSERT and the UPDATE below name them. */
static void
bind_fields (sqlite3_stmt       *stmt,
             const HdTaskFields *fields)
{
  sqlite3_bind_int64 (stmt, 2, fields->unit_id);
  sqlite3_bind_text (stmt, 3, hd_task_plan_to_string (fields->plan), -1, SQLITE_STATIC);
  bind_optional (stmt, 4, hd_rule_action_to_string (fields->rule_action));
  sqlite3_bind_text (stmt, 5, hd_task_kind_to_string (fields->kind), -1, SQLITE_STATIC);
  bind_trimmed (stmt, 6, fields->problem);
  hd_store_bind_id_or_null (stmt, 7, fields->problem_id);
  bind_trimmed (stmt, 8, fields->source);
  bind_trimmed (stmt, 9, fields->goal);
  bind_trimmed (stmt, 10, fields->measures);
  bind_trimmed (stmt, 11, fields->leader);
  bind_trimmed (stmt, 12, fields->person);
  bind_optional (stmt, 13, fields->kind == HD_TASK_KIND_LONG_TERM ? NULL : fields->deadline);
}

gint64
hd_task_insert (HdEdit              *edit,
                const HdTaskFields  *fields,
                GError             **error)
{
  sqlite3_stmt *stmt;
  gint64 id;

  if (!hd_task_fields_validate (hd_edit_get_store (edit), fields, error))
    return 0;
  stmt = hd_edit_prepare_insert (edit,
                                 "INSERT INTO task (uuid, unit_id, number, plan, rule_action, kind, problem, problem_id,"
                                 "                  source, goal, measures, leader, person, deadline)"
                                 " VALUES (?1, ?2, (SELECT coalesce (max (number), 0) + 1 FROM task WHERE unit_id = ?2),"
                                 "         ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
                                 error);
  if (stmt == NULL)
    return 0;
  bind_fields (stmt, fields);
  return hd_edit_insert (edit, "task", stmt, &id, error) ? id : 0;
}

gint64
hd_task_create (HdStore             *store,
                HdHistory           *history,
                const HdTaskFields  *fields,
                GError             **error)
{
  HdEdit *edit;
  gint64 id;

  g_return_val_if_fail (HD_IS_STORE (store), 0);

  if (!hd_task_fields_validate (store, fields, error))
    return 0;
  edit = hd_edit_begin (store, _("Add rectification task"), error);
  if (edit == NULL)
    return 0;
  id = hd_task_insert (edit, fields, error);
  return hd_edit_finish (edit, history, id != 0, error) ? id : 0;
}

gboolean
hd_task_write (HdEdit              *edit,
               gint64               id,
               const HdTaskFields  *fields,
               GError             **error)
{
  HdStore *store = hd_edit_get_store (edit);
  sqlite3_stmt *stmt;

  if (!hd_task_fields_validate (store, fields, error) ||
      !hd_edit_touch (edit, "task", id, error))
    return FALSE;
  /* A task given to another unit takes the next number of that unit's ledger. */
  stmt = hd_store_prepare (store,
                           "UPDATE task SET"
                           " number = CASE WHEN unit_id = ?2 THEN number"
                           "          ELSE (SELECT coalesce (max (number), 0) + 1 FROM task WHERE unit_id = ?2) END,"
                           " unit_id = ?2, plan = ?3, rule_action = ?4, kind = ?5, problem = ?6, problem_id = ?7,"
                           " source = ?8, goal = ?9, measures = ?10, leader = ?11, person = ?12, deadline = ?13"
                           " WHERE id = ?1",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  bind_fields (stmt, fields);
  return hd_store_step_done (store, stmt, error);
}

gboolean
hd_task_update (HdStore             *store,
                HdHistory           *history,
                gint64               id,
                const HdTaskFields  *fields,
                GError             **error)
{
  g_autoptr(HdTask) task = hd_task_load (store, id, error);
  HdEdit *edit;

  if (task == NULL || !hd_task_fields_validate (store, fields, error))
    return FALSE;
  edit = hd_edit_begin (store, _("Edit rectification task"), error);
  if (edit == NULL)
    return FALSE;
  /* Reviews belong to long-term tasks only. */
  return hd_edit_finish (edit, history,
                         hd_task_write (edit, id, fields, error) &&
                         (fields->kind == HD_TASK_KIND_LONG_TERM ||
                          hd_edit_delete_rows (edit, "task_review", "SELECT id FROM task_review WHERE task_id = ?1",
                                               id, NULL, error)),
                         error);
}

gboolean
hd_task_delete (HdStore    *store,
                HdHistory  *history,
                gint64      id,
                GError    **error)
{
  g_autoptr(HdTask) task = hd_task_load (store, id, error);
  HdEdit *edit;
  gboolean kept = FALSE;
  gint64 measure = 0;

  if (task == NULL)
    return FALSE;
  /* What the office sent or reviewed keeps its tasks, as the records of what was done. */
  if (!hd_read_has_row (store,
                        "SELECT 1 FROM notice_task WHERE task_id = ?1 UNION ALL SELECT 1 FROM lookback_item WHERE task_id = ?1"
                        " UNION ALL SELECT 1 FROM lookback_item WHERE new_task_id = ?1"
                        " UNION ALL SELECT 1 FROM accountability_link WHERE task_id = ?1",
                        id, &kept, error))
    return FALSE;
  if (kept)
    {
      g_set_error_literal (error, HD_TASK_ERROR, HD_TASK_ERROR_INVALID,
                           _("The task is named in a supervision notice, a look-back round or an accountability record, which keep it: it cannot be deleted."));
      return FALSE;
    }
  /* A meeting's measure that became this task becomes a measure without a task again. */
  if (!hd_read_id (store, "SELECT id FROM meeting_measure WHERE task_id = ?1", id, 0, &measure, error))
    return FALSE;
  edit = hd_edit_begin (store, _("Delete rectification task"), error);
  if (edit == NULL)
    return FALSE;
  /* The log and the reviews are touched one by one, so that undo brings them back. */
  return hd_edit_finish (edit, history,
                         (measure == 0
                          || hd_edit_update_row_text (edit, "meeting_measure", measure,
                                                      "UPDATE meeting_measure SET task_id = ?2 WHERE id = ?1", NULL, error)) &&
                         hd_edit_delete_rows (edit, "task_progress", "SELECT id FROM task_progress WHERE task_id = ?1",
                                              id, NULL, error) &&
                         hd_edit_delete_rows (edit, "task_review", "SELECT id FROM task_review WHERE task_id = ?1",
                                              id, NULL, error) &&
                         hd_edit_delete_rows (edit, "task", "SELECT ?1", id, NULL, error),
                         error);
}

gboolean
hd_task_insert_progress (HdEdit      *edit,
                         gint64       id,
                         const char  *date,
                         const char  *text,
                         GError     **error)
{
  HdStore *store = hd_edit_get_store (edit);
  g_autofree char *clean = g_strstrip (g_strdup (text != NULL ? text : ""));

  if (*clean == '\0')
    {
      g_set_error_literal (error, HD_TASK_ERROR, HD_TASK_ERROR_INVALID,
                           _("The progress entry is empty. Enter what was done, e.g. “已召开专题会议部署”."));
      return FALSE;
    }
  if (!check_length (clean, _("The progress entry"), error) ||
      !check_date (date, _("the day of the progress"), error))
    return FALSE;
  return hd_edit_insert_params (edit, "task_progress",
                                "INSERT INTO task_progress (uuid, task_id, date, text, operator) VALUES (?1, ?2, ?3, ?4, ?5)",
                                HD_PARAMS (HD_INT (id), HD_TEXT (date), HD_TEXT (clean),
                                           HD_TEXT (hd_store_get_operator (store))),
                                NULL, error);
}

gboolean
hd_task_add_progress (HdStore     *store,
                      HdHistory   *history,
                      gint64       id,
                      const char  *date,
                      const char  *text,
                      GError     **error)
{
  g_autoptr(HdTask) task = hd_task_load (store, id, error);
  HdEdit *edit;

  if (task == NULL)
    return FALSE;
  edit = hd_edit_begin (store, _("Add progress"), error);
  if (edit == NULL)
    return FALSE;
  return hd_edit_finish (edit, history, hd_task_insert_progress (edit, id, date, text, error), error);
}

GPtrArray *
hd_task_load_progress (HdStore  *store,
                       gint64    id,
                       GError  **error)
{
  g_autoptr(GPtrArray) log = g_ptr_array_new_with_free_func ((GDestroyNotify) hd_task_progress_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = hd_store_prepare (store,
                           "SELECT id, date, text, operator FROM task_progress WHERE task_id = ?1 ORDER BY date, id",
                           error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      HdTaskProgress *entry = g_new0 (HdTaskProgress, 1);

      entry->id = sqlite3_column_int64 (stmt, 0);
      entry->date = hd_store_column_dup (stmt, 1);
      entry->text = hd_store_column_dup (stmt, 2);
      entry->operator_name = hd_store_column_dup (stmt, 3);
      g_ptr_array_add (log, entry);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      hd_store_set_error (store, error, _("Reading the progress log"));
      return NULL;
    }
  return g_steal_pointer (&log);
}

char *
hd_task_closing_refusal (const char *result,
                         HdVerdict   verdict)
{
  gboolean has_result = result != NULL && *result != '\0';

  if (!has_result && verdict == HD_VERDICT_NONE)
    return g_strdup (_("the task has neither a result nor the masses’ verdict: enter what was achieved and how the masses judged it"));
  if (!has_result)
    return g_strdup (_("the task has no result: enter what was achieved (完成情况)"));
  if (verdict == HD_VERDICT_NONE)
    return g_strdup (_("the task has no verdict of the masses: enter 满意 or 基本满意"));
  if (verdict == HD_VERDICT_DISSATISFIED)
    return g_strdup (_("the masses are dissatisfied (不满意): rectify further and ask them again"));
  return NULL;
}

gboolean
hd_task_write_outcome (HdEdit      *edit,
                       gint64       id,
                       const char  *result,
                       HdVerdict    verdict,
                       const char  *closed,
                       GError     **error)
{
  g_autofree char *clean = g_strstrip (g_strdup (result != NULL ? result : ""));

  g_return_val_if_fail ((guint) verdict < HD_N_VERDICTS, FALSE);

  if (!check_length (clean, _("The result"), error))
    return FALSE;
  if (closed != NULL)
    {
      g_autofree char *refusal = hd_task_closing_refusal (clean, verdict);

      if (!check_date (closed, _("the closing date"), error))
        return FALSE;
      if (refusal != NULL)
        {
          g_set_error (error, HD_TASK_ERROR, HD_TASK_ERROR_CANNOT_CLOSE,
                       /* Translators: %s says what is missing, e.g. "the task has no result: …". */
                       _("The task cannot be closed: %s."), refusal);
          return FALSE;
        }
    }
  return hd_edit_update_params (edit, "task", id, "UPDATE task SET result = ?2, verdict = ?3, closed = ?4 WHERE id = ?1",
                                HD_PARAMS (HD_TEXT (clean), HD_TEXT (optional (hd_verdict_to_string (verdict))),
                                           HD_TEXT (optional (closed))),
                                error);
}

/* Loads the task and refuses a change that needs it open (@want_open) or closed. */
static HdTask *
load_in_state (HdStore   *store,
               gint64     id,
               gboolean   want_open,
               GError   **error)
{
  g_autoptr(HdTask) task = hd_task_load (store, id, error);

  if (task == NULL)
    return NULL;
  if (want_open && task->closed != NULL)
    {
      g_set_error_literal (error, HD_TASK_ERROR, HD_TASK_ERROR_CLOSED,
                           _("The task is closed. Reopen it, giving the reason, before changing its result."));
      return NULL;
    }
  if (!want_open && task->closed == NULL)
    {
      g_set_error_literal (error, HD_TASK_ERROR, HD_TASK_ERROR_INVALID,
                           _("The task is not closed, so there is nothing to reopen."));
      return NULL;
    }
  return g_steal_pointer (&task);
}

gboolean
hd_task_set_result (HdStore     *store,
                    HdHistory   *history,
                    gint64       id,
                    const char  *result,
                    HdVerdict    verdict,
                    GError     **error)
{
  g_autoptr(HdTask) task = load_in_state (store, id, TRUE, error);
  HdEdit *edit;

  if (task == NULL)
    return FALSE;
  edit = hd_edit_begin (store, _("Enter result and verdict"), error);
  if (edit == NULL)
    return FALSE;
  return hd_edit_finish (edit, history, hd_task_write_outcome (edit, id, result, verdict, NULL, error), error);
}

gboolean
hd_task_close (HdStore     *store,
               HdHistory   *history,
               gint64       id,
               const char  *date,
               GError     **error)
{
  g_autoptr(HdTask) task = NULL;
  g_autofree char *refusal = NULL;
  HdEdit *edit;

  task = hd_task_load (store, id, error);
  if (task == NULL)
    return FALSE;
  if (task->closed != NULL)
    {
      g_set_error_literal (error, HD_TASK_ERROR, HD_TASK_ERROR_CLOSED,
                           _("The task is already closed."));
      return FALSE;
    }
  refusal = hd_task_closing_refusal (task->result, task->verdict);
  if (refusal != NULL)
    {
      g_set_error (error, HD_TASK_ERROR, HD_TASK_ERROR_CANNOT_CLOSE,
                   _("The task cannot be closed: %s."), refusal);
      return FALSE;
    }
  edit = hd_edit_begin (store, _("Close rectification task"), error);
  if (edit == NULL)
    return FALSE;
  return hd_edit_finish (edit, history,
                         hd_task_write_outcome (edit, id, task->result, task->verdict, date, error), error);
}

gboolean
hd_task_write_reopening (HdEdit      *edit,
                         gint64       id,
                         const char  *date,
                         const char  *reason,
                         GError     **error)
{
  HdStore *store = hd_edit_get_store (edit);
  g_autoptr(HdTask) task = load_in_state (store, id, FALSE, error);
  g_autofree char *clean = g_strstrip (g_strdup (reason != NULL ? reason : ""));
  g_autofree char *entry = NULL;

  if (task == NULL)
    return FALSE;
  if (*clean == '\0')
    {
      g_set_error_literal (error, HD_TASK_ERROR, HD_TASK_ERROR_INVALID,
                           _("Say why the task is reopened, e.g. “群众反映问题反弹”; the reason is kept in its progress log."));
      return FALSE;
    }
  /* Translators: the progress log entry written when a closed task is reopened. */
  entry = g_strdup_printf (_("Reopened: %s"), clean);
  if (!hd_task_insert_progress (edit, id, date, entry, error)
      || !hd_task_write_outcome (edit, id, task->result, task->verdict, NULL, error))
    return FALSE;
  /* The day is kept on the task, in no language, for the look-back review's proposal. */
  return hd_edit_update_row_text (edit, "task", id, "UPDATE task SET reopened = ?2 WHERE id = ?1", date, error);
}

gboolean
hd_task_reopen (HdStore     *store,
                HdHistory   *history,
                gint64       id,
                const char  *date,
                const char  *reason,
                GError     **error)
{
  g_autoptr(HdTask) task = load_in_state (store, id, FALSE, error);
  HdEdit *edit;

  if (task == NULL)
    return FALSE;
  edit = hd_edit_begin (store, _("Reopen rectification task"), error);
  if (edit == NULL)
    return FALSE;
  return hd_edit_finish (edit, history, hd_task_write_reopening (edit, id, date, reason, error), error);
}

gboolean
hd_task_write_deadline (HdEdit      *edit,
                        gint64       id,
                        const char  *deadline,
                        GError     **error)
{
  return check_date (deadline, _("the deadline"), error)
         && hd_edit_update_row_text (edit, "task", id,
                                     "UPDATE task SET deadline = ?2,"
                                     "  kind = CASE kind WHEN 'long_term' THEN 'deadline' ELSE kind END WHERE id = ?1",
                                     deadline, error);
}

gboolean
hd_task_insert_review (HdEdit      *edit,
                       gint64       id,
                       const char  *date,
                       GError     **error)
{

  if (!check_date (date, _("the review date"), error))
    return FALSE;
  return hd_edit_insert_params (edit, "task_review",
                                "INSERT INTO task_review (uuid, task_id, date) VALUES (?1, ?2, ?3)"
                                " ON CONFLICT (task_id, date) DO NOTHING",
                                HD_PARAMS (HD_INT (id), HD_TEXT (date)), NULL, error);
}

gboolean
hd_task_add_review (HdStore     *store,
                    HdHistory   *history,
                    gint64       id,
                    const char  *date,
                    GError     **error)
{
  g_autoptr(HdTask) task = hd_task_load (store, id, error);
  HdEdit *edit;

  if (task == NULL || !check_date (date, _("the review date"), error))
    return FALSE;
  if (task->kind != HD_TASK_KIND_LONG_TERM)
    {
      g_set_error_literal (error, HD_TASK_ERROR, HD_TASK_ERROR_INVALID,
                           _("Only long-term tasks have review dates; this task has a deadline. Change the deadline instead."));
      return FALSE;
    }
  if (g_strv_contains ((const char * const *) task->reviews, date))
    return TRUE;
  edit = hd_edit_begin (store, _("Add review date"), error);
  if (edit == NULL)
    return FALSE;
  return hd_edit_finish (edit, history, hd_task_insert_review (edit, id, date, error), error);
}

gboolean
hd_task_remove_review (HdStore     *store,
                       HdHistory   *history,
                       gint64       id,
                       const char  *date,
                       GError     **error)
{
  sqlite3_stmt *stmt;
  gint64 review_id = 0;
  HdEdit *edit;

  stmt = hd_store_prepare (store, "SELECT id FROM task_review WHERE task_id = ?1 AND date = ?2", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 2, date != NULL ? date : "", -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    review_id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (review_id == 0)
    return TRUE;
  edit = hd_edit_begin (store, _("Remove review date"), error);
  if (edit == NULL)
    return FALSE;
  return hd_edit_finish (edit, history, hd_edit_delete_rows (edit, "task_review", "SELECT ?1", review_id, NULL, error),
                         error);
}
