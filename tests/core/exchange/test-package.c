/* test-package.c — hd-core: the exchange package's writer and its reader, which refuses whatever
 * is not a package signed with the key. */
#include <string.h>
#include <glib/gstdio.h>
#include <zlib.h>

#include "hd-test-package.h"
#include "hd-test-util.h"
#include "exchange/hd-package-reader.h"
#include "exchange/hd-package-writer.h"

#define SIGNATURE_OPEN "<signature algorithm=\"hmac-sha256\">"
#define SIGNATURE_CLOSE "</signature></package>\n"

static const guint8 key[32] = {
  0x3a, 0x91, 0x07, 0xc4, 0x5e, 0x12, 0xfd, 0x88, 0x20, 0x6b, 0xa3, 0x4f, 0x19, 0xe0, 0x77, 0x2c,
  0xd5, 0x08, 0x6e, 0xb1, 0x43, 0x9a, 0x0c, 0xf2, 0x61, 0x3d, 0xc8, 0x15, 0xaa, 0x54, 0xe9, 0x02,
};


static int
compare_lines (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

/* The record's fields as "name=value" lines, sorted, to compare whole. */
static char *
record_fields (const HdPackageRecord *record)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  GHashTableIter iter;
  const char *name, *value;

  g_hash_table_iter_init (&iter, record->fields);
  while (g_hash_table_iter_next (&iter, (gpointer *) &name, (gpointer *) &value))
    g_ptr_array_add (lines, g_strdup_printf ("%s=%s", name, value));
  g_ptr_array_sort (lines, compare_lines);
  g_ptr_array_add (lines, NULL);
  return g_strjoinv ("|", (char **) lines->pdata);
}

static void
assert_same_package (const HdPackage *a,
                     const HdPackage *b)
{
  g_assert_cmpstr (a->sender_uuid, ==, b->sender_uuid);
  g_assert_cmpstr (a->sender_name, ==, b->sender_name);
  g_assert_cmpstr (a->receiver_uuid, ==, b->receiver_uuid);
  g_assert_cmpstr (a->receiver_name, ==, b->receiver_name);
  g_assert_true (g_date_time_equal (a->created_at, b->created_at));
  g_assert_cmpuint (a->sequence, ==, b->sequence);
  g_assert_cmpuint (a->last_received, ==, b->last_received);
  g_assert_cmpint (a->confidential_included, ==, b->confidential_included);
  g_assert_cmpuint (a->records->len, ==, b->records->len);
  for (guint i = 0; i < a->records->len; i++)
    {
      const HdPackageRecord *ra = g_ptr_array_index (a->records, i);
      const HdPackageRecord *rb = g_ptr_array_index (b->records, i);
      g_autofree char *fa = record_fields (ra);
      g_autofree char *fb = record_fields (rb);

      g_assert_cmpint (ra->kind, ==, rb->kind);
      g_assert_cmpstr (fa, ==, fb);
    }
}

static void
write_gzip (const char *path,
            const char *data,
            gsize       size)
{
  gzFile gz = gzopen (path, "wb");

  g_assert_nonnull (gz);
  g_assert_cmpint (gzwrite (gz, data, (unsigned) size), ==, (int) size);
  g_assert_cmpint (gzclose (gz), ==, Z_OK);
}

static char *
read_gzip (const char *path)
{
  GString *text = g_string_new (NULL);
  gzFile gz = gzopen (path, "rb");
  char buffer[4096];
  int got;

  g_assert_nonnull (gz);
  while ((got = gzread (gz, buffer, sizeof buffer)) > 0)
    g_string_append_len (text, buffer, got);
  g_assert_cmpint (got, ==, 0);
  gzclose (gz);
  return g_string_free (text, FALSE);
}

/* @body signed as the writer's header comment says: the HMAC-SHA256 of every byte before
 * "<signature", in the element that ends the document. */
