/* hd-backup-pages.c — a backup copy's pages: hashed, compressed (whole or as a delta), read back. */
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <string.h>
#include <zlib.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "backup/hd-backup-pages.h"
#include "store/hd-store.h"

#define DELTA_MAGIC "HDDELTA1"
#define PAGES_PER_READ 256
/* Fast, and the copy is what counts: level 1 makes a copy 10 % larger than the default level
 * in a third of the time. */
#define GZIP_MODE "wb1"

static guint64
page_hash (const guint8 *page,
           guint         size)
{
  guint64 crc = crc32 (0L, page, size);
  guint64 adler = adler32 (1L, page, size);

  return (crc << 32) | adler;
}

static gboolean
fail_io (GError     **error,
         const char  *path,
         const char  *reason)
{
  g_set_error (error, HD_STORE_ERROR, HD_STORE_ERROR_BACKUP,
               /* Translators: %s are a backup copy's file and what went wrong. */
               _("Could not write or read the backup copy “%s” (%s). Check that the folder is writable and has free space."),
               path, reason);
  return FALSE;
}

static gboolean
fail_damaged (GError     **error,
              const char  *path)
{
  g_set_error (error, HD_STORE_ERROR, HD_STORE_ERROR_DAMAGED,
               _("The backup copy “%s” is damaged: its pages are not those that were copied. Choose another copy."),
               path);
  return FALSE;
}

GArray *
hd_backup_hash_pages (const char  *db_file,
                      guint        page_size,
                      GError     **error)
{
  g_autoptr(GArray) hashes = g_array_new (FALSE, FALSE, sizeof (guint64));
  g_autofree guint8 *buffer = g_malloc ((gsize) page_size * PAGES_PER_READ);
  int fd = g_open (db_file, O_RDONLY | O_CLOEXEC, 0);
  gssize n;

  if (fd < 0)
    {
      fail_io (error, db_file, g_strerror (errno));
      return NULL;
    }
  while ((n = read (fd, buffer, (gsize) page_size * PAGES_PER_READ)) > 0)
    {
      /* Reads of a regular file return whole pages except at its end, which is whole too. */
      for (gssize offset = 0; offset + page_size <= n; offset += page_size)
        {
          guint64 hash = page_hash (buffer + offset, page_size);
          g_array_append_val (hashes, hash);
        }
      if (n % page_size != 0)
        break;
    }
  close (fd);
  if (n != 0)
    {
      fail_io (error, db_file, n < 0 ? g_strerror (errno) : _("the file ends within a page"));
      return NULL;
    }
  return g_steal_pointer (&hashes);
}

gboolean
hd_backup_save_hashes (const char  *path,
                       GArray      *hashes,
                       GError     **error)
{
  return g_file_set_contents (path, hashes->data, (gssize) (hashes->len * sizeof (guint64)), error);
}

GArray *
hd_backup_load_hashes (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  GArray *hashes;

  if (!g_file_get_contents (path, &contents, &length, NULL) || length % sizeof (guint64) != 0)
    return NULL;
  hashes = g_array_sized_new (FALSE, FALSE, sizeof (guint64), (guint) (length / sizeof (guint64)));
  g_array_append_vals (hashes, contents, (guint) (length / sizeof (guint64)));
  return hashes;
}

static gboolean
differs (GArray *hashes,
         GArray *base,
         guint   index)
{
  return index >= base->len || g_array_index (hashes, guint64, index) != g_array_index (base, guint64, index);
}

guint
hd_backup_count_changed (GArray *hashes,
                         GArray *base)
{
  guint n = 0;

  for (guint i = 0; i < hashes->len; i++)
    if (differs (hashes, base, i))
      n++;
  return n;
}

static void
put_u32 (guint8  *out,
         guint32  value)
{
  value = GUINT32_TO_LE (value);
  memcpy (out, &value, 4);
}

static guint32
get_u32 (const guint8 *in)
{
  guint32 value;

  memcpy (&value, in, 4);
  return GUINT32_FROM_LE (value);
}

static gboolean
gz_write_all (gzFile      gz,
              const void *data,
              guint       size)
{
  return gzwrite (gz, data, size) == (int) size;
}

static gboolean
gz_read_all (gzFile  gz,
             void   *data,
             guint   size)
{
  return gzread (gz, data, size) == (int) size;
}

