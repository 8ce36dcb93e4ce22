/* hd-page.h — page geometry of printed forms, in PostScript points (1/72 inch) as cairo uses. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  HD_PAGE_PORTRAIT,
  HD_PAGE_LANDSCAPE,   /* the rectification ledger */
} HdPageOrientation;

typedef struct {
  double width;          /* the sheet */
  double height;
  double content_x;      /* the type area (版心) */
  double content_y;
  double content_width;
  double content_height;
} HdPageGeometry;

double  hd_page_mm_to_points  (double             mm);
/* An A4 sheet with the type area of GB/T 9704 (156 mm × 225 mm; top margin 37 mm, left 28 mm),
 * turned for landscape forms so that the same margins frame the long side. */
void    hd_page_a4            (HdPageOrientation  orientation,
                               HdPageGeometry    *geometry);

G_END_DECLS
