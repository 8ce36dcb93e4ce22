/* hd-notice.h — supervision notices (督办通知单): issued to one unit for some of its tasks,
 * numbered per issuing office and year (督办〔2014〕第12号), answered by a reply, reminded (催办),
 * or withdrawn with a reason. A notice is never deleted and its number never given again.
 */
#pragma once

#include "ledger/hd-light.h"
#include "store/hd-edit.h"
#include "store/hd-enum.h"
#include "store/hd-record.h"

G_BEGIN_DECLS

typedef enum {
  HD_NOTICE_OPEN,        /* waiting for the reply, within its deadline */
  HD_NOTICE_REPLIED,
  HD_NOTICE_OVERDUE,     /* waiting for the reply past its deadline */
  HD_NOTICE_WITHDRAWN,
} HdNoticeState;

#define HD_NOTICE_N_STATES (HD_NOTICE_WITHDRAWN + 1)

/* The tokens open, replied, overdue and withdrawn (as `notice list` prints them), and labels. */
HD_DECLARE_ENUM_FUNCS (HdNoticeState, hd_notice_state)

#define HD_NOTICE_ERROR (hd_notice_error_quark ())

typedef enum {
  HD_NOTICE_ERROR_INVALID,     /* input that cannot be stored, with what to do */
  HD_NOTICE_ERROR_NOT_FOUND,
  HD_NOTICE_ERROR_AMBIGUOUS,   /* a number that two issuing offices both gave */
  HD_NOTICE_ERROR_STATE,       /* replied or withdrawn already */
} HdNoticeError;

GQuark       hd_notice_error_quark      (void);

#define HD_TYPE_NOTICE (hd_notice_get_type ())
G_DECLARE_FINAL_TYPE (HdNotice, hd_notice, HD, NOTICE, HdRecord)

HdNotice    *hd_notice_load             (HdStore       *store,
                                         gint64         id,
                                         GError       **error);
gint64       hd_notice_get_id           (HdNotice      *self);
gint64       hd_notice_get_unit_id      (HdNotice      *self);
const char  *hd_notice_get_office       (HdNotice      *self);
guint        hd_notice_get_year         (HdNotice      *self);
guint        hd_notice_get_serial       (HdNotice      *self);
/* "督办〔2014〕第12号". */
const char  *hd_notice_get_number       (HdNotice      *self);
const char  *hd_notice_get_issued       (HdNotice      *self);   /* ISO dates */
const char  *hd_notice_get_reply_by     (HdNotice      *self);
const char  *hd_notice_get_replied      (HdNotice      *self);   /* NULL while unanswered */
const char  *hd_notice_get_reply        (HdNotice      *self);
const char  *hd_notice_get_replier      (HdNotice      *self);
const char  *hd_notice_get_withdrawn    (HdNotice      *self);   /* NULL unless withdrawn */
const char  *hd_notice_get_withdrawal   (HdNotice      *self);   /* the reason */
/* The tasks it concerns, in their ledger's order (gint64 ids). */
GArray      *hd_notice_get_task_ids     (HdNotice      *self);

HdNoticeState hd_notice_get_state       (HdNotice      *self,
                                         const GDate   *today);
/* The reply deadline's light, as a task's: red when unanswered past it, closed (late) when the
 * reply came (after it); a withdrawn notice counts as closed. */
HdLight      hd_notice_get_light        (HdNotice      *self,
                                         const GDate   *today,
                                         guint          warning_days);

/* "督办〔@year〕第@serial号", and back; FALSE for anything else. */
char        *hd_notice_format_number    (guint          year,
                                         guint          serial);
gboolean     hd_notice_parse_number     (const char    *text,
                                         guint         *year,
                                         guint         *serial);

typedef struct {
  gint64        unit_id;
  const gint64 *task_ids;   /* tasks of that unit, at least one */
  guint         n_tasks;
  const char   *office;     /* the issuing office */
  const char   *issued;     /* ISO */
  const char   *reply_by;   /* ISO, not before @issued */
} HdNoticeFields;

/* The top unit's activity office ("示范县活动办"), which issues notices unless told otherwise: a
 * name that is data, the same in every language. NULL with the reason when there is no unit. */
char        *hd_notice_default_office   (HdStore               *store,
                                         GError               **error);

/* Issues a notice with the next number of its office and year (gap-free even when other
 * processes issue at the same moment): its id, or 0. Recorded in the change log, and not undone
 * by Ctrl+Z, which would give its number away: withdraw a notice issued in error. */
gint64       hd_notice_issue            (HdStore               *store,
                                         const HdNoticeFields  *fields,
                                         GError               **error);
/* The reply, on @date (not before the notice was issued), by @replier (may be empty). */
gboolean     hd_notice_reply            (HdStore       *store,
                                         HdHistory     *history,
                                         gint64         id,
                                         const char    *date,
                                         const char    *text,
                                         const char    *replier,
                                         GError       **error);
gboolean     hd_notice_withdraw         (HdStore       *store,
                                         HdHistory     *history,
                                         gint64         id,
                                         const char    *date,
                                         const char    *reason,
                                         GError       **error);
/* A reminder (催办) on @date, written by the store's operator. */
gboolean     hd_notice_remind           (HdStore       *store,
                                         HdHistory     *history,
                                         gint64         id,
                                         const char    *date,
                                         const char    *note,
                                         GError       **error);

/* The notice numbered @number ("督办〔2014〕第12号") of @office (NULL: of whichever office gave
 * it, an error where two did); 0 with the reason when there is none. */
gint64       hd_notice_find             (HdStore       *store,
                                         const char    *office,
                                         const char    *number,
                                         GError       **error);

/* The notices of @unit_id's subtree (0: all) in @state as of @today (-1: in any), newest first;
 * those waiting for their reply (open or overdue) by their reply deadline, soonest first: a
 * statement whose first column is the notice's id; the caller finalizes it. */
sqlite3_stmt *hd_notice_list_prepare    (HdStore       *store,
                                         gint64         unit_id,
                                         int            state,
                                         const GDate   *today,
                                         GError       **error);

G_END_DECLS
