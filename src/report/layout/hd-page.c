/* hd-page.c */
#include "layout/hd-page.h"

#define POINTS_PER_INCH 72.0
#define MM_PER_INCH     25.4

/* GB/T 9704-2012: A4 is 210 mm × 297 mm; the type area is 156 mm × 225 mm, 37 mm from the top
 * edge and 28 mm from the left edge. */
#define A4_SHORT_MM        210.0
#define A4_LONG_MM         297.0
#define TYPE_AREA_SHORT_MM 156.0
#define TYPE_AREA_LONG_MM  225.0
#define MARGIN_TOP_MM       37.0
#define MARGIN_LEFT_MM      28.0

double
hd_page_mm_to_points (double mm)
{
  return mm * POINTS_PER_INCH / MM_PER_INCH;
}

void
hd_page_a4 (HdPageOrientation  orientation,
            HdPageGeometry    *geometry)
{
  g_return_if_fail (geometry != NULL);

  if (orientation == HD_PAGE_PORTRAIT)
    {
      geometry->width = hd_page_mm_to_points (A4_SHORT_MM);
      geometry->height = hd_page_mm_to_points (A4_LONG_MM);
      geometry->content_x = hd_page_mm_to_points (MARGIN_LEFT_MM);
      geometry->content_y = hd_page_mm_to_points (MARGIN_TOP_MM);
      geometry->content_width = hd_page_mm_to_points (TYPE_AREA_SHORT_MM);
      geometry->content_height = hd_page_mm_to_points (TYPE_AREA_LONG_MM);
    }
  else
    {
      /* Turned a quarter: the portrait top margin becomes the left one, and the binding edge
       * (the portrait left margin) the top. */
      geometry->width = hd_page_mm_to_points (A4_LONG_MM);
      geometry->height = hd_page_mm_to_points (A4_SHORT_MM);
      geometry->content_x = hd_page_mm_to_points (MARGIN_TOP_MM);
      geometry->content_y = hd_page_mm_to_points (MARGIN_LEFT_MM);
      geometry->content_width = hd_page_mm_to_points (TYPE_AREA_LONG_MM);
      geometry->content_height = hd_page_mm_to_points (TYPE_AREA_SHORT_MM);
    }
}
