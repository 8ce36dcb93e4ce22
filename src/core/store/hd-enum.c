/* hd-enum.c */
#include <glib/gi18n-lib.h>

#include "store/hd-enum.h"

const char *
hd_enum_to_string (const HdEnum *table,
                   guint         value)
{
  g_return_val_if_fail (value < table->n_values, NULL);
  return table->values[value].token;
}

gboolean
hd_enum_from_string (const HdEnum *table,
                     const char   *token,
                     guint        *value)
{
  g_return_val_if_fail (value != NULL, FALSE);

  for (guint i = 0; token != NULL && i < table->n_values; i++)
    if (table->values[i].token != NULL && g_str_equal (token, table->values[i].token))
      {
        *value = i;
        return TRUE;
      }
  return FALSE;
}

const char *
hd_enum_get_label (const HdEnum *table,
                   guint         value)
{
  g_return_val_if_fail (value < table->n_values, NULL);

  if (table->values[value].label == NULL)
    return "";
  if (table->context == NULL)
    return g_dgettext (GETTEXT_PACKAGE, table->values[value].label);
  return g_dpgettext2 (GETTEXT_PACKAGE, table->context, table->values[value].label);
}
