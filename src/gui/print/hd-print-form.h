/* hd-print-form.h — Print and Export as PDF of one document that needs no choices: a supervision
 * notice, a look-back round's summary. The form is built in a worker (hd-print-job.h); then GTK's
 * print dialog opens on it, or, for Export, it is written to the PDF file chosen first. What
 * happens is said in the window's notification (win.show-notification). */
#pragma once

#include <gtk/gtk.h>

#include "print/hd-print-job.h"

G_BEGIN_DECLS

/* @name says which form and whose ("督办通知单-督办〔2014〕第12号"): the print job's title and
 * the proposed file name. @build makes the form from @data, freed with @destroy. */
void hd_print_form (GtkWindow      *parent,
                    HdContext      *context,
                    gboolean        export_pdf,
                    const char     *name,
                    HdPrintBuild    build,
                    gpointer        data,
                    GDestroyNotify  destroy);

/* What Export does once the file is chosen: for the tests, which choose no file. */
void hd_print_form_export_to (GtkWindow      *parent,
                              HdContext      *context,
                              GFile          *file,
                              HdPrintBuild    build,
                              gpointer        data,
                              GDestroyNotify  destroy);

G_END_DECLS
