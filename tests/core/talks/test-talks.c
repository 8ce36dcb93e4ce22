/* test-talks.c — hd-core: conversations and meetings recorded (bad input refused, nothing
 * written; undo), and the three must-talks of the hand-made county's team read from the store:
 * every conversation of its people, or only those in a meeting's preparation. */
#include "hd-test-util.h"
#include "ledger/hd-stats.h"
#include "organisation/hd-person-edit.h"
#include "talks/hd-talk.h"
#include "talks/hd-team-coverage.h"

typedef struct {
  HdTestCounty county;
  HdTestTeam   team;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  hd_test_county_set_up (&f->county, "talks.db", 10);
  hd_test_add_team (f->county.db.store, &f->county.units, &f->team);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  hd_test_db_tear_down (&f->county.db);
}

static gint64
talk (Fixture      *f,
      const char   *date,
      const gint64 *people,
      guint         n_people,
      guint         topics,
      GError      **error)
{
  HdTalkFields fields = {
    .unit_id = f->county.units.county, .date = date, .place = "县委会议室", .people = people, .n_people = n_people,
    .initiator_id = people[0], .recorder_id = f->team.head, .topics = topics,
    .content = "谈了班子存在的问题", .commitments = "带头改进作风",
  };

  return hd_talk_create (f->county.db.store, f->county.db.history, &fields, error);
}

/* The pairs as "A-B:state" with the people's numbers in the team: 1 张书记, 2 李县长, 3 𠮷部长,
 * 4 赵主任; a vacancy as "2-:vacant". */
static char *
describe (Fixture *f,
          GArray  *pairs)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < pairs->len; i++)
    {
      HdRequiredPair *pair = &g_array_index (pairs, HdRequiredPair, i);
      gint64 people[] = { f->team.principal, f->team.member, f->team.rare_member, f->team.head };
      guint a = 0, b = 0;

      for (guint k = 0; k < G_N_ELEMENTS (people); k++)
        {
          a = people[k] == pair->a ? k + 1 : a;
          b = people[k] == pair->b ? k + 1 : b;
        }
      if (pair->state == HD_PAIR_VACANT)
        g_string_append_printf (text, "%s%u-:vacant", text->len ? " " : "", a);
      else
        {
          g_autofree char *topics = hd_coverage_format_topics (pair->missing);

          g_string_append_printf (text, "%s%u-%u:%s", text->len ? " " : "", a, b,
                                  pair->state == HD_PAIR_DONE ? "done"
                                  : pair->state == HD_PAIR_MISSING ? "missing" : topics);
        }
    }
  return g_string_free (text, FALSE);
}

static char *
coverage (Fixture *f,
          gint64   meeting)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) pairs = hd_team_coverage_read (f->county.db.store, f->county.units.county, meeting, &error);

  g_assert_no_error (error);
  return describe (f, pairs);
}

static void
test_record (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const gint64 pair[] = { f->team.principal, f->team.member };
  const gint64 alone[] = { f->team.principal };
  const gint64 twice[] = { f->team.principal, f->team.principal };
  const gint64 stranger[] = { f->team.principal, 999 };
  gint64 id;

  /* Refused, with what to do; nothing written. */
  g_assert_cmpint (talk (f, "2014-09-31", pair, 2, HD_TALK_ALL_TOPICS, &error), ==, 0);
  g_assert_error (error, HD_TALK_ERROR, HD_TALK_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "not a date"));
  g_clear_error (&error);
  g_assert_cmpint (talk (f, "2014-09-20", alone, 1, HD_TALK_ALL_TOPICS, &error), ==, 0);
  g_assert_nonnull (strstr (error->message, "at least two people"));
  g_clear_error (&error);
  g_assert_cmpint (talk (f, "2014-09-20", twice, 2, HD_TALK_ALL_TOPICS, &error), ==, 0);
  g_assert_nonnull (strstr (error->message, "named twice"));
  g_clear_error (&error);
  g_assert_cmpint (talk (f, "2014-09-20", stranger, 2, HD_TALK_ALL_TOPICS, &error), ==, 0);
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpint (talk (f, "2014-09-20", pair, 2, 64, &error), ==, 0);
  g_assert_error (error, HD_TALK_ERROR, HD_TALK_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (hd_test_query_int (f->county.db.store, "SELECT count(*) FROM talk"), ==, 0);

  /* Recorded with its people, in the change log; undo takes it back. */
  id = talk (f, "2014-09-20", pair, 2, HD_TALK_TOPIC_TEAM | HD_TALK_TOPIC_MEASURES, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hd_test_query_int (f->county.db.store,
                                      "SELECT count(*) FROM talk WHERE topics = 17 AND place = '县委会议室'"
                                      " AND content = '谈了班子存在的问题' AND commitments = '带头改进作风'"), ==, 1);
  g_assert_cmpint (hd_test_query_int (f->county.db.store, "SELECT count(*) FROM talk_person"), ==, 2);
  g_assert_cmpint (hd_test_query_int (f->county.db.store,
                                      "SELECT count(DISTINCT entity) FROM change_log WHERE entity IN ('talk', 'talk_person')"),
                   ==, 2);
  g_assert_cmpint (id, >, 0);
  g_assert_true (hd_history_undo (f->county.db.history, &error));
  g_assert_cmpint (hd_test_query_int (f->county.db.store, "SELECT count(*) FROM talk"), ==, 0);
  g_assert_cmpint (hd_test_query_int (f->county.db.store, "SELECT count(*) FROM talk_person"), ==, 0);
}

