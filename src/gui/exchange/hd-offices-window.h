/* hd-offices-window.h — Offices: each office this database exchanges packages with (its unit,
 * its role, its key's fingerprint and date, the last package sent and received, and how many
 * records the next package would hold), with Register Lower Office, New Key and Join Upper
 * Office. */
#pragma once

#include <gtk/gtk.h>

#include "hd-context.h"

G_BEGIN_DECLS

#define HD_TYPE_OFFICES_WINDOW (hd_offices_window_get_type ())
G_DECLARE_FINAL_TYPE (HdOfficesWindow, hd_offices_window, HD, OFFICES_WINDOW, GtkWindow)

HdOfficesWindow *hd_offices_window_new          (GtkWindow       *parent,
                                                 HdContext       *context);

/* For tests: the rows' texts, one string per office (its lines joined by "\n"); */
GStrv            hd_offices_window_dup_rows     (HdOfficesWindow *self);
/* whether the pending records are still being counted; */
gboolean         hd_offices_window_get_busy     (HdOfficesWindow *self);
/* the last message shown (what an action did, or why it failed), or NULL. */
const char      *hd_offices_window_get_message  (HdOfficesWindow *self);

G_END_DECLS
