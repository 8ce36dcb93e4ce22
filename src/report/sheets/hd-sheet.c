/* hd-sheet.c */
#include <glib/gi18n-lib.h>

#include "sheets/hd-sheet.h"
#include "store/hd-replace-file.h"

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
  int saved_errno = 0;
  char *temp = hd_replace_file_begin (path, NULL, &saved_errno);

  if (temp == NULL)
    hd_sheet_set_write_error (error, path, g_strerror (saved_errno));
  return temp;
}

gboolean
hd_sheet_temp_commit (char       **temp,
                      const char  *path,
                      GError     **error)
{
  int saved_errno = 0;

  if (!hd_replace_file_finish (temp, path, &saved_errno))
    {
      hd_sheet_set_write_error (error, path, g_strerror (saved_errno));
      return FALSE;
    }
  return TRUE;
}

void
hd_sheet_temp_discard (char **temp)
{
  hd_replace_file_abandon (temp);
}
