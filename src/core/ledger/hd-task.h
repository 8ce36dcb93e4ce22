/* hd-task.h — rectification tasks (整改任务) of the two plans and the programme, with their
 * progress log, result, the masses' verdict, closing (销号) and review dates.
 *
 * Every write is one edit (see hd-edit.h). Dates are ISO; the caller parses what was typed.
 */
#pragma once

#include "ledger/hd-light.h"
#include "store/hd-enum.h"
#include "store/hd-edit.h"
#include "store/hd-record.h"

G_BEGIN_DECLS

typedef enum {
  HD_TASK_PLAN_RECTIFICATION,   /* 整改方案 */
  HD_TASK_PLAN_SPECIAL,         /* 专项整治方案 */
  HD_TASK_PLAN_INSTITUTION,     /* 制度建设计划 */
} HdTaskPlan;

#define HD_TASK_N_PLANS (HD_TASK_PLAN_INSTITUTION + 1)

/* What the institution-building programme does with a rule (坚持、改、废、立). */
typedef enum {
  HD_RULE_ACTION_NONE,          /* not said, or not a rule */
  HD_RULE_ACTION_KEEP,
  HD_RULE_ACTION_REVISE,
  HD_RULE_ACTION_ABOLISH,
  HD_RULE_ACTION_ESTABLISH,
} HdRuleAction;

#define HD_N_RULE_ACTIONS (HD_RULE_ACTION_ESTABLISH + 1)

typedef enum {
  HD_TASK_KIND_IMMEDIATE,       /* 立行立改 */
  HD_TASK_KIND_DEADLINE,        /* 限期整改 */
  HD_TASK_KIND_LONG_TERM,       /* 长期坚持: review dates instead of one deadline */
} HdTaskKind;

#define HD_TASK_N_KINDS (HD_TASK_KIND_LONG_TERM + 1)

typedef enum {
  HD_VERDICT_NONE,              /* not judged yet */
  HD_VERDICT_SATISFIED,         /* 满意 */
  HD_VERDICT_BASICALLY_SATISFIED, /* 基本满意 */
  HD_VERDICT_DISSATISFIED,      /* 不满意 */
} HdVerdict;

#define HD_N_VERDICTS (HD_VERDICT_DISSATISFIED + 1)

/* Stable tokens ("long_term"; NULL for the NONE values), back, and translated labels. */
HD_DECLARE_ENUM_FUNCS (HdTaskPlan, hd_task_plan)
HD_DECLARE_ENUM_FUNCS (HdRuleAction, hd_rule_action)
HD_DECLARE_ENUM_FUNCS (HdTaskKind, hd_task_kind)
HD_DECLARE_ENUM_FUNCS (HdVerdict, hd_verdict)

#define HD_TASK_ERROR (hd_task_error_quark ())

typedef enum {
  HD_TASK_ERROR_INVALID,
  HD_TASK_ERROR_NOT_FOUND,
  HD_TASK_ERROR_CANNOT_CLOSE,   /* no result, no verdict, or the masses are dissatisfied */
  HD_TASK_ERROR_CLOSED,         /* the change needs the task open: reopen it first */
} HdTaskError;

GQuark       hd_task_error_quark         (void);

/* One entry of a task's progress log. */
typedef struct {
  gint64  id;
  char   *date;       /* ISO */
  char   *text;
  char   *operator_name;
} HdTaskProgress;

void         hd_task_progress_free       (HdTaskProgress *progress);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HdTaskProgress, hd_task_progress_free)

#define HD_TYPE_TASK (hd_task_get_type ())
G_DECLARE_FINAL_TYPE (HdTask, hd_task, HD, TASK, HdRecord)

/* A snapshot of the task with its review dates and latest progress entry. */
HdTask      *hd_task_load                (HdStore    *store,
                                          gint64      id,
                                          GError    **error);
gint64       hd_task_get_id              (HdTask     *self);
gint64       hd_task_get_unit_id         (HdTask     *self);   /* the responsible unit */
guint        hd_task_get_number          (HdTask     *self);   /* in the unit's ledger */
HdTaskPlan   hd_task_get_plan            (HdTask     *self);
HdRuleAction hd_task_get_rule_action     (HdTask     *self);
HdTaskKind   hd_task_get_kind            (HdTask     *self);
const char  *hd_task_get_problem         (HdTask     *self);
gint64       hd_task_get_problem_id      (HdTask     *self);   /* 0: not linked */
const char  *hd_task_get_source          (HdTask     *self);
const char  *hd_task_get_goal            (HdTask     *self);
const char  *hd_task_get_measures        (HdTask     *self);
const char  *hd_task_get_leader          (HdTask     *self);
const char  *hd_task_get_person          (HdTask     *self);
const char  *hd_task_get_deadline        (HdTask     *self);   /* NULL for a long-term task */
const char  *hd_task_get_result          (HdTask     *self);
HdVerdict    hd_task_get_verdict         (HdTask     *self);
const char  *hd_task_get_closed          (HdTask     *self);   /* NULL while open */
/* The day it was last reopened after it had been closed (hd_task_reopen), NULL if never. */
const char  *hd_task_get_reopened        (HdTask     *self);
/* The review dates of a long-term task, ascending (empty for the others). */
const char * const *hd_task_get_reviews  (HdTask     *self);
/* The latest progress entry's text, or NULL. */
const char  *hd_task_get_last_progress   (HdTask     *self);
/* The first review date on or after @today, or NULL. */
const char  *hd_task_get_next_review     (HdTask     *self,
                                          const GDate *today);
