/* test-cli-print.c — huodongban-cli print ledger|task-sheet|public|lookback|coverage|talk|sign-in …
 * -o FILE.pdf: the "N pages" line matching the PDF's own page count, the filters, nothing to
 * print, a bad unit or an unwritable file failing with nothing left behind, usage.
 *
 * The program under test comes as the first argument (meson passes the built one). It runs in an
 * untranslated locale: the forms' Chinese text is checked in tests/report/test-forms.c.
 */
#include <glib/gstdio.h>

#include "hd-cli-run.h"
#include "talks/hd-meeting.h"
#include "talks/hd-talk.h"

static const char ledger[] =
  "所属方案,整改类型,责任单位,问题,整改措施,整改目标,责任领导,责任人,完成时限,整改进展,完成情况,群众评价,销号日期\n"
  "整改方案,限期整改,示范县/城关镇,文山会海,精简会议,会议减少三成,𠮷书记,贠主任,2014-09-20,已制定精简办法,,,\n"
  "整改方案,立行立改,示范县/城关镇,门难进脸难看,挂牌上岗,群众满意,张书记,王所长,2014-09-15,,已全部挂牌,满意,2014-09-12\n"
  "专项整治方案,限期整改,示范县,公车私用,车辆统一停放,杜绝公车私用,赵县长,钱主任,2014-11-05,,,,\n";

static char *
make_ledger (char **dir)
{
  char *db_path = hd_cli_run_import_encoded ("ledger", "ledger.csv", ledger, "UTF-8", NULL);

  *dir = g_path_get_dirname (db_path);
  return db_path;
}

/* The pages pdfinfo counts in @pdf, which must be a PDF file. */
static guint
pdf_pages (const char *pdf)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *head = NULL;
  const char *line;
  gsize length = 0;

  g_assert_true (g_file_get_contents (pdf, &head, &length, &error));
  g_assert_cmpuint (length, >, 5);
  g_assert_true (g_str_has_prefix (head, "%PDF-"));
  g_spawn_sync (NULL, (char *[]) { "pdfinfo", (char *) pdf, NULL }, NULL, G_SPAWN_SEARCH_PATH,
                NULL, NULL, &out, NULL, NULL, &error);
  g_assert_no_error (error);
  line = strstr (out, "Pages:");
  g_assert_nonnull (line);
  return (guint) g_ascii_strtoull (line + strlen ("Pages:"), NULL, 10);
}

static char *
pdf_text (const char *pdf)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;

  g_spawn_sync (NULL, (char *[]) { "pdftotext", "-enc", "UTF-8", (char *) pdf, "-", NULL }, NULL,
                G_SPAWN_SEARCH_PATH, NULL, NULL, &out, NULL, NULL, &error);
  g_assert_no_error (error);
  return out;
}

/* Runs print with @args and checks the line it ends with against the PDF it wrote, which has
 * @contains and not @lacks (unless NULL) in its text. */
static void
assert_printed (const char         *db_path,
                const char         *pdf,
                const char         *contains,
                const char         *lacks,
                const char * const *args)
{
  g_auto(HdCliRun) run = { 0 };
  g_autofree char *expected = NULL;
  g_autofree char *text = NULL;

  hd_cli_run_args (&run, db_path, "2014-09-30", args);
  hd_cli_run_assert_success (&run, NULL);
  expected = g_strdup_printf ("%u pages\n", pdf_pages (pdf));
  g_assert_cmpstr (run.out, ==, expected);
  text = pdf_text (pdf);
  g_assert_nonnull (strstr (text, contains));
  if (lacks != NULL)
    g_assert_null (strstr (text, lacks));
}

