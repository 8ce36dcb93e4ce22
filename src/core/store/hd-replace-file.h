/* hd-replace-file.h — writing a file that appears only when it is whole.
 *
 * The content is written into a new file beside the destination (so that the rename stays on one
 * file system), flushed to the disk, and only then renamed over the destination: a failure, a
 * full disk or a crash leaves the old file (or none) and never half of the new one. Failures give
 * the system's errno, for the caller to say what could not be written in its own words. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A new empty file beside @path, named after it (".NAME.XXXXXX", 0666 under the umask): its path,
 * with its descriptor open for writing in *@fd (or closed when @fd is NULL). NULL on failure. */
char      *hd_replace_file_begin    (const char  *path,
                                     int         *fd,
                                     int         *saved_errno);
/* Flushes the finished *@temp to the disk and renames it to @path, replacing a file there; on
 * failure removes it. Either way *@temp is freed and cleared. */
gboolean   hd_replace_file_finish   (char       **temp,
                                     const char  *path,
                                     int         *saved_errno);
/* Removes the unfinished *@temp, if any, and frees and clears it. */
void       hd_replace_file_abandon  (char       **temp);

G_END_DECLS
