/* hd-exchange-text.h — the words the exchange windows show: the kinds of record by name, what a
 * package holds or would change, a package's suggested file name. No widgets: the tests read
 * them without a display. */
#pragma once

#include "exchange/hd-exchange-merge.h"

G_BEGIN_DECLS

/* The kind of record in the plural, translated ("Tasks", "Opinions" …). */
const char *hd_exchange_text_kind_label  (HdPackageKind            kind);

/* One line per kind that has any: "Tasks: 3 added, 1 changed, 0 deleted", in the package's
 * order; an empty array when nothing changes. */
GStrv       hd_exchange_text_count_lines (const HdExchangeCounts  *counts);

/* "<sender>-to-<receiver>-<sequence>.hdx", with the characters a file name cannot hold on
 * Windows or Linux replaced by "_". */
char       *hd_exchange_text_file_name   (const char              *sender,
                                          const char              *receiver,
                                          guint64                  sequence);

/* An ISO date and time ("2014-06-15 09:30:00") or date as the window shows it, or "—" for NULL. */
char       *hd_exchange_text_date        (const char              *iso);

G_END_DECLS
