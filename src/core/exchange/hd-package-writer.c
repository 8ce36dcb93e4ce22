/* hd-package-writer.c */
#include <errno.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <libxml/xmlwriter.h>
#include <zlib.h>

#include "exchange/hd-package-private.h"
#include "exchange/hd-package-writer.h"
#include "store/hd-replace-file.h"

/* XML 1.0 carries tabs and line breaks, not the other control characters. */
static gboolean
check_text (const char  *text,
            GError     **error)
{
  gboolean ok = g_utf8_validate (text, -1, NULL);

  for (const char *c = text; ok && *c != '\0'; c++)
    if ((guchar) *c < 0x20 && *c != '\t' && *c != '\n' && *c != '\r')
      ok = FALSE;
  if (!ok)
    {
      g_autofree char *shown = g_utf8_make_valid (text, -1);

      g_set_error (error, HD_PACKAGE_ERROR, HD_PACKAGE_ERROR_INVALID,
                   _("The text “%s” holds a character that a package cannot carry (a control "
                     "character). Correct the text, then make the package again."), shown);
    }
  return ok;
}

static gboolean
write_text_element (xmlTextWriterPtr   writer,
                    const char        *name,
                    const char        *value,
                    GError           **error)
{
  if (!check_text (value, error))
    return FALSE;
  xmlTextWriterWriteElement (writer, BAD_CAST name, BAD_CAST value);
  return TRUE;
}

static gboolean
write_office (xmlTextWriterPtr   writer,
              const char        *element,
              const char        *uuid,
              const char        *name,
              GError           **error)
{
  xmlTextWriterStartElement (writer, BAD_CAST element);
  if (!write_text_element (writer, "uuid", uuid, error)
      || !write_text_element (writer, "name", name != NULL ? name : "", error))
    return FALSE;
  xmlTextWriterEndElement (writer);
  return TRUE;
}

static gboolean
write_header (xmlTextWriterPtr   writer,
              const HdPackage   *package,
              GError           **error)
{
  g_autoptr(GDateTime) utc = g_date_time_to_utc (package->created_at);
  g_autofree char *created_at = g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
  g_autofree char *sequence = g_strdup_printf ("%" G_GUINT64_FORMAT, package->sequence);
  g_autofree char *last = g_strdup_printf ("%" G_GUINT64_FORMAT, package->last_received);

  xmlTextWriterStartElement (writer, BAD_CAST "header");
  if (!write_office (writer, "sender", package->sender_uuid, package->sender_name, error)
      || !write_office (writer, "receiver", package->receiver_uuid, package->receiver_name, error))
    return FALSE;
  xmlTextWriterWriteElement (writer, BAD_CAST "created-at", BAD_CAST created_at);
  xmlTextWriterWriteElement (writer, BAD_CAST "sequence", BAD_CAST sequence);
  xmlTextWriterWriteElement (writer, BAD_CAST "last-received", BAD_CAST last);
  xmlTextWriterWriteElement (writer, BAD_CAST "confidential-included",
                             BAD_CAST (package->confidential_included ? "true" : "false"));
  if (package->key_hex != NULL)
    {
      xmlTextWriterWriteElement (writer, BAD_CAST "key", BAD_CAST package->key_hex);
      xmlTextWriterWriteElement (writer, BAD_CAST "unit", BAD_CAST package->unit_uuid);
    }
  xmlTextWriterEndElement (writer);
  return TRUE;
}

