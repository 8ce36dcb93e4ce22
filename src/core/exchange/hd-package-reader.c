/* hd-package-reader.c */
#include <stdio.h>
#include <string.h>
#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <gio/gio.h>
#include <libxml/parser.h>
#include <libxml/relaxng.h>
#include <libxml/xmlreader.h>
#include <zlib.h>

#include "hd-exchange-resources.h"
#include "exchange/hd-package-private.h"
#include "exchange/hd-package-reader.h"

#define SCHEMA_RESOURCE "/io/github/huodongban/Huodongban/core/huodongban-package.rng"

/* Never NOENT (entities expanded), DTDLOAD, DTDATTR or HUGE (no limits): step 2 refuses any
 * declaration before libxml2 sees one, and these keep it from acting on one all the same. */
#define PARSE_OPTIONS (XML_PARSE_NONET | XML_PARSE_NOBLANKS)

#define READ_CHUNK (64 * 1024)
#define UNPACK_CHUNK (256 * 1024)

#if LIBXML_VERSION >= 21200
typedef const xmlError *HdXmlError;
#else
typedef xmlErrorPtr HdXmlError;
#endif

static xmlParserInputPtr
load_nothing (const char       *url,
              const char       *id,
              xmlParserCtxtPtr  ctxt)
{
  return NULL;
}

static xmlRelaxNGPtr
package_schema (void)
{
  static gsize once;
  static xmlRelaxNGPtr schema;

  if (g_once_init_enter (&once))
    {
      g_autoptr(GBytes) text = g_resource_lookup_data (hd_exchange_get_resource (),
                                                       SCHEMA_RESOURCE, 0, NULL);
      xmlRelaxNGParserCtxtPtr ctxt;
      xmlRelaxNGPtr parsed;
      gsize size;
      const char *data = g_bytes_get_data (text, &size);

      /* Nothing the program parses may reach out for an external entity, whatever its
       * options: packages are the only XML hd-core reads. */
      xmlSetExternalEntityLoader (load_nothing);
      ctxt = xmlRelaxNGNewMemParserCtxt (data, (int) size);
      parsed = xmlRelaxNGParse (ctxt);
      xmlRelaxNGFreeParserCtxt (ctxt);
      if (parsed == NULL)
        g_error ("The package schema compiled into the program does not parse");
      schema = parsed;
      g_once_init_leave (&once, 1);
    }
  return schema;
}

