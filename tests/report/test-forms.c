/* test-forms.c — hd-report's printed forms on a hand-made county, written to PDF and read back
 * with poppler's tools: each form's title, as-of date, header, rows and page numbers, what the
 * public notice leaves out, the task sheet's choice of tasks and its signatures, a rare
 * character printed as a glyph, the sizes of the pages, progress, cancelling and empty forms.
 *
 * meson runs this program in Chinese (LANGUAGE=zh_CN), as the office prints. */
#include <glib/gi18n-lib.h>

#include "forms/hd-form.h"
#include "lookback/hd-accountability.h"
#include "lookback/hd-lookback-intake.h"
#include "lookback/hd-notice.h"
#include "hd-pdf-check.h"
#include "hd-test-util.h"

typedef struct {
  HdTestCounty county;
} Fixture;

static gint64
add_task (Fixture    *f,
          gint64      unit,
          HdTaskPlan  plan,
          HdTaskKind  kind,
          const char *problem,
          const char *leader,
          const char *person,
          const char *deadline)
{
  g_autoptr(GError) error = NULL;
  HdTaskFields fields = {
    .unit_id = unit, .plan = plan, .kind = kind, .problem = problem,
    .measures = "措施：", .goal = "目标：", .leader = leader, .person = person, .deadline = deadline,
  };
  g_autofree char *measures = g_strconcat ("措施：", problem, NULL);
  g_autofree char *goal = g_strconcat ("目标：", problem, NULL);
  gint64 id;

  fields.measures = measures;
  fields.goal = goal;
  id = hd_task_create (f->county.db.store, NULL, &fields, &error);
  g_assert_no_error (error);
  return id;
}

static void
close_task (Fixture    *f,
            gint64      id,
            const char *result,
            const char *date)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (hd_task_set_result (f->county.db.store, NULL, id, result, HD_VERDICT_SATISFIED, &error));
  g_assert_no_error (error);
  g_assert_true (hd_task_close (f->county.db.store, NULL, id, date, &error));
  g_assert_no_error (error);
}

/* Six tasks as of 2014-09-30, one of each light and plan over the county's units:
 *   示范县  整改方案 红灯 (𠮷祥, 贠主任, with progress); 制度建设计划 长期坚持 (𠮷祥)
 *   城关镇  整改方案 黄灯 (张书记); 专项整治方案 已销号 (张书记)
 *   王庄村  专项整治方案 绿灯 (𠮷祥)
 *   河西镇  制度建设计划 逾期销号 (李镇长) */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  HdTestUnits *u = &f->county.units;
  g_autoptr(GError) error = NULL;
  gint64 red, closed, late, long_term;

  hd_test_county_set_up (&f->county, "forms.db", 0);
  red = add_task (f, u->county, HD_TASK_PLAN_RECTIFICATION, HD_TASK_KIND_DEADLINE, "文山会海", "𠮷祥", "贠主任", "2014-09-20");
  add_task (f, u->town, HD_TASK_PLAN_RECTIFICATION, HD_TASK_KIND_DEADLINE, "门难进脸难看", "张书记", "王所长", "2014-10-02");
  add_task (f, u->village, HD_TASK_PLAN_SPECIAL, HD_TASK_KIND_DEADLINE, "公车私用", "𠮷祥", "钱主任", "2014-12-31");
  closed = add_task (f, u->town, HD_TASK_PLAN_SPECIAL, HD_TASK_KIND_DEADLINE, "乱收费", "张书记", "孙科长", "2014-10-31");
  late = add_task (f, u->other_town, HD_TASK_PLAN_INSTITUTION, HD_TASK_KIND_DEADLINE, "村务公开不及时", "李镇长", "周会计", "2014-09-10");
  long_term = add_task (f, u->county, HD_TASK_PLAN_INSTITUTION, HD_TASK_KIND_LONG_TERM, "作风建设常态化", "𠮷祥", "吴科长", NULL);

  g_assert_true (hd_task_add_progress (f->county.db.store, NULL, red, "2014-09-10", "已召开专题会议", &error));
  g_assert_true (hd_task_add_review (f->county.db.store, NULL, long_term, "2014-10-31", &error));
  g_assert_no_error (error);
  close_task (f, closed, "已全部清退", "2014-09-25");
  close_task (f, late, "制度已公布", "2014-09-15");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  hd_test_db_tear_down (&f->county.db);
}

