/* hd-ledger-page-print.c — the Rectification area on paper and in files: Print (Ctrl+P) and
 * Export as PDF (Ctrl+Shift+E) open the print dialog (print/hd-print-dialog.h) on what the page
 * shows; Export Spreadsheet writes the ledger as filtered (print/hd-sheet-command.h). */
#include <glib/gi18n-lib.h>

#include "common/hd-dialog.h"
#include "ledger/hd-ledger-page-private.h"
#include "organisation/hd-unit.h"
#include "print/hd-print-dialog.h"
#include "print/hd-sheet-command.h"

static void
open_print_dialog (HdLedgerPage      *self,
                   HdPrintDialogMode  mode)
{
  GtkWindow *parent = hd_dialog_get_parent (GTK_WIDGET (self));
  gint64 task_id = hd_task_editor_get_task_id (self->editor);
  g_autoptr(HdTask) task = NULL;
  HdLedgerQuery query;
  HdPrintSource source = { .ledger = &query };
  HdPrintDialog *dialog;

  if (self->context == NULL || parent == NULL)
    return;
  hd_ledger_page_get_query (self, &query);
  if (task_id != 0)
    task = hd_task_load (hd_context_get_store (self->context), task_id, NULL);
  if (task != NULL)
    {
      source.task_unit_id = hd_task_get_unit_id (task);
      source.task_leader = hd_task_get_leader (task);
    }
  dialog = hd_print_dialog_new (parent, self->context, mode, &source);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
print_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  open_print_dialog (HD_LEDGER_PAGE (widget), HD_PRINT_DIALOG_PRINT);
}

static void
export_pdf_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  open_print_dialog (HD_LEDGER_PAGE (widget), HD_PRINT_DIALOG_EXPORT_PDF);
}

static void
export_sheet_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  HdLedgerPage *self = HD_LEDGER_PAGE (widget);
  GtkWindow *parent = hd_dialog_get_parent (widget);
  const char *form = hd_form_kind_get_label (HD_FORM_LEDGER);
  g_autoptr(HdUnit) unit = NULL;
  g_autofree char *name = NULL;
  HdLedgerQuery query;

  if (self->context == NULL || parent == NULL)
    return;
  hd_ledger_page_get_query (self, &query);
  if (query.unit_id != 0)
    unit = hd_unit_load (hd_context_get_store (self->context), query.unit_id, NULL);
  /* Translators: a spreadsheet's proposed name, without its extension: the ledger's name, then
   * the unit's, e.g. "整改落实台账-七坪镇". */
  name = unit != NULL ? g_strdup_printf (_("%s-%s"), form, hd_unit_get_name (unit)) : g_strdup (form);
  hd_sheet_command_choose_ledger (parent, self->context, &query, name);
}

void
hd_ledger_page_class_init_print (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "ledger.print", NULL, print_activated);
  gtk_widget_class_install_action (widget_class, "ledger.export-pdf", NULL, export_pdf_activated);
  gtk_widget_class_install_action (widget_class, "ledger.export-sheet", NULL, export_sheet_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "ledger.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "ledger.export-pdf", NULL);
}
