/* hd-print-choice.c */
#include "print/hd-print-choice.h"

HdFormKind
hd_print_choice_get_form (HdPrintChoice choice)
{
  switch (choice)
    {
    case HD_PRINT_CHOICE_LEDGER:
      return HD_FORM_LEDGER;
    case HD_PRINT_CHOICE_LEADER_SHEET:
    case HD_PRINT_CHOICE_UNIT_SHEET:
      return HD_FORM_TASK_SHEET;
    case HD_PRINT_CHOICE_PUBLIC:
    default:
      return HD_FORM_PUBLIC;
    }
}

gboolean
hd_print_choice_is_possible (HdPrintChoice        choice,
                             const HdPrintSource *source)
{
  g_return_val_if_fail (source != NULL, FALSE);

  switch (choice)
    {
    case HD_PRINT_CHOICE_LEADER_SHEET:
      return source->task_unit_id != 0 && source->task_leader != NULL && *source->task_leader != '\0';
    case HD_PRINT_CHOICE_UNIT_SHEET:
      return source->task_unit_id != 0;
    case HD_PRINT_CHOICE_PUBLIC:
      /* A notice is one unit's, posted where its masses see it. */
      return source->ledger->unit_id != 0;
    case HD_PRINT_CHOICE_LEDGER:
    default:
      return TRUE;
    }
}

void
hd_print_choice_make_query (HdPrintChoice        choice,
                            const HdPrintSource *source,
                            HdLedgerQuery       *query)
{
  g_return_if_fail (source != NULL && source->ledger != NULL);
  g_return_if_fail (query != NULL);

  if (choice == HD_PRINT_CHOICE_LEDGER)
    {
      *query = *source->ledger;
      return;
    }
  /* The other forms print a whole responsibility or a whole ledger, whatever the filters: only
   * the day of the lights and their warning days carry over. */
  hd_ledger_query_init (query, source->ledger->today);
  query->warning_days = source->ledger->warning_days;
  switch (choice)
    {
    case HD_PRINT_CHOICE_LEADER_SHEET:
      /* A name is not unique in a county: the leader's tasks in the ledger shown. */
      query->unit_id = source->ledger->unit_id;
      query->leader = source->task_leader;
      break;
    case HD_PRINT_CHOICE_UNIT_SHEET:
      query->unit_id = source->task_unit_id;
      break;
    case HD_PRINT_CHOICE_PUBLIC:
    case HD_PRINT_CHOICE_LEDGER:
    default:
      query->unit_id = source->ledger->unit_id;
      break;
    }
}
