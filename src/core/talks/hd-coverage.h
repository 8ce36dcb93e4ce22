/* hd-coverage.h — the three must-talks (三个必谈) before a democratic life meeting, as a pure
 * function of a leadership team and its conversations:
 *
 * 1. the principal leader with every member;
 * 2. every two members;
 * 3. every member (the principal leader too) with the head of each department he or she oversees.
 *
 * A pair is required once, whichever rules require it (a department head who is also a member of
 * the team is talked with as a member). A department without a head is a vacancy, not a pair. A
 * pair has talked when a conversation included both people, in either role; it is complete when
 * its conversations together covered the five topics (五个谈透).
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The five topics, as bits of a set. */
typedef enum {
  HD_TALK_TOPIC_TEAM      = 1 << 0,   /* the team's problems */
  HD_TALK_TOPIC_OWN       = 1 << 1,   /* one's own problems */
  HD_TALK_TOPIC_OTHER     = 1 << 2,   /* the other person's problems */
  HD_TALK_TOPIC_CRITICISM = 1 << 3,   /* the criticism planned for the meeting */
  HD_TALK_TOPIC_MEASURES  = 1 << 4,   /* the measures to improve */
} HdTalkTopic;
#define HD_TALK_N_TOPICS 5
#define HD_TALK_ALL_TOPICS ((1u << HD_TALK_N_TOPICS) - 1)

typedef enum {
  HD_PAIR_PRINCIPAL,    /* rule 1 */
  HD_PAIR_MEMBERS,      /* rule 2 */
  HD_PAIR_DEPARTMENT,   /* rule 3 */
} HdPairKind;

typedef enum {
  HD_PAIR_DONE,            /* talked, the five topics covered */
  HD_PAIR_TOPICS_MISSING,  /* talked, some topics not covered */
  HD_PAIR_MISSING,         /* not talked */
  HD_PAIR_VACANT,          /* a department without a head: no pair to talk */
} HdPairState;

/* A department a member oversees, and its head (0: none). */
typedef struct {
  gint64 member;        /* the member's person id */
  gint64 department;    /* the department's unit id */
  gint64 head;          /* its head's person id, 0 when vacant */
} HdOversightLink;

typedef struct {
  gint64                 principal;     /* person id; 0 when the post is vacant */
  const gint64          *members;       /* the other members' person ids, in the team's order */
  guint                  n_members;
  const HdOversightLink *oversight;     /* in the team's order of members, then of departments */
  guint                  n_oversight;
} HdTeamShape;

/* One conversation: the people in it (two or more) and the topics it covered. */
typedef struct {
  const gint64 *people;
  guint         n_people;
  guint         topics;   /* HdTalkTopic bits */
} HdTalkRecord;

typedef struct {
  HdPairKind  kind;
  gint64      a;            /* the principal, the earlier member, or the overseeing member */
  gint64      b;            /* the member, the later member, or the department's head (0: vacant) */
  gint64      department;   /* HD_PAIR_DEPARTMENT: the department's unit id */
  HdPairState state;
  guint       missing;      /* the topics not covered yet, for a pair that has talked */
  guint       n_talks;      /* how many conversations included both */
} HdRequiredPair;

/* The required pairs of @team and the vacancies (HdRequiredPair), ordered: the principal's pairs,
 * then the members' pairs, then the department heads', each by the team's order; each with its
 * state after @talks. */
GArray      *hd_coverage_compute      (const HdTeamShape  *team,
                                       const HdTalkRecord *talks,
                                       guint               n_talks);

/* The topics of @missing as their numbers, "2,5". */
char        *hd_coverage_format_topics (guint              missing);

/* What a pair's state is called, after its mark: "Talked through", "Topics 2、5 missing", "Not
 * yet talked", "Vacant" (translated). */
char        *hd_coverage_dup_state_text (const HdRequiredPair *pair);
/* The state's mark, which the word beside it says again: ✔, ◐, ○ (a vacancy: ○). */
const char  *hd_coverage_state_mark     (HdPairState         state);
/* Which of the three must-talks requires the pair (translated). */
const char  *hd_pair_kind_get_label     (HdPairKind          kind);

G_END_DECLS
