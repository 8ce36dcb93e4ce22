/* test-coverage.c — hd-core: the three must-talks on hand-built teams, with the exact pairs and
 * states for each edge case: a full team; a member who is also a department head (required once);
 * a member who oversees nothing; a team of one; a vacant principal leader; a department without a
 * head; a conversation of three; topics covered across several conversations. */
#include "talks/hd-coverage.h"

/* People: 1 the principal leader, 2-4 members, 10-12 department heads. Departments: 100-103. */

/* The pairs as "kind:a-b:state" separated by spaces; kind p, m or d; state done, missing,
 * topics:N,N or vacant:DEPARTMENT. */
static char *
describe (GArray *pairs)
{
  static const char kinds[] = { 'p', 'm', 'd' };
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < pairs->len; i++)
    {
      HdRequiredPair *pair = &g_array_index (pairs, HdRequiredPair, i);

      g_string_append_printf (text, "%s%c:%" G_GINT64_FORMAT "-%" G_GINT64_FORMAT ":", text->len ? " " : "",
                              kinds[pair->kind], pair->a, pair->b);
      switch (pair->state)
        {
        case HD_PAIR_DONE:
          g_string_append (text, "done");
          break;
        case HD_PAIR_MISSING:
          g_string_append (text, "missing");
          break;
        case HD_PAIR_TOPICS_MISSING:
          {
            g_autofree char *topics = hd_coverage_format_topics (pair->missing);

            g_string_append_printf (text, "topics:%s", topics);
          }
          break;
        case HD_PAIR_VACANT:
          g_string_append_printf (text, "vacant:%" G_GINT64_FORMAT, pair->department);
          break;
        }
    }
  return g_string_free (text, FALSE);
}

static void
assert_coverage (const HdTeamShape  *team,
                 const HdTalkRecord *talks,
                 guint               n_talks,
                 const char         *expected)
{
  g_autoptr(GArray) pairs = hd_coverage_compute (team, talks, n_talks);
  g_autofree char *got = describe (pairs);

  g_assert_cmpstr (got, ==, expected);
}

static const gint64 members[] = { 2, 3, 4 };

static void
test_full_team (void)
{
  /* 2 oversees 100 (head 10) and 101 (head 11); 3 oversees 102 (head 12); 4 oversees nothing. */
  const HdOversightLink oversight[] = { { 2, 100, 10 }, { 2, 101, 11 }, { 3, 102, 12 } };
  const HdTeamShape team = { 1, members, 3, oversight, 3 };

  assert_coverage (&team, NULL, 0,
                   "p:1-2:missing p:1-3:missing p:1-4:missing m:2-3:missing m:2-4:missing m:3-4:missing "
                   "d:2-10:missing d:2-11:missing d:3-12:missing");
}

static void
test_states (void)
{
  const HdOversightLink oversight[] = { { 2, 100, 10 } };
  const HdTeamShape team = { 1, members, 3, oversight, 1 };
  const gint64 p12[] = { 2, 1 }, p13[] = { 1, 3 }, p234[] = { 2, 3, 4 }, p2_10[] = { 10, 2 };
  const HdTalkRecord talks[] = {
    /* Both ways round, all five topics. */
    { p12, 2, HD_TALK_ALL_TOPICS },
    /* Two conversations that together cover all but the criticism. */
    { p13, 2, HD_TALK_TOPIC_TEAM | HD_TALK_TOPIC_OWN },
    { p13, 2, HD_TALK_TOPIC_OTHER | HD_TALK_TOPIC_MEASURES },
    /* Three people: each of its pairs, with its topics. */
    { p234, 3, HD_TALK_ALL_TOPICS & ~HD_TALK_TOPIC_OWN },
    { p2_10, 2, HD_TALK_TOPIC_TEAM },
  };

  assert_coverage (&team, talks, G_N_ELEMENTS (talks),
                   "p:1-2:done p:1-3:topics:4 p:1-4:missing m:2-3:topics:2 m:2-4:topics:2 m:3-4:topics:2 "
                   "d:2-10:topics:2,3,4,5");
}

/* Member 3 heads department 100 that member 2 oversees: 2 and 3 talk once, as members. The
 * principal oversees 101, whose head is member 4: that pair is the principal's own. A member who
 * heads the department he oversees has no pair with himself. */
static void
test_head_in_team (void)
{
  const HdOversightLink oversight[] = { { 2, 100, 3 }, { 1, 101, 4 }, { 4, 102, 4 } };
  const HdTeamShape team = { 1, members, 3, oversight, 3 };

  assert_coverage (&team, NULL, 0,
                   "p:1-2:missing p:1-3:missing p:1-4:missing m:2-3:missing m:2-4:missing m:3-4:missing");
}

/* Two departments with one head: the pair is required once. */
static void
test_one_head_twice (void)
{
  const HdOversightLink oversight[] = { { 2, 100, 10 }, { 2, 101, 10 } };
  const HdTeamShape team = { 1, members, 1, oversight, 2 };

  assert_coverage (&team, NULL, 0, "p:1-2:missing d:2-10:missing");
}

static void
test_team_of_one (void)
{
  const HdTeamShape alone = { 1, NULL, 0, NULL, 0 };
  const HdTeamShape empty = { 0, NULL, 0, NULL, 0 };

  assert_coverage (&alone, NULL, 0, "");
  assert_coverage (&empty, NULL, 0, "");
}

/* Without a principal leader, the members still talk with each other and their departments. */
static void
test_vacant_principal (void)
{
  const HdOversightLink oversight[] = { { 3, 102, 12 } };
  const HdTeamShape team = { 0, members, 2, oversight, 1 };

  assert_coverage (&team, NULL, 0, "m:2-3:missing d:3-12:missing");
}

/* A department without a head is a vacancy, listed where its pair would be. */
static void
test_vacant_head (void)
{
  const HdOversightLink oversight[] = { { 2, 100, 0 }, { 2, 101, 11 } };
  const HdTeamShape team = { 1, members, 1, oversight, 2 };
  const gint64 p2_11[] = { 2, 11 };
  const HdTalkRecord talk = { p2_11, 2, HD_TALK_ALL_TOPICS };

  assert_coverage (&team, &talk, 1, "p:1-2:missing d:2-0:vacant:100 d:2-11:done");
}

static void
test_format_topics (void)
{
  g_autofree char *none = hd_coverage_format_topics (0);
  g_autofree char *some = hd_coverage_format_topics (HD_TALK_TOPIC_OWN | HD_TALK_TOPIC_MEASURES);
  g_autofree char *all = hd_coverage_format_topics (HD_TALK_ALL_TOPICS);

  g_assert_cmpstr (none, ==, "");
  g_assert_cmpstr (some, ==, "2,5");
  g_assert_cmpstr (all, ==, "1,2,3,4,5");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/coverage/full-team", test_full_team);
  g_test_add_func ("/coverage/states", test_states);
  g_test_add_func ("/coverage/head-in-team", test_head_in_team);
  g_test_add_func ("/coverage/one-head-twice", test_one_head_twice);
  g_test_add_func ("/coverage/team-of-one", test_team_of_one);
  g_test_add_func ("/coverage/vacant-principal", test_vacant_principal);
  g_test_add_func ("/coverage/vacant-head", test_vacant_head);
  g_test_add_func ("/coverage/format-topics", test_format_topics);
  return g_test_run ();
}
