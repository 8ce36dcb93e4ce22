/* hd-ledger-import.c — plan a ledger file row by row, then write it as one edit.
 *
 * Units must exist already (a ledger names who is responsible; the roster import creates units).
 */
#include <glib/gi18n-lib.h>

#include "import/hd-ledger-import.h"
#include "store/hd-date.h"

struct _HdLedgerImportRow
{
  GObject               parent_instance;

  guint                 number;
  HdLedgerImportAction  action;
  char                 *reason;
  char                 *unit_path;
  gint64                unit_id;
  gint64                task_id;       /* the same task already in the ledger, or 0 */
  HdTaskPlan            plan;
  HdTaskKind            kind;
  char                 *problem;
  char                 *measures;
  char                 *goal;
  char                 *leader;
  char                 *person;
  char                 *deadline;      /* ISO; for a long-term task, its review date */
  char                 *progress;
  char                 *result;
  HdVerdict             verdict;
  char                 *closed;        /* ISO */
};

G_DEFINE_FINAL_TYPE (HdLedgerImportRow, hd_ledger_import_row, G_TYPE_OBJECT)

struct _HdLedgerImport
{
  HdImport    parent_instance;

  char       *today;
  GHashTable *seen;             /* "unit id\tplan\tproblem" → row number */
};

G_DEFINE_FINAL_TYPE (HdLedgerImport, hd_ledger_import, HD_TYPE_IMPORT)

enum {
  COL_PLAN = HD_LEDGER_COLUMN_PLAN,
  COL_KIND = HD_LEDGER_COLUMN_KIND,
  COL_UNIT = HD_LEDGER_COLUMN_UNIT,
  COL_PROBLEM = HD_LEDGER_COLUMN_PROBLEM,
  COL_MEASURES = HD_LEDGER_COLUMN_MEASURES,
  COL_GOAL = HD_LEDGER_COLUMN_GOAL,
  COL_LEADER = HD_LEDGER_COLUMN_LEADER,
  COL_PERSON = HD_LEDGER_COLUMN_PERSON,
  COL_DEADLINE = HD_LEDGER_COLUMN_DEADLINE,
  COL_PROGRESS = HD_LEDGER_COLUMN_PROGRESS,
  COL_RESULT = HD_LEDGER_COLUMN_RESULT,
  COL_VERDICT = HD_LEDGER_COLUMN_VERDICT,
  COL_CLOSED = HD_LEDGER_COLUMN_CLOSED,
  N_COLS = HD_LEDGER_N_COLUMNS
};

/* The headers as the offices' spreadsheets have them; they are data, not interface text. */
static const char * const column_headers[N_COLS + 1] = {
  "所属方案", "整改类型", "责任单位", "问题", "整改措施", "整改目标", "责任领导", "责任人",
  "完成时限", "整改进展", "完成情况", "群众评价", "销号日期", NULL,
};

static const char * const kind_words[HD_TASK_N_KINDS] = { "立行立改", "限期整改", "长期坚持" };
static const char * const plan_words[HD_TASK_N_PLANS] = { "整改方案", "专项整治方案", "制度建设计划" };
static const char * const verdict_words[HD_N_VERDICTS] = { "", "满意", "基本满意", "不满意" };

const char *
hd_ledger_column_get_header (HdLedgerColumn column)
{
  g_return_val_if_fail ((guint) column < N_COLS, NULL);
  return column_headers[column];
}

const char *
hd_ledger_plan_get_word (HdTaskPlan plan)
{
  g_return_val_if_fail ((guint) plan < HD_TASK_N_PLANS, NULL);
  return plan_words[plan];
}

const char *
hd_ledger_kind_get_word (HdTaskKind kind)
{
  g_return_val_if_fail ((guint) kind < HD_TASK_N_KINDS, NULL);
  return kind_words[kind];
}

const char *
hd_ledger_verdict_get_word (HdVerdict verdict)
{
  g_return_val_if_fail ((guint) verdict < HD_N_VERDICTS, NULL);
  return verdict_words[verdict];
}

static void
hd_ledger_import_row_finalize (GObject *object)
{
  HdLedgerImportRow *self = HD_LEDGER_IMPORT_ROW (object);

  g_free (self->reason);
  g_free (self->unit_path);
  g_free (self->problem);
  g_free (self->measures);
  g_free (self->goal);
  g_free (self->leader);
  g_free (self->person);
  g_free (self->deadline);
  g_free (self->progress);
  g_free (self->result);
  g_free (self->closed);
  G_OBJECT_CLASS (hd_ledger_import_row_parent_class)->finalize (object);
}

static void
hd_ledger_import_row_class_init (HdLedgerImportRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hd_ledger_import_row_finalize;
}

static void
hd_ledger_import_row_init (HdLedgerImportRow *self)
{
}

