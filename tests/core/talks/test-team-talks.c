/* test-team-talks.c — hd-core: the teams' three must-talks and the meetings ready, as the
 * database keeps them (team_talks), are after every kind of write exactly what the rule computes
 * from the records: conversations added one by one and imported, undo and redo, a team's member
 * added, a department's new principal leader, a meeting's readiness; a database that another
 * program wrote; and the migration of a database that kept nothing yet. The hand-made county's
 * team (hd_test_add_team): 张书记, 李县长, 𠮷部长; 李县长 oversees 县委办 (赵主任) and 县财政局. */
#include <sqlite3.h>

#include "hd-test-util.h"
#include "import/hd-talk-import.h"
#include "ledger/hd-stats.h"
#include "organisation/hd-person-edit.h"
#include "organisation/hd-team-edit.h"
#include "organisation/hd-unit.h"
#include "talks/hd-meeting-readiness.h"
#include "talks/hd-meeting.h"
#include "talks/hd-team-talks.h"

typedef struct {
  HdTestCounty county;
  HdTestTeam   team;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  hd_test_county_set_up (&f->county, "team-talks.db", 20);
  hd_test_add_team (f->county.db.store, &f->county.units, &f->team);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  hd_test_db_tear_down (&f->county.db);
}

/* The figures over [@from, @to) computed from the records, as the rule has them. */
static void
compute (HdStore    *store,
         const char *from,
         const char *to,
         gint64      figures[3])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) meetings = hd_meeting_readiness_candidates (store, from, to, &error);

  g_assert_no_error (error);
  g_assert_true (hd_team_coverage_count (store, from, to, &figures[0], &figures[1],
                                         (HdMeetingPreparation *) meetings->data, meetings->len, &error));
  g_assert_no_error (error);
  figures[2] = 0;
  for (guint i = 0; i < meetings->len; i++)
    figures[2] += g_array_index (meetings, HdMeetingPreparation, i).complete;
}

/* The kept figures equal the computed ones for the whole database and for every unit's subtree;
 * the whole database's are @complete, @incomplete, @ready. */
