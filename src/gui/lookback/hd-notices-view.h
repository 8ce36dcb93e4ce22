/* hd-notices-view.h — the supervision notices of a unit's subtree, by state (waiting, replied,
 * reply overdue, withdrawn), each with its reply deadline's light: record the reply (Ctrl+R), a
 * reminder (Ctrl+M), the next step of the escalation (Ctrl+J), print it (Ctrl+P) or withdraw it. */
#pragma once

#include <gtk/gtk.h>

#include "hd-context.h"

G_BEGIN_DECLS

#define HD_TYPE_NOTICES_VIEW (hd_notices_view_get_type ())
G_DECLARE_FINAL_TYPE (HdNoticesView, hd_notices_view, HD, NOTICES_VIEW, GtkWidget)

void        hd_notices_view_set_context (HdNoticesView *self,
                                         HdContext     *context);
/* For the tests and the keyboard: the rows (HdNotice), one selected, the state filter (-1: any). */
GListModel *hd_notices_view_get_rows    (HdNoticesView *self);
void        hd_notices_view_select      (HdNoticesView *self,
                                         guint          position);
void        hd_notices_view_set_state   (HdNoticesView *self,
                                         int            state);
const char *hd_notices_view_get_error   (HdNoticesView *self);
/* What Export Notice as PDF does with the selected notice once @file is chosen. */
void        hd_notices_view_export_notice (HdNoticesView *self,
                                           GFile         *file);

G_END_DECLS
