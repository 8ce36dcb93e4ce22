/* hd-print-form.c */
#include <glib/gi18n-lib.h>

#include "common/hd-file-chooser.h"
#include "print/hd-print-form.h"
#include "print/hd-print-operation.h"

typedef struct {
  GtkWindow      *parent;     /* weak */
  HdContext      *context;
  char           *name;
  char           *file_name;  /* for Export: the file's name, NULL to print */
  HdPrintBuild    build;
  gpointer        data;
  GDestroyNotify  destroy;
} Request;

static void
request_free (gpointer data)
{
  Request *request = data;

  g_clear_weak_pointer (&request->parent);
  g_object_unref (request->context);
  g_free (request->name);
  g_free (request->file_name);
  if (request->destroy != NULL)
    request->destroy (request->data);
  g_free (request);
}

static void
notify (Request    *request,
        const char *message)
{
  if (request->parent != NULL)
    gtk_widget_activate_action (GTK_WIDGET (request->parent), "win.show-notification", "s", message);
}

static void
job_done (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  Request *request = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(HdDocument) doc = hd_print_job_run_finish (HD_PRINT_JOB (source), result, &error);

  if (doc == NULL)
    notify (request, error->message);
  else if (request->file_name != NULL)
    {
      guint n_pages = hd_document_get_n_pages (doc);
      g_autofree char *message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Saved “%s”: %u page.",
                                                               "Saved “%s”: %u pages.", n_pages),
                                                  request->file_name, n_pages);

      notify (request, message);
    }
  else if (request->parent != NULL)
    hd_print_operation_run (request->parent, hd_context_get_settings (request->context), doc, request->name);
  request_free (request);
}

/* Builds the form in a worker, then prints it, or writes it to @path. Takes @request. */
static void
run (Request    *request,
     const char *path)
{
  g_autoptr(HdPrintJob) job = hd_print_job_new_for (request->context, request->build, request->data, request->destroy);
  g_autofree char *message = NULL;

  /* The job frees the data now. */
  request->destroy = NULL;
  if (path != NULL)
    hd_print_job_set_pdf_path (job, path);
  /* Translators: while a form is built; %s says which, e.g. "督办通知单-督办〔2014〕第12号". */
  message = g_strdup_printf (_("Preparing “%s”…"), request->name);
  notify (request, message);
  hd_print_job_run_async (job, job_done, request);
}

static Request *
request_new (GtkWindow      *parent,
             HdContext      *context,
             const char     *name,
             HdPrintBuild    build,
             gpointer        data,
             GDestroyNotify  destroy)
{
  Request *request = g_new0 (Request, 1);

  g_set_weak_pointer (&request->parent, parent);
  request->context = g_object_ref (context);
  request->name = g_strdup (name);
  request->build = build;
  request->data = data;
  request->destroy = destroy;
  return request;
}

static void
export_chosen (GtkWindow *parent,
               GFile     *file,
               gpointer   user_data)
{
  Request *request = user_data;

  hd_print_form_export_to (parent, request->context, file, request->build, request->data, request->destroy);
  /* The export took the data. */
  request->destroy = NULL;
}

void
hd_print_form_export_to (GtkWindow      *parent,
                         HdContext      *context,
                         GFile          *file,
                         HdPrintBuild    build,
                         gpointer        data,
                         GDestroyNotify  destroy)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *base = g_file_get_basename (file);
  Request *request = request_new (parent, context, base, build, data, destroy);

  if (path == NULL)
    {
      notify (request, _("The PDF file must go into a folder on this computer. Choose a local folder."));
      request_free (request);
      return;
    }
  request->file_name = g_steal_pointer (&base);
  run (request, path);
}

void
hd_print_form (GtkWindow      *parent,
               HdContext      *context,
               gboolean        export_pdf,
               const char     *name,
               HdPrintBuild    build,
               gpointer        data,
               GDestroyNotify  destroy)
{
  Request *request;

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (HD_IS_CONTEXT (context));

  request = request_new (parent, context, name, build, data, destroy);
  if (export_pdf)
    {
      g_autoptr(GListStore) filters = hd_file_chooser_filters_new (_("PDF Documents (*.pdf)"), "*.[pP][dD][fF]");
      /* Translators: the proposed name of an exported PDF; %s is the form's and whose. */
      g_autofree char *file_name = g_strdup_printf (_("%s.pdf"), name);

      hd_file_chooser_choose (parent, HD_FILE_CHOOSER_SAVE, _("Export as PDF"), _("_Export"), filters, NULL,
                              file_name, export_chosen, request, request_free);
    }
  else
    run (request, NULL);
}
