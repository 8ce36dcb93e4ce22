/* hd-accountability.h — escalation (督办 → 催办 → 约谈提醒 → 诫勉批评 → 追究责任) and the
 * accountability records (问责) of its last three steps.
 *
 * A record names the unit (and the person, when it is one), the measure, the reason, the day and
 * who decided, and the tasks and notices it concerns. Records are confidential: no form for the
 * public and no default export reads them.
 */
#pragma once

#include "store/hd-edit.h"
#include "store/hd-enum.h"

G_BEGIN_DECLS

/* The steps in rising order, as the documents give them. */
typedef enum {
  HD_ESCALATION_NOTICE,          /* 督办通知 */
  HD_ESCALATION_REMINDER,        /* 催办 */
  HD_ESCALATION_TALK,            /* 约谈提醒: a reminder talk with the principal leader */
  HD_ESCALATION_ADMONITION,      /* 诫勉批评 */
  HD_ESCALATION_ACCOUNTABILITY,  /* 追究责任 */
} HdEscalation;

#define HD_ESCALATION_N_STEPS (HD_ESCALATION_ACCOUNTABILITY + 1)
/* The first step an accountability record takes. */
#define HD_ESCALATION_FIRST_MEASURE HD_ESCALATION_TALK

HD_DECLARE_ENUM_FUNCS (HdEscalation, hd_escalation)

#define HD_ACCOUNTABILITY_ERROR (hd_accountability_error_quark ())

typedef enum {
  HD_ACCOUNTABILITY_ERROR_INVALID,
  HD_ACCOUNTABILITY_ERROR_NOT_FOUND,
} HdAccountabilityError;

GQuark       hd_accountability_error_quark (void);

/* The step after @step; FALSE when @step is the last. */
gboolean     hd_escalation_next           (HdEscalation   step,
                                           HdEscalation  *next);

typedef struct {
  gint64         unit_id;
  gint64         person_id;   /* 0: the unit itself */
  HdEscalation   measure;     /* talk, admonition or accountability */
  const char    *reason;      /* required */
  const char    *date;        /* ISO */
  const char    *decided_by;
  const gint64  *task_ids;    /* tasks of the unit's subtree */
  guint          n_tasks;
  const gint64  *notice_ids;  /* notices of the unit's subtree */
  guint          n_notices;
} HdAccountabilityFields;

/* Records an accountability measure: its id, or 0 with what to correct. An undoable edit. */
gint64       hd_accountability_create     (HdStore                       *store,
                                           HdHistory                     *history,
                                           const HdAccountabilityFields  *fields,
                                           GError                       **error);

/* The highest step unit @unit_id has been taken to: a notice to it, a reminder on one, or a
 * record's measure; FALSE (and *@step untouched) when none. */
gboolean     hd_escalation_reached        (HdStore       *store,
                                           gint64         unit_id,
                                           HdEscalation  *step,
                                           GError       **error);
/* Appends to @task_ids (gint64) the tasks that the unit's notices (not withdrawn) name and that
 * are red as of @today, and to @notice_ids the notices that name them: what an escalation step
 * concerns. */
gboolean     hd_escalation_red_tasks      (HdStore       *store,
                                           gint64         unit_id,
                                           const GDate   *today,
                                           guint          warning_days,
                                           GArray        *task_ids,
                                           GArray        *notice_ids,
                                           GError       **error);
/* The step to offer for unit @unit_id as of @today: when a task that one of its notices named
 * (not withdrawn) is still red, the step after the highest reached; FALSE when there is nothing to
 * offer (no such task, or every step taken) or on failure (with @error set). */
gboolean     hd_escalation_offer          (HdStore       *store,
                                           gint64         unit_id,
                                           const GDate   *today,
                                           guint          warning_days,
                                           HdEscalation  *next,
                                           GError       **error);

G_END_DECLS
