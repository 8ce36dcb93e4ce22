/* hd-progress-window.h — what a long piece of work on the database is doing, with a progress bar:
 * an update of the data format, a restore. It cannot be closed: the work is one transaction. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define HD_TYPE_PROGRESS_WINDOW (hd_progress_window_get_type ())
G_DECLARE_FINAL_TYPE (HdProgressWindow, hd_progress_window, HD, PROGRESS_WINDOW, GtkApplicationWindow)

HdProgressWindow *hd_progress_window_new        (GtkApplication   *application,
                                                 const char       *title,
                                                 const char       *explanation);
/* @step (translated) begins, after @done of @total steps. */
void              hd_progress_window_set_step   (HdProgressWindow *self,
                                                 const char       *step,
                                                 guint             done,
                                                 guint             total);

G_END_DECLS
