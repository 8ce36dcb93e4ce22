/* hd-import.c */
#include <glib/gi18n-lib.h>

#include "import/hd-import.h"

G_DEFINE_QUARK (hd-import-error-quark, hd_import_error)

typedef struct {
  HdStore    *store;
  GListStore *rows;
  GStrv       ignored_columns;
  guint       n_bad;
} HdImportPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (HdImport, hd_import, G_TYPE_OBJECT)

/* The non-empty headers of @csv that are not among @known. */
static GStrv
ignored_columns (HdCsv              *csv,
                 const char * const *known)
{
  g_autoptr(GStrvBuilder) ignored = g_strv_builder_new ();
  const char * const *header = hd_csv_get_header (csv);

  for (guint i = 0; header[i] != NULL; i++)
    if (*header[i] != '\0' && !g_strv_contains (known, header[i]))
      g_strv_builder_add (ignored, header[i]);
  return g_strv_builder_end (ignored);
}

static void
hd_import_finalize (GObject *object)
{
  HdImportPrivate *priv = hd_import_get_instance_private (HD_IMPORT (object));

  g_clear_object (&priv->store);
  g_clear_object (&priv->rows);
  g_strfreev (priv->ignored_columns);
  G_OBJECT_CLASS (hd_import_parent_class)->finalize (object);
}

static void
hd_import_class_init (HdImportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hd_import_finalize;
}

static void
hd_import_init (HdImport *self)
{
}

/* Appends @row, planned, counting it when its action is the bad one. */
static void
add_row (HdImport *self,
         gpointer  row)
{
  HdImportPrivate *priv = hd_import_get_instance_private (self);

  if (HD_IMPORT_GET_CLASS (self)->row_action (row) == HD_IMPORT_GET_CLASS (self)->bad_action)
    priv->n_bad++;
  g_list_store_append (priv->rows, row);
}

void
hd_import_plan (HdImport           *self,
                HdStore            *store,
                GType               row_type,
                HdCsv              *csv,
                const char * const *known,
                const int          *columns)
{
  HdImportPrivate *priv = hd_import_get_instance_private (self);
  guint n_known = g_strv_length ((char **) known);
  g_autofree const char **field = g_new (const char *, n_known);

  g_return_if_fail (HD_IS_IMPORT (self));
  g_return_if_fail (priv->rows == NULL);

  priv->store = g_object_ref (store);
  priv->rows = g_list_store_new (row_type);
  priv->ignored_columns = ignored_columns (csv, known);
  for (guint r = 0; r < hd_csv_get_n_records (csv); r++)
    {
      g_autoptr(GObject) row = g_object_new (row_type, NULL);

      hd_csv_get_fields (csv, r, columns, n_known, field);
      HD_IMPORT_GET_CLASS (self)->plan_row (self, row, hd_csv_get_row_number (csv, r), field);
      add_row (self, row);
    }
}

HdStore *
hd_import_get_store (HdImport *self)
{
  HdImportPrivate *priv = hd_import_get_instance_private (self);

  g_return_val_if_fail (HD_IS_IMPORT (self), NULL);
  return priv->store;
}

GListModel *
hd_import_get_rows (HdImport *self)
{
  HdImportPrivate *priv = hd_import_get_instance_private (self);

  g_return_val_if_fail (HD_IS_IMPORT (self), NULL);
  return G_LIST_MODEL (priv->rows);
}

guint
hd_import_get_n_bad (HdImport *self)
{
  HdImportPrivate *priv = hd_import_get_instance_private (self);

  g_return_val_if_fail (HD_IS_IMPORT (self), 0);
  return priv->n_bad;
}

guint
hd_import_count (HdImport *self,
                 guint     action)
{
  HdImportPrivate *priv = hd_import_get_instance_private (self);
  GListModel *rows = G_LIST_MODEL (priv->rows);
  guint n = 0;

  g_return_val_if_fail (HD_IS_IMPORT (self), 0);
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(GObject) row = g_list_model_get_item (rows, i);

      if (HD_IMPORT_GET_CLASS (self)->row_action (row) == action)
        n++;
    }
  return n;
}

const char * const *
hd_import_get_ignored_columns (HdImport *self)
{
  HdImportPrivate *priv = hd_import_get_instance_private (self);

  g_return_val_if_fail (HD_IS_IMPORT (self), NULL);
  return (const char * const *) priv->ignored_columns;
}

gboolean
hd_import_apply (HdImport   *self,
                 HdHistory  *history,
                 GError    **error)
{
  HdImportPrivate *priv = hd_import_get_instance_private (self);
  HdImportClass *klass;
  GListModel *rows;
  HdEdit *edit;

  g_return_val_if_fail (HD_IS_IMPORT (self), FALSE);

  klass = HD_IMPORT_GET_CLASS (self);
  rows = G_LIST_MODEL (priv->rows);
  if (priv->n_bad > 0)
    {
      hd_import_set_bad_rows_error (error, priv->n_bad);
      return FALSE;
    }
  edit = hd_edit_begin (priv->store, _(klass->edit_label), error);
  if (edit == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(GObject) row = g_list_model_get_item (rows, i);

      if (!klass->apply_row (self, edit, row, error))
        {
          g_prefix_error (error, _("Row %u: "), klass->row_number (row));
          hd_edit_abort (edit);
          return FALSE;
        }
    }
  return hd_edit_commit (edit, history, error);
}

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

