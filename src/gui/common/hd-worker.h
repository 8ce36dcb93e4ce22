/* hd-worker.h — work the clerk does not wait for, in a thread that gives way to the window. */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Like g_task_run_in_thread(), but in a thread of its own at a lower scheduling priority (nice
 * 10 on Linux), so that on a machine of two cores a long read or copy gives way to the window's
 * drawing, scrolling and typing. Not a thread of GTask's pool: an ordinary process may lower a
 * thread's priority but not raise it again, and a pool thread would keep it for whatever it ran
 * next. The result is delivered in @task's main context, as with GTask's own threads. */
void hd_worker_run (GTask           *task,
                    GTaskThreadFunc  func);

/* How many workers are still running. */
guint hd_worker_get_n_running (void);

/* Waits for every worker's thread to have ended, finished or not. The tests call it, once none
 * is running, before they end: the leak checker stops the process to look, and a thread on its
 * way out at that moment makes it fail. */
void hd_worker_join_all (void);

G_END_DECLS
