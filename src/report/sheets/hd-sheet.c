/* hd-sheet.c */
#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "sheets/hd-sheet.h"

G_DEFINE_QUARK (hd-sheet-error-quark, hd_sheet_error)

static const HdEnumValue format_values[] = {
  { "xlsx", NC_("spreadsheet format", "Excel workbook (.xlsx)") },
  { "csv", NC_("spreadsheet format", "CSV, UTF-8 (.csv)") },
};
HD_DEFINE_ENUM_FUNCS (HdSheetFormat, hd_sheet_format, "spreadsheet format", format_values,
                      HD_SHEET_FORMAT_CSV + 1)

void
hd_sheet_set_write_error (GError     **error,
                          const char  *path,
                          const char  *reason)
{
  g_autofree char *display = g_filename_display_name (path);

  /* Translators: the first %s is the file, the second the system's reason. */
  g_set_error (error, HD_SHEET_ERROR, HD_SHEET_ERROR_WRITE,
               _("Cannot write “%s”: %s. Choose a folder you may save files in, with room to spare."),
               display, reason);
}

char *
hd_sheet_temp_new (const char  *path,
                   GError     **error)
{
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *pattern = g_strdup_printf (".%s.XXXXXX", name);
  char *temp = g_build_filename (folder, pattern, NULL);
  int fd;

  /* Beside the destination, so that the rename that finishes the export stays on one file
   * system; 0666 under the umask, as any new file the user saves. */
  fd = g_mkstemp_full (temp, O_RDWR, 0666);
  if (fd < 0)
    {
      int saved_errno = errno;

      hd_sheet_set_write_error (error, path, g_strerror (saved_errno));
      g_free (temp);
      return NULL;
    }
  g_close (fd, NULL);
  return temp;
}

gboolean
hd_sheet_temp_commit (char       **temp,
                      const char  *path,
                      GError     **error)
{
  g_autofree char *finished = g_steal_pointer (temp);

  if (g_rename (finished, path) != 0)
    {
      int saved_errno = errno;

      g_unlink (finished);
      hd_sheet_set_write_error (error, path, g_strerror (saved_errno));
      return FALSE;
    }
  return TRUE;
}

void
hd_sheet_temp_discard (char **temp)
{
  if (*temp != NULL)
    g_unlink (*temp);
  g_clear_pointer (temp, g_free);
}
