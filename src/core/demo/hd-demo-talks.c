/* hd-demo-talks.c — the county's talk-the-heart conversations and its teams' meetings.
 *
 * Every team that requires a pair of the three must-talks (hd_coverage_compute, the one rule)
 * has its meeting a few weeks ahead (a democratic life meeting; a village's or community's branch
 * holds an organisation life meeting) and, in the meeting's preparation, a conversation for each
 * required pair: most teams have talked everything through, some have pairs that left topics out,
 * a few have pairs that have not talked yet. Most pairs talked through had also talked earlier in
 * the year, before the preparation, on some of the topics. About 18,000 conversations a county.
 *
 * The meetings stand at every stage of their readiness: the supervision group informed or not,
 * the members' self-examination materials all in, some in or none yet. Some teams held a meeting
 * earlier in the year as well, with its attendance, the criticism raised and the measures agreed.
 *
 * The teams are read back from the rows just written. Drawn from a random sequence of their own,
 * so that the rest of the demo data stays as it was for the same seed. */
#include "demo/hd-demo-private.h"
#include "organisation/hd-unit.h"
#include "talks/hd-coverage.h"
#include "talks/hd-team-coverage.h"

/* Per mille of the teams whose pairs have all talked everything through, and of those with pairs
 * that left topics out; the rest have pairs not talked yet as well. */
#define TEAMS_COMPLETE   700
#define TEAMS_PARTIAL    200
/* Per mille of an incomplete team's pairs left short. */
#define PAIRS_SHORT      150
/* Per mille of the pairs talked through that also talked before the preparation (for the year's
 * earlier meeting), on some of the topics. */
#define TALKED_BEFORE    850

/* Short, as a register's cells are: the records themselves are on paper. */
static const char * const contents[] = {
  "对照“四风”查摆班子问题",
  "互提作风方面的不足",
  "谈班子团结和民主集中制",
  "交流学习收获和拟提批评意见",
  "商定分管工作的整改措施",
};

static const char * const commitments[] = {
  "每月深入基层不少于5天",
  "带头精简会议文件",
  "开展积极健康的批评",
  "分管整改任务按时销号",
};

static const char * const places[] = { "办公室", "会议室", "党员活动室", "谈心室" };

static const char * const reviewers[] = { "县委督导组", "组织部", "纪委监委", "" };

static const char * const criticisms[] = {
  "下基层调研走马观花，解决实际问题不够",
  "会议多、文件多，落实抓得不紧",
  "对分管领域的问题整改督促不够有力",
  "批评与自我批评辣味不足",
};

static const char * const measures[][2] = {
  { "调研不深不实", "建立班子成员基层联系点，每季度驻点调研不少于一周" },
  { "文山会海问题反弹", "严控会议数量和发文规模，按月通报" },
  { "服务群众“最后一公里”不畅", "推行为民服务全程代办，限时办结" },
};

static const char * const absences[] = { "参加上级培训", "因病请假", "外出招商" };

/* Per mille of the meetings whose supervision group has been informed; of the teams whose
 * materials are all in, and of those with some in; and of the teams that held an earlier
 * meeting this year. */
#define INFORMED          600
#define MATERIALS_ALL     450
#define MATERIALS_SOME    300
#define HELD_EARLIER      300

static void
write_talk (Writer       *w,
            gint64        unit_id,
            gint64        meeting_id,
            guint32       day,
            const gint64 *people,
            guint         n,
            guint         topics)
{
  GRand *rand = w->talks_rand;
  sqlite3_stmt *stmt = w->talk.stmt;
  gint64 id = hd_demo_writer_row (w, &w->talk, rand);

  sqlite3_bind_int64 (stmt, 3, unit_id);
  if (meeting_id != 0)
    sqlite3_bind_int64 (stmt, 4, meeting_id);
  else
    sqlite3_bind_null (stmt, 4);
  hd_demo_bind_day (stmt, 5, day);
  sqlite3_bind_text (stmt, 6, places[g_rand_int_range (rand, 0, G_N_ELEMENTS (places))], -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 7, people[0]);
  sqlite3_bind_null (stmt, 8);
  sqlite3_bind_int (stmt, 9, (int) topics);
  sqlite3_bind_text (stmt, 10, contents[g_rand_int_range (rand, 0, G_N_ELEMENTS (contents))], -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 11, commitments[g_rand_int_range (rand, 0, G_N_ELEMENTS (commitments))], -1, SQLITE_STATIC);
  hd_demo_writer_step (w, stmt);
  for (guint i = 0; i < n; i++)
    hd_demo_write_link (w, &w->talk_person, rand, id, people[i]);
}

/* A topic or two left out. */
static guint
short_topics (GRand *rand)
{
  guint topics = HD_TALK_ALL_TOPICS & ~(1u << g_rand_int_range (rand, 0, HD_TALK_N_TOPICS));

  if (chance (rand, 300))
    topics &= ~(1u << g_rand_int_range (rand, 0, HD_TALK_N_TOPICS));
  return topics;
}

