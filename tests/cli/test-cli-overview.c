/* test-cli-overview.c — huodongban-cli overview: a line per child unit (the unit's own first),
 * per responsible leader, or per week; the header lines; bad usage.
 *
 * The program under test comes as the first argument (meson passes the built one).
 */
#include "hd-cli-run.h"

#define RUN(run, db, today, ...) hd_cli_run_args ((run), (db), (today), (const char *[]) { __VA_ARGS__, NULL })

#define HEADER_FIGURES "tasks\tred\tyellow\tgreen\tclosed\tclosed_late\tsatisfied\tbasically\tdissatisfied"
#define HEADER HEADER_FIGURES "\topinions\topinions_handled\tnotices_open\tnotices_overdue\tlookback_pending" \
               "\tteams_talked\tteams_not_talked\n"

/* On 2014-09-30: the township's 文山会海 past its deadline, 门难进 closed on its deadline with
 * 满意; the county's 公车私用 open with 不满意 and a long-term task. */
static const char ledger[] =
  "所属方案,整改类型,责任单位,问题,责任领导,完成时限,完成情况,群众评价,销号日期\n"
  "整改方案,限期整改,示范县/城关镇,文山会海,张书记,2014-09-20,,,\n"
  "整改方案,限期整改,示范县/城关镇,门难进,张书记,2014-09-25,已挂牌上岗,满意,2014-09-25\n"
  "专项整治方案,限期整改,示范县,公车私用,赵县长,2014-11-05,仍有私用,不满意,\n"
  "整改方案,长期坚持,示范县,联系群众不经常,赵县长,,,,\n";

static void
test_overview (void)
{
  g_autofree char *db = hd_cli_run_import_encoded ("ledger", "ledger.csv", ledger, "UTF-8", NULL);
  g_auto(HdCliRun) top = { 0 };
  g_auto(HdCliRun) town = { 0 };
  g_auto(HdCliRun) leaders = { 0 };
  g_auto(HdCliRun) trend = { 0 };
  g_autofree char *before = hd_test_file_digest (db);
  g_autofree char *after = NULL;

  /* The top of the database is its one county: its own tasks, then its township's. */
  RUN (&top, db, "2014-09-30", "overview");
  hd_cli_run_assert_success (&top,
                             "UNIT\t" HEADER
                             "示范县\t2\t0\t0\t2\t0\t0\t0\t0\t1\t0\t0\t0\t0\t0\t0\t0\n"
                             "示范县/城关镇\t2\t1\t0\t0\t1\t0\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\n");
  RUN (&town, db, "2014-09-30", "overview", "--unit", "示范县/城关镇", "--by", "child");
  hd_cli_run_assert_success (&town, "UNIT\t" HEADER "示范县/城关镇\t2\t1\t0\t0\t1\t0\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\n");
  RUN (&leaders, db, "2014-09-30", "overview", "--by", "leader");
  hd_cli_run_assert_success (&leaders,
                             "LEADER\t" HEADER_FIGURES "\n"
                             "张书记\t2\t1\t0\t0\t1\t0\t1\t0\t0\n"
                             "赵县长\t2\t0\t0\t2\t0\t0\t0\t0\t1\n");
  /* From the Monday before the first deadline (Saturday 09-20) to today's week: on 09-22
   * 文山会海 is past due and 门难进 three days off; on 09-29 门难进 is closed. */
  RUN (&trend, db, "2014-09-30", "overview", "--trend");
  hd_cli_run_assert_success (&trend,
                             "WEEK_START\tred\tyellow\tgreen\tclosed\tclosed_late\n"
                             "2014-09-15\t0\t0\t4\t0\t0\n"
                             "2014-09-22\t1\t1\t2\t0\t0\n"
                             "2014-09-29\t1\t0\t2\t1\t0\n");
  /* The printed report: the table, then each chart on its page. */
  {
    g_auto(HdCliRun) print = { 0 };
    g_autofree char *dir = g_path_get_dirname (db);
    g_autofree char *pdf = g_build_filename (dir, "通报.pdf", NULL);

    RUN (&print, db, "2014-09-30", "print", "overview", "-o", pdf);
    hd_cli_run_assert_success (&print, "3 pages\n");
    g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));
  }
  /* Reading changes nothing. */
  after = hd_test_file_digest (db);
  g_assert_cmpstr (after, ==, before);
}

static void
test_failures (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *db = hd_cli_run_make_county (&dir);
  static const HdCliFailure cases[] = {
    { 2, { "overview", "--by", "city" }, "--by" },
    { 2, { "overview", "--trend", "--by", "leader" }, "--trend" },
    { 2, { "overview", "extra" }, NULL },
    { 1, { "overview", "--unit", "示范县/河东镇" }, "河东镇" },
    { 2, { "print", "overview", "--plan", "special", "-o", "x.pdf" }, "print overview [--unit UNIT]" },
    { 1, { "print", "overview", "--unit", "示范县/城关镇", "-o", "x.pdf" }, "no units below it" },
  };

  hd_cli_run_assert_failures (db, cases, G_N_ELEMENTS (cases));
}

int
main (int   argc,
      char *argv[])
{
  hd_cli_run_init (&argc, &argv);
  g_test_add_func ("/cli/overview", test_overview);
  g_test_add_func ("/cli/overview/failures", test_failures);
  return g_test_run ();
}