static char *
sign (const char *body)
{
  g_autoptr(GHmac) hmac = g_hmac_new (G_CHECKSUM_SHA256, key, sizeof key);

  g_hmac_update (hmac, (const guchar *) body, strlen (body));
  return g_strconcat (body, SIGNATURE_OPEN, g_hmac_get_string (hmac), SIGNATURE_CLOSE, NULL);
}

/* The written XML without its signature, to change and sign again. */
static char *
unsigned_xml (void)
{
  g_autoptr(HdPackage) package = hd_test_package_new ();
  g_autoptr(GBytes) xml = hd_package_to_xml (package, key, sizeof key, NULL);
  gsize size;
  const char *data = g_bytes_get_data (xml, &size);
  const char *open = g_strrstr (data, SIGNATURE_OPEN);

  g_assert_nonnull (open);
  return g_strndup (data, open - data);
}

static void
assert_refused (const char     *dir,
                const char     *xml,
                HdPackageError  code)
{
  g_autofree char *path = g_build_filename (dir, "refused.hdx", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(HdPackage) read = NULL;

  write_gzip (path, xml, strlen (xml));
  read = hd_package_read (path, key, sizeof key, &error);
  g_assert_null (read);
  g_assert_error (error, HD_PACKAGE_ERROR, (int) code);
  g_assert_nonnull (strstr (error->message, "refused.hdx"));
}

static void
test_round_trip (void)
{
  g_autofree char *dir = hd_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "城关镇-7.hdx", NULL);
  g_autoptr(HdPackage) package = hd_test_package_new ();
  g_autoptr(HdPackage) read = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *listing = NULL;
  g_autofree char *raw = NULL;
  g_autofree char *xml = NULL;
  gsize raw_size = 0;
  const HdPackageRecord *deleted;

  g_assert_true (hd_package_write (package, key, sizeof key, path, &error));
  g_assert_no_error (error);
  listing = hd_test_list_dir (dir);
  g_assert_cmpstr (listing, ==, "城关镇-7.hdx");
  g_assert_true (g_file_get_contents (path, &raw, &raw_size, NULL));
  g_assert_cmpuint (raw_size, >, 2);
  g_assert_cmphex ((guchar) raw[0], ==, 0x1f);
  g_assert_cmphex ((guchar) raw[1], ==, 0x8b);

  xml = read_gzip (path);
  g_assert_true (g_str_has_prefix (xml, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                        "<package version=\"1\"><header><sender><uuid>" HD_TEST_SENDER));
  g_assert_nonnull (strstr (xml, "<name>王庄村 &lt;东&gt; &amp; “西”</name>"));
  g_assert_nonnull (strstr (xml, "<deleted kind=\"person\" uuid=\"" HD_TEST_GONE "\"/>"));
  g_assert_true (g_str_has_suffix (xml, SIGNATURE_CLOSE));

  read = hd_package_read (path, key, sizeof key, &error);
  g_assert_no_error (error);
  g_assert_nonnull (read);
  assert_same_package (package, read);
  g_assert_cmpstr (hd_package_record_get (g_ptr_array_index (read->records, 2), "name"), ==,
                   "贠𠮷");
  g_assert_cmpstr (hd_package_record_get (g_ptr_array_index (read->records, 2), "title"), ==,
                   "党支部书记\n兼主任\t ");
  g_assert_cmpstr (hd_package_record_get (g_ptr_array_index (read->records, 0), "code"), ==, " ");
  g_assert_null (hd_package_record_get (g_ptr_array_index (read->records, 0), "parent"));
  deleted = g_ptr_array_index (read->records, 4);
  g_assert_cmpint (deleted->kind, ==, HD_PACKAGE_DELETED);
  g_assert_cmpstr (hd_package_record_get (deleted, "kind"), ==, "person");
  g_assert_cmpstr (hd_package_record_get (deleted, "uuid"), ==, HD_TEST_GONE);
}

