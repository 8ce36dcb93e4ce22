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

/* How many workers are still running: the tests wait for none before they end, so that no
 * thread is still going when the leak checker stops the process to look. */
guint hd_worker_get_n_running (void);

G_END_DECLS
