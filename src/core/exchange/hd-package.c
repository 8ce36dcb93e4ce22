/* hd-package.c */
#include "exchange/hd-package-private.h"

G_DEFINE_QUARK (hd-package-error-quark, hd_package_error)

static const HdPackageField unit_fields[] = {
  { "uuid", TRUE }, { "parent", FALSE }, { "kind", TRUE }, { "name", TRUE },
  { "code", FALSE }, { "position", FALSE }, { NULL, FALSE },
};
static const HdPackageField person_fields[] = {
  { "uuid", TRUE }, { "unit", TRUE }, { "name", TRUE }, { "gender", FALSE },
  { "title", FALSE }, { "party-member", FALSE }, { "phone", FALSE }, { "position", FALSE },
  { NULL, FALSE },
};
static const HdPackageField team_member_fields[] = {
  { "uuid", TRUE }, { "unit", TRUE }, { "person", TRUE }, { "role", TRUE },
  { "position", FALSE }, { NULL, FALSE },
};
static const HdPackageField deleted_fields[] = {
  { "kind", TRUE }, { "uuid", TRUE }, { NULL, FALSE },
};

static const struct {
  const char           *token;
  const HdPackageField *fields;
} kinds[HD_PACKAGE_N_KINDS] = {
  [HD_PACKAGE_UNIT] = { "unit", unit_fields },
  [HD_PACKAGE_PERSON] = { "person", person_fields },
  [HD_PACKAGE_TEAM_MEMBER] = { "team-member", team_member_fields },
  [HD_PACKAGE_DELETED] = { "deleted", deleted_fields },
};

const char *
hd_package_kind_to_string (HdPackageKind kind)
{
  g_return_val_if_fail (kind < HD_PACKAGE_N_KINDS, NULL);
  return kinds[kind].token;
}

gboolean
hd_package_kind_from_string (const char    *token,
                             HdPackageKind *kind)
{
  for (guint i = 0; i < HD_PACKAGE_N_KINDS; i++)
    if (g_strcmp0 (token, kinds[i].token) == 0)
      {
        *kind = i;
        return TRUE;
      }
  return FALSE;
}

const HdPackageField *
hd_package_fields (HdPackageKind kind)
{
  g_return_val_if_fail (kind < HD_PACKAGE_N_KINDS, NULL);
  return kinds[kind].fields;
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