static void
test_forms (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *db_path = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");

  if (pdfinfo == NULL || pdftotext == NULL)
    {
      g_test_skip ("poppler-utils is not installed");
      return;
    }
  db_path = make_ledger (&dir);
  pdf = g_build_filename (dir, "form.pdf", NULL);

  assert_printed (db_path, pdf, "Rectification Ledger of 示范县", NULL,
                  (const char *[]) { "print", "ledger", "--unit", "示范县", "-o", pdf, NULL });
  assert_printed (db_path, pdf, "门难进脸难看", "公车私用",
                  (const char *[]) { "print", "ledger", "--unit", "示范县", "--plan", "rectification", "-o", pdf, NULL });
  assert_printed (db_path, pdf, "文山会海", "门难进脸难看",
                  (const char *[]) { "print", "ledger", "--unit", "示范县", "--plan", "整改方案", "--light", "red", "-o", pdf, NULL });
  assert_printed (db_path, pdf, "Rectification Task Sheet for 𠮷书记", "公车私用",
                  (const char *[]) { "print", "task-sheet", "--leader", "𠮷书记", "-o", pdf, NULL });
  assert_printed (db_path, pdf, "Rectification Task Sheet of 城关镇", "公车私用",
                  (const char *[]) { "print", "task-sheet", "--unit", "示范县/城关镇", "-o", pdf, NULL });
  assert_printed (db_path, pdf, "Public Notice of the Rectification by 示范县", "贠主任",
                  (const char *[]) { "print", "public", "--unit", "示范县", "-o", pdf, NULL });

  /* A look-back round over the county, every proposal confirmed: its summary, and 城关镇's. */
  {
    g_auto(HdCliRun) open = { 0 };
    g_auto(HdCliRun) confirm = { 0 };

    hd_cli_run_args (&open, db_path, "2014-09-30",
                     (const char *[]) { "lookback", "open", "--name", "2014年第一轮回头看", "--unit", "示范县", NULL });
    hd_cli_run_assert_success (&open, "1\n");
    hd_cli_run_args (&confirm, db_path, "2014-09-30",
                     (const char *[]) { "lookback", "confirm", "--round", "1", "--all-proposed", NULL });
    hd_cli_run_assert_success (&confirm, NULL);
  }
  assert_printed (db_path, pdf, "Look-back Summary of 示范县", NULL,
                  (const char *[]) { "print", "lookback", "--round", "1", "-o", pdf, NULL });
  assert_printed (db_path, pdf, "2014年第一轮回头看", NULL,
                  (const char *[]) { "print", "lookback", "--round", "1", "-o", pdf, NULL });
  assert_printed (db_path, pdf, "In all 3 tasks: Consolidate and improve: 1, Track and push on: 2,", NULL,
                  (const char *[]) { "print", "lookback", "--round", "1", "-o", pdf, NULL });
  assert_printed (db_path, pdf, "Look-back Summary of 城关镇", "公车私用",
                  (const char *[]) { "print", "lookback", "--round", "1", "--unit", "示范县/城关镇", "-o", pdf, NULL });
  assert_printed (db_path, pdf, "In all 2 tasks: Consolidate and improve: 1, Track and push on: 1,", NULL,
                  (const char *[]) { "print", "lookback", "--round", "1", "--unit", "示范县/城关镇", "-o", pdf, NULL });
}

/* Runs print with @args, which fails with @fragment in its reason and leaves the folder as it
 * was: no PDF, no temporary file. */
static void
assert_fails (const char         *db_path,
              const char         *dir,
              const char         *fragment,
              const char * const *args)
{
  g_autofree char *before = hd_test_list_dir (dir);
  g_autofree char *after = NULL;
  g_auto(HdCliRun) run = { 0 };

  hd_cli_run_args (&run, db_path, "2014-09-30", args);
  hd_cli_run_assert_one_line_failure (&run, 1, fragment);
  after = hd_test_list_dir (dir);
  g_assert_cmpstr (after, ==, before);
}

static void
test_failures (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *db_path = make_ledger (&dir);
  g_autofree char *pdf = g_build_filename (dir, "form.pdf", NULL);
  g_autofree char *missing = g_build_filename (dir, "no-such-folder", "form.pdf", NULL);
  g_autofree char *folder = g_build_filename (dir, "a-folder.pdf", NULL);

  g_assert_cmpint (g_mkdir (folder, 0755), ==, 0);
  assert_fails (db_path, dir, "no unit has the code or the path “示范县/没有镇”",
                (const char *[]) { "print", "ledger", "--unit", "示范县/没有镇", "-o", pdf, NULL });
  assert_fails (db_path, dir, "Nothing to print: no task of this ledger matches its filters",
                (const char *[]) { "print", "ledger", "--unit", "示范县", "--light", "yellow", "-o", pdf, NULL });
  assert_fails (db_path, dir, "Nothing to print: 李镇长 is not the responsible leader",
                (const char *[]) { "print", "task-sheet", "--leader", "李镇长", "-o", pdf, NULL });
  assert_fails (db_path, dir, "The look-back round (no. 7) does not exist",
                (const char *[]) { "print", "lookback", "--round", "7", "-o", pdf, NULL });
  assert_fails (db_path, dir, "Could not write", (const char *[]) { "print", "public", "--unit", "示范县", "-o", missing, NULL });
  assert_fails (db_path, dir, "Could not write", (const char *[]) { "print", "public", "--unit", "示范县", "-o", folder, NULL });
  g_assert_true (g_file_test (folder, G_FILE_TEST_IS_DIR));
}