/* The schema shipped in data/ accepts what the writer writes (when xmllint is there). */
static void
test_schema_file (void)
{
  g_autofree char *xmllint = g_find_program_in_path ("xmllint");
  g_autofree char *schema = g_test_build_filename (G_TEST_DIST, "..", "data",
                                                   "huodongban-package.rng", NULL);
  g_autofree char *dir = hd_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "package.xml", NULL);
  g_autoptr(HdPackage) package = hd_test_package_new ();
  g_autoptr(GBytes) xml = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *expected = NULL;
  int status = -1;

  if (xmllint == NULL)
    {
      g_test_skip ("xmllint is not installed");
      return;
    }
  xml = hd_package_to_xml (package, key, sizeof key, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (xml, NULL),
                                      g_bytes_get_size (xml), NULL));
  {
    const char *argv[] = { xmllint, "--noout", "--relaxng", schema, path, NULL };

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                                 &out, &err, &status, &error));
  }
  g_assert_no_error (error);
  expected = g_strdup_printf ("%s validates\n", path);
  g_assert_cmpstr (err, ==, expected);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
}

static void
test_wrong_key (void)
{
  g_autofree char *dir = hd_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "p.hdx", NULL);
  g_autoptr(HdPackage) package = hd_test_package_new ();
  g_autoptr(GError) error = NULL;
  guint8 other[sizeof key];

  memcpy (other, key, sizeof key);
  other[31] ^= 0x01;
  g_assert_true (hd_package_write (package, key, sizeof key, path, NULL));
  g_assert_null (hd_package_read (path, other, sizeof other, &error));
  g_assert_error (error, HD_PACKAGE_ERROR, HD_PACKAGE_ERROR_BAD_SIGNATURE);
}

/* One byte changed in the XML, packed again: refused; so is a signature removed or cut. */
static void
test_changed_byte (void)
{
  g_autofree char *dir = hd_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "p.hdx", NULL);
  g_autoptr(HdPackage) package = hd_test_package_new ();
  g_autofree char *xml = NULL;
  g_autofree char *body = NULL;
  char *position;

  g_assert_true (hd_package_write (package, key, sizeof key, path, NULL));
  xml = read_gzip (path);
  position = strstr (xml, "<position>1</position>");
  g_assert_nonnull (position);
  position[strlen ("<position>")] = '2';
  assert_refused (dir, xml, HD_PACKAGE_ERROR_BAD_SIGNATURE);

  /* The same XML signed again with the key is whole: the change alone was refused. */
  body = g_strndup (xml, g_strrstr (xml, SIGNATURE_OPEN) - xml);
  g_clear_pointer (&xml, g_free);
  xml = sign (body);
  {
    g_autofree char *good = g_build_filename (dir, "good.hdx", NULL);
    g_autoptr(HdPackage) read = NULL;
    g_autoptr(GError) error = NULL;

    write_gzip (good, xml, strlen (xml));
    read = hd_package_read (good, key, sizeof key, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (hd_package_record_get (g_ptr_array_index (read->records, 0), "position"),
                     ==, "2");
  }

  /* Without the signature, or with anything after it. */
  g_clear_pointer (&xml, g_free);
  xml = g_strconcat (body, "</package>\n", NULL);
  assert_refused (dir, xml, HD_PACKAGE_ERROR_BAD_SIGNATURE);
  g_clear_pointer (&xml, g_free);
  {
    g_autofree char *signed_xml = sign (body);

    xml = g_strconcat (signed_xml, " ", NULL);
  }
  assert_refused (dir, xml, HD_PACKAGE_ERROR_BAD_SIGNATURE);
}

