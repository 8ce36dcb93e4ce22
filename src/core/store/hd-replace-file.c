/* hd-replace-file.c */
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "store/hd-replace-file.h"

char *
hd_replace_file_begin (const char *path,
                       int        *fd,
                       int        *saved_errno)
{
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *pattern = g_strdup_printf (".%s.XXXXXX", name);
  char *temp = g_build_filename (folder, pattern, NULL);
  int new_fd = g_mkstemp_full (temp, O_RDWR | O_CLOEXEC, 0666);

  if (new_fd < 0)
    {
      *saved_errno = errno;
      g_free (temp);
      return NULL;
    }
  if (fd != NULL)
    *fd = new_fd;
  else
    g_close (new_fd, NULL);
  return temp;
}

/* The writer may have closed its descriptor (libxlsxwriter writes by name): the file is opened
 * again to flush it. */
static gboolean
sync_file (const char *temp,
           int        *saved_errno)
{
  int fd = g_open (temp, O_RDONLY | O_CLOEXEC, 0);
  gboolean ok;

  if (fd < 0)
    {
      *saved_errno = errno;
      return FALSE;
    }
  ok = fsync (fd) == 0;
  if (!ok)
    *saved_errno = errno;
  g_close (fd, NULL);
  return ok;
}

gboolean
hd_replace_file_finish (char       **temp,
                        const char  *path,
                        int         *saved_errno)
{
  g_autofree char *finished = g_steal_pointer (temp);

  /* On the disk before the name points at it: a crash leaves the old file or the whole new one. */
  if (!sync_file (finished, saved_errno))
    {
      g_unlink (finished);
      return FALSE;
    }
  if (g_rename (finished, path) != 0)
    {
      *saved_errno = errno;
      g_unlink (finished);
      return FALSE;
    }
  return TRUE;
}

void
hd_replace_file_abandon (char **temp)
{
  if (*temp != NULL)
    g_unlink (*temp);
  g_clear_pointer (temp, g_free);
}