gboolean
hd_backup_write_pages (const char  *db_file,
                       guint        page_size,
                       GArray      *hashes,
                       GArray      *base,
                       const char  *dest,
                       GError     **error)
{
  g_autofree guint8 *page = g_malloc (page_size);
  guint8 word[4];
  gboolean ok = TRUE;
  gzFile gz;
  FILE *in;
  int fd;

  in = g_fopen (db_file, "rbe");
  if (in == NULL)
    return fail_io (error, db_file, g_strerror (errno));
  fd = g_open (dest, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0 || (gz = gzdopen (dup (fd), GZIP_MODE)) == NULL)
    {
      int saved_errno = errno;

      fclose (in);
      if (fd >= 0)
        close (fd);
      return fail_io (error, dest, g_strerror (saved_errno));
    }
  if (base != NULL)
    {
      guint8 header[16];

      memcpy (header, DELTA_MAGIC, 8);
      put_u32 (header + 8, page_size);
      put_u32 (header + 12, hashes->len);
      ok = gz_write_all (gz, header, sizeof header);
    }
  for (guint i = 0; ok && i < hashes->len; i++)
    {
      ok = fread (page, 1, page_size, in) == page_size;
      if (!ok || (base != NULL && !differs (hashes, base, i)))
        continue;
      if (base != NULL)
        {
          put_u32 (word, i + 1);
          ok = gz_write_all (gz, word, 4);
        }
      ok = ok && gz_write_all (gz, page, page_size);
    }
  if (ok && base != NULL)
    {
      put_u32 (word, 0);
      ok = gz_write_all (gz, word, 4);
    }
  fclose (in);
  ok = (gzclose (gz) == Z_OK) && ok;
  ok = ok && fsync (fd) == 0;
  close (fd);
  if (!ok)
    {
      g_unlink (dest);
      return fail_io (error, dest, _("writing failed"));
    }
  return TRUE;
}

gboolean
hd_backup_verify_pages (const char  *copy,
                        guint        page_size,
                        GArray      *hashes,
                        GArray      *base,
                        GError     **error)
{
  g_autofree guint8 *page = g_malloc (page_size);
  guint8 word[16];
  gboolean ok = TRUE;
  guint next = 0;
  gzFile gz = gzopen (copy, "rb");

  if (gz == NULL)
    return fail_io (error, copy, g_strerror (errno));
  if (base != NULL)
    ok = gz_read_all (gz, word, 16) && memcmp (word, DELTA_MAGIC, 8) == 0
         && get_u32 (word + 8) == page_size && get_u32 (word + 12) == hashes->len;
  while (ok)
    {
      guint index;

      if (base != NULL)
        {
          while (next < hashes->len && !differs (hashes, base, next))
            next++;
          if (!gz_read_all (gz, word, 4))
            ok = FALSE;
          else if (get_u32 (word) == 0)
            break;
          index = get_u32 (word) - 1;
          ok = ok && index == next;
        }
      else if (next == hashes->len)
        break;
      index = next++;
      ok = ok && gz_read_all (gz, page, page_size)
           && page_hash (page, page_size) == g_array_index (hashes, guint64, index);
    }
  /* The end: nothing more, and gzip's own check of the whole stream passes. */
  ok = ok && next == hashes->len && gzread (gz, word, 1) == 0;
  if (gzclose (gz) != Z_OK)
    ok = FALSE;
  return ok || fail_damaged (error, copy);
}

/* Decompresses the whole copy @full into the open file @fd. */
static gboolean
expand_full (const char *full,
             int         fd)
{
  g_autofree guint8 *buffer = g_malloc (1 << 20);
  gzFile gz = gzopen (full, "rb");
  gboolean ok = gz != NULL;
  int n = 0;

  while (ok && (n = gzread (gz, buffer, 1 << 20)) > 0)
    ok = write (fd, buffer, (size_t) n) == n;
  ok = ok && n == 0;
  return (gz != NULL && gzclose (gz) == Z_OK) && ok;
}

/* Writes the pages of the delta copy @delta over the open file @fd and cuts it at its length. */
static gboolean
apply_delta (const char *delta,
             int         fd)
{
  g_autofree guint8 *page = NULL;
  guint8 word[16];
  guint page_size, n_pages;
  gzFile gz = gzopen (delta, "rb");
  gboolean ok = gz != NULL && gz_read_all (gz, word, 16) && memcmp (word, DELTA_MAGIC, 8) == 0;

  page_size = ok ? get_u32 (word + 8) : 0;
  n_pages = ok ? get_u32 (word + 12) : 0;
  ok = ok && page_size >= 512 && page_size <= 65536;
  page = ok ? g_malloc (page_size) : NULL;
  while (ok)
    {
      guint number;

      ok = gz_read_all (gz, word, 4);
      number = ok ? get_u32 (word) : 0;
      if (!ok || number == 0)
        break;
      ok = number <= n_pages && gz_read_all (gz, page, page_size)
           && pwrite (fd, page, page_size, (off_t) (number - 1) * page_size) == (ssize_t) page_size;
    }
  ok = ok && gzread (gz, word, 1) == 0 && ftruncate (fd, (off_t) n_pages * page_size) == 0;
  return (gz != NULL && gzclose (gz) == Z_OK) && ok;
}

gboolean
hd_backup_expand (const char  *full,
                  const char  *delta,
                  const char  *dest,
                  GError     **error)
{
  int fd = g_open (dest, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  gboolean ok;

  if (fd < 0)
    return fail_io (error, dest, g_strerror (errno));
  ok = expand_full (full, fd) && (delta == NULL || apply_delta (delta, fd)) && fsync (fd) == 0;
  close (fd);
  if (!ok)
    {
      g_unlink (dest);
      return fail_damaged (error, delta != NULL ? delta : full);
    }
  return TRUE;
}
