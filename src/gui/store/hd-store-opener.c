/* hd-store-opener.c */
#include <glib/gi18n-lib.h>

#include "backup/hd-backup-restore.h"
#include "common/hd-worker.h"
#include "store/hd-store-opener.h"

typedef struct {
  char     *path;
  char     *copy;
  char     *kept_copy;
  GWeakRef  progress;
} Job;

static void
job_free (Job *job)
{
  g_free (job->path);
  g_free (job->copy);
  g_free (job->kept_copy);
  g_weak_ref_clear (&job->progress);
  g_free (job);
}

typedef struct {
  HdProgressWindow *progress;
  char             *step;
  guint             done, total;
} Step;

static gboolean
show_step (gpointer data)
{
  Step *step = data;

  hd_progress_window_set_step (step->progress, step->step, step->done, step->total);
  g_object_unref (step->progress);
  g_free (step->step);
  g_free (step);
  return G_SOURCE_REMOVE;
}

/* Called in the worker: the window is only touched in the main thread. */
static void
report_step (const char *text,
             guint       done,
             guint       total,
             gpointer    user_data)
{
  Job *job = user_data;
  HdProgressWindow *progress = g_weak_ref_get (&job->progress);
  Step *step;

  if (progress == NULL)
    return;
  step = g_new0 (Step, 1);
  step->progress = progress;
  step->step = g_strdup (text);
  step->done = done;
  step->total = total;
  g_main_context_invoke (NULL, show_step, step);
}

static void
open_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  Job *job = task_data;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GError *error = NULL;
  HdStore *store;

  if (job->copy != NULL)
    {
      report_step (_("Restoring the backup copy"), 0, 1, job);
      if (!hd_backup_restore (job->path, job->copy, now, NULL, &job->kept_copy, &error))
        {
          g_task_return_error (task, error);
          return;
        }
    }
  store = hd_store_open_with_progress (job->path, now, report_step, job, &error);
  if (store != NULL)
    g_task_return_pointer (task, store, g_object_unref);
  else
    g_task_return_error (task, error);
}

void
hd_store_opener_run (const char          *path,
                     const char          *copy,
                     HdProgressWindow    *progress,
                     GAsyncReadyCallback  callback,
                     gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, NULL, callback, user_data);
  Job *job = g_new0 (Job, 1);

  job->path = g_strdup (path);
  job->copy = g_strdup (copy);
  g_weak_ref_init (&job->progress, progress);
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  g_task_set_source_tag (task, hd_store_opener_run);
  hd_worker_run (task, open_thread);
}

HdStore *
hd_store_opener_finish (GAsyncResult  *result,
                        char         **kept_copy,
                        GError       **error)
{
  GTask *task = G_TASK (result);
  HdStore *store = g_task_propagate_pointer (task, error);

  if (store != NULL && kept_copy != NULL)
    *kept_copy = g_strdup (((Job *) g_task_get_task_data (task))->kept_copy);
  return store;
}
