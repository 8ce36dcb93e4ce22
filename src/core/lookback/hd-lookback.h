/* hd-lookback.h — look-back rounds (回头看): the office reviews, item by item, the tasks of a
 * unit's subtree in some of the plans. The application proposes each task's outcome from its
 * state (hd_lookback_propose, a pure function) and the clerk confirms it or another one; a round
 * is closed when no task waits for an outcome.
 *
 * Opening a round is one edit, on the undo stack: undoing it deletes the round and its items,
 * which nothing else refers to. Confirming is one edit too; confirming 回炉 reopens the task (when
 * closed) and gives it the new deadline in the same edit, so that undo takes back both.
 */
#pragma once

#include "ledger/hd-task.h"
#include "store/hd-edit.h"
#include "store/hd-enum.h"
#include "store/hd-record.h"

G_BEGIN_DECLS

typedef enum {
  HD_LOOKBACK_CONSOLIDATE,   /* 巩固提高: basically complete */
  HD_LOOKBACK_TRACK,         /* 跟踪推进: not complete, responsibility and measures named anew */
  HD_LOOKBACK_REDO,          /* 回炉 / 补课: results poor or the masses dissatisfied; a new deadline */
  HD_LOOKBACK_NEW,           /* 纳入整改: a newly found problem added to the rectification */
} HdLookbackOutcome;

#define HD_LOOKBACK_N_OUTCOMES (HD_LOOKBACK_NEW + 1)

/* The tokens consolidate, track, redo and new (as `lookback propose` prints them), and labels. */
HD_DECLARE_ENUM_FUNCS (HdLookbackOutcome, hd_lookback_outcome)

/* The plans a round reviews, as a set. */
#define HD_LOOKBACK_PLAN(plan) (1u << (plan))
#define HD_LOOKBACK_ALL_PLANS ((1u << HD_TASK_N_PLANS) - 1)

#define HD_LOOKBACK_ERROR (hd_lookback_error_quark ())

typedef enum {
  HD_LOOKBACK_ERROR_INVALID,     /* input that cannot be stored, with what to do */
  HD_LOOKBACK_ERROR_NOT_FOUND,
  HD_LOOKBACK_ERROR_CLOSED,      /* the round is closed already */
  HD_LOOKBACK_ERROR_WAITING,     /* tasks still wait for their outcome */
} HdLookbackError;

GQuark       hd_lookback_error_quark     (void);

/* What the proposal reads of a task. "Reopened" is the day the task was last reopened after it
 * had been closed (hd_task_get_reopened: the ledger keeps it on the task since schema 7). */
typedef struct {
  const char  *closed;     /* ISO, NULL while open */
  HdVerdict    verdict;
  const char  *reopened;   /* ISO, NULL if never reopened */
  const char  *deadline;   /* ISO, NULL for a long-term task */
} HdLookbackTaskState;

/* The outcome proposed for a task in this state as of @today: closed with 满意 or 基本满意 →
 * consolidate; an open task whose verdict is 不满意, or one reopened after it had been closed, →
 * redo (as is a closed task without such a verdict, which the ledger never stores); any other
 * open task → track. @offer_notice (may be NULL) tells whether the task is also offered for a
 * supervision notice: open and past its deadline (the day after it, as the red light). */
HdLookbackOutcome hd_lookback_propose    (const HdLookbackTaskState *state,
                                          const GDate               *today,
                                          gboolean                  *offer_notice);

#define HD_TYPE_LOOKBACK_ROUND (hd_lookback_round_get_type ())
G_DECLARE_FINAL_TYPE (HdLookbackRound, hd_lookback_round, HD, LOOKBACK_ROUND, HdRecord)

HdLookbackRound *hd_lookback_round_load  (HdStore          *store,
                                          gint64            id,
                                          GError          **error);
gint64       hd_lookback_round_get_id      (HdLookbackRound *self);
const char  *hd_lookback_round_get_name    (HdLookbackRound *self);
gint64       hd_lookback_round_get_unit_id (HdLookbackRound *self);
/* The plans' tokens separated by spaces, in the plans' order. */
const char  *hd_lookback_round_get_plans   (HdLookbackRound *self);
const char  *hd_lookback_round_get_opened  (HdLookbackRound *self);   /* ISO */
const char  *hd_lookback_round_get_closed  (HdLookbackRound *self);   /* NULL while open */

