/* make-corpus.c — makes the package reader's fuzz corpus, tests/fixtures/fuzz-package/, from
 * the project's own writer and the tests' key. Run it again when the schema grows:
 *
 *   ninja -C _build tests/fuzz/make-corpus && _build/tests/fuzz/make-corpus tests/fixtures/fuzz-package
 *
 * It writes packages of every kind of record the schema takes (a few kinds a file, "ok-records-…"),
 * says which kinds it does not take yet, and damaged packages, each named for the refusal the
 * reader must give (see fuzz-corpus.c). A ".xml" file is a package's XML, which the fuzz target
 * signs and compresses; a ".hdx" or ".bin" file is read as it is. Every file is checked against
 * the reader as it is written. */
#include <string.h>
#include <glib/gstdio.h>

#include "exchange/hd-package-writer.h"
#include "fuzz-package-reader.h"
#include "hd-test-package.h"

#define KINDS_A_FILE 5


static const char *folder;
static guint n_written;

/* A record of @kind with every field its kind has, each a value of the field's type. */
static void
add_full_record (HdPackage     *package,
                 HdPackageKind  kind,
                 guint          n)
{
  HdPackageRecord *record = hd_package_add_record (package, kind);
  const HdPackageKindInfo *info = hd_package_kind_info (kind);

  for (const HdPackageField *f = info->fields; f->name != NULL; f++)
    {
      g_autofree char *value = NULL;

      if (f == info->fields)
        value = g_strdup_printf ("0190a1b2-0000-7000-8000-%012x", 0x100 * (kind + 1) + n);
      else
        switch (f->type)
          {
          case HD_VALUE_INTEGER:
            value = g_strdup ("12");
            break;
          case HD_VALUE_BOOLEAN:
            value = g_strdup ("true");
            break;
          case HD_VALUE_CHOICE:
            value = g_strdup (f->tokens[1] != NULL ? f->tokens[1] : f->tokens[0]);
            break;
          case HD_VALUE_REFERENCE:
            value = g_strdup_printf ("0190a1b2-0000-7000-8000-%012x", 0x100 * (f->refers_to + 1));
            break;
          case HD_VALUE_TEXT:
          default:
            value = g_strdup_printf ("%s：“文本” <&>", f->name);
            break;
          }
      hd_package_record_set (record, f->name, value);
    }
}

static GBytes *
to_xml (const HdPackage *package)
{
  g_autoptr(GError) error = NULL;
  GBytes *xml = hd_package_to_xml (package, hd_fuzz_key, sizeof hd_fuzz_key, &error);

  g_assert_no_error (error);
  return xml;
}

static char *
to_text (GBytes *bytes)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  return g_strndup (data, size);
}

/* @text with its first @from replaced by @to; the program stops when there is none. */
static char *
replace (const char *text,
         const char *from,
         const char *to)
{
  const char *at = strstr (text, from);

  if (at == NULL)
    g_error ("The package's XML has no “%s” any more: change make-corpus.c", from);
  return g_strdup_printf ("%.*s%s%s", (int) (at - text), text, to, at + strlen (from));
}

static GBytes *
gzip_text (const char *text)
{
  return hd_fuzz_gzip ((const guint8 *) text, strlen (text), 9);
}

/* Writes @name, checking that reading it gives what its name says (fuzz-corpus.c). */
static void
write_input (const char   *name,
             const void   *data,
             gsize         size,
             int           code)
{
  g_autofree char *path = g_build_filename (folder, name, NULL);
  g_autoptr(GError) error = NULL, write_error = NULL;
  g_autoptr(HdPackage) package = hd_fuzz_read_package (data, size, &error);

  if (code < 0 && package == NULL)
    g_error ("%s: expected a package, but: %s", name, error->message);
  if (code >= 0 && !g_error_matches (error, HD_PACKAGE_ERROR, code))
    g_error ("%s: expected refusal %d, but: %s", name, code,
             error != NULL ? error->message : "a package");
  if (!g_file_set_contents (path, data, (gssize) size, &write_error))
    g_error ("%s", write_error->message);
  n_written++;
}

static void
write_text (const char *name,
            const char *text,
            int         code)
{
  write_input (name, text, strlen (text), code);
}

