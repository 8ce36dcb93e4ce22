/* fuzz-package-reader.h — the exchange package reader's fuzz target, shared by the libFuzzer
 * build (-Dfuzzing=true), the driver that runs it over the corpus as a test, and the corpus'
 * generator.
 *
 * An input is read as a package file in one of two ways:
 *  - it begins with 0x1f (a gzip member does, and a few bytes of anything else): it is the
 *    file, as it is; random bytes reach the unpacking, the checks before the signature and the
 *    signature's refusal;
 *  - otherwise it is the package's XML, uncompressed: the target signs it with the tests' key
 *    (anything from its last "<signature" on is replaced by the signature of the bytes before
 *    it, in the form the writer gives) and compresses it, so that what the fuzzer changes
 *    reaches the parser and the schema's validation too.
 * Reading must never crash, leak or hang: a refusal is an HD_PACKAGE_ERROR with a message, a
 * package read has every part the reader promises. Anything else aborts (g_error). */
#pragma once

#include <stddef.h>
#include <stdint.h>
#include <glib.h>

#include "exchange/hd-package-reader.h"

G_BEGIN_DECLS

/* The key tests/core/exchange/test-package.c signs its packages with. */
extern const guint8 hd_fuzz_key[32];

/* The limits the target reads within: the program's, but smaller where a small input should
 * reach them (the ratio's check from 512 KiB on, a text of 64 KiB, 8 MiB in all). */
extern const HdPackageLimits hd_fuzz_limits;

/* @xml signed with @key as the writer signs: anything from its last "<signature" on replaced. */
GBytes    *hd_fuzz_sign          (const guint8  *xml,
                                  gsize          size,
                                  const guint8  *key,
                                  gsize          key_len);
/* @data as one gzip member, compressed at @level (zlib's, 1 to 9). */
GBytes    *hd_fuzz_gzip          (const guint8  *data,
                                  gsize          size,
                                  int            level);

/* Reads the input as described above, checking what comes back; the package or the refusal. */
HdPackage *hd_fuzz_read_package  (const guint8  *data,
                                  gsize          size,
                                  GError       **error);

/* libFuzzer's entry points. */
int        LLVMFuzzerInitialize   (int           *argc,
                                   char       ***argv);
int        LLVMFuzzerTestOneInput (const uint8_t *data,
                                   size_t         size);

G_END_DECLS