static HdDocument *
build (Fixture             *f,
       HdFormKind           kind,
       const HdLedgerQuery *query,
       const HdFormOptions *options)
{
  g_autoptr(GError) error = NULL;
  HdDocument *doc = hd_form_new (f->county.db.store, kind, query, options, &error);

  g_assert_no_error (error);
  g_assert_nonnull (doc);
  return doc;
}

/* Writes @doc as "@name" (its path in @pdf unless NULL) and reads every page's text back, without
 * white space: pdftotext spaces and breaks the lines of a form as they fall, which the checks here
 * do not care for. */
static char *
write_and_read (HdDocument  *doc,
                const char  *name,
                char       **pdf)
{
  g_autoptr(GString) all = g_string_new (NULL);
  g_autofree char *path = hd_pdf_write (doc, name);

  for (guint p = 1; p <= hd_document_get_n_pages (doc); p++)
    {
      g_autofree char *text = hd_pdf_page_text (path, p, FALSE);

      for (const char *c = text; *c != '\0'; c = g_utf8_next_char (c))
        if (!g_unichar_isspace (g_utf8_get_char (c)))
          g_string_append_unichar (all, g_utf8_get_char (c));
    }
  if (pdf != NULL)
    *pdf = g_steal_pointer (&path);
  return g_string_free (g_steal_pointer (&all), FALSE);
}

static void
assert_contains (const char *text,
                 const char *part)
{
  if (strstr (text, part) == NULL)
    g_error ("“%s” is not in the form's text:\n%s", part, text);
}

/* Where @a stands before @b in @text. */
static void
assert_before (const char *text,
               const char *a,
               const char *b)
{
  const char *pa = strstr (text, a), *pb = strstr (text, b);

  g_assert_nonnull (pa);
  g_assert_nonnull (pb);
  g_assert_cmpint (pa - text, <, pb - text);
}

static HdLedgerQuery
county_query (Fixture *f)
{
  HdLedgerQuery query;

  hd_ledger_query_init (&query, &f->county.today);
  query.unit_id = f->county.units.county;
  return query;
}

static void
test_ledger (Fixture       *f,
             gconstpointer  data)
{
  HdLedgerQuery query = county_query (f);
  g_autoptr(HdDocument) doc = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *info = NULL;
  guint n_pages;

  if (!hd_pdf_have_tool ("pdftotext") || !hd_pdf_have_tool ("pdfinfo") || !hd_pdf_have_tool ("pdffonts"))
    return;

  doc = build (f, HD_FORM_LEDGER, &query, NULL);
  n_pages = hd_document_get_n_pages (doc);
  text = write_and_read (doc, "ledger.pdf", &path);
  info = hd_pdf_info (path, n_pages);
  assert_contains (info, "Page size:       841.89 x 595.276 pts (A4)");
  hd_pdf_assert_fonts_embedded (path);
  assert_contains (text, "示范县整改落实台账");
  assert_contains (text, "截至2014年9月30日");
  assert_contains (text, "序号责任单位存在问题整改措施整改目标责任领导责任人完成时限进展情况亮灯情况");
  g_assert_null (strstr (text, "范围"));   /* the whole ledger */
  /* The plans as headings, in order, each over its own tasks, numbered through. */
  assert_before (text, "一、整改方案", "1示范县文山会海");
  assert_before (text, "1示范县文山会海", "2城关镇门难进脸难看");
  assert_before (text, "2城关镇门难进脸难看", "二、专项整治方案");
  assert_before (text, "二、专项整治方案", "3城关镇乱收费");
  assert_before (text, "3城关镇乱收费", "4城关镇王庄村公车私用");
  assert_before (text, "4城关镇王庄村公车私用", "三、制度建设计划");
  assert_before (text, "三、制度建设计划", "5示范县作风建设常态化");
  assert_before (text, "5示范县作风建设常态化", "6河西镇村务公开不及时");
  /* What each column says. */
  assert_contains (text, "𠮷祥贠主任2014年9月20日已召开专题会议●红灯·逾期");
  assert_contains (text, "长期坚持2014年10月31日");
  assert_contains (text, "已全部清退（2014年9月25日办结）✔已销号");
  assert_contains (text, "✔逾期销号");
  assert_contains (text, "合计6项：红灯·逾期1项，黄灯·临期1项，绿灯·正常2项，已销号1项，逾期销号1项。");
  assert_contains (text, "—1—");
}

