/* hd-form-task-sheet.c — 整改任务书: the tasks one responsible leader or one responsible unit
 * takes on, with the goal, measures and deadline of each, to be signed by the issuing office and
 * by whoever takes them on, each with the date of signing. Portrait A4. */
#include <glib/gi18n-lib.h>

#include "forms/hd-form-private.h"

enum {
  COLUMN_NUMBER,
  COLUMN_PROBLEM,
  COLUMN_MEASURES,
  COLUMN_GOAL,
  COLUMN_UNIT,       /* a leader's sheet only: the leader may answer for several units */
  COLUMN_DEADLINE,
  N_COLUMNS
};

static HdTable *
new_table (gboolean with_unit)
{
  static const HdFormColumn with[] = {
    HD_FORM_COLUMN_NUMBER, HD_FORM_COLUMN_PROBLEM, HD_FORM_COLUMN_MEASURES, HD_FORM_COLUMN_GOAL,
    HD_FORM_COLUMN_UNIT, HD_FORM_COLUMN_DEADLINE,
  };
  static const HdFormColumn without[] = {
    HD_FORM_COLUMN_NUMBER, HD_FORM_COLUMN_PROBLEM, HD_FORM_COLUMN_MEASURES, HD_FORM_COLUMN_GOAL,
    HD_FORM_COLUMN_DEADLINE,
  };

  return with_unit ? hd_form_table_new (with, G_N_ELEMENTS (with))
                   : hd_form_table_new (without, G_N_ELEMENTS (without));
}

static gboolean
add_row (HdFormTasks  *tasks,
         HdTask       *task,
         guint         number,
         gpointer      user_data,
         GError      **error)
{
  HdTable *table = user_data;
  gboolean with_unit = hd_table_get_n_columns (table) == N_COLUMNS;
  g_autofree char *n = g_strdup_printf ("%u", number);
  g_autofree char *deadline = hd_form_dup_deadline (task, tasks->query->today, FALSE);
  const char *unit = with_unit ? hd_form_tasks_unit_name (tasks, task, error) : NULL;
  const char *cells[N_COLUMNS];
  guint c = 0;

  if (with_unit && unit == NULL)
    return FALSE;
  cells[c++] = n;
  cells[c++] = hd_task_get_problem (task);
  cells[c++] = hd_task_get_measures (task);
  cells[c++] = hd_task_get_goal (task);
  if (with_unit)
    cells[c++] = unit;
  cells[c++] = deadline;
  hd_table_append_row (table, cells);
  return TRUE;
}

/* A party's signature and the date it signs, kept together on one page. */
static HdText *
signature (const char *party)
{
  /* Translators: a signature line of a printed form, then its date line with room to write the
   * date by hand. In Chinese "%s：\n日期：　　　　年　　月　　日". */
  g_autofree char *text = g_strdup_printf (C_("printed form", "%s:\nDate:"), party);

  return hd_text_new_kept_lines (text, HD_ALIGN_START);
}

HdDocument *
hd_form_task_sheet_new (HdStore              *store,
                        const HdLedgerQuery  *query,
                        const HdFormOptions  *options,
                        GError              **error)
{
  g_auto(HdFormTasks) tasks = { NULL };
  g_autoptr(HdDocument) doc = NULL;
  g_autoptr(HdTable) table = NULL;
  g_autofree char *title = NULL;
  g_autofree char *opening = NULL;
  g_autofree char *as_of = NULL;
  gboolean for_leader = query->leader != NULL && *query->leader != '\0';
  HdLedgerQuery sheet;

  /* The whole responsibility, whatever else the ledger shows. */
  hd_ledger_query_init (&sheet, query->today);
  sheet.warning_days = query->warning_days;
  sheet.unit_id = query->unit_id;
  sheet.unit_only = !for_leader;
  sheet.leader = for_leader ? query->leader : NULL;
  if (!for_leader && query->unit_id == 0)
    {
      g_set_error_literal (error, HD_FORM_ERROR, HD_FORM_ERROR_EMPTY,
                           _("A task sheet is of a responsible leader or of one unit: choose the leader or the unit first."));
      return NULL;
    }

  if (!hd_form_tasks_init (&tasks, store, &sheet, options, error))
    return NULL;
  if (tasks.ids->len == 0)
    {
      if (for_leader)
        g_set_error (error, HD_FORM_ERROR, HD_FORM_ERROR_EMPTY,
                     _("Nothing to print: %s is not the responsible leader of any task here. "
                       "Check the name as the ledger gives it, or choose the unit above."), query->leader);
      else
        g_set_error (error, HD_FORM_ERROR, HD_FORM_ERROR_EMPTY,
                     _("Nothing to print: %s has no rectification task of its own. "
                       "Choose the unit that is responsible for the tasks."), tasks.unit_name);
      return NULL;
    }
  table = new_table (for_leader);
  if (!hd_form_tasks_each (&tasks, add_row, table, error))
    return NULL;

  /* Translators: the title of a leader's task sheet. In Chinese "%s同志整改任务书". */
  title = for_leader ? g_strdup_printf (C_("printed form", "Rectification Task Sheet for %s"), query->leader)
  /* Translators: the title of a unit's task sheet. In Chinese "%s整改任务书". */
                     : g_strdup_printf (C_("printed form", "Rectification Task Sheet of %s"), tasks.unit_name);
  /* Translators: the opening of a task sheet; %1$s is the responsible leader or unit. In Chinese
   * "根据整改方案，以下%2$u项整改任务由%1$s负责落实。请对照整改措施，在完成时限内抓好落实，按时报告进展
   * 情况，确保整改到位。". */
  opening = g_strdup_printf (C_("printed form", "The following %2$u rectification tasks are entrusted "
                                "to %1$s. Carry out the measures by the deadlines, report progress on "
                                "time, and see that every problem is put right."),
                             for_leader ? query->leader : tasks.unit_name, tasks.ids->len);
  as_of = hd_form_dup_as_of (query->today);

  doc = hd_form_document_new (options, HD_PAGE_PORTRAIT, title);
  hd_document_add_text (doc, hd_text_new_title (title));
  hd_document_add_text (doc, hd_text_new_line (as_of, HD_ALIGN_CENTER));
  hd_document_add_text (doc, hd_text_new_paragraph (opening));
  hd_document_add_table (doc, g_steal_pointer (&table));
  hd_document_add_text (doc, hd_text_new_space (2));
  hd_document_add_text (doc, signature (C_("printed form", "Issuing office (seal)")));
  hd_document_add_text (doc, hd_text_new_space (1));
  hd_document_add_text (doc, signature (for_leader ? C_("printed form", "Responsible leader (signature)")
                                                   : C_("printed form", "Principal leader of the unit (signature)")));
  return g_steal_pointer (&doc);
}
