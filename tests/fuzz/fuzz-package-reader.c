/* fuzz-package-reader.c — the exchange package reader's fuzz target (see the header). */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>
#include <zlib.h>

#include "exchange/hd-package-private.h"
#include "fuzz-package-reader.h"

const guint8 hd_fuzz_key[32] = {
  0x3a, 0x91, 0x07, 0xc4, 0x5e, 0x12, 0xfd, 0x88, 0x20, 0x6b, 0xa3, 0x4f, 0x19, 0xe0, 0x77, 0x2c,
  0xd5, 0x08, 0x6e, 0xb1, 0x43, 0x9a, 0x0c, 0xf2, 0x61, 0x3d, 0xc8, 0x15, 0xaa, 0x54, 0xe9, 0x02,
};

const HdPackageLimits hd_fuzz_limits = {
  .max_size = 8 * 1024 * 1024,
  .max_ratio = HD_PACKAGE_MAX_RATIO,
  .ratio_from = 512 * 1024,
  .max_depth = HD_PACKAGE_MAX_DEPTH,
  .max_text = 64 * 1024,
};

#define SIGNATURE_START "<signature"

GBytes *
hd_fuzz_sign (const guint8 *xml,
              gsize         size,
              const guint8 *key,
              gsize         key_len)
{
  gsize start_len = strlen (SIGNATURE_START);
  gsize signed_size = size;
  g_autoptr(GHmac) hmac = g_hmac_new (G_CHECKSUM_SHA256, key, key_len);
  GByteArray *out = g_byte_array_sized_new (size + 128);

  for (gsize i = size >= start_len ? size - start_len + 1 : 0; i > 0; i--)
    if (memcmp (xml + i - 1, SIGNATURE_START, start_len) == 0)
      {
        signed_size = i - 1;
        break;
      }
  g_hmac_update (hmac, xml, signed_size);
  g_byte_array_append (out, xml, signed_size);
  g_byte_array_append (out, (const guint8 *) HD_PACKAGE_SIGNATURE_OPEN,
                       strlen (HD_PACKAGE_SIGNATURE_OPEN));
  g_byte_array_append (out, (const guint8 *) g_hmac_get_string (hmac),
                       HD_PACKAGE_SIGNATURE_HEX_LEN);
  g_byte_array_append (out, (const guint8 *) HD_PACKAGE_SIGNATURE_CLOSE,
                       strlen (HD_PACKAGE_SIGNATURE_CLOSE));
  return g_byte_array_free_to_bytes (out);
}

