/* test-cli-coverage.c — huodongban-cli coverage: the hand-made county's team with its
 * conversations, every pair in order with its state, a vacancy, the meeting's preparation, and
 * bad usage. */
#include "hd-cli-run.h"
#include "talks/hd-talk.h"

#define RUN(run, db, ...) hd_cli_run_args ((run), (db), "2014-09-30", (const char *[]) { __VA_ARGS__, NULL })

static void
add_talk (HdStore      *store,
          gint64        unit,
          const char   *date,
          const gint64 *people,
          guint         n_people,
          guint         topics)
{
  g_autoptr(GError) error = NULL;
  HdTalkFields fields = { .unit_id = unit, .date = date, .people = people, .n_people = n_people,
                          .initiator_id = people[0], .topics = topics };

  g_assert_cmpint (hd_talk_create (store, NULL, &fields, &error), >, 0);
  g_assert_no_error (error);
}

/* The county of the talks' tests with the conversations of test-talks.c, and its meeting (1). */
static char *
make_database (char **dir)
{
  g_autoptr(HdStore) store = NULL;
  g_autoptr(GError) error = NULL;
  HdTestUnits units;
  HdTestTeam team;
  HdMeetingFields meeting = { 0, HD_MEETING_DEMOCRATIC, "2014-10-15", "2014-09-01", NULL };

  *dir = hd_test_make_tmpdir ();
  store = hd_test_open_store (*dir, "county.db");
  hd_test_add_county (store, &units);
  hd_test_add_team (store, &units, &team);
  add_talk (store, units.county, "2014-09-10", (gint64[]) { team.member, team.principal }, 2, HD_TALK_ALL_TOPICS);
  add_talk (store, units.county, "2014-09-12", (gint64[]) { team.principal, team.rare_member }, 2,
            HD_TALK_TOPIC_TEAM | HD_TALK_TOPIC_OWN);
  add_talk (store, units.county, "2014-08-20", (gint64[]) { team.member, team.rare_member, team.head }, 3,
            HD_TALK_ALL_TOPICS & ~HD_TALK_TOPIC_CRITICISM);
  meeting.unit_id = units.county;
  g_assert_cmpint (hd_meeting_create (store, NULL, &meeting, &error), ==, 1);
  return g_strdup (hd_store_get_path (store));
}

static void
test_coverage (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *db = make_database (&dir);
  g_auto(HdCliRun) all = { 0 };
  g_auto(HdCliRun) prepared = { 0 };
  g_auto(HdCliRun) town = { 0 };
  const HdCliFailure failures[] = {
    { 2, { "coverage" }, "--unit" },
    { 1, { "coverage", "--unit", "示范县/无此镇" }, "无此镇" },
    { 1, { "coverage", "--unit", "示范县", "--meeting", "7" }, "meeting (no. 7)" },
  };

  RUN (&all, db, "coverage", "--unit", "示范县");
  hd_cli_run_assert_success (&all,
                             "张书记\t李县长\tdone\n"
                             "张书记\t𠮷部长\ttopics-missing:3,4,5\n"
                             "李县长\t𠮷部长\ttopics-missing:4\n"
                             "李县长\t赵主任\ttopics-missing:4\n"
                             "李县长\t-\tvacant:县财政局\n");
  RUN (&prepared, db, "coverage", "--unit", "示范县", "--meeting", "1");
  hd_cli_run_assert_success (&prepared,
                             "张书记\t李县长\tdone\n"
                             "张书记\t𠮷部长\ttopics-missing:3,4,5\n"
                             "李县长\t𠮷部长\tmissing\n"
                             "李县长\t赵主任\tmissing\n"
                             "李县长\t-\tvacant:县财政局\n");
  /* A team with nobody in it requires nothing. */
  RUN (&town, db, "coverage", "--unit", "示范县/城关镇");
  hd_cli_run_assert_success (&town, "");
  hd_cli_run_assert_failures (db, failures, G_N_ELEMENTS (failures));
}

/* import talks: the register's rows added, the pairs' states follow; a bad row refuses the file. */
static void
test_import_talks (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *db = make_database (&dir);
  g_autofree char *good = hd_cli_run_write_file (dir, "talks.csv",
                                                 "单位,日期,谈话人,谈话对象,班子问题,个人问题,对方问题,拟提批评意见,整改措施\n"
                                                 "示范县,2014-09-20,张书记,𠮷部长,否,否,是,是,是\n",
                                                 -1);
  g_autofree char *bad = hd_cli_run_write_file (dir, "bad.csv",
                                                "单位,日期,谈话人,谈话对象\n示范县,2014-09-20,张书记,王五\n", -1);
  g_auto(HdCliRun) import = { 0 };
  g_auto(HdCliRun) again = { 0 };
  g_auto(HdCliRun) refused = { 0 };
  g_auto(HdCliRun) coverage = { 0 };

  RUN (&import, db, "import", "talks", good);
  hd_cli_run_assert_success (&import, "Imported 1 row: 1 conversations added, 0 unchanged.\n");
  RUN (&again, db, "import", "talks", good);
  hd_cli_run_assert_success (&again, "Imported 1 row: 0 conversations added, 1 unchanged.\n");
  RUN (&coverage, db, "coverage", "--unit", "示范县");
  g_assert_nonnull (strstr (coverage.out, "张书记\t𠮷部长\tdone\n"));
  RUN (&refused, db, "import", "talks", bad);
  g_assert_cmpint (refused.status, ==, 1);
  g_assert_nonnull (strstr (refused.err, "row 2: Nobody called “王五”"));
  g_assert_cmpint (hd_cli_run_count (db, "SELECT count(*) FROM talk"), ==, 4);
}

int
main (int argc, char *argv[])
{
  hd_cli_run_init (&argc, &argv);
  g_test_add_func ("/cli/coverage", test_coverage);
  g_test_add_func ("/cli/import-talks", test_import_talks);
  return g_test_run ();
}