static void
test_not_package (void)
{
  g_autofree char *dir = hd_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "p.hdx", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.hdx", NULL);
  g_autoptr(HdPackage) package = hd_test_package_new ();
  g_autofree char *raw = NULL;
  gsize raw_size = 0;
  const struct {
    const char *content;
    gssize      size;
  } plain[] = {
    { "", 0 },
    { "x", 1 },
    { "<package version=\"1\"/>", -1 },
    { "PK\x03\x04 a zip file", -1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (plain); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_true (g_file_set_contents (path, plain[i].content, plain[i].size, NULL));
      g_assert_null (hd_package_read (path, key, sizeof key, &error));
      g_assert_error (error, HD_PACKAGE_ERROR, HD_PACKAGE_ERROR_NOT_PACKAGE);
    }

  /* Packed, but not a package's XML. */
  assert_refused (dir, "hello", HD_PACKAGE_ERROR_NOT_PACKAGE);
  assert_refused (dir, "<?xml version=\"1.0\"?>\n<report version=\"1\"/>",
                  HD_PACKAGE_ERROR_NOT_PACKAGE);
  {
    g_autofree char *broken = sign ("<package version=\"1\"><header></records>");

    assert_refused (dir, broken, HD_PACKAGE_ERROR_NOT_PACKAGE);
  }

  /* A package cut short, or with something after its gzip member. */
  g_assert_true (hd_package_write (package, key, sizeof key, path, NULL));
  g_assert_true (g_file_get_contents (path, &raw, &raw_size, NULL));
  {
    g_autoptr(GError) error = NULL;

    g_assert_true (g_file_set_contents (path, raw, raw_size - 10, NULL));
    g_assert_null (hd_package_read (path, key, sizeof key, &error));
    g_assert_error (error, HD_PACKAGE_ERROR, HD_PACKAGE_ERROR_DAMAGED);
  }
  {
    g_autoptr(GError) error = NULL;
    g_autofree char *longer = g_malloc (raw_size + 1);

    memcpy (longer, raw, raw_size);
    longer[raw_size] = 'x';
    g_assert_true (g_file_set_contents (path, longer, raw_size + 1, NULL));
    g_assert_null (hd_package_read (path, key, sizeof key, &error));
    g_assert_error (error, HD_PACKAGE_ERROR, HD_PACKAGE_ERROR_DAMAGED);
  }
  {
    g_autoptr(GError) error = NULL;

    g_assert_null (hd_package_read (missing, key, sizeof key, &error));
    g_assert_error (error, HD_PACKAGE_ERROR, HD_PACKAGE_ERROR_READ);
  }
}

/* An external entity, signed with the right key (a lower office may be the attacker). */
static void
test_xxe (void)
{
  g_autofree char *dir = hd_test_make_tmpdir ();
  g_autofree char *secret = g_build_filename (dir, "secret.txt", NULL);
  g_autofree char *body = NULL;
  g_autofree char *xml = NULL;

  g_assert_true (g_file_set_contents (secret, "秘密", -1, NULL));
  body = unsigned_xml ();
  {
    g_autofree char *doctype = g_strdup_printf ("<!DOCTYPE package [<!ENTITY x SYSTEM \"file://%s\">]>\n"
                                                "<package version=\"1\">", secret);
    g_auto(GStrv) parts = g_strsplit (body, "<package version=\"1\">", 2);
    /* The entity used in a field, as an attacker would. */
    g_auto(GStrv) names = g_strsplit (parts[1], "<name>城关镇</name>", 2);
    g_autofree char *changed = g_strconcat (parts[0], doctype, names[0], "<name>&x;</name>",
                                            names[1], NULL);

    xml = sign (changed);
  }
  assert_refused (dir, xml, HD_PACKAGE_ERROR_UNSAFE);
}

static void
test_billion_laughs (void)
{
  g_autofree char *dir = hd_test_make_tmpdir ();
  g_autofree char *body = unsigned_xml ();
  g_auto(GStrv) parts = g_strsplit (body, "<package version=\"1\">", 2);
  GString *doctype = g_string_new ("<!DOCTYPE package [<!ENTITY lol \"lol\">");
  g_autofree char *changed = NULL;
  g_autofree char *xml = NULL;
  g_auto(GStrv) names = NULL;

  for (int i = 1; i <= 9; i++)
    {
      g_string_append_printf (doctype, "<!ENTITY lol%d \"", i);
      for (int j = 0; j < 10; j++)
        g_string_append_printf (doctype, i == 1 ? "&lol;" : "&lol%d;", i - 1);
      g_string_append (doctype, "\">");
    }
  g_string_append (doctype, "]>\n<package version=\"1\">");
  names = g_strsplit (parts[1], "<name>城关镇</name>", 2);
  changed = g_strconcat (parts[0], doctype->str, names[0], "<name>&lol9;</name>", names[1], NULL);
  g_string_free (doctype, TRUE);
  xml = sign (changed);
  assert_refused (dir, xml, HD_PACKAGE_ERROR_UNSAFE);
}

/* 600 MB of zeros, packed as they are made: refused long before they are all unpacked. */
static void
test_gzip_bomb (void)
{
  g_autofree char *dir = hd_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "bomb.hdx", NULL);
  g_autofree char *zeros = g_malloc0 (1024 * 1024);
  g_autoptr(HdPackage) package = hd_test_package_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GTimer) timer = NULL;
  gzFile gz = gzopen (path, "wb9");
  const char *start = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<package version=\"1\">";

  g_assert_nonnull (gz);
  g_assert_cmpint (gzwrite (gz, start, strlen (start)), ==, (int) strlen (start));
  for (int i = 0; i < 600; i++)
    g_assert_cmpint (gzwrite (gz, zeros, 1024 * 1024), ==, 1024 * 1024);
  g_assert_cmpint (gzclose (gz), ==, Z_OK);

  timer = g_timer_new ();
  g_assert_null (hd_package_read (path, key, sizeof key, &error));
  g_assert_error (error, HD_PACKAGE_ERROR, HD_PACKAGE_ERROR_TOO_LARGE);
  /* Not a timing test: only that it stopped early rather than unpacking 600 MB. */
  g_test_message ("refused after %.3f s", g_timer_elapsed (timer, NULL));

  /* The size cap itself, lowered, on a real package. */
  g_clear_error (&error);
  g_assert_true (hd_package_write (package, key, sizeof key, path, NULL));
  {
    HdPackageLimits limits = HD_PACKAGE_LIMITS_DEFAULT;

    limits.max_size = 1000;
    g_assert_null (hd_package_read_with_limits (path, key, sizeof key, &limits, &error));
    g_assert_error (error, HD_PACKAGE_ERROR, HD_PACKAGE_ERROR_TOO_LARGE);
    g_clear_error (&error);
    limits.max_size = HD_PACKAGE_MAX_SIZE;
    limits.max_text = 10;
    g_assert_null (hd_package_read_with_limits (path, key, sizeof key, &limits, &error));
    g_assert_error (error, HD_PACKAGE_ERROR, HD_PACKAGE_ERROR_TOO_LARGE);
  }
}

