/* hd-test-package.c */
#include "hd-test-package.h"

HdPackage *
hd_test_package_new_empty (void)
{
  HdPackage *package = hd_package_new ();

  package->sender_uuid = g_strdup (HD_TEST_SENDER);
  package->sender_name = g_strdup ("城关镇活动办");
  package->receiver_uuid = g_strdup (HD_TEST_RECEIVER);
  package->receiver_name = g_strdup ("示范县活动办");
  package->created_at = g_date_time_new_utc (2026, 12, 4, 9, 30, 15);
  package->sequence = 7;
  package->last_received = 3;
  package->confidential_included = TRUE;
  return package;
}

HdPackage *
hd_test_package_new (void)
{
  HdPackage *package = hd_test_package_new_empty ();
  HdPackageRecord *record;

  record = hd_package_add_record (package, HD_PACKAGE_UNIT);
  hd_package_record_set (record, "uuid", HD_TEST_TOWN);
  hd_package_record_set (record, "kind", "township");
  hd_package_record_set (record, "name", "城关镇");
  hd_package_record_set (record, "code", " ");
  hd_package_record_set (record, "position", "1");
  record = hd_package_add_record (package, HD_PACKAGE_UNIT);
  hd_package_record_set (record, "uuid", HD_TEST_VILLAGE);
  hd_package_record_set (record, "parent", HD_TEST_TOWN);
  hd_package_record_set (record, "kind", "village");
  hd_package_record_set (record, "name", "王庄村 <东> & “西”");
  hd_package_record_set (record, "position", "0");
  record = hd_package_add_record (package, HD_PACKAGE_PERSON);
  hd_package_record_set (record, "uuid", HD_TEST_PERSON);
  hd_package_record_set (record, "unit", HD_TEST_VILLAGE);
  hd_package_record_set (record, "name", "贠𠮷");
  hd_package_record_set (record, "gender", "female");
  hd_package_record_set (record, "title", "党支部书记\n兼主任\t ");
  hd_package_record_set (record, "party-member", "true");
  hd_package_record_set (record, "phone", "");
  hd_package_record_set (record, "position", "2");
  record = hd_package_add_record (package, HD_PACKAGE_TEAM_MEMBER);
  hd_package_record_set (record, "uuid", HD_TEST_MEMBER);
  hd_package_record_set (record, "unit", HD_TEST_VILLAGE);
  hd_package_record_set (record, "person", HD_TEST_PERSON);
  hd_package_record_set (record, "role", "principal");
  hd_package_record_set (record, "position", "0");
  hd_package_add_deleted (package, HD_PACKAGE_PERSON, HD_TEST_GONE);
  return package;
}