typedef struct {
  const char *name;
  gint64      unit_id;   /* the round reviews the tasks of this unit's subtree */
  guint       plans;     /* HD_LOOKBACK_PLAN bits, at least one */
  const char *opened;    /* ISO */
} HdLookbackRoundFields;

/* Opens a round with one item per task in scope, each with its proposal (as of @opened): the
 * round's id, or 0. Refused when no task is in scope. */
gint64       hd_lookback_open            (HdStore                      *store,
                                          HdHistory                    *history,
                                          const HdLookbackRoundFields  *fields,
                                          GError                      **error);

/* Confirms @outcome for the item of @task_id in round @round_id, with @note (may be NULL). 回炉
 * needs @new_deadline, not before @today: a closed task is reopened on @today ("回头看回炉") and
 * given that deadline. An item confirmed as 回炉 or 纳入整改 keeps it (undo the edit instead).
 * 纳入整改 is refused here: it creates a new problem and its task, which
 * hd_lookback_confirm_new() (hd-lookback-intake.h) does with their fields. */
gboolean     hd_lookback_confirm         (HdStore            *store,
                                          HdHistory          *history,
                                          gint64              round_id,
                                          gint64              task_id,
                                          HdLookbackOutcome   outcome,
                                          const char         *note,
                                          const char         *new_deadline,
                                          const GDate        *today,
                                          GError            **error);
/* Confirms, in one edit, every proposal of the round not yet confirmed; the proposals of 回炉
 * only with @new_deadline (NULL: they go on waiting). Sets @n_confirmed. */
gboolean     hd_lookback_confirm_proposed (HdStore           *store,
                                          HdHistory          *history,
                                          gint64              round_id,
                                          const char         *new_deadline,
                                          const GDate        *today,
                                          guint              *n_confirmed,
                                          GError            **error);
/* Confirms, in one edit, the items of the @n_tasks tasks @task_ids: each its proposal while it
 * waits (@outcome -1), or @outcome for every one of them, waiting or not, with @note (NULL: each
 * keeps its note). 回炉 (proposed or chosen) needs @new_deadline, without which such items go on
 * waiting; items confirmed as 回炉 or 纳入整改 keep it, and 纳入整改 is refused (one task at a time). Tasks
 * not in the round are passed over. Sets @n_confirmed. */
gboolean     hd_lookback_confirm_tasks   (HdStore           *store,
                                          HdHistory         *history,
                                          gint64             round_id,
                                          const gint64      *task_ids,
                                          guint              n_tasks,
                                          int                outcome,
                                          const char        *note,
                                          const char        *new_deadline,
                                          const GDate       *today,
                                          guint             *n_confirmed,
                                          GError           **error);

/* How many items of the round wait for a confirmed outcome. */
gboolean     hd_lookback_count_waiting   (HdStore            *store,
                                          gint64              round_id,
                                          guint              *n_waiting,
                                          GError            **error);
/* Closes the round on @date (not before it was opened); refused (WAITING) while a task waits. */
gboolean     hd_lookback_close           (HdStore            *store,
                                          HdHistory          *history,
                                          gint64              round_id,
                                          const char         *date,
                                          GError            **error);

/* The round's items in the ledger's order (the unit's path, then the task's number): a statement
 * whose columns are the task's id, its unit's id, its number, the proposed outcome's token and
 * the confirmed one's (NULL while waiting); the caller finalizes it. */
sqlite3_stmt *hd_lookback_items_prepare  (HdStore            *store,
                                          gint64              round_id,
                                          GError            **error);
/* The same for the items whose tasks are in @unit_id's subtree (0: every unit), with three more
 * columns: the note, the new deadline (NULL but for 回炉) and the new task's id (NULL but for
 * 纳入整改). */
sqlite3_stmt *hd_lookback_items_prepare_for_unit (HdStore      *store,
                                                 gint64        round_id,
                                                 gint64        unit_id,
                                                 GError      **error);

G_END_DECLS
