/* hd-unit-names.c */
#include "common/hd-unit-names.h"
#include "organisation/hd-unit.h"

GHashTable *
hd_unit_names_new (void)
{
  return g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
}

const char *
hd_unit_names_lookup (GHashTable *names,
                      HdStore    *store,
                      gint64      unit_id)
{
  const char *name = g_hash_table_lookup (names, &unit_id);

  if (name == NULL)
    {
      g_autoptr(HdUnit) unit = hd_unit_load (store, unit_id, NULL);
      char *copy = g_strdup (unit != NULL ? hd_unit_get_name (unit) : "");

      g_hash_table_insert (names, g_memdup2 (&unit_id, sizeof unit_id), copy);
      name = copy;
    }
  return name;
}
