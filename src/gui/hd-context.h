/* hd-context.h — what every widget of the window works with: the store, the settings, the clock.
 * The store's operator (the name the change log records) follows the operator-name setting. */
#pragma once

#include <gio/gio.h>

#include "store/hd-edit.h"
#include "store/hd-store.h"

G_BEGIN_DECLS

#define HD_TYPE_CONTEXT (hd_context_get_type ())
G_DECLARE_FINAL_TYPE (HdContext, hd_context, HD, CONTEXT, GObject)

HdContext   *hd_context_new          (HdStore     *store,
                                      GSettings   *settings,
                                      const GDate *today);

HdStore     *hd_context_get_store    (HdContext   *self);
GSettings   *hd_context_get_settings (HdContext   *self);
/* The days before a deadline that turn an open task's light yellow (the deadline-warning-days
 * setting); whatever shows a light follows "changed::deadline-warning-days". */
guint        hd_context_get_warning_days (HdContext *self);
/* The undo history of this window's session: every edit made in the window goes through it. */
HdHistory   *hd_context_get_history  (HdContext   *self);
/* "Today" for every rule and default date; the application sets it from the system clock,
 * tests fix it. */
const GDate *hd_context_get_today    (HdContext   *self);
void         hd_context_set_today    (HdContext   *self,
                                      const GDate *today);

/* A widget's hold on the context. hd_context_hold() sets *@slot to @context (a reference) and
 * moves @on_changed, called with @instance on the history's "changed" (every edit, undo and
 * redo), from the history of the context held before to @context's; FALSE when *@slot already
 * held @context, which changes nothing. hd_context_release() disconnects and lets go, as
 * dispose does; it may be called again. */
gboolean     hd_context_hold         (HdContext  **slot,
                                      gulong      *history_handler,
                                      HdContext   *context,
                                      GCallback    on_changed,
                                      gpointer     instance);
void         hd_context_release      (HdContext  **slot,
                                      gulong      *history_handler);

G_END_DECLS
