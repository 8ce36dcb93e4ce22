/* hd-overview-page.h — the Overview area (总览): for a unit, a row per child unit with the
 * figures of its subtree, its own records and the total; sortable by any column with ranks, so
 * that the units most behind come first (by red tasks, at first). Enter or a double click goes
 * down into a child, Back (Alt+Left) or the path above returns; a task figure, or Show in
 * Ledger (Ctrl+L) for the selected row, asks for those tasks in the Rectification area
 * ("open-ledger"). */
#pragma once

#include <gtk/gtk.h>

#include "hd-context.h"
#include "overview/hd-overview-charts.h"

G_BEGIN_DECLS

#define HD_TYPE_OVERVIEW_PAGE (hd_overview_page_get_type ())
G_DECLARE_FINAL_TYPE (HdOverviewPage, hd_overview_page, HD, OVERVIEW_PAGE, GtkWidget)

void         hd_overview_page_set_context (HdOverviewPage *self,
                                           HdContext      *context);
/* Shows the overview of @unit_id (0: every top unit), Back returning to the one shown before. */
void         hd_overview_page_show_unit   (HdOverviewPage *self,
                                           gint64          unit_id);
gint64       hd_overview_page_get_unit    (HdOverviewPage *self);

/* For tests: the rows as shown, children in their order then the own row and the total
 * (HdOverviewItem); the path above, its units' names joined by " › ". */
GListModel  *hd_overview_page_get_rows    (HdOverviewPage *self);
char        *hd_overview_page_dup_path    (HdOverviewPage *self);
HdOverviewCharts *hd_overview_page_get_charts (HdOverviewPage *self);
/* Sorts by the column of @figure (hd-overview.h), most first when @descending. */
void         hd_overview_page_sort_by     (HdOverviewPage *self,
                                           int             figure,
                                           gboolean        descending);

G_END_DECLS
