/* hd-form.c — the forms' kinds, and what every form does: read its tasks, name their units, print
 * dates, frame the document. */
#include <glib/gi18n-lib.h>

#include "forms/hd-form-private.h"
#include "organisation/hd-unit.h"
#include "store/hd-date.h"

/* How often, in tasks, a form says how far it has got. */
#define PROGRESS_STEP 100

static const HdEnumValue kind_values[] = {
  { "ledger", NC_("printed form", "Rectification Ledger") },
  { "task-sheet", NC_("printed form", "Rectification Task Sheet") },
  { "public", NC_("printed form", "Public Notice") },
};
HD_DEFINE_ENUM_FUNCS (HdFormKind, hd_form_kind, "printed form", kind_values, HD_FORM_N_KINDS)

G_DEFINE_QUARK (hd-form-error-quark, hd_form_error)

static gboolean
cancelled (const HdFormOptions  *options,
           GError              **error)
{
  return options->cancellable != NULL && g_cancellable_set_error_if_cancelled (options->cancellable, error);
}

static void
progress (HdFormTasks *tasks)
{
  if (tasks->options->progress != NULL)
    tasks->options->progress (tasks->next, tasks->ids->len, tasks->options->progress_data);
}

/* The top of the hierarchy, where there is one: every unit's name would begin with it. */
static gint64
sole_root (HdStore *store)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = hd_store_prepare (store, "SELECT id FROM unit WHERE parent_id IS NULL LIMIT 2", &error);
  gint64 root = 0;

  if (stmt == NULL)
    return 0;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    root = sqlite3_column_int64 (stmt, 0);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    root = 0;
  sqlite3_reset (stmt);
  return root;
}

gboolean
hd_form_tasks_init (HdFormTasks          *tasks,
                    HdStore              *store,
                    const HdLedgerQuery  *query,
                    const HdFormOptions  *options,
                    GError              **error)
{
  sqlite3_stmt *stmt;
  int rc;

  *tasks = (HdFormTasks) { .store = store, .query = query, .options = options,
                           .ids = g_array_new (FALSE, FALSE, sizeof (gint64)) };
  if (sqlite3_get_autocommit (hd_store_get_db (store)))
    {
      if (sqlite3_exec (hd_store_get_db (store), "BEGIN DEFERRED", NULL, NULL, NULL) != SQLITE_OK)
        {
          hd_store_set_error (store, error, _("Reading the ledger"));
          return FALSE;
        }
      tasks->reading = TRUE;
    }
  if (query->unit_id != 0)
    {
      g_autoptr(HdUnit) unit = hd_unit_load (store, query->unit_id, error);

      if (unit == NULL)
        return FALSE;
      tasks->unit_name = g_strdup (hd_unit_get_name (unit));
    }
  tasks->unit_names = hd_unit_path_names_new (store, query->unit_id != 0 ? query->unit_id : sole_root (store),
                                              "");

  if ((stmt = hd_ledger_prepare (store, query, error)) == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (tasks->ids, id);
      if (tasks->ids->len % PROGRESS_STEP == 0 && cancelled (options, error))
        break;
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      g_set_error (error, HD_FORM_ERROR, HD_FORM_ERROR_READ,
                   _("The tasks to print could not be read: %s. Check the database with “huodongban-cli check”."),
                   sqlite3_errstr (rc));
      return FALSE;
    }
  if (rc == SQLITE_ROW)   /* cancelled */
    return FALSE;
  progress (tasks);
  return TRUE;
}

void
hd_form_tasks_clear (HdFormTasks *tasks)
{
  /* It only read: nothing to keep. */
  if (tasks->reading)
    sqlite3_exec (hd_store_get_db (tasks->store), "ROLLBACK", NULL, NULL, NULL);
  tasks->reading = FALSE;
  g_clear_pointer (&tasks->ids, g_array_unref);
  g_clear_pointer (&tasks->unit_names, hd_unit_path_names_free);
  g_clear_pointer (&tasks->unit_name, g_free);
}

gboolean
hd_form_tasks_each (HdFormTasks     *tasks,
                    HdFormTaskFunc   func,
                    gpointer         user_data,
                    GError         **error)
{
  while (tasks->next < tasks->ids->len)
    {
      g_autoptr(HdTask) task = NULL;

      if (tasks->next % PROGRESS_STEP == 0 && cancelled (tasks->options, error))
        return FALSE;
      task = hd_task_load (tasks->store, g_array_index (tasks->ids, gint64, tasks->next), error);
      if (task == NULL)
        return FALSE;
      tasks->next++;
      if (tasks->next % PROGRESS_STEP == 0 || tasks->next == tasks->ids->len)
        progress (tasks);
      if (!func (tasks, task, tasks->next, user_data, error))
        return FALSE;
    }
  return TRUE;
}

