/* hd-package-private.h — what the package writer and reader share: the fields of each kind of
 * record, in the order the schema gives them, and the signature's form. */
#pragma once

#include "exchange/hd-package.h"

G_BEGIN_DECLS

/* The fields of @kind, ended by a NULL name. A deletion's two fields are attributes. */
const HdPackageField *hd_package_fields (HdPackageKind kind);

/* The signature is the document's last element, written exactly as
 *   <signature algorithm="hmac-sha256">HEX</signature></package>\n
 * HEX being the lowercase HMAC-SHA256 of every byte before "<signature". */
#define HD_PACKAGE_SIGNATURE_OPEN "<signature algorithm=\"hmac-sha256\">"
#define HD_PACKAGE_SIGNATURE_CLOSE "</signature></package>\n"
#define HD_PACKAGE_SIGNATURE_HEX_LEN 64

G_END_DECLS