static gboolean
check_fields (const HdPackageRecord  *record,
              GError                **error)
{
  const HdPackageField *fields = hd_package_fields (record->kind);
  const char *kind = hd_package_kind_to_string (record->kind);
  GHashTableIter iter;
  const char *name;
  guint known = 0;

  for (const HdPackageField *f = fields; f->name != NULL; f++)
    {
      if (hd_package_record_get (record, f->name) != NULL)
        known++;
      else if (f->required)
        {
          g_set_error (error, HD_PACKAGE_ERROR, HD_PACKAGE_ERROR_INVALID,
                       _("A record of kind “%s” has no “%s”, which every such record needs; "
                         "the package was not made."), kind, f->name);
          return FALSE;
        }
    }
  if (known == g_hash_table_size (record->fields))
    return TRUE;

  g_hash_table_iter_init (&iter, record->fields);
  while (g_hash_table_iter_next (&iter, (gpointer *) &name, NULL))
    {
      gboolean found = FALSE;

      for (const HdPackageField *f = fields; f->name != NULL && !found; f++)
        found = g_str_equal (f->name, name);
      if (!found)
        {
          g_set_error (error, HD_PACKAGE_ERROR, HD_PACKAGE_ERROR_INVALID,
                       _("A record of kind “%s” cannot carry “%s”; the package was not made."),
                       kind, name);
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
write_record (xmlTextWriterPtr        writer,
              const HdPackageRecord  *record,
              GError                **error)
{
  if (!check_fields (record, error))
    return FALSE;

  xmlTextWriterStartElement (writer, BAD_CAST hd_package_kind_to_string (record->kind));
  if (record->kind == HD_PACKAGE_DELETED)
    {
      const char *uuid = hd_package_record_get (record, "uuid");

      if (!check_text (uuid, error))
        return FALSE;
      xmlTextWriterWriteAttribute (writer, BAD_CAST "kind",
                                   BAD_CAST hd_package_record_get (record, "kind"));
      xmlTextWriterWriteAttribute (writer, BAD_CAST "uuid", BAD_CAST uuid);
    }
  else
    {
      for (const HdPackageField *f = hd_package_fields (record->kind); f->name != NULL; f++)
        {
          const char *value = hd_package_record_get (record, f->name);

          if (value != NULL && !write_text_element (writer, f->name, value, error))
            return FALSE;
        }
    }
  xmlTextWriterEndElement (writer);
  /* A line a record: a package can be read, and compared, with the usual tools. */
  xmlTextWriterWriteRaw (writer, BAD_CAST "\n");
  return TRUE;
}

/* The document up to its signature, or NULL with @error set. */
static GString *
write_signed_part (const HdPackage  *package,
                   GError          **error)
{
  xmlBufferPtr buffer = xmlBufferCreateSize (1 << 16);
  xmlTextWriterPtr writer;
  g_autofree char *version = g_strdup_printf ("%d", HD_PACKAGE_VERSION);
  GString *text = NULL;
  gboolean ok;

  /* Doubling as it grows: a county's package is tens of megabytes, and growing by what each
   * element needs copies it again and again where realloc cannot grow it in place. */
  xmlBufferSetAllocationScheme (buffer, XML_BUFFER_ALLOC_DOUBLEIT);
  writer = xmlNewTextWriterMemory (buffer, 0);

  xmlTextWriterStartDocument (writer, NULL, "UTF-8", NULL);
  xmlTextWriterStartElement (writer, BAD_CAST "package");
  xmlTextWriterWriteAttribute (writer, BAD_CAST "version", BAD_CAST version);
  ok = write_header (writer, package, error);
  if (ok)
    {
      xmlTextWriterStartElement (writer, BAD_CAST "records");
      xmlTextWriterWriteRaw (writer, BAD_CAST "\n");
      for (guint i = 0; ok && i < package->records->len; i++)
        ok = write_record (writer, g_ptr_array_index (package->records, i), error);
      xmlTextWriterEndElement (writer);
    }
  /* What the writer has put out so far is the signed part; the signature is added by hand, so
   * that its bytes are exactly those the reader expects. */
  if (ok && xmlTextWriterFlush (writer) >= 0)
    text = g_string_new_len ((const char *) xmlBufferContent (buffer), xmlBufferLength (buffer));
  else if (ok)
    g_set_error_literal (error, HD_PACKAGE_ERROR, HD_PACKAGE_ERROR_WRITE,
                         _("The package could not be put together. Try again."));
  xmlFreeTextWriter (writer);
  xmlBufferFree (buffer);
  return text;
}

GBytes *
hd_package_to_xml (const HdPackage  *package,
                   const guint8     *key,
                   gsize             key_len,
                   GError          **error)
{
  g_autoptr(GHmac) hmac = NULL;
  GString *text;

  g_return_val_if_fail (package != NULL, NULL);
  g_return_val_if_fail (package->created_at != NULL, NULL);
  g_return_val_if_fail (package->sender_uuid != NULL && package->receiver_uuid != NULL, NULL);
  g_return_val_if_fail (key != NULL && key_len > 0, NULL);

  text = write_signed_part (package, error);
  if (text == NULL)
    return NULL;
  hmac = g_hmac_new (G_CHECKSUM_SHA256, key, key_len);
  g_hmac_update (hmac, (const guchar *) text->str, text->len);
  g_string_append (text, HD_PACKAGE_SIGNATURE_OPEN);
  g_string_append (text, g_hmac_get_string (hmac));
  g_string_append (text, HD_PACKAGE_SIGNATURE_CLOSE);
  return g_string_free_to_bytes (text);
}

static void
set_write_error (GError     **error,
                 const char  *path,
                 int          saved_errno)
{
  g_autofree char *name = g_filename_display_name (path);

  g_set_error (error, HD_PACKAGE_ERROR, HD_PACKAGE_ERROR_WRITE,
               _("The package “%s” could not be written: %s. Check that the folder exists, that "
                 "you may write there and that the disk has room, then try again."),
               name, g_strerror (saved_errno));
}

gboolean
hd_package_write (const HdPackage  *package,
                  const guint8     *key,
                  gsize             key_len,
                  const char       *path,
                  GError          **error)
{
  g_autoptr(GBytes) xml = hd_package_to_xml (package, key, key_len, error);
  g_autofree char *temp = NULL;
  const char *data;
  gsize size, done = 0;
  int fd = -1, saved_errno = 0;
  gzFile gz;

  if (xml == NULL)
    return FALSE;
  temp = hd_replace_file_begin (path, &fd, &saved_errno);
  if (temp == NULL)
    {
      set_write_error (error, path, saved_errno);
      return FALSE;
    }
  gz = gzdopen (fd, "wb6");
  if (gz == NULL)
    {
      close (fd);
      hd_replace_file_abandon (&temp);
      set_write_error (error, path, ENOMEM);
      return FALSE;
    }
  data = g_bytes_get_data (xml, &size);
  /* gzwrite takes an unsigned int: a large package goes in parts. */
  while (done < size)
    {
      unsigned part = (unsigned) MIN (size - done, 1u << 24);

      if (gzwrite (gz, data + done, part) != (int) part)
        break;
      done += part;
    }
  saved_errno = errno;
  if (gzclose (gz) != Z_OK || done < size)
    {
      hd_replace_file_abandon (&temp);
      set_write_error (error, path, saved_errno != 0 ? saved_errno : EIO);
      return FALSE;
    }
  if (!hd_replace_file_finish (&temp, path, &saved_errno))
    {
      set_write_error (error, path, saved_errno);
      return FALSE;
    }
  return TRUE;
}
