/* hd-package-reader.h — reading an exchange package (.hdx), whatever the file holds.
 *
 * The file may come from anyone, so nothing in it is trusted until each step has passed, in
 * this order, and every refusal is an HD_PACKAGE_ERROR that says what to do:
 *  1. it is unpacked (one gzip member) within a cap on the size and on the ratio of unpacked to
 *     packed bytes, so that a gzip bomb stops early (TOO_LARGE);
 *  2. it holds no "<!" at all: no document type, entity, comment or CDATA, none of which a
 *     package has, so that no entity is ever declared, loaded or expanded (UNSAFE);
 *  3. it starts as a package does and its format version is one this program reads
 *     (NOT_PACKAGE, NEWER_VERSION);
 *  4. its signature matches its bytes, compared in constant time, under the key given or the
 *     one chosen for the offices its header names (BAD_SIGNATURE);
 *  5. it is parsed by libxml2 with no network, no DTD and no entity substitution, within limits
 *     on the depth of elements and the length of a text (TOO_LARGE), as well-formed XML
 *     (NOT_PACKAGE), and validated against the package schema compiled into the program
 *     (SCHEMA);
 *  6. only then is it turned into an HdPackage.
 */
#pragma once

#include "exchange/hd-package.h"

G_BEGIN_DECLS

#define HD_PACKAGE_MAX_SIZE ((guint64) 512 * 1024 * 1024)  /* unpacked bytes */
#define HD_PACKAGE_MAX_RATIO 200                           /* unpacked : packed ... */
#define HD_PACKAGE_RATIO_FROM ((guint64) 8 * 1024 * 1024)  /* ... once past this many bytes */
#define HD_PACKAGE_MAX_DEPTH 8                             /* package/records/unit/name is 4 */
#define HD_PACKAGE_MAX_TEXT ((gsize) 1024 * 1024)          /* bytes of one text or attribute */

typedef struct {
  guint64 max_size;
  guint   max_ratio;
  guint64 ratio_from;
  guint   max_depth;
  gsize   max_text;
} HdPackageLimits;

#define HD_PACKAGE_LIMITS_DEFAULT \
  { HD_PACKAGE_MAX_SIZE, HD_PACKAGE_MAX_RATIO, HD_PACKAGE_RATIO_FROM, HD_PACKAGE_MAX_DEPTH, \
    HD_PACKAGE_MAX_TEXT }

/* Reads the package at @path, signed with @key, within the default limits. */
HdPackage  *hd_package_read               (const char             *path,
                                           const guint8           *key,
                                           gsize                   key_len,
                                           GError                **error);
HdPackage  *hd_package_read_with_limits   (const char             *path,
                                           const guint8           *key,
                                           gsize                   key_len,
                                           const HdPackageLimits  *limits,
                                           GError                **error);

/* Gives the key to check a package with, from the offices its header names (and, for an
 * office's key file, the key it carries, as hex; else NULL); or NULL with @error set to refuse
 * the package (another office's, an unknown sender). */
typedef GBytes *(*HdPackageKeyFunc) (const char  *sender_uuid,
                                     const char  *receiver_uuid,
                                     const char  *key_hex,
                                     gpointer     user_data,
                                     GError     **error);

/* Reads the package at @path within the default limits, with the key @key_func gives for it. */
HdPackage  *hd_package_read_keyed         (const char             *path,
                                           HdPackageKeyFunc        key_func,
                                           gpointer                user_data,
                                           GError                **error);

G_END_DECLS
