/* hd-meeting-readiness.h — whether a leadership team is ready for its meeting: a checklist of
 * three items, each done or saying what is missing.
 *
 * 1. The three must-talks are talked through: every required pair, counting the conversations of
 *    the meeting's preparation (a vacancy is no pair to talk).
 * 2. Every member of the team has handed in the self-examination material (对照检查材料); a
 *    team with nobody on its roster has not.
 * 3. The supervision group has been informed of the meeting.
 */
#pragma once

#include "store/hd-store.h"
#include "talks/hd-team-coverage.h"

G_BEGIN_DECLS

typedef enum {
  HD_READINESS_TALKS,
  HD_READINESS_MATERIALS,
  HD_READINESS_INFORMED,
} HdReadinessItem;
#define HD_READINESS_N_ITEMS (HD_READINESS_INFORMED + 1)

typedef struct {
  guint  pairs;              /* required, vacancies not counted */
  guint  pairs_done;         /* talked through */
  guint  members;            /* of the team, the principal leader included */
  guint  materials;          /* of them, whose material came in */
  char  *materials_missing;  /* their names, joined by “、”; "" */
  char   informed[11];       /* ISO; "" not yet */
} HdMeetingReadiness;

/* Reads the readiness of the meeting @meeting_id into @readiness (cleared with
 * hd_meeting_readiness_clear()). */
gboolean     hd_meeting_readiness_read     (HdStore                  *store,
                                            gint64                    meeting_id,
                                            HdMeetingReadiness       *readiness,
                                            GError                  **error);
void         hd_meeting_readiness_clear    (HdMeetingReadiness       *readiness);

gboolean     hd_meeting_readiness_item_done (const HdMeetingReadiness *readiness,
                                             HdReadinessItem           item);
gboolean     hd_meeting_readiness_is_ready  (const HdMeetingReadiness *readiness);
/* The item as the checklist says it, done or what is missing (translated), e.g. “Self-examination
 * materials: 5 of 7 received; not yet from 张三、李四”. */
char        *hd_meeting_readiness_describe  (const HdMeetingReadiness *readiness,
                                             HdReadinessItem           item);

/* The meetings of the units whose paths lie in [@from, @to) whose supervision group is informed
 * and whose materials are all in (HdMeetingPreparation): they are ready when their must-talks
 * are talked through, which hd_team_coverage_count() says for them all at once. */
GArray      *hd_meeting_readiness_candidates (HdStore            *store,
                                              const char         *from,
                                              const char         *to,
                                              GError            **error);

G_END_DECLS
