/* hd-exchange-send.h — the next package for an office.
 *
 * To the upper office: every record of our part of the hierarchy (the unit it registered us
 * by), and what we issued or relay there; to a lower office: what we issued, or relay from
 * above, in its part (notices, look-back rounds, accountability records, and theirs). Either
 * holds what changed since the last package the office acknowledged (the last it says it
 * received), with deletions, or everything with @full; the first package is always whole.
 * Confidential fields are left out unless @confidential. */
#pragma once

#include "exchange/hd-exchange-merge.h"

G_BEGIN_DECLS

/* The package, not yet numbered or written; sets @counts: a record is added when the change log
 * has it made since the acknowledged package, else changed. */
HdPackage  *hd_exchange_build   (HdStore            *store,
                                 const HdOffice     *office,
                                 gboolean            full,
                                 gboolean            confidential,
                                 HdExchangeCounts   *counts,
                                 GError            **error);

/* Builds the package, numbers it, writes it to @path and records it as sent, all or nothing. */
gboolean    hd_exchange_send    (HdStore            *store,
                                 const HdOffice     *office,
                                 gboolean            full,
                                 gboolean            confidential,
                                 const char         *path,
                                 HdExchangeCounts   *counts,
                                 GError            **error);

G_END_DECLS
