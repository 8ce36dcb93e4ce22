/* hd-lookback-intake.c — 纳入整改: a newly found problem and its task from a look-back round. */
#include <glib/gi18n-lib.h>

#include "lookback/hd-lookback-intake.h"
#include "lookback/hd-lookback-private.h"
#include "opinions/hd-problem.h"
#include "store/hd-date.h"

/* Checks what only the intake asks of the task: what is done, and a deadline still ahead. */
static gboolean
check_intake (const HdLookbackIntakeFields  *fields,
              const char                    *today,
              GError                       **error)
{
  g_autofree char *measures = g_strstrip (g_strdup (fields->measures != NULL ? fields->measures : ""));

  if (*measures == '\0')
    {
      g_set_error_literal (error, HD_LOOKBACK_ERROR, HD_LOOKBACK_ERROR_INVALID,
                           _("Say what will be done about the newly found problem: enter the task’s measures."));
      return FALSE;
    }
  /* After the task's own checks: the deadline is a date here, or empty for a long-term task. */
  if (fields->deadline != NULL && *fields->deadline != '\0' && strcmp (fields->deadline, today) < 0)
    {
      g_set_error_literal (error, HD_LOOKBACK_ERROR, HD_LOOKBACK_ERROR_INVALID,
                           _("The new task’s deadline has passed already: give a day from today on."));
      return FALSE;
    }
  return TRUE;
}

gint64
hd_lookback_confirm_new (HdStore                       *store,
                         HdHistory                     *history,
                         gint64                         round_id,
                         gint64                         task_id,
                         const HdLookbackIntakeFields  *fields,
                         const char                    *note,
                         const GDate                   *today,
                         GError                       **error)
{
  g_autoptr(HdLookbackRound) round = NULL;
  g_autoptr(HdTask) task = NULL;
  g_autofree char *day = NULL;
  g_autofree char *clean = g_strstrip (g_strdup (note != NULL ? note : ""));
  HdProblemFields problem;
  HdTaskFields new_task;
  gint64 item, problem_id, new_task_id = 0;
  HdEdit *edit;
  gboolean ok;

  g_return_val_if_fail (HD_IS_STORE (store), 0);
  g_return_val_if_fail (fields != NULL, 0);
  g_return_val_if_fail (today != NULL && g_date_valid (today), 0);

  day = hd_date_format_iso (today);
  if ((item = hd_lookback_item_to_confirm (store, round_id, task_id, &round, error)) == 0
      || (task = hd_task_load (store, task_id, error)) == NULL)
    return 0;
  problem = (HdProblemFields) {
    .unit_id = hd_task_get_unit_id (task), .category = fields->category, .summary = fields->problem, .found = day,
  };
  new_task = (HdTaskFields) {
    .unit_id = hd_task_get_unit_id (task), .plan = fields->plan, .kind = fields->kind, .problem = fields->problem,
    .source = hd_lookback_round_get_name (round), .goal = fields->goal, .measures = fields->measures,
    .leader = fields->leader, .person = fields->person, .deadline = fields->deadline,
  };
  if (!hd_problem_fields_validate (store, &problem, today, error) || !hd_task_fields_validate (store, &new_task, error)
      || !check_intake (fields, day, error))
    return 0;

  if ((edit = hd_edit_begin (store, _("Add newly found problem to the rectification"), error)) == NULL)
    return 0;
  ok = (problem_id = hd_problem_insert (edit, &problem, error)) != 0;
  if (ok)
    {
      new_task.problem_id = problem_id;
      ok = (new_task_id = hd_task_insert (edit, &new_task, error)) != 0
           && hd_lookback_write_outcome (edit, item, task_id, HD_LOOKBACK_NEW, clean, NULL, new_task_id, day, error);
    }
  return hd_edit_finish (edit, history, ok, error) ? new_task_id : 0;
}
