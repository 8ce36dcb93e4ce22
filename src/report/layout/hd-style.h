/* hd-style.h — the faces, sizes and line pitches of printed forms.
 *
 * A face is a list of families, the office PC's own faces first (方正小标宋简体, 仿宋_GB2312 ...),
 * then the free CJK faces that the application's install brings. Pango takes the first family
 * installed, and for a character that face lacks (𠮷 in a name) falls back to one that has it.
 */
#pragma once

#include <pango/pango.h>

G_BEGIN_DECLS

typedef enum {
  HD_FACE_TITLE,        /* 2号 小标宋, bold */
  HD_FACE_BODY,         /* 3号 仿宋 */
  HD_FACE_TABLE,        /* the cells of ruled tables */
  HD_FACE_PAGE_NUMBER,  /* 4号 宋体 */
  HD_N_FACES
} HdFace;

typedef struct _HdStyle HdStyle;

HdStyle            *hd_style_new                  (void);
/* A new style with @style's faces, to change without changing @style. */
HdStyle            *hd_style_copy                 (HdStyle            *style);
HdStyle            *hd_style_ref                  (HdStyle            *style);
void                hd_style_unref                (HdStyle            *style);

const char * const *hd_style_default_families     (HdFace              face);
/* NULL or an empty list restores the default. */
void                hd_style_set_families         (HdStyle            *style,
                                                   HdFace              face,
                                                   const char * const *families);
const char * const *hd_style_get_families         (HdStyle            *style,
                                                   HdFace              face);
/* The type size and the distance from one line to the next, in points. */
void                hd_style_set_size             (HdStyle            *style,
                                                   HdFace              face,
                                                   double              size_pt,
                                                   double              pitch_pt);
double              hd_style_get_size             (HdStyle            *style,
                                                   HdFace              face);
double              hd_style_get_pitch            (HdStyle            *style,
                                                   HdFace              face);
/* The weight the face is printed in when a substitute prints it. The first family of a list
 * is the face meant and is used as it is designed: 方正小标宋 is heavy already and would be
 * smeared by a synthetic bold, while Noto Serif CJK standing in for it needs its bold. */
void                hd_style_set_weight           (HdStyle            *style,
                                                   HdFace              face,
                                                   PangoWeight         weight);
PangoWeight         hd_style_get_weight           (HdStyle            *style,
                                                   HdFace              face);

/* The face's families (comma-separated, as Pango takes them) and size, in normal weight. */
PangoFontDescription *hd_style_font_description   (HdStyle            *style,
                                                   HdFace              face);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HdStyle, hd_style_unref)

G_END_DECLS