/* A filtered ledger says which part of the ledger it is, and one plan needs no heading. */
static void
test_ledger_filtered (Fixture       *f,
                      gconstpointer  data)
{
  HdLedgerQuery query = county_query (f);
  g_autoptr(HdDocument) doc = NULL;
  g_autofree char *text = NULL;

  if (!hd_pdf_have_tool ("pdftotext"))
    return;

  query.plan = HD_TASK_PLAN_SPECIAL;
  query.leader = "张书记";
  doc = build (f, HD_FORM_LEDGER, &query, NULL);
  text = write_and_read (doc, "filtered.pdf", NULL);
  assert_contains (text, "（范围：专项整治方案；责任领导：张书记）");
  assert_contains (text, "1城关镇乱收费");
  g_assert_null (strstr (text, "专项整治方案1"));   /* no heading */
  g_assert_null (strstr (text, "公车私用"));
  assert_contains (text, "合计1项：红灯·逾期0项，黄灯·临期0项，绿灯·正常0项，已销号1项，逾期销号0项。");
}

/* A leader's sheet: that leader's tasks wherever they are, with their units; signatures. */
static void
test_task_sheet_leader (Fixture       *f,
                        gconstpointer  data)
{
  HdLedgerQuery query;
  g_autoptr(HdDocument) doc = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *info = NULL;
  g_autofree char *dir = hd_test_make_tmpdir ();
  HdPageGeometry g;
  guint glyph;

  if (!hd_pdf_have_tool ("pdftotext") || !hd_pdf_have_tool ("pdfinfo") || !hd_pdf_have_tool ("pdftoppm"))
    return;

  hd_ledger_query_init (&query, &f->county.today);
  query.leader = "𠮷祥";
  query.plan = HD_TASK_PLAN_RECTIFICATION;   /* a sheet is the whole responsibility */
  doc = build (f, HD_FORM_TASK_SHEET, &query, NULL);
  text = write_and_read (doc, "leader.pdf", &path);
  info = hd_pdf_info (path, hd_document_get_n_pages (doc));
  assert_contains (info, "Page size:       595.276 x 841.89 pts (A4)");

  assert_contains (text, "𠮷祥同志整改任务书");
  assert_contains (text, "以下3项整改任务由𠮷祥负责落实");
  assert_contains (text, "序号存在问题整改措施整改目标责任单位完成时限");
  /* Below the top of the hierarchy, which every unit would share. */
  assert_contains (text, "1文山会海措施：文山会海目标：文山会海示范县2014年9月20日");
  assert_contains (text, "2作风建设常态化");
  assert_contains (text, "3公车私用措施：公车私用目标：公车私用城关镇王庄村2014年12月31日");
  g_assert_null (strstr (text, "门难进"));
  assert_before (text, "签发单位（盖章）：日期：年月日", "责任领导（签字）：日期：年月日");

  /* The title's first character, 𠮷, is ink on the page, in the middle of the first line. */
  hd_document_get_geometry (doc, &g);
  glyph = hd_pdf_render_dark (path, dir, g.content_x, g.content_y, g.content_width, 30.0);
  g_assert_cmpuint (glyph, >, 200);
}

