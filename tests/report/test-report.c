/* test-report.c — hd-report: page geometry. */
#include "layout/hd-page.h"

static void
test_mm_to_points (void)
{
  g_assert_cmpfloat_with_epsilon (hd_page_mm_to_points (25.4), 72.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (hd_page_mm_to_points (0.0), 0.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (hd_page_mm_to_points (210.0), 595.275590551, 1e-6);
}

static void
test_a4_portrait (void)
{
  HdPageGeometry g;

  hd_page_a4 (HD_PAGE_PORTRAIT, &g);
  g_assert_cmpfloat_with_epsilon (g.width, 595.275590551, 1e-6);
  g_assert_cmpfloat_with_epsilon (g.height, 841.889763780, 1e-6);
  g_assert_cmpfloat_with_epsilon (g.content_x, 79.370078740, 1e-6);
  g_assert_cmpfloat_with_epsilon (g.content_y, 104.881889764, 1e-6);
  g_assert_cmpfloat_with_epsilon (g.content_width, 442.204724409, 1e-6);
  g_assert_cmpfloat_with_epsilon (g.content_height, 637.795275591, 1e-6);
  /* The right margin of GB/T 9704 is 26 mm. */
  g_assert_cmpfloat_with_epsilon (g.width - g.content_x - g.content_width,
                                  hd_page_mm_to_points (26.0), 1e-6);
}

static void
test_a4_landscape (void)
{
  HdPageGeometry p, l;

  hd_page_a4 (HD_PAGE_PORTRAIT, &p);
  hd_page_a4 (HD_PAGE_LANDSCAPE, &l);
  g_assert_cmpfloat_with_epsilon (l.width, p.height, 1e-9);
  g_assert_cmpfloat_with_epsilon (l.height, p.width, 1e-9);
  g_assert_cmpfloat_with_epsilon (l.content_width, p.content_height, 1e-9);
  g_assert_cmpfloat_with_epsilon (l.content_height, p.content_width, 1e-9);
  g_assert_cmpfloat_with_epsilon (l.content_x, p.content_y, 1e-9);
  g_assert_cmpfloat (l.content_y + l.content_height, <, l.height);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/report/mm-to-points", test_mm_to_points);
  g_test_add_func ("/report/a4-portrait", test_a4_portrait);
  g_test_add_func ("/report/a4-landscape", test_a4_landscape);

  return g_test_run ();
}