/* 1. The file unpacked, within the limits. */
static GByteArray *
unpack (const char             *path,
        const HdPackageLimits  *limits,
        GError                **error)
{
  g_autofree char *name = g_filename_display_basename (path);
  g_autofree guint8 *in = g_malloc (READ_CHUNK);
  g_autoptr(GByteArray) out = g_byte_array_new ();
  z_stream z = { 0 };
  FILE *file = g_fopen (path, "rbe");
  gboolean ended = FALSE, failed = FALSE;
  int status = Z_OK;

  if (file == NULL)
    {
      int saved_errno = errno;

      g_set_error (error, HD_PACKAGE_ERROR, HD_PACKAGE_ERROR_READ,
                   _("The package “%s” could not be read: %s. Check that the file is there "
                     "and that you may read it."), name, g_strerror (saved_errno));
      return NULL;
    }
  /* 15 + 16: a gzip member only, never raw data taken as it is. */
  if (inflateInit2 (&z, 15 + 16) != Z_OK)
    g_error ("zlib could not start");

  while (!ended && !failed)
    {
      size_t got = fread (in, 1, READ_CHUNK, file);

      if (got == 0)
        break;
      if (z.total_in == 0 && (got < 2 || in[0] != 0x1f || in[1] != 0x8b))
        {
          g_set_error (error, HD_PACKAGE_ERROR, HD_PACKAGE_ERROR_NOT_PACKAGE,
                       _("“%s” is not an exchange package. Choose the .hdx file that the other "
                         "office sent."), name);
          failed = TRUE;
          break;
        }
      z.next_in = in;
      z.avail_in = (uInt) got;
      while (z.avail_in > 0 && !ended && !failed)
        {
          guint old_len = out->len;

          g_byte_array_set_size (out, old_len + UNPACK_CHUNK);
          z.next_out = out->data + old_len;
          z.avail_out = UNPACK_CHUNK;
          status = inflate (&z, Z_NO_FLUSH);
          g_byte_array_set_size (out, old_len + UNPACK_CHUNK - z.avail_out);
          if (status != Z_OK && status != Z_BUF_ERROR && status != Z_STREAM_END)
            failed = TRUE;
          else if (z.total_out > limits->max_size)
            {
              g_autofree char *cap = g_format_size (limits->max_size);

              g_set_error (error, HD_PACKAGE_ERROR, HD_PACKAGE_ERROR_TOO_LARGE,
                           _("The package “%s” unpacks to more than %s, more than an office's "
                             "records take. It was not read; ask the sending office to check "
                             "it."), name, cap);
              g_clear_pointer (&out, g_byte_array_unref);
              failed = TRUE;
            }
          else if (z.total_out > limits->ratio_from
                   && z.total_out / MAX (z.total_in, 1) > limits->max_ratio)
            {
              g_set_error (error, HD_PACKAGE_ERROR, HD_PACKAGE_ERROR_TOO_LARGE,
                           _("The package “%s” unpacks to far more than records could fill "
                             "from its size; it may be a crafted file. It was not read; ask "
                             "the sending office to check it."), name);
              g_clear_pointer (&out, g_byte_array_unref);
              failed = TRUE;
            }
          else if (status == Z_STREAM_END)
            ended = TRUE;
        }
      /* Anything after the member is not part of a package. */
      if (ended && (z.avail_in > 0 || fgetc (file) != EOF))
        {
          ended = FALSE;
          failed = TRUE;
        }
    }
  if (ferror (file) && !failed)
    {
      g_set_error (error, HD_PACKAGE_ERROR, HD_PACKAGE_ERROR_READ,
                   _("The package “%s” could not be read: %s. Check that the file is there "
                     "and that you may read it."), name, g_strerror (EIO));
      failed = TRUE;
    }
  else if (!ended && (error == NULL || *error == NULL))
    {
      if (z.total_in == 0)
        g_set_error (error, HD_PACKAGE_ERROR, HD_PACKAGE_ERROR_NOT_PACKAGE,
                     _("“%s” is not an exchange package. Choose the .hdx file that the other "
                       "office sent."), name);
      else
        g_set_error (error, HD_PACKAGE_ERROR, HD_PACKAGE_ERROR_DAMAGED,
                     _("The package “%s” is incomplete or damaged (it may have been cut short "
                       "while it was copied). Ask the sending office to send it again."), name);
    }
  inflateEnd (&z);
  fclose (file);
  return ended ? g_steal_pointer (&out) : NULL;
}

