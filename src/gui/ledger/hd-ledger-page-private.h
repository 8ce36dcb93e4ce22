/* hd-ledger-page-private.h — what the ledger page's files share: the page itself, the cells of
 * its columns (hd-ledger-page-cells.c), and the summary line and the leaders' filter, read by a
 * worker (hd-ledger-page-totals.c). */
#pragma once

#include "common/hd-name-list.h"
#include "common/hd-pending-rows.h"
#include "ledger/hd-ledger-page.h"
#include "ledger/hd-ledger.h"

G_BEGIN_DECLS

struct _HdLedgerPage
{
  GtkWidget           parent_instance;

  HdContext          *context;
  gulong              history_handler;
  gulong              settings_handler;
  GCancellable       *totals;            /* the summary and the leaders, read by a worker */
  GStrv               hidden_leaders;    /* read while the page was hidden: shown when it is */
  GArray             *hidden_figures;
  gint64              unit_id;
  gboolean            unit_only;    /* only the unit's own tasks (from the overview's own row) */
  GArray             *task_ids;     /* only these (gint64: a reminder's tasks), or NULL */
  HdQueryModel       *model;
  GtkSingleSelection *selection;
  HdPendingRows       pending;           /* the editor's task, to select once its row has been read */
  gboolean            rebuilding;
  gboolean            updating_filters;
  GHashTable         *unit_names;        /* unit id → name, for the unit column */
  HdNameList         *leaders;           /* "Any Leader", then the subtree's leaders */
  HdLedgerSort        sort;
  gboolean            descending;
  int                 editor_height;     /* the editor's when last closed, 0 before it was shown */
#if !GTK_CHECK_VERSION (4, 10, 0)
  int                 probed_sort;
#endif

  GtkButton          *unit_button;
  GtkLabel           *unit_label;
  GtkSearchEntry     *search_entry;
  GtkDropDown        *plan_dropdown;
  GtkDropDown        *kind_dropdown;
  GtkDropDown        *light_dropdown;
  GtkDropDown        *leader_dropdown;
  GtkToggleButton    *overdue_toggle;
  GtkLabel           *count_label;
  GtkLabel           *summary_label;
  GtkRevealer        *error_revealer;
  GtkLabel           *error_label;
  GtkPaned           *paned;
  GtkStack           *list_stack;
  GtkColumnView      *column_view;
  GtkColumnViewColumn *number_column;
  GtkColumnViewColumn *deadline_column;
  GtkColumnViewColumn *closed_column;
  GtkLabel           *empty_title;
  GtkLabel           *empty_body;
  HdTaskEditor       *editor;
};

/* hd-ledger-page.c */
guint    hd_ledger_page_get_warning_days      (HdLedgerPage   *self);
/* @error over the ledger; NULL takes it away. */
void     hd_ledger_page_show_error            (HdLedgerPage   *self,
                                               const GError   *error);

/* hd-ledger-page-cells.c: binds the columns' setup and bind callbacks to the template. */
void     hd_ledger_page_class_init_cells      (GtkWidgetClass *widget_class);

/* hd-ledger-page-notice.c: installs Issue Supervision Notice. */
void     hd_ledger_page_class_init_notice     (GtkWidgetClass *widget_class);
/* hd-ledger-page-print.c: installs Print, Export as PDF and Export Spreadsheet, and their keys. */
void     hd_ledger_page_class_init_print      (GtkWidgetClass *widget_class);

/* hd-ledger-page-totals.c */
/* Reads the summary's figures and the leaders of the unit's subtree in a worker. */
void     hd_ledger_page_start_totals          (HdLedgerPage   *self);
/* Reads them now, on the page's own connection, in place of the worker. */
void     hd_ledger_page_update_totals         (HdLedgerPage   *self);
/* Shows what the worker read while the page was hidden. */
void     hd_ledger_page_show_hidden_totals    (HdLedgerPage   *self);
/* Stops the worker and drops what it read. */
void     hd_ledger_page_stop_totals           (HdLedgerPage   *self);

G_END_DECLS
