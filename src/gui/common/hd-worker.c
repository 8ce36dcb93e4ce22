/* hd-worker.c */
#include <errno.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "common/hd-worker.h"

#define WORKER_NICENESS 10

typedef struct {
  GTask           *task;
  GTaskThreadFunc  func;
  GThread         *thread;
  gint             done;     /* set by the worker as the last thing it does */
} Work;

/* The workers started and not yet joined; the one who starts the next joins those that are done,
 * so the list stays as short as the work in hand and no finished thread is left unjoined. */
static GMutex workers_lock;
static GPtrArray *workers;

static void
lower_priority (void)
{
#ifdef __linux__
  /* On Linux a thread has a priority of its own: setpriority() on its thread id. */
  pid_t tid = (pid_t) syscall (SYS_gettid);

  errno = 0;
  if (setpriority (PRIO_PROCESS, (id_t) tid, WORKER_NICENESS) != 0)
    g_debug ("Could not lower the worker's priority: %s", g_strerror (errno));
#endif
}

/* The worker's reference is dropped in the task's own main context: were it the last, the task
 * and its source object (a page, a window) are finalised there and not in the worker. */
static gboolean
unref_task (gpointer task)
{
  g_object_unref (task);
  return G_SOURCE_REMOVE;
}

static gpointer
run_work (gpointer data)
{
  Work *work = data;
  GTask *task = work->task;

  lower_priority ();
  work->func (task, g_task_get_source_object (task), g_task_get_task_data (task),
              g_task_get_cancellable (task));
  g_main_context_invoke (g_task_get_context (task), unref_task, task);
  g_atomic_int_set (&work->done, 1);
  return NULL;
}

static void
join_work (Work *work)
{
  g_thread_join (work->thread);
  g_free (work);
}

/* With workers_lock held. */
static void
join_finished (void)
{
  for (guint i = workers->len; i > 0; i--)
    {
      Work *work = g_ptr_array_index (workers, i - 1);

      if (g_atomic_int_get (&work->done))
        {
          g_ptr_array_remove_index_fast (workers, i - 1);
          join_work (work);
        }
    }
}

void
hd_worker_run (GTask           *task,
               GTaskThreadFunc  func)
{
  Work *work;

  g_return_if_fail (G_IS_TASK (task));
  g_return_if_fail (func != NULL);

  work = g_new0 (Work, 1);
  work->task = g_object_ref (task);
  work->func = func;
  g_mutex_lock (&workers_lock);
  if (workers == NULL)
    workers = g_ptr_array_new ();
  join_finished ();
  work->thread = g_thread_new ("hd-worker", run_work, work);
  g_ptr_array_add (workers, work);
  g_mutex_unlock (&workers_lock);
}

guint
hd_worker_get_n_running (void)
{
  guint n = 0;

  g_mutex_lock (&workers_lock);
  for (guint i = 0; workers != NULL && i < workers->len; i++)
    if (!g_atomic_int_get (&((Work *) g_ptr_array_index (workers, i))->done))
      n++;
  g_mutex_unlock (&workers_lock);
  return n;
}

void
hd_worker_join_all (void)
{
  g_mutex_lock (&workers_lock);
  while (workers != NULL && workers->len > 0)
    join_work (g_ptr_array_steal_index_fast (workers, workers->len - 1));
  g_clear_pointer (&workers, g_ptr_array_unref);
  g_mutex_unlock (&workers_lock);
}
