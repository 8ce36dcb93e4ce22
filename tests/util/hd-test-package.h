/* hd-test-package.h — the exchange package of the tests: two units (one name with markup's
 * characters), a person with a rare name and a title of several lines, a team member and a
 * deletion. The package tests read it back whole; the fuzz corpus starts from it. */
#pragma once

#include "exchange/hd-package.h"

G_BEGIN_DECLS

#define HD_TEST_SENDER   "0190a1b2-0000-7000-8000-000000000001"
#define HD_TEST_RECEIVER "0190a1b2-0000-7000-8000-000000000002"
#define HD_TEST_TOWN     "0190a1b2-0000-7000-8000-00000000000a"
#define HD_TEST_VILLAGE  "0190a1b2-0000-7000-8000-00000000000b"
#define HD_TEST_PERSON   "0190a1b2-0000-7000-8000-0000000000a1"
#define HD_TEST_MEMBER   "0190a1b2-0000-7000-8000-0000000000b1"
#define HD_TEST_GONE     "0190a1b2-0000-7000-8000-0000000000c1"

/* A package from 城关镇活动办 (HD_TEST_SENDER) to 示范县活动办 (HD_TEST_RECEIVER), number 7,
 * acknowledging 3, made 2026-12-04 09:30:15 UTC, confidential content included, without records. */
HdPackage *hd_test_package_new_empty (void);
/* The same with the records above. */
HdPackage *hd_test_package_new       (void);

G_END_DECLS
