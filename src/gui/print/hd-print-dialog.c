/* hd-print-dialog.c
 *
 * The dialog stays open while the form is built, showing the worker's progress (read every
 * tenth of a second: the form reports from the worker's thread, see hd-print-job.h); Cancel
 * there stops the worker and closes. A form that cannot be made (no task to print, a folder that
 * cannot be written) brings the choice back with the reason, so that the clerk can choose again.
 */
#include <glib/gi18n-lib.h>

#include "common/hd-dialog.h"
#include "common/hd-file-chooser.h"
#include "organisation/hd-unit.h"
#include "print/hd-print-dialog.h"
#include "print/hd-print-job.h"
#include "print/hd-print-operation.h"
#include "print/hd-query-copy.h"

#define PROGRESS_INTERVAL_MS 100

struct _HdPrintDialog
{
  GtkWindow          parent_instance;

  HdContext         *context;
  HdPrintDialogMode  mode;
  HdLedgerQueryCopy *ledger;        /* the page's query */
  gint64             task_unit_id;  /* the selected task's, 0: none */
  char              *task_leader;
  char              *unit_name;     /* the unit shown, NULL: every unit */
  char              *task_unit_name;
  HdPrintJob        *job;
  guint              progress_id;
  char              *pdf_name;      /* the file being written, for the notification */
  char              *error;

  GtkButton         *go_button;
  GtkStack          *stack;
  GtkCheckButton    *ledger_check;
  GtkCheckButton    *leader_check;
  GtkCheckButton    *unit_check;
  GtkCheckButton    *public_check;
  GtkWidget         *address_box;
  GtkEntry          *address_entry;
  GtkLabel          *error_label;
  GtkLabel          *progress_label;
  GtkProgressBar    *progress_bar;
};

G_DEFINE_FINAL_TYPE (HdPrintDialog, hd_print_dialog, GTK_TYPE_WINDOW)

static GtkCheckButton *
choice_check (HdPrintDialog *self,
              HdPrintChoice  choice)
{
  GtkCheckButton *checks[HD_PRINT_N_CHOICES] = {
    self->ledger_check, self->leader_check, self->unit_check, self->public_check,
  };

  return checks[choice];
}

static void
source_of (HdPrintDialog *self,
           HdPrintSource *source)
{
  source->ledger = &self->ledger->query;
  source->task_unit_id = self->task_unit_id;
  source->task_leader = self->task_leader;
}

