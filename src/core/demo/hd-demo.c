/* hd-demo.c — deterministic demo data: the documents' county, or a province of 100 of them.
 *
 * Every choice is drawn from a GRand seeded by the caller, so a seed always gives the same
 * database, row for row. A province draws one seed per county from its own generator, so its
 * counties differ from each other and from the county of the same seed.
 *
 * Speed matters (the province has 1.7 million people): rows are written with a handful of
 * prepared statements reused for every row, ids are assigned here rather than read back, and a
 * unit's path is built from its parent's without a query. The first failing insert is kept and
 * turns the remaining inserts into no-ops, so the plan below reads as a plan rather than as a
 * chain of error checks; the transaction is then rolled back.
 */
#include <glib/gi18n-lib.h>
#include <string.h>

#include "demo/hd-demo-names.h"
#include "demo/hd-demo.h"
#include "ledger/hd-task.h"
#include "opinions/hd-opinion.h"
#include "organisation/hd-person.h"
#include "organisation/hd-team.h"
#include "organisation/hd-unit.h"
#include "store/hd-enum.h"
#include "store/hd-uuid.h"

G_DEFINE_QUARK (hd-demo-error-quark, hd_demo_error)

#define N_SUPERVISION_GROUPS  13
#define N_PROVINCE_COUNTIES   100
#define MAX_TOWNSHIPS         20
#define MAX_OFFICES           16
#define DEMO_CACHE_SIZE       (-256 * 1024)   /* KiB */

/* Per mille, as the rosters of such offices tend to be. */
#define FEMALE_LEADERS        150
#define FEMALE_CADRES         400
#define FEMALE_VILLAGERS      250
#define FEMALE_PROFESSIONALS  550

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

