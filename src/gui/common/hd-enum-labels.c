/* hd-enum-labels.c */
#include "common/hd-enum-labels.h"

GtkStringList *
hd_enum_labels_new (const char      *any,
                    HdEnumLabelFunc  get_label,
                    int              first,
                    int              n)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  if (any != NULL)
    gtk_string_list_append (list, any);
  for (int i = first; i < n; i++)
    gtk_string_list_append (list, get_label (i));
  return list;
}
