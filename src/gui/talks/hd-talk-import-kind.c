/* hd-talk-import-kind.c — the conversations' part of the import preview. */
#include <glib/gi18n-lib.h>

#include "ledger/hd-ledger-text.h"
#include "talks/hd-talk-import-kind.h"

static GObject *
read_file (HdStore     *store,
           const char  *path,
           const GDate *today,
           GError     **error)
{
  return G_OBJECT (hd_talk_import_new_from_file (store, path, error));
}

static char *
summarize (GObject *object)
{
  HdTalkImport *import = HD_TALK_IMPORT (object);

  /* Translators: the counts of the rows of a conversations register, by what the import does. */
  return g_strdup_printf (_("%u rows: %u conversations to add, %u recorded already, %u bad rows"),
                          g_list_model_get_n_items (hd_import_get_rows (HD_IMPORT (import))),
                          hd_import_count (HD_IMPORT (import), HD_TALK_IMPORT_ADD),
                          hd_import_count (HD_IMPORT (import), HD_TALK_IMPORT_UNCHANGED),
                          hd_import_get_n_bad (HD_IMPORT (import)));
}

static char *
describe (GObject    *object,
          const char *basename)
{
  HdTalkImport *import = HD_TALK_IMPORT (object);
  guint n_rows = g_list_model_get_n_items (hd_import_get_rows (HD_IMPORT (import)));

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Imported %u row from “%s”: %u conversations added. Undo (Ctrl+Z) takes the whole import back.",
                                       "Imported %u rows from “%s”: %u conversations added. Undo (Ctrl+Z) takes the whole import back.",
                                       n_rows),
                          n_rows, basename, hd_import_count (HD_IMPORT (import), HD_TALK_IMPORT_ADD));
}

static gboolean
row_is_bad (gpointer row)
{
  return hd_talk_import_row_get_action (row) == HD_TALK_IMPORT_BAD;
}

static gboolean
row_is_unchanged (gpointer row)
{
  return hd_talk_import_row_get_action (row) == HD_TALK_IMPORT_UNCHANGED;
}

static const char *
row_action (gpointer row)
{
  return hd_talk_import_action_get_label (hd_talk_import_row_get_action (row));
}

static char *unit_text (gpointer row) { return g_strdup (hd_talk_import_row_get_unit_path (row)); }
static char *date_text (gpointer row) { return hd_ledger_text_date (hd_talk_import_row_get_date (row)); }
static char *people_text (gpointer row) { return g_strdup (hd_talk_import_row_get_people (row)); }

/* The topics covered by their numbers, "1、2、5"; nothing for a bad row. */
static char *
topics_text (gpointer row)
{
  g_autofree char *list = NULL;
  g_auto(GStrv) numbers = NULL;

  if (row_is_bad (row))
    return NULL;
  list = hd_coverage_format_topics (hd_talk_import_row_get_topics (row));
  numbers = g_strsplit (list, ",", -1);
  return g_strjoinv ("、", numbers);
}

static const HdImportColumn columns[] = {
  { NULL, N_("Unit"), HD_IMPORT_CELL_TEXT, 180, unit_text },
  { NULL, N_("Date"), HD_IMPORT_CELL_SHORT, -1, date_text },
  { NULL, N_("People"), HD_IMPORT_CELL_TEXT, 200, people_text },
  { NULL, N_("Topics"), HD_IMPORT_CELL_SHORT, -1, topics_text },
};

static const HdImportKind kind = {
  .title = N_("Import Conversations"),
  .rows_label = N_("Rows of the conversations register"),
  .read = read_file,
  .summarize = summarize,
  .describe = describe,
  .row_number = (HdImportRowNumber) hd_talk_import_row_get_number,
  .row_is_bad = row_is_bad,
  .row_is_unchanged = row_is_unchanged,
  .row_action = row_action,
  .row_reason = (HdImportRowText) hd_talk_import_row_get_reason,
  .columns = columns,
  .n_columns = G_N_ELEMENTS (columns),
};

const HdImportKind *
hd_talk_import_kind (void)
{
  return &kind;
}