static void
write_bytes (const char *name,
             GBytes     *bytes,
             int         code)
{
  gsize size;
  const void *data = g_bytes_get_data (bytes, &size);

  write_input (name, data, size, code);
}

/* The kinds the schema takes: a package of one full record each, read back. */
static GArray *
kinds_taken (void)
{
  GArray *kinds = g_array_new (FALSE, FALSE, sizeof (HdPackageKind));

  for (HdPackageKind kind = 0; kind < HD_PACKAGE_DELETED; kind++)
    {
      g_autoptr(HdPackage) package = hd_test_package_new_empty ();
      g_autoptr(GBytes) xml = NULL;
      g_autoptr(HdPackage) read = NULL;
      g_autoptr(GError) error = NULL;
      gsize size;
      const guint8 *data;

      add_full_record (package, kind, 1);
      xml = to_xml (package);
      data = g_bytes_get_data (xml, &size);
      read = hd_fuzz_read_package (data, size, &error);
      if (read != NULL)
        g_array_append_val (kinds, kind);
      else
        g_printerr ("make-corpus: left out the kind %s, which the schema does not take: %s\n",
                    hd_package_kind_to_string (kind), error->message);
    }
  return kinds;
}

static void
write_records (void)
{
  g_autoptr(GArray) kinds = kinds_taken ();
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  /* The files of an earlier run, whose names followed the kinds then. */
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, "ok-records-"))
      {
        g_autofree char *path = g_build_filename (folder, name, NULL);

        g_unlink (path);
      }
  for (guint i = 0; i < kinds->len; i += KINDS_A_FILE)
    {
      g_autoptr(HdPackage) package = hd_test_package_new_empty ();
      g_autoptr(GBytes) xml = NULL;
      HdPackageKind first = g_array_index (kinds, HdPackageKind, i);
      g_autofree char *file = g_strdup_printf ("ok-records-%02u-%s.xml", i / KINDS_A_FILE + 1,
                                               hd_package_kind_to_string (first));

      for (guint j = i; j < MIN (i + KINDS_A_FILE, kinds->len); j++)
        {
          add_full_record (package, g_array_index (kinds, HdPackageKind, j), 1);
          add_full_record (package, g_array_index (kinds, HdPackageKind, j), 2);
        }
      xml = to_xml (package);
      write_bytes (file, xml, -1);
    }
  g_print ("make-corpus: %u kinds of record in %u files\n", kinds->len,
           (kinds->len + KINDS_A_FILE - 1) / KINDS_A_FILE);
}