/* The deadline light (hd_light_compute) as of @today. */
HdLight      hd_task_get_light           (HdTask     *self,
                                          const GDate *today,
                                          guint       warning_days);

typedef struct {
  gint64        unit_id;       /* the responsible unit */
  HdTaskPlan    plan;
  HdRuleAction  rule_action;   /* only in the institution-building programme */
  HdTaskKind    kind;
  const char   *problem;       /* required */
  gint64        problem_id;    /* 0: not linked */
  const char   *source;
  const char   *goal;
  const char   *measures;
  const char   *leader;        /* responsible leader, as named in the ledger */
  const char   *person;        /* responsible person */
  const char   *deadline;      /* ISO; required unless long-term, NULL for long-term */
} HdTaskFields;

gboolean     hd_task_fields_validate     (HdStore            *store,
                                          const HdTaskFields *fields,
                                          GError            **error);
/* A new open task, numbered last in its unit's ledger. Returns its id, or 0. */
gint64       hd_task_create              (HdStore            *store,
                                          HdHistory          *history,
                                          const HdTaskFields *fields,
                                          GError            **error);
gboolean     hd_task_update              (HdStore            *store,
                                          HdHistory          *history,
                                          gint64              id,
                                          const HdTaskFields *fields,
                                          GError            **error);
gboolean     hd_task_delete              (HdStore            *store,
                                          HdHistory          *history,
                                          gint64              id,
                                          GError            **error);
/* A dated entry in the progress log, written by the store's operator. */
gboolean     hd_task_add_progress        (HdStore            *store,
                                          HdHistory          *history,
                                          gint64              id,
                                          const char         *date,
                                          const char         *text,
                                          GError            **error);
/* The log, oldest first: a GPtrArray of HdTaskProgress. */
GPtrArray   *hd_task_load_progress       (HdStore            *store,
                                          gint64              id,
                                          GError            **error);
/* The result (完成情况) and the masses' verdict; of an open task only. */
gboolean     hd_task_set_result          (HdStore            *store,
                                          HdHistory          *history,
                                          gint64              id,
                                          const char         *result,
                                          HdVerdict           verdict,
                                          GError            **error);
/* 销号 on @date: refused (CANNOT_CLOSE, saying what is missing) without a result, without a
 * verdict, or with the verdict 不满意. */
gboolean     hd_task_close               (HdStore            *store,
                                          HdHistory          *history,
                                          gint64              id,
                                          const char         *date,
                                          GError            **error);
/* Opens a closed task again; @reason (required) goes into the progress log dated @date. */
gboolean     hd_task_reopen              (HdStore            *store,
                                          HdHistory          *history,
                                          gint64              id,
                                          const char         *date,
                                          const char         *reason,
                                          GError            **error);
/* Review dates of a long-term task. */
gboolean     hd_task_add_review          (HdStore            *store,
                                          HdHistory          *history,
                                          gint64              id,
                                          const char         *date,
                                          GError            **error);
gboolean     hd_task_remove_review       (HdStore            *store,
                                          HdHistory          *history,
                                          gint64              id,
                                          const char         *date,
                                          GError            **error);

/* The same writes inside a larger edit (the ledger import). */
gint64       hd_task_insert              (HdEdit             *edit,
                                          const HdTaskFields *fields,
                                          GError            **error);
gboolean     hd_task_write               (HdEdit             *edit,
                                          gint64              id,
                                          const HdTaskFields *fields,
                                          GError            **error);
gboolean     hd_task_insert_progress     (HdEdit             *edit,
                                          gint64              id,
                                          const char         *date,
                                          const char         *text,
                                          GError            **error);
/* A review date of a long-term task; nothing when it is there already. */
gboolean     hd_task_insert_review       (HdEdit             *edit,
                                          gint64              id,
                                          const char         *date,
                                          GError            **error);
/* Result, verdict and closing date (NULL: open) at once, checked by the closing rule. */
gboolean     hd_task_write_outcome       (HdEdit             *edit,
                                          gint64              id,
                                          const char         *result,
                                          HdVerdict           verdict,
                                          const char         *closed,
                                          GError            **error);
/* Reopens a closed task (hd_task_reopen's write): @reason goes into the progress log dated @date,
 * which the task keeps as the day it was reopened. */
gboolean     hd_task_write_reopening     (HdEdit             *edit,
                                          gint64              id,
                                          const char         *date,
                                          const char         *reason,
                                          GError            **error);
/* A new deadline; a long-term task becomes one with a deadline (限期整改). */
gboolean     hd_task_write_deadline      (HdEdit             *edit,
                                          gint64              id,
                                          const char         *deadline,
                                          GError            **error);
/* Why a task with this result and verdict cannot be closed (translated), or NULL if it can. */
char        *hd_task_closing_refusal     (const char         *result,
                                          HdVerdict           verdict);

G_END_DECLS
