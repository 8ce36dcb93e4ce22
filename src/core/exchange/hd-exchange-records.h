/* hd-exchange-records.h — the store's rows as a package's records, and back: which rows of a
 * kind lie in a part of the hierarchy, who owns them, and their fields as texts.
 *
 * A part of the hierarchy (a scope) is a unit's subtree: the range [path, upper) of unit paths.
 * A row lies in it when the unit it belongs to does (its own unit, or that of the record it
 * belongs to, followed up to one with a unit: see HdPackageKindInfo). */
#pragma once

#include "exchange/hd-package.h"
#include "store/hd-store.h"

G_BEGIN_DECLS

typedef struct {
  const char *path;             /* the scope: the unit's path … */
  const char *upper;            /* … and hd_unit_path_upper_bound() of it */
  gint64      not_issued_by;    /* leave out what this office issued (0: none) */
  gint64      changed_after;    /* only rows the change log names after this entry (-1: all) */
  gboolean    confidential;     /* include the confidential fields */
} HdExchangeSelection;

/* Appends to @package the records of @kind (not DELETED) that @selection selects, parents
 * before children for units. Sets *@n_added (unless NULL) to how many. */
gboolean   hd_exchange_add_records   (HdStore                   *store,
                                      HdPackage                 *package,
                                      HdPackageKind              kind,
                                      const HdExchangeSelection *selection,
                                      guint                     *n_added,
                                      GError                   **error);

/* The path of the unit that the row @id of @kind belongs to (a unit: its own); NULL when there
 * is no such row. */
char      *hd_exchange_row_unit_path (HdStore        *store,
                                      HdPackageKind   kind,
                                      gint64          id,
                                      GError        **error);

/* The uuid of the issued record (a notice, round, accountability record) that the row @id of
 * @kind belongs to, or is; NULL for a kind owned by its subtree. */
char      *hd_exchange_row_issuer    (HdStore        *store,
                                      HdPackageKind   kind,
                                      gint64          id,
                                      GError        **error);

/* The id of the row of @kind with @uuid, 0 when there is none, -1 on a store error. */
gint64     hd_exchange_find          (HdStore        *store,
                                      HdPackageKind   kind,
                                      const char     *uuid,
                                      GError        **error);

/* The kind whose issuer owns records of @kind (itself or the one its parents lead up to), or
 * HD_PACKAGE_DELETED when the subtree owns them. */
HdPackageKind hd_exchange_issued_root (HdPackageKind kind);

G_END_DECLS
