/* hd-field-error.h — a form's message under the field it is about. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Shows @message in @label and marks @field with the error style; NULL hides the label and
 * takes the mark away. @field may be NULL: @label is then the form's own error line. */
void hd_field_error_set (GtkLabel   *label,
                         GtkWidget  *field,
                         const char *message);

G_END_DECLS
