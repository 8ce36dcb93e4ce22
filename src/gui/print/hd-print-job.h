/* hd-print-job.h — a printed form built in a worker (hd-worker.h) on a database connection of
 * its own, and for Export as PDF written there too, while the window goes on: its progress is
 * read from the window's thread, and it may be cancelled.
 *
 * The document is laid out in the worker; once the job is done it belongs to the window's thread,
 * which draws it (print, preview) — see hd-document.h. */
#pragma once

#include <gio/gio.h>

#include "forms/hd-form.h"
#include "hd-context.h"

G_BEGIN_DECLS

#define HD_TYPE_PRINT_JOB (hd_print_job_get_type ())
G_DECLARE_FINAL_TYPE (HdPrintJob, hd_print_job, HD, PRINT_JOB, GObject)

/* Form @kind of @query's tasks (copied), in the faces of @context's settings and, for the
 * public notice, with their address for opinions. */
HdPrintJob *hd_print_job_new          (HdContext            *context,
                                       HdFormKind            kind,
                                       const HdLedgerQuery  *query);
/* Builds a form in the worker, on the worker's own connection @store; called once. */
typedef HdDocument *(*HdPrintBuild) (HdStore              *store,
                                     const HdFormOptions  *options,
                                     gpointer              data,
                                     GError              **error);

/* A form that @build makes (a supervision notice, a round's summary), @data given to it, and
 * freed with @destroy with the job. */
HdPrintJob *hd_print_job_new_for      (HdContext            *context,
                                       HdPrintBuild          build,
                                       gpointer              data,
                                       GDestroyNotify        destroy);
/* Also writes the document to a PDF file at @path, in the worker. */
void        hd_print_job_set_pdf_path (HdPrintJob           *self,
                                       const char           *path);
void        hd_print_job_run_async    (HdPrintJob           *self,
                                       GAsyncReadyCallback   callback,
                                       gpointer              user_data);
/* The laid-out document; G_IO_ERROR_CANCELLED once cancelled. */
HdDocument *hd_print_job_run_finish   (HdPrintJob           *self,
                                       GAsyncResult         *result,
                                       GError              **error);
void        hd_print_job_cancel       (HdPrintJob           *self);
/* How far the worker has read the form's tasks; FALSE until it knows how many there are. */
gboolean    hd_print_job_get_progress (HdPrintJob           *self,
                                       guint                *done,
                                       guint                *total);

G_END_DECLS