/* A unit's sheet: its own tasks, not those of the units below it. */
static void
test_task_sheet_unit (Fixture       *f,
                      gconstpointer  data)
{
  HdLedgerQuery query;
  g_autoptr(HdDocument) doc = NULL;
  g_autofree char *text = NULL;

  if (!hd_pdf_have_tool ("pdftotext"))
    return;

  hd_ledger_query_init (&query, &f->county.today);
  query.unit_id = f->county.units.town;
  doc = build (f, HD_FORM_TASK_SHEET, &query, NULL);
  text = write_and_read (doc, "unit.pdf", NULL);
  assert_contains (text, "城关镇整改任务书");
  assert_contains (text, "以下2项整改任务由城关镇负责落实");
  assert_contains (text, "序号存在问题整改措施整改目标完成时限");
  assert_contains (text, "1门难进脸难看");
  assert_contains (text, "2乱收费");
  g_assert_null (strstr (text, "公车私用"));
  assert_contains (text, "单位主要负责同志（签字）：");
}

/* The public notice: the whole ledger of the unit, without what the office keeps to itself. */
static void
test_public (Fixture       *f,
             gconstpointer  data)
{
  HdLedgerQuery query = county_query (f);
  HdFormOptions options = { .opinions_address = "示范县委活动办（县委大院3号楼）" };
  g_autoptr(HdDocument) doc = NULL;
  g_autoptr(HdDocument) blank = NULL;
  g_autofree char *text = NULL;
  g_autofree char *blank_text = NULL;
  const char * const confidential[] = {
    "𠮷祥", "贠主任", "张书记", "王所长", "钱主任", "孙科长", "李镇长", "周会计", "吴科长",
    "已召开专题会议", "红灯", "黄灯", "绿灯", "满意",
  };

  if (!hd_pdf_have_tool ("pdftotext"))
    return;

  query.plan = HD_TASK_PLAN_SPECIAL;   /* never a filtered part posted as if it were all */
  doc = build (f, HD_FORM_PUBLIC, &query, &options);
  text = write_and_read (doc, "public.pdf", NULL);
  assert_contains (text, "示范县整改落实情况公示");
  assert_contains (text, "现将示范县整改落实情况（截至2014年9月30日）公示如下。");
  assert_contains (text, "序号存在问题整改措施整改目标责任单位完成时限整改状态");
  assert_contains (text, "1文山会海措施：文山会海目标：文山会海示范县2014年9月20日正在整改");
  assert_contains (text, "长期坚持");
  assert_contains (text, "乱收费措施：乱收费目标：乱收费城关镇2014年10月31日已完成");
  assert_contains (text, "6村务公开不及时");
  assert_contains (text, "意见建议请送：示范县委活动办（县委大院3号楼）");
  for (guint i = 0; i < G_N_ELEMENTS (confidential); i++)
    if (strstr (text, confidential[i]) != NULL)
      g_error ("the public notice shows “%s”", confidential[i]);

  /* Without an address, a line to write it in by hand. */
  blank = build (f, HD_FORM_PUBLIC, &query, NULL);
  blank_text = write_and_read (blank, "blank.pdf", NULL);
  assert_contains (blank_text, "意见建议请送：＿＿＿＿");
}

