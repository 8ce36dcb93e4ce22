/* hd-print-dialog.h — Print (Ctrl+P) and Export as PDF (Ctrl+Shift+E) in the Rectification area:
 * the form that fits what is shown, with its options; then the form built in a worker with a
 * progress bar and Cancel (hd-print-job.h), and either GTK's print dialog with the application's
 * own preview (hd-print-operation.h) or a PDF file chosen with the file chooser, said in the
 * window's notification (win.show-notification). */
#pragma once

#include <gtk/gtk.h>

#include "hd-context.h"
#include "print/hd-print-choice.h"

G_BEGIN_DECLS

typedef enum {
  HD_PRINT_DIALOG_PRINT,
  HD_PRINT_DIALOG_EXPORT_PDF,
} HdPrintDialogMode;

#define HD_TYPE_PRINT_DIALOG (hd_print_dialog_get_type ())
G_DECLARE_FINAL_TYPE (HdPrintDialog, hd_print_dialog, HD, PRINT_DIALOG, GtkWindow)

/* Over @parent; @source (copied) is what the page shows. Opens on the ledger. */
HdPrintDialog *hd_print_dialog_new             (GtkWindow           *parent,
                                                HdContext           *context,
                                                HdPrintDialogMode    mode,
                                                const HdPrintSource *source);
HdPrintChoice  hd_print_dialog_get_choice      (HdPrintDialog       *self);
/* Only a choice that is possible (hd_print_choice_is_possible()). */
void           hd_print_dialog_set_choice      (HdPrintDialog       *self,
                                                HdPrintChoice        choice);
/* "整改落实台账-七坪镇.pdf": the form's name and whose it is. */
char          *hd_print_dialog_propose_name    (HdPrintDialog       *self);
/* What Export as PDF does once a file is chosen: builds the chosen form and writes it there,
 * then closes and says so in the parent's notification; on failure the dialog stays open and
 * says why (hd_print_dialog_get_error()). */
void           hd_print_dialog_export_to       (HdPrintDialog       *self,
                                                GFile               *file);
/* TRUE while the form is being built. */
gboolean       hd_print_dialog_get_busy        (HdPrintDialog       *self);
/* Why the last try failed, or NULL. */
const char    *hd_print_dialog_get_error       (HdPrintDialog       *self);

G_END_DECLS
