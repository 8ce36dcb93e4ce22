/* hd-page.h — the figures of printed forms (GB/T 9704-2012) and the page geometry they give,
 * in PostScript points (1/72 inch) as cairo uses. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  HD_PAGE_PORTRAIT,
  HD_PAGE_LANDSCAPE,   /* the rectification ledger */
} HdPageOrientation;

/* Every figure of the layout, in one place. Lengths are millimetres; type sizes are points,
 * the unit in which the Chinese sizes (号) are defined. */
typedef struct {
  /* The sheet and the type area (版心), GB/T 9704 §5.2.1–5.2.3. */
  double sheet_short_mm;          /* A4: 210 */
  double sheet_long_mm;           /* A4: 297 */
  double type_area_width_mm;      /* 156 */
  double type_area_height_mm;     /* 225 */
  double margin_top_mm;           /* 天头 37 */
  double margin_binding_mm;       /* 订口 28 */
  /* Type, §5.2.2 and §7.3. */
  double title_size_pt;           /* 2号 22 */
  double body_size_pt;            /* 3号 16 */
  guint  body_lines;              /* 22 lines on a page ... */
  guint  body_chars;              /* ... of 28 characters */
  double first_line_indent_chars; /* a paragraph begins two characters in */
  /* Where CJK faces put the ideographic em box: 0.88 em above the baseline, 0.12 below. Lines
   * are set on a fixed pitch with the em box centred in it, whichever face draws them. */
  double em_box_ascent;
  /* Page numbers, §7.5: 4号 song digits between dashes, 7 mm below the type area, on the outer
   * side one character in from its edge. */
  double page_number_size_pt;     /* 4号 14 */
  double page_number_gap_mm;      /* 7 */
  double page_number_indent_chars;/* 1 */
  /* Ruled tables (the offices' own forms). */
  double table_size_pt;           /* 小四 12 */
  double table_wide_size_pt;      /* 五号 10.5: a landscape ledger's ten columns */
  double table_line_ratio;        /* line pitch in a cell, as a multiple of the type size */
  double table_padding_h_mm;      /* between a rule and the text, left and right */
  double table_padding_v_mm;      /* ... above and below */
  double table_rule_mm;           /* the width of the rules */
  double table_min_column_chars;  /* no column is narrower than this many characters */
  guint  table_min_split_lines;   /* a row split over pages leaves at least this many lines */
} HdPageFigures;

typedef enum {
  HD_PAGE_SIDE_LEFT,
  HD_PAGE_SIDE_RIGHT,
} HdPageSide;

typedef struct {
  double width;          /* the sheet */
  double height;
  double content_x;      /* the type area (版心) */
  double content_y;
  double content_width;
  double content_height;
} HdPageGeometry;

const HdPageFigures *hd_page_figures        (void);

double  hd_page_mm_to_points  (double             mm);
/* An A4 sheet with the type area of GB/T 9704 (156 mm × 225 mm; top margin 37 mm, left 28 mm),
 * turned for landscape forms so that the same margins frame the long side. */
void    hd_page_a4            (HdPageOrientation  orientation,
                               HdPageGeometry    *geometry);

/* Where the number of the page numbered @number (from 1) goes: odd pages on the right, even
 * pages on the left, one character of @size_pt in from the type area's edge. *x is the edge
 * of the number's text on @side (its right edge on the right side, its left edge on the left),
 * *top the top of its em box, 7 mm below the type area. */
HdPageSide hd_page_number_place (const HdPageGeometry *geometry,
                                 guint                 number,
                                 double                size_pt,
                                 double               *x,
                                 double               *top);

G_END_DECLS
