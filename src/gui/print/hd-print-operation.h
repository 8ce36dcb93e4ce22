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

/* The print settings and the page setup (paper, margins) of the last print, A4 at first, turned
 * to @orientation: a ledger prints landscape whatever the last task sheet did. */
GtkPrintSettings *hd_print_operation_load_settings   (GSettings          *settings,
                                                      GtkPageOrientation  orientation);
GtkPageSetup     *hd_print_operation_load_page_setup (GSettings          *settings,
                                                      GtkPageOrientation  orientation);
/* Keeps them for the next print; either may be NULL. */
void              hd_print_operation_save            (GSettings          *settings,
                                                      GtkPrintSettings   *print_settings,
                                                      GtkPageSetup       *page_setup);

G_END_DECLS
