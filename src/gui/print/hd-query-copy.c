/* hd-query-copy.c */
#include "print/hd-query-copy.h"

HdLedgerQueryCopy *
hd_ledger_query_copy_new (const HdLedgerQuery *query)
{
  HdLedgerQueryCopy *copy = g_new0 (HdLedgerQueryCopy, 1);

  g_return_val_if_fail (query != NULL && query->today != NULL, copy);

  copy->query = *query;
  copy->leader = g_strdup (query->leader);
  copy->text = g_strdup (query->text);
  copy->today = *query->today;
  copy->query.leader = copy->leader;
  copy->query.text = copy->text;
  copy->query.today = &copy->today;
  return copy;
}

void
hd_ledger_query_copy_free (HdLedgerQueryCopy *copy)
{
  if (copy == NULL)
    return;
  g_free (copy->leader);
  g_free (copy->text);
  g_free (copy);
}

HdOpinionFilterCopy *
hd_opinion_filter_copy_new (const HdOpinionFilter *filter)
{
  HdOpinionFilterCopy *copy = g_new0 (HdOpinionFilterCopy, 1);

  g_return_val_if_fail (filter != NULL, copy);

  copy->filter = *filter;
  copy->from = g_strdup (filter->from);
  copy->to = g_strdup (filter->to);
  copy->text = g_strdup (filter->text);
  copy->filter.from = copy->from;
  copy->filter.to = copy->to;
  copy->filter.text = copy->text;
  return copy;
}

void
hd_opinion_filter_copy_free (HdOpinionFilterCopy *copy)
{
  if (copy == NULL)
    return;
  g_free (copy->from);
  g_free (copy->to);
  g_free (copy->text);
  g_free (copy);
}
