/* hd-roster-import-kind.c — the roster's part of the import preview.
 *
 * A bad row shows what the file says: it may not have got as far as reading the gender or the
 * party membership, so those cells show the file's text, never a value read as 否 by default.
 */
#include <glib/gi18n-lib.h>

#include "import/hd-roster-import-kind.h"

static GObject *
read_file (HdStore     *store,
           const char  *path,
           const GDate *today,
           GError     **error)
{
  return G_OBJECT (hd_roster_import_new_from_file (store, path, error));
}

static char *
summarize (GObject *object)
{
  HdRosterImport *import = HD_ROSTER_IMPORT (object);

  /* Translators: the counts of the rows of a roster file, by what the import does with them. */
  return g_strdup_printf (_("%u rows: %u to add, %u to update, %u unchanged, %u new units, %u bad rows"),
                          g_list_model_get_n_items (hd_import_get_rows (HD_IMPORT (import))),
                          hd_import_count (HD_IMPORT (import), HD_IMPORT_ACTION_ADD_PERSON),
                          hd_import_count (HD_IMPORT (import), HD_IMPORT_ACTION_UPDATE_PERSON),
                          hd_import_count (HD_IMPORT (import), HD_IMPORT_ACTION_UNCHANGED),
                          hd_roster_import_get_n_new_units (import),
                          hd_import_get_n_bad (HD_IMPORT (import)));
}

static char *
describe (GObject    *object,
          const char *basename)
{
  HdRosterImport *import = HD_ROSTER_IMPORT (object);
  guint n_rows = g_list_model_get_n_items (hd_import_get_rows (HD_IMPORT (import)));

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Imported %u row from “%s”: %u new units, %u people added, %u updated. Undo (Ctrl+Z) takes the whole import back.",
                                       "Imported %u rows from “%s”: %u new units, %u people added, %u updated. Undo (Ctrl+Z) takes the whole import back.",
                                       n_rows),
                          n_rows, basename,
                          hd_roster_import_get_n_new_units (import),
                          hd_import_count (HD_IMPORT (import), HD_IMPORT_ACTION_ADD_PERSON),
                          hd_import_count (HD_IMPORT (import), HD_IMPORT_ACTION_UPDATE_PERSON));
}

static gboolean
row_is_bad (gpointer row)
{
  return hd_import_row_get_action (row) == HD_IMPORT_ACTION_BAD;
}

static gboolean
row_is_unchanged (gpointer row)
{
  return hd_import_row_get_action (row) == HD_IMPORT_ACTION_UNCHANGED;
}

static const char *
row_action (gpointer row)
{
  return hd_import_action_get_label (hd_import_row_get_action (row));
}

/* ---- the columns ---- */

static char *
unit_text (gpointer row)
{
  const char *path = hd_import_row_get_unit_path (row);

  if (path != NULL && hd_import_row_get_new_unit (row))
    /* Translators: a unit the import creates, e.g. "示范县/城关镇 (new)". */
    return g_strdup_printf (_("%s (new)"), path);
  return g_strdup (path);
}

static char *name_text (gpointer row) { return g_strdup (hd_import_row_get_name (row)); }
static char *title_text (gpointer row) { return g_strdup (hd_import_row_get_title (row)); }
static char *phone_text (gpointer row) { return g_strdup (hd_import_row_get_phone (row)); }

static char *
gender_text (gpointer row)
{
  HdGender gender = hd_import_row_get_gender (row);

  if (row_is_bad (row))
    return g_strdup (hd_import_row_get_gender_text (row));
  return g_strdup (gender != HD_GENDER_UNKNOWN ? hd_gender_get_label (gender) : NULL);
}

static char *
party_text (gpointer row)
{
  const char *name = hd_import_row_get_name (row);

  if (row_is_bad (row))
    return g_strdup (hd_import_row_get_party_text (row));
  /* A row without a person says nothing about party membership. */
  if (name == NULL || *name == '\0')
    return NULL;
  return g_strdup (hd_import_row_get_party_member (row) ? C_("party member", "Yes") : C_("party member", "No"));
}

static const HdImportColumn columns[] = {
  { NULL, N_("Unit"), HD_IMPORT_CELL_TEXT, 220, unit_text },
  { NULL, N_("Name"), HD_IMPORT_CELL_TEXT, -1, name_text },
  { NULL, N_("Gender"), HD_IMPORT_CELL_SHORT, -1, gender_text },
  { NULL, N_("Title"), HD_IMPORT_CELL_TEXT, -1, title_text },
  { NULL, N_("Party Member"), HD_IMPORT_CELL_SHORT, -1, party_text },
  { NULL, N_("Phone"), HD_IMPORT_CELL_SHORT, -1, phone_text },
};

static const HdImportKind kind = {
  .title = N_("Import Roster"),
  .rows_label = N_("Rows of the roster file"),
  .read = read_file,
  .summarize = summarize,
  .describe = describe,
  .row_number = (HdImportRowNumber) hd_import_row_get_number,
  .row_is_bad = row_is_bad,
  .row_is_unchanged = row_is_unchanged,
  .row_action = row_action,
  .row_reason = (HdImportRowText) hd_import_row_get_reason,
  .columns = columns,
  .n_columns = G_N_ELEMENTS (columns),
};

const HdImportKind *
hd_roster_import_kind (void)
{
  return &kind;
}
