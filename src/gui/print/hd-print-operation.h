/* hd-print-operation.h — a laid-out document through GTK's print dialog: its pages drawn as they
 * are (the full sheet, in points, the page setup turned as the form is), the print settings and
 * page setup kept in the settings (print-settings, page-setup) from one print to the next, and
 * the dialog's Preview shown by the application (hd-print-preview.h) rather than by an external
 * viewer that may not be installed. Never waits: the print dialog is not modal to the program. */
#pragma once

#include <gtk/gtk.h>

#include "layout/hd-document.h"

G_BEGIN_DECLS

/* Opens GTK's print dialog over @parent for @doc, the job named @title. Failures are said in
 * @parent's notification (win.show-notification). */
void hd_print_operation_run (GtkWindow  *parent,
                             GSettings  *settings,
                             HdDocument *doc,
                             const char *title);

G_END_DECLS