/* Nothing to print is an error that says so, for each form. */
static void
test_empty (Fixture       *f,
            gconstpointer  data)
{
  HdLedgerQuery query = county_query (f);
  g_autoptr(GError) ledger_error = NULL;
  g_autoptr(GError) leader_error = NULL;
  g_autoptr(GError) unit_error = NULL;
  g_autoptr(GError) public_error = NULL;
  g_autoptr(GError) all_public = NULL;
  g_autoptr(GError) all_sheet = NULL;
  gint64 empty = hd_test_add_unit (f->county.db.store, f->county.units.county, HD_UNIT_KIND_DEPARTMENT, "县档案局");

  query.lights = 1u << HD_LIGHT_RED;
  query.plan = HD_TASK_PLAN_SPECIAL;
  g_assert_null (hd_form_new (f->county.db.store, HD_FORM_LEDGER, &query, NULL, &ledger_error));
  g_assert_error (ledger_error, HD_FORM_ERROR, HD_FORM_ERROR_EMPTY);
  g_assert_cmpstr (ledger_error->message, ==, "没有可打印的内容：台账中没有符合筛选条件的任务。请清除筛选条件或选择其他单位。");

  hd_ledger_query_init (&query, &f->county.today);
  query.leader = "赵县长";
  g_assert_null (hd_form_new (f->county.db.store, HD_FORM_TASK_SHEET, &query, NULL, &leader_error));
  g_assert_error (leader_error, HD_FORM_ERROR, HD_FORM_ERROR_EMPTY);
  g_assert_nonnull (strstr (leader_error->message, "赵县长不是这里任何任务的责任领导"));

  query.leader = NULL;
  query.unit_id = empty;
  g_assert_null (hd_form_new (f->county.db.store, HD_FORM_TASK_SHEET, &query, NULL, &unit_error));
  g_assert_error (unit_error, HD_FORM_ERROR, HD_FORM_ERROR_EMPTY);
  g_assert_nonnull (strstr (unit_error->message, "县档案局本单位没有整改任务"));

  g_assert_null (hd_form_new (f->county.db.store, HD_FORM_PUBLIC, &query, NULL, &public_error));
  g_assert_error (public_error, HD_FORM_ERROR, HD_FORM_ERROR_EMPTY);

  /* Every unit's: no unit to print a notice or a unit's sheet of. */
  hd_ledger_query_init (&query, &f->county.today);
  g_assert_null (hd_form_new (f->county.db.store, HD_FORM_PUBLIC, &query, NULL, &all_public));
  g_assert_error (all_public, HD_FORM_ERROR, HD_FORM_ERROR_EMPTY);
  g_assert_cmpstr (all_public->message, ==, "公示是某一个单位的台账：请先选择单位。");
  g_assert_null (hd_form_new (f->county.db.store, HD_FORM_TASK_SHEET, &query, NULL, &all_sheet));
  g_assert_error (all_sheet, HD_FORM_ERROR, HD_FORM_ERROR_EMPTY);
}

static void
count_progress (guint    done,
                guint    total,
                gpointer user_data)
{
  GArray *calls = user_data;
  guint call[2] = { done, total };

  g_array_append_vals (calls, call, 2);
}

