/* hd-talk.h — talk-the-heart conversations (谈心谈话) and the meetings they prepare.
 *
 * A conversation belongs to a unit's leadership team: the date, the place, two or more people
 * (from the roster, of any unit), who initiated and who recorded it, the topics covered (the five
 * of hd-coverage.h as bits), the content and each side's commitments — which are confidential —
 * and the meeting it prepares. A meeting is a team's democratic life meeting (民主生活会) or a
 * branch's organisation life meeting (组织生活会), held on a day; the three must-talks count the
 * conversations from the start of its preparation to that day.
 */
#pragma once

#include "store/hd-edit.h"
#include "store/hd-enum.h"
#include "talks/hd-coverage.h"

G_BEGIN_DECLS

#define HD_TALK_ERROR (hd_talk_error_quark ())

typedef enum {
  HD_TALK_ERROR_INVALID,     /* input that cannot be stored, with what to do */
  HD_TALK_ERROR_NOT_FOUND,
  HD_TALK_ERROR_READ,        /* the database could not be read */
} HdTalkError;

GQuark       hd_talk_error_quark   (void);

typedef enum {
  HD_MEETING_DEMOCRATIC,     /* 民主生活会, of a leadership team */
  HD_MEETING_ORGANISATION,   /* 组织生活会, of a grassroots branch */
} HdMeetingKind;
#define HD_MEETING_N_KINDS (HD_MEETING_ORGANISATION + 1)

HD_DECLARE_ENUM_FUNCS (HdMeetingKind, hd_meeting_kind)

typedef struct {
  gint64         unit_id;
  HdMeetingKind  kind;
  const char    *date;           /* ISO: the day it is held */
  const char    *prepare_from;   /* ISO: the preparation starts, not after @date */
  const char    *place;          /* may be NULL */
} HdMeetingFields;

/* Plans a meeting: its id, or 0 with what to correct. An undoable edit. */
gint64       hd_meeting_create     (HdStore                *store,
                                    HdHistory              *history,
                                    const HdMeetingFields  *fields,
                                    GError                **error);

typedef struct {
  gint64         unit_id;        /* the team's unit */
  gint64         meeting_id;     /* 0: none named */
  const char    *date;           /* ISO */
  const char    *place;          /* may be NULL */
  const gint64  *people;         /* two or more, different */
  guint          n_people;
  gint64         initiator_id;   /* one of @people */
  gint64         recorder_id;    /* 0: not named */
  guint          topics;         /* HdTalkTopic bits */
  const char    *content;
  const char    *commitments;
} HdTalkFields;

/* Whether @fields can be stored; FALSE with what to correct. */
gboolean     hd_talk_fields_validate (HdStore              *store,
                                      const HdTalkFields   *fields,
                                      GError              **error);
/* Writes a conversation whose fields are valid inside @edit (an import): its id, or 0. */
gint64       hd_talk_insert        (HdEdit                 *edit,
                                    const HdTalkFields     *fields,
                                    GError                **error);
/* Records a conversation: its id, or 0 with what to correct. An undoable edit. */
gint64       hd_talk_create        (HdStore                *store,
                                    HdHistory              *history,
                                    const HdTalkFields     *fields,
                                    GError                **error);

/* The person called @name (whitespace trimmed) whom a conversation of @unit_id's team may name: a
 * person on the unit's roster, or on the roster of a department that a member of its team
 * oversees. 0 with the reason when there is none, or several of that name. */
gint64       hd_talk_find_person   (HdStore                *store,
                                    gint64                  unit_id,
                                    const char             *name,
                                    GError                **error);

/* The names, at most @limit, that a conversation of @unit_id's team may name (as
 * hd_talk_find_person() finds them) and that contain @fragment (whitespace trimmed), those
 * beginning with it first: the completion of a name being typed. NULL with the reason on failure. */
GStrv        hd_talk_match_names   (HdStore                *store,
                                    gint64                  unit_id,
                                    const char             *fragment,
                                    guint                   limit,
                                    GError                **error);

/* A meeting as the Talks area offers it. */
typedef struct {
  gint64         id;
  HdMeetingKind  kind;
  char           date[11];           /* ISO */
  char           prepare_from[11];
} HdMeetingInfo;

/* The meetings of @unit_id (HdMeetingInfo), the latest first. */
GArray      *hd_meeting_list       (HdStore                *store,
                                    gint64                  unit_id,
                                    GError                **error);

/* A conversation as the Talks area lists it for a pair. */
typedef struct {
  gint64  id;
  char    date[11];
  guint   topics;
} HdTalkInfo;

/* The conversations (HdTalkInfo) that included both @a and @b, oldest first; with @meeting_id,
 * only those in its preparation. */
GArray      *hd_talk_list_for_pair (HdStore                *store,
                                    gint64                  a,
                                    gint64                  b,
                                    gint64                  meeting_id,
                                    GError                **error);

G_END_DECLS
