/* hd-sheet-export.c — one loop for both lists and both formats: step the list's statement, load
 * each row's object, fill the cells, hand them to the writer.
 *
 * An .xlsx worksheet in constant memory needs its column widths and the autofilter's extent before
 * the first row, so the statement runs twice for it: once through the ids alone, counting them and
 * fitting the widths to the first rows, then again to write. Reading the ids is quick next to
 * loading and writing each row.
 */
#include <glib/gi18n-lib.h>

#include "import/hd-ledger-import.h"
#include "organisation/hd-unit-path-names.h"
#include "sheets/hd-csv-writer.h"
#include "sheets/hd-sheet-export.h"
#include "sheets/hd-xlsx-writer.h"

/* The rows the widths are fitted to: enough to meet the usual lengths, few enough to cost
 * nothing; longer texts wrap. */
#define FIT_ROWS 200

typedef struct _Export Export;

/* Loads row @id and fills @cells, whose texts stay valid until the next call. */
typedef gboolean (*FillCells) (Export       *self,
                               gint64        id,
                               HdSheetCell  *cells,
                               GError      **error);

struct _Export
{
  HdStore             *store;
  sqlite3_stmt        *stmt;           /* the list's ids, in its order */
  const char          *what;           /* "Reading the ledger", for errors */
  const HdSheetColumn *columns;
  guint                n_columns;
  guint                first_csv;      /* CSV leaves out the columns before this one */
  FillCells            fill;
  HdUnitPathNames     *unit_names;     /* a unit's names from the top joined by "/" */
  GObject             *row;            /* the row's object, which holds its cells' texts */
  guint                number;         /* the row's number in the file, from 1 */
  const HdLedgerQuery *query;
};

static void
export_clear (Export *self)
{
  g_clear_pointer (&self->stmt, sqlite3_finalize);
  g_clear_pointer (&self->unit_names, hd_unit_path_names_free);
  g_clear_object (&self->row);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Export, export_clear)

static gboolean
step (Export  *self,
      gint64  *id,
      GError **error)
{
  int rc = sqlite3_step (self->stmt);

  if (rc == SQLITE_ROW)
    {
      *id = sqlite3_column_int64 (self->stmt, 0);
      return TRUE;
    }
  if (rc != SQLITE_DONE)
    hd_store_set_error (self->store, error, self->what);
  sqlite3_reset (self->stmt);
  return FALSE;
}

/* What a pass over the list does with its rows. */
typedef enum {
  PASS_CSV,    /* writes them to a CSV writer */
  PASS_FIT,    /* fits an .xlsx writer's widths to the first of them */
  PASS_XLSX,   /* writes them to an .xlsx writer */
} Pass;

/* Steps through the list from its start, counting its rows in @count, and hands the rows'
 * cells to @writer as @pass says. A failed read of the list is an error too. */
static gboolean
pass_rows (Export       *self,
           Pass          pass,
           gpointer      writer,
           HdSheetCell  *cells,
           guint        *count,
           GError      **error)
{
  g_autoptr(GError) read_error = NULL;
  guint limit = pass == PASS_FIT ? FIT_ROWS : G_MAXUINT;
  gint64 id;

  self->number = 0;
  *count = 0;
  while (step (self, &id, &read_error))
    {
      if (*count < limit)
        {
          if (!self->fill (self, id, cells, error))
            return FALSE;
          if (pass == PASS_FIT)
            hd_xlsx_writer_fit (writer, cells);
          else if (!(pass == PASS_CSV ? hd_csv_writer_add_row (writer, cells + self->first_csv, error)
                                      : hd_xlsx_writer_add_row (writer, cells, error)))
            return FALSE;
        }
      (*count)++;
    }
  if (read_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&read_error));
      return FALSE;
    }
  return TRUE;
}

static gboolean
export_csv (Export      *self,
            const char  *path,
            guint       *n_rows,
            GError     **error)
{
  g_autoptr(HdCsvWriter) writer = NULL;
  g_autofree HdSheetCell *cells = g_new0 (HdSheetCell, self->n_columns);

  writer = hd_csv_writer_new (path, self->columns + self->first_csv, self->n_columns - self->first_csv, error);
  return writer != NULL
         && pass_rows (self, PASS_CSV, writer, cells, n_rows, error)
         && hd_csv_writer_finish (writer, error);
}

static gboolean
export_xlsx (Export      *self,
             const char  *path,
             const char  *sheet_name,
             guint       *n_rows,
             GError     **error)
{
  g_autoptr(HdXlsxWriter) writer = NULL;
  g_autofree HdSheetCell *cells = g_new0 (HdSheetCell, self->n_columns);
  guint count = 0;

  writer = hd_xlsx_writer_new (path, sheet_name, self->columns, self->n_columns, error);
  return writer != NULL
         && pass_rows (self, PASS_FIT, writer, cells, &count, error)
         && hd_xlsx_writer_begin (writer, count, error)
         && pass_rows (self, PASS_XLSX, writer, cells, n_rows, error)
         && hd_xlsx_writer_finish (writer, error);
}

