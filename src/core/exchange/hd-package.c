/* hd-package.c */
#include "exchange/hd-package-private.h"

G_DEFINE_QUARK (hd-package-error-quark, hd_package_error)

const char *
hd_package_kind_to_string (HdPackageKind kind)
{
  return hd_package_kind_info (kind)->token;
}

gboolean
hd_package_kind_from_string (const char    *token,
                             HdPackageKind *kind)
{
  for (guint i = 0; i < HD_PACKAGE_N_KINDS; i++)
    if (g_strcmp0 (token, hd_package_kind_info (i)->token) == 0)
      {
        *kind = i;
        return TRUE;
      }
  return FALSE;
}

const char *
hd_package_record_get (const HdPackageRecord *record,
                       const char            *field)
{
  return g_hash_table_lookup (record->fields, field);
}

void
hd_package_record_set (HdPackageRecord *record,
                       const char      *field,
                       const char      *value)
{
  if (value == NULL)
    g_hash_table_remove (record->fields, field);
  else
    g_hash_table_insert (record->fields, g_strdup (field), g_strdup (value));
}

void
hd_package_record_free (HdPackageRecord *record)
{
  if (record == NULL)
    return;
  g_hash_table_unref (record->fields);
  g_free (record);
}

HdPackage *
hd_package_new (void)
{
  HdPackage *package = g_new0 (HdPackage, 1);

  package->records = g_ptr_array_new_with_free_func ((GDestroyNotify) hd_package_record_free);
  return package;
}

void
hd_package_free (HdPackage *package)
{
  if (package == NULL)
    return;
  g_free (package->sender_uuid);
  g_free (package->sender_name);
  g_free (package->receiver_uuid);
  g_free (package->receiver_name);
  g_free (package->key_hex);
  g_free (package->unit_uuid);
  g_clear_pointer (&package->created_at, g_date_time_unref);
  g_ptr_array_unref (package->records);
  g_free (package);
}

HdPackageRecord *
hd_package_add_record (HdPackage     *package,
                       HdPackageKind  kind)
{
  HdPackageRecord *record;

  g_return_val_if_fail (kind < HD_PACKAGE_N_KINDS, NULL);
  record = g_new0 (HdPackageRecord, 1);
  record->kind = kind;
  record->fields = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_ptr_array_add (package->records, record);
  return record;
}

HdPackageRecord *
hd_package_add_deleted (HdPackage     *package,
                        HdPackageKind  kind,
                        const char    *uuid)
{
  HdPackageRecord *record;

  g_return_val_if_fail (kind < HD_PACKAGE_DELETED, NULL);
  record = hd_package_add_record (package, HD_PACKAGE_DELETED);
  hd_package_record_set (record, "kind", hd_package_kind_to_string (kind));
  hd_package_record_set (record, "uuid", uuid);
  return record;
}
