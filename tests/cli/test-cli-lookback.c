/* test-cli-lookback.c — huodongban-cli lookback open|propose|confirm: the round's number, the
 * proposals in the ledger's order, confirming them (回炉 only with a new deadline), the stats
 * figures, failures and usage.
 *
 * The program under test comes as the first argument (meson passes the built one).
 */
#include "hd-cli-run.h"

/* Runs the program on the database @db on the day @today with the arguments that follow. */
#define RUN(run, db, today, ...) hd_cli_run_args ((run), (db), (today), (const char *[]) { __VA_ARGS__, NULL })

/* On 2014-09-30: the county's 公车私用 open with 不满意 (回炉) and its long-term task (track); the
 * township's 文山会海 open past its deadline (track) and 门难进 closed with 满意 (consolidate). */
static const char ledger[] =
  "所属方案,整改类型,责任单位,问题,整改措施,整改目标,责任领导,责任人,完成时限,整改进展,完成情况,群众评价,销号日期\n"
  "整改方案,限期整改,示范县/城关镇,文山会海,精简会议,会议减少三成,张书记,李主任,2014-09-20,,,,\n"
  "整改方案,限期整改,示范县/城关镇,门难进脸难看,挂牌上岗,群众满意,张书记,王所长,2014-09-25,,已挂牌上岗,满意,2014-09-25\n"
  "专项整治方案,限期整改,示范县,公车私用,车辆统一停放,杜绝公车私用,赵县长,钱主任,2014-11-05,,仍有私用,不满意,\n"
  "整改方案,长期坚持,示范县,联系群众不经常,建立联系制度,常态长效,赵县长,孙主任,,,,,\n";

static void
test_open_propose_confirm (void)
{
  g_autofree char *db = hd_cli_run_import_encoded ("ledger", "ledger.csv", ledger, "UTF-8", NULL);
  g_auto(HdCliRun) open = { 0 };
  g_auto(HdCliRun) propose = { 0 };
  g_auto(HdCliRun) town = { 0 };
  g_auto(HdCliRun) town_propose = { 0 };
  g_auto(HdCliRun) confirm = { 0 };
  g_auto(HdCliRun) stats = { 0 };
  g_auto(HdCliRun) redo = { 0 };
  g_auto(HdCliRun) again = { 0 };

  RUN (&open, db, "2014-09-30", "lookback", "open", "--name", "2014年第一轮回头看", "--unit", "示范县");
  hd_cli_run_assert_success (&open, "1\n");
  RUN (&propose, db, "2014-09-30", "lookback", "propose", "--round", "1");
  hd_cli_run_assert_success (&propose,
                             "示范县\t1\tredo\n"
                             "示范县\t2\ttrack\n"
                             "示范县/城关镇\t1\ttrack\n"
                             "示范县/城关镇\t2\tconsolidate\n");
  RUN (&town, db, "2014-09-30", "lookback", "open", "--name", "城关镇回头看", "--unit", "示范县/城关镇",
       "--plan", "rectification", "--plan", "专项整治方案");
  hd_cli_run_assert_success (&town, "2\n");
  RUN (&town_propose, db, "2014-09-30", "lookback", "propose", "--round", "2");
  hd_cli_run_assert_success (&town_propose, "示范县/城关镇\t1\ttrack\n示范县/城关镇\t2\tconsolidate\n");
  g_assert_cmpint (hd_cli_run_count (db, "SELECT count(*) FROM lookback_round WHERE opened = '2014-09-30'"), ==, 2);

  /* Without a new deadline the 回炉 proposal waits. */
  RUN (&confirm, db, "2014-09-30", "lookback", "confirm", "--round", "1", "--all-proposed");
  hd_cli_run_assert_success (&confirm, "3\n");
  RUN (&stats, db, "2014-09-30", "stats", "--unit", "示范县");
  g_assert_nonnull (strstr (stats.out, "lookback_rounds\t2\nlookback_pending\t3\n"));
  RUN (&redo, db, "2014-09-30", "lookback", "confirm", "--round", "1", "--all-proposed", "--deadline", "2014-12-31");
  hd_cli_run_assert_success (&redo, "1\n");
  g_assert_cmpint (hd_cli_run_count (db, "SELECT count(*) FROM task WHERE problem = '公车私用' AND deadline = '2014-12-31'"
                                         " AND closed IS NULL"), ==, 1);
  g_assert_cmpint (hd_cli_run_count (db, "SELECT count(*) FROM lookback_item WHERE round_id = 1 AND outcome IS NULL"), ==, 0);
  RUN (&again, db, "2014-09-30", "lookback", "confirm", "--round", "1", "--all-proposed");
  hd_cli_run_assert_success (&again, "0\n");
}

