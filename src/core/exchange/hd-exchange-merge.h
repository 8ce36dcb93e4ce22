/* hd-exchange-merge.h — a package's records written into the store by uuid, inside one edit.
 *
 * Each record is checked before it is written: the sender may change only what it owns (see
 * HdOwnerRule): from a lower office, the records of its subtree and what it issued there; from
 * the upper office, what it issued in ours. A record naming one the receiver does not have, or
 * a value the store cannot keep, refuses the whole package (the caller aborts the edit). */
#pragma once

#include "exchange/hd-office.h"
#include <gio/gio.h>

#include "store/hd-edit.h"

G_BEGIN_DECLS

typedef struct {
  guint added;
  guint changed;
  guint deleted;
} HdExchangeCount;

typedef struct {
  HdExchangeCount kinds[HD_PACKAGE_N_KINDS];  /* by the kind of record (a deletion's kind) */
} HdExchangeCounts;

/* The counts as "KIND<TAB>ADDED<TAB>CHANGED<TAB>DELETED" lines, one for each kind that has
 * any, in the package's order. */
char      *hd_exchange_counts_format  (const HdExchangeCounts *counts);
guint      hd_exchange_counts_total   (const HdExchangeCounts *counts);

/* How far a long task is, from 0 to 1; called from the thread that does it. */
typedef void (*HdExchangeProgressFunc) (double    fraction,
                                        gpointer  user_data);

typedef struct {
  GCancellable           *cancellable;   /* stops it with G_IO_ERROR_CANCELLED before it writes */
  HdExchangeProgressFunc  progress;      /* may be NULL */
  gpointer                progress_data;
} HdExchangeWatch;

/* Writes @package's records from @office into the store through @edit. With @initial (an
 * office joining with its key file), every record is the receiver's own from then on. @watch
 * (may be NULL) hears how far it is and may cancel it. */
gboolean   hd_exchange_merge          (HdEdit                 *edit,
                                       const HdOffice         *office,
                                       const HdPackage        *package,
                                       gboolean                initial,
                                       const HdExchangeWatch  *watch,
                                       HdExchangeCounts       *counts,
                                       GError                **error);

G_END_DECLS
