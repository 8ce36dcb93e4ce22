/* hd-text.h — blocks of text on the body's grid: a title, paragraphs, single lines, space. */
#pragma once

#include "layout/hd-block.h"

G_BEGIN_DECLS

typedef enum {
  HD_ALIGN_START,
  HD_ALIGN_CENTER,
  HD_ALIGN_END,
} HdAlign;

typedef struct _HdText HdText;

/* The title: 2号, centred, its lines balanced so that they make a symmetric shape, and kept
 * together on one page. */
HdText  *hd_text_new_title     (const char *text);
/* Body text: 3号, justified, its first line two characters in. */
HdText  *hd_text_new_paragraph (const char *text);
/* Body text aligned as told, without indent: a signature, a date, "附件：". */
HdText  *hd_text_new_line      (const char *text,
                                HdAlign     align);
/* Lines of body text (separated by "\n") kept together on one page: a signature with its date. */
HdText  *hd_text_new_kept_lines (const char *text,
                                 HdAlign     align);
/* @n_lines empty body lines; space that would begin a page is left out. */
HdText  *hd_text_new_space     (guint       n_lines);

HdBlock *hd_text_get_block     (HdText     *text);
/* After measuring: the number of lines and their pitch, in points. */
guint    hd_text_get_n_lines   (HdText     *text);
double   hd_text_get_pitch     (HdText     *text);

G_END_DECLS
