/* hd-field-error.c */
#include "common/hd-field-error.h"

void
hd_field_error_set (GtkLabel   *label,
                    GtkWidget  *field,
                    const char *message)
{
  gtk_label_set_label (label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), message != NULL);
  if (field == NULL)
    return;
  if (message != NULL)
    gtk_widget_add_css_class (field, "error");
  else
    gtk_widget_remove_css_class (field, "error");
}
