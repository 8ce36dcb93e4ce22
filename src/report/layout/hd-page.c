/* hd-page.c */
#include "layout/hd-page.h"

#define POINTS_PER_INCH 72.0
#define MM_PER_INCH     25.4

static const HdPageFigures figures = {
  .sheet_short_mm = 210.0,
  .sheet_long_mm = 297.0,
  .type_area_width_mm = 156.0,
  .type_area_height_mm = 225.0,
  .margin_top_mm = 37.0,
  .margin_binding_mm = 28.0,

  .title_size_pt = 22.0,
  .body_size_pt = 16.0,
  .body_lines = 22,
  .body_chars = 28,
  .first_line_indent_chars = 2.0,
  .em_box_ascent = 0.88,

  .page_number_size_pt = 14.0,
  .page_number_gap_mm = 7.0,
  .page_number_indent_chars = 1.0,

  .table_size_pt = 12.0,
  .table_wide_size_pt = 10.5,
  .table_line_ratio = 1.4,
  .table_padding_h_mm = 1.5,
  .table_padding_v_mm = 1.2,
  .table_rule_mm = 0.2,
  .table_min_column_chars = 2.0,
  .table_min_split_lines = 2,
};

const HdPageFigures *
hd_page_figures (void)
{
  return &figures;
}

double
hd_page_mm_to_points (double mm)
{
  return mm * POINTS_PER_INCH / MM_PER_INCH;
}

void
hd_page_a4 (HdPageOrientation  orientation,
            HdPageGeometry    *geometry)
{
  const HdPageFigures *f = &figures;

  g_return_if_fail (geometry != NULL);

  if (orientation == HD_PAGE_PORTRAIT)
    {
      geometry->width = hd_page_mm_to_points (f->sheet_short_mm);
      geometry->height = hd_page_mm_to_points (f->sheet_long_mm);
      geometry->content_x = hd_page_mm_to_points (f->margin_binding_mm);
      geometry->content_y = hd_page_mm_to_points (f->margin_top_mm);
      geometry->content_width = hd_page_mm_to_points (f->type_area_width_mm);
      geometry->content_height = hd_page_mm_to_points (f->type_area_height_mm);
    }
  else
    {
      /* Turned a quarter: the portrait top margin becomes the left one, and the binding edge
       * (the portrait left margin) the top. */
      geometry->width = hd_page_mm_to_points (f->sheet_long_mm);
      geometry->height = hd_page_mm_to_points (f->sheet_short_mm);
      geometry->content_x = hd_page_mm_to_points (f->margin_top_mm);
      geometry->content_y = hd_page_mm_to_points (f->margin_binding_mm);
      geometry->content_width = hd_page_mm_to_points (f->type_area_height_mm);
      geometry->content_height = hd_page_mm_to_points (f->type_area_width_mm);
    }
}

HdPageSide
hd_page_number_place (const HdPageGeometry *geometry,
                      guint                 number,
                      double                size_pt,
                      double               *x,
                      double               *top)
{
  double indent = figures.page_number_indent_chars * size_pt;
  HdPageSide side = number % 2 == 1 ? HD_PAGE_SIDE_RIGHT : HD_PAGE_SIDE_LEFT;

  g_return_val_if_fail (geometry != NULL, HD_PAGE_SIDE_RIGHT);

  if (x != NULL)
    *x = side == HD_PAGE_SIDE_RIGHT
           ? geometry->content_x + geometry->content_width - indent
           : geometry->content_x + indent;
  if (top != NULL)
    *top = geometry->content_y + geometry->content_height
           + hd_page_mm_to_points (figures.page_number_gap_mm);
  return side;
}
