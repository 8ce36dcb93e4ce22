/* hd-ledger-page.h — the Rectification area (整改落实): the ledger (整改台账) of a unit's subtree
 * with its filters, search and summary of lights, and the editor pane of the selected task. */
#pragma once

#include <gtk/gtk.h>

#include "hd-context.h"
#include "ledger/hd-ledger.h"
#include "ledger/hd-task-editor.h"

G_BEGIN_DECLS

#define HD_TYPE_LEDGER_PAGE (hd_ledger_page_get_type ())
G_DECLARE_FINAL_TYPE (HdLedgerPage, hd_ledger_page, HD, LEDGER_PAGE, GtkWidget)

void            hd_ledger_page_set_context      (HdLedgerPage *self,
                                                 HdContext    *context);
/* Reads everything again (after changes made outside the history, e.g. the demo county). */
void            hd_ledger_page_reload           (HdLedgerPage *self);
/* The ledger of the subtree of @unit_id (0: every unit). */
void            hd_ledger_page_set_unit         (HdLedgerPage *self,
                                                 gint64        unit_id);
gint64          hd_ledger_page_get_unit         (HdLedgerPage *self);
/* The tasks of @unit_id's subtree (only its own with @unit_only) of the light @light (an
 * HdLight, -1 any), every other filter and the search cleared: what the overview's figure
 * counts. Choosing a unit again shows its whole subtree. */
void            hd_ledger_page_show_tasks       (HdLedgerPage *self,
                                                 gint64        unit_id,
                                                 gboolean      unit_only,
                                                 int           light);
/* The query of the ledger as shown: the unit, the filters, the search and the sort. Its strings
 * are the page's, valid until the filters change. */
void            hd_ledger_page_get_query        (HdLedgerPage  *self,
                                                 HdLedgerQuery *query);

/* Only the tasks @task_ids (gint64, a reminder's) of @unit_id's subtree, every filter cleared;
 * choosing a unit again shows its whole ledger. */
void            hd_ledger_page_show_task_ids    (HdLedgerPage *self,
                                                 gint64        unit_id,
                                                 GArray       *task_ids);

/* For tests: the rows shown (HdTask, read a chunk at a time: see hd-query-model.h), TRUE while
 * they are still being read, the filters, the summary line and the selection. */
GListModel     *hd_ledger_page_get_rows         (HdLedgerPage *self);
gboolean        hd_ledger_page_get_loading      (HdLedgerPage *self);
/* -1: any light. */
void            hd_ledger_page_set_light_filter (HdLedgerPage *self,
                                                 int           light);
GtkEditable    *hd_ledger_page_get_search_entry (HdLedgerPage *self);
const char     *hd_ledger_page_get_summary      (HdLedgerPage *self);
/* TRUE while the worker reads the summary's figures and the leaders (see hd-ledger-page.c). */
gboolean        hd_ledger_page_get_reading_totals (HdLedgerPage *self);
/* The sentence shown instead of the ledger when it has no rows, or NULL. */
const char     *hd_ledger_page_get_empty_text   (HdLedgerPage *self);
/* Selects the task's row (when it is shown) and opens it in the editor. */
void            hd_ledger_page_select_task      (HdLedgerPage *self,
                                                 gint64        task_id);
HdTaskEditor   *hd_ledger_page_get_editor       (HdLedgerPage *self);

G_END_DECLS
