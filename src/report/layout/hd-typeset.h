/* hd-typeset.h — measuring and setting text for printed forms.
 *
 * Text is measured once, at 72 dpi with unhinted metrics and unrounded glyph positions, so that
 * a PDF surface and a printer's cairo context get the same line breaks and the same pages. Lines
 * are set on the face's fixed pitch with the ideographic em box centred in it, so that a line's
 * height does not depend on the face that happens to print it.
 */
#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "layout/hd-style.h"

G_BEGIN_DECLS

typedef struct _HdTypeset HdTypeset;

/* Finds the faces that print @style's families, logging once per process where a family list's
 * first face is missing and a substitute prints. */
HdTypeset    *hd_typeset_new              (HdStyle       *style);
void          hd_typeset_free             (HdTypeset     *typeset);

HdStyle      *hd_typeset_get_style        (HdTypeset     *typeset);
PangoContext *hd_typeset_get_context      (HdTypeset     *typeset);
/* Whether fontconfig has a face of @family on this machine. */
gboolean      hd_typeset_family_installed (const char    *family);
/* The family that prints @face's text (fontconfig's name for it). */
const char   *hd_typeset_get_family       (HdTypeset     *typeset,
                                           HdFace         face);

/* A layout in @face, breaking lines between any two characters where it must (Chinese has no
 * spaces; a long number breaks too). Body text is set on the grid of GB/T 9704: 28 characters
 * fill a line of the portrait type area. */
PangoLayout  *hd_typeset_new_layout       (HdTypeset     *typeset,
                                           HdFace         face,
                                           gboolean       bold);
/* The letter spacing, in points, that sets body text on the grid. */
double        hd_typeset_get_body_spacing (HdTypeset     *typeset);

/* While a page is drawn its text is gathered and shown a face at a time, in the order it is read:
 * a few calls to cairo for a page of hundreds of lines, where a PDF surface spends its time on
 * each call. */
void          hd_typeset_begin_page       (HdTypeset     *typeset);
void          hd_typeset_end_page         (HdTypeset     *typeset,
                                           cairo_t       *cr);
/* Draws lines [@first, @end) of @layout, line @first's pitch beginning at @top, @x being the
 * layout's left edge. */
void          hd_typeset_show_lines       (HdTypeset     *typeset,
                                           HdFace         face,
                                           cairo_t       *cr,
                                           PangoLayout   *layout,
                                           guint          first,
                                           guint          end,
                                           double         x,
                                           double         top);

/* How many glyphs of @layout no installed face has (Pango would draw them as boxes). */
guint         hd_typeset_count_missing_glyphs (PangoLayout *layout);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HdTypeset, hd_typeset_free)

G_END_DECLS
