/* test-page.c — hd-report: the figures of GB/T 9704 and the page geometry they give. */
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

static void
test_figures (void)
{
  const HdPageFigures *f = hd_page_figures ();

  g_assert_cmpfloat (f->margin_top_mm, ==, 37.0);
  g_assert_cmpfloat (f->margin_binding_mm, ==, 28.0);
  g_assert_cmpfloat (f->type_area_width_mm, ==, 156.0);
  g_assert_cmpfloat (f->type_area_height_mm, ==, 225.0);
  g_assert_cmpfloat (f->title_size_pt, ==, 22.0);
  g_assert_cmpfloat (f->body_size_pt, ==, 16.0);
  g_assert_cmpfloat (f->page_number_size_pt, ==, 14.0);
  g_assert_cmpfloat (f->page_number_gap_mm, ==, 7.0);
  g_assert_cmpuint (f->body_lines, ==, 22);
  g_assert_cmpuint (f->body_chars, ==, 28);
}

static void
test_page_number_place (void)
{
  HdPageGeometry g;
  double x, top;

  /* Odd pages: the right edge of the number one 4号 character (14 pt) in from the type area's
   * right edge; even pages: its left edge 14 pt in from the left; 7 mm below the type area. */
  hd_page_a4 (HD_PAGE_PORTRAIT, &g);
  g_assert_cmpint (hd_page_number_place (&g, 1, 14.0, &x, &top), ==, HD_PAGE_SIDE_RIGHT);
  g_assert_cmpfloat_with_epsilon (x, hd_page_mm_to_points (28.0 + 156.0) - 14.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (top, hd_page_mm_to_points (37.0 + 225.0 + 7.0), 1e-9);
  g_assert_cmpint (hd_page_number_place (&g, 2, 14.0, &x, &top), ==, HD_PAGE_SIDE_LEFT);
  g_assert_cmpfloat_with_epsilon (x, hd_page_mm_to_points (28.0) + 14.0, 1e-9);
  g_assert_cmpint (hd_page_number_place (&g, 17, 14.0, NULL, NULL), ==, HD_PAGE_SIDE_RIGHT);

  /* Landscape: below the turned type area, still on the page. */
  hd_page_a4 (HD_PAGE_LANDSCAPE, &g);
  g_assert_cmpint (hd_page_number_place (&g, 3, 14.0, &x, &top), ==, HD_PAGE_SIDE_RIGHT);
  g_assert_cmpfloat_with_epsilon (x, hd_page_mm_to_points (37.0 + 225.0) - 14.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (top, hd_page_mm_to_points (28.0 + 156.0 + 7.0), 1e-9);
  g_assert_cmpfloat (top + 14.0, <, g.height);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/page/mm-to-points", test_mm_to_points);
  g_test_add_func ("/page/a4-portrait", test_a4_portrait);
  g_test_add_func ("/page/a4-landscape", test_a4_landscape);
  g_test_add_func ("/page/figures", test_figures);
  g_test_add_func ("/page/page-number-place", test_page_number_place);

  return g_test_run ();
}
