/* hd-print-job.c */
#include "common/hd-worker.h"
#include "print/hd-print-job.h"
#include "print/hd-print-style.h"
#include "print/hd-query-copy.h"

struct _HdPrintJob
{
  GObject            parent_instance;

  /* Set before the run, then only read by the worker. */
  char              *db_path;
  HdFormKind         kind;
  HdLedgerQueryCopy *query;
  HdPrintBuild       build;        /* in place of kind and query */
  gpointer           build_data;
  GDestroyNotify     build_destroy;
  HdStyle           *style;
  char              *opinions_address;
  char              *pdf_path;
  GCancellable      *cancellable;

  /* Written by the worker, read by the window. */
  int                done;
  int                total;   /* -1 until known */
};

G_DEFINE_FINAL_TYPE (HdPrintJob, hd_print_job, G_TYPE_OBJECT)

static void
hd_print_job_finalize (GObject *object)
{
  HdPrintJob *self = HD_PRINT_JOB (object);

  g_free (self->db_path);
  g_clear_pointer (&self->query, hd_ledger_query_copy_free);
  if (self->build_destroy != NULL)
    self->build_destroy (self->build_data);
  g_clear_pointer (&self->style, hd_style_unref);
  g_free (self->opinions_address);
  g_free (self->pdf_path);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (hd_print_job_parent_class)->finalize (object);
}

static void
hd_print_job_class_init (HdPrintJobClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hd_print_job_finalize;
}

static void
hd_print_job_init (HdPrintJob *self)
{
  self->cancellable = g_cancellable_new ();
  self->total = -1;
}

static HdPrintJob *
job_new (HdContext *context)
{
  GSettings *settings = hd_context_get_settings (context);
  HdPrintJob *self = g_object_new (HD_TYPE_PRINT_JOB, NULL);

  self->db_path = g_strdup (hd_store_get_path (hd_context_get_store (context)));
  self->style = hd_print_style_new (settings);
  self->opinions_address = g_settings_get_string (settings, "public-notice-opinions-address");
  return self;
}

HdPrintJob *
hd_print_job_new (HdContext           *context,
                  HdFormKind           kind,
                  const HdLedgerQuery *query)
{
  HdPrintJob *self;

  g_return_val_if_fail (HD_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  self = job_new (context);
  self->kind = kind;
  self->query = hd_ledger_query_copy_new (query);
  return self;
}

HdPrintJob *
hd_print_job_new_for (HdContext      *context,
                      HdPrintBuild    build,
                      gpointer        data,
                      GDestroyNotify  destroy)
{
  HdPrintJob *self;

  g_return_val_if_fail (HD_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (build != NULL, NULL);

  self = job_new (context);
  self->build = build;
  self->build_data = data;
  self->build_destroy = destroy;
  return self;
}

void
hd_print_job_set_pdf_path (HdPrintJob *self,
                           const char *path)
{
  g_return_if_fail (HD_IS_PRINT_JOB (self));

  g_free (self->pdf_path);
  self->pdf_path = g_strdup (path);
}

/* In the worker. */
static void
progress_cb (guint    done,
             guint    total,
             gpointer user_data)
{
  HdPrintJob *self = user_data;

  g_atomic_int_set (&self->total, (int) total);
  g_atomic_int_set (&self->done, (int) done);
}

static void
build_thread (GTask        *task,
              gpointer      source,
              gpointer      data,
              GCancellable *cancellable)
{
  HdPrintJob *self = HD_PRINT_JOB (source);
  HdFormOptions options = {
    .style = self->style, .opinions_address = self->opinions_address, .cancellable = cancellable,
    .progress = progress_cb, .progress_data = self,
  };
  g_autoptr(GError) error = NULL;
  /* SQLite connections stay in their thread: this one is the worker's. */
  g_autoptr(HdStore) store = hd_store_open (self->db_path, &error);
  g_autoptr(HdDocument) doc = NULL;

  if (store != NULL && self->build != NULL)
    doc = self->build (store, &options, self->build_data, &error);
  else if (store != NULL)
    doc = hd_form_new (store, self->kind, &self->query->query, &options, &error);
  if (doc != NULL && self->pdf_path != NULL &&
      (g_cancellable_set_error_if_cancelled (cancellable, &error) ||
       !hd_document_write_pdf (doc, self->pdf_path, &error)))
    g_clear_object (&doc);
  if (doc == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, g_steal_pointer (&doc), g_object_unref);
}

void
hd_print_job_run_async (HdPrintJob          *self,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (HD_IS_PRINT_JOB (self));

  task = g_task_new (self, self->cancellable, callback, user_data);
  g_task_set_source_tag (task, hd_print_job_run_async);
  hd_worker_run (task, build_thread);
}

HdDocument *
hd_print_job_run_finish (HdPrintJob    *self,
                         GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

void
hd_print_job_cancel (HdPrintJob *self)
{
  g_return_if_fail (HD_IS_PRINT_JOB (self));
  g_cancellable_cancel (self->cancellable);
}

gboolean
hd_print_job_get_progress (HdPrintJob *self,
                           guint      *done,
                           guint      *total)
{
  int known_total;

  g_return_val_if_fail (HD_IS_PRINT_JOB (self), FALSE);

  known_total = g_atomic_int_get (&self->total);
  if (known_total < 0)
    return FALSE;
  *total = (guint) known_total;
  *done = (guint) g_atomic_int_get (&self->done);
  return TRUE;
}