static gboolean
export_run (Export         *self,
            sqlite3_stmt   *stmt,
            HdSheetFormat   format,
            const char     *path,
            const char     *sheet_name,
            guint          *n_rows,
            GError        **error)
{
  guint n = 0;
  gboolean ok;

  self->stmt = stmt;
  if (stmt == NULL)
    return FALSE;
  /* The ledger import finds units by their names from the top down. */
  self->unit_names = hd_unit_path_names_new (self->store, 0, "/");
  ok = format == HD_SHEET_FORMAT_CSV ? export_csv (self, path, &n, error)
                                     : export_xlsx (self, path, sheet_name, &n, error);
  if (ok && n_rows != NULL)
    *n_rows = n;
  return ok;
}

/* The ledger: the row number and the light for .xlsx, then the import's columns. */
enum {
  LEDGER_NUMBER,
  LEDGER_LIGHT,
  LEDGER_FILE_COLUMNS,   /* HdLedgerColumn from here */
  LEDGER_N_COLUMNS = LEDGER_FILE_COLUMNS + HD_LEDGER_N_COLUMNS
};

static const HdSheetKind ledger_file_kinds[HD_LEDGER_N_COLUMNS] = {
  [HD_LEDGER_COLUMN_PLAN] = HD_SHEET_TEXT,
  [HD_LEDGER_COLUMN_KIND] = HD_SHEET_TEXT,
  [HD_LEDGER_COLUMN_UNIT] = HD_SHEET_TEXT,
  [HD_LEDGER_COLUMN_PROBLEM] = HD_SHEET_LONG_TEXT,
  [HD_LEDGER_COLUMN_MEASURES] = HD_SHEET_LONG_TEXT,
  [HD_LEDGER_COLUMN_GOAL] = HD_SHEET_LONG_TEXT,
  [HD_LEDGER_COLUMN_LEADER] = HD_SHEET_TEXT,
  [HD_LEDGER_COLUMN_PERSON] = HD_SHEET_TEXT,
  [HD_LEDGER_COLUMN_DEADLINE] = HD_SHEET_DATE,
  [HD_LEDGER_COLUMN_PROGRESS] = HD_SHEET_LONG_TEXT,
  [HD_LEDGER_COLUMN_RESULT] = HD_SHEET_LONG_TEXT,
  [HD_LEDGER_COLUMN_VERDICT] = HD_SHEET_TEXT,
  [HD_LEDGER_COLUMN_CLOSED] = HD_SHEET_DATE,
};

/* A long-term task has review dates instead of a deadline, and a ledger file one date: the next
 * review, else the last one. The import makes that date a review again. */
static const char *
review_date (HdTask      *task,
             const GDate *today)
{
  const char * const *reviews = hd_task_get_reviews (task);
  const char *next = hd_task_get_next_review (task, today);
  guint n = reviews != NULL ? g_strv_length ((GStrv) reviews) : 0;

  return next != NULL ? next : n > 0 ? reviews[n - 1] : NULL;
}

/* Makes @row the row whose texts the cells hold, numbers it, and finds the name of its unit. */
static const char *
take_row (Export   *self,
          gpointer  row,
          gint64    unit_id,
          GError  **error)
{
  const char *unit;

  g_clear_object (&self->row);
  self->row = G_OBJECT (row);
  if ((unit = hd_unit_path_names_lookup (self->unit_names, unit_id, error)) == NULL)
    return NULL;
  self->number++;
  return unit;
}

static gboolean
fill_ledger (Export       *self,
             gint64        id,
             HdSheetCell  *cells,
             GError      **error)
{
  HdSheetCell *file = cells + LEDGER_FILE_COLUMNS;
  HdTask *task;
  HdLight light;
  const char *unit;

  task = hd_task_load (self->store, id, error);
  if (task == NULL || (unit = take_row (self, task, hd_task_get_unit_id (task), error)) == NULL)
    return FALSE;
  light = hd_task_get_light (task, self->query->today, self->query->warning_days);

  cells[LEDGER_NUMBER] = (HdSheetCell) { .number = self->number };
  cells[LEDGER_LIGHT] = (HdSheetCell) { .text = hd_light_get_label (light), .light = light };
  file[HD_LEDGER_COLUMN_PLAN].text = hd_ledger_plan_get_word (hd_task_get_plan (task));
  file[HD_LEDGER_COLUMN_KIND].text = hd_ledger_kind_get_word (hd_task_get_kind (task));
  file[HD_LEDGER_COLUMN_UNIT].text = unit;
  file[HD_LEDGER_COLUMN_PROBLEM].text = hd_task_get_problem (task);
  file[HD_LEDGER_COLUMN_MEASURES].text = hd_task_get_measures (task);
  file[HD_LEDGER_COLUMN_GOAL].text = hd_task_get_goal (task);
  file[HD_LEDGER_COLUMN_LEADER].text = hd_task_get_leader (task);
  file[HD_LEDGER_COLUMN_PERSON].text = hd_task_get_person (task);
  file[HD_LEDGER_COLUMN_DEADLINE].text = hd_task_get_kind (task) == HD_TASK_KIND_LONG_TERM
                                         ? review_date (task, self->query->today)
                                         : hd_task_get_deadline (task);
  file[HD_LEDGER_COLUMN_PROGRESS].text = hd_task_get_last_progress (task);
  file[HD_LEDGER_COLUMN_RESULT].text = hd_task_get_result (task);
  file[HD_LEDGER_COLUMN_VERDICT].text = hd_ledger_verdict_get_word (hd_task_get_verdict (task));
  file[HD_LEDGER_COLUMN_CLOSED].text = hd_task_get_closed (task);
  return TRUE;
}