static void
assert_kept (Fixture *f,
             gint64   complete,
             gint64   incomplete,
             gint64   ready)
{
  g_autoptr(GError) error = NULL;
  HdStore *store = f->county.db.store;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM team_talks_stale"), ==, 0);
  g_assert_cmpint (sqlite3_prepare_v2 (hd_store_get_db (store), "SELECT path FROM unit UNION ALL SELECT '/'",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *from = (const char *) sqlite3_column_text (stmt, 0);
      g_autofree char *to = g_str_equal (from, "/") ? g_strdup ("0") : hd_unit_path_upper_bound (from);
      gint64 kept[3], computed[3];
      gboolean is_kept = FALSE;

      g_assert_true (hd_team_talks_read (store, from, to, &kept[0], &kept[1], &kept[2], &is_kept, &error));
      g_assert_no_error (error);
      g_assert_true (is_kept);
      compute (store, from, to, computed);
      g_assert_cmpint (kept[0], ==, computed[0]);
      g_assert_cmpint (kept[1], ==, computed[1]);
      g_assert_cmpint (kept[2], ==, computed[2]);
      if (g_str_equal (from, "/"))
        {
          g_assert_cmpint (kept[0], ==, complete);
          g_assert_cmpint (kept[1], ==, incomplete);
          g_assert_cmpint (kept[2], ==, ready);
        }
    }
  sqlite3_finalize (stmt);
}

static void
talk (Fixture    *f,
      const char *date,
      gint64      a,
      gint64      b)
{
  hd_test_add_talk (f->county.db.store, f->county.db.history, f->county.units.county, date, a, b);
}

/* The pair of the member and the head of the department he oversees, from the register. */
static void
import_head_talk (Fixture *f)
{
  static const char csv[] =
    "单位,日期,地点,谈话人,谈话对象,记录人,班子问题,个人问题,对方问题,拟提批评意见,整改措施,谈话内容,承诺事项\n"
    "示范县,2014-09-12,县委办,李县长,赵主任,,是,是,是,是,是,谈了分管工作,改进作风\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(HdTalkImport) import = hd_talk_import_new_from_data (f->county.db.store, csv, strlen (csv), &error);

  g_assert_no_error (error);
  g_assert_cmpuint (hd_import_get_n_bad (HD_IMPORT (import)), ==, 0);
  g_assert_true (hd_import_apply (HD_IMPORT (import), f->county.db.history, &error));
  g_assert_no_error (error);
}

static void
test_writes (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  HdStore *store = f->county.db.store;
  HdHistory *history = f->county.db.history;
  HdMeetingFields meeting_fields = { f->county.units.county, HD_MEETING_DEMOCRATIC, "2014-10-15", "2014-09-01", NULL };
  const gint64 members[] = { f->team.principal, f->team.member, f->team.rare_member };
  HdPersonFields newcomer = { .name = "钱主任" };
  HdPersonFields joiner = { .name = "孙委员" };
  gint64 meeting, person;

  /* The county's team requires four pairs (县财政局 has no head: a vacancy); 县委办's team of
   * one requires none. */
  assert_kept (f, 0, 1, 0);
  talk (f, "2014-09-10", f->team.principal, f->team.member);
  talk (f, "2014-09-10", f->team.principal, f->team.rare_member);
  talk (f, "2014-09-11", f->team.member, f->team.rare_member);
  assert_kept (f, 0, 1, 0);
  import_head_talk (f);
  assert_kept (f, 1, 0, 0);
  hd_test_undo (history);
  assert_kept (f, 0, 1, 0);
  hd_test_redo (history);
  assert_kept (f, 1, 0, 0);

  /* 县委办's new principal leader is a new pair for the member who oversees it (and 县委办's
   * team, 赵主任 staying as its member, now requires a pair of its own). */
  person = hd_person_create (store, history, f->team.office, &newcomer, &error);
  g_assert_no_error (error);
  g_assert_true (hd_team_set_member (store, history, f->team.office, person, HD_TEAM_ROLE_PRINCIPAL, &error));
  g_assert_no_error (error);
  assert_kept (f, 0, 2, 0);
  hd_test_undo (history);
  assert_kept (f, 1, 0, 0);
  /* A member who joins the county's team has talked with nobody yet. */
  person = hd_person_create (store, history, f->county.units.county, &joiner, &error);
  g_assert_true (hd_team_set_member (store, history, f->county.units.county, person, HD_TEAM_ROLE_MEMBER, &error));
  g_assert_no_error (error);
  assert_kept (f, 0, 1, 0);
  g_assert_true (hd_team_remove_member (store, history, f->county.units.county, person, &error));
  g_assert_no_error (error);
  assert_kept (f, 1, 0, 0);

  /* A meeting: ready once every material is in and the group informed; its preparation counts. */
  meeting = hd_meeting_create (store, history, &meeting_fields, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (members); i++)
    g_assert_true (hd_meeting_set_material (store, history, meeting, members[i], "2014-10-10", NULL, &error));
  assert_kept (f, 1, 0, 0);
  g_assert_true (hd_meeting_set_informed (store, history, meeting, "2014-10-08", &error));
  g_assert_no_error (error);
  assert_kept (f, 1, 0, 1);
  hd_test_undo (history);
  assert_kept (f, 1, 0, 0);
  hd_test_redo (history);
  assert_kept (f, 1, 0, 1);
  /* The same meeting a year later: this year's conversations are before its preparation. */
  g_assert_true (hd_test_query_int (store, "SELECT count(*) FROM meeting") == 1);
  meeting_fields.date = "2015-10-15";
  meeting_fields.prepare_from = "2015-09-01";
  meeting = hd_meeting_create (store, history, &meeting_fields, &error);
  for (guint i = 0; i < G_N_ELEMENTS (members); i++)
    g_assert_true (hd_meeting_set_material (store, history, meeting, members[i], "2015-10-10", NULL, &error));
  g_assert_true (hd_meeting_set_informed (store, history, meeting, "2015-10-08", &error));
  g_assert_no_error (error);
  assert_kept (f, 1, 0, 1);
  talk (f, "2015-09-10", f->team.principal, f->team.member);
  talk (f, "2015-09-10", f->team.principal, f->team.rare_member);
  talk (f, "2015-09-11", f->team.member, f->team.rare_member);
  talk (f, "2015-09-12", f->team.member, f->team.head);
  assert_kept (f, 1, 0, 2);
  hd_test_undo (history);
  assert_kept (f, 1, 0, 1);
}

/* Marked units that another program left (it wrote without computing them): the figures are
 * computed instead of read, and the next write computes them again. */
static void
test_marked_outside (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) figures = NULL;
  gint64 complete = -1, incomplete = -1, ready = -1;
  gboolean kept = TRUE;

  talk (f, "2014-09-10", f->team.principal, f->team.member);
  hd_test_exec (f->county.db.store, "UPDATE team_talks SET talked = 1; INSERT INTO team_talks_stale VALUES (1)");
  g_assert_true (hd_team_talks_read (f->county.db.store, "/", "0", &complete, &incomplete, &ready, &kept, &error));
  g_assert_false (kept);
  figures = hd_stats_compute (f->county.db.store, 0, &f->county.today, 3, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < figures->len; i++)
    {
      const HdStatsFigure *figure = &g_array_index (figures, HdStatsFigure, i);

      if (g_str_equal (figure->key, "teams_talks_complete"))
        g_assert_cmpint (figure->value, ==, 0);
      else if (g_str_equal (figure->key, "teams_talks_incomplete"))
        g_assert_cmpint (figure->value, ==, 1);
    }
  talk (f, "2014-09-10", f->team.principal, f->team.rare_member);
  assert_kept (f, 0, 1, 0);
}

