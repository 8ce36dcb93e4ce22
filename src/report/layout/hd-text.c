/* hd-text.c */
#include <math.h>

#include "layout/hd-page.h"
#include "layout/hd-text.h"

typedef enum {
  KIND_TITLE,
  KIND_PARAGRAPH,
  KIND_LINE,
  KIND_SPACE,
} Kind;

struct _HdText {
  HdBlock parent;
  Kind kind;
  HdFace face;
  HdAlign align;
  gboolean keep;        /* all its lines on one page */
  char *text;
  guint n_lines;
  double pitch;
  double width;         /* of the type area */
  double layout_width;  /* the title's, narrower when its lines are balanced */
};

static PangoLayout *
make_layout (HdText    *self,
             HdTypeset *ts,
             double     width)
{
  PangoLayout *layout = hd_typeset_new_layout (ts, self->face, FALSE);
  static const PangoAlignment alignments[] = {
    [HD_ALIGN_START] = PANGO_ALIGN_LEFT,
    [HD_ALIGN_CENTER] = PANGO_ALIGN_CENTER,
    [HD_ALIGN_END] = PANGO_ALIGN_RIGHT,
  };

  pango_layout_set_width (layout, (int) floor (width * PANGO_SCALE));
  pango_layout_set_alignment (layout, alignments[self->align]);
  if (self->kind == KIND_PARAGRAPH)
    {
      double size = hd_style_get_size (hd_typeset_get_style (ts), self->face);
      double indent = hd_page_figures ()->first_line_indent_chars
                      * (size + hd_typeset_get_body_spacing (ts));

      pango_layout_set_indent (layout, (int) lround (indent * PANGO_SCALE));
      pango_layout_set_justify (layout, TRUE);
    }
  pango_layout_set_text (layout, self->text, -1);
  return layout;
}

/* The narrowest width that keeps the title's number of lines: its lines come out of nearly equal
 * length, centred one above the other, instead of a full line over a short one. */
static double
balanced_width (HdText    *self,
                HdTypeset *ts,
                double     width,
                guint      n_lines)
{
  double lo = width / n_lines, hi = width;

  for (guint i = 0; i < 16 && hi - lo > 0.5; i++)
    {
      double mid = (lo + hi) / 2.0;
      g_autoptr(PangoLayout) layout = make_layout (self, ts, mid);

      if ((guint) pango_layout_get_line_count (layout) > n_lines)
        lo = mid;
      else
        hi = mid;
    }
  return hi;
}

static void
text_measure (HdBlock   *block,
              HdTypeset *ts,
              double     width,
              double     height)
{
  HdText *self = (HdText *) block;
  g_autoptr(PangoLayout) layout = NULL;

  self->pitch = hd_style_get_pitch (hd_typeset_get_style (ts), self->face);
  self->width = width;
  self->layout_width = width;
  if (self->kind == KIND_SPACE)
    return;

  layout = make_layout (self, ts, width);
  self->n_lines = pango_layout_get_line_count (layout);
  if (self->kind == KIND_TITLE && self->n_lines > 1)
    self->layout_width = balanced_width (self, ts, width, self->n_lines);
}

static gboolean
text_flow (HdBlock   *block,
           HdFlowPos  pos,
           double     avail,
           double     page_height,
           HdSlice   *slice)
{
  HdText *self = (HdText *) block;
  gboolean page_top = avail >= page_height - HD_BLOCK_EPSILON;
  guint fit = (guint) floor ((avail + HD_BLOCK_EPSILON) / self->pitch);
  guint left = self->n_lines - pos.line;
  guint take;

  if (self->kind == KIND_SPACE)
    {
      /* Space ends a page or separates blocks; it never pushes text down a new page. */
      take = page_top ? 0 : MIN (self->n_lines, fit);
      slice->start = pos;
      slice->end = (HdFlowPos) { 0, self->n_lines };
      slice->height = take * self->pitch;
      return TRUE;
    }

  if (self->keep && left > fit && !page_top)
    return FALSE;
  take = MIN (left, fit);
  if (self->kind == KIND_PARAGRAPH && take < left)
    {
      /* No line of a paragraph alone at the foot of a page or at the head of the next. */
      if (left - take < 2)
        take = left >= 2 ? left - 2 : 0;
      if (take < 2)
        take = 0;
    }
  if (take == 0)
    {
      if (!page_top)
        return FALSE;
      take = 1;   /* a line taller than a page still goes somewhere */
    }
  slice->start = pos;
  slice->end = (HdFlowPos) { 0, pos.line + take };
  slice->height = take * self->pitch;
  return TRUE;
}

static gboolean
text_done (HdBlock   *block,
           HdFlowPos  pos)
{
  return pos.line >= ((HdText *) block)->n_lines;
}

static void
text_draw (HdBlock       *block,
           HdTypeset     *ts,
           cairo_t       *cr,
           const HdSlice *slice,
           double         x,
           double         y)
{
  HdText *self = (HdText *) block;
  g_autoptr(PangoLayout) layout = NULL;

  if (self->kind == KIND_SPACE)
    return;
  layout = make_layout (self, ts, self->layout_width);
  hd_typeset_show_lines (ts, self->face, cr, layout, slice->start.line, slice->end.line,
                         x + (self->width - self->layout_width) / 2.0, y);
}

static void
text_free (HdBlock *block)
{
  HdText *self = (HdText *) block;

  g_free (self->text);
  g_free (self);
}

static const HdBlockClass text_class = {
  .measure = text_measure,
  .flow = text_flow,
  .done = text_done,
  .draw = text_draw,
  .free = text_free,
};

static HdText *
text_new (Kind        kind,
          HdFace      face,
          HdAlign     align,
          const char *text)
{
  HdText *self = g_new0 (HdText, 1);

  self->parent.klass = &text_class;
  self->kind = kind;
  self->face = face;
  self->align = align;
  self->text = g_strdup (text != NULL ? text : "");
  self->keep = kind == KIND_TITLE;
  return self;
}

HdText *
hd_text_new_title (const char *text)
{
  return text_new (KIND_TITLE, HD_FACE_TITLE, HD_ALIGN_CENTER, text);
}

HdText *
hd_text_new_kept_lines (const char *text,
                        HdAlign     align)
{
  HdText *self = text_new (KIND_LINE, HD_FACE_BODY, align, text);

  self->keep = TRUE;
  return self;
}

HdText *
hd_text_new_paragraph (const char *text)
{
  return text_new (KIND_PARAGRAPH, HD_FACE_BODY, HD_ALIGN_START, text);
}

HdText *
hd_text_new_line (const char *text,
                  HdAlign     align)
{
  return text_new (KIND_LINE, HD_FACE_BODY, align, text);
}

HdText *
hd_text_new_space (guint n_lines)
{
  HdText *self = text_new (KIND_SPACE, HD_FACE_BODY, HD_ALIGN_START, NULL);

  self->n_lines = n_lines;
  return self;
}

HdBlock *
hd_text_get_block (HdText *text)
{
  return &text->parent;
}

guint
hd_text_get_n_lines (HdText *text)
{
  return text->n_lines;
}

double
hd_text_get_pitch (HdText *text)
{
  return text->pitch;
}