const char *
hd_form_tasks_unit_name (HdFormTasks  *tasks,
                         HdTask       *task,
                         GError      **error)
{
  return hd_unit_path_names_lookup (tasks->unit_names, hd_task_get_unit_id (task), error);
}

static const struct {
  const char         *title;   /* with the context "printed form column" */
  double              min_mm;
  double              weight;
  HdTableColumnFlags  flags;
} columns[] = {
  [HD_FORM_COLUMN_NUMBER] = { NC_("printed form column", "No."), 8.0, 0.0, HD_TABLE_COLUMN_KEY | HD_TABLE_COLUMN_CENTER },
  [HD_FORM_COLUMN_UNIT] = { NC_("printed form column", "Responsible Unit"), 16.0, 1.0, HD_TABLE_COLUMN_KEY },
  [HD_FORM_COLUMN_PROBLEM] = { NC_("printed form column", "Problem"), 30.0, 3.0, 0 },
  [HD_FORM_COLUMN_MEASURES] = { NC_("printed form column", "Measures"), 30.0, 3.0, 0 },
  [HD_FORM_COLUMN_GOAL] = { NC_("printed form column", "Goal"), 20.0, 2.0, 0 },
  [HD_FORM_COLUMN_LEADER] = { NC_("printed form column", "Responsible Leader"), 12.0, 0.0, HD_TABLE_COLUMN_CENTER },
  [HD_FORM_COLUMN_PERSON] = { NC_("printed form column", "Responsible Person"), 12.0, 0.0, HD_TABLE_COLUMN_CENTER },
  [HD_FORM_COLUMN_DEADLINE] = { NC_("printed form column", "Deadline"), 18.0, 0.0, HD_TABLE_COLUMN_CENTER },
  /* A share of the width rather than all a date needs on one line: 2014年 over 9月30日 leaves the
   * long texts room, and the county's ledger a sixth fewer pages. */
  [HD_FORM_COLUMN_DEADLINE_STACKED] = { NC_("printed form column", "Deadline"), 15.0, 0.5, HD_TABLE_COLUMN_CENTER },
  [HD_FORM_COLUMN_PROGRESS] = { NC_("printed form column", "Progress"), 24.0, 2.0, 0 },
  [HD_FORM_COLUMN_LIGHT] = { NC_("printed form column", "Light"), 14.0, 0.0, HD_TABLE_COLUMN_CENTER | HD_TABLE_COLUMN_MARKUP },
  [HD_FORM_COLUMN_STATE] = { NC_("printed form column", "State"), 14.0, 0.0, HD_TABLE_COLUMN_CENTER },
  [HD_FORM_COLUMN_TASK] = { NC_("printed form column", "Rectification Task"), 30.0, 3.0, 0 },
  [HD_FORM_COLUMN_PROPOSED] = { NC_("printed form column", "Proposed"), 18.0, 0.0, HD_TABLE_COLUMN_CENTER },
  [HD_FORM_COLUMN_OUTCOME] = { NC_("printed form column", "Confirmed Outcome"), 18.0, 0.0, HD_TABLE_COLUMN_CENTER },
  [HD_FORM_COLUMN_NOTE] = { NC_("printed form column", "Note"), 24.0, 2.0, 0 },
};

HdTable *
hd_form_table_new (const HdFormColumn *list,
                   guint               n)
{
  HdTable *table = hd_table_new ();

  for (guint i = 0; i < n; i++)
    {
      g_return_val_if_fail (list[i] < G_N_ELEMENTS (columns), table);
      hd_table_add_column (table, g_dpgettext2 (GETTEXT_PACKAGE, "printed form column", columns[list[i]].title),
                           columns[list[i]].min_mm, columns[list[i]].weight, columns[list[i]].flags);
    }
  return table;
}