static void
test_bad_usage (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *db_path = hd_cli_run_make_county (&dir);
  g_autofree char *pdf = g_build_filename (dir, "out.pdf", NULL);
  const struct {
    const char *args[10];
    const char *fragment;
  } cases[] = {
    { { "print", NULL }, "an argument is missing" },
    { { "print", "leaflet", "--unit", "示范县", "-o", pdf, NULL }, "there is no form “leaflet”" },
    { { "print", "notice", "--unit", "示范县", "-o", pdf, NULL }, "by its number alone" },
    { { "print", "notice", "-o", pdf, NULL }, "--number" },
    { { "print", "ledger", "--unit", "示范县", "--number", "督办〔2014〕第1号", "-o", pdf, NULL }, "supervision notice only" },
    { { "print", "ledger", "-o", pdf, NULL }, "--unit UNIT" },
    { { "print", "task-sheet", "-o", pdf, NULL }, "--leader NAME or --unit UNIT" },
    { { "print", "ledger", "--unit", "示范县", NULL }, "-o FILE.pdf" },
    { { "print", "public", "--unit", "示范县", "--plan", "special", "-o", pdf, NULL }, "ledger form only" },
    { { "print", "ledger", "--unit", "示范县", "--plan", "整治", "-o", pdf, NULL }, "--plan takes" },
    { { "print", "ledger", "--unit", "示范县", "--light", "blue", "-o", pdf, NULL }, "--light takes" },
    { { "print", "ledger", "--unit", "示范县", "--leader", "张书记", "-o", pdf, NULL }, "task sheet only" },
    { { "print", "lookback", "-o", pdf, NULL }, "name the round with --round ID" },
    { { "print", "lookback", "--round", "first", "-o", pdf, NULL }, "“first” is not a round’s number" },
    { { "print", "lookback", "--round", "1", "--plan", "special", "-o", pdf, NULL }, "by its round and a unit alone" },
    { { "print", "ledger", "--unit", "示范县", "--round", "1", "-o", pdf, NULL }, "look-back summary only" },
    { { "print", "lookback", "--round", "1", NULL }, "-o FILE.pdf" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(HdCliRun) run = { 0 };

      hd_cli_run_args (&run, db_path, "2014-09-30", cases[i].args);
      hd_cli_run_assert_one_line_failure (&run, 2, cases[i].fragment);
    }
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
}

/* The hand-made county's team (hd_test_add_team) with a task, its democratic life meeting (no. 1)
 * and one conversation (no. 1) of its principal leader and 李县长 for it, on every topic, whose
 * content and commitments are marked 绝密. */
static char *
make_talks (char **dir)
{
  g_autoptr(HdStore) store = NULL;
  g_autoptr(GError) error = NULL;
  HdTestUnits units;
  HdTestTeam team;
  gint64 people[2];
  HdTalkFields fields = { .date = "2014-09-20", .people = people, .n_people = 2, .topics = HD_TALK_ALL_TOPICS,
                          .content = "谈心内容绝密甲", .commitments = "承诺事项绝密乙" };
  HdMeetingFields meeting = { .kind = HD_MEETING_DEMOCRATIC, .date = "2014-10-15", .prepare_from = "2014-09-01" };

  *dir = hd_test_make_tmpdir ();
  store = hd_test_open_store (*dir, "county.db");
  hd_test_add_county (store, &units);
  hd_test_add_team (store, &units, &team);
  hd_test_add_task (store, units.county, HD_TASK_PLAN_RECTIFICATION, "文山会海", "2014-10-10");
  people[0] = fields.initiator_id = team.principal;
  people[1] = team.member;
  fields.unit_id = meeting.unit_id = units.county;
  g_assert_cmpint ((fields.meeting_id = hd_meeting_create (store, NULL, &meeting, &error)), ==, 1);
  g_assert_no_error (error);
  g_assert_cmpint (hd_talk_create (store, NULL, &fields, &error), ==, 1);
  g_assert_no_error (error);
  g_assert_cmpint (hd_meeting_add_criticism (store, NULL, fields.meeting_id, team.principal, team.member,
                                             "批评意见绝密丙", &error), >, 0);
  g_assert_no_error (error);
  return g_strdup (hd_store_get_path (store));
}

/* The conversations' content and commitments and the meeting's criticism are confidential: neither
 * the public notice nor the ledger nor an export of the unit's records carries them, nor the
 * coverage and sign-in sheets (searched for in the files' text). */
static void
test_talks_confidential (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *db_path = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  const char *forms[] = { "public", "ledger" };
  const char *exports[] = { "ledger", "opinions" };

  if (pdftotext == NULL)
    {
      g_test_skip ("poppler-utils is not installed");
      return;
    }
  db_path = make_talks (&dir);
  pdf = g_build_filename (dir, "form.pdf", NULL);
  csv = g_build_filename (dir, "export.csv", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (forms); i++)
    {
      const char *args[] = { "print", forms[i], "--unit", "示范县", "-o", pdf, NULL };

      assert_printed (db_path, pdf, "文山会海", "绝密", args);
    }
  {
    const char *coverage[] = { "print", "coverage", "--unit", "示范县", "--meeting", "1", "-o", pdf, NULL };
    const char *sign_in[] = { "print", "sign-in", "--meeting", "1", "-o", pdf, NULL };

    assert_printed (db_path, pdf, "张书记", "绝密", coverage);
    assert_printed (db_path, pdf, "张书记", "绝密", sign_in);
  }
  for (guint i = 0; i < G_N_ELEMENTS (exports); i++)
    {
      g_auto(HdCliRun) run = { 0 };
      g_autoptr(GError) error = NULL;
      g_autofree char *content = NULL;
      const char *args[] = { "export", exports[i], "--unit", "示范县", "--format", "csv", "-o", csv, NULL };

      hd_cli_run_args (&run, db_path, "2014-09-30", args);
      hd_cli_run_assert_success (&run, NULL);
      g_assert_true (g_file_get_contents (csv, &content, NULL, &error));
      g_assert_null (strstr (content, "绝密"));
    }
}

/* The coverage sheet: every pair with its state, the vacancy, the counts; a team of nobody is
 * refused, and the sheet wants its unit. */
static void
test_coverage (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *db_path = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  const char *args[] = { "print", "coverage", "--unit", "示范县", "-o", NULL, NULL };
  const HdCliFailure failures[] = {
    { 2, { "print", "coverage", "-o", "x.pdf" }, "--unit" },
    { 2, { "print", "ledger", "--unit", "示范县", "--meeting", "1", "-o", "x.pdf" }, "--meeting" },
    { 1, { "print", "coverage", "--unit", "示范县/城关镇", "-o", "x.pdf" }, "requires no pair" },
    { 1, { "print", "coverage", "--unit", "示范县", "--meeting", "9", "-o", "x.pdf" }, "meeting (no. 9)" },
  };

  if (pdftotext == NULL)
    {
      g_test_skip ("poppler-utils is not installed");
      return;
    }
  db_path = make_talks (&dir);
  pdf = g_build_filename (dir, "coverage.pdf", NULL);
  args[5] = pdf;
  assert_printed (db_path, pdf, "Leadership Team of 示范县", "绝密", args);
  text = pdf_text (pdf);
  g_assert_nonnull (strstr (text, "Talked through"));
  g_assert_nonnull (strstr (text, "Not yet talked"));
  g_assert_nonnull (strstr (text, "(县财政局: no head)"));
  g_assert_nonnull (strstr (text, "4 pairs required: 1 talked through, 0 with topics"));
  g_assert_nonnull (strstr (text, "3 not yet talked; 1 vacancies"));
  g_assert_nonnull (strstr (text, "2. 张书记 — 𠮷部长: Not yet talked"));
  hd_cli_run_assert_failures (db_path, failures, G_N_ELEMENTS (failures));
}

/* The talk record carries what it records, marked confidential; the sign-in sheet has the team and
 * nothing of the conversations; a wrong number or option fails with the reason. */
static void
test_talk_and_sign_in (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *db_path = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  const char *talk[] = { "print", "talk", "--id", "1", "-o", NULL, NULL };
  const char *sign_in[] = { "print", "sign-in", "--meeting", "1", "-o", NULL, NULL };
  const HdCliFailure failures[] = {
    { 1, { "print", "talk", "--id", "7", "-o", "x.pdf" }, "The conversation (no. 7) does not exist. Check the conversation's number." },
    { 1, { "print", "sign-in", "--meeting", "9", "-o", "x.pdf" }, "The meeting (no. 9) does not exist. Check the meeting's number." },
    { 2, { "print", "talk", "-o", "x.pdf" }, "print: say which conversation to print with --id ID (usage: print ledger" },
    { 2, { "print", "sign-in", "-o", "x.pdf" }, "print: say whose sign-in sheet to print with --meeting ID (usage:" },
    { 2, { "print", "talk", "--id", "1", "--unit", "示范县", "-o", "x.pdf" }, "a talk record is chosen by its conversation alone" },
    { 2, { "print", "sign-in", "--meeting", "1", "--round", "1", "-o", "x.pdf" }, "a sign-in sheet is chosen by its meeting alone" },
    { 2, { "print", "ledger", "--unit", "示范县", "--id", "1", "-o", "x.pdf" }, "--id chooses the conversation of a talk record only" },
    { 2, { "print", "talk", "--id", "1", "--meeting", "1", "-o", "x.pdf" }, "--meeting chooses the meeting of a coverage sheet or a sign-in sheet only" },
    { 2, { "print", "talk", "--id", "1" }, "-o FILE.pdf" },
  };

  if (pdftotext == NULL)
    {
      g_test_skip ("poppler-utils is not installed");
      return;
    }
  db_path = make_talks (&dir);
  pdf = g_build_filename (dir, "talk.pdf", NULL);
  talk[5] = sign_in[5] = pdf;

  /* One page: the mark, the content and the commitments, every topic covered. */
  assert_printed (db_path, pdf, "Internal material: keep confidential", NULL, talk);
  g_assert_cmpuint (pdf_pages (pdf), ==, 1);
  text = pdf_text (pdf);
  g_assert_true (g_str_has_prefix (text, "Internal material: keep confidential\n"));
  g_assert_nonnull (strstr (text, "谈心内容绝密甲"));
  g_assert_nonnull (strstr (text, "承诺事项绝密乙"));
  g_assert_nonnull (strstr (text, "Democratic life meeting"));
  g_assert_nonnull (strstr (text, "(2014-10-15)"));
  g_assert_null (strstr (text, "Not covered"));
  g_clear_pointer (&text, g_free);

  /* The title, in two balanced lines. */
  assert_printed (db_path, pdf, "Sign-in Sheet of the Democratic\nlife meeting of 示范县\n", "绝密", sign_in);
  g_assert_cmpuint (pdf_pages (pdf), ==, 1);
  text = pdf_text (pdf);
  g_assert_nonnull (strstr (text, "Signature"));
  g_assert_nonnull (strstr (text, "𠮷部长"));
  g_assert_nonnull (strstr (text, "Expected: 3"));
  g_assert_null (strstr (text, "赵主任"));
  hd_cli_run_assert_failures (db_path, failures, G_N_ELEMENTS (failures));
}

int
main (int    argc,
      char **argv)
{
  hd_cli_run_init (&argc, &argv);
  g_test_add_func ("/cli-print/forms", test_forms);
  g_test_add_func ("/cli-print/failures", test_failures);
  g_test_add_func ("/cli-print/bad-usage", test_bad_usage);
  g_test_add_func ("/cli-print/talks-confidential", test_talks_confidential);
  g_test_add_func ("/cli-print/coverage", test_coverage);
  g_test_add_func ("/cli-print/talk-and-sign-in", test_talk_and_sign_in);
  return g_test_run ();
}