static void
show_error (HdPrintDialog *self,
            const char    *message)
{
  g_free (self->error);
  self->error = g_strdup (message);
  gtk_label_set_label (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

/* ---- the choice ---- */

/* A check button's two lines: what the form is, and what it would hold. */
static void
set_check_text (GtkCheckButton *check,
                const char     *title,
                const char     *detail)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title_label = gtk_label_new (title);
  GtkWidget *detail_label = gtk_label_new (detail);

  gtk_label_set_xalign (GTK_LABEL (title_label), 0);
  gtk_label_set_xalign (GTK_LABEL (detail_label), 0);
  gtk_label_set_wrap (GTK_LABEL (detail_label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (detail_label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (detail_label), 50);
  gtk_widget_add_css_class (detail_label, "dim-label");
  gtk_box_append (GTK_BOX (box), title_label);
  gtk_box_append (GTK_BOX (box), detail_label);
  gtk_check_button_set_child (check, box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, detail, -1);
}

static char *
unit_name (HdPrintDialog *self,
           gint64         unit_id)
{
  g_autoptr(HdUnit) unit = NULL;

  if (unit_id != 0)
    unit = hd_unit_load (hd_context_get_store (self->context), unit_id, NULL);
  return unit != NULL ? g_strdup (hd_unit_get_name (unit)) : NULL;
}

static void
label_choices (HdPrintDialog *self)
{
  HdPrintSource source;
  const char *shown = self->unit_name != NULL ? self->unit_name : _("every unit");
  g_autofree char *ledger = NULL;
  g_autofree char *leader = NULL;
  g_autofree char *unit = NULL;
  g_autofree char *public = NULL;

  source_of (self, &source);
  /* Translators: %s is the unit whose ledger is shown, e.g. "七坪镇". */
  ledger = g_strdup_printf (_("The ledger of %s as shown, with its filters and search"), shown);
  set_check_text (self->ledger_check, hd_form_kind_get_label (HD_FORM_LEDGER), ledger);

  if (hd_print_choice_is_possible (HD_PRINT_CHOICE_LEADER_SHEET, &source))
    /* Translators: a responsible leader's task sheet: "李建国's tasks in the ledger of 七坪镇". */
    leader = g_strdup_printf (_("%s’s tasks in the ledger of %s, to sign"), self->task_leader, shown);
  else
    leader = g_strdup (_("Select a task that names a responsible leader to print that leader’s task sheet."));
  set_check_text (self->leader_check, _("Task Sheet of the Responsible Leader"), leader);

  if (hd_print_choice_is_possible (HD_PRINT_CHOICE_UNIT_SHEET, &source))
    /* Translators: a responsible unit's task sheet; %s is the unit, e.g. "周家营村". */
    unit = g_strdup_printf (_("The tasks %s is responsible for, to sign"),
                            self->task_unit_name != NULL ? self->task_unit_name : "");
  else
    unit = g_strdup (_("Select a task to print its responsible unit’s task sheet."));
  set_check_text (self->unit_check, _("Task Sheet of the Responsible Unit"), unit);

  if (hd_print_choice_is_possible (HD_PRINT_CHOICE_PUBLIC, &source))
    /* Translators: %s is the unit whose ledger is shown, e.g. "七坪镇". */
    public = g_strdup_printf (_("Every task of %s, without what is for the office only"), shown);
  else
    public = g_strdup (_("Show the ledger of one unit (Ctrl+U) to print its public notice."));
  set_check_text (self->public_check, hd_form_kind_get_label (HD_FORM_PUBLIC), public);

  for (guint c = 0; c < HD_PRINT_N_CHOICES; c++)
    gtk_widget_set_sensitive (GTK_WIDGET (choice_check (self, c)), hd_print_choice_is_possible (c, &source));
}

HdPrintChoice
hd_print_dialog_get_choice (HdPrintDialog *self)
{
  g_return_val_if_fail (HD_IS_PRINT_DIALOG (self), HD_PRINT_CHOICE_LEDGER);

  for (guint c = 0; c < HD_PRINT_N_CHOICES; c++)
    if (gtk_check_button_get_active (choice_check (self, c)))
      return c;
  return HD_PRINT_CHOICE_LEDGER;
}

void
hd_print_dialog_set_choice (HdPrintDialog *self,
                            HdPrintChoice  choice)
{
  HdPrintSource source;

  g_return_if_fail (HD_IS_PRINT_DIALOG (self));
  g_return_if_fail (choice < HD_PRINT_N_CHOICES);

  source_of (self, &source);
  g_return_if_fail (hd_print_choice_is_possible (choice, &source));
  gtk_check_button_set_active (choice_check (self, choice), TRUE);
}

static void
choice_toggled_cb (HdPrintDialog *self)
{
  gtk_widget_set_sensitive (self->address_box, hd_print_dialog_get_choice (self) == HD_PRINT_CHOICE_PUBLIC);
  show_error (self, NULL);
}

/* "整改落实台账-七坪镇": the form's name and whose it is, for the print job and the file. */
static char *
dup_title (HdPrintDialog *self)
{
  HdPrintChoice choice = hd_print_dialog_get_choice (self);
  const char *form = hd_form_kind_get_label (hd_print_choice_get_form (choice));
  const char *whose;

  if (choice == HD_PRINT_CHOICE_LEADER_SHEET)
    whose = self->task_leader;
  else if (choice == HD_PRINT_CHOICE_UNIT_SHEET)
    whose = self->task_unit_name;
  else
    whose = self->unit_name;
  if (whose == NULL || *whose == '\0')
    return g_strdup (form);
  /* Translators: a printed form's name, then whose it is, e.g. "整改落实台账-七坪镇": the
   * print job's name and, with ".pdf", the proposed file name. */
  return g_strdup_printf (_("%s-%s"), form, whose);
}

char *
hd_print_dialog_propose_name (HdPrintDialog *self)
{
  g_autofree char *title = NULL;

  g_return_val_if_fail (HD_IS_PRINT_DIALOG (self), NULL);

  title = dup_title (self);
  return g_strconcat (title, ".pdf", NULL);
}

/* ---- building the form ---- */

static void
stop_progress (HdPrintDialog *self)
{
  g_clear_handle_id (&self->progress_id, g_source_remove);
}

static gboolean
progress_cb (gpointer user_data)
{
  HdPrintDialog *self = HD_PRINT_DIALOG (user_data);
  guint done, total;
  g_autofree char *text = NULL;

  if (self->job == NULL || !hd_print_job_get_progress (self->job, &done, &total))
    {
      gtk_progress_bar_pulse (self->progress_bar);
      return G_SOURCE_CONTINUE;
    }
  if (done < total)
    /* Translators: the progress of a form being built: tasks read of all. */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u task", "%u of %u tasks", total), done, total);
  else
    text = g_strdup (_("Laying out the pages…"));
  gtk_progress_bar_set_fraction (self->progress_bar, total > 0 ? (double) done / total : 1.0);
  gtk_progress_bar_set_text (self->progress_bar, text);
  return G_SOURCE_CONTINUE;
}

static void
set_busy (HdPrintDialog *self,
          gboolean       busy)
{
  gtk_stack_set_visible_child_name (self->stack, busy ? "progress" : "choose");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "print-dialog.go", !busy);
  if (busy)
    {
      gtk_progress_bar_set_fraction (self->progress_bar, 0);
      gtk_progress_bar_set_text (self->progress_bar, _("Reading the tasks…"));
      self->progress_id = g_timeout_add (PROGRESS_INTERVAL_MS, progress_cb, self);
    }
  else
    stop_progress (self);
}

static void
notify_parent (HdPrintDialog *self,
               const char    *message)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  if (parent != NULL)
    gtk_widget_activate_action (GTK_WIDGET (parent), "win.show-notification", "s", message);
}

static void
job_done (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(HdPrintDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(HdDocument) doc = hd_print_job_run_finish (HD_PRINT_JOB (source), result, &error);
  g_autoptr(HdPrintJob) job = NULL;

  /* Cancelled, or the dialog closed: nothing more to say. */
  if (self->job != HD_PRINT_JOB (source))
    return;
  job = g_steal_pointer (&self->job);
  set_busy (self, FALSE);
  if (doc == NULL)
    {
      show_error (self, error->message);
      return;
    }
  if (self->mode == HD_PRINT_DIALOG_EXPORT_PDF)
    {
      guint n_pages = hd_document_get_n_pages (doc);
      /* Translators: said once a form is exported: the file's name and its number of pages. */
      g_autofree char *message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Saved “%s”: %u page.",
                                                               "Saved “%s”: %u pages.", n_pages),
                                                  self->pdf_name, n_pages);

      notify_parent (self, message);
    }
  else
    {
      GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
      g_autofree char *title = dup_title (self);

      if (parent != NULL)
        hd_print_operation_run (parent, hd_context_get_settings (self->context), doc, title);
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
save_address (HdPrintDialog *self)
{
  GSettings *settings = hd_context_get_settings (self->context);
  const char *address = gtk_editable_get_text (GTK_EDITABLE (self->address_entry));
  g_autofree char *saved = g_settings_get_string (settings, "public-notice-opinions-address");
  g_autofree char *stripped = g_strstrip (g_strdup (address));

  if (!g_str_equal (saved, stripped))
    g_settings_set_string (settings, "public-notice-opinions-address", stripped);
}

/* Builds the chosen form in a worker; with @path, writes it there as PDF too. */
static void
start (HdPrintDialog *self,
       const char    *path)
{
  HdPrintChoice choice = hd_print_dialog_get_choice (self);
  HdPrintSource source;
  HdLedgerQuery query;

  if (choice == HD_PRINT_CHOICE_PUBLIC)
    save_address (self);
  source_of (self, &source);
  hd_print_choice_make_query (choice, &source, &query);
  show_error (self, NULL);

  self->job = hd_print_job_new (self->context, hd_print_choice_get_form (choice), &query);
  if (path != NULL)
    hd_print_job_set_pdf_path (self->job, path);
  {
    g_autofree char *text = NULL;

    /* Translators: while a form is built; %s is its name, e.g. "整改落实台账". */
    text = g_strdup_printf (_("Preparing the %s…"), hd_form_kind_get_label (hd_print_choice_get_form (choice)));
    gtk_label_set_label (self->progress_label, text);
  }
  set_busy (self, TRUE);
  hd_print_job_run_async (self->job, job_done, g_object_ref (self));
}

void
hd_print_dialog_export_to (HdPrintDialog *self,
                           GFile         *file)
{
  g_autofree char *path = NULL;

  g_return_if_fail (HD_IS_PRINT_DIALOG (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (self->job == NULL);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      show_error (self, _("The PDF file must go into a folder on this computer. Choose a local folder."));
      return;
    }
  g_free (self->pdf_name);
  self->pdf_name = g_file_get_basename (file);
  start (self, path);
}

static void
pdf_file_chosen (GtkWindow *window,
                 GFile     *file,
                 gpointer   user_data)
{
  hd_print_dialog_export_to (HD_PRINT_DIALOG (window), file);
}

static void
go_activated (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  HdPrintDialog *self = HD_PRINT_DIALOG (widget);
  g_autoptr(GListStore) filters = NULL;
  g_autofree char *name = NULL;

  if (self->job != NULL)
    return;
  if (self->mode == HD_PRINT_DIALOG_PRINT)
    {
      start (self, NULL);
      return;
    }
  filters = hd_file_chooser_filters_new (_("PDF Documents (*.pdf)"), "*.[pP][dD][fF]");
  name = hd_print_dialog_propose_name (self);
  hd_file_chooser_choose (GTK_WINDOW (self), HD_FILE_CHOOSER_SAVE, _("Export as PDF"), _("_Export"), filters,
                          NULL, name, pdf_file_chosen, NULL, NULL);
}

static void
cancel (HdPrintDialog *self)
{
  g_autoptr(HdPrintJob) job = g_steal_pointer (&self->job);

  if (job != NULL)
    hd_print_job_cancel (job);
  stop_progress (self);
}

static void
cancel_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  cancel (HD_PRINT_DIALOG (widget));
  gtk_window_destroy (GTK_WINDOW (widget));
}

gboolean
hd_print_dialog_get_busy (HdPrintDialog *self)
{
  g_return_val_if_fail (HD_IS_PRINT_DIALOG (self), FALSE);
  return self->job != NULL;
}

const char *
hd_print_dialog_get_error (HdPrintDialog *self)
{
  g_return_val_if_fail (HD_IS_PRINT_DIALOG (self), NULL);
  return self->error;
}

/* ---- object ---- */

static void
hd_print_dialog_dispose (GObject *object)
{
  HdPrintDialog *self = HD_PRINT_DIALOG (object);

  cancel (self);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (hd_print_dialog_parent_class)->dispose (object);
}

static void
hd_print_dialog_finalize (GObject *object)
{
  HdPrintDialog *self = HD_PRINT_DIALOG (object);

  hd_ledger_query_copy_free (self->ledger);
  g_free (self->task_leader);
  g_free (self->unit_name);
  g_free (self->task_unit_name);
  g_free (self->pdf_name);
  g_free (self->error);

  G_OBJECT_CLASS (hd_print_dialog_parent_class)->finalize (object);
}

static void
hd_print_dialog_class_init (HdPrintDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hd_print_dialog_dispose;
  object_class->finalize = hd_print_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/huodongban/Huodongban/print/hd-print-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HdPrintDialog, go_button);
  gtk_widget_class_bind_template_child (widget_class, HdPrintDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, HdPrintDialog, ledger_check);
  gtk_widget_class_bind_template_child (widget_class, HdPrintDialog, leader_check);
  gtk_widget_class_bind_template_child (widget_class, HdPrintDialog, unit_check);
  gtk_widget_class_bind_template_child (widget_class, HdPrintDialog, public_check);
  gtk_widget_class_bind_template_child (widget_class, HdPrintDialog, address_box);
  gtk_widget_class_bind_template_child (widget_class, HdPrintDialog, address_entry);
  gtk_widget_class_bind_template_child (widget_class, HdPrintDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, HdPrintDialog, progress_label);
  gtk_widget_class_bind_template_child (widget_class, HdPrintDialog, progress_bar);
  gtk_widget_class_bind_template_callback (widget_class, choice_toggled_cb);

  gtk_widget_class_install_action (widget_class, "print-dialog.go", NULL, go_activated);
  gtk_widget_class_install_action (widget_class, "print-dialog.cancel", NULL, cancel_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "print-dialog.cancel", NULL);
}

/* Enter on a form's check button would only choose it again: there it goes ahead, as in an
 * entry. */
static gboolean
enter_on_choice (GtkWidget *widget,
                 GVariant  *args,
                 gpointer   user_data)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (widget));

  if (!GTK_IS_CHECK_BUTTON (focus) || !gtk_widget_is_sensitive (GTK_WIDGET (HD_PRINT_DIALOG (widget)->go_button)))
    return FALSE;
  return gtk_widget_activate_action (widget, "print-dialog.go", NULL);
}

