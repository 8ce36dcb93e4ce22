/* hd-lookback-intake.h — 纳入整改 from a look-back round: a problem newly found while reviewing a
 * task is added to the rectification as a problem of the task's unit and a new task of that
 * unit's ledger, and the task's item is confirmed as 纳入整改 naming the new task; all of it one
 * edit, which undo takes back whole.
 */
#pragma once

#include "lookback/hd-lookback.h"
#include "opinions/hd-opinion.h"

G_BEGIN_DECLS

/* What the clerk says of the newly found problem and of the task that rectifies it; the rest of
 * the task is as the task editor has it. The problem is dated the day of the confirmation. */
typedef struct {
  HdCategory    category;   /* the problem's: the four winds or another */
  const char   *problem;    /* the problem in one sentence: the problem's summary, the task's problem */
  HdTaskPlan    plan;
  HdTaskKind    kind;
  const char   *goal;
  const char   *measures;   /* what is done about it: required */
  const char   *leader;     /* responsible leader */
  const char   *person;     /* responsible person */
  const char   *deadline;   /* ISO, not before today; NULL for a long-term task */
} HdLookbackIntakeFields;

/* Confirms 纳入整改 for the item of @task_id in the open round @round_id, with @note (may be NULL):
 * adds the problem (found @today) and its open task, last in the ledger of @task_id's unit, the
 * round's name as its source. Bad input is refused with what to do, and nothing changes.
 * Returns the new task's id, or 0. */
gint64       hd_lookback_confirm_new     (HdStore                       *store,
                                          HdHistory                     *history,
                                          gint64                         round_id,
                                          gint64                         task_id,
                                          const HdLookbackIntakeFields  *fields,
                                          const char                    *note,
                                          const GDate                   *today,
                                          GError                       **error);

G_END_DECLS
