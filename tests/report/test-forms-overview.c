/* test-forms-overview.c — 整改落实情况通报 on the hand-made county as of 2014-09-30, written to PDF
 * and read back with poppler's tools: the title and day, the townships ranked by their red tasks
 * with their lights, share closed and satisfaction, the county's own tasks and the total, the two
 * charts with their legends; what is refused.
 *
 * meson runs this program in Chinese (LANGUAGE=zh_CN), as the office prints. */
#include <glib/gi18n-lib.h>

#include "forms/hd-form.h"
#include "ledger/hd-task.h"
#include "hd-pdf-check.h"
#include "hd-test-util.h"

typedef struct {
  HdTestCounty county;
} Fixture;

static gint64
add_task (Fixture    *f,
          gint64      unit,
          const char *problem,
          const char *deadline)
{
  return hd_test_add_task (f->county.db.store, unit, HD_TASK_PLAN_RECTIFICATION, problem, deadline);
}

/* 河西镇 two red tasks; 城关镇 one red, one closed on time with 满意; 示范县 one green. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 closed;

  hd_test_county_set_up (&f->county, "overview.db", 0);
  add_task (f, f->county.units.other_town, "窗口服务差", "2014-09-01");
  add_task (f, f->county.units.other_town, "会议多", "2014-09-10");
  add_task (f, f->county.units.town, "门难进", "2014-09-20");
  closed = add_task (f, f->county.units.village, "账目不清", "2014-09-20");
  g_assert_true (hd_task_set_result (f->county.db.store, NULL, closed, "已公开", HD_VERDICT_SATISFIED, &error));
  g_assert_true (hd_task_close (f->county.db.store, NULL, closed, "2014-09-15", &error));
  g_assert_no_error (error);
  add_task (f, f->county.units.county, "公车私用", "2014-12-31");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  hd_test_db_tear_down (&f->county.db);
}

static void
test_overview (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HdDocument) doc = hd_form_overview_new (f->county.db.store, f->county.units.county, &f->county.today,
                                                    HD_LIGHT_DEFAULT_WARNING_DAYS, NULL, &error);
  g_autofree char *pdf = NULL;
  g_autofree char *first = NULL;
  guint n_pages;

  g_assert_no_error (error);
  n_pages = hd_document_get_n_pages (doc);
  /* The table; the bars, too tall for what is left of the page; the trend. */
  g_assert_cmpuint (n_pages, ==, 3);
  if (!hd_pdf_have_tool ("pdftotext"))
    return;
  pdf = hd_pdf_write (doc, "overview.pdf");
  first = hd_pdf_page_lines (pdf, 1);
  hd_pdf_assert_line (first, "示范县整改落实情况通报");
  hd_pdf_assert_line (first, "截至2014年9月30日");
  hd_pdf_assert_line (first, "排名单位任务数红灯黄灯绿灯按期销号逾期销号销号率满意率");
  /* 河西镇 first, most red; 城关镇 with its village's closed task, judged 满意. */
  hd_pdf_assert_line (first, "1河西镇2200000.0%—");
  hd_pdf_assert_line (first, "2城关镇21001050.0%100.0%");
  hd_pdf_assert_line (first, "示范县（本级）1001000.0%—");
  hd_pdf_assert_line (first, "合计53011020.0%100.0%");
  {
    g_autofree char *second = hd_pdf_page_lines (pdf, 2);
    g_autofree char *third = hd_pdf_page_lines (pdf, 3);

    /* Each chart with its title and its legend, the units' names beside the bars. */
    hd_pdf_assert_line (second, "整改任务亮灯情况");
    g_assert_nonnull (strstr (second, "红灯黄灯绿灯按期销号逾期销号"));
    g_assert_nonnull (strstr (second, "河西镇"));
    hd_pdf_assert_line (third, "亮灯情况按周趋势");
    g_assert_nonnull (strstr (third, "9-1"));
  }
  hd_pdf_assert_fonts_embedded (pdf);
}

static void
test_refused (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HdDocument) doc = hd_form_overview_new (f->county.db.store, f->county.units.village, &f->county.today,
                                                    HD_LIGHT_DEFAULT_WARNING_DAYS, NULL, &error);

  g_assert_null (doc);
  g_assert_error (error, HD_FORM_ERROR, HD_FORM_ERROR_EMPTY);
}

int
main (int   argc,
      char *argv[])
{
  hd_test_init_translated (&argc, &argv);
  HD_TEST_ADD ("/forms-overview/report", test_overview);
  HD_TEST_ADD ("/forms-overview/refused", test_refused);
  return g_test_run ();
}
