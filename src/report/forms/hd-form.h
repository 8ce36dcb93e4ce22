/* hd-form.h — the printed forms of the rectification ledger, built from the ledger's query onto
 * the layout engine: one document, page for page the same on paper (GtkPrintOperation) and in a
 * PDF file (the CLI, Export as PDF).
 *
 * Building a form reads its tasks and lays the document out; over a county's 9,000 tasks that
 * takes a moment, so it may run in a worker thread (see hd-document.h), reporting progress and
 * stopping when cancelled. The returned document has been laid out: its page count is known.
 */
#pragma once

#include <gio/gio.h>

#include "layout/hd-document.h"
#include "ledger/hd-ledger.h"
#include "store/hd-enum.h"

G_BEGIN_DECLS

typedef enum {
  HD_FORM_LEDGER,       /* 整改落实台账: the ledger as filtered, landscape */
  HD_FORM_TASK_SHEET,   /* 整改任务书: one responsible leader's or unit's tasks, to sign */
  HD_FORM_PUBLIC,       /* 公示: what the masses may see of a unit's ledger */
} HdFormKind;

#define HD_FORM_N_KINDS (HD_FORM_PUBLIC + 1)

/* The tokens "ledger", "task-sheet" and "public" (as the CLI's print takes them), and the forms'
 * translated names. */
HD_DECLARE_ENUM_FUNCS (HdFormKind, hd_form_kind)

#define HD_FORM_ERROR (hd_form_error_quark ())

typedef enum {
  HD_FORM_ERROR_EMPTY,   /* no task to print: the message says what was asked for */
  HD_FORM_ERROR_READ,    /* the database could not be read */
} HdFormError;

/* Called from the thread that builds the form, after every so many tasks. */
typedef void (*HdFormProgress) (guint    done,
                                guint    total,
                                gpointer user_data);

typedef struct {
  HdStyle        *style;             /* NULL: the default faces */
  const char     *opinions_address;  /* the public notice's footer: where to send opinions;
                                        NULL or "": a line left to fill in by hand */
  GCancellable   *cancellable;       /* cancelled: G_IO_ERROR_CANCELLED */
  HdFormProgress  progress;
  gpointer        progress_data;
} HdFormOptions;

GQuark       hd_form_error_quark  (void);

/* Builds form @kind of @query's tasks, their lights as of query->today (the as-of date, printed
 * as 截至2014年9月30日):
 * - HD_FORM_LEDGER: every task the query selects, with all its filters, grouped by plan when
 *   there are several.
 * - HD_FORM_TASK_SHEET: a whole responsibility, whatever the other filters: with query->leader
 *   set, that leader's tasks in query->unit_id's subtree (0: anywhere); without, the tasks whose
 *   responsible unit is query->unit_id itself.
 * - HD_FORM_PUBLIC: every task of query->unit_id's subtree, whatever the other filters, without
 *   the responsible leader and person, the progress notes or anything else meant for the office.
 * @options may be NULL. */
HdDocument  *hd_form_new          (HdStore              *store,
                                   HdFormKind            kind,
                                   const HdLedgerQuery  *query,
                                   const HdFormOptions  *options,
                                   GError              **error);

/* 督办通知单: supervision notice @notice_id with its tasks as of its date of issue, and the reply
 * slip (回执) to cut off. @options may be NULL. */
HdDocument  *hd_form_notice_new   (HdStore              *store,
                                   gint64                notice_id,
                                   const HdFormOptions  *options,
                                   GError              **error);

/* 回头看情况汇总表: the tasks of look-back round @round_id in @unit_id's subtree (0: the round's
 * unit), in the ledger's order, each with the outcome proposed, the one confirmed (blank while it
 * waits) and the note (with the new deadline of 回炉 and the new task of 纳入整改), then the totals
 * per outcome; as of @today. The accountability records, confidential, are never on it.
 * Landscape. @options may be NULL. */
HdDocument  *hd_form_lookback_new  (HdStore              *store,
                                    gint64                round_id,
                                    gint64                unit_id,
                                    const GDate          *today,
                                    const HdFormOptions  *options,
                                    GError              **error);

/* “三个必谈”情况表: the three must-talks of the leadership team of @unit_id (hd-team-coverage.h),
 * counting the conversations of meeting @meeting_id's preparation (0: every conversation): each
 * required pair with its rule and its state as a mark and a word, the counts and what is still
 * to do; as of @today. Portrait. @options may be NULL. */
HdDocument  *hd_form_coverage_new  (HdStore              *store,
                                    gint64                unit_id,
                                    gint64                meeting_id,
                                    const GDate          *today,
                                    const HdFormOptions  *options,
                                    GError              **error);

/* 谈心谈话记录表: conversation @talk_id (hd-talk-record.h), marked 内部资料 注意保密 at the head of
 * every page: the unit, day, place and meeting, who talked, with whom and who recorded it, each of
 * the five topics as covered or not (a mark and a word), the content and the commitments, and the
 * lines for both sides' signatures and the date. Portrait, one page unless the content is long.
 * @options may be NULL. */
HdDocument  *hd_form_talk_new      (HdStore              *store,
                                    gint64                talk_id,
                                    const HdFormOptions  *options,
                                    GError              **error);

/* 签到表: meeting @meeting_id's unit and kind, day and place, then its leadership team in the
 * team's order (the principal leader first), each with the post from the roster and an empty
 * cell to sign. Portrait. @options may be NULL. */
HdDocument  *hd_form_sign_in_new   (HdStore              *store,
                                    gint64                meeting_id,
                                    const HdFormOptions  *options,
                                    GError              **error);

/* 整改落实情况通报: the overview of @unit_id (0: every top unit) as of @today, for a leaders'
 * meeting: its child units ranked by their red tasks with their lights (yellow within
 * @warning_days of the deadline), share closed and satisfaction, its own tasks and the total; the
 * stacked bars of each child's lights and the lights week by week. Landscape A4. @options may be
 * NULL. */
HdDocument  *hd_form_overview_new  (HdStore              *store,
                                    gint64                unit_id,
                                    const GDate          *today,
                                    guint                 warning_days,
                                    const HdFormOptions  *options,
                                    GError              **error);

G_END_DECLS