/* Signed with the key, but not what the schema allows. */
static void
test_schema (void)
{
  g_autofree char *dir = hd_test_make_tmpdir ();
  g_autofree char *body = unsigned_xml ();
  g_autofree char *changed = NULL;
  g_autofree char *xml = NULL;
  g_auto(GStrv) parts = g_strsplit (body, "<unit><uuid>" HD_TEST_TOWN "</uuid>", 2);

  g_assert_nonnull (parts[1]);
  changed = g_strconcat (parts[0], "<unit>", parts[1], NULL);
  xml = sign (changed);
  assert_refused (dir, xml, HD_PACKAGE_ERROR_SCHEMA);

  /* An element the format does not have, and a uuid that is not one. */
  g_clear_pointer (&changed, g_free);
  g_clear_pointer (&xml, g_free);
  changed = g_strconcat (parts[0], "<unit><uuid>" HD_TEST_TOWN "</uuid><colour>red</colour>", parts[1],
                         NULL);
  xml = sign (changed);
  assert_refused (dir, xml, HD_PACKAGE_ERROR_SCHEMA);
  g_clear_pointer (&changed, g_free);
  g_clear_pointer (&xml, g_free);
  changed = g_strconcat (parts[0], "<unit><uuid>u1</uuid>", parts[1], NULL);
  xml = sign (changed);
  assert_refused (dir, xml, HD_PACKAGE_ERROR_SCHEMA);
}