GBytes *
hd_fuzz_gzip (const guint8 *data,
              gsize         size,
              int           level)
{
  z_stream z = { 0 };
  gsize bound;
  guint8 *out;
  int status;

  /* 15 + 16: a gzip member, with a header of no name and no time, as the writer's. */
  if (deflateInit2 (&z, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
    g_error ("zlib could not start");
  bound = deflateBound (&z, size);
  out = g_malloc (bound);
  z.next_in = (Bytef *) data;
  z.avail_in = (uInt) size;
  z.next_out = out;
  z.avail_out = (uInt) bound;
  status = deflate (&z, Z_FINISH);
  if (status != Z_STREAM_END)
    g_error ("zlib could not compress %" G_GSIZE_FORMAT " bytes (%d)", size, status);
  size = z.total_out;
  deflateEnd (&z);
  return g_bytes_new_take (out, size);
}

/* The one file the inputs are written to, on a memory file system where there is one. */
static char *input_path;

static void
remove_input (void)
{
  if (input_path != NULL)
    g_unlink (input_path);
  g_clear_pointer (&input_path, g_free);
}

static const char *
input_file (void)
{
  if (input_path == NULL)
    {
      const char *dir = g_file_test ("/dev/shm", G_FILE_TEST_IS_DIR) && access ("/dev/shm", W_OK) == 0
                        ? "/dev/shm" : g_get_tmp_dir ();
      char *path = g_build_filename (dir, "hd-fuzz-package-XXXXXX.hdx", NULL);
      int fd = g_mkstemp_full (path, O_RDWR | O_CLOEXEC, 0600);

      if (fd < 0)
        g_error ("Could not make the input file %s: %s", path, g_strerror (errno));
      close (fd);
      input_path = path;
      atexit (remove_input);
    }
  return input_path;
}

static void
write_input (const guint8 *data,
             gsize         size)
{
  int fd = open (input_file (), O_WRONLY | O_TRUNC | O_CLOEXEC);

  if (fd < 0)
    g_error ("Could not open %s: %s", input_path, g_strerror (errno));
  while (size > 0)
    {
      ssize_t written = write (fd, data, size);

      if (written < 0 && errno == EINTR)
        continue;
      if (written <= 0)
        g_error ("Could not write %s: %s", input_path, g_strerror (errno));
      data += written;
      size -= (gsize) written;
    }
  close (fd);
}

static void
check_text (const char *text,
            const char *what)
{
  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    g_error ("The package read has %s %s", text == NULL ? "no" : "a text not in UTF-8 as", what);
}

/* What the reader promises of a package it returns: the header's parts, and records of known
 * kinds with only their kind's fields, each required one there. */
static void
check_package (const HdPackage *package)
{
  check_text (package->sender_uuid, "sender's uuid");
  check_text (package->sender_name, "sender's name");
  check_text (package->receiver_uuid, "receiver's uuid");
  check_text (package->receiver_name, "receiver's name");
  if (package->created_at == NULL)
    g_error ("The package read has no time it was made");
  if (package->records == NULL)
    g_error ("The package read has no records array");
  for (guint i = 0; i < package->records->len; i++)
    {
      const HdPackageRecord *record = g_ptr_array_index (package->records, i);
      const HdPackageField *fields;
      GHashTableIter iter;
      const char *name, *value;

      if (record == NULL || (guint) record->kind >= HD_PACKAGE_N_KINDS)
        g_error ("The package read has a record of no kind");
      fields = hd_package_fields (record->kind);
      for (const HdPackageField *f = fields; f->name != NULL; f++)
        if (f->required && hd_package_record_get (record, f->name) == NULL)
          g_error ("The package read has a %s without its required %s",
                   hd_package_kind_to_string (record->kind), f->name);
      g_hash_table_iter_init (&iter, record->fields);
      while (g_hash_table_iter_next (&iter, (gpointer *) &name, (gpointer *) &value))
        {
          const HdPackageField *f = fields;

          while (f->name != NULL && g_strcmp0 (f->name, name) != 0)
            f++;
          if (f->name == NULL)
            g_error ("The package read has a %s with a field its kind has not: %s",
                     hd_package_kind_to_string (record->kind), name);
          check_text (value, name);
        }
    }
}

HdPackage *
hd_fuzz_read_package (const guint8  *data,
                      gsize          size,
                      GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  HdPackage *package;

  if (size > 0 && data[0] == 0x1f)
    write_input (data, size);
  else
    {
      g_autoptr(GBytes) xml = hd_fuzz_sign (data, size, hd_fuzz_key, sizeof hd_fuzz_key);
      g_autoptr(GBytes) file = NULL;
      gsize xml_size;
      gconstpointer xml_data = g_bytes_get_data (xml, &xml_size);
      gsize file_size;
      gconstpointer file_data;

      file = hd_fuzz_gzip (xml_data, xml_size, Z_BEST_SPEED);
      file_data = g_bytes_get_data (file, &file_size);
      write_input (file_data, file_size);
    }

  package = hd_package_read_with_limits (input_file (), hd_fuzz_key, sizeof hd_fuzz_key,
                                         &hd_fuzz_limits, &local_error);
  if (package != NULL)
    {
      if (local_error != NULL)
        g_error ("The reader returned a package and an error: %s", local_error->message);
      check_package (package);
    }
  else
    {
      if (local_error == NULL)
        g_error ("The reader refused an input without saying why");
      if (local_error->domain != HD_PACKAGE_ERROR)
        g_error ("The reader refused an input with an error of another domain: %s",
                 local_error->message);
      if (local_error->code < HD_PACKAGE_ERROR_READ
          || local_error->code > HD_PACKAGE_ERROR_NEWER_VERSION)
        g_error ("The reader refused an input with an unknown code %d", local_error->code);
      check_text (local_error->message, "refusal's message");
      if (local_error->message[0] == '\0')
        g_error ("The reader refused an input with an empty message");
      g_propagate_error (error, g_steal_pointer (&local_error));
    }
  return package;
}

/* GLib stops on a fatal message with SIGTRAP, which libFuzzer does not catch: it would keep no
 * input and print no stack. An abort it catches. */
static void
on_trap (int signal)
{
  abort ();
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  /* A critical or a warning is a bug the fuzzer has found, as in the tests (fatal-criticals). */
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  signal (SIGTRAP, on_trap);
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  HdPackage *package = hd_fuzz_read_package (data, size, &error);

  g_clear_pointer (&package, hd_package_free);
  return 0;
}