/* A database of data format 12, which kept nothing: opening it computes every team (and the
 * overview's counts). */
static void
test_migration (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->county.db.dir, "team-talks.db", NULL);
  sqlite3 *db = NULL;

  talk (f, "2014-09-10", f->team.principal, f->team.member);
  talk (f, "2014-09-10", f->team.principal, f->team.rare_member);
  talk (f, "2014-09-11", f->team.member, f->team.rare_member);
  talk (f, "2014-09-12", f->team.member, f->team.head);
  g_clear_object (&f->county.db.history);
  g_clear_object (&f->county.db.store);

  /* Back to format 12: what migration 13 made, taken away. */
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "BEGIN", NULL, NULL, NULL), ==, SQLITE_OK);
  {
    sqlite3_stmt *stmt = NULL;
    g_autoptr(GPtrArray) drops = g_ptr_array_new_with_free_func (g_free);

    g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT type, name FROM sqlite_schema"
                                             " WHERE name LIKE 'team_talks%' OR name LIKE 'tally%'",
                                         -1, &stmt, NULL), ==, SQLITE_OK);
    while (sqlite3_step (stmt) == SQLITE_ROW)
      g_ptr_array_add (drops, g_strdup_printf ("DROP %s IF EXISTS %s", sqlite3_column_text (stmt, 0),
                                               sqlite3_column_text (stmt, 1)));
    sqlite3_finalize (stmt);
    /* Format 13's two tables, view and sixteen triggers; format 14's five tables, index and
     * 21 triggers. */
    g_assert_cmpuint (drops->len, ==, 19 + 27);
    for (guint i = 0; i < drops->len; i++)
      g_assert_cmpint (sqlite3_exec (db, g_ptr_array_index (drops, i), NULL, NULL, NULL), ==, SQLITE_OK);
  }
  g_assert_cmpint (sqlite3_exec (db, HD_TEST_DROP_FORMAT_15 "; PRAGMA user_version = 12; COMMIT", NULL, NULL, NULL),
                   ==, SQLITE_OK);
  sqlite3_close (db);

  f->county.db.store = hd_test_open_store (f->county.db.dir, "team-talks.db");
  g_assert_cmpint (hd_store_get_schema_version (f->county.db.store), ==, 15);
  assert_kept (f, 1, 0, 0);
}

int
main (int   argc,
      char *argv[])
{
  hd_test_init_english (&argc, &argv);

  HD_TEST_ADD ("/team-talks/writes", test_writes);
  HD_TEST_ADD ("/team-talks/marked-outside", test_marked_outside);
  HD_TEST_ADD ("/team-talks/migration", test_migration);
  return g_test_run ();
}
