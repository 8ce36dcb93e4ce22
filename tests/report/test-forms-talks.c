/* test-forms-talks.c — the talk-the-heart record (谈心谈话记录表) and a meeting's sign-in sheet
 * (签到表) on the hand-made county's team, written to PDF and read back with poppler's tools: the
 * confidentiality mark, the particulars, each topic's mark, the content, the signature lines, the
 * one page; the team in its order with their posts and empty cells to sign; what is refused.
 *
 * meson runs this program in Chinese (LANGUAGE=zh_CN), as the office prints. */
#include <glib/gi18n-lib.h>

#include "forms/hd-form.h"
#include "talks/hd-talk.h"
#include "hd-pdf-check.h"
#include "hd-test-util.h"

typedef struct {
  HdTestCounty county;
  HdTestTeam   team;
  gint64       meeting;   /* 示范县's 民主生活会 */
  gint64       talk;      /* 张书记 with 李县长 and 𠮷部长, recorded by 赵主任, topics 1, 2 and 4 */
} Fixture;

static gint64
add_meeting (Fixture    *f,
             gint64      unit,
             const char *place)
{
  g_autoptr(GError) error = NULL;
  HdMeetingFields fields = { unit, HD_MEETING_DEMOCRATIC, "2014-10-15", "2014-09-01", place };
  gint64 id = hd_meeting_create (f->county.db.store, NULL, &fields, &error);

  g_assert_no_error (error);
  return id;
}

static gint64
add_talk (Fixture    *f,
          const char *content)
{
  g_autoptr(GError) error = NULL;
  gint64 people[] = { f->team.principal, f->team.member, f->team.rare_member };
  HdTalkFields fields = {
    .unit_id = f->county.units.county, .meeting_id = f->meeting, .date = "2014-09-20", .place = "县委书记办公室",
    .people = people, .n_people = G_N_ELEMENTS (people), .initiator_id = f->team.principal,
    .recorder_id = f->team.head, .topics = HD_TALK_TOPIC_TEAM | HD_TALK_TOPIC_OWN | HD_TALK_TOPIC_CRITICISM,
    .content = content, .commitments = "李县长：改进调研。𠮷部长：精简会议。",
  };
  gint64 id = hd_talk_create (f->county.db.store, NULL, &fields, &error);

  g_assert_no_error (error);
  return id;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *titles = NULL;

  hd_test_county_set_up (&f->county, "talks.db", 0);
  hd_test_add_team (f->county.db.store, &f->county.units, &f->team);
  titles = g_strdup_printf ("UPDATE person SET title = '县委书记' WHERE id = %" G_GINT64_FORMAT ";"
                            "UPDATE person SET title = '县委副书记、县长' WHERE id = %" G_GINT64_FORMAT ";"
                            "UPDATE person SET title = '县委常委、组织部部长' WHERE id = %" G_GINT64_FORMAT ";",
                            f->team.principal, f->team.member, f->team.rare_member);
  hd_test_exec (f->county.db.store, titles);
  f->meeting = add_meeting (f, f->county.units.county, "县委常委会议室");
  f->talk = add_talk (f, "张书记指出班子在调查研究方面存在的问题。\n李县长、𠮷部长分别查摆了自身存在的问题。");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  hd_test_db_tear_down (&f->county.db);
}

static void
assert_contains (const char *lines,
                 const char *part)
{
  if (strstr (lines, part) == NULL)
    g_error ("“%s” is not on the form:\n%s", part, lines);
}

static void
test_record (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HdDocument) doc = hd_form_talk_new (f->county.db.store, f->talk, NULL, &error);
  g_autofree char *pdf = NULL;
  g_autofree char *lines = NULL;
  g_autofree char *info = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (doc);
  if (!hd_pdf_have_tool ("pdftotext") || !hd_pdf_have_tool ("pdfinfo"))
    return;
  /* One conversation, one page. */
  g_assert_cmpuint (hd_document_get_n_pages (doc), ==, 1);
  pdf = hd_pdf_write (doc, "talk.pdf");
  info = hd_pdf_info (pdf, 1);
  lines = hd_pdf_page_lines (pdf, 1);

  /* The confidentiality mark heads the page, above the title. */
  g_assert_true (g_str_has_prefix (lines, "内部资料注意保密\n谈心谈话记录表\n"));
  hd_pdf_assert_line (lines, "单位谈话时间谈话地点对应会议");
  hd_pdf_assert_line (lines, "示范县2014年9月20日县委书记办公室民主生活会（2014年10月15日）");
  hd_pdf_assert_line (lines, "谈话人谈话对象记录人");
  hd_pdf_assert_line (lines, "张书记李县长、𠮷部长赵主任");
  /* Each topic under its name: 1, 2 and 4 covered, 3 and 5 not. */
  hd_pdf_assert_line (lines, "1班子问题2个人问题3对方问题4拟提批评意见5整改措施");
  hd_pdf_assert_line (lines, "✔已谈✔已谈○未谈✔已谈○未谈");
  hd_pdf_assert_line (lines, "谈话内容：张书记指出班子在调查研究方面存在的问题。");
  hd_pdf_assert_line (lines, "李县长、𠮷部长分别查摆了自身存在的问题。");
  hd_pdf_assert_line (lines, "双方承诺事项：李县长：改进调研。𠮷部长：精简会议。");
  hd_pdf_assert_line (lines, "谈话人（签字）：谈话对象（签字）：");
  hd_pdf_assert_line (lines, "日期：年月日");
  hd_pdf_assert_line (lines, "—1—");
  hd_pdf_assert_fonts_embedded (pdf);
}

