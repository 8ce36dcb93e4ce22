/* hd-face-list.c */
#include <glib/gi18n-lib.h>

#include "layout/hd-typeset.h"
#include "preferences/hd-face-list.h"

GStrv
hd_face_list_parse (const char *text)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) parts = NULL;
  g_autoptr(GString) normal = g_string_new (text != NULL ? text : "");

  /* The Chinese comma and the enumeration comma are typed as often as the Latin one. */
  g_string_replace (normal, "，", ",", 0);
  g_string_replace (normal, "、", ",", 0);
  g_string_replace (normal, "；", ",", 0);
  g_string_replace (normal, ";", ",", 0);
  parts = g_strsplit (normal->str, ",", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *family = g_strstrip (parts[i]);
      g_autofree char *folded = g_utf8_casefold (family, -1);

      if (*family == '\0' || g_ptr_array_find_with_equal_func (seen, folded, g_str_equal, NULL))
        continue;
      g_strv_builder_add (builder, family);
      g_ptr_array_add (seen, g_steal_pointer (&folded));
    }
  return g_strv_builder_end (builder);
}

char *
hd_face_list_format (const char * const *families)
{
  return g_strjoinv (", ", (char **) families);
}

char *
hd_face_list_check (const char * const *families)
{
  for (guint i = 0; families[i] != NULL; i++)
    {
      if (!hd_typeset_family_installed (families[i]))
        /* Translators: %s is a font family the clerk typed in Preferences. */
        return g_strdup_printf (_("No font “%s” is installed on this computer. Type the family as the computer’s "
                                  "font list names it, separate families with commas, or use the built-in faces."),
                                families[i]);
    }
  return NULL;
}

const char *
hd_face_list_first_installed (const char * const *families)
{
  for (guint i = 0; families[i] != NULL; i++)
    {
      if (hd_typeset_family_installed (families[i]))
        return families[i];
    }
  return NULL;
}
