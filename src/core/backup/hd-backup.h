/* hd-backup.h — copies of a database kept beside it, compressed, checked, listed and restored.
 *
 * The copies live in a folder beside the database named "<file>.backups". Each is named
 * "<YYYY-MM-DD>T<HHMMSS>-<kind>" and is either whole (".db.gz", the database compressed) or a
 * delta (".delta.gz", the pages that differ from the newest whole copy), with a sidecar ".info"
 * (the kind, the time, the figures it holds) and, for a whole copy, ".pages" (its pages' hashes).
 * A delta is made while it holds at most half of the pages and its whole copy has fewer than six
 * deltas, so that seven days of copies take about the size of two whole copies.
 */
#pragma once

#include <sqlite3.h>
#include <glib.h>

G_BEGIN_DECLS

/* How many daily copies are kept; the whole copy a kept delta needs is kept too. */
#define HD_BACKUP_KEEP 7
#define HD_BACKUP_KEEP_MIGRATION 2
#define HD_BACKUP_KEEP_MANUAL 5

typedef enum {
  HD_BACKUP_DAILY,      /* the first use of each day */
  HD_BACKUP_MIGRATION,  /* before the data format was updated */
  HD_BACKUP_MANUAL,     /* asked for, or kept before a restore */
} HdBackupKind;

typedef struct {
  char         *path;
  GDateTime    *date;
  HdBackupKind  kind;
  guint64       size;      /* bytes on the disk, sidecars included */
  guint64       db_size;   /* bytes of the database it holds */
  char         *base;      /* a delta's whole copy (its path), or NULL */
  gint64        units;     /* the figures it holds; -1 when not known */
  gint64        people;
  gint64        tasks;
} HdBackupCopy;

void          hd_backup_copy_free        (HdBackupCopy *copy);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HdBackupCopy, hd_backup_copy_free)

const char   *hd_backup_kind_to_string   (HdBackupKind  kind);

char         *hd_backup_dir_for          (const char   *db_path);

/* A plain copy of the database (sqlite3's backup) into the new file @dest_path. */
gboolean      hd_backup_copy             (sqlite3      *source,
                                          const char   *dest_path,
                                          GError      **error);

/* Takes a copy of @source (the database at @db_path) into its backups folder: copied, checked
 * for damage (PRAGMA quick_check, unless @check is FALSE), compressed, read back and compared;
 * a copy that fails is removed. Returns the copy's path. */
char         *hd_backup_take             (sqlite3      *source,
                                          const char   *db_path,
                                          GDateTime    *now,
                                          HdBackupKind  kind,
                                          gboolean      check,
                                          GError      **error);
gboolean      hd_backup_has_one_from_day (const char   *db_path,
                                          GDateTime    *now);
/* Takes the day's copy unless there is one; opens a connection of its own, so it may run in a
 * worker while the database is in use. */
gboolean      hd_backup_daily            (const char   *db_path,
                                          GDateTime    *now,
                                          GError      **error);
void          hd_backup_prune            (const char   *db_path);

/* The copies of @db_path, newest first (HdBackupCopy). */
GPtrArray    *hd_backup_list             (const char   *db_path);
/* The sum of the copies' sizes. */
guint64       hd_backup_total_size       (const char   *db_path);

G_END_DECLS