/* Progress ends with every task read; a cancelled form stops with G_IO_ERROR_CANCELLED. */
static void
test_progress_and_cancel (Fixture       *f,
                          gconstpointer  data)
{
  HdLedgerQuery query = county_query (f);
  g_autoptr(GArray) calls = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  HdFormOptions options = { .progress = count_progress, .progress_data = calls };
  g_autoptr(HdDocument) doc = build (f, HD_FORM_LEDGER, &query, &options);
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (calls->len, >=, 2);
  g_assert_cmpuint (g_array_index (calls, guint, calls->len - 2), ==, 6);
  g_assert_cmpuint (g_array_index (calls, guint, calls->len - 1), ==, 6);

  g_cancellable_cancel (cancellable);
  options = (HdFormOptions) { .cancellable = cancellable };
  g_assert_null (hd_form_new (f->county.db.store, HD_FORM_LEDGER, &query, &options, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

/* The supervision notice: the office as header, its number, the unit addressed, the deadline, its
 * tasks, the signature, and the reply slip with the number again below the line to cut. */
static void
test_notice (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HdDocument) doc = NULL;
  g_autofree char *text = NULL;
  HdLedgerQuery query;
  g_autoptr(GArray) town_tasks = g_array_new (FALSE, FALSE, sizeof (gint64));
  HdNoticeFields fields = {
    .unit_id = f->county.units.town, .office = "示范县委活动办", .issued = "2014-09-30",
    .reply_by = "2014-10-10",
  };
  sqlite3_stmt *stmt;
  gint64 id;

  if (!hd_pdf_have_tool ("pdftotext"))
    return;

  hd_ledger_query_init (&query, &f->county.today);
  query.unit_id = f->county.units.town;
  query.unit_only = TRUE;
  stmt = hd_ledger_prepare (f->county.db.store, &query, &error);
  g_assert_no_error (error);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 task = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (town_tasks, task);
    }
  sqlite3_finalize (stmt);
  fields.task_ids = (const gint64 *) town_tasks->data;
  fields.n_tasks = town_tasks->len;
  id = hd_notice_issue (f->county.db.store, &fields, &error);
  g_assert_no_error (error);

  doc = hd_form_notice_new (f->county.db.store, id, NULL, &error);
  g_assert_no_error (error);
  text = write_and_read (doc, "notice.pdf", NULL);
  assert_before (text, "示范县委活动办督办〔2014〕第1号督办通知单城关镇：", "并于2014年10月10日前将整改落实情况书面回复示范县委活动办。");
  assert_contains (text, "序号存在问题整改措施完成时限1门难进脸难看措施：门难进脸难看2014年10月2日2乱收费");
  g_assert_null (strstr (text, "文山会海"));
  assert_contains (text, "示范县委活动办2014年9月30日");
  assert_before (text, "（沿此线剪开）", "回执通知文号：督办〔2014〕第1号单位：城关镇整改落实情况：负责人（签字）：日期：年月日");
}

/* The text of @format without white space, as write_and_read() gives a form's text. */
static char * G_GNUC_PRINTF (1, 2)
squeeze (const char *format,
         ...)
{
  GString *out = g_string_new (NULL);
  g_autofree char *text = NULL;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  for (const char *c = text; *c != '\0'; c = g_utf8_next_char (c))
    if (!g_unichar_isspace (g_utf8_get_char (c)))
      g_string_append_unichar (out, g_utf8_get_char (c));
  return g_string_free (out, FALSE);
}

/* A round over the county, as of 2014-09-30: in 城关镇's subtree 门难进脸难看 sent back to the
 * furnace, 乱收费 giving a newly found problem (纳入整改), 公车私用 waiting; 文山会海 consolidated
 * outside it; the rest waiting. A confidential accountability record about 城关镇. Returns the
 * round's id. */
static gint64
open_round (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  HdLookbackRoundFields round = { "2014年第一轮回头看", f->county.units.county, HD_LOOKBACK_ALL_PLANS, "2014-09-30" };
  HdLookbackIntakeFields found = {
    .category = HD_CATEGORY_FORMALISM, .problem = "收费公示走过场", .plan = HD_TASK_PLAN_SPECIAL,
    .kind = HD_TASK_KIND_DEADLINE, .measures = "公示上墙并接受监督", .leader = "张书记", .person = "孙科长",
    .deadline = "2014-12-31",
  };
  gint64 red = hd_test_query_int (f->county.db.store, "SELECT id FROM task WHERE problem = '文山会海'");
  gint64 yellow = hd_test_query_int (f->county.db.store, "SELECT id FROM task WHERE problem = '门难进脸难看'");
  gint64 closed = hd_test_query_int (f->county.db.store, "SELECT id FROM task WHERE problem = '乱收费'");
  HdAccountabilityFields talk = {
    .unit_id = f->county.units.town, .measure = HD_ESCALATION_TALK, .reason = "绝密问责理由",
    .date = "2014-09-30", .decided_by = "县纪委", .task_ids = &yellow, .n_tasks = 1,
  };
  gint64 id = hd_lookback_open (f->county.db.store, NULL, &round, &error);

  g_assert_no_error (error);
  g_assert_true (hd_lookback_confirm (f->county.db.store, NULL, id, red, HD_LOOKBACK_CONSOLIDATE, NULL, NULL,
                                      &f->county.today, &error));
  g_assert_true (hd_lookback_confirm (f->county.db.store, NULL, id, yellow, HD_LOOKBACK_REDO, "群众不满意", "2014-11-30",
                                      &f->county.today, &error));
  g_assert_no_error (error);
  g_assert_cmpint (hd_lookback_confirm_new (f->county.db.store, NULL, id, closed, &found, "走访中发现",
                                            &f->county.today, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (hd_accountability_create (f->county.db.store, NULL, &talk, &error), >, 0);
  g_assert_no_error (error);
  return id;
}

/* The round's summary for 城关镇: its three tasks in the ledger's order with both outcomes (blank
 * while waiting) and the notes, the new deadline of 回炉, the new task's number; the totals per
 * outcome; nothing of the accountability record; then the whole round, and the round's progress. */
static void
test_lookback (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HdDocument) doc = NULL;
  g_autoptr(HdDocument) whole = NULL;
  g_autoptr(GArray) calls = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree char *text = NULL;
  g_autofree char *whole_text = NULL;
  g_autofree char *title = NULL;
  g_autofree char *county_title = NULL;
  g_autofree char *header = NULL;
  g_autofree char *deadline = NULL;
  g_autofree char *added = NULL;
  g_autofree char *totals = NULL;
  g_autofree char *whole_totals = NULL;
  g_autofree char *path = NULL;
  HdFormOptions options = { .progress = count_progress, .progress_data = calls };
  gint64 round;

  if (!hd_pdf_have_tool ("pdftotext") || !hd_pdf_have_tool ("pdfinfo"))
    return;

  round = open_round (f);
  doc = hd_form_lookback_new (f->county.db.store, round, f->county.units.town, &f->county.today, &options, &error);
  g_assert_no_error (error);
  text = write_and_read (doc, "lookback.pdf", &path);
  g_free (hd_pdf_info (path, hd_document_get_n_pages (doc)));
  g_assert_cmpuint (g_array_index (calls, guint, calls->len - 2), ==, 3);
  g_assert_cmpuint (g_array_index (calls, guint, calls->len - 1), ==, 3);

  /* The words of this form are the translators' (English until they are there). */
  title = squeeze (C_("printed form", "Look-back Summary of %s"), "城关镇");
  header = squeeze ("序号%s责任单位%s%s%s", C_("printed form column", "Rectification Task"),
                    C_("printed form column", "Proposed"), C_("printed form column", "Confirmed Outcome"),
                    C_("printed form column", "Note"));
  deadline = squeeze (C_("printed form", "New deadline: %s"), "2014年11月30日");
  added = squeeze (C_("printed form", "Added as task no. %u"), 3);
  totals = g_strdup_printf ("合计3项：巩固提高0项，跟踪推进0项，回炉补课1项，纳入整改1项，%s1项。",
                            C_("printed form", "Waiting"));
  assert_before (text, title, "2014年第一轮回头看");
  assert_before (text, "2014年第一轮回头看", "截至2014年9月30日");
  assert_before (text, "截至2014年9月30日", header);
  assert_before (text, header, "1门难进脸难看城关镇跟踪推进回炉补课");
  assert_before (text, "1门难进脸难看城关镇跟踪推进回炉补课", "2乱收费城关镇巩固提高纳入整改");
  assert_before (text, "2乱收费城关镇巩固提高纳入整改", "3公车私用王庄村跟踪推进");
  assert_contains (text, "群众不满意");
  assert_contains (text, deadline);
  assert_contains (text, "走访中发现");
  assert_contains (text, added);
  assert_contains (text, totals);
  g_assert_null (strstr (text, "文山会海"));
  g_assert_null (strstr (text, "收费公示走过场"));   /* the new task is not in the round */
  g_assert_null (strstr (text, "绝密问责理由"));
  g_assert_null (strstr (text, "县纪委"));
  g_assert_null (strstr (text, "约谈"));

  /* The whole round: the county's six tasks, those not confirmed waiting. */
  whole = hd_form_lookback_new (f->county.db.store, round, 0, &f->county.today, NULL, &error);
  g_assert_no_error (error);
  whole_text = write_and_read (whole, "round.pdf", NULL);
  county_title = squeeze (C_("printed form", "Look-back Summary of %s"), "示范县");
  whole_totals = g_strdup_printf ("合计6项：巩固提高1项，跟踪推进0项，回炉补课1项，纳入整改1项，%s3项。",
                                  C_("printed form", "Waiting"));
  assert_contains (whole_text, county_title);
  assert_before (whole_text, "1文山会海示范县跟踪推进巩固提高", "2作风建设常态化示范县跟踪推进");
  assert_before (whole_text, "3门难进脸难看城关镇跟踪推进回炉补课", "6村务公开不及时河西镇巩固提高");
  assert_contains (whole_text, whole_totals);
}

/* A unit the round has no task of, or no such round, is an error saying so; a cancelled form
 * stops. */
static void
test_lookback_refused (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) empty = NULL;
  g_autoptr(GError) missing = NULL;
  g_autoptr(GError) cancelled = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *message = NULL;
  HdFormOptions options = { .cancellable = cancellable };
  gint64 round = open_round (f);
  gint64 archive = hd_test_add_unit (f->county.db.store, f->county.units.county, HD_UNIT_KIND_DEPARTMENT, "县档案局");

  g_assert_null (hd_form_lookback_new (f->county.db.store, round, archive, &f->county.today, NULL, &empty));
  g_assert_error (empty, HD_FORM_ERROR, HD_FORM_ERROR_EMPTY);
  message = g_strdup_printf (_("Nothing to print: the look-back round “%s” reviews no task of %s or the units below it. "
                               "Choose a unit in the round’s scope."), "2014年第一轮回头看", "县档案局");
  g_assert_cmpstr (empty->message, ==, message);
  g_assert_null (hd_form_lookback_new (f->county.db.store, 99, 0, &f->county.today, NULL, &missing));
  g_assert_nonnull (missing);
  g_cancellable_cancel (cancellable);
  g_assert_null (hd_form_lookback_new (f->county.db.store, round, 0, &f->county.today, &options, &cancelled));
  g_assert_error (cancelled, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

/* The forms' tokens, as the command line takes them, and their names. */
static void
test_kinds (void)
{
  HdFormKind kind;

  g_assert_true (hd_form_kind_from_string ("task-sheet", &kind));
  g_assert_cmpint (kind, ==, HD_FORM_TASK_SHEET);
  g_assert_cmpstr (hd_form_kind_to_string (HD_FORM_PUBLIC), ==, "public");
  g_assert_false (hd_form_kind_from_string ("notice", &kind));
  g_assert_cmpstr (hd_form_kind_get_label (HD_FORM_LEDGER), ==, "整改落实台账");
  g_assert_cmpstr (hd_form_kind_get_label (HD_FORM_TASK_SHEET), ==, "整改任务书");
  g_assert_cmpstr (hd_form_kind_get_label (HD_FORM_PUBLIC), ==, "公示");
}

int
main (int argc, char *argv[])
{
  hd_test_init_translated (&argc, &argv);

  HD_TEST_ADD ("/forms/ledger", test_ledger);
  HD_TEST_ADD ("/forms/ledger-filtered", test_ledger_filtered);
  HD_TEST_ADD ("/forms/task-sheet-leader", test_task_sheet_leader);
  HD_TEST_ADD ("/forms/task-sheet-unit", test_task_sheet_unit);
  HD_TEST_ADD ("/forms/public", test_public);
  HD_TEST_ADD ("/forms/empty", test_empty);
  HD_TEST_ADD ("/forms/progress-and-cancel", test_progress_and_cancel);
  HD_TEST_ADD ("/forms/notice", test_notice);
  HD_TEST_ADD ("/forms/lookback", test_lookback);
  HD_TEST_ADD ("/forms/lookback-refused", test_lookback_refused);
  g_test_add_func ("/forms/kinds", test_kinds);
  return g_test_run ();
}