/* 3. The start of a package: its format version, or 0 when it is not a package. */
static guint
package_version (const guint8 *data,
                 gsize         size)
{
  g_autoptr(GRegex) start = g_regex_new ("\\A(?:<\\?xml [^>]{0,200}\\?>)?\\s*"
                                         "<package\\s+version=\"([0-9]{1,9})\"",
                                         G_REGEX_RAW | G_REGEX_OPTIMIZE, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *version = NULL;

  if (!g_regex_match_full (start, (const char *) data, MIN (size, 512), 0, 0, &match, NULL))
    return 0;
  version = g_match_info_fetch (match, 1);
  return (guint) g_ascii_strtoull (version, NULL, 10);
}

/* The offices the header names, and the key a key file carries, read from the unparsed text
 * (the writer puts the header first, on one line) so that the right key can be chosen before
 * the signature is checked. FALSE when the start is not a package's. */
static gboolean
peek_header (const guint8  *data,
             gsize          size,
             char         **sender,
             char         **receiver,
             char         **key_hex)
{
  g_autoptr(GRegex) header = g_regex_new ("<header><sender><uuid>([0-9a-f-]{36})</uuid>[^<]*"
                                          "(?:<name>[^<]*</name>)?</sender><receiver><uuid>"
                                          "([0-9a-f-]{36})</uuid>[^\\n]*?"
                                          "(?:<key>([0-9a-f]{64})</key>[^\\n]*)?</header>",
                                          G_REGEX_RAW | G_REGEX_OPTIMIZE, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;

  if (!g_regex_match_full (header, (const char *) data, MIN (size, 16384), 0, 0, &match, NULL))
    return FALSE;
  *sender = g_match_info_fetch (match, 1);
  *receiver = g_match_info_fetch (match, 2);
  *key_hex = g_match_info_fetch (match, 3);
  if (**key_hex == '\0')
    g_clear_pointer (key_hex, g_free);
  return TRUE;
}

/* 4. The signature: the tail as the writer puts it, and an HMAC that matches. */
static gboolean
signature_matches (const guint8 *data,
                   gsize         size,
                   const guint8 *key,
                   gsize         key_len,
                   gsize        *signed_size)
{
  gsize open_len = strlen (HD_PACKAGE_SIGNATURE_OPEN);
  gsize close_len = strlen (HD_PACKAGE_SIGNATURE_CLOSE);
  gsize tail = open_len + HD_PACKAGE_SIGNATURE_HEX_LEN + close_len;
  g_autoptr(GHmac) hmac = NULL;
  const char *expected, *given;
  guint8 difference = 0;

  if (size < tail
      || memcmp (data + size - tail, HD_PACKAGE_SIGNATURE_OPEN, open_len) != 0
      || memcmp (data + size - close_len, HD_PACKAGE_SIGNATURE_CLOSE, close_len) != 0)
    return FALSE;
  *signed_size = size - tail;
  hmac = g_hmac_new (G_CHECKSUM_SHA256, key, key_len);
  g_hmac_update (hmac, data, *signed_size);
  expected = g_hmac_get_string (hmac);
  given = (const char *) data + size - tail + open_len;
  /* In constant time: how much of a forged signature is right must not show in the time taken. */
  for (gsize i = 0; i < HD_PACKAGE_SIGNATURE_HEX_LEN; i++)
    difference |= (guint8) (expected[i] ^ given[i]);
  return difference == 0;
}

/* 2. No "<!" anywhere: the writer escapes every "<" in a text, and writes no declaration. */
static gboolean
holds_declaration (const guint8 *data,
                   gsize         size)
{
  const guint8 *end = data + size;

  for (const guint8 *c = memchr (data, '<', size); c != NULL && c + 1 < end;
       c = memchr (c + 1, '<', end - c - 1))
    if (c[1] == '!')
      return TRUE;
  return FALSE;
}

typedef struct {
  char *parse;      /* the first error of well-formedness */
  int   parse_line;
  char *validity;   /* the first error against the schema */
  int   validity_line;
} Errors;

static void
on_xml_error (void       *data,
              HdXmlError  e)
{
  Errors *errors = data;
  char **message = e->domain == XML_FROM_RELAXNGV ? &errors->validity : &errors->parse;

  if (*message != NULL || e->level < XML_ERR_ERROR)
    return;
  *message = g_strstrip (g_strdup (e->message != NULL ? e->message : ""));
  if (e->domain == XML_FROM_RELAXNGV)
    errors->validity_line = e->line;
  else
    errors->parse_line = e->line;
}

/* 5. Parsed once as a stream, within the limits, and validated on the way. */
static gboolean
check_document (const guint8           *data,
                gsize                   size,
                const char             *name,
                const HdPackageLimits  *limits,
                GError                **error)
{
  xmlTextReaderPtr reader = xmlReaderForMemory ((const char *) data, (int) size, NULL, "UTF-8",
                                                PARSE_OPTIONS);
  Errors errors = { 0 };
  gboolean ok = TRUE;
  int status = 0;

  if (reader == NULL)
    {
      g_set_error (error, HD_PACKAGE_ERROR, HD_PACKAGE_ERROR_TOO_LARGE,
                   _("The package “%s” is too large to be read. Ask the sending office to "
                     "send its records in smaller packages."), name);
      return FALSE;
    }
  xmlTextReaderSetStructuredErrorHandler (reader, on_xml_error, &errors);
  xmlTextReaderRelaxNGSetSchema (reader, package_schema ());
  while (ok && (status = xmlTextReaderRead (reader)) == 1)
    {
      int type = xmlTextReaderNodeType (reader);

      if (xmlTextReaderDepth (reader) > (int) limits->max_depth)
        {
          g_set_error (error, HD_PACKAGE_ERROR, HD_PACKAGE_ERROR_TOO_LARGE,
                       _("The package “%s” nests its elements deeper than a package does; it "
                         "may be a crafted file. It was not read; ask the sending office to "
                         "send it again."), name);
          ok = FALSE;
        }
      else if (type == XML_READER_TYPE_DOCUMENT_TYPE || type == XML_READER_TYPE_ENTITY
               || type == XML_READER_TYPE_ENTITY_REFERENCE || type == XML_READER_TYPE_CDATA
               || type == XML_READER_TYPE_COMMENT)
        {
          g_set_error (error, HD_PACKAGE_ERROR, HD_PACKAGE_ERROR_UNSAFE,
                       _("The package “%s” declares a document type, entities or comments, "
                         "which packages never hold; it may be a crafted file. It was not "
                         "read; ask the sending office to send it again."), name);
          ok = FALSE;
        }
      else
        {
          gboolean long_text = FALSE;

          if (type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE)
            long_text = strlen ((const char *) xmlTextReaderConstValue (reader)) > limits->max_text;
          else if (type == XML_READER_TYPE_ELEMENT)
            {
              while (!long_text && xmlTextReaderMoveToNextAttribute (reader) == 1)
                long_text = strlen ((const char *) xmlTextReaderConstValue (reader))
                            > limits->max_text;
              xmlTextReaderMoveToElement (reader);
            }
          if (long_text)
            {
              g_autofree char *cap = g_format_size (limits->max_text);

              g_set_error (error, HD_PACKAGE_ERROR, HD_PACKAGE_ERROR_TOO_LARGE,
                           _("The package “%s” holds a text longer than %s, longer than any "
                             "record's. It was not read; ask the sending office to check it."),
                           name, cap);
              ok = FALSE;
            }
        }
    }
  if (ok && (status < 0 || errors.parse != NULL))
    {
      g_set_error (error, HD_PACKAGE_ERROR, HD_PACKAGE_ERROR_NOT_PACKAGE,
                   _("The package “%s” is not well-formed XML (line %d: %s). It was not read; "
                     "ask the sending office to send it again."),
                   name, errors.parse_line, errors.parse != NULL ? errors.parse : "?");
      ok = FALSE;
    }
  else if (ok && (errors.validity != NULL || xmlTextReaderIsValid (reader) != 1))
    {
      g_set_error (error, HD_PACKAGE_ERROR, HD_PACKAGE_ERROR_SCHEMA,
                   _("The package “%s” does not follow the package format (line %d: %s). It "
                     "was not read; ask the sending office to update Huodongban and send it "
                     "again."),
                   name, errors.validity_line, errors.validity != NULL ? errors.validity : "?");
      ok = FALSE;
    }
  xmlFreeTextReader (reader);
  g_free (errors.parse);
  g_free (errors.validity);
  return ok;
}

static char *
node_text (xmlNodePtr node)
{
  xmlChar *content = xmlNodeGetContent (node);
  char *text = g_strdup ((const char *) content);

  xmlFree (content);
  return text;
}

static xmlNodePtr
child (xmlNodePtr  parent,
       const char *name)
{
  for (xmlNodePtr node = parent->children; node != NULL; node = node->next)
    if (node->type == XML_ELEMENT_NODE && g_str_equal ((const char *) node->name, name))
      return node;
  g_return_val_if_reached (NULL);  /* the schema has checked that it is there */
}

static char *
child_text (xmlNodePtr  parent,
            const char *name)
{
  return node_text (child (parent, name));
}

static guint64
child_number (xmlNodePtr  parent,
              const char *name)
{
  g_autofree char *text = child_text (parent, name);

  return g_ascii_strtoull (text, NULL, 10);
}

static void
read_header (HdPackage  *package,
             xmlNodePtr  header)
{
  xmlNodePtr sender = child (header, "sender");
  xmlNodePtr receiver = child (header, "receiver");
  g_autofree char *created_at = child_text (header, "created-at");
  g_autofree char *confidential = child_text (header, "confidential-included");
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();

  package->sender_uuid = child_text (sender, "uuid");
  package->sender_name = child_text (sender, "name");
  package->receiver_uuid = child_text (receiver, "uuid");
  package->receiver_name = child_text (receiver, "name");
  package->created_at = g_date_time_new_from_iso8601 (created_at, utc);
  package->sequence = child_number (header, "sequence");
  package->last_received = child_number (header, "last-received");
  package->confidential_included = g_str_equal (confidential, "true");
  for (xmlNodePtr node = header->children; node != NULL; node = node->next)
    if (node->type == XML_ELEMENT_NODE && g_str_equal ((const char *) node->name, "key"))
      package->key_hex = node_text (node);
    else if (node->type == XML_ELEMENT_NODE && g_str_equal ((const char *) node->name, "unit"))
      package->unit_uuid = node_text (node);
}

static void
read_record (HdPackage  *package,
             xmlNodePtr  element)
{
  HdPackageKind kind;
  HdPackageRecord *record;

  if (!hd_package_kind_from_string ((const char *) element->name, &kind))
    g_return_if_reached ();
  record = hd_package_add_record (package, kind);
  if (kind == HD_PACKAGE_DELETED)
    {
      for (xmlAttrPtr attr = element->properties; attr != NULL; attr = attr->next)
        {
          g_autofree char *value = node_text ((xmlNodePtr) attr);

          hd_package_record_set (record, (const char *) attr->name, value);
        }
      return;
    }
  for (xmlNodePtr field = element->children; field != NULL; field = field->next)
    if (field->type == XML_ELEMENT_NODE)
      {
        g_autofree char *value = node_text (field);

        hd_package_record_set (record, (const char *) field->name, value);
      }
}

/* 6. The checked document, turned into a package. */
static HdPackage *
build_package (const guint8 *data,
               gsize         size)
{
  xmlDocPtr doc = xmlReadMemory ((const char *) data, (int) size, NULL, "UTF-8",
                                 PARSE_OPTIONS | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  HdPackage *package;
  xmlNodePtr root;

  if (doc == NULL)
    return NULL;
  package = hd_package_new ();
  root = xmlDocGetRootElement (doc);
  read_header (package, child (root, "header"));
  for (xmlNodePtr node = child (root, "records")->children; node != NULL; node = node->next)
    if (node->type == XML_ELEMENT_NODE)
      read_record (package, node);
  xmlFreeDoc (doc);
  return package;
}

static HdPackage *
read_package (const char             *path,
              HdPackageKeyFunc        key_func,
              gpointer                user_data,
              const HdPackageLimits  *limits,
              GError                **error)
{
  g_autofree char *sender = NULL, *receiver = NULL, *key_hex = NULL;
  g_autoptr(GBytes) key = NULL;
  g_autofree char *name = g_filename_display_basename (path);
  g_autoptr(GByteArray) xml = NULL;
  HdPackage *package;
  gsize signed_size = 0;
  guint version;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (limits != NULL, NULL);

  xml = unpack (path, limits, error);
  if (xml == NULL)
    return NULL;
  if (xml->len > G_MAXINT)
    {
      g_set_error (error, HD_PACKAGE_ERROR, HD_PACKAGE_ERROR_TOO_LARGE,
                   _("The package “%s” is too large to be read. Ask the sending office to "
                     "send its records in smaller packages."), name);
      return NULL;
    }

  if (holds_declaration (xml->data, xml->len))
    {
      g_set_error (error, HD_PACKAGE_ERROR, HD_PACKAGE_ERROR_UNSAFE,
                   _("The package “%s” declares a document type, entities or comments, which "
                     "packages never hold; it may be a crafted file. It was not read; ask the "
                     "sending office to send it again."), name);
      return NULL;
    }

  version = package_version (xml->data, xml->len);
  if (version == 0)
    {
      g_set_error (error, HD_PACKAGE_ERROR, HD_PACKAGE_ERROR_NOT_PACKAGE,
                   _("“%s” is not an exchange package. Choose the .hdx file that the other "
                     "office sent."), name);
      return NULL;
    }
  if (version > HD_PACKAGE_VERSION)
    {
      g_set_error (error, HD_PACKAGE_ERROR, HD_PACKAGE_ERROR_NEWER_VERSION,
                   _("The package “%s” was made by a newer Huodongban (package format %u; this "
                     "one reads format %d). Update Huodongban, then receive the package "
                     "again."), name, version, HD_PACKAGE_VERSION);
      return NULL;
    }

  if (!peek_header (xml->data, xml->len, &sender, &receiver, &key_hex))
    {
      g_set_error (error, HD_PACKAGE_ERROR, HD_PACKAGE_ERROR_NOT_PACKAGE,
                   _("“%s” is not an exchange package. Choose the .hdx file that the other "
                     "office sent."), name);
      return NULL;
    }
  key = key_func (sender, receiver, key_hex, user_data, error);
  if (key == NULL)
    return NULL;
  if (!signature_matches (xml->data, xml->len, g_bytes_get_data (key, NULL),
                          g_bytes_get_size (key), &signed_size))
    {
      g_set_error (error, HD_PACKAGE_ERROR, HD_PACKAGE_ERROR_BAD_SIGNATURE,
                   _("The package “%s” was not made with the key this office holds for the "
                     "sender, or it was changed after it was made. It was not read; check that "
                     "the key is the current one, or ask the sending office to send the "
                     "package again."), name);
      return NULL;
    }

  if (!check_document (xml->data, xml->len, name, limits, error))
    return NULL;

  package = build_package (xml->data, xml->len);
  if (package == NULL)
    g_set_error (error, HD_PACKAGE_ERROR, HD_PACKAGE_ERROR_TOO_LARGE,
                 _("The package “%s” is too large to be read. Ask the sending office to "
                   "send its records in smaller packages."), name);
  return package;
}

typedef struct {
  const guint8 *key;
  gsize         key_len;
} FixedKey;

static GBytes *
fixed_key (const char  *sender,
           const char  *receiver,
           const char  *key_hex,
           gpointer     user_data,
           GError     **error)
{
  FixedKey *fixed = user_data;

  return g_bytes_new (fixed->key, fixed->key_len);
}

HdPackage *
hd_package_read_with_limits (const char             *path,
                             const guint8           *key,
                             gsize                   key_len,
                             const HdPackageLimits  *limits,
                             GError                **error)
{
  FixedKey fixed = { key, key_len };

  g_return_val_if_fail (key != NULL && key_len > 0, NULL);
  return read_package (path, fixed_key, &fixed, limits, error);
}

HdPackage *
hd_package_read_keyed (const char        *path,
                       HdPackageKeyFunc   key_func,
                       gpointer           user_data,
                       GError           **error)
{
  const HdPackageLimits limits = HD_PACKAGE_LIMITS_DEFAULT;

  g_return_val_if_fail (key_func != NULL, NULL);
  return read_package (path, key_func, user_data, &limits, error);
}

HdPackage *
hd_package_read (const char    *path,
                 const guint8  *key,
                 gsize          key_len,
                 GError       **error)
{
  const HdPackageLimits limits = HD_PACKAGE_LIMITS_DEFAULT;

  return hd_package_read_with_limits (path, key, key_len, &limits, error);
}
