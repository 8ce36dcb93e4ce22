/* hd-print-style.c */
#include "print/hd-print-style.h"

static const struct {
  const char *key;
  HdFace      face;
} face_keys[] = {
  { "print-title-faces", HD_FACE_TITLE },
  { "print-body-faces", HD_FACE_BODY },
  { "print-table-faces", HD_FACE_TABLE },
};

HdStyle *
hd_print_style_new (GSettings *settings)
{
  HdStyle *style = hd_style_new ();

  g_return_val_if_fail (G_IS_SETTINGS (settings), style);

  for (guint i = 0; i < G_N_ELEMENTS (face_keys); i++)
    {
      g_auto(GStrv) families = g_settings_get_strv (settings, face_keys[i].key);

      hd_style_set_families (style, face_keys[i].face, (const char * const *) families);
    }
  return style;
}