static void
test_meeting (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  HdMeetingFields late = { f->county.units.county, HD_MEETING_DEMOCRATIC, "2014-10-15", "2014-10-16", NULL };
  HdMeetingFields fields = { f->county.units.county, HD_MEETING_DEMOCRATIC, "2014-10-15", "2014-09-01", " 县委常委会议室 " };

  g_assert_cmpint (hd_meeting_create (f->county.db.store, NULL, &late, &error), ==, 0);
  g_assert_error (error, HD_TALK_ERROR, HD_TALK_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (hd_meeting_create (f->county.db.store, NULL, &fields, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (hd_test_query_int (f->county.db.store,
                                      "SELECT count(*) FROM meeting WHERE kind = 'democratic' AND place = '县委常委会议室'"),
                   ==, 1);
}

/* No conversation: every pair missing, the department without a head a vacancy. Then: the
 * principal with 李县长 on everything; with 𠮷部长 on two topics; 李县长, 𠮷部长 and 赵主任
 * together before the meeting's preparation, on all but the criticism. */
static void
test_coverage (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const gint64 first[] = { f->team.member, f->team.principal };
  const gint64 second[] = { f->team.principal, f->team.rare_member };
  const gint64 three[] = { f->team.member, f->team.rare_member, f->team.head };
  HdMeetingFields fields = { f->county.units.county, HD_MEETING_DEMOCRATIC, "2014-10-15", "2014-09-01", NULL };
  g_autofree char *none = coverage (f, 0);
  g_autofree char *all = NULL;
  g_autofree char *prepared = NULL;
  gint64 meeting;

  g_assert_cmpstr (none, ==, "1-2:missing 1-3:missing 2-3:missing 2-4:missing 2-:vacant");
  g_assert_cmpint (talk (f, "2014-09-10", first, 2, HD_TALK_ALL_TOPICS, &error), >, 0);
  g_assert_cmpint (talk (f, "2014-09-12", second, 2, HD_TALK_TOPIC_TEAM | HD_TALK_TOPIC_OWN, &error), >, 0);
  g_assert_cmpint (talk (f, "2014-08-20", three, 3, HD_TALK_ALL_TOPICS & ~HD_TALK_TOPIC_CRITICISM, &error), >, 0);
  g_assert_no_error (error);
  meeting = hd_meeting_create (f->county.db.store, NULL, &fields, &error);
  g_assert_no_error (error);

  all = coverage (f, 0);
  g_assert_cmpstr (all, ==, "1-2:done 1-3:3,4,5 2-3:4 2-4:4 2-:vacant");
  prepared = coverage (f, meeting);
  g_assert_cmpstr (prepared, ==, "1-2:done 1-3:3,4,5 2-3:missing 2-4:missing 2-:vacant");

  g_assert_null (hd_team_coverage_read (f->county.db.store, f->county.units.county, 999, &error));
  g_assert_error (error, HD_TALK_ERROR, HD_TALK_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* stats: the county's team is incomplete (县委办's team of one requires nothing); once every pair
   * has talked everything through, complete. */
  g_assert_cmpint (hd_test_stat_value (f->county.db.store, 0, &f->county.today, 3, "teams_talks_complete"), ==, 0);
  g_assert_cmpint (hd_test_stat_value (f->county.db.store, 0, &f->county.today, 3, "teams_talks_incomplete"), ==, 1);
  g_assert_cmpint (hd_test_stat_value (f->county.db.store, 0, &f->county.today, 3, "talks"), ==, 3);
  g_assert_cmpint (hd_test_stat_value (f->county.db.store, 0, &f->county.today, 3, "meetings"), ==, 1);
  g_assert_cmpint (talk (f, "2014-09-20", second, 2, HD_TALK_ALL_TOPICS, &error), >, 0);
  g_assert_cmpint (talk (f, "2014-09-21", three, 3, HD_TALK_ALL_TOPICS, &error), >, 0);
  g_assert_cmpint (hd_test_stat_value (f->county.db.store, 0, &f->county.today, 3, "teams_talks_complete"), ==, 1);
  g_assert_cmpint (hd_test_stat_value (f->county.db.store, 0, &f->county.today, 3, "teams_talks_incomplete"), ==, 0);
  g_assert_cmpint (hd_test_stat_value (f->county.db.store, f->county.units.town, &f->county.today, 3, "teams_talks_incomplete"), ==, 0);
  g_assert_cmpint (hd_test_stat_value (f->county.db.store, f->county.units.town, &f->county.today, 3, "talks"), ==, 0);
}

/* Names as a conversation's form resolves them; the meetings and a pair's conversations. */
static void
test_lookups (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) meetings = NULL;
  g_autoptr(GArray) talks = NULL;
  g_autoptr(GArray) prepared = NULL;
  const gint64 pair[] = { f->team.member, f->team.principal };
  HdMeetingFields first = { f->county.units.county, HD_MEETING_DEMOCRATIC, "2014-01-20", "2014-01-01", NULL };
  HdMeetingFields second = { f->county.units.county, HD_MEETING_DEMOCRATIC, "2014-10-15", "2014-09-01", NULL };
  HdPersonFields twin = { .name = "赵主任" };
  gint64 later;

  g_assert_cmpint (hd_talk_find_person (f->county.db.store, f->county.units.county, " 𠮷部长 ", &error), ==,
                   f->team.rare_member);
  /* A department head the team oversees. */
  g_assert_cmpint (hd_talk_find_person (f->county.db.store, f->county.units.county, "赵主任", &error), ==, f->team.head);
  g_assert_no_error (error);
  g_assert_cmpint (hd_talk_find_person (f->county.db.store, f->county.units.county, "王五", &error), ==, 0);
  g_assert_nonnull (strstr (error->message, "Nobody called “王五”"));
  g_clear_error (&error);
  g_assert_cmpint (hd_person_create (f->county.db.store, NULL, f->county.units.county, &twin, &error), >, 0);
  g_assert_cmpint (hd_talk_find_person (f->county.db.store, f->county.units.county, "赵主任", &error), ==, 0);
  g_assert_nonnull (strstr (error->message, "Two people called “赵主任”"));
  g_clear_error (&error);

  /* The names offered as one is typed: any part of a name, those beginning with it first; a
   * department head the team oversees; rare characters. */
  {
    g_auto(GStrv) long_ = hd_talk_match_names (f->county.db.store, f->county.units.county, "长", 8, &error);
    g_auto(GStrv) rare = hd_talk_match_names (f->county.db.store, f->county.units.county, " 𠮷 ", 8, &error);
    g_auto(GStrv) head = hd_talk_match_names (f->county.db.store, f->county.units.county, "主任", 8, &error);
    g_auto(GStrv) first_ = hd_talk_match_names (f->county.db.store, f->county.units.county, "李", 1, &error);
    g_auto(GStrv) none = hd_talk_match_names (f->county.db.store, f->county.units.town, "县长", 8, &error);
    g_autofree char *long_joined = g_strjoinv ("|", long_);

    g_assert_no_error (error);
    g_assert_cmpstr (long_joined, ==, "李县长|𠮷部长");
    g_assert_cmpuint (g_strv_length (rare), ==, 1);
    g_assert_cmpstr (rare[0], ==, "𠮷部长");
    /* 赵主任 twice on the rosters (the twin added above) is offered once. */
    g_assert_cmpuint (g_strv_length (head), ==, 1);
    g_assert_cmpstr (head[0], ==, "赵主任");
    g_assert_cmpuint (g_strv_length (first_), ==, 1);
    g_assert_cmpstr (first_[0], ==, "李县长");
    g_assert_cmpuint (g_strv_length (none), ==, 0);
  }

  g_assert_cmpint (hd_meeting_create (f->county.db.store, NULL, &first, &error), >, 0);
  later = hd_meeting_create (f->county.db.store, NULL, &second, &error);
  meetings = hd_meeting_list (f->county.db.store, f->county.units.county, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (meetings->len, ==, 2);
  g_assert_cmpint (g_array_index (meetings, HdMeetingInfo, 0).id, ==, later);
  g_assert_cmpstr (g_array_index (meetings, HdMeetingInfo, 0).prepare_from, ==, "2014-09-01");

  g_assert_cmpint (talk (f, "2014-09-10", pair, 2, HD_TALK_ALL_TOPICS, &error), >, 0);
  g_assert_cmpint (talk (f, "2014-01-10", pair, 2, HD_TALK_TOPIC_OWN, &error), >, 0);
  talks = hd_talk_list_for_pair (f->county.db.store, f->team.principal, f->team.member, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (talks->len, ==, 2);
  g_assert_cmpstr (g_array_index (talks, HdTalkInfo, 0).date, ==, "2014-01-10");
  g_assert_cmpuint (g_array_index (talks, HdTalkInfo, 0).topics, ==, HD_TALK_TOPIC_OWN);
  prepared = hd_talk_list_for_pair (f->county.db.store, f->team.principal, f->team.member, later, &error);
  g_assert_cmpuint (prepared->len, ==, 1);
  g_assert_cmpstr (g_array_index (prepared, HdTalkInfo, 0).date, ==, "2014-09-10");
}

int
main (int argc, char *argv[])
{
  hd_test_init_english (&argc, &argv);
  HD_TEST_ADD ("/talks/record", test_record);
  HD_TEST_ADD ("/talks/meeting", test_meeting);
  HD_TEST_ADD ("/talks/coverage", test_coverage);
  HD_TEST_ADD ("/talks/lookups", test_lookups);
  return g_test_run ();
}
