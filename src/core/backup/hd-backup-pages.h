/* hd-backup-pages.h — a backup copy's bytes: a database's pages, compressed whole or as the
 * pages that differ from an earlier whole copy, each page known by a 64-bit hash.
 *
 * A whole copy is the database file compressed with gzip (gunzip gives the database back).
 * A delta copy is gzip of: "HDDELTA1", the page size and page count (32-bit little-endian),
 * then for each page that differs from its base its number (from 1) and its bytes, and a 0.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Each page's hash, in order (guint64). */
GArray   *hd_backup_hash_pages     (const char  *db_file,
                                    guint        page_size,
                                    GError     **error);
gboolean  hd_backup_save_hashes    (const char  *path,
                                    GArray      *hashes,
                                    GError     **error);
GArray   *hd_backup_load_hashes    (const char  *path);

/* The number of pages of @hashes that differ from @base (a page beyond the base's end differs). */
guint     hd_backup_count_changed  (GArray      *hashes,
                                    GArray      *base);

/* Writes @db_file into @dest compressed: whole, or (with @base) only the pages differing from
 * it. Synced to the disk before it returns. */
gboolean  hd_backup_write_pages    (const char  *db_file,
                                    guint        page_size,
                                    GArray      *hashes,
                                    GArray      *base,
                                    const char  *dest,
                                    GError     **error);
/* Reads @copy back from the disk and checks that it holds exactly the pages of @hashes (all of
 * them for a whole copy; those differing from @base for a delta). */
gboolean  hd_backup_verify_pages   (const char  *copy,
                                    guint        page_size,
                                    GArray      *hashes,
                                    GArray      *base,
                                    GError     **error);
/* Writes the database of a whole copy @full, with the pages of the delta copy @delta (or NULL)
 * over it, into the new file @dest. */
gboolean  hd_backup_expand         (const char  *full,
                                    const char  *delta,
                                    const char  *dest,
                                    GError     **error);

G_END_DECLS