HdDocument *
hd_form_document_new (const HdFormOptions *options,
                      HdPageOrientation    orientation,
                      const char          *title)
{
  const HdPageFigures *f = hd_page_figures ();
  g_autoptr(HdStyle) style = options->style != NULL ? hd_style_copy (options->style) : hd_style_new ();
  HdDocument *doc;

  /* A landscape form is a table of many columns, which a smaller size lets breathe. */
  if (orientation == HD_PAGE_LANDSCAPE)
    hd_style_set_size (style, HD_FACE_TABLE, f->table_wide_size_pt, f->table_wide_size_pt * f->table_line_ratio);
  doc = hd_document_new (style, orientation);
  hd_document_set_title (doc, title);
  hd_document_set_page_numbers (doc, HD_PAGE_NUMBERS_DASH);
  return doc;
}

char *
hd_form_format_date (const char *iso,
                     gboolean    stacked)
{
  GDate date;

  if (!hd_date_parse_iso (iso, &date))
    return g_strdup ("");
  if (!stacked)
    return hd_date_format_display (&date);
  /* Translators: a date in a narrow table column, on two lines where the language breaks it
   * well; %1$u is the year, %2$u the month, %3$u the day. In Chinese "%1$u年\n%2$u月%3$u日". */
  return g_strdup_printf (C_("printed form", "%1$u-%2$02u-%3$02u"), g_date_get_year (&date),
                          (guint) g_date_get_month (&date), (guint) g_date_get_day (&date));
}

char *
hd_form_dup_as_of (const GDate *today)
{
  g_autofree char *date = hd_date_format_display (today);

  /* Translators: the day a printed form's figures are for; in Chinese "截至%s". */
  return g_strdup_printf (C_("printed form", "As of %s"), date);
}

char *
hd_form_dup_deadline (HdTask      *task,
                      const GDate *today,
                      gboolean     stacked)
{
  const char *review;
  g_autofree char *date = NULL;

  if (hd_task_get_kind (task) != HD_TASK_KIND_LONG_TERM)
    return hd_form_format_date (hd_task_get_deadline (task), stacked);
  review = hd_task_get_next_review (task, today);
  if (review == NULL)
    return g_strdup (C_("printed form", "Long-term"));
  date = hd_form_format_date (review, stacked);
  /* Translators: a long-term task's deadline column, over its next review date (no wider than
   * a date, which is what the column is as wide as). In Chinese "长期坚持\n%s". */
  return g_strdup_printf (C_("printed form", "Long-term\n%s"), date);
}

char *
hd_form_dup_totals (const guint        *counts,
                    const char * const *labels,
                    guint               n)
{
  g_autoptr(GString) totals = g_string_new (NULL);
  guint all = 0;

  for (guint i = 0; i < n; i++)
    all += counts[i];
  /* Translators: the end of a printed table of tasks: their number, then each light's or each
   * look-back outcome's. In Chinese "合计 %u 项：". */
  g_string_printf (totals, C_("printed form", "In all %u tasks: "), all);
  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        /* Translators: between the lights' or the outcomes' counts; in Chinese "，". */
        g_string_append (totals, C_("printed form", ", "));
      /* Translators: a light or a look-back outcome and its number of tasks. In Chinese "%s %u 项". */
      g_string_append_printf (totals, C_("printed form", "%s: %u"), labels[i], counts[i]);
    }
  /* Translators: the end of the totals' sentence; in Chinese "。". */
  g_string_append (totals, C_("printed form", "."));
  return g_string_free (g_steal_pointer (&totals), FALSE);
}

HdDocument *
hd_form_new (HdStore              *store,
             HdFormKind            kind,
             const HdLedgerQuery  *query,
             const HdFormOptions  *options,
             GError              **error)
{
  static const HdFormOptions defaults = { NULL };
  g_autoptr(HdDocument) doc = NULL;

  g_return_val_if_fail (HD_IS_STORE (store), NULL);
  g_return_val_if_fail (query != NULL && query->today != NULL, NULL);
  g_return_val_if_fail (kind < HD_FORM_N_KINDS, NULL);

  if (options == NULL)
    options = &defaults;
  switch (kind)
    {
    case HD_FORM_LEDGER:
      doc = hd_form_ledger_new (store, query, options, error);
      break;
    case HD_FORM_TASK_SHEET:
      doc = hd_form_task_sheet_new (store, query, options, error);
      break;
    case HD_FORM_PUBLIC:
      doc = hd_form_public_new (store, query, options, error);
      break;
    default:
      g_assert_not_reached ();
    }
  if (doc == NULL || cancelled (options, error))
    return NULL;
  /* Laid out here, in the caller's thread: a worker's, for the window. */
  hd_document_get_n_pages (doc);
  return g_steal_pointer (&doc);
}
