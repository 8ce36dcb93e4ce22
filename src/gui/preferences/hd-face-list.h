/* hd-face-list.h — a printed face's family list as the clerk types it in Preferences:
 * "方正小标宋简体, Noto Serif CJK SC". No display needed: tested on its own. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The families of @text, separated by commas (，、; too), without the spaces around them, each
 * once; an empty list for blank text. */
GStrv  hd_face_list_parse          (const char          *text);
/* @families as the clerk reads them: "A, B". */
char  *hd_face_list_format         (const char * const  *families);
/* NULL when every family of @families is installed on this computer; else a message that names
 * the first one missing and says what to do. */
char  *hd_face_list_check          (const char * const  *families);
/* The first of @families installed on this computer, or NULL. */
const char *hd_face_list_first_installed (const char * const *families);

G_END_DECLS