typedef struct {
  sqlite3      *db;
  sqlite3_stmt *unit;
  sqlite3_stmt *person;
  sqlite3_stmt *member;
  sqlite3_stmt *oversight;
  sqlite3_stmt *contact;
  sqlite3_stmt *group;
  sqlite3_stmt *group_member;
  sqlite3_stmt *assignment;
  sqlite3_stmt *problem;
  sqlite3_stmt *opinion;
  sqlite3_stmt *task;
  sqlite3_stmt *progress;
  sqlite3_stmt *review;
  gint64        next_unit;
  gint64        next_person;
  gint64        next_member;
  gint64        next_oversight;
  gint64        next_contact;
  gint64        next_group;
  gint64        next_group_member;
  gint64        next_assignment;
  gint64        next_problem;
  gint64        next_opinion;
  gint64        next_task;
  gint64        next_progress;
  gint64        next_review;
  GArray       *ledger_units;   /* LedgerUnit: the current county's units with a team, or NULL */
  guint32       today;          /* Julian day */
  guint64       uuids;          /* how many UUIDs were made: they are made in order */
  char         *failure;   /* SQLite's message for the first failed insert */
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

static int
rand_between (GRand *rand,
              int    low,
              int    high)
{
  return g_rand_int_range (rand, low, high + 1);
}

static gboolean
chance (GRand *rand,
        int    per_mille)
{
  return g_rand_int_range (rand, 0, 1000) < per_mille;
}

static void
unit_clear (Unit *unit)
{
  g_clear_pointer (&unit->path, g_free);
}

static void
writer_step (Writer       *w,
             sqlite3_stmt *stmt)
{
  if (w->failure == NULL && sqlite3_step (stmt) != SQLITE_DONE)
    w->failure = g_strdup (sqlite3_errmsg (w->db));
  sqlite3_reset (stmt);
}

/* Time-ordered UUIDs: millions of random ones would be written all over the UUID indexes. */
static char *
next_uuid (Writer *w,
           GRand  *rand)
{
  return hd_uuid_new_ordered (rand, w->uuids++);
}

static void
bind_uuid (Writer       *w,
           sqlite3_stmt *stmt,
           int           column,
           GRand        *rand)
{
  sqlite3_bind_text (stmt, column, next_uuid (w, rand), -1, g_free);
}

static void
add_unit (Writer      *w,
          GRand       *rand,
          const Unit  *parent,
          HdUnitKind   kind,
          const char  *name,
          const char  *code,
          int          position,
          Unit        *out)
{
  char *uuid = next_uuid (w, rand);

  out->id = w->next_unit++;
  out->path = hd_unit_path_child (parent != NULL ? parent->path : NULL, out->id);
  out->kind = kind;
  g_strlcpy (out->name, name, sizeof out->name);
  g_strlcpy (out->code, code, sizeof out->code);
  g_strlcpy (out->uuid, uuid, sizeof out->uuid);

  sqlite3_bind_int64 (w->unit, 1, out->id);
  sqlite3_bind_text (w->unit, 2, uuid, -1, g_free);
  if (parent != NULL)
    sqlite3_bind_int64 (w->unit, 3, parent->id);
  else
    sqlite3_bind_null (w->unit, 3);
  sqlite3_bind_text (w->unit, 4, hd_unit_kind_to_string (kind), -1, SQLITE_STATIC);
  sqlite3_bind_text (w->unit, 5, name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (w->unit, 6, code, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (w->unit, 7, position);
  sqlite3_bind_text (w->unit, 8, out->path, -1, SQLITE_STATIC);
  writer_step (w, w->unit);
}

/* @name_out, when given, receives the person's name. */
static gint64
add_named_person (Writer      *w,
                  GRand       *rand,
                  const Unit  *unit,
                  const char  *title,
                  int          female_per_mille,
                  gboolean     party_member,
                  int         *position,
                  char        *name_out)
{
  gboolean female = chance (rand, female_per_mille);
  char name[HD_DEMO_NAME_MAX];
  char phone[HD_DEMO_NAME_MAX];
  gint64 id = w->next_person++;

  hd_demo_person_name (rand, female, name);
  hd_demo_mobile (rand, phone);

  sqlite3_bind_int64 (w->person, 1, id);
  bind_uuid (w, w->person, 2, rand);
  sqlite3_bind_int64 (w->person, 3, unit->id);
  sqlite3_bind_text (w->person, 4, name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (w->person, 5, female ? HD_GENDER_FEMALE : HD_GENDER_MALE);
  sqlite3_bind_text (w->person, 6, title, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (w->person, 7, party_member ? 1 : 0);
  sqlite3_bind_text (w->person, 8, phone, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (w->person, 9, (*position)++);
  writer_step (w, w->person);
  if (name_out != NULL)
    g_strlcpy (name_out, name, HD_DEMO_NAME_MAX);
  return id;
}

static gint64
add_person (Writer      *w,
            GRand       *rand,
            const Unit  *unit,
            const char  *title,
            int          female_per_mille,
            gboolean     party_member,
            int         *position)
{
  return add_named_person (w, rand, unit, title, female_per_mille, party_member, position, NULL);
}

/* The team's people go first on the unit's roster, in rank order. */
static void
add_team (Writer            *w,
          GRand             *rand,
          const Unit        *unit,
          const char * const *titles,
          guint              n_titles,
          Team              *team,
          int               *position)
{
  LedgerUnit *ledger = NULL;

  g_return_if_fail (n_titles <= G_N_ELEMENTS (team->person));

  /* Teams are written in the order of the units' paths: so is the ledger, later. */
  if (w->ledger_units != NULL)
    {
      g_array_set_size (w->ledger_units, w->ledger_units->len + 1);
      ledger = &g_array_index (w->ledger_units, LedgerUnit, w->ledger_units->len - 1);
      ledger->id = unit->id;
      ledger->path = g_strdup (unit->path);
      ledger->kind = unit->kind;
      g_strlcpy (ledger->name, unit->name, sizeof ledger->name);
      ledger->n_leaders = MIN (n_titles, LEDGER_LEADERS);
    }

  team->n = n_titles;
  for (guint i = 0; i < n_titles; i++)
    {
      char name[HD_DEMO_NAME_MAX];

      team->person[i] = add_named_person (w, rand, unit, titles[i], FEMALE_LEADERS, TRUE, position, name);
      if (ledger != NULL && i < LEDGER_LEADERS)
        {
          ledger->leader_id[i] = team->person[i];
          g_strlcpy (ledger->leader[i], name, sizeof ledger->leader[i]);
        }
      team->member[i] = w->next_member++;

      sqlite3_bind_int64 (w->member, 1, team->member[i]);
      bind_uuid (w, w->member, 2, rand);
      sqlite3_bind_int64 (w->member, 3, unit->id);
      sqlite3_bind_int64 (w->member, 4, team->person[i]);
      sqlite3_bind_int (w->member, 5, i == 0 ? HD_TEAM_ROLE_PRINCIPAL : HD_TEAM_ROLE_MEMBER);
      sqlite3_bind_int (w->member, 6, (int) i);
      writer_step (w, w->member);
    }
}

/* A head, a manager where the style has one, and deputies. */
static void
add_head_team (Writer          *w,
               GRand           *rand,
               const Unit      *unit,
               HdDemoHeadStyle  style,
               int              n_deputies,
               Team            *team,
               int             *position)
{
  const char *titles[8];
  guint n = 0;

  titles[n++] = hd_demo_head_title (style);
  if (hd_demo_manager_title (style) != NULL)
    titles[n++] = hd_demo_manager_title (style);
  for (int i = 0; i < n_deputies && n < G_N_ELEMENTS (titles); i++)
    titles[n++] = hd_demo_deputy_title (style);
  add_team (w, rand, unit, titles, n, team, position);
}

static gint64
add_staff (Writer          *w,
           GRand           *rand,
           const Unit      *unit,
           HdDemoHeadStyle  style,
           int              n,
           int             *position)
{
  gboolean professional = hd_demo_manager_title (style) != NULL;
  gint64 first = w->next_person;

  for (int i = 0; i < n; i++)
    add_person (w, rand, unit, hd_demo_staff_title (style, rand),
                professional ? FEMALE_PROFESSIONALS : FEMALE_CADRES, chance (rand, 750), position);
  return first;
}

static void
add_oversight (Writer *w,
               GRand  *rand,
               gint64  member_id,
               gint64  department_id)
{
  sqlite3_bind_int64 (w->oversight, 1, w->next_oversight++);
  bind_uuid (w, w->oversight, 2, rand);
  sqlite3_bind_int64 (w->oversight, 3, member_id);
  sqlite3_bind_int64 (w->oversight, 4, department_id);
  writer_step (w, w->oversight);
}

static void
add_contact_point (Writer *w,
                   GRand  *rand,
                   gint64  leader_id,
                   gint64  unit_id)
{
  sqlite3_bind_int64 (w->contact, 1, w->next_contact++);
  bind_uuid (w, w->contact, 2, rand);
  sqlite3_bind_int64 (w->contact, 3, leader_id);
  sqlite3_bind_int64 (w->contact, 4, unit_id);
  writer_step (w, w->contact);
}

/* A name no other unit of the county has, so that a path of names finds exactly one unit. */
static void
unique_name (GRand      *rand,
             GHashTable *taken,
             gboolean    village,
             const char *suffix,
             char        buf[HD_DEMO_NAME_MAX])
{
  do
    {
      hd_demo_place_name (rand, village, buf);
      g_strlcat (buf, suffix, HD_DEMO_NAME_MAX);
    }
  while (g_hash_table_contains (taken, buf));
  g_hash_table_add (taken, g_strdup (buf));
}

/* Picks @n_wanted of @n_items in their order (Knuth's selection sampling); returns how many. */
static guint
choose_subset (GRand    *rand,
               guint     n_items,
               guint     n_wanted,
               gboolean *chosen)
{
  guint picked = 0;

  for (guint i = 0; i < n_items; i++)
    {
      chosen[i] = (guint) g_rand_int_range (rand, 0, (gint32) (n_items - i)) < n_wanted - picked;
      if (chosen[i])
        picked++;
    }
  return picked;
}

static void
shuffle (GRand  *rand,
         guint  *items,
         guint   n)
{
  for (guint i = n; i > 1; i--)
    {
      guint j = (guint) g_rand_int_range (rand, 0, (gint32) i);
      guint tmp = items[i - 1];

      items[i - 1] = items[j];
      items[j] = tmp;
    }
}

static void
add_grassroot (Writer     *w,
               GRand      *rand,
               County     *county,
               Township   *township,
               gboolean    is_community,
               guint       number,
               int         position)
{
  /* Titles in rank order; the head of the branch often also chairs the committee (一肩挑). */
  static const char * const village_titles[] = {
    "村党支部书记", "村委会主任", "村党支部副书记", "村委会副主任", "村务监督委员会主任",
    "村党支部委员", "村委会委员", "村委会委员",
  };
  static const char * const community_titles[] = {
    "社区党支部书记", "社区居委会主任", "社区党支部副书记", "社区居委会副主任",
    "社区党支部委员", "社区居委会委员", "社区居委会委员",
  };
  const char * const *ranks = is_community ? community_titles : village_titles;
  const char *titles[8];
  char name[HD_DEMO_NAME_MAX];
  char code[HD_DEMO_NAME_MAX];
  guint n_titles = (guint) rand_between (rand, 4, 6);
  guint next_rank = 1;
  int roster = 0;
  Team team;
  Unit unit;

  unique_name (rand, county->names, !is_community, is_community ? "社区" : "村", name);
  g_snprintf (code, sizeof code, "%s%03u", township->unit.code, number);
  add_unit (w, rand, &township->unit, is_community ? HD_UNIT_KIND_COMMUNITY : HD_UNIT_KIND_VILLAGE,
            name, code, position, &unit);

  titles[0] = ranks[0];
  if (chance (rand, 300))
    {
      titles[0] = is_community ? "社区党支部书记、居委会主任" : "村党支部书记、村委会主任";
      next_rank = 2;
    }
  for (guint i = 1; i < n_titles; i++)
    titles[i] = ranks[next_rank++];
  add_team (w, rand, &unit, titles, n_titles, &team, &roster);

  for (int i = rand_between (rand, 9, 15); i > 0; i--)
    add_person (w, rand, &unit, "党员", FEMALE_VILLAGERS, TRUE, &roster);
  /* Villagers' representatives outside the party sit in on the branch's meetings. */
  for (int i = rand_between (rand, 0, 2); i > 0; i--)
    add_person (w, rand, &unit, is_community ? "居民代表" : "村民代表", FEMALE_VILLAGERS, FALSE, &roster);

  g_array_append_val (county->grassroots, unit.id);
  unit_clear (&unit);
}

static void
add_township (Writer   *w,
              GRand    *rand,
              County   *county,
              Township *township,
              gboolean  is_street,
              guint     number,
              guint     n_grassroots,
              int       position)
{
  const HdDemoOrganisation *offices = is_street ? hd_demo_street_offices : hd_demo_township_offices;
  guint n_office_kinds = is_street ? hd_demo_n_street_offices : hd_demo_n_township_offices;
  const char * const *titles = is_street ? hd_demo_street_titles : hd_demo_township_titles;
  guint n_titles = is_street ? hd_demo_n_street_titles : hd_demo_n_township_titles;
  gboolean chosen[MAX_OFFICES];
  gint64 office_ids[MAX_OFFICES];
  guint n_offices = 0, n_communities;
  char name[HD_DEMO_NAME_MAX];
  char code[HD_DEMO_NAME_MAX];
  int roster = 0, child_position = 0;
  Team team;

  g_return_if_fail (n_office_kinds <= MAX_OFFICES);

  unique_name (rand, county->names, FALSE, is_street ? "街道" : "镇", name);
  g_snprintf (code, sizeof code, "%s%03u", county->unit.code, number);
  add_unit (w, rand, &county->unit, is_street ? HD_UNIT_KIND_STREET : HD_UNIT_KIND_TOWNSHIP,
            name, code, position, &township->unit);

  add_team (w, rand, &township->unit, titles, (guint) rand_between (rand, 7, (int) n_titles),
            &team, &roster);
  add_staff (w, rand, &township->unit, HD_DEMO_HEAD_OFFICE, rand_between (rand, 8, 16), &roster);

  /* The offices and stations the team members oversee. */
  choose_subset (rand, n_office_kinds, (guint) rand_between (rand, 6, MIN (9, (int) n_office_kinds)), chosen);
  for (guint i = 0; i < n_office_kinds; i++)
    {
      Team office_team;
      Unit office;
      int office_roster = 0;

      if (!chosen[i])
        continue;
      g_snprintf (code, sizeof code, "%s-%02u", township->unit.code, n_offices + 1);
      add_unit (w, rand, &township->unit, HD_UNIT_KIND_OTHER, offices[i].name, code,
                child_position++, &office);
      add_head_team (w, rand, &office, offices[i].style, rand_between (rand, 1, 2), &office_team,
                     &office_roster);
      add_staff (w, rand, &office, offices[i].style, rand_between (rand, 3, 8), &office_roster);
      office_ids[n_offices++] = office.id;
      unit_clear (&office);
    }
  /* Every member oversees at least one office and every office has an overseer: walking both
   * lists together until the longer one is done pairs each (member, office) at most once. */
  for (guint k = 0; k < MAX (team.n - 1, n_offices); k++)
    add_oversight (w, rand, team.member[1 + k % (team.n - 1)], office_ids[k % n_offices]);

  /* Communities are numbered from 001, villages from 201, as in the statistical codes. */
  township->first_grassroot = county->grassroots->len;
  township->n_grassroots = n_grassroots;
  n_communities = is_street ? n_grassroots : MIN (n_grassroots, (guint) rand_between (rand, 0, 2));
  for (guint i = 0; i < n_grassroots; i++)
    {
      gboolean is_community = i < n_communities;

      add_grassroot (w, rand, county, township, is_community,
                     is_community ? i + 1 : 201 + i - n_communities, child_position++);
    }
}

static void
add_departments (Writer *w,
                 GRand  *rand,
                 County *county,
                 int    *position)
{
  g_return_if_fail (hd_demo_n_departments <= G_N_ELEMENTS (county->departments));

  for (guint i = 0; i < hd_demo_n_departments; i++)
    {
      const HdDemoDepartment *info = &hd_demo_departments[i];
      Department *department;
      char code[HD_DEMO_NAME_MAX];
      int roster = 0;
      Team team;

      if (info->optional && chance (rand, 500))
        continue;
      department = &county->departments[county->n_departments++];
      department->info = info;
      g_snprintf (code, sizeof code, "%s-B%02u", county->unit.code, county->n_departments);
      add_unit (w, rand, &county->unit, HD_UNIT_KIND_DEPARTMENT, info->name, code, (*position)++,
                &department->unit);
      add_head_team (w, rand, &department->unit, info->style, rand_between (rand, 2, 4), &team, &roster);
      department->first_staff = add_staff (w, rand, &department->unit, info->style,
                                           rand_between (rand, 18, 40), &roster);
      department->n_staff = (guint) (w->next_person - department->first_staff);

      /* The retired cadres' branch: the supervision groups' leaders come from it. */
      if (info->pool == HD_DEMO_POOL_RETIRED)
        {
          department->first_staff = w->next_person;
          department->n_staff = N_SUPERVISION_GROUPS + (guint) rand_between (rand, 2, 8);
          for (guint j = 0; j < department->n_staff; j++)
            add_person (w, rand, &department->unit, "离退休干部", FEMALE_LEADERS, TRUE, &roster);
        }
    }
}

static void
add_organisations (Writer *w,
                   GRand  *rand,
                   County *county,
                   int    *position)
{
  gboolean chosen[G_N_ELEMENTS (county->organisations)];

  g_return_if_fail (hd_demo_n_organisations <= G_N_ELEMENTS (chosen));

  choose_subset (rand, hd_demo_n_organisations, (guint) rand_between (rand, 16, 20), chosen);
  for (guint i = 0; i < hd_demo_n_organisations; i++)
    {
      const HdDemoOrganisation *info = &hd_demo_organisations[i];
      guint n = county->n_organisations;
      char code[HD_DEMO_NAME_MAX];
      int roster = 0;
      Team team;

      if (!chosen[i])
        continue;
      g_snprintf (code, sizeof code, "%s-Q%02u", county->unit.code, n + 1);
      add_unit (w, rand, &county->unit, HD_UNIT_KIND_OTHER, info->name, code, (*position)++,
                &county->organisations[n]);
      county->organisation_info[n] = info;
      add_head_team (w, rand, &county->organisations[n], info->style, rand_between (rand, 1, 3),
                     &team, &roster);
      add_staff (w, rand, &county->organisations[n], info->style, rand_between (rand, 18, 40), &roster);
      county->n_organisations++;
    }
}

/* The county leaders oversee the departments of their portfolio, and schools, hospitals and
 * companies through the leaders for social affairs and for the economy. */
static void
add_county_oversight (Writer *w,
                      GRand  *rand,
                      County *county)
{
  for (guint i = 0; i < county->n_departments; i++)
    add_oversight (w, rand, county->team.member[county->departments[i].info->overseer],
                   county->departments[i].unit.id);
  for (guint i = 0; i < county->n_organisations; i++)
    {
      HdDemoHeadStyle style = county->organisation_info[i]->style;
      HdDemoLeader leader = style == HD_DEMO_HEAD_SCHOOL || style == HD_DEMO_HEAD_HOSPITAL
                            ? HD_DEMO_LEADER_SOCIAL
                            : style == HD_DEMO_HEAD_COMPANY ? HD_DEMO_LEADER_ECONOMY
                                                            : HD_DEMO_LEADER_EXECUTIVE;

      add_oversight (w, rand, county->team.member[leader], county->organisations[i].id);
    }
}

static void
add_group_member (Writer *w,
                  GRand  *rand,
                  gint64  group_id,
                  gint64  person_id,
                  int     role,
                  int     position)
{
  sqlite3_bind_int64 (w->group_member, 1, w->next_group_member++);
  bind_uuid (w, w->group_member, 2, rand);
  sqlite3_bind_int64 (w->group_member, 3, group_id);
  sqlite3_bind_int64 (w->group_member, 4, person_id);
  sqlite3_bind_int (w->group_member, 5, role);
  sqlite3_bind_int (w->group_member, 6, position);
  writer_step (w, w->group_member);
}

static void
assign_unit (Writer *w,
             GRand  *rand,
             gint64  group_id,
             gint64  unit_id)
{
  sqlite3_bind_int64 (w->assignment, 1, w->next_assignment++);
  bind_uuid (w, w->assignment, 2, rand);
  sqlite3_bind_int64 (w->assignment, 3, group_id);
  sqlite3_bind_int64 (w->assignment, 4, unit_id);
  writer_step (w, w->assignment);
}

/* Draws one id from @pool without putting it back. */
static gint64
draw (GRand  *rand,
      GArray *pool)
{
  guint i = (guint) g_rand_int_range (rand, 0, (gint32) pool->len);
  gint64 id = g_array_index (pool, gint64, i);

  g_array_remove_index_fast (pool, i);
  return id;
}

static void
add_supervision_groups (Writer *w,
                        GRand  *rand,
                        County *county)
{
  static const char * const numerals[N_SUPERVISION_GROUPS] = {
    "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三",
  };
  g_autoptr(GArray) leaders = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) supervisors = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 groups[N_SUPERVISION_GROUPS];
  guint k = 0;

  for (guint i = 0; i < county->n_departments; i++)
    {
      const Department *department = &county->departments[i];
      GArray *pool = department->info->pool == HD_DEMO_POOL_RETIRED ? leaders
                     : department->info->pool == HD_DEMO_POOL_SUPERVISORS ? supervisors : NULL;

      for (guint j = 0; pool != NULL && j < department->n_staff; j++)
        {
          gint64 id = department->first_staff + j;
          g_array_append_val (pool, id);
        }
    }
  g_return_if_fail (leaders->len >= N_SUPERVISION_GROUPS);
  g_return_if_fail (supervisors->len >= 4 * N_SUPERVISION_GROUPS);

  for (guint i = 0; i < N_SUPERVISION_GROUPS; i++)
    {
      g_autofree char *name = g_strdup_printf ("第%s督导组", numerals[i]);
      int n_members = rand_between (rand, 3, 4);

      groups[i] = w->next_group++;
      sqlite3_bind_int64 (w->group, 1, groups[i]);
      bind_uuid (w, w->group, 2, rand);
      sqlite3_bind_int64 (w->group, 3, county->unit.id);
      sqlite3_bind_text (w->group, 4, name, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int (w->group, 5, (int) i);
      writer_step (w, w->group);

      add_group_member (w, rand, groups[i], draw (rand, leaders), 0, 0);
      for (int j = 1; j <= n_members; j++)
        add_group_member (w, rand, groups[i], draw (rand, supervisors), 1, j);
    }

  /* Townships first, so that every group has at least one of them. */
  for (guint i = 0; i < county->n_townships; i++)
    assign_unit (w, rand, groups[k++ % N_SUPERVISION_GROUPS], county->townships[i].unit.id);
  for (guint i = 0; i < county->n_departments; i++)
    assign_unit (w, rand, groups[k++ % N_SUPERVISION_GROUPS], county->departments[i].unit.id);
  for (guint i = 0; i < county->n_organisations; i++)
    assign_unit (w, rand, groups[k++ % N_SUPERVISION_GROUPS], county->organisations[i].id);
}

/* Each county leader links a township or a department, and a village or community — one of
 * that township's when the first is a township. No two leaders share a contact point. */
static void
add_contact_points (Writer *w,
                    GRand  *rand,
                    County *county)
{
  g_autofree gboolean *taken = g_new0 (gboolean, county->grassroots->len);
  guint townships[MAX_TOWNSHIPS];
  guint departments[G_N_ELEMENTS (county->departments)];
  guint next_township = 0, next_department = 0;

  for (guint i = 0; i < county->n_townships; i++)
    townships[i] = i;
  for (guint i = 0; i < county->n_departments; i++)
    departments[i] = i;
  shuffle (rand, townships, county->n_townships);
  shuffle (rand, departments, county->n_departments);

  for (guint i = 0; i < county->team.n; i++)
    {
      guint first = 0, n = county->grassroots->len, start, j;

      if (next_township < county->n_townships && (chance (rand, 700) || next_department >= county->n_departments))
        {
          const Township *township = &county->townships[townships[next_township++]];

          add_contact_point (w, rand, county->team.person[i], township->unit.id);
          first = township->first_grassroot;
          n = township->n_grassroots;
        }
      else
        add_contact_point (w, rand, county->team.person[i],
                           county->departments[departments[next_department++]].unit.id);

      start = (guint) g_rand_int_range (rand, 0, (gint32) n);
      for (j = 0; j < n && taken[first + (start + j) % n]; j++)
        ;
      g_return_if_fail (j < n);
      taken[first + (start + j) % n] = TRUE;
      add_contact_point (w, rand, county->team.person[i],
                         g_array_index (county->grassroots, gint64, first + (start + j) % n));
    }
}

/* The ledger of a county: opinions collected over the campaign's months before today, problems
 * merged from them, and the rectification tasks of the two plans and the programme with their
 * progress, results, verdicts and review dates, so that every deadline light occurs.
 *
 * Written unit by unit in the order of the units' paths, which is the order of the indexes on
 * unit_path; problems before the opinions that refer to them. */

#define CAMPAIGN_DAYS   200   /* the campaign began this many days before today */
#define LISTENING_DAYS  90    /* its first phase, when most opinions came in */

typedef enum {
  ROLE_COUNTY,
  ROLE_TOWNSHIP,
  ROLE_GRASSROOT,
  ROLE_DEPARTMENT,
  ROLE_ORGANISATION,   /* schools, hospitals, companies under the county */
  ROLE_OFFICE,         /* a township's offices and stations */
  N_ROLES,
} Role;

/* How many opinions and tasks a unit of each role has, as ranges; about 19,000 opinions and
 * 9,000 tasks a county, most of them in villages and communities. */
static const struct {
  int opinions_low, opinions_high;
  int tasks_low, tasks_high;
} role_volumes[N_ROLES] = {
  [ROLE_COUNTY]       = { 400, 600, 60, 100 },
  [ROLE_TOWNSHIP]     = { 80, 160, 40, 80 },
  [ROLE_GRASSROOT]    = { 12, 21, 5, 10 },
  [ROLE_DEPARTMENT]   = { 20, 55, 12, 30 },
  [ROLE_ORGANISATION] = { 10, 30, 5, 12 },
  [ROLE_OFFICE]       = { 3, 10, 1, 4 },
};

/* Per mille, in the order of HdOpinionChannel: villagers are visited at home and meet in
 * forums; offices hand out questionnaires and hold appraisals. */
static const int grassroot_channels[HD_OPINION_N_CHANNELS] = { 150, 200, 150, 50, 30, 320, 40, 20, 40 };
static const int office_channels[HD_OPINION_N_CHANNELS]    = { 250, 200, 250, 100, 60, 50, 20, 50, 20 };
/* In the order of HdCategory: the four winds dominate. */
static const int category_weights[HD_N_CATEGORIES] = { 220, 240, 140, 120, 160, 90, 30 };

typedef struct {
  gint64  id;
  guint   theme;
  guint32 found;
  gint64  person_id;
} DemoProblem;

static int
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

static Role
role_of (const LedgerUnit *unit,
         gsize             county_path_length)
{
  switch (unit->kind)
    {
    case HD_UNIT_KIND_COUNTY:     return ROLE_COUNTY;
    case HD_UNIT_KIND_TOWNSHIP:
    case HD_UNIT_KIND_STREET:     return ROLE_TOWNSHIP;
    case HD_UNIT_KIND_VILLAGE:
    case HD_UNIT_KIND_COMMUNITY:  return ROLE_GRASSROOT;
    case HD_UNIT_KIND_DEPARTMENT: return ROLE_DEPARTMENT;
    default:
      /* Organisations hang under the county, offices one level lower. */
      return strlen (unit->path) > county_path_length + 10 ? ROLE_OFFICE : ROLE_ORGANISATION;
    }
}

/* A theme of @category, or of a category drawn by the usual weights when @category < 0. */
static guint
draw_theme (GRand *rand,
            int    category)
{
  guint matching = 0, k;

  if (category < 0)
    category = draw_weighted (rand, category_weights, HD_N_CATEGORIES);
  for (guint i = 0; i < hd_demo_n_themes; i++)
    matching += hd_demo_themes[i].category == category;
  if (matching == 0)
    return (guint) g_rand_int_range (rand, 0, (gint32) hd_demo_n_themes);
  k = (guint) g_rand_int_range (rand, 0, (gint32) matching);
  for (guint i = 0; i < hd_demo_n_themes; i++)
    if (hd_demo_themes[i].category == category && k-- == 0)
      return i;
  g_return_val_if_reached (0);
}

static void
format_day (guint32 julian,
            char    buf[16])
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  g_snprintf (buf, 16, "%04u-%02u-%02u", g_date_get_year (&date), g_date_get_month (&date),
              g_date_get_day (&date));
}

static void
bind_day (sqlite3_stmt *stmt,
          int           column,
          guint32       julian)
{
  char buf[16];

  format_day (julian, buf);
  sqlite3_bind_text (stmt, column, buf, -1, SQLITE_TRANSIENT);
}

static void
bind_text_or_null (sqlite3_stmt *stmt,
                   int           column,
                   const char   *text)
{
  if (text != NULL)
    sqlite3_bind_text (stmt, column, text, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, column);
}

/* Opinions of the first phase mostly, the rest until yesterday. */
static guint32
opinion_day (GRand   *rand,
             guint32  today)
{
  guint32 start = today - CAMPAIGN_DAYS;

  if (chance (rand, 700))
    return start + (guint32) rand_between (rand, 0, LISTENING_DAYS);
  return start + (guint32) rand_between (rand, 0, CAMPAIGN_DAYS - 1);
}

static void
write_problem (Writer            *w,
               GRand             *rand,
               const LedgerUnit  *unit,
               const DemoProblem *problem)
{
  const HdDemoTheme *theme = &hd_demo_themes[problem->theme];

  sqlite3_bind_int64 (w->problem, 1, problem->id);
  bind_uuid (w, w->problem, 2, rand);
  sqlite3_bind_int64 (w->problem, 3, unit->id);
  if (problem->person_id != 0)
    sqlite3_bind_int64 (w->problem, 4, problem->person_id);
  else
    sqlite3_bind_null (w->problem, 4);
  sqlite3_bind_text (w->problem, 5, hd_category_to_string ((HdCategory) theme->category), -1, SQLITE_STATIC);
  sqlite3_bind_text (w->problem, 6, theme->summary, -1, SQLITE_STATIC);
  bind_day (w->problem, 7, problem->found);
  writer_step (w, w->problem);
}

static void
write_opinion (Writer           *w,
               GRand            *rand,
               const LedgerUnit *unit,
               const char       *village,
               guint             theme,
               HdOpinionStatus   status,
               gint64            person_id,
               gint64            problem_id,
               guint32           received,
               Role              role)
{
  const int *channels = role == ROLE_GRASSROOT ? grassroot_channels : office_channels;
  int channel = draw_weighted (rand, channels, HD_OPINION_N_CHANNELS);
  char content[HD_DEMO_TEXT_MAX];

  hd_demo_opinion_text (rand, &hd_demo_themes[theme], channel, unit->name, village, content);

  sqlite3_bind_int64 (w->opinion, 1, w->next_opinion++);
  bind_uuid (w, w->opinion, 2, rand);
  sqlite3_bind_text (w->opinion, 3, hd_opinion_channel_to_string ((HdOpinionChannel) channel), -1, SQLITE_STATIC);
  bind_day (w->opinion, 4, received);
  sqlite3_bind_int64 (w->opinion, 5, unit->id);
  sqlite3_bind_text (w->opinion, 6, unit->path, -1, SQLITE_STATIC);
  if (person_id != 0)
    sqlite3_bind_int64 (w->opinion, 7, person_id);
  else
    sqlite3_bind_null (w->opinion, 7);
  sqlite3_bind_text (w->opinion, 8, hd_category_to_string ((HdCategory) hd_demo_themes[theme].category), -1, SQLITE_STATIC);
  sqlite3_bind_text (w->opinion, 9, content, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (w->opinion, 10, hd_opinion_status_to_string (status), -1, SQLITE_STATIC);
  if (problem_id != 0)
    sqlite3_bind_int64 (w->opinion, 11, problem_id);
  else
    sqlite3_bind_null (w->opinion, 11);
  writer_step (w, w->opinion);
}

/* The unit's opinions; those merged into problems come in groups of one to five of one theme,
 * each group after its problem. The problems are kept in @problems for the tasks. */
static void
add_opinions (Writer           *w,
              GRand            *rand,
              const LedgerUnit *unit,
              Role              role,
              const char       *village,
              guint32           today,
              GArray           *problems)
{
  /* Per mille of draws; a draw of "problem" makes a group of about three opinions, so about a
   * quarter of the opinions end up in problems. */
  static const int statuses[HD_OPINION_N_STATUSES] = { 90, 410, 100, 270, 130 };
  int n = rand_between (rand, role_volumes[role].opinions_low, role_volumes[role].opinions_high);

  while (n > 0)
    {
      HdOpinionStatus status = (HdOpinionStatus) draw_weighted (rand, statuses, HD_OPINION_N_STATUSES);
      gint64 person_id = 0;

      if (unit->n_leaders > 0 && chance (rand, 120))
        person_id = unit->leader_id[g_rand_int_range (rand, 0, (gint32) unit->n_leaders)];

      if (status == HD_OPINION_STATUS_PROBLEM)
        {
          int size = rand_between (rand, 1, 5);
          guint32 days[5];
          DemoProblem problem = { w->next_problem++, draw_theme (rand, -1), 0, person_id };
          guint32 delay;

          size = MIN (size, n);

          for (int i = 0; i < size; i++)
            {
              days[i] = opinion_day (rand, today);
              problem.found = MAX (problem.found, days[i]);
            }
          delay = (guint32) rand_between (rand, 3, 30);
          problem.found = MIN (problem.found + delay, today - 1);
          write_problem (w, rand, unit, &problem);
          for (int i = 0; i < size; i++)
            write_opinion (w, rand, unit, village, problem.theme, status, person_id, problem.id, days[i], role);
          g_array_append_val (problems, problem);
          n -= size;
        }
      else
        {
          write_opinion (w, rand, unit, village, draw_theme (rand, -1), status, person_id, 0,
                         opinion_day (rand, today), role);
          n--;
        }
    }
}

typedef enum {
  OUTCOME_CLOSED,
  OUTCOME_CLOSED_LATE,
  OUTCOME_RED,
  OUTCOME_YELLOW,
  OUTCOME_GREEN,
  N_OUTCOMES,
} Outcome;

/* Per mille, in the order of Outcome. A long-term task is never red nor closed late: its light
 * follows its next review date, and closing it is always on time. */
static const int deadline_outcomes[N_OUTCOMES]  = { 460, 70, 120, 60, 290 };
static const int long_term_outcomes[N_OUTCOMES] = { 350, 0, 0, 80, 570 };

typedef struct {
  HdTaskPlan    plan;
  HdRuleAction  rule_action;
  HdTaskKind    kind;
  const char   *problem;
  gint64        problem_id;
  const char   *measures;
  const char   *goal;
  guint32       since;   /* when the problem was found: the task's work starts after */
} DemoTask;

static void
add_progress (Writer     *w,
              GRand      *rand,
              gint64      task_id,
              guint32     day,
              const char *text,
              const char *operator_name)
{
  sqlite3_bind_int64 (w->progress, 1, w->next_progress++);
  bind_uuid (w, w->progress, 2, rand);
  sqlite3_bind_int64 (w->progress, 3, task_id);
  bind_day (w->progress, 4, day);
  sqlite3_bind_text (w->progress, 5, text, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (w->progress, 6, operator_name, -1, SQLITE_TRANSIENT);
  writer_step (w, w->progress);
}

static void
add_review (Writer  *w,
            GRand   *rand,
            gint64   task_id,
            guint32  day)
{
  sqlite3_bind_int64 (w->review, 1, w->next_review++);
  bind_uuid (w, w->review, 2, rand);
  sqlite3_bind_int64 (w->review, 3, task_id);
  bind_day (w->review, 4, day);
  writer_step (w, w->review);
}

static void
write_task (Writer           *w,
            GRand            *rand,
            const LedgerUnit *unit,
            guint             number,
            const DemoTask   *task,
            guint32           today)
{
  gboolean long_term = task->kind == HD_TASK_KIND_LONG_TERM;
  Outcome outcome = (Outcome) draw_weighted (rand, long_term ? long_term_outcomes : deadline_outcomes, N_OUTCOMES);
  gint64 id = w->next_task++;
  guint32 deadline = 0, closed = 0, start, end, lead, next_review = 0;
  char leader[HD_DEMO_NAME_MAX], person[HD_DEMO_NAME_MAX];
  char text[HD_DEMO_TEXT_MAX], result[HD_DEMO_TEXT_MAX] = "";
  char goal[HD_DEMO_TEXT_MAX], measures[HD_DEMO_TEXT_MAX];
  HdVerdict verdict = HD_VERDICT_NONE;
  gboolean sent_back = FALSE;
  guint leader_index = 0;

  switch (outcome)
    {
    case OUTCOME_CLOSED:
      deadline = today - 150 + (guint32) rand_between (rand, 0, 210);
      closed = MIN (deadline, today) - (guint32) rand_between (rand, 0, 20);
      break;
    case OUTCOME_CLOSED_LATE:
      deadline = today - (guint32) rand_between (rand, 5, 150);
      closed = deadline + (guint32) rand_between (rand, 1, (int) MIN (30, today - deadline));
      break;
    case OUTCOME_RED:
      deadline = today - (guint32) rand_between (rand, 1, 60);
      break;
    case OUTCOME_YELLOW:
      deadline = today + (guint32) rand_between (rand, 0, HD_LIGHT_DEFAULT_WARNING_DAYS);
      break;
    case OUTCOME_GREEN:
    case N_OUTCOMES:
    default:
      deadline = today + (guint32) rand_between (rand, HD_LIGHT_DEFAULT_WARNING_DAYS + 1, 120);
      break;
    }
  if (long_term)
    {
      /* Its reviews stand in for the deadline: the next one gives the light. */
      next_review = outcome == OUTCOME_YELLOW || (outcome == OUTCOME_GREEN && chance (rand, 800)) ? deadline : 0;
      deadline = 0;
    }

  /* Work started when the problem was found, or a month or three before the deadline. */
  lead = (guint32) rand_between (rand, 20, 90);
  start = MAX (task->since, (closed != 0 ? closed : MIN (deadline != 0 ? deadline : today, today)) - lead);
  end = closed != 0 ? closed : today;
  start = MIN (start, end);

  /* The principal leader answers for a good part; a member for the rest. */
  if (unit->n_leaders > 1 && !chance (rand, 350))
    leader_index = (guint) g_rand_int_range (rand, 1, (gint32) unit->n_leaders);
  g_strlcpy (leader, unit->n_leaders > 0 ? unit->leader[leader_index] : "", sizeof leader);
  if (unit->n_leaders > 1 && chance (rand, 500))
    g_strlcpy (person, unit->leader[(leader_index + 1 + (guint) g_rand_int_range (rand, 0, (gint32) unit->n_leaders - 1))
                                    % unit->n_leaders], sizeof person);
  else
    hd_demo_person_name (rand, chance (rand, FEMALE_CADRES), person);

  if (closed != 0)
    {
      hd_demo_result_text (rand, result);
      verdict = chance (rand, 800) ? HD_VERDICT_SATISFIED : HD_VERDICT_BASICALLY_SATISFIED;
    }
  else if (chance (rand, 70))
    {
      /* Done once, but the masses were not satisfied: sent back to be done again. */
      hd_demo_result_text (rand, result);
      verdict = HD_VERDICT_DISSATISFIED;
      sent_back = TRUE;
    }
  else if (chance (rand, 50))
    hd_demo_result_text (rand, result);   /* awaiting the masses' verdict */

  hd_demo_expand (rand, task->measures, unit->name, unit->name, measures);
  hd_demo_expand (rand, task->goal, unit->name, unit->name, goal);

  sqlite3_bind_int64 (w->task, 1, id);
  bind_uuid (w, w->task, 2, rand);
  sqlite3_bind_int64 (w->task, 3, unit->id);
  sqlite3_bind_text (w->task, 4, unit->path, -1, SQLITE_STATIC);
  sqlite3_bind_int (w->task, 5, (int) number);
  sqlite3_bind_text (w->task, 6, hd_task_plan_to_string (task->plan), -1, SQLITE_STATIC);
  bind_text_or_null (w->task, 7, hd_rule_action_to_string (task->rule_action));
  sqlite3_bind_text (w->task, 8, hd_task_kind_to_string (task->kind), -1, SQLITE_STATIC);
  sqlite3_bind_text (w->task, 9, task->problem, -1, SQLITE_STATIC);
  if (task->problem_id != 0)
    sqlite3_bind_int64 (w->task, 10, task->problem_id);
  else
    sqlite3_bind_null (w->task, 10);
  sqlite3_bind_text (w->task, 11, task->problem_id != 0 ? "群众意见" : hd_demo_task_source (rand), -1, SQLITE_STATIC);
  sqlite3_bind_text (w->task, 12, goal, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (w->task, 13, measures, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (w->task, 14, leader, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (w->task, 15, person, -1, SQLITE_TRANSIENT);
  if (deadline != 0)
    bind_day (w->task, 16, deadline);
  else
    sqlite3_bind_null (w->task, 16);
  sqlite3_bind_text (w->task, 17, result, -1, SQLITE_TRANSIENT);
  bind_text_or_null (w->task, 18, hd_verdict_to_string (verdict));
  if (closed != 0)
    bind_day (w->task, 19, closed);
  else
    sqlite3_bind_null (w->task, 19);
  writer_step (w, w->task);

  if (long_term)
    {
      /* Quarterly reviews: one or two behind, the coming one, and one after it. */
      for (int i = rand_between (rand, 1, 2); i > 0; i--)
        add_review (w, rand, id, today - (guint32) (i * 90 - rand_between (rand, 0, 30)) - 1);
      if (next_review != 0)
        {
          add_review (w, rand, id, next_review);
          add_review (w, rand, id, next_review + 90);
        }
    }

  /* A dated log for most tasks, in order, none after today or after the closing. */
  if (chance (rand, closed != 0 ? 850 : 650) || sent_back)
    {
      int n = rand_between (rand, 1, 3);
      guint32 day = start;

      for (int i = 0; i < n && w->failure == NULL; i++)
        {
          day += (guint32) rand_between (rand, 0, (int) ((end - day) / (guint32) (n - i + 1)));
          hd_demo_progress_text (rand, text);
          add_progress (w, rand, id, day, text, person);
        }
      if (sent_back)
        {
          guint32 back = end - (guint32) rand_between (rand, 0, 20);

          add_progress (w, rand, id, MAX (day, back), hd_demo_sent_back_text (rand), person);
        }
    }
}

static void
add_tasks (Writer           *w,
           GRand            *rand,
           const LedgerUnit *unit,
           Role              role,
           guint32           today,
           const GArray     *problems)
{
  int n = rand_between (rand, role_volumes[role].tasks_low, role_volumes[role].tasks_high);
  guint number = 0;

  /* Most problems the unit found get a task of its rectification plan. */
  for (guint i = 0; i < problems->len; i++)
    {
      const DemoProblem *problem = &g_array_index (problems, DemoProblem, i);
      const HdDemoTheme *theme = &hd_demo_themes[problem->theme];
      DemoTask task = {
        HD_TASK_PLAN_RECTIFICATION, HD_RULE_ACTION_NONE,
        chance (rand, 300) ? HD_TASK_KIND_IMMEDIATE : chance (rand, 850) ? HD_TASK_KIND_DEADLINE : HD_TASK_KIND_LONG_TERM,
        theme->summary, problem->id, theme->measures, theme->goal, problem->found,
      };

      if (!chance (rand, 750))
        continue;
      write_task (w, rand, unit, ++number, &task, today);
    }

  /* The rest: the plan, the special rectifications and the rules. */
  for (int i = (int) number; i < n; i++)
    {
      static const int plans[HD_TASK_N_PLANS] = { 500, 310, 190 };
      DemoTask task = { (HdTaskPlan) draw_weighted (rand, plans, HD_TASK_N_PLANS), HD_RULE_ACTION_NONE,
                        HD_TASK_KIND_DEADLINE, NULL, 0, NULL, NULL, today - CAMPAIGN_DAYS + LISTENING_DAYS };

      switch (task.plan)
        {
        case HD_TASK_PLAN_SPECIAL:
          {
            const HdDemoSpecialTask *special =
              &hd_demo_special_tasks[g_rand_int_range (rand, 0, (gint32) hd_demo_n_special_tasks)];

            task.problem = special->problem;
            task.measures = special->measures;
            task.goal = special->goal;
            task.kind = chance (rand, 300) ? HD_TASK_KIND_IMMEDIATE
                        : chance (rand, 800) ? HD_TASK_KIND_DEADLINE : HD_TASK_KIND_LONG_TERM;
          }
          break;
        case HD_TASK_PLAN_INSTITUTION:
          {
            const HdDemoRule *rule = &hd_demo_rules[g_rand_int_range (rand, 0, (gint32) hd_demo_n_rules)];

            task.rule_action = (HdRuleAction) rule->action;
            task.problem = rule->problem;
            task.measures = rule->measures;
            task.goal = "制度管用有效，形成长效机制";
            task.kind = chance (rand, 600) ? HD_TASK_KIND_LONG_TERM : HD_TASK_KIND_DEADLINE;
          }
          break;
        case HD_TASK_PLAN_RECTIFICATION:
        default:
          {
            const HdDemoTheme *theme = &hd_demo_themes[draw_theme (rand, -1)];

            task.problem = theme->summary;
            task.measures = theme->measures;
            task.goal = theme->goal;
            task.kind = chance (rand, 300) ? HD_TASK_KIND_IMMEDIATE
                        : chance (rand, 800) ? HD_TASK_KIND_DEADLINE : HD_TASK_KIND_LONG_TERM;
          }
          break;
        }
      write_task (w, rand, unit, ++number, &task, today);
    }
}

static void
add_ledger (Writer  *w,
            GRand   *rand,
            County  *county,
            guint32  today)
{
  g_autoptr(GArray) villages = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) problems = g_array_new (FALSE, FALSE, sizeof (DemoProblem));
  gsize county_path_length = strlen (county->unit.path);

  for (guint i = 0; i < w->ledger_units->len; i++)
    if (role_of (&g_array_index (w->ledger_units, LedgerUnit, i), county_path_length) == ROLE_GRASSROOT)
      g_array_append_val (villages, i);
  g_return_if_fail (villages->len > 0);

  for (guint i = 0; i < w->ledger_units->len && w->failure == NULL; i++)
    {
      const LedgerUnit *unit = &g_array_index (w->ledger_units, LedgerUnit, i);
      Role role = role_of (unit, county_path_length);
      /* A village speaks of itself; elsewhere people name one of the county's villages. */
      const char *village = role == ROLE_GRASSROOT
                            ? unit->name
                            : g_array_index (w->ledger_units, LedgerUnit,
                                             g_array_index (villages, guint, g_rand_int_range (rand, 0, (gint32) villages->len))).name;

      g_array_set_size (problems, 0);
      add_opinions (w, rand, unit, role, village, today, problems);
      add_tasks (w, rand, unit, role, today, problems);
    }
}

static void
ledger_unit_clear (LedgerUnit *unit)
{
  g_clear_pointer (&unit->path, g_free);
}

static void
add_county (Writer     *w,
            GRand      *rand,
            const Unit *parent,
            const char *name,
            const char *code,
            int         position,
            char        uuid[40])
{
  County *county = g_new0 (County, 1);
  guint n_towns = (guint) rand_between (rand, 10, 12);
  guint n_streets = (guint) rand_between (rand, 3, 5);
  guint n_communities[MAX_TOWNSHIPS], weights[MAX_TOWNSHIPS];
  guint weight_sum = 0, street_sum = 0, remaining;
  int total = rand_between (rand, 780, 840);
  int child_position = 0, roster = 0;

  county->grassroots = g_array_new (FALSE, FALSE, sizeof (gint64));
  county->names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  w->ledger_units = g_array_new (FALSE, TRUE, sizeof (LedgerUnit));
  g_array_set_clear_func (w->ledger_units, (GDestroyNotify) ledger_unit_clear);
  county->n_townships = n_towns + n_streets;

  add_unit (w, rand, parent, HD_UNIT_KIND_COUNTY, name, code, position, &county->unit);
  g_strlcpy (uuid, county->unit.uuid, 40);
  add_team (w, rand, &county->unit, hd_demo_county_titles, HD_DEMO_N_LEADERS, &county->team, &roster);

  /* About 800 villages and communities: streets hold a dozen communities each, the towns share
   * the rest by weight. */
  for (guint i = 0; i < n_streets; i++)
    street_sum += n_communities[i] = (guint) rand_between (rand, 8, 14);
  for (guint i = 0; i < n_towns; i++)
    weight_sum += weights[i] = (guint) rand_between (rand, 70, 130);
  remaining = (guint) total - street_sum;

  /* Streets are numbered from 001, towns from 100, as in the statistical codes. */
  for (guint i = 0; i < n_streets; i++)
    add_township (w, rand, county, &county->townships[i], TRUE, i + 1, n_communities[i], child_position++);
  for (guint i = 0; i < n_towns; i++)
    {
      guint share = i + 1 < n_towns ? remaining * weights[i] / weight_sum : remaining;

      add_township (w, rand, county, &county->townships[n_streets + i], FALSE, 100 + i, share,
                    child_position++);
      remaining -= share;
      weight_sum -= weights[i];
    }

  add_departments (w, rand, county, &child_position);
  add_organisations (w, rand, county, &child_position);
  add_county_oversight (w, rand, county);
  add_supervision_groups (w, rand, county);
  add_contact_points (w, rand, county);
  add_ledger (w, rand, county, w->today);
  g_clear_pointer (&w->ledger_units, g_array_unref);

  unit_clear (&county->unit);
  for (guint i = 0; i < county->n_townships; i++)
    unit_clear (&county->townships[i].unit);
  for (guint i = 0; i < county->n_departments; i++)
    unit_clear (&county->departments[i].unit);
  for (guint i = 0; i < county->n_organisations; i++)
    unit_clear (&county->organisations[i]);
  g_array_unref (county->grassroots);
  g_hash_table_unref (county->names);
  g_free (county);
}

static void
county_name_and_code (GRand *rand,
                      char   name[HD_DEMO_NAME_MAX],
                      char   code[HD_DEMO_NAME_MAX])
{
  hd_demo_place_name (rand, FALSE, name);
  g_strlcat (name, "县", HD_DEMO_NAME_MAX);
  g_snprintf (code, HD_DEMO_NAME_MAX, "%02u%02d%02d", hd_demo_province_code (rand),
              rand_between (rand, 1, 15), rand_between (rand, 21, 29));
}

static void
add_province (Writer *w,
              GRand  *rand,
              char    uuid[40])
{
  static const char * const titles[] = {
    "省委书记", "省委副书记、省长", "省委副书记", "省委常委、组织部部长", "省委常委、秘书长",
    "省委常委、常务副省长", "副省长", "副省长", "副省长",
  };
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint province_code = hd_demo_province_code (rand);
  char name[HD_DEMO_NAME_MAX];
  char code[HD_DEMO_NAME_MAX];
  int roster = 0;
  Team team;
  Unit province;

  hd_demo_place_name (rand, FALSE, name);
  g_strlcat (name, "省", HD_DEMO_NAME_MAX);
  g_snprintf (code, sizeof code, "%02u0000", province_code);
  add_unit (w, rand, NULL, HD_UNIT_KIND_PROVINCE, name, code, 0, &province);
  g_strlcpy (uuid, province.uuid, 40);
  add_team (w, rand, &province, titles, G_N_ELEMENTS (titles), &team, &roster);
  add_staff (w, rand, &province, HD_DEMO_HEAD_OFFICE, rand_between (rand, 10, 20), &roster);

  for (guint i = 0; i < N_PROVINCE_COUNTIES && w->failure == NULL; i++)
    {
      g_autoptr(GRand) county_rand = g_rand_new_with_seed (g_rand_int (rand));
      char county_uuid[40];

      unique_name (rand, names, FALSE, "县", name);
      /* Ten counties under each of ten prefecture numbers. */
      g_snprintf (code, sizeof code, "%02u%02u%02u", province_code, i / 10 + 1, i % 10 + 21);
      add_county (w, county_rand, &province, name, code, (int) i, county_uuid);
    }
  unit_clear (&province);
}

static gboolean
writer_prepare (Writer  *w,
                HdStore *store,
                GError **error)
{
  static const struct { gsize offset; const char *sql; } statements[] = {
    { G_STRUCT_OFFSET (Writer, unit),
      "INSERT INTO unit (id, uuid, parent_id, kind, name, code, position, path)"
      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)" },
    { G_STRUCT_OFFSET (Writer, person),
      "INSERT INTO person (id, uuid, unit_id, name, gender, title, party_member, phone, position)"
      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)" },
    { G_STRUCT_OFFSET (Writer, member),
      "INSERT INTO team_member (id, uuid, unit_id, person_id, role, position)"
      " VALUES (?1, ?2, ?3, ?4, ?5, ?6)" },
    { G_STRUCT_OFFSET (Writer, oversight),
      "INSERT INTO oversight (id, uuid, member_id, department_id) VALUES (?1, ?2, ?3, ?4)" },
    { G_STRUCT_OFFSET (Writer, contact),
      "INSERT INTO contact_point (id, uuid, leader_id, unit_id) VALUES (?1, ?2, ?3, ?4)" },
    { G_STRUCT_OFFSET (Writer, group),
      "INSERT INTO supervision_group (id, uuid, unit_id, name, position) VALUES (?1, ?2, ?3, ?4, ?5)" },
    { G_STRUCT_OFFSET (Writer, group_member),
      "INSERT INTO supervision_member (id, uuid, group_id, person_id, role, position)"
      " VALUES (?1, ?2, ?3, ?4, ?5, ?6)" },
    { G_STRUCT_OFFSET (Writer, assignment),
      "INSERT INTO supervision_assignment (id, uuid, group_id, unit_id) VALUES (?1, ?2, ?3, ?4)" },
    { G_STRUCT_OFFSET (Writer, problem),
      "INSERT INTO problem (id, uuid, unit_id, person_id, category, summary, found)"
      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)" },
    /* unit_path is written here: the triggers that would copy it are set aside for the load. */
    { G_STRUCT_OFFSET (Writer, opinion),
      "INSERT INTO opinion (id, uuid, channel, received, unit_id, unit_path, person_id, category, content,"
      " status, problem_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)" },
    { G_STRUCT_OFFSET (Writer, task),
      "INSERT INTO task (id, uuid, unit_id, unit_path, number, plan, rule_action, kind, problem, problem_id,"
      " source, goal, measures, leader, person, deadline, result, verdict, closed)"
      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)" },
    { G_STRUCT_OFFSET (Writer, progress),
      "INSERT INTO task_progress (id, uuid, task_id, date, text, operator) VALUES (?1, ?2, ?3, ?4, ?5, ?6)" },
    { G_STRUCT_OFFSET (Writer, review),
      "INSERT INTO task_review (id, uuid, task_id, date) VALUES (?1, ?2, ?3, ?4)" },
  };

  w->db = hd_store_get_db (store);
  /* The database holds no units, hence no rows that refer to units: ids can start at 1. */
  w->next_unit = w->next_person = w->next_member = w->next_oversight = w->next_contact = 1;
  w->next_group = w->next_group_member = w->next_assignment = 1;
  w->next_problem = w->next_opinion = w->next_task = w->next_progress = w->next_review = 1;

  for (guint i = 0; i < G_N_ELEMENTS (statements); i++)
    {
      sqlite3_stmt **stmt = G_STRUCT_MEMBER_P (w, statements[i].offset);

      if (sqlite3_prepare_v3 (w->db, statements[i].sql, -1, SQLITE_PREPARE_PERSISTENT, stmt, NULL) != SQLITE_OK)
        {
          hd_store_set_error (store, error, _("Preparing the demo data"));
          return FALSE;
        }
    }
  return TRUE;
}

static void
writer_finish (Writer *w)
{
  sqlite3_stmt **stmts[] = {
    &w->unit, &w->person, &w->member, &w->oversight, &w->contact, &w->group, &w->group_member,
    &w->assignment, &w->problem, &w->opinion, &w->task, &w->progress, &w->review,
  };

  for (guint i = 0; i < G_N_ELEMENTS (stmts); i++)
    g_clear_pointer (stmts[i], sqlite3_finalize);
  g_clear_pointer (&w->failure, g_free);
  g_clear_pointer (&w->ledger_units, g_array_unref);
}

/* The name indexes (schema v2) are kept by triggers, row by row. Every statement that fires one
 * makes FTS5 flush its pending terms, so a province written row by row spent four fifths of its
 * time merging one-row index segments. The demo sets those triggers aside while it writes and
 * fills each index with one statement, as the migration that created them does; it all happens
 * inside the demo's transaction, so a rollback brings the triggers back as well. A trigger that
 * a later schema renamed is simply not found, and its index is then kept row by row. */
static const struct {
  const char *trigger;
  const char *drop;
  const char *fill;
} name_indexes[] = {
  { "unit_name_index_insert", "DROP TRIGGER unit_name_index_insert",
    "INSERT INTO unit_name_index (rowid, chars) SELECT id, hd_name_chars (name) FROM unit" },
  { "person_name_index_insert", "DROP TRIGGER person_name_index_insert",
    "INSERT INTO person_name_index (rowid, chars) SELECT id, hd_name_chars (name) FROM person" },
  /* The opinions' text index (schema v3) the same way. Their trigger, and the tasks', also copy
   * the unit's path into the new row, an UPDATE of each row just written; the demo writes the
   * path with the row instead, so the tasks' trigger has nothing to fill. */
  { "opinion_insert", "DROP TRIGGER opinion_insert",
    "INSERT INTO opinion_text (rowid, content) SELECT id, content FROM opinion" },
  /* Their grams index (schema v5), as its migration fills it. */
  { "opinion_grams_insert", "DROP TRIGGER opinion_grams_insert",
    "INSERT INTO opinion_grams (opinion_grams, rank) VALUES ('automerge', 16);"
    "INSERT INTO opinion_grams (rowid, grams) SELECT id, hd_grams (content) FROM opinion;"
    "INSERT INTO opinion_grams (opinion_grams, rank) VALUES ('automerge', 4)" },
  { "task_insert", "DROP TRIGGER task_insert", NULL },
};

/* Fills @saved with each trigger's CREATE statement, NULL for one that does not exist. */
static gboolean
suspend_name_triggers (HdStore  *store,
                       char     *saved[G_N_ELEMENTS (name_indexes)],
                       GError  **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (name_indexes); i++)
    {
      sqlite3_stmt *stmt = hd_store_prepare (store,
                                             "SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = ?1",
                                             error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, name_indexes[i].trigger, -1, SQLITE_STATIC);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        saved[i] = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      sqlite3_reset (stmt);
      if (saved[i] != NULL && !hd_store_exec (store, name_indexes[i].drop, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
restore_name_triggers (HdStore  *store,
                       char     *saved[G_N_ELEMENTS (name_indexes)],
                       GError  **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (name_indexes); i++)
    if (saved[i] != NULL &&
        ((name_indexes[i].fill != NULL && !hd_store_exec (store, name_indexes[i].fill, error)) ||
         !hd_store_exec (store, saved[i], error)))
      return FALSE;
  return TRUE;
}

/* The big tables' own indexes are, like the text indexes, cheaper to build once from the
 * finished table (SQLite sorts, then writes each index page once) than to keep row by row while
 * millions of rows arrive in an order that is not theirs. They are set aside in the demo's
 * transaction and made again from their saved CREATE statements before it commits; a UNIQUE one
 * that the data broke would fail there and roll everything back. */
static gboolean
suspend_indexes (HdStore    *store,
                 GPtrArray  *saved,
                 GError    **error)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = hd_store_prepare (store,
                                         "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL"
                                         " AND tbl_name IN ('person', 'opinion', 'problem', 'task', 'task_progress', 'task_review')",
                                         error);

  if (stmt == NULL)
    return FALSE;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_ptr_array_add (names, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
      g_ptr_array_add (saved, g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
    }
  sqlite3_reset (stmt);
  for (guint i = 0; i < names->len; i++)
    {
      /* The names come from the schema, which is ours. */
      g_autofree char *drop = g_strdup_printf ("DROP INDEX \"%s\"", (const char *) g_ptr_array_index (names, i));

      if (!hd_store_exec (store, drop, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
restore_indexes (HdStore    *store,
                 GPtrArray  *saved,
                 GError    **error)
{
  for (guint i = 0; i < saved->len; i++)
    if (!hd_store_exec (store, g_ptr_array_index (saved, i), error))
      return FALSE;
  return TRUE;
}

/* PRAGMA cache_size: pages when positive, KiB when negative. */
static int
query_cache_size (sqlite3 *db)
{
  sqlite3_stmt *stmt = NULL;
  int size = -2000;   /* SQLite's default, should the query fail */

  if (sqlite3_prepare_v2 (db, "PRAGMA cache_size", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    size = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  return size;
}

static void
set_cache_size (sqlite3 *db,
                int      size)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA cache_size = %d", size);

  sqlite3_exec (db, sql, NULL, NULL, NULL);
}

static const HdEnumValue scale_values[] = {
  { "county", NULL },
  { "province", NULL },
};
static const HdEnum scale_enum = { NULL, scale_values, G_N_ELEMENTS (scale_values) };

gboolean
hd_demo_scale_from_string (const char  *token,
                           HdDemoScale *scale)
{
  guint found;

  g_return_val_if_fail (scale != NULL, FALSE);

  if (!hd_enum_from_string (&scale_enum, token, &found))
    return FALSE;
  *scale = (HdDemoScale) found;
  return TRUE;
}

gboolean
hd_demo_generate (HdStore     *store,
                  HdDemoScale  scale,
                  guint32      seed,
                  GDate       *today,
                  GError     **error)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autofree char *summary = NULL;
  Writer w = { 0 };
  char root_uuid[40];
  char name[HD_DEMO_NAME_MAX];
  char code[HD_DEMO_NAME_MAX];
  char *saved_triggers[G_N_ELEMENTS (name_indexes)] = { NULL };
  g_autoptr(GPtrArray) saved_indexes = g_ptr_array_new_with_free_func (g_free);
  int saved_cache_size = 0;
  gboolean cache_raised = FALSE;
  gboolean checks_ignored = FALSE;
  gboolean committed;

  g_return_val_if_fail (HD_IS_STORE (store), FALSE);
  g_return_val_if_fail (scale == HD_DEMO_SCALE_COUNTY || scale == HD_DEMO_SCALE_PROVINCE, FALSE);

  /* Checked inside the transaction, so no other writer can add units in between. */
  if (!hd_store_begin (store, error))
    return FALSE;
  if (!hd_store_is_empty (store))
    {
      hd_store_rollback (store);
      g_set_error (error, HD_DEMO_ERROR, HD_DEMO_ERROR_NOT_EMPTY,
                   _("“%s” already holds units, so no demo data were added. Choose a new, empty database file for the demo data."),
                   hd_store_get_path (store));
      return FALSE;
    }
  /* The schema's CHECKs on tokens ("category IN (…)") build a small table each time an INSERT
   * runs; built and dropped for each of millions of rows, its memory went back to the system
   * and was taken again every time (measured: two thirds of a county's time in the kernel). The
   * demo writes its tokens from the enums' own strings and its closings by the closing rule, so
   * its statements are compiled without the CHECKs; hd_store_check() verifies them afterwards
   * (tests/core/test-demo.c). Changing the setting expires every compiled statement, so none
   * compiled meanwhile outlives it. */
  checks_ignored = hd_store_exec (store, "PRAGMA ignore_check_constraints = ON", error);
  if (!checks_ignored ||
      !suspend_name_triggers (store, saved_triggers, error) ||
      !suspend_indexes (store, saved_indexes, error) ||
      !writer_prepare (&w, store, error))
    goto failed;
  /* A larger page cache for this one transaction keeps SQLite from spilling half-written pages
   * of the path and date indexes to the WAL again and again. With the UUIDs in order and the big
   * tables' indexes built at the end, 256 MiB serve a province as well as 1 GiB did (measured:
   * 83 s against 85 s, 0.47 GB of memory against 1.4 GB). The connection gets its own size back
   * once the transaction is over. */
  if (today != NULL && g_date_valid (today))
    w.today = g_date_get_julian (today);
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      GDate date;

      g_date_clear (&date, 1);
      g_date_set_dmy (&date, (GDateDay) g_date_time_get_day_of_month (now),
                      (GDateMonth) g_date_time_get_month (now), (GDateYear) g_date_time_get_year (now));
      w.today = g_date_get_julian (&date);
    }
  saved_cache_size = query_cache_size (w.db);
  set_cache_size (w.db, DEMO_CACHE_SIZE);
  cache_raised = TRUE;

  if (scale == HD_DEMO_SCALE_COUNTY)
    {
      county_name_and_code (rand, name, code);
      add_county (&w, rand, NULL, name, code, 0, root_uuid);
    }
  else
    add_province (&w, rand, root_uuid);

  if (w.failure != NULL)
    {
      g_set_error (error, HD_STORE_ERROR, HD_STORE_ERROR_SQL,
                   _("Writing the demo data failed (%s). Nothing was added; check that the disk has free space and try again."),
                   w.failure);
      goto failed;
    }

  writer_finish (&w);
  checks_ignored = FALSE;
  if (!hd_store_exec (store, "PRAGMA ignore_check_constraints = OFF", error) ||
      !restore_indexes (store, saved_indexes, error) ||
      !restore_name_triggers (store, saved_triggers, error))
    goto failed;

  /* One entry for the whole set: a million entries would drown the log and say nothing more. */
  summary = g_strdup_printf ("%s seed %u", scale == HD_DEMO_SCALE_COUNTY ? "county" : "province", seed);
  if (!hd_store_log_change (store, "demo", root_uuid, "scale", NULL, summary, error))
    goto failed;

  committed = hd_store_commit (store, error);
  set_cache_size (w.db, saved_cache_size);
  for (guint i = 0; i < G_N_ELEMENTS (saved_triggers); i++)
    g_free (saved_triggers[i]);
  return committed;

failed:
  writer_finish (&w);
  if (checks_ignored)
    hd_store_exec (store, "PRAGMA ignore_check_constraints = OFF", NULL);
  hd_store_rollback (store);
  if (cache_raised)
    set_cache_size (w.db, saved_cache_size);
  for (guint i = 0; i < G_N_ELEMENTS (saved_triggers); i++)
    g_free (saved_triggers[i]);
  return FALSE;
}