guint hd_ledger_import_row_get_number (HdLedgerImportRow *self) { return self->number; }
HdLedgerImportAction hd_ledger_import_row_get_action (HdLedgerImportRow *self) { return self->action; }
const char *hd_ledger_import_row_get_reason (HdLedgerImportRow *self) { return self->reason; }
const char *hd_ledger_import_row_get_unit_path (HdLedgerImportRow *self) { return self->unit_path; }
const char *hd_ledger_import_row_get_problem (HdLedgerImportRow *self) { return self->problem; }
HdTaskPlan hd_ledger_import_row_get_plan (HdLedgerImportRow *self) { return self->plan; }
HdTaskKind hd_ledger_import_row_get_kind (HdLedgerImportRow *self) { return self->kind; }
const char *hd_ledger_import_row_get_deadline (HdLedgerImportRow *self) { return self->deadline; }
const char *hd_ledger_import_row_get_closed (HdLedgerImportRow *self) { return self->closed; }

static const HdEnumValue action_values[] = {
  { NULL, NC_("import action", "Add") },
  { NULL, NC_("import action", "Update") },
  { NULL, NC_("import action", "Unchanged") },
  { NULL, NC_("import action", "Bad row") },
};
HD_DEFINE_ENUM_LABELS (HdLedgerImportAction, hd_ledger_import_action, "import action", action_values,
                       HD_LEDGER_IMPORT_BAD + 1)

static void
hd_ledger_import_finalize (GObject *object)
{
  HdLedgerImport *self = HD_LEDGER_IMPORT (object);

  g_free (self->today);
  g_hash_table_unref (self->seen);
  G_OBJECT_CLASS (hd_ledger_import_parent_class)->finalize (object);
}