/* A conversation without a meeting, recorder or content still prints every line to fill in. */
static void
test_record_bare (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HdDocument) doc = NULL;
  gint64 people[] = { f->team.member, f->team.head };
  HdTalkFields fields = { .unit_id = f->county.units.county, .date = "2014-09-02", .people = people, .n_people = 2,
                          .initiator_id = f->team.member };
  gint64 id = hd_talk_create (f->county.db.store, NULL, &fields, &error);
  g_autofree char *pdf = NULL;
  g_autofree char *lines = NULL;

  g_assert_no_error (error);
  doc = hd_form_talk_new (f->county.db.store, id, NULL, &error);
  g_assert_no_error (error);
  if (!hd_pdf_have_tool ("pdftotext"))
    return;
  g_assert_cmpuint (hd_document_get_n_pages (doc), ==, 1);
  pdf = hd_pdf_write (doc, "bare.pdf");
  lines = hd_pdf_page_lines (pdf, 1);
  hd_pdf_assert_line (lines, "示范县2014年9月2日无");
  hd_pdf_assert_line (lines, "李县长赵主任");
  hd_pdf_assert_line (lines, "○未谈○未谈○未谈○未谈○未谈");
  assert_contains (lines, "谈话内容：\n双方承诺事项：\n谈话人（签字）：谈话对象（签字）：\n日期：年月日\n");
}

/* A long record goes on over a second page, which is marked too; the signatures end it. */
static void
test_record_long (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) content = g_string_new (NULL);
  g_autoptr(HdDocument) doc = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  for (guint i = 0; i < 30; i++)
    g_string_append (content, "双方围绕班子转变作风方面存在的问题交换了意见。");
  doc = hd_form_talk_new (f->county.db.store, add_talk (f, content->str), NULL, &error);
  g_assert_no_error (error);
  if (!hd_pdf_have_tool ("pdftotext"))
    return;
  g_assert_cmpuint (hd_document_get_n_pages (doc), ==, 2);
  pdf = hd_pdf_write (doc, "long.pdf");
  first = hd_pdf_page_lines (pdf, 1);
  second = hd_pdf_page_lines (pdf, 2);
  g_assert_true (g_str_has_prefix (first, "内部资料注意保密\n谈心谈话记录表\n"));
  g_assert_true (g_str_has_prefix (second, "内部资料注意保密\n"));
  g_assert_null (strstr (second, "谈心谈话记录表"));
  assert_contains (second, "谈话人（签字）：谈话对象（签字）：\n日期：年月日\n—2—\n");
}

static void
test_record_missing (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HdDocument) doc = hd_form_talk_new (f->county.db.store, f->talk + 40, NULL, &error);
  g_autofree char *expected = g_strdup_printf ("该谈话记录（编号%" G_GINT64_FORMAT "）不存在。请核对谈话记录编号。",
                                               f->talk + 40);

  g_assert_null (doc);
  g_assert_error (error, HD_TALK_ERROR, HD_TALK_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, expected);
}

static void
test_sign_in (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HdDocument) doc = hd_form_sign_in_new (f->county.db.store, f->meeting, NULL, &error);
  g_autofree char *pdf = NULL;
  g_autofree char *lines = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (doc);
  if (!hd_pdf_have_tool ("pdftotext"))
    return;
  g_assert_cmpuint (hd_document_get_n_pages (doc), ==, 1);
  pdf = hd_pdf_write (doc, "sign-in.pdf");
  lines = hd_pdf_page_lines (pdf, 1);
  /* The team in its order, the principal leader first, each row's signature cell empty; the
   * department's head, who is not of the team, is not on it. */
  assert_contains (lines, "示范县民主生活会签到表\n时间：2014年10月15日地点：县委常委会议室\n序号姓名职务签名\n"
                          "1张书记县委书记\n2李县长县委副书记、县长\n3𠮷部长县委常委、组织部部长\n应到3人，实到人\n");
  g_assert_null (strstr (lines, "赵主任"));
  /* Nor anything confidential of the conversations. */
  g_assert_null (strstr (lines, "调查研究"));
}

static void
test_sign_in_refused (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) missing = NULL;
  gint64 no_team = add_meeting (f, f->county.units.other_town, NULL);
  g_autoptr(HdDocument) doc = hd_form_sign_in_new (f->county.db.store, no_team, NULL, &error);
  g_autoptr(HdDocument) none = hd_form_sign_in_new (f->county.db.store, no_team + 5, NULL, &missing);
  g_autofree char *expected = g_strdup_printf ("该会议（编号%" G_GINT64_FORMAT "）不存在。请核对会议编号。", no_team + 5);

  g_assert_null (doc);
  g_assert_error (error, HD_FORM_ERROR, HD_FORM_ERROR_EMPTY);
  g_assert_cmpstr (error->message, ==, "没有可打印的内容：河西镇没有领导班子成员可签到。请先在花名册中录入领导班子。");
  g_assert_null (none);
  g_assert_error (missing, HD_TALK_ERROR, HD_TALK_ERROR_NOT_FOUND);
  g_assert_cmpstr (missing->message, ==, expected);
}

int
main (int    argc,
      char **argv)
{
  hd_test_init_translated (&argc, &argv);
  HD_TEST_ADD ("/forms-talks/record", test_record);
  HD_TEST_ADD ("/forms-talks/record-bare", test_record_bare);
  HD_TEST_ADD ("/forms-talks/record-long", test_record_long);
  HD_TEST_ADD ("/forms-talks/record-missing", test_record_missing);
  HD_TEST_ADD ("/forms-talks/sign-in", test_sign_in);
  HD_TEST_ADD ("/forms-talks/sign-in-refused", test_sign_in_refused);
  return g_test_run ();
}
