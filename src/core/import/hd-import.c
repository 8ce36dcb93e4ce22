/* hd-import.c */
#include <glib/gi18n-lib.h>

#include "import/hd-import.h"

G_DEFINE_QUARK (hd-import-error-quark, hd_import_error)

char *
hd_import_normalize_path (const char *text)
{
  g_autofree char *slashes = NULL;
  g_auto(GStrv) parts = NULL;

  {
    g_auto(GStrv) pieces = g_strsplit (text, "／", -1);   /* a full-width slash, as IMEs type it */
    slashes = g_strjoinv ("/", pieces);
  }
  parts = g_strsplit (slashes, "/", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    if (*g_strstrip (parts[i]) == '\0')
      return NULL;
  return g_strjoinv ("/", parts);
}

gint64
hd_import_find_child (HdStore    *store,
                      gint64      parent_id,
                      const char *name)
{
  sqlite3_stmt *stmt;
  gint64 id;

  stmt = hd_store_prepare (store,
                           "SELECT id FROM unit WHERE parent_id IS ?1 AND name = ?2 ORDER BY position, id LIMIT 1",
                           NULL);
  if (stmt == NULL)
    return 0;
  if (parent_id > 0)
    sqlite3_bind_int64 (stmt, 1, parent_id);
  sqlite3_bind_text (stmt, 2, name, -1, SQLITE_TRANSIENT);
  id = sqlite3_step (stmt) == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
  sqlite3_reset (stmt);
  return id;
}

gint64
hd_import_find_unit (HdStore    *store,
                     const char *path)
{
  g_auto(GStrv) parts = g_strsplit (path, "/", -1);
  gint64 id = 0;

  for (guint i = 0; parts[i] != NULL; i++)
    if ((id = hd_import_find_child (store, id, parts[i])) == 0)
      return 0;
  return id;
}

GStrv
hd_import_ignored_columns (HdCsv              *csv,
                           const char * const *known)
{
  g_autoptr(GStrvBuilder) ignored = g_strv_builder_new ();
  const char * const *header = hd_csv_get_header (csv);

  for (guint i = 0; header[i] != NULL; i++)
    if (*header[i] != '\0' && !g_strv_contains (known, header[i]))
      g_strv_builder_add (ignored, header[i]);
  return g_strv_builder_end (ignored);
}

void
hd_import_set_bad_rows_error (GError **error,
                              guint    n_bad)
{
  g_set_error (error, HD_IMPORT_ERROR, HD_IMPORT_ERROR_BAD_ROWS,
               g_dngettext (GETTEXT_PACKAGE,
                            "Nothing was imported: %u row is bad. Correct it in the file and import again.",
                            "Nothing was imported: %u rows are bad. Correct them in the file and import again.",
                            n_bad),
               n_bad);
}

guint
hd_import_count_rows (GListModel          *rows,
                      HdImportActionFunc   get_action,
                      guint                action)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(GObject) row = g_list_model_get_item (rows, i);
      if (get_action (row) == action)
        n++;
    }
  return n;
}

gboolean
hd_import_apply_rows (HdStore             *store,
                      HdHistory           *history,
                      const char          *label,
                      GListModel          *rows,
                      guint                n_bad,
                      HdImportApplyFunc    apply_row,
                      HdImportNumberFunc   get_number,
                      gpointer             data,
                      GError             **error)
{
  HdEdit *edit;

  if (n_bad > 0)
    {
      hd_import_set_bad_rows_error (error, n_bad);
      return FALSE;
    }
  edit = hd_edit_begin (store, label, error);
  if (edit == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(GObject) row = g_list_model_get_item (rows, i);

      if (!apply_row (data, edit, row, error))
        {
          g_prefix_error (error, _("Row %u: "), get_number (row));
          hd_edit_abort (edit);
          return FALSE;
        }
    }
  return hd_edit_commit (edit, history, error);
}