static void
write_packages (void)
{
  g_autoptr(HdPackage) base = hd_test_package_new ();
  g_autoptr(HdPackage) empty = hd_test_package_new_empty ();
  g_autoptr(HdPackage) key_file = hd_test_package_new_empty ();
  g_autoptr(GBytes) base_xml = to_xml (base);
  g_autoptr(GBytes) empty_xml = to_xml (empty);
  g_autoptr(GBytes) key_file_xml = NULL;
  g_autofree char *xml = to_text (base_xml);
  g_autoptr(GBytes) packed = gzip_text (xml);
  g_autofree char *signed_part = NULL;
  g_autofree char *path = g_build_filename (folder, "ok-package.hdx", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize size;

  /* As the program writes it. */
  hd_package_write (base, hd_fuzz_key, sizeof hd_fuzz_key, path, &error);
  g_assert_no_error (error);
  g_file_get_contents (path, &contents, &size, &error);
  g_assert_no_error (error);
  write_input ("ok-package.hdx", contents, size, -1);
  write_bytes ("ok-package.xml", base_xml, -1);
  write_bytes ("ok-empty.xml", empty_xml, -1);
  /* An office's key file: sequence 0, the key and the unit in the header. */
  key_file->sequence = 0;
  key_file->last_received = 0;
  key_file->key_hex = g_strdup ("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
  key_file->unit_uuid = g_strdup (HD_TEST_TOWN);
  key_file_xml = to_xml (key_file);
  write_bytes ("ok-key-file.xml", key_file_xml, -1);

  /* The file damaged: cut short, something after the gzip member, a wrong checksum. */
  {
    gsize packed_size;
    const guint8 *data = g_bytes_get_data (packed, &packed_size);
    g_autofree guint8 *changed = g_memdup2 (data, packed_size + 1);

    write_input ("damaged-cut-short.hdx", data, packed_size / 2, HD_PACKAGE_ERROR_DAMAGED);
    changed[packed_size] = '\n';
    write_input ("damaged-trailing-byte.hdx", changed, packed_size + 1, HD_PACKAGE_ERROR_DAMAGED);
    changed[packed_size - 8] ^= 0x01;  /* the CRC-32 */
    write_input ("damaged-checksum.hdx", changed, packed_size, HD_PACKAGE_ERROR_DAMAGED);
  }

  /* The signature: a byte changed after signing, another key, none at all. */
  {
    g_autofree char *changed = replace (xml, "<sequence>7</sequence>", "<sequence>8</sequence>");
    g_autoptr(GBytes) changed_packed = gzip_text (changed);
    static const guint8 other_key[32] = { 0x55 };
    g_autoptr(GBytes) other = hd_fuzz_sign ((const guint8 *) xml, strlen (xml), other_key,
                                            sizeof other_key);
    g_autofree char *other_text = to_text (other);
    g_autoptr(GBytes) other_packed = gzip_text (other_text);
    g_autofree char *none = NULL;
    g_autoptr(GBytes) none_packed = NULL;

    write_bytes ("bad-signature-changed-byte.hdx", changed_packed,
                 HD_PACKAGE_ERROR_BAD_SIGNATURE);
    write_bytes ("bad-signature-other-key.hdx", other_packed, HD_PACKAGE_ERROR_BAD_SIGNATURE);
    signed_part = g_strndup (xml, strstr (xml, "<signature") - xml);
    none = g_strconcat (signed_part, "</package>\n", NULL);
    none_packed = gzip_text (none);
    write_bytes ("bad-signature-none.hdx", none_packed, HD_PACKAGE_ERROR_BAD_SIGNATURE);
  }

  /* Not a package: neither gzip nor XML; HTML; XML that is not well-formed. */
  write_text ("not-package-not-gzip.bin", "\x1f" "PK\x03\x04 a zip file, or anything",
              HD_PACKAGE_ERROR_NOT_PACKAGE);
  {
    g_autofree char *malformed = replace (xml, "</records>", "");

    write_text ("not-package-html.xml",
                "<html><head><title>package</title></head><body><package version=\"1\">"
                "</package></body></html>\n", HD_PACKAGE_ERROR_NOT_PACKAGE);
    write_text ("not-package-not-well-formed.xml", malformed, HD_PACKAGE_ERROR_NOT_PACKAGE);
  }
  {
    g_autofree char *newer = replace (xml, "<package version=\"1\">", "<package version=\"2\">");

    write_text ("newer-version-2.xml", newer, HD_PACKAGE_ERROR_NEWER_VERSION);
  }

  /* Declarations: an external entity (XXE), the billion laughs, CDATA. */
  {
    g_autofree char *xxe_start = replace (xml, "<package ",
                                          "<!DOCTYPE package [<!ENTITY xxe SYSTEM "
                                          "\"file:///etc/passwd\">]>\n<package ");
    g_autofree char *xxe = replace (xxe_start, "城关镇活动办", "&xxe;");
    g_autofree char *laughs_start = replace (xml, "<package ",
      "<!DOCTYPE package [\n"
      " <!ENTITY lol \"lol\">\n"
      " <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
      " <!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">\n"
      " <!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n"
      " <!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">\n"
      " <!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">\n"
      " <!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">\n"
      " <!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">\n"
      " <!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">\n"
      " <!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">\n"
      "]>\n<package ");
    g_autofree char *laughs = replace (laughs_start, "城关镇活动办", "&lol9;");
    g_autofree char *cdata = replace (xml, "城关镇活动办", "<![CDATA[城关镇活动办]]>");

    write_text ("unsafe-xxe.xml", xxe, HD_PACKAGE_ERROR_UNSAFE);
    write_text ("unsafe-billion-laughs.xml", laughs, HD_PACKAGE_ERROR_UNSAFE);
    write_text ("unsafe-cdata.xml", cdata, HD_PACKAGE_ERROR_UNSAFE);
  }

  /* Past the limits, in a unit's name: nesting, a long text, a gzip bomb (kept small: the ratio's cap stops it). */
  {
    GString *deep = g_string_new (NULL);
    g_autofree char *deep_xml = NULL;
    g_autofree char *long_xml = NULL;
    g_autofree char *long_text = g_strnfill (hd_fuzz_limits.max_text + 1, 'a');
    g_autofree char *long_name = g_strconcat ("<name>", long_text, "</name>", NULL);
    g_autoptr(GBytes) long_signed = NULL;
    g_autofree char *long_signed_text = NULL;
    g_autoptr(GBytes) long_packed = NULL;
    gsize bomb_size = hd_fuzz_limits.ratio_from * 2;
    g_autofree char *bomb = g_malloc (bomb_size + 1);
    g_autoptr(GBytes) bomb_packed = NULL;

    for (int i = 0; i < 40; i++)
      g_string_append (deep, "<name>");
    g_string_append (deep, "城关镇");
    for (int i = 0; i < 40; i++)
      g_string_append (deep, "</name>");
    deep_xml = replace (xml, "<name>城关镇</name>", deep->str);
    g_string_free (deep, TRUE);
    write_text ("too-large-deep-nesting.xml", deep_xml, HD_PACKAGE_ERROR_TOO_LARGE);

    long_xml = replace (xml, "<name>城关镇</name>", long_name);
    long_signed = hd_fuzz_sign ((const guint8 *) long_xml, strlen (long_xml), hd_fuzz_key,
                                sizeof hd_fuzz_key);
    long_signed_text = to_text (long_signed);
    long_packed = gzip_text (long_signed_text);
    write_bytes ("too-large-long-text.hdx", long_packed, HD_PACKAGE_ERROR_TOO_LARGE);

    memcpy (bomb, signed_part, strlen (signed_part));
    memset (bomb + strlen (signed_part), ' ', bomb_size - strlen (signed_part));
    bomb[bomb_size] = '\0';
    bomb_packed = gzip_text (bomb);
    write_bytes ("too-large-gzip-bomb.hdx", bomb_packed, HD_PACKAGE_ERROR_TOO_LARGE);
  }

  /* Against the schema: a kind it does not have, a field missing, values it does not take. */
  {
    g_autofree char *kind = replace (xml, "</records>",
                                     "<planet><uuid>0190a1b2-0000-7000-8000-0000000000f1</uuid>"
                                     "</planet>\n</records>");
    g_autofree char *missing = replace (xml, "<name>贠𠮷</name>", "");
    g_autofree char *uuid = replace (xml, "<uuid>" HD_TEST_PERSON "</uuid>", "<uuid>贠𠮷</uuid>");
    g_autofree char *choice = replace (xml, "<gender>female</gender>", "<gender>other</gender>");
    g_autofree char *order = replace (xml, "<kind>township</kind><name>城关镇</name>",
                                      "<name>城关镇</name><kind>township</kind>");

    write_text ("schema-unknown-kind.xml", kind, HD_PACKAGE_ERROR_SCHEMA);
    write_text ("schema-missing-field.xml", missing, HD_PACKAGE_ERROR_SCHEMA);
    write_text ("schema-bad-uuid.xml", uuid, HD_PACKAGE_ERROR_SCHEMA);
    write_text ("schema-bad-choice.xml", choice, HD_PACKAGE_ERROR_SCHEMA);
    write_text ("schema-fields-out-of-order.xml", order, HD_PACKAGE_ERROR_SCHEMA);
  }
}

int
main (int    argc,
      char **argv)
{
  if (argc != 2)
    {
      g_printerr ("usage: %s FOLDER (tests/fixtures/fuzz-package)\n", argv[0]);
      return 2;
    }
  folder = argv[1];
  LLVMFuzzerInitialize (&argc, &argv);
  if (g_mkdir_with_parents (folder, 0755) != 0)
    g_error ("Could not make %s", folder);
  write_records ();
  write_packages ();
  g_print ("make-corpus: %u files in %s\n", n_written, folder);
  return 0;
}
