/* test-cli-notice.c — huodongban-cli notice issue|reply|withdraw|list: the numbers printed, the
 * list's lines and states against --today, replies and withdrawal, failures and usage.
 *
 * The program under test comes as the first argument (meson passes the built one).
 */
#include "hd-cli-run.h"

/* Runs the program on the database @db on the day @today with the arguments that follow. */
#define RUN(run, db, today, ...) hd_cli_run_args ((run), (db), (today), (const char *[]) { __VA_ARGS__, NULL })

static const char ledger[] =
  "所属方案,整改类型,责任单位,问题,整改措施,整改目标,责任领导,责任人,完成时限,整改进展,完成情况,群众评价,销号日期\n"
  "整改方案,限期整改,示范县/城关镇,文山会海,精简会议,会议减少三成,张书记,李主任,2014-09-20,,,,\n"
  "整改方案,限期整改,示范县/城关镇,门难进脸难看,挂牌上岗,群众满意,张书记,王所长,2014-09-25,,,,\n"
  "专项整治方案,限期整改,示范县,公车私用,车辆统一停放,杜绝公车私用,赵县长,钱主任,2014-11-05,,,,\n";

static void
test_issue_reply_list (void)
{
  g_autofree char *db = hd_cli_run_import_encoded ("ledger", "ledger.csv", ledger, "UTF-8", NULL);
  g_auto(HdCliRun) first = { 0 };
  g_auto(HdCliRun) second = { 0 };
  g_auto(HdCliRun) county = { 0 };
  g_auto(HdCliRun) other_office = { 0 };
  g_auto(HdCliRun) all = { 0 };
  g_auto(HdCliRun) overdue = { 0 };
  g_auto(HdCliRun) reply = { 0 };
  g_auto(HdCliRun) withdraw = { 0 };
  g_auto(HdCliRun) after = { 0 };
  g_auto(HdCliRun) town = { 0 };
  g_auto(HdCliRun) print = { 0 };
  g_auto(HdCliRun) ambiguous = { 0 };
  g_auto(HdCliRun) by_office = { 0 };
  g_autofree char *dir = g_path_get_dirname (db);
  g_autofree char *pdf = g_build_filename (dir, "notice.pdf", NULL);

  RUN (&first, db, "2014-09-30", "notice", "issue", "--unit", "示范县/城关镇", "--task", "1", "--task", "2",
       "--reply-by", "2014-10-10");
  hd_cli_run_assert_success (&first, "督办〔2014〕第1号\n");
  RUN (&second, db, "2014-10-01", "notice", "issue", "--unit", "示范县/城关镇", "--task", "2",
       "--reply-by", "2014-10-20");
  hd_cli_run_assert_success (&second, "督办〔2014〕第2号\n");
  RUN (&county, db, "2014-10-02", "notice", "issue", "--unit", "示范县", "--task", "1",
       "--reply-by", "2014-10-12");
  hd_cli_run_assert_success (&county, "督办〔2014〕第3号\n");
  RUN (&other_office, db, "2014-10-02", "notice", "issue", "--unit", "示范县", "--task", "1",
       "--reply-by", "2014-10-12", "--office", "示范县纪委");
  hd_cli_run_assert_success (&other_office, "督办〔2014〕第1号\n");
  g_assert_cmpint (hd_cli_run_count (db, "SELECT count(*) FROM notice WHERE office = '示范县活动办'"), ==, 3);

  /* Newest first (the last issued first on one day); on 2014-10-15 three are past their deadline. */
  RUN (&all, db, "2014-10-15", "notice", "list");
  hd_cli_run_assert_success (&all,
                             "督办〔2014〕第1号\t示范县\t2014-10-02\t2014-10-12\toverdue\n"
                             "督办〔2014〕第3号\t示范县\t2014-10-02\t2014-10-12\toverdue\n"
                             "督办〔2014〕第2号\t示范县/城关镇\t2014-10-01\t2014-10-20\topen\n"
                             "督办〔2014〕第1号\t示范县/城关镇\t2014-09-30\t2014-10-10\toverdue\n");
  RUN (&overdue, db, "2014-10-11", "notice", "list", "--unit", "示范县/城关镇", "--overdue");
  hd_cli_run_assert_success (&overdue, "督办〔2014〕第1号\t示范县/城关镇\t2014-09-30\t2014-10-10\toverdue\n");

  RUN (&reply, db, "2014-10-15", "notice", "reply", "--number", "督办〔2014〕第2号", "--office", "示范县活动办",
       "--date", "2014-10-14", "--text", "已整改到位", "--replier", "王镇长");
  hd_cli_run_assert_success (&reply, "督办〔2014〕第2号\n");
  RUN (&withdraw, db, "2014-10-15", "notice", "withdraw", "--number", "督办〔2014〕第3号",
       "--date", "2014-10-15", "--reason", "重复督办");
  hd_cli_run_assert_success (&withdraw, "督办〔2014〕第3号\n");
  RUN (&town, db, "2014-10-15", "notice", "list", "--unit", "示范县/城关镇");
  hd_cli_run_assert_success (&town,
                             "督办〔2014〕第2号\t示范县/城关镇\t2014-10-01\t2014-10-20\treplied\n"
                             "督办〔2014〕第1号\t示范县/城关镇\t2014-09-30\t2014-10-10\toverdue\n");
  RUN (&after, db, "2014-10-15", "stats", "--unit", "示范县");
  g_assert_nonnull (strstr (after.out, "notices\t4\nnotices_open\t2\nnotices_overdue\t2\n"));

  /* Printed by its number; a number two offices gave needs the office. */
  RUN (&print, db, "2014-10-15", "print", "notice", "--number", "督办〔2014〕第2号", "-o", pdf);
  hd_cli_run_assert_success (&print, "1 pages\n");
  RUN (&ambiguous, db, "2014-10-15", "print", "notice", "--number", "督办〔2014〕第1号", "-o", pdf);
  hd_cli_run_assert_one_line_failure (&ambiguous, 1, "Two issuing offices gave the number 督办〔2014〕第1号");
  RUN (&by_office, db, "2014-10-15", "print", "notice", "--number", "督办〔2014〕第1号", "--office", "示范县纪委",
       "-o", pdf);
  hd_cli_run_assert_success (&by_office, "1 pages\n");
}

