/* hd-demo-names.h — the vocabulary of the demo data: names, titles, the county's departments. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Room for any name, title or code the vocabulary produces, with its terminating NUL. */
#define HD_DEMO_NAME_MAX 64

/* The titles a unit's principal leader, its other team members and its staff carry. */
typedef enum {
  HD_DEMO_HEAD_BUREAU,        /* 局长 / 副局长 */
  HD_DEMO_HEAD_MINISTRY,      /* 部长 / 副部长 */
  HD_DEMO_HEAD_OFFICE,        /* 主任 / 副主任 */
  HD_DEMO_HEAD_COMMITTEE,     /* 书记 / 副书记 */
  HD_DEMO_HEAD_COURT,         /* 院长 / 副院长 */
  HD_DEMO_HEAD_PROCURATORATE, /* 检察长 / 副检察长 */
  HD_DEMO_HEAD_FEDERATION,    /* 主席 / 副主席 */
  HD_DEMO_HEAD_SCHOOL,        /* 党委书记, 校长 / 副校长, 教师 */
  HD_DEMO_HEAD_HOSPITAL,      /* 党委书记, 院长 / 副院长, 医师 */
  HD_DEMO_HEAD_COMPANY,       /* 党委书记, 总经理 / 副总经理, 职工 */
  HD_DEMO_HEAD_STATION,       /* 站长 / 副站长 */
  HD_DEMO_HEAD_INSTITUTE,     /* 所长 / 副所长 */
} HdDemoHeadStyle;

/* The county leadership team: the principal leader first, then the members in rank order. */
typedef enum {
  HD_DEMO_LEADER_SECRETARY,        /* 县委书记 */
  HD_DEMO_LEADER_MAGISTRATE,       /* 县长: the government's own offices */
  HD_DEMO_LEADER_DEPUTY_SECRETARY, /* 县委副书记: party-building, mass organisations */
  HD_DEMO_LEADER_DISCIPLINE,       /* 纪委书记 */
  HD_DEMO_LEADER_ORGANISATION,     /* 组织部部长 */
  HD_DEMO_LEADER_PROPAGANDA,       /* 宣传部部长 */
  HD_DEMO_LEADER_POLITICS_LAW,     /* 政法委书记 */
  HD_DEMO_LEADER_UNITED_FRONT,     /* 统战部部长 */
  HD_DEMO_LEADER_EXECUTIVE,        /* 常务副县长: finance and planning */
  HD_DEMO_LEADER_GENERAL_OFFICE,   /* 县委办公室主任 */
  HD_DEMO_LEADER_MILITARY,         /* 人武部部长 */
  HD_DEMO_LEADER_ECONOMY,          /* 副县长: industry and trade */
  HD_DEMO_LEADER_AGRICULTURE,      /* 副县长: agriculture, forestry, water */
  HD_DEMO_LEADER_CONSTRUCTION,     /* 副县长: land, building, transport */
  HD_DEMO_LEADER_SOCIAL,           /* 副县长: education, health, welfare */
  HD_DEMO_N_LEADERS,
} HdDemoLeader;

typedef enum {
  HD_DEMO_POOL_NONE,
  HD_DEMO_POOL_SUPERVISORS,  /* its staff may be sent into supervision groups */
  HD_DEMO_POOL_RETIRED,      /* keeps the retired cadres' party branch: supervision group leaders */
} HdDemoPool;

typedef struct {
  const char      *name;
  HdDemoHeadStyle  style;
  HdDemoLeader     overseer;   /* the county leader who oversees it (分管) */
  HdDemoPool       pool;
  gboolean         optional;   /* some counties have no such unit */
} HdDemoDepartment;

typedef struct {
  const char      *name;
  HdDemoHeadStyle  style;
} HdDemoOrganisation;

extern const HdDemoDepartment    hd_demo_departments[];
extern const guint               hd_demo_n_departments;
extern const HdDemoOrganisation  hd_demo_organisations[];
extern const guint               hd_demo_n_organisations;
extern const HdDemoOrganisation  hd_demo_township_offices[];
extern const guint               hd_demo_n_township_offices;
extern const HdDemoOrganisation  hd_demo_street_offices[];
extern const guint               hd_demo_n_street_offices;

