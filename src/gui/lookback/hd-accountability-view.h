/* hd-accountability-view.h — the accountability records (问责) of a unit's subtree, the newest
 * first; New Record (Ctrl+N) records a measure for the unit chosen, the next step offered. */
#pragma once

#include <gtk/gtk.h>

#include "hd-context.h"

G_BEGIN_DECLS

#define HD_TYPE_ACCOUNTABILITY_VIEW (hd_accountability_view_get_type ())
G_DECLARE_FINAL_TYPE (HdAccountabilityView, hd_accountability_view, HD, ACCOUNTABILITY_VIEW, GtkWidget)

void        hd_accountability_view_set_context (HdAccountabilityView *self,
                                                HdContext            *context);
/* For the tests: the rows (HdAccountabilityRecord), the unit chosen. */
GListModel *hd_accountability_view_get_rows    (HdAccountabilityView *self);
void        hd_accountability_view_set_unit    (HdAccountabilityView *self,
                                                gint64                unit_id);
const char *hd_accountability_view_get_error   (HdAccountabilityView *self);

G_END_DECLS