static void
test_failures (void)
{
  g_autofree char *db = hd_cli_run_import_encoded ("ledger", "ledger.csv", ledger, "UTF-8", NULL);
  const HdCliFailure cases[] = {
    { 2, { "lookback", NULL }, "say what to do" },
    { 2, { "lookback", "review", NULL }, "“review” is not something to do with a look-back round" },
    { 2, { "lookback", "open", "--unit", "示范县", NULL }, "--name NAME" },
    { 2, { "lookback", "open", "--name", "第一轮", NULL }, "--unit UNIT" },
    { 2, { "lookback", "open", "--name", "第一轮", "--unit", "示范县", "--plan", "other", NULL }, "--plan takes" },
    { 2, { "lookback", "open", "--name", "第一轮", "--unit", "示范县", "stray", NULL }, NULL },
    { 1, { "lookback", "open", "--name", "第一轮", "--unit", "示范县/河西镇", NULL }, "no unit" },
    { 1, { "lookback", "open", "--name", "  ", "--unit", "示范县", NULL }, "Name the look-back round" },
    { 1, { "lookback", "open", "--name", "第一轮", "--unit", "示范县/城关镇", "--plan", "special", NULL },
      "nothing for the round to review" },
    { 2, { "lookback", "propose", NULL }, "--round ID" },
    { 2, { "lookback", "propose", "--round", "x", NULL }, "“x” is not a round’s number" },
    { 1, { "lookback", "propose", "--round", "9", NULL }, "does not exist" },
    { 2, { "lookback", "confirm", "--round", "1", NULL }, "--all-proposed" },
    { 2, { "lookback", "confirm", "--round", "1", "--all-proposed", "--deadline", "12/31", NULL }, "--deadline as YYYY-MM-DD" },
    { 1, { "lookback", "confirm", "--round", "9", "--all-proposed", NULL }, "does not exist" },
  };

  hd_cli_run_assert_failures (db, cases, G_N_ELEMENTS (cases));
  g_assert_cmpint (hd_cli_run_count (db, "SELECT count(*) FROM lookback_round"), ==, 0);
}

/* A new deadline already past is refused, and nothing is confirmed. */
static void
test_past_deadline (void)
{
  g_autofree char *db = hd_cli_run_import_encoded ("ledger", "ledger.csv", ledger, "UTF-8", NULL);
  g_auto(HdCliRun) open = { 0 };
  g_auto(HdCliRun) past = { 0 };

  RUN (&open, db, "2014-09-30", "lookback", "open", "--name", "第一轮", "--unit", "示范县");
  hd_cli_run_assert_success (&open, "1\n");
  RUN (&past, db, "2014-10-08", "lookback", "confirm", "--round", "1", "--all-proposed", "--deadline", "2014-10-07");
  hd_cli_run_assert_one_line_failure (&past, 1, "The new deadline has passed already");
  g_assert_cmpint (hd_cli_run_count (db, "SELECT count(*) FROM lookback_item WHERE outcome IS NULL"), ==, 4);
}

int
main (int    argc,
      char **argv)
{
  hd_cli_run_init (&argc, &argv);
  g_test_add_func ("/cli-lookback/open-propose-confirm", test_open_propose_confirm);
  g_test_add_func ("/cli-lookback/failures", test_failures);
  g_test_add_func ("/cli-lookback/past-deadline", test_past_deadline);
  return g_test_run ();
}
