/* hd-receive-window.h — Receive Package: what a package would change, or why it is refused,
 * before anything is written; then, once the clerk confirms, the package received as one edit
 * (Ctrl+Z takes it back), with a progress bar and Cancel. */
#pragma once

#include <gtk/gtk.h>

#include "hd-context.h"

G_BEGIN_DECLS

#define HD_TYPE_RECEIVE_WINDOW (hd_receive_window_get_type ())
G_DECLARE_FINAL_TYPE (HdReceiveWindow, hd_receive_window, HD, RECEIVE_WINDOW, GtkWindow)

/* Reads @file (a .hdx) at once, in a worker. Emits "received" with a sentence saying what was
 * done once the package is in, then closes. */
HdReceiveWindow *hd_receive_window_new            (GtkWindow       *parent,
                                                   HdContext       *context,
                                                   GFile           *file);

/* For tests: "loading", "preview", "refused" or "applying"; */
const char      *hd_receive_window_get_state      (HdReceiveWindow *self);
/* the preview's heading and its lines, one per kind (hd_exchange_text_count_lines()); */
const char      *hd_receive_window_get_heading    (HdReceiveWindow *self);
GStrv            hd_receive_window_dup_lines      (HdReceiveWindow *self);
/* the refusal's reason (or "already received"); NULL unless refused. */
const char      *hd_receive_window_get_refusal    (HdReceiveWindow *self);

G_END_DECLS
