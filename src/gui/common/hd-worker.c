/* hd-worker.c */
#include <errno.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "common/hd-worker.h"

#define WORKER_NICENESS 10

/* How many workers have not finished. */
static gint n_running;

typedef struct {
  GTask           *task;
  GTaskThreadFunc  func;
} Work;

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
  g_free (work);
  g_atomic_int_dec_and_test (&n_running);
  return NULL;
}

void
hd_worker_run (GTask           *task,
               GTaskThreadFunc  func)
{
  Work *work;

  g_return_if_fail (G_IS_TASK (task));
  g_return_if_fail (func != NULL);

  work = g_new (Work, 1);
  work->task = g_object_ref (task);
  work->func = func;
  g_atomic_int_inc (&n_running);
  g_thread_unref (g_thread_new ("hd-worker", run_work, work));
}

guint
hd_worker_get_n_running (void)
{
  return (guint) g_atomic_int_get (&n_running);
}
