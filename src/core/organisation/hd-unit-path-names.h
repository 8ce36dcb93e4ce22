/* hd-unit-path-names.h — units named by their path, each put together once: a ledger of
 * thousands of tasks names a few hundred units, many times each.
 *
 * The names go from the level below a top unit down to the unit ("城关镇/王庄村" below 示范县),
 * so that a village's name is never ambiguous; the top unit itself is named by its own name. */
#pragma once

#include "store/hd-store.h"

G_BEGIN_DECLS

typedef struct _HdUnitPathNames HdUnitPathNames;

/* @top_id: the unit the names start below, 0 to start from the root. @separator goes between
 * the levels ("/" as the imports read paths, "" as a printed form reads them). */
HdUnitPathNames *hd_unit_path_names_new    (HdStore          *store,
                                            gint64            top_id,
                                            const char       *separator);
void             hd_unit_path_names_free   (HdUnitPathNames  *names);

/* The name of unit @unit_id, valid as long as @names; NULL with the reason when it is gone. */
const char      *hd_unit_path_names_lookup (HdUnitPathNames  *names,
                                            gint64            unit_id,
                                            GError          **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HdUnitPathNames, hd_unit_path_names_free)

G_END_DECLS