static void
hd_ledger_import_init (HdLedgerImport *self)
{
  self->seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

static gboolean
find_word (const char * const *words,
           guint               n_words,
           const char         *text,
           guint              *index)
{
  for (guint i = 0; i < n_words; i++)
    if (g_str_equal (text, words[i]))
      {
        *index = i;
        return TRUE;
      }
  return FALSE;
}

static void
mark_bad (HdLedgerImportRow *row,
          char              *reason)
{
  row->action = HD_LEDGER_IMPORT_BAD;
  g_free (row->reason);
  row->reason = reason;
}

/* An ISO date from what a clerk typed, NULL for an empty field; FALSE when it is no date. */
static gboolean
typed_date (const char  *text,
            char       **iso)
{
  GDate date;

  *iso = NULL;
  if (*text == '\0')
    return TRUE;
  if (!hd_date_parse_typed (text, &date))
    return FALSE;
  *iso = hd_date_format_iso (&date);
  return TRUE;
}

/* Fills the row from its fields; FALSE with the row marked bad at the first problem. */
static gboolean
read_fields (HdLedgerImport     *self,
             HdLedgerImportRow  *row,
             const char        **field)
{
  g_autofree char *refusal = NULL;
  guint index = 0;

  /* Before anything can make the row bad: the preview shows a bad row's problem too. */
  row->problem = g_strdup (field[COL_PROBLEM]);
  if (*field[COL_UNIT] == '\0')
    {
      mark_bad (row, g_strdup (_("the responsible unit is missing: fill in the column 责任单位")));
      return FALSE;
    }
  row->unit_path = hd_import_normalize_path (field[COL_UNIT]);
  if (row->unit_path == NULL || (row->unit_id = hd_import_find_unit (hd_import_get_store (HD_IMPORT (self)), row->unit_path)) == 0)
    {
      mark_bad (row, g_strdup_printf (_("unknown unit “%s”: write its full path, e.g. 示范县/城关镇"), field[COL_UNIT]));
      return FALSE;
    }
  if (*field[COL_PROBLEM] == '\0')
    {
      mark_bad (row, g_strdup (_("the problem is missing: fill in the column 问题")));
      return FALSE;
    }
  if (!find_word (kind_words, HD_TASK_N_KINDS, field[COL_KIND], &index))
    {
      mark_bad (row, g_strdup_printf (_("unknown 整改类型 “%s”: write 立行立改, 限期整改 or 长期坚持"), field[COL_KIND]));
      return FALSE;
    }
  row->kind = (HdTaskKind) index;
  if (!find_word (plan_words, HD_TASK_N_PLANS, field[COL_PLAN], &index))
    {
      mark_bad (row, g_strdup_printf (_("unknown 所属方案 “%s”: write 整改方案, 专项整治方案 or 制度建设计划"), field[COL_PLAN]));
      return FALSE;
    }
  row->plan = (HdTaskPlan) index;
  if (!find_word (verdict_words, HD_N_VERDICTS, field[COL_VERDICT], &index))
    {
      mark_bad (row, g_strdup_printf (_("unknown 群众评价 “%s”: write 满意, 基本满意, 不满意 or leave it empty"), field[COL_VERDICT]));
      return FALSE;
    }
  row->verdict = (HdVerdict) index;
  if (!typed_date (field[COL_DEADLINE], &row->deadline))
    {
      mark_bad (row, g_strdup_printf (_("完成时限 “%s” is not a date: write it as 2014-09-30, 2014/9/30, 2014.9.30 or 2014年9月30日"), field[COL_DEADLINE]));
      return FALSE;
    }
  if (row->deadline == NULL && row->kind != HD_TASK_KIND_LONG_TERM)
    {
      mark_bad (row, g_strdup (_("完成时限 is empty: only 长期坚持 tasks may have no deadline")));
      return FALSE;
    }
  if (!typed_date (field[COL_CLOSED], &row->closed))
    {
      mark_bad (row, g_strdup_printf (_("销号日期 “%s” is not a date: write it as 2014-09-30, 2014/9/30, 2014.9.30 or 2014年9月30日"), field[COL_CLOSED]));
      return FALSE;
    }
  row->measures = g_strdup (field[COL_MEASURES]);
  row->goal = g_strdup (field[COL_GOAL]);
  row->leader = g_strdup (field[COL_LEADER]);
  row->person = g_strdup (field[COL_PERSON]);
  row->progress = g_strdup (field[COL_PROGRESS]);
  row->result = g_strdup (field[COL_RESULT]);
  if (row->closed != NULL && (refusal = hd_task_closing_refusal (row->result, row->verdict)) != NULL)
    {
      /* Translators: %s says what is missing, e.g. "the task has no result: …". */
      mark_bad (row, g_strdup_printf (_("closed on 销号日期, but %s"), refusal));
      return FALSE;
    }
  return TRUE;
}

static HdTaskFields
fields_of (HdLedgerImportRow *row)
{
  return (HdTaskFields) {
    .unit_id = row->unit_id, .plan = row->plan, .rule_action = HD_RULE_ACTION_NONE, .kind = row->kind,
    .problem = row->problem, .problem_id = 0, .source = NULL, .goal = row->goal, .measures = row->measures,
    .leader = row->leader, .person = row->person,
    .deadline = row->kind == HD_TASK_KIND_LONG_TERM ? NULL : row->deadline,
  };
}

/* Does the task in the ledger already say everything the row says? */
static gboolean
same_as_task (HdLedgerImportRow *row,
              HdTask            *task)
{
  const char * const *reviews = hd_task_get_reviews (task);

  return hd_task_get_kind (task) == row->kind &&
         g_strcmp0 (hd_task_get_goal (task), row->goal) == 0 &&
         g_strcmp0 (hd_task_get_measures (task), row->measures) == 0 &&
         g_strcmp0 (hd_task_get_leader (task), row->leader) == 0 &&
         g_strcmp0 (hd_task_get_person (task), row->person) == 0 &&
         (row->kind == HD_TASK_KIND_LONG_TERM
          ? row->deadline == NULL || g_strv_contains (reviews, row->deadline)
          : g_strcmp0 (hd_task_get_deadline (task), row->deadline) == 0) &&
         (*row->progress == '\0' || g_strcmp0 (hd_task_get_last_progress (task), row->progress) == 0) &&
         g_strcmp0 (hd_task_get_result (task), row->result) == 0 &&
         hd_task_get_verdict (task) == row->verdict &&
         g_strcmp0 (hd_task_get_closed (task), row->closed) == 0;
}

static void
plan_row (HdImport     *import,
          gpointer      data,
          guint         number,
          const char  **field)
{
  HdLedgerImport *self = HD_LEDGER_IMPORT (import);
  HdLedgerImportRow *row = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *key = NULL;
  HdTaskFields fields;
  gpointer earlier;
  sqlite3_stmt *stmt;

  row->number = number;
  if (!read_fields (self, row, field))
    return;
  fields = fields_of (row);
  if (!hd_task_fields_validate (hd_import_get_store (HD_IMPORT (self)), &fields, &error))
    {
      mark_bad (row, g_strdup (error->message));
      return;
    }
  key = g_strdup_printf ("%" G_GINT64_FORMAT "\t%d\t%s", row->unit_id, row->plan, row->problem);
  if (g_hash_table_lookup_extended (self->seen, key, NULL, &earlier))
    {
      mark_bad (row, g_strdup_printf (_("the same task as row %u (same 责任单位, 问题 and 所属方案)"),
                                      GPOINTER_TO_UINT (earlier)));
      return;
    }
  g_hash_table_insert (self->seen, g_steal_pointer (&key), GUINT_TO_POINTER (row->number));

  row->action = HD_LEDGER_IMPORT_ADD;
  stmt = hd_store_prepare (hd_import_get_store (HD_IMPORT (self)),
                           "SELECT id FROM task WHERE unit_id = ?1 AND plan = ?2 AND problem = ?3 ORDER BY id LIMIT 1",
                           NULL);
  if (stmt == NULL)
    return;
  sqlite3_bind_int64 (stmt, 1, row->unit_id);
  sqlite3_bind_text (stmt, 2, hd_task_plan_to_string (row->plan), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, row->problem, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    row->task_id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (row->task_id != 0)
    {
      g_autoptr(HdTask) task = hd_task_load (hd_import_get_store (HD_IMPORT (self)), row->task_id, NULL);

      row->action = task != NULL && same_as_task (row, task) ? HD_LEDGER_IMPORT_UNCHANGED
                                                             : HD_LEDGER_IMPORT_UPDATE;
    }
}

static HdLedgerImport *
new_from_csv (HdStore      *store,
              HdCsv        *csv,
              const GDate  *today,
              GError      **error)
{
  g_autoptr(HdLedgerImport) self = NULL;
  int columns[N_COLS];

  hd_csv_find_columns (csv, column_headers, N_COLS, columns);
  if (columns[COL_UNIT] < 0 || columns[COL_PROBLEM] < 0)
    {
      g_set_error_literal (error, HD_IMPORT_ERROR, HD_IMPORT_ERROR_COLUMNS,
                           _("The file has no column 责任单位 or no column 问题. The first row must name the columns: 责任单位, 问题, 整改措施, 整改目标, 责任领导, 责任人, 完成时限, 整改类型, 所属方案, 整改进展, 完成情况, 群众评价, 销号日期."));
      return NULL;
    }
  self = g_object_new (HD_TYPE_LEDGER_IMPORT, NULL);
  self->today = hd_date_format_iso (today);
  hd_import_plan (HD_IMPORT (self), store, HD_TYPE_LEDGER_IMPORT_ROW, csv, column_headers, columns);
  return g_steal_pointer (&self);
}

HdLedgerImport *
hd_ledger_import_new_from_data (HdStore      *store,
                                const char   *data,
                                gsize         length,
                                const GDate  *today,
                                GError      **error)
{
  g_autoptr(HdCsv) csv = NULL;

  g_return_val_if_fail (HD_IS_STORE (store), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  csv = hd_csv_parse (data, length, error);
  return csv != NULL ? new_from_csv (store, csv, today, error) : NULL;
}

HdLedgerImport *
hd_ledger_import_new_from_file (HdStore      *store,
                                const char   *path,
                                const GDate  *today,
                                GError      **error)
{
  g_autoptr(HdCsv) csv = NULL;

  g_return_val_if_fail (HD_IS_STORE (store), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  csv = hd_csv_parse_file (path, error);
  return csv != NULL ? new_from_csv (store, csv, today, error) : NULL;
}

static guint
row_action (gpointer row)
{
  return ((HdLedgerImportRow *) row)->action;
}

static gboolean
apply_row (HdImport  *import,
           HdEdit    *edit,
           gpointer   row_data,
           GError   **error)
{
  HdLedgerImport *self = HD_LEDGER_IMPORT (import);
  HdLedgerImportRow *row = row_data;
  g_autoptr(HdTask) task = NULL;
  HdTaskFields fields;
  gint64 id = row->task_id;

  if (row->action == HD_LEDGER_IMPORT_UNCHANGED)
    return TRUE;
  fields = fields_of (row);
  if (id == 0)
    id = hd_task_insert (edit, &fields, error);
  else if (!hd_task_write (edit, id, &fields, error))
    return FALSE;
  if (id == 0)
    return FALSE;
  if (row->kind == HD_TASK_KIND_LONG_TERM && row->deadline != NULL &&
      !hd_task_insert_review (edit, id, row->deadline, error))
    return FALSE;
  task = hd_task_load (hd_import_get_store (HD_IMPORT (self)), id, error);
  if (task == NULL)
    return FALSE;
  if (*row->progress != '\0' && g_strcmp0 (hd_task_get_last_progress (task), row->progress) != 0 &&
      !hd_task_insert_progress (edit, id, row->closed != NULL ? row->closed : self->today, row->progress, error))
    return FALSE;
  return hd_task_write_outcome (edit, id, row->result, row->verdict, row->closed, error);
}

static guint
row_number (gpointer row)
{
  return ((HdLedgerImportRow *) row)->number;
}

static void
hd_ledger_import_class_init (HdLedgerImportClass *klass)
{
  HdImportClass *import_class = HD_IMPORT_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = hd_ledger_import_finalize;
  import_class->edit_label = N_("Import ledger");
  import_class->bad_action = HD_LEDGER_IMPORT_BAD;
  import_class->row_action = row_action;
  import_class->row_number = row_number;
  import_class->plan_row = plan_row;
  import_class->apply_row = apply_row;
}
