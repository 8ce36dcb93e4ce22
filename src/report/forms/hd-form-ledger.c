/* hd-form-ledger.c — 整改落实台账: the ledger as filtered, on landscape A4.
 *
 * Under the title, the day the lights are for and, when the ledger is filtered, which part of it
 * this is; the tasks grouped under their plan's name when more than one plan is printed; the
 * light as its word beside a coloured mark (never colour alone); the count of each light last. */
#include <glib/gi18n-lib.h>

#include "forms/hd-form-private.h"

enum {
  COLUMN_NUMBER,
  COLUMN_UNIT,
  COLUMN_PROBLEM,
  COLUMN_MEASURES,
  COLUMN_GOAL,
  COLUMN_LEADER,
  COLUMN_PERSON,
  COLUMN_DEADLINE,
  COLUMN_PROGRESS,
  COLUMN_LIGHT,
  N_COLUMNS
};

/* Colours of the marks, dark enough to read on paper and in grey print. */
static const struct {
  const char *mark;
  const char *colour;
} light_marks[HD_LIGHT_N_LIGHTS] = {
  [HD_LIGHT_RED] = { "●", "#c62828" },
  [HD_LIGHT_YELLOW] = { "●", "#c77c00" },
  [HD_LIGHT_GREEN] = { "●", "#2e7d32" },
  [HD_LIGHT_CLOSED] = { "✔", "#2e7d32" },
  [HD_LIGHT_CLOSED_LATE] = { "✔", "#c62828" },
};

/* One row, kept until the plans have been told apart. */
typedef struct {
  HdTaskPlan plan;
  char *cells[N_COLUMNS];
} Row;

static void
row_clear (gpointer data)
{
  Row *row = data;

  for (guint c = 0; c < N_COLUMNS; c++)
    g_free (row->cells[c]);
}

/* In the order of the cells (COLUMN_*). */
static const HdFormColumn ledger_columns[N_COLUMNS] = {
  HD_FORM_COLUMN_NUMBER, HD_FORM_COLUMN_UNIT, HD_FORM_COLUMN_PROBLEM, HD_FORM_COLUMN_MEASURES,
  HD_FORM_COLUMN_GOAL, HD_FORM_COLUMN_LEADER, HD_FORM_COLUMN_PERSON, HD_FORM_COLUMN_DEADLINE_STACKED,
  HD_FORM_COLUMN_PROGRESS, HD_FORM_COLUMN_LIGHT,
};

static char *
light_markup (HdLight light)
{
  g_autofree char *word = g_markup_escape_text (hd_light_get_label (light), -1);

  return g_strdup_printf ("<span foreground=\"%s\">%s</span> %s",
                          light_marks[light].colour, light_marks[light].mark, word);
}

/* What a closed task achieved and when; for an open one, its latest progress. */
static char *
progress_text (HdTask *task)
{
  const char *result = hd_task_get_result (task);
  g_autofree char *closed = NULL;

  if (hd_task_get_closed (task) == NULL)
    return g_strdup (hd_task_get_last_progress (task) != NULL ? hd_task_get_last_progress (task) : "");
  closed = hd_form_format_date (hd_task_get_closed (task), FALSE);
  /* Translators: a closed task's progress column: its result, then the day it was closed. In
   * Chinese "%s（%s办结）". */
  return g_strdup_printf (C_("printed form", "%s (closed %s)"), result != NULL ? result : "", closed);
}

/* What the ledger reads: its rows, and the number of tasks of each light. */
typedef struct {
  GArray *rows;
  guint   counts[HD_LIGHT_N_LIGHTS];
} Ledger;

static gboolean
add_row (HdFormTasks  *tasks,
         HdTask       *task,
         guint         number,
         gpointer      user_data,
         GError      **error)
{
  Ledger *ledger = user_data;
  HdLight light = hd_task_get_light (task, tasks->query->today, tasks->query->warning_days);
  const char *unit = hd_form_tasks_unit_name (tasks, task, error);
  Row row = { .plan = hd_task_get_plan (task) };

  if (unit == NULL)
    return FALSE;
  ledger->counts[light]++;
  row.cells[COLUMN_UNIT] = g_strdup (unit);
  row.cells[COLUMN_PROBLEM] = g_strdup (hd_task_get_problem (task));
  row.cells[COLUMN_MEASURES] = g_strdup (hd_task_get_measures (task));
  row.cells[COLUMN_GOAL] = g_strdup (hd_task_get_goal (task));
  row.cells[COLUMN_LEADER] = g_strdup (hd_task_get_leader (task));
  row.cells[COLUMN_PERSON] = g_strdup (hd_task_get_person (task));
  row.cells[COLUMN_DEADLINE] = hd_form_dup_deadline (task, tasks->query->today, TRUE);
  row.cells[COLUMN_PROGRESS] = progress_text (task);
  row.cells[COLUMN_LIGHT] = light_markup (light);
  g_array_append_val (ledger->rows, row);
  return TRUE;
}

/* The rows under their plans' names ("一、整改方案") when there is more than one plan, else as they
 * come; numbered through. */