/* A team's meeting: the democratic life meeting of a leadership team, the organisation life
 * meeting of a village's or community's branch. */
typedef struct {
  gint64      unit_id;
  const char *path;
  const char *kind;
} MeetingTeam;

static void
write_meeting (Writer             *w,
               gint64              meeting_id,
               const MeetingTeam  *team,
               guint32             held,
               guint32             from,
               guint32             informed)
{
  sqlite3_stmt *stmt = w->meeting.stmt;

  sqlite3_bind_int64 (stmt, 3, team->unit_id);
  sqlite3_bind_text (stmt, 4, team->path, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, team->kind, -1, SQLITE_STATIC);
  hd_demo_bind_day (stmt, 6, held);
  hd_demo_bind_day (stmt, 7, from);
  sqlite3_bind_text (stmt, 8, "党员活动室", -1, SQLITE_STATIC);
  if (informed != 0)
    hd_demo_bind_day (stmt, 9, informed);
  else
    sqlite3_bind_null (stmt, 9);
  hd_demo_writer_step (w, stmt);
}

static void
write_material (Writer  *w,
                gint64   meeting_id,
                gint64   person,
                guint32  received)
{
  GRand *rand = w->talks_rand;

  hd_demo_writer_row (w, &w->material, rand);
  sqlite3_bind_int64 (w->material.stmt, 3, meeting_id);
  sqlite3_bind_int64 (w->material.stmt, 4, person);
  hd_demo_bind_day (w->material.stmt, 5, received);
  sqlite3_bind_text (w->material.stmt, 6, reviewers[g_rand_int_range (rand, 0, G_N_ELEMENTS (reviewers))], -1,
                     SQLITE_STATIC);
  hd_demo_writer_step (w, w->material.stmt);
}

/* The team's people who hand in materials and attend: the principal leader (unless vacant) and
 * the members. */
static GArray *
team_people (const HdTeamShape *shape)
{
  GArray *people = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (shape->principal != 0)
    g_array_append_val (people, shape->principal);
  g_array_append_vals (people, shape->members, shape->n_members);
  return people;
}

/* A meeting held before this one's preparation: everything in, the attendance, two pieces of
 * criticism and a measure or two. */
static void
add_held_meeting (Writer             *w,
                  const MeetingTeam  *team,
                  GArray             *people,
                  guint32             before)
{
  GRand *rand = w->talks_rand;
  guint32 held = before - (guint32) rand_between (rand, 20, 40);
  guint32 from = held - (guint32) rand_between (rand, 30, 50);
  gint64 meeting_id = hd_demo_writer_row (w, &w->meeting, rand);
  guint n = people->len;
  int absent = n > 2 && chance (rand, 200) ? g_rand_int_range (rand, 1, (gint32) n) : -1;

  write_meeting (w, meeting_id, team, held, from, held - (guint32) rand_between (rand, 5, 15));
  for (guint i = 0; i < n; i++)
    {
      gint64 person = g_array_index (people, gint64, i);

      write_material (w, meeting_id, person, held - (guint32) rand_between (rand, 2, 10));
      hd_demo_writer_row (w, &w->presence, rand);
      sqlite3_bind_int64 (w->presence.stmt, 3, meeting_id);
      sqlite3_bind_int64 (w->presence.stmt, 4, person);
      sqlite3_bind_text (w->presence.stmt, 5, (int) i == absent ? "absent" : "attended", -1, SQLITE_STATIC);
      sqlite3_bind_text (w->presence.stmt, 6, (int) i == absent ? absences[g_rand_int_range (rand, 0, G_N_ELEMENTS (absences))] : "",
                         -1, SQLITE_STATIC);
      hd_demo_writer_step (w, w->presence.stmt);
    }
  for (guint k = 0; k < 2 && n >= 2; k++)
    {
      guint critic = (guint) g_rand_int_range (rand, 0, (gint32) n);
      guint target = (critic + 1 + (guint) g_rand_int_range (rand, 0, (gint32) n - 1)) % n;

      hd_demo_writer_row (w, &w->criticism, rand);
      sqlite3_bind_int64 (w->criticism.stmt, 3, meeting_id);
      sqlite3_bind_int64 (w->criticism.stmt, 4, g_array_index (people, gint64, critic));
      sqlite3_bind_int64 (w->criticism.stmt, 5, g_array_index (people, gint64, target));
      sqlite3_bind_text (w->criticism.stmt, 6, criticisms[g_rand_int_range (rand, 0, G_N_ELEMENTS (criticisms))], -1,
                         SQLITE_STATIC);
      hd_demo_writer_step (w, w->criticism.stmt);
    }
  for (int k = g_rand_int_range (rand, 1, 3); k > 0 && n > 0; k--)
    {
      guint which = (guint) g_rand_int_range (rand, 0, G_N_ELEMENTS (measures));

      hd_demo_writer_row (w, &w->measure, rand);
      sqlite3_bind_int64 (w->measure.stmt, 3, meeting_id);
      sqlite3_bind_text (w->measure.stmt, 4, measures[which][0], -1, SQLITE_STATIC);
      sqlite3_bind_text (w->measure.stmt, 5, measures[which][1], -1, SQLITE_STATIC);
      sqlite3_bind_int64 (w->measure.stmt, 6, g_array_index (people, gint64, g_rand_int_range (rand, 0, (gint32) n)));
      hd_demo_writer_step (w, w->measure.stmt);
    }
}

