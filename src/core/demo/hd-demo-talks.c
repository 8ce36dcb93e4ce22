/* hd-demo-talks.c — the county's talk-the-heart conversations and democratic life meetings.
 *
 * Every team that requires a pair of the three must-talks (hd_coverage_compute, the one rule)
 * has its meeting a few weeks ahead and, in the meeting's preparation, a conversation for each
 * required pair: most teams have talked everything through, some have pairs that left topics out,
 * a few have pairs that have not talked yet. Most pairs talked through had also talked earlier in
 * the year, before the preparation, on some of the topics. About 18,000 conversations a county.
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

/* The team's meeting and the conversations of its required pairs. */
static void
add_team (Writer                *w,
          gint64                 unit_id,
          const char            *unit_path,
          const HdTeamShape     *shape)
{
  GRand *rand = w->talks_rand;
  g_autoptr(GArray) pairs = hd_coverage_compute (shape, NULL, 0);
  guint32 held = w->today + (guint32) rand_between (rand, 10, 40);
  guint32 from = w->today - (guint32) rand_between (rand, 30, 50);
  int draw = g_rand_int_range (rand, 0, 1000);
  gboolean complete = draw < TEAMS_COMPLETE, missing = draw >= TEAMS_COMPLETE + TEAMS_PARTIAL;
  sqlite3_stmt *stmt = w->meeting.stmt;
  gint64 meeting_id;
  guint n_pairs = 0;

  for (guint i = 0; i < pairs->len; i++)
    n_pairs += g_array_index (pairs, HdRequiredPair, i).state != HD_PAIR_VACANT;
  if (n_pairs == 0)
    return;
  meeting_id = hd_demo_writer_row (w, &w->meeting, rand);
  sqlite3_bind_int64 (stmt, 3, unit_id);
  sqlite3_bind_text (stmt, 4, unit_path, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, "democratic", -1, SQLITE_STATIC);
  hd_demo_bind_day (stmt, 6, held);
  hd_demo_bind_day (stmt, 7, from);
  sqlite3_bind_text (stmt, 8, "党员活动室", -1, SQLITE_STATIC);
  hd_demo_writer_step (w, stmt);

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
      write_talk (w, unit_id, meeting_id, day, people, 2, topics);
      if (topics == HD_TALK_ALL_TOPICS && chance (rand, TALKED_BEFORE))
        write_talk (w, unit_id, 0, from - (guint32) rand_between (rand, 60, 240), people, 2,
                    short_topics (rand));
    }
}

/* The path of unit @id, from the rows just written, through @stmt (prepared once a county). */
static char *
unit_path (sqlite3_stmt *stmt,
           gint64        id)
{
  char *path = NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    path = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return path;
}

typedef struct {
  Writer       *w;
  sqlite3_stmt *paths;
} Teams;

static void
add_team_cb (gint64             unit_id,
             const HdTeamShape *shape,
             gpointer           data)
{
  Teams *teams = data;
  g_autofree char *path = NULL;

  if (teams->w->failure != NULL || (path = unit_path (teams->paths, unit_id)) == NULL)
    return;
  add_team (teams->w, unit_id, path, shape);
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
  if (sqlite3_prepare_v2 (w->db, "SELECT path FROM unit WHERE id = ?1", -1, &teams.paths, NULL) != SQLITE_OK)
    w->failure = g_strdup (sqlite3_errmsg (w->db));
  else if (!hd_team_shapes_each (w->db, county->path, to, add_team_cb, &teams, &error))
    w->failure = g_strdup (error->message);
  sqlite3_finalize (teams.paths);
}