static HdTable *
fill_table (GArray *rows)
{
  static const char * const ordinals[HD_TASK_N_PLANS] = { "一、", "二、", "三、" };
  HdTable *table = hd_form_table_new (ledger_columns, N_COLUMNS);
  guint n_plans = 0, number = 0;
  gboolean has_plan[HD_TASK_N_PLANS] = { FALSE };

  G_STATIC_ASSERT (HD_TASK_N_PLANS == 3);
  for (guint r = 0; r < rows->len; r++)
    has_plan[g_array_index (rows, Row, r).plan] = TRUE;
  for (guint p = 0; p < HD_TASK_N_PLANS; p++)
    n_plans += has_plan[p];

  for (guint p = 0, heading = 0; p < HD_TASK_N_PLANS; p++)
    {
      if (!has_plan[p])
        continue;
      if (n_plans > 1)
        {
          g_autofree char *name = g_strconcat (ordinals[heading++], hd_task_plan_get_label (p), NULL);

          hd_table_append_group (table, name);
        }
      for (guint r = 0; r < rows->len; r++)
        {
          Row *row = &g_array_index (rows, Row, r);
          g_autofree char *n = NULL;

          if (row->plan != p)
            continue;
          row->cells[COLUMN_NUMBER] = n = g_strdup_printf ("%u", ++number);
          hd_table_append_row (table, (const char * const *) row->cells);
          row->cells[COLUMN_NUMBER] = NULL;
        }
    }
  return table;
}

/* Which part of the ledger a filtered ledger is: "专项整治方案；红灯 逾期；责任领导：张三". NULL for
 * the whole ledger. */
static char *
dup_scope (const HdLedgerQuery *query)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *text = g_strstrip (g_strdup (query->text != NULL ? query->text : ""));
  /* Translators: between the parts of a printed ledger's scope; in Chinese "；". */
  const char *separator = C_("printed form", "; ");
  g_autofree char *joined = NULL;

  if (query->plan >= 0)
    g_ptr_array_add (parts, g_strdup (hd_task_plan_get_label (query->plan)));
  if (query->kind >= 0)
    g_ptr_array_add (parts, g_strdup (hd_task_kind_get_label (query->kind)));
  for (guint l = 0; l < HD_LIGHT_N_LIGHTS; l++)
    if ((query->lights & (1u << l)) != 0 && !(query->overdue_only && l == HD_LIGHT_RED))
      g_ptr_array_add (parts, g_strdup (hd_light_get_label (l)));
  if (query->overdue_only)
    g_ptr_array_add (parts, g_strdup (hd_light_get_label (HD_LIGHT_RED)));
  if (query->leader != NULL && *query->leader != '\0')
    /* Translators: a printed ledger's scope: one leader's tasks. In Chinese "责任领导：%s". */
    g_ptr_array_add (parts, g_strdup_printf (C_("printed form", "Responsible leader: %s"), query->leader));
  if (*text != '\0')
    /* Translators: a printed ledger's scope: the tasks found by a search. In Chinese "含“%s”". */
    g_ptr_array_add (parts, g_strdup_printf (C_("printed form", "Containing “%s”"), text));
  if (parts->len == 0)
    return NULL;
  g_ptr_array_add (parts, NULL);
  joined = g_strjoinv (separator, (char **) parts->pdata);
  /* Translators: which part of the ledger is printed. In Chinese "（范围：%s）". */
  return g_strdup_printf (C_("printed form", "(Showing: %s)"), joined);
}

HdDocument *
hd_form_ledger_new (HdStore              *store,
                    const HdLedgerQuery  *query,
                    const HdFormOptions  *options,
                    GError              **error)
{
  g_auto(HdFormTasks) tasks = { NULL };
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (Row));
  Ledger ledger = { rows, { 0 } };
  g_autoptr(HdDocument) doc = NULL;
  g_autofree char *title = NULL;
  g_autofree char *as_of = NULL;
  g_autofree char *scope = NULL;
  g_autofree char *totals = NULL;

  g_array_set_clear_func (rows, row_clear);
  if (!hd_form_tasks_init (&tasks, store, query, options, error))
    return NULL;
  if (tasks.ids->len == 0)
    {
      g_set_error_literal (error, HD_FORM_ERROR, HD_FORM_ERROR_EMPTY,
                           _("Nothing to print: no task of this ledger matches its filters. "
                             "Clear the filters or choose another unit."));
      return NULL;
    }
  if (!hd_form_tasks_each (&tasks, add_row, &ledger, error))
    return NULL;

  title = tasks.unit_name != NULL
          /* Translators: a printed ledger's title. In Chinese "%s整改落实台账". */
          ? g_strdup_printf (C_("printed form", "Rectification Ledger of %s"), tasks.unit_name)
          : g_strdup (C_("printed form", "Rectification Ledger"));
  as_of = hd_form_dup_as_of (query->today);
  scope = dup_scope (query);
  {
    const char *labels[HD_LIGHT_N_LIGHTS];

    for (guint l = 0; l < HD_LIGHT_N_LIGHTS; l++)
      labels[l] = hd_light_get_label (l);
    totals = hd_form_dup_totals (ledger.counts, labels, HD_LIGHT_N_LIGHTS);
  }

  doc = hd_form_document_new (options, HD_PAGE_LANDSCAPE, title);
  hd_document_add_text (doc, hd_text_new_title (title));
  hd_document_add_text (doc, hd_text_new_line (as_of, HD_ALIGN_CENTER));
  if (scope != NULL)
    hd_document_add_text (doc, hd_text_new_line (scope, HD_ALIGN_CENTER));
  hd_document_add_table (doc, fill_table (rows));
  hd_document_add_text (doc, hd_text_new_paragraph (totals));
  return g_steal_pointer (&doc);
}
