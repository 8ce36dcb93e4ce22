/* hd-demo-private.h — what the demo's files share: the writer and its prepared statements, the
 * records that later kinds of record refer to, and the random draws. hd-demo.c runs the kinds in
 * order; each of the other files makes one kind. */
#pragma once

#include "demo/hd-demo-names.h"
#include "organisation/hd-unit.h"
#include "store/hd-store.h"

G_BEGIN_DECLS

#define N_SUPERVISION_GROUPS  13
#define MAX_TOWNSHIPS         20
#define MAX_OFFICES           16

/* Per mille, as the rosters of such offices tend to be. */
#define FEMALE_LEADERS        150
#define FEMALE_CADRES         400
#define FEMALE_VILLAGERS      250
#define FEMALE_PROFESSIONALS  550

#define CAMPAIGN_DAYS   200   /* the campaign began this many days before today */
#define LISTENING_DAYS  90    /* its first phase, when most opinions came in */

typedef struct {
  gint64      id;
  char       *path;
  HdUnitKind  kind;
  char        name[HD_DEMO_NAME_MAX];
  char        code[HD_DEMO_NAME_MAX];
  char        uuid[40];
} Unit;

/* A unit as its ledger needs it: its leadership team names the responsible leaders, and its
 * team members are the people opinions are about. */
#define LEDGER_LEADERS 4

typedef struct {
  gint64      id;
  char       *path;
  HdUnitKind  kind;
  char        name[HD_DEMO_NAME_MAX];
  guint       n_leaders;
  gint64      leader_id[LEDGER_LEADERS];
  char        leader[LEDGER_LEADERS][HD_DEMO_NAME_MAX];
} LedgerUnit;

/* One table's INSERT, and the id its next row gets. */
typedef struct {
  sqlite3_stmt *stmt;
  gint64        next_id;
} Insert;

typedef struct {
  sqlite3      *db;
  Insert        unit;
  Insert        person;
  Insert        member;
  Insert        oversight;
  Insert        contact;
  Insert        group;
  Insert        group_member;
  Insert        assignment;
  Insert        problem;
  Insert        opinion;
  Insert        task;
  Insert        progress;
  Insert        review;
  Insert        notice;
  Insert        notice_task;
  Insert        reminder;
  Insert        round;
  Insert        item;
  Insert        finding;
  Insert        accountability;
  Insert        accountability_link;
  Insert        meeting;
  Insert        talk;
  Insert        talk_person;
  Insert        material;
  Insert        presence;
  Insert        criticism;
  Insert        measure;
  GArray       *ledger_units;   /* LedgerUnit: the current county's units with a team, or NULL */
  guint32       today;          /* Julian day */
  guint64       uuids;          /* how many UUIDs were made: they are made in order */
  char         *failure;   /* SQLite's message for the first failed insert */
  GRand        *notice_rand;    /* the notices' own draws */
  GArray       *notices;        /* the current county's notices, until they are numbered */
  GRand        *lookback_rand;  /* the look-back review's and the escalation's own draws */
  GRand        *talks_rand;     /* the conversations' and meetings' own draws */
} Writer;

/* A unit's leadership team as written: people and team_member ids, the principal first. */
typedef struct {
  guint  n;
  gint64 person[16];
  gint64 member[16];
} Team;

typedef struct {
  Unit               unit;
  const HdDemoDepartment *info;
  gint64             first_staff;   /* staff are consecutive person ids */
  guint              n_staff;
} Department;

typedef struct {
  Unit   unit;
  guint  first_grassroot;   /* index into County.grassroots */
  guint  n_grassroots;
} Township;

typedef struct {
  Unit        unit;
  Team        team;
  Township    townships[MAX_TOWNSHIPS];
  guint       n_townships;
  Department  departments[96];
  guint       n_departments;
  Unit        organisations[32];
  const HdDemoOrganisation *organisation_info[32];
  guint       n_organisations;
  GArray     *grassroots;   /* gint64 unit ids of the villages and communities */
  GHashTable *names;        /* names of the county's units, kept unique for paths of names */
} County;

typedef enum {
  ROLE_COUNTY,
  ROLE_TOWNSHIP,
  ROLE_GRASSROOT,
  ROLE_DEPARTMENT,
  ROLE_ORGANISATION,   /* schools, hospitals, companies under the county */
  ROLE_OFFICE,         /* a township's offices and stations */
  N_ROLES,
} Role;

/* A problem as its unit's tasks need it. */
typedef struct {
  gint64  id;
  guint   theme;
  guint32 found;
  gint64  person_id;
} DemoProblem;

static inline int
rand_between (GRand *rand,
              int    low,
              int    high)
{
  return g_rand_int_range (rand, low, high + 1);
}

static inline gboolean
chance (GRand *rand,
        int    per_mille)
{
  return g_rand_int_range (rand, 0, 1000) < per_mille;
}

static inline int
draw_weighted (GRand     *rand,
               const int *weights,
               guint      n)
{
  int total = 0, ticket;

  for (guint i = 0; i < n; i++)
    total += weights[i];
  ticket = g_rand_int_range (rand, 0, total);
  for (guint i = 0; i < n; i++)
    {
      if (ticket < weights[i])
        return (int) i;
      ticket -= weights[i];
    }
  return (int) n - 1;
}

/* hd-demo-writer.c */
gboolean hd_demo_writer_prepare        (Writer       *w,
                                        HdStore      *store,
                                        GError      **error);
void     hd_demo_writer_finish         (Writer       *w);
void     hd_demo_writer_step           (Writer       *w,
                                        sqlite3_stmt *stmt);
char    *hd_demo_writer_uuid           (Writer       *w,
                                        GRand        *rand);