static void
test_newer_version (void)
{
  g_autofree char *dir = hd_test_make_tmpdir ();
  g_autofree char *body = unsigned_xml ();
  g_auto(GStrv) parts = g_strsplit (body, "<package version=\"1\">", 2);
  g_autofree char *changed = g_strconcat (parts[0], "<package version=\"2\">", parts[1], NULL);
  g_autofree char *xml = sign (changed);

  assert_refused (dir, xml, HD_PACKAGE_ERROR_NEWER_VERSION);
}

static void
test_too_deep (void)
{
  g_autofree char *dir = hd_test_make_tmpdir ();
  g_autofree char *body = unsigned_xml ();
  g_auto(GStrv) parts = g_strsplit (body, "<records>\n", 2);
  GString *nested = g_string_new (NULL);
  g_autofree char *changed = NULL;
  g_autofree char *xml = NULL;

  for (int i = 0; i < 300; i++)
    g_string_append (nested, "<unit>");
  for (int i = 0; i < 300; i++)
    g_string_append (nested, "</unit>");
  changed = g_strconcat (parts[0], "<records>\n", nested->str, parts[1], NULL);
  g_string_free (nested, TRUE);
  xml = sign (changed);
  assert_refused (dir, xml, HD_PACKAGE_ERROR_TOO_LARGE);
}

/* The writer refuses a record it cannot write, and leaves no file. */
static void
test_write_invalid (void)
{
  g_autofree char *dir = hd_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "p.hdx", NULL);
  g_autofree char *listing = NULL;

  {
    g_autoptr(HdPackage) package = hd_test_package_new ();
    g_autoptr(GError) error = NULL;

    hd_package_record_set (g_ptr_array_index (package->records, 1), "name", "王庄\x01村");
    g_assert_false (hd_package_write (package, key, sizeof key, path, &error));
    g_assert_error (error, HD_PACKAGE_ERROR, HD_PACKAGE_ERROR_INVALID);
  }
  {
    g_autoptr(HdPackage) package = hd_test_package_new ();
    g_autoptr(GError) error = NULL;

    hd_package_record_set (g_ptr_array_index (package->records, 0), "uuid", NULL);
    g_assert_false (hd_package_write (package, key, sizeof key, path, &error));
    g_assert_error (error, HD_PACKAGE_ERROR, HD_PACKAGE_ERROR_INVALID);
  }
  {
    g_autoptr(HdPackage) package = hd_test_package_new ();
    g_autoptr(GError) error = NULL;

    hd_package_record_set (g_ptr_array_index (package->records, 2), "colour", "red");
    g_assert_false (hd_package_write (package, key, sizeof key, path, &error));
    g_assert_error (error, HD_PACKAGE_ERROR, HD_PACKAGE_ERROR_INVALID);
  }
  listing = hd_test_list_dir (dir);
  g_assert_cmpstr (listing, ==, "");
}

int
main (int    argc,
      char **argv)
{
  hd_test_init_english (&argc, &argv);
  g_test_add_func ("/package/round-trip", test_round_trip);
  g_test_add_func ("/package/schema-file", test_schema_file);
  g_test_add_func ("/package/wrong-key", test_wrong_key);
  g_test_add_func ("/package/changed-byte", test_changed_byte);
  g_test_add_func ("/package/not-package", test_not_package);
  g_test_add_func ("/package/xxe", test_xxe);
  g_test_add_func ("/package/billion-laughs", test_billion_laughs);
  g_test_add_func ("/package/gzip-bomb", test_gzip_bomb);
  g_test_add_func ("/package/schema", test_schema);
  g_test_add_func ("/package/newer-version", test_newer_version);
  g_test_add_func ("/package/too-deep", test_too_deep);
  g_test_add_func ("/package/write-invalid", test_write_invalid);
  return g_test_run ();
}
