/* hd-unit-names.h — the names of the units a list's rows name, each read once: a row shows its
 * unit's name, and a page of rows names a few units many times. */
#pragma once

#include "store/hd-store.h"

G_BEGIN_DECLS

/* Unit id → name. Empty it (g_hash_table_remove_all) when a unit may have been renamed. */
GHashTable *hd_unit_names_new    (void);
/* The name of unit @unit_id, read from @store the first time; "" for a unit that is gone. */
const char *hd_unit_names_lookup (GHashTable *names,
                                  HdStore    *store,
                                  gint64      unit_id);

G_END_DECLS
