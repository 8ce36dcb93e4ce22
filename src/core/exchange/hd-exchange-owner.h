/* hd-exchange-owner.h — which office owns a record here: ours, or another office's, which only
 * that office changes (its packages bring the changes). The window shows another office's
 * records read-only, with the owner's name.
 *
 * A notice, a look-back round or an accountability record (and their parts) is its issuer's:
 * the office it came from, else ours. Any other record is the office's whose part of the
 * hierarchy holds its unit: a lower office registered here, the upper office for what lies
 * outside the part it registered us by, else ours. */
#pragma once

#include "exchange/hd-office.h"

G_BEGIN_DECLS

/* The office that owns row @id of @table ("unit", "task", "talk" …, as the store names them),
 * or NULL (without @error set) when it is ours or the table is not one a package carries. */
HdOffice   *hd_exchange_owner_of_row   (HdStore     *store,
                                        const char  *table,
                                        gint64       id,
                                        GError     **error);

/* The same for a new record of a unit: whose records are made there (a notice's issuer is the
 * one who writes it, so this is for the kinds owned by their subtree). */
HdOffice   *hd_exchange_owner_of_unit  (HdStore     *store,
                                        gint64       unit_id,
                                        GError     **error);

/* Whether the rows @ids of @table are all ours, so that a command on a selection may change
 * them. FALSE with HD_EXCHANGE_ERROR_NOT_OWNER (its message names the first other office found
 * and says what to do) when one is another office's; FALSE with a store error when reading
 * failed. */
gboolean    hd_exchange_check_ours     (HdStore       *store,
                                        const char    *table,
                                        const gint64  *ids,
                                        guint          n_ids,
                                        GError       **error);

G_END_DECLS