/* The county team's titles, indexed by HdDemoLeader. */
extern const char * const        hd_demo_county_titles[];
/* Township and street teams: the principal's title, then the members' in rank order. */
extern const char * const        hd_demo_township_titles[];
extern const guint               hd_demo_n_township_titles;
extern const char * const        hd_demo_street_titles[];
extern const guint               hd_demo_n_street_titles;

const char  *hd_demo_head_title      (HdDemoHeadStyle  style);
const char  *hd_demo_deputy_title    (HdDemoHeadStyle  style);
/* The head of a school, hospital or company under its party secretary; NULL for other styles. */
const char  *hd_demo_manager_title   (HdDemoHeadStyle  style);
const char  *hd_demo_staff_title     (HdDemoHeadStyle  style,
                                      GRand           *rand);

/* A person's name: a surname drawn from a realistic distribution and a one- or two-character
 * given name; now and then a rare character outside the Basic Multilingual Plane. */
void         hd_demo_person_name     (GRand           *rand,
                                      gboolean         female,
                                      char             buf[HD_DEMO_NAME_MAX]);
/* A mobile number: eleven digits, 1[3-9]… */
void         hd_demo_mobile          (GRand           *rand,
                                      char             buf[HD_DEMO_NAME_MAX]);
/* A two-character place name ("青河"), "王家庄" style for villages when @village is set. */
void         hd_demo_place_name      (GRand           *rand,
                                      gboolean         village,
                                      char             buf[HD_DEMO_NAME_MAX]);
/* A province's two-digit division code prefix ("41"). */
guint        hd_demo_province_code   (GRand           *rand);

/* Room for an opinion's text, a task's measures or a progress entry the vocabulary writes. */
#define HD_DEMO_TEXT_MAX 512

/* A kind of problem the masses raise, in the categories of hd-opinion.h (HdCategory's order):
 * its summary as a problem, what the opinions say in detail, and how a task rectifies it.
 * Details, measures and goals are templates: {V} a village or community, {O} an office,
 * {N} a number in words, {P} a person's name, {U} the unit's own name. */
typedef struct {
  int          category;
  const char  *summary;
  const char  *details[3];
  const char  *measures;
  const char  *goal;
} HdDemoTheme;

extern const HdDemoTheme         hd_demo_themes[];
extern const guint               hd_demo_n_themes;

/* The centre's 21 special rectification tasks (专项整治), each with its theme's category. */
typedef struct {
  int          category;
  const char  *problem;
  const char  *measures;
  const char  *goal;
} HdDemoSpecialTask;

extern const HdDemoSpecialTask   hd_demo_special_tasks[];
extern const guint               hd_demo_n_special_tasks;

/* A rule of the institution-building programme and what is done with it (an HdRuleAction). */
typedef struct {
  int          action;
  const char  *problem;
  const char  *measures;
} HdDemoRule;

extern const HdDemoRule          hd_demo_rules[];
extern const guint               hd_demo_n_rules;

/* One of @theme's details with its placeholders filled, after a channel's way of putting it
 * (an HdOpinionChannel: "走访中村民反映：" …) now and then; @village names the place. */
void         hd_demo_opinion_text    (GRand             *rand,
                                      const HdDemoTheme *theme,
                                      int                channel,
                                      const char        *unit,
                                      const char        *village,
                                      char               buf[HD_DEMO_TEXT_MAX]);
/* Fills the placeholders of @template (see HdDemoTheme). */
void         hd_demo_expand          (GRand             *rand,
                                      const char        *template_,
                                      const char        *unit,
                                      const char        *village,
                                      char               buf[HD_DEMO_TEXT_MAX]);
/* Where a task stands: an entry of its progress log; the result once done; the entry of a task
 * the masses sent back (回炉). */
void         hd_demo_progress_text   (GRand             *rand,
                                      char               buf[HD_DEMO_TEXT_MAX]);
void         hd_demo_result_text     (GRand             *rand,
                                      char               buf[HD_DEMO_TEXT_MAX]);
const char  *hd_demo_sent_back_text  (GRand             *rand);
/* Where a task came from (来源): 民主评议, 督导组反馈 … */
const char  *hd_demo_task_source     (GRand             *rand);

G_END_DECLS
