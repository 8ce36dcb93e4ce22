/* hd-form-public.c — 公示: a unit's ledger as the masses may see it, to post up.
 *
 * Only the problem, the measures, the goal, the responsible unit, the deadline and whether the
 * task is done: never the responsible leader or person (nor their phones), the progress notes,
 * the masses' verdicts or anything else the office keeps for itself. A later kind of record
 * marked confidential stays off this form unless it is added here by name. */
#include <glib/gi18n-lib.h>

#include "forms/hd-form-private.h"
#include "store/hd-date.h"

/* Done or not, in words for the public: no lights, which are the office's own warnings. */
static const char *
state_word (HdTask *task)
{
  if (hd_task_get_closed (task) != NULL)
    return C_("public task state", "Done");
  if (hd_task_get_kind (task) == HD_TASK_KIND_LONG_TERM)
    return C_("public task state", "Ongoing");
  return C_("public task state", "Being rectified");
}

static gboolean
add_row (HdFormTasks  *tasks,
         HdTask       *task,
         guint         number,
         gpointer      user_data,
         GError      **error)
{
  g_autofree char *n = g_strdup_printf ("%u", number);
  g_autofree char *deadline = hd_form_dup_deadline (task, tasks->query->today, FALSE);
  const char *unit = hd_form_tasks_unit_name (tasks, task, error);
  const char *cells[] = {
    n, hd_task_get_problem (task), hd_task_get_measures (task), hd_task_get_goal (task),
    unit, deadline, state_word (task),
  };

  if (unit == NULL)
    return FALSE;
  hd_table_append_row (user_data, cells);
  return TRUE;
}

HdDocument *
hd_form_public_new (HdStore              *store,
                    const HdLedgerQuery  *query,
                    const HdFormOptions  *options,
                    GError              **error)
{
  static const HdFormColumn public_columns[] = {
    HD_FORM_COLUMN_NUMBER, HD_FORM_COLUMN_PROBLEM, HD_FORM_COLUMN_MEASURES, HD_FORM_COLUMN_GOAL,
    HD_FORM_COLUMN_UNIT, HD_FORM_COLUMN_DEADLINE, HD_FORM_COLUMN_STATE,
  };
  g_auto(HdFormTasks) tasks = { NULL };
  g_autoptr(HdDocument) doc = NULL;
  g_autoptr(HdTable) table = NULL;
  g_autofree char *title = NULL;
  g_autofree char *opening = NULL;
  g_autofree char *footer = NULL;
  g_autofree char *signature = NULL;
  g_autofree char *date = NULL;
  const char *address = options->opinions_address;
  HdLedgerQuery notice;

  if (query->unit_id == 0)
    {
      g_set_error_literal (error, HD_FORM_ERROR, HD_FORM_ERROR_EMPTY,
                           _("A public notice is of one unit's ledger: choose the unit first."));
      return NULL;
    }

  /* The whole ledger of the unit: a notice never shows a filtered part as if it were all. */
  hd_ledger_query_init (&notice, query->today);
  notice.warning_days = query->warning_days;
  notice.unit_id = query->unit_id;
  if (!hd_form_tasks_init (&tasks, store, &notice, options, error))
    return NULL;
  if (tasks.ids->len == 0)
    {
      g_set_error (error, HD_FORM_ERROR, HD_FORM_ERROR_EMPTY,
                   _("Nothing to print: %s and the units below it have no rectification task yet."),
                   tasks.unit_name);
      return NULL;
    }
  table = hd_form_table_new (public_columns, G_N_ELEMENTS (public_columns));
  if (!hd_form_tasks_each (&tasks, add_row, table, error))
    return NULL;

  date = hd_date_format_display (query->today);
  /* Translators: the title of a public notice. In Chinese "%s整改落实情况公示". */
  title = g_strdup_printf (C_("printed form", "Public Notice of the Rectification by %s"), tasks.unit_name);
  /* Translators: the opening of a public notice; %2$s is the as-of date. In Chinese
   * "为接受群众监督，现将%1$s整改落实情况（截至%2$s）公示如下。" */
  opening = g_strdup_printf (C_("printed form", "So that the masses may oversee it, the rectification "
                                "by %1$s (as of %2$s) is made public as follows."),
                             tasks.unit_name, date);
  if (address != NULL && *address != '\0')
    /* Translators: the footer of a public notice, with where to send opinions. In Chinese
     * "公示期间，欢迎广大干部群众监督并提出意见建议。意见建议请送：%s". */
    footer = g_strdup_printf (C_("printed form", "Opinions and suggestions on this notice are welcome "
                                 "while it is posted. Send them to: %s"), address);
  else
    /* Translators: the same footer with room to write the address by hand. In Chinese
     * "公示期间，欢迎广大干部群众监督并提出意见建议。意见建议请送：＿＿＿＿＿＿＿＿＿＿＿＿＿＿". */
    footer = g_strdup (C_("printed form", "Opinions and suggestions on this notice are welcome while "
                          "it is posted. Send them to: ______________"));
  signature = g_strdup_printf ("%s\n%s", tasks.unit_name, date);

  doc = hd_form_document_new (options, HD_PAGE_LANDSCAPE, title);
  hd_document_add_text (doc, hd_text_new_title (title));
  hd_document_add_text (doc, hd_text_new_paragraph (opening));
  hd_document_add_table (doc, g_steal_pointer (&table));
  hd_document_add_text (doc, hd_text_new_paragraph (footer));
  hd_document_add_text (doc, hd_text_new_space (1));
  hd_document_add_text (doc, hd_text_new_kept_lines (signature, HD_ALIGN_END));
  return g_steal_pointer (&doc);
}
