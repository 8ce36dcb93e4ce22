/* hd-print-choice.h — which form the print dialog offers for what the Rectification area shows,
 * and the query that form is built from. No widgets: the tests check it without a display. */
#pragma once

#include "forms/hd-form.h"
#include "ledger/hd-ledger.h"

G_BEGIN_DECLS

typedef enum {
  HD_PRINT_CHOICE_LEDGER,         /* 整改落实台账: the ledger as filtered on the page */
  HD_PRINT_CHOICE_LEADER_SHEET,   /* 整改任务书 of the selected task's responsible leader */
  HD_PRINT_CHOICE_UNIT_SHEET,     /* 整改任务书 of the selected task's responsible unit */
  HD_PRINT_CHOICE_PUBLIC,         /* 公示 of the unit shown */
} HdPrintChoice;

#define HD_PRINT_N_CHOICES (HD_PRINT_CHOICE_PUBLIC + 1)

/* What the page shows. */
typedef struct {
  const HdLedgerQuery *ledger;       /* the page's query, with its filters */
  gint64               task_unit_id; /* the selected task's responsible unit; 0: no task selected */
  const char          *task_leader;  /* its responsible leader; NULL or "": none named */
} HdPrintSource;

HdFormKind hd_print_choice_get_form    (HdPrintChoice        choice);
/* FALSE for a task sheet without a selected task (or, by leader, when it names none), and for
 * the public notice of every unit. */
gboolean   hd_print_choice_is_possible (HdPrintChoice        choice,
                                        const HdPrintSource *source);
/* The query of @choice's form: the page's for the ledger; for a task sheet the whole
 * responsibility of the selected task's leader (in the unit shown) or of its unit; for the
 * public notice every task of the unit shown. The strings and date point into @source's. */
void       hd_print_choice_make_query  (HdPrintChoice        choice,
                                        const HdPrintSource *source,
                                        HdLedgerQuery       *query);

G_END_DECLS