gint64   hd_demo_writer_row            (Writer       *w,
                                        Insert       *insert,
                                        GRand        *rand);
void     hd_demo_write_link            (Writer       *w,
                                        Insert       *insert,
                                        GRand        *rand,
                                        gint64        from_id,
                                        gint64        to_id);
gint64   hd_demo_write_member          (Writer       *w,
                                        Insert       *insert,
                                        GRand        *rand,
                                        gint64        owner_id,
                                        gint64        person_id,
                                        int           role,
                                        int           position);
/* Binds the day @julian as an ISO date; day 0 stands for none (NULL). */
void     hd_demo_bind_day              (sqlite3_stmt *stmt,
                                        int           column,
                                        guint32       julian);
gboolean hd_demo_suspend_name_triggers (HdStore      *store,
                                        GPtrArray    *saved,
                                        GError      **error);
gboolean hd_demo_restore_name_triggers (HdStore      *store,
                                        GPtrArray    *saved,
                                        GError      **error);
gboolean hd_demo_suspend_indexes       (HdStore      *store,
                                        GPtrArray    *saved,
                                        GError      **error);
gboolean hd_demo_restore_indexes       (HdStore      *store,
                                        GPtrArray    *saved,
                                        GError      **error);
gboolean hd_demo_leave_wal             (sqlite3      *db);
void     hd_demo_return_to_wal         (sqlite3      *db);
int      hd_demo_query_cache_size      (sqlite3      *db);
void     hd_demo_set_cache_size        (sqlite3      *db,
                                        int           size);

/* hd-demo-units.c */
void     hd_demo_add_unit              (Writer       *w,
                                        GRand        *rand,
                                        const Unit   *parent,
                                        HdUnitKind    kind,
                                        const char   *name,
                                        const char   *code,
                                        int           position,
                                        Unit         *out);
void     hd_demo_unit_clear            (Unit         *unit);
void     hd_demo_unique_name           (GRand        *rand,
                                        GHashTable   *taken,
                                        gboolean      village,
                                        const char   *suffix,
                                        char          buf[HD_DEMO_NAME_MAX]);
void     hd_demo_add_township          (Writer       *w,
                                        GRand        *rand,
                                        County       *county,
                                        Township     *township,
                                        gboolean      is_street,
                                        guint         number,
                                        guint         n_grassroots,
                                        int           position);
void     hd_demo_add_departments       (Writer       *w,
                                        GRand        *rand,
                                        County       *county,
                                        int          *position);
void     hd_demo_add_organisations     (Writer       *w,
                                        GRand        *rand,
                                        County       *county,
                                        int          *position);

/* hd-demo-people.c */
/* @name_out, when given, receives the person's name (HD_DEMO_NAME_MAX bytes). */
gint64   hd_demo_add_person            (Writer       *w,
                                        GRand        *rand,
                                        const Unit   *unit,
                                        const char   *title,
                                        int           female_per_mille,
                                        gboolean      party_member,
                                        int          *position,
                                        char         *name_out);
void     hd_demo_add_team              (Writer       *w,
                                        GRand        *rand,
                                        const Unit   *unit,
                                        const char * const *titles,
                                        guint         n_titles,
                                        Team         *team,
                                        int          *position);
void     hd_demo_add_head_team         (Writer       *w,
                                        GRand        *rand,
                                        const Unit   *unit,
                                        HdDemoHeadStyle style,
                                        int           n_deputies,
                                        Team         *team,
                                        int          *position);
gint64   hd_demo_add_staff             (Writer       *w,
                                        GRand        *rand,
                                        const Unit   *unit,
                                        HdDemoHeadStyle style,
                                        int           n,
                                        int          *position);
void     hd_demo_add_county_oversight  (Writer       *w,
                                        GRand        *rand,
                                        County       *county);
void     hd_demo_add_contact_points    (Writer       *w,
                                        GRand        *rand,
                                        County       *county);

/* hd-demo-supervision.c */
void     hd_demo_add_supervision_groups (Writer      *w,
                                         GRand       *rand,
                                         County      *county);

/* hd-demo-opinions.c */
void     hd_demo_add_opinions          (Writer       *w,
                                        GRand        *rand,
                                        const LedgerUnit *unit,
                                        Role          role,
                                        int           n,
                                        const char   *village,
                                        guint32       today,
                                        GArray       *problems);
guint    hd_demo_draw_theme            (GRand        *rand,
                                        int           category);

/* hd-demo-tasks.c */
/* hd-demo-notices.c: an overdue task may get a supervision notice, numbered once the county's
 * ledger is written. */
void     hd_demo_consider_notice       (Writer           *w,
                                        const LedgerUnit *unit,
                                        gint64            task_id,
                                        guint32           deadline);
void     hd_demo_add_notices           (Writer           *w,
                                        const char       *county_name);
void     hd_demo_add_tasks             (Writer       *w,
                                        GRand        *rand,
                                        const LedgerUnit *unit,
                                        int           n,
                                        guint32       today,
                                        const GArray *problems);

/* hd-demo-lookback.c: the county's look-back rounds, reminders and accountability records, once
 * its ledger (the tasks from id @first_task on) and its notices (from @first_notice on) are
 * written. */
void     hd_demo_add_lookback          (Writer       *w,
                                        const Unit   *county,
                                        gint64        first_task,
                                        gint64        first_notice);

/* hd-demo-talks.c: a democratic life meeting for each of the county's teams and the
 * conversations of its three must-talks, most teams complete, some with pairs short of topics or
 * not talked yet. */
void     hd_demo_add_talks             (Writer       *w,
                                        const Unit   *county);

G_END_DECLS
