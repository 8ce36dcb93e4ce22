/* hd-meeting.h — a meeting's readiness and its record.
 *
 * Before the meeting: the day the supervision group was informed, and each team member's
 * self-examination material (对照检查材料) as received, with who reviewed it. At the meeting: who
 * attended, who was absent and why, the supervision group's members who sat in; the criticism
 * raised (who criticised whom, what: confidential, like the conversations); and the measures
 * agreed, each of which becomes a task of the unit's ledger in one step. Every change is an
 * undoable edit; bad input is refused with what to do, and nothing changes.
 */
#pragma once

#include "ledger/hd-task.h"
#include "talks/hd-talk.h"

G_BEGIN_DECLS

typedef enum {
  HD_PRESENCE_ATTENDED,     /* 出席 */
  HD_PRESENCE_ABSENT,       /* 缺席, with the reason */
  HD_PRESENCE_SUPERVISOR,   /* a member of the supervision group who sat in (督导组列席) */
} HdPresence;
#define HD_PRESENCE_N_VALUES (HD_PRESENCE_SUPERVISOR + 1)
#define HD_PRESENCE_NONE (-1)   /* not recorded */

HD_DECLARE_ENUM_FUNCS (HdPresence, hd_presence)

/* A member of the meeting's team, or another person recorded at the meeting. */
typedef struct {
  gint64  person_id;
  char   *name;
  char   *title;              /* the post, as the roster has it */
  gboolean member;            /* of the team; else recorded at the meeting only */
  char    received[11];       /* ISO: the self-examination material came in; "" not yet */
  char   *reviewer;           /* who reviewed it; "" */
  int     presence;           /* HdPresence, or HD_PRESENCE_NONE */
  char   *reason;             /* an absentee's; "" */
} HdMeetingPerson;

typedef struct {
  gint64  id;
  gint64  critic_id;
  gint64  target_id;
  char   *critic;
  char   *target;
  char   *content;
} HdMeetingCriticism;

typedef struct {
  gint64  id;
  char   *problem;
  char   *measures;
  gint64  leader_id;
  char   *leader;
  gint64  task_id;            /* the ledger's task it became; 0 not yet */
} HdMeetingMeasure;

typedef struct {
  gint64         id;
  gint64         unit_id;
  char          *unit_name;
  HdMeetingKind  kind;
  char           date[11];
  char           prepare_from[11];
  char           informed[11];   /* "" not yet */
  char          *place;
  GArray        *people;         /* HdMeetingPerson: the team in its order, then the members of the
                                  * supervision groups assigned to the unit and the others recorded */
  GArray        *criticism;      /* HdMeetingCriticism, in the order raised */
  GArray        *measures;       /* HdMeetingMeasure, in the order agreed */
} HdMeetingRecord;

HdMeetingRecord *hd_meeting_record_load (HdStore          *store,
                                         gint64            meeting_id,
                                         GError          **error);
void         hd_meeting_record_free    (HdMeetingRecord   *record);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HdMeetingRecord, hd_meeting_record_free)

/* The team member's place in @record, or NULL. */
const HdMeetingPerson *hd_meeting_record_find_person (const HdMeetingRecord *record,
                                                       gint64                 person_id);

/* The supervision group was informed on @day (ISO; NULL or "" : not yet). */
gboolean     hd_meeting_set_informed   (HdStore     *store,
                                        HdHistory   *history,
                                        gint64       meeting_id,
                                        const char  *day,
                                        GError     **error);
/* A team member's self-examination material came in on @received (ISO; NULL or "": not yet),
 * reviewed by @reviewer (may be NULL). */
gboolean     hd_meeting_set_material   (HdStore     *store,
                                        HdHistory   *history,
                                        gint64       meeting_id,
                                        gint64       person_id,
                                        const char  *received,
                                        const char  *reviewer,
                                        GError     **error);
/* Records whether @person_id attended (HdPresence, or HD_PRESENCE_NONE to take the record back);
 * an absentee's @reason is required. */
gboolean     hd_meeting_set_presence   (HdStore     *store,
                                        HdHistory   *history,
                                        gint64       meeting_id,
                                        gint64       person_id,
                                        int          presence,
                                        const char  *reason,
                                        GError     **error);
/* Criticism raised at the meeting by one team member of another: its id, or 0. */
gint64       hd_meeting_add_criticism  (HdStore     *store,
                                        HdHistory   *history,
                                        gint64       meeting_id,
                                        gint64       critic_id,
                                        gint64       target_id,
                                        const char  *content,
                                        GError     **error);
gboolean     hd_meeting_delete_criticism (HdStore   *store,
                                          HdHistory *history,
                                          gint64     criticism_id,
                                          GError   **error);
/* A measure agreed at the meeting: the problem, what will be done, and the team member who
 * answers for it. Its id, or 0. */
gint64       hd_meeting_add_measure    (HdStore     *store,
                                        HdHistory   *history,
                                        gint64       meeting_id,
                                        const char  *problem,
                                        const char  *measures,
                                        gint64       leader_id,
                                        GError     **error);
/* Deletes a measure; a task it became stays in the ledger. */
gboolean     hd_meeting_delete_measure (HdStore     *store,
                                        HdHistory   *history,
                                        gint64       measure_id,
                                        GError     **error);

/* The task a measure becomes, pre-filled: the meeting's unit, the problem, the measures, the
 * leader's name, the meeting as the source (set to a new string, for the caller to free), in the
 * rectification plan with a deadline; the clerk adds the deadline and the rest. The other strings
 * belong to @record and @measure. */
void         hd_meeting_measure_task_fields (const HdMeetingRecord  *record,
                                             const HdMeetingMeasure *measure,
                                             char                  **source,
                                             HdTaskFields           *fields);
/* Adds @fields as a new task of the ledger and links the measure to it, in one edit: the task's
 * id, or 0. A measure becomes one task only. */
gint64       hd_meeting_measure_make_task (HdStore            *store,
                                           HdHistory          *history,
                                           gint64              measure_id,
                                           const HdTaskFields *fields,
                                           GError            **error);

G_END_DECLS