gboolean
hd_sheet_export_ledger (HdStore              *store,
                        const HdLedgerQuery  *query,
                        HdSheetFormat         format,
                        const char           *path,
                        guint                *n_rows,
                        GError              **error)
{
  HdSheetColumn columns[LEDGER_N_COLUMNS] = {
    /* The ledger's headers are data, as the offices' spreadsheets have them. */
    [LEDGER_NUMBER] = { "序号", HD_SHEET_NUMBER },
    [LEDGER_LIGHT] = { "亮灯情况", HD_SHEET_LIGHT },
  };
  g_auto(Export) self = { .store = store, .what = _("Reading the ledger"), .columns = columns,
                          .n_columns = LEDGER_N_COLUMNS, .first_csv = LEDGER_FILE_COLUMNS,
                          .fill = fill_ledger, .query = query };

  g_return_val_if_fail (HD_IS_STORE (store), FALSE);
  g_return_val_if_fail (query != NULL && path != NULL, FALSE);

  for (guint i = 0; i < HD_LEDGER_N_COLUMNS; i++)
    columns[LEDGER_FILE_COLUMNS + i] = (HdSheetColumn) { hd_ledger_column_get_header (i), ledger_file_kinds[i] };
  return export_run (&self, hd_ledger_prepare (store, query, error),
                     format, path, _("Rectification ledger"), n_rows, error);
}

enum {
  OPINION_RECEIVED,
  OPINION_CHANNEL,
  OPINION_UNIT,
  OPINION_CATEGORY,
  OPINION_STATUS,
  OPINION_CONTENT,
  OPINION_N_COLUMNS
};

static gboolean
fill_opinion (Export       *self,
              gint64        id,
              HdSheetCell  *cells,
              GError      **error)
{
  HdOpinion *opinion;
  const char *unit;

  opinion = hd_opinion_load (self->store, id, error);
  if (opinion == NULL || (unit = take_row (self, opinion, hd_opinion_get_unit_id (opinion), error)) == NULL)
    return FALSE;

  cells[OPINION_RECEIVED].text = hd_opinion_get_received (opinion);
  cells[OPINION_CHANNEL].text = hd_opinion_channel_get_label (hd_opinion_get_channel (opinion));
  cells[OPINION_UNIT].text = unit;
  cells[OPINION_CATEGORY].text = hd_category_get_label (hd_opinion_get_category (opinion));
  cells[OPINION_STATUS].text = hd_opinion_status_get_label (hd_opinion_get_status (opinion));
  cells[OPINION_CONTENT].text = hd_opinion_get_content (opinion);
  return TRUE;
}

gboolean
hd_sheet_export_opinions (HdStore                *store,
                          const HdOpinionFilter  *filter,
                          HdSheetFormat           format,
                          const char             *path,
                          guint                  *n_rows,
                          GError                **error)
{
  /* The same headings as the list's columns. */
  const HdSheetColumn columns[OPINION_N_COLUMNS] = {
    [OPINION_RECEIVED] = { _("Date"), HD_SHEET_DATE },
    [OPINION_CHANNEL] = { _("Channel"), HD_SHEET_TEXT },
    [OPINION_UNIT] = { _("Unit"), HD_SHEET_TEXT },
    [OPINION_CATEGORY] = { _("Category"), HD_SHEET_TEXT },
    [OPINION_STATUS] = { _("Status"), HD_SHEET_TEXT },
    [OPINION_CONTENT] = { _("Content"), HD_SHEET_LONG_TEXT },
  };
  g_auto(Export) self = { .store = store, .what = _("Reading the opinions"), .columns = columns,
                          .n_columns = OPINION_N_COLUMNS, .fill = fill_opinion };

  g_return_val_if_fail (HD_IS_STORE (store), FALSE);
  g_return_val_if_fail (filter != NULL && path != NULL, FALSE);

  return export_run (&self, hd_opinion_list_prepare (store, filter, error),
                     format, path, _("Opinions"), n_rows, error);
}