/* The team's meeting and the conversations of its required pairs. */
static void
add_team (Writer             *w,
          const MeetingTeam  *meeting_team,
          const HdTeamShape  *shape)
{
  GRand *rand = w->talks_rand;
  g_autoptr(GArray) pairs = hd_coverage_compute (shape, NULL, 0);
  guint32 held = w->today + (guint32) rand_between (rand, 10, 40);
  guint32 from = w->today - (guint32) rand_between (rand, 30, 50);
  int draw = g_rand_int_range (rand, 0, 1000);
  gboolean complete = draw < TEAMS_COMPLETE, missing = draw >= TEAMS_COMPLETE + TEAMS_PARTIAL;
  g_autoptr(GArray) team = team_people (shape);
  gint64 meeting_id;
  guint n_pairs = 0;
  int materials;

  for (guint i = 0; i < pairs->len; i++)
    n_pairs += g_array_index (pairs, HdRequiredPair, i).state != HD_PAIR_VACANT;
  if (n_pairs == 0)
    return;
  if (chance (rand, HELD_EARLIER))
    add_held_meeting (w, meeting_team, team, from);
  meeting_id = hd_demo_writer_row (w, &w->meeting, rand);
  write_meeting (w, meeting_id, meeting_team, held, from,
                 chance (rand, INFORMED) ? w->today - (guint32) rand_between (rand, 1, 10) : 0);
  materials = g_rand_int_range (rand, 0, 1000);
  for (guint i = 0; i < team->len && materials < MATERIALS_ALL + MATERIALS_SOME; i++)
    if (materials < MATERIALS_ALL || chance (rand, 500))
      write_material (w, meeting_id, g_array_index (team, gint64, i), w->today - (guint32) rand_between (rand, 0, 12));

  for (guint i = 0; i < pairs->len; i++)
    {
      const HdRequiredPair *pair = &g_array_index (pairs, HdRequiredPair, i);
      gint64 people[2] = { pair->a, pair->b };
      guint32 day = from + (guint32) g_rand_int_range (rand, 0, (gint32) (w->today - from));
      guint topics = HD_TALK_ALL_TOPICS;

      if (pair->state == HD_PAIR_VACANT)
        continue;
      if (!complete && chance (rand, PAIRS_SHORT))
        {
          if (missing && chance (rand, 500))
            continue;   /* not talked yet */
          topics = short_topics (rand);
        }
      write_talk (w, meeting_team->unit_id, meeting_id, day, people, 2, topics);
      if (topics == HD_TALK_ALL_TOPICS && chance (rand, TALKED_BEFORE))
        write_talk (w, meeting_team->unit_id, 0, from - (guint32) rand_between (rand, 60, 240), people, 2,
                    short_topics (rand));
    }
}

typedef struct {
  Writer       *w;
  sqlite3_stmt *units;   /* a unit's path and kind, from the rows just written (prepared once a county) */
} Teams;

static void
add_team_cb (gint64             unit_id,
             const HdTeamShape *shape,
             gpointer           data)
{
  Teams *teams = data;
  MeetingTeam team = { unit_id, NULL, "democratic" };

  if (teams->w->failure != NULL)
    return;
  sqlite3_bind_int64 (teams->units, 1, unit_id);
  if (sqlite3_step (teams->units) == SQLITE_ROW)
    {
      const char *kind = (const char *) sqlite3_column_text (teams->units, 1);

      team.path = (const char *) sqlite3_column_text (teams->units, 0);
      if (g_str_equal (kind, "village") || g_str_equal (kind, "community"))
        team.kind = "organisation";
      add_team (teams->w, &team, shape);
    }
  sqlite3_reset (teams->units);
}

void
hd_demo_add_talks (Writer     *w,
                   const Unit *county)
{
  g_autofree char *to = hd_unit_path_upper_bound (county->path);
  g_autoptr(GError) error = NULL;
  Teams teams = { w, NULL };

  if (w->failure != NULL)
    return;
  if (sqlite3_prepare_v2 (w->db, "SELECT path, kind FROM unit WHERE id = ?1", -1, &teams.units, NULL) != SQLITE_OK)
    w->failure = g_strdup (sqlite3_errmsg (w->db));
  else if (!hd_team_shapes_each (w->db, county->path, to, add_team_cb, &teams, &error))
    w->failure = g_strdup (error->message);
  sqlite3_finalize (teams.units);
}
