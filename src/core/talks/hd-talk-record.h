/* hd-talk-record.h — one conversation read whole, with its people's names, as its printed record
 * (谈心谈话记录表) shows it. The content and the commitments are confidential: only that record
 * and the Talks area read them.
 */
#pragma once

#include "store/hd-store.h"
#include "talks/hd-talk.h"

G_BEGIN_DECLS

typedef struct {
  gint64         id;
  gint64         unit_id;        /* the team's unit */
  char          *unit_name;
  char          *date;           /* ISO */
  char          *place;          /* "" when not given */
  char          *initiator;      /* the name of the one who talked (谈话人) */
  GPtrArray     *others;         /* the names of those talked with (谈话对象), as recorded */
  char          *recorder;       /* "" when nobody is named */
  guint          topics;         /* HdTalkTopic bits */
  char          *content;
  char          *commitments;
  gint64         meeting_id;     /* 0: it prepares no meeting named */
  HdMeetingKind  meeting_kind;
  char          *meeting_date;   /* ISO; "" without a meeting */
} HdTalkDetails;

/* Conversation @id, or NULL with HD_TALK_ERROR_NOT_FOUND (saying to check its number) or the
 * reason it could not be read. */
HdTalkDetails    *hd_talk_details_load     (HdStore          *store,
                                            gint64            id,
                                            GError          **error);
void              hd_talk_details_free     (HdTalkDetails    *details);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HdTalkDetails, hd_talk_details_free)

G_END_DECLS
