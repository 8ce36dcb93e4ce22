/* hd-enum-labels.h — the labels of an enumeration as the model of a drop-down, where a label's
 * position is its value (after an "Any …" entry in a filter). */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef const char * (*HdEnumLabelFunc) (int value);

/* Defines `static const char *name (int value)` calling @get_label, which takes the enumeration
 * type: the adapter hd_enum_labels_new needs. */
#define HD_ENUM_LABEL_FUNC(name, get_label) \
  static const char *name (int value) { return get_label (value); }

/* A new list of @any (unless NULL) followed by the labels of the values @first … @n - 1. */
GtkStringList *hd_enum_labels_new (const char      *any,
                                   HdEnumLabelFunc  get_label,
                                   int              first,
                                   int              n);

G_END_DECLS