static void
hd_print_dialog_init (HdPrintDialog *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("Return|KP_Enter"),
                                                          gtk_callback_action_new (enter_on_choice, NULL, NULL)));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

HdPrintDialog *
hd_print_dialog_new (GtkWindow           *parent,
                     HdContext           *context,
                     HdPrintDialogMode    mode,
                     const HdPrintSource *source)
{
  HdPrintDialog *self;
  g_autofree char *address = NULL;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (HD_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (source != NULL && source->ledger != NULL, NULL);

  self = hd_dialog_new (HD_TYPE_PRINT_DIALOG, parent);
  self->context = g_object_ref (context);
  self->mode = mode;
  self->ledger = hd_ledger_query_copy_new (source->ledger);
  self->task_unit_id = source->task_unit_id;
  self->task_leader = g_strdup (source->task_leader);
  self->unit_name = unit_name (self, source->ledger->unit_id);
  self->task_unit_name = unit_name (self, source->task_unit_id);

  gtk_window_set_title (GTK_WINDOW (self), mode == HD_PRINT_DIALOG_PRINT ? _("Print") : _("Export as PDF"));
  gtk_button_set_label (self->go_button, mode == HD_PRINT_DIALOG_PRINT ? _("_Print…") : _("_Export…"));
  address = g_settings_get_string (hd_context_get_settings (context), "public-notice-opinions-address");
  gtk_editable_set_text (GTK_EDITABLE (self->address_entry), address);
  label_choices (self);
  choice_toggled_cb (self);
  return self;
}
