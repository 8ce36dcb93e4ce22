/* hd-package-writer.h — writing an exchange package (.hdx).
 *
 * The file is one gzip member holding the package's XML (data/huodongban-package.rng), written
 * without indentation. Its last element is the signature: the HMAC-SHA256, under the key the two
 * offices share, of the XML's bytes as written from the first byte up to the "<signature" that
 * opens it (hd-package-private.h gives its exact form). Signing bytes rather than a parsed tree
 * needs no canonical form: the reader checks the same bytes before it parses anything.
 * The file appears only when whole (written beside it, then renamed).
 */
#pragma once

#include "exchange/hd-package.h"

G_BEGIN_DECLS

/* Writes @package to @path, signed with @key. Refuses a record without a required field, with a
 * field its kind does not have, or with a text that XML cannot carry (control characters). */
gboolean   hd_package_write         (const HdPackage  *package,
                                     const guint8     *key,
                                     gsize             key_len,
                                     const char       *path,
                                     GError          **error);

/* The package's XML, signed, as the file holds it uncompressed. */
GBytes    *hd_package_to_xml        (const HdPackage  *package,
                                     const guint8     *key,
                                     gsize             key_len,
                                     GError          **error);

G_END_DECLS
