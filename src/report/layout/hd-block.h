/* hd-block.h — a block of a document (a title, lines of text, a table) and the pieces of it
 * that go on pages.
 *
 * A document measures each block once for the width of its type area, then flows it into pages
 * a slice at a time; a page keeps only its slices (which rows or lines, where), and drawing a
 * page sets those again. */
#pragma once

#include <cairo.h>

#include "layout/hd-typeset.h"

G_BEGIN_DECLS

/* A place in a block: a table's row and a line within it (for text, row is 0). */
typedef struct {
  guint row;
  guint line;
} HdFlowPos;

typedef struct {
  guint     block;    /* the block's index in its document */
  double    y;        /* the slice's top, in points below the type area's top */
  double    height;
  HdFlowPos start;
  HdFlowPos end;      /* where the next slice begins: {n_rows, 0} when the block is done */
} HdSlice;

typedef struct _HdBlock HdBlock;

typedef struct {
  /* Measures the block for a type area @width wide and @height high. */
  void     (*measure) (HdBlock         *block,
                       HdTypeset       *typeset,
                       double           width,
                       double           height);
  /* Fills @slice with what fits of the block from @pos in @avail points: returns FALSE when
   * nothing should go on this page. Where @avail is a whole type area, something always goes. */
  gboolean (*flow)    (HdBlock         *block,
                       HdFlowPos        pos,
                       double           avail,
                       double           page_height,
                       HdSlice         *slice);
  gboolean (*done)    (HdBlock         *block,
                       HdFlowPos        pos);
  void     (*draw)    (HdBlock         *block,
                       HdTypeset       *typeset,
                       cairo_t         *cr,
                       const HdSlice   *slice,
                       double           x,
                       double           y);
  void     (*free)    (HdBlock         *block);
} HdBlockClass;

struct _HdBlock {
  const HdBlockClass *klass;
};

/* Two heights compared with this tolerance, so that a row that fits exactly fits. */
#define HD_BLOCK_EPSILON 1e-6

G_END_DECLS
