/* hd-query-copy.h — a ledger query or an opinion filter that owns its texts and date, to hand to
 * a worker thread while the page that made it goes on changing its filters. */
#pragma once

#include "ledger/hd-ledger.h"
#include "opinions/hd-opinion.h"

G_BEGIN_DECLS

typedef struct {
  HdLedgerQuery  query;    /* its leader, text and today point into the copy */
  char          *leader;
  char          *text;
  GDate          today;
} HdLedgerQueryCopy;

typedef struct {
  HdOpinionFilter  filter; /* its dates and text point into the copy */
  char            *from;
  char            *to;
  char            *text;
} HdOpinionFilterCopy;

HdLedgerQueryCopy   *hd_ledger_query_copy_new    (const HdLedgerQuery   *query);
void                 hd_ledger_query_copy_free   (HdLedgerQueryCopy     *copy);
HdOpinionFilterCopy *hd_opinion_filter_copy_new  (const HdOpinionFilter *filter);
void                 hd_opinion_filter_copy_free (HdOpinionFilterCopy   *copy);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HdLedgerQueryCopy, hd_ledger_query_copy_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HdOpinionFilterCopy, hd_opinion_filter_copy_free)

G_END_DECLS