static void
test_failures (void)
{
  g_autofree char *db = hd_cli_run_import_encoded ("ledger", "ledger.csv", ledger, "UTF-8", NULL);
  const HdCliFailure cases[] = {
    { 2, { "notice", NULL }, "say what to do" },
    { 2, { "notice", "send", NULL }, "“send” is not something to do with a notice" },
    { 2, { "notice", "issue", "--task", "1", "--reply-by", "2014-10-10", NULL }, "--unit UNIT" },
    { 2, { "notice", "issue", "--unit", "示范县", "--reply-by", "2014-10-10", NULL }, "--task N" },
    { 2, { "notice", "issue", "--unit", "示范县", "--task", "1", "--reply-by", "10/10", NULL }, "--reply-by as YYYY-MM-DD" },
    { 2, { "notice", "issue", "--unit", "示范县", "--task", "x", "--reply-by", "2014-10-10", NULL }, "“x” is not a task’s number" },
    { 1, { "notice", "issue", "--unit", "示范县", "--task", "7", "--reply-by", "2014-10-10", NULL }, "has no task 7" },
    { 1, { "notice", "issue", "--unit", "示范县", "--task", "1", "--reply-by", "2014-09-01", NULL }, "before the date of issue" },
    { 1, { "notice", "reply", "--number", "督办〔2014〕第9号", "--date", "2014-10-01", "--text", "好", NULL }, "no supervision notice" },
    { 1, { "notice", "reply", "--number", "第9号", "--date", "2014-10-01", "--text", "好", NULL }, "is not the number" },
  };

  hd_cli_run_assert_failures (db, cases, G_N_ELEMENTS (cases));
  g_assert_cmpint (hd_cli_run_count (db, "SELECT count(*) FROM notice"), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  hd_cli_run_init (&argc, &argv);
  g_test_add_func ("/cli-notice/issue-reply-list", test_issue_reply_list);
  g_test_add_func ("/cli-notice/failures", test_failures);
  return g_test_run ();
}
