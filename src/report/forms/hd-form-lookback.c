/* hd-form-lookback.c — 回头看情况汇总表: a look-back round's tasks of one unit's subtree, with the
 * outcome the application proposed, the one the clerk confirmed and the note, then how many
 * tasks had each outcome.
 *
 * Under the title, the round's name and the day the form is for; landscape, as the ledger. The
 * accountability records that may follow a round are confidential and are not read here. */
#include <glib/gi18n-lib.h>

#include "forms/hd-form-private.h"
#include "lookback/hd-lookback.h"
#include "organisation/hd-unit.h"

/* What the round says of one task, in the order of the form's tasks. */
typedef struct {
  HdLookbackOutcome  proposed;
  gboolean           confirmed;
  HdLookbackOutcome  outcome;
  char              *note;
  char              *new_deadline;   /* 回炉's, or NULL */
  gint64             new_task_id;    /* 纳入整改's, or 0 */
} Item;

static void
item_clear (gpointer data)
{
  Item *item = data;

  g_free (item->note);
  g_free (item->new_deadline);
}

typedef struct {
  GArray   *items;
  HdTable  *table;
  /* Per outcome, and last the tasks still waiting for one. */
  guint     counts[HD_LOOKBACK_N_OUTCOMES + 1];
} Summary;

/* The round's items of the subtree, in the ledger's order, as the form's tasks. */
static gboolean
read_items (HdStore      *store,
            gint64        round_id,
            gint64        unit_id,
            HdFormTasks  *tasks,
            GArray       *items,
            GError      **error)
{
  sqlite3_stmt *stmt = hd_lookback_items_prepare_for_unit (store, round_id, unit_id, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  g_array_set_size (tasks->ids, 0);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 task_id = sqlite3_column_int64 (stmt, 0);
      Item item = { HD_LOOKBACK_TRACK, sqlite3_column_type (stmt, 4) != SQLITE_NULL, HD_LOOKBACK_TRACK,
                    hd_store_column_dup (stmt, 5), hd_store_column_dup (stmt, 6), sqlite3_column_int64 (stmt, 7) };

      hd_lookback_outcome_from_string ((const char *) sqlite3_column_text (stmt, 3), &item.proposed);
      hd_lookback_outcome_from_string ((const char *) sqlite3_column_text (stmt, 4), &item.outcome);
      g_array_append_val (items, item);
      g_array_append_val (tasks->ids, task_id);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      g_set_error (error, HD_FORM_ERROR, HD_FORM_ERROR_READ,
                   _("The tasks to print could not be read: %s. Check the database with “huodongban-cli check”."),
                   sqlite3_errstr (rc));
      return FALSE;
    }
  return TRUE;
}

/* The note as printed: the clerk's words, then the new deadline of 回炉 or the new task of
 * 纳入整改. */
static char *
dup_note (HdStore     *store,
          const Item  *item,
          GError     **error)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);

  if (item->note != NULL && *item->note != '\0')
    g_ptr_array_add (lines, g_strdup (item->note));
  if (item->confirmed && item->outcome == HD_LOOKBACK_REDO && item->new_deadline != NULL)
    {
      g_autofree char *date = hd_form_format_date (item->new_deadline, FALSE);

      /* Translators: a look-back item sent back to the furnace, with its new deadline. In Chinese
       * "限期整改到位：%s". */
      g_ptr_array_add (lines, g_strdup_printf (C_("printed form", "New deadline: %s"), date));
    }
  if (item->confirmed && item->outcome == HD_LOOKBACK_NEW && item->new_task_id != 0)
    {
      g_autoptr(HdTask) task = hd_task_load (store, item->new_task_id, error);

      if (task == NULL)
        return NULL;
      /* Translators: a newly found problem added to the rectification, with the number of its new
       * task in the unit's ledger. In Chinese "已纳入整改，新增整改任务第%u号". */
      g_ptr_array_add (lines, g_strdup_printf (C_("printed form", "Added as task no. %u"), hd_task_get_number (task)));
    }
  g_ptr_array_add (lines, NULL);
  return g_strjoinv ("\n", (char **) lines->pdata);
}

static gboolean
add_row (HdFormTasks  *tasks,
         HdTask       *task,
         guint         number,
         gpointer      user_data,
         GError      **error)
{
  Summary *summary = user_data;
  const Item *item = &g_array_index (summary->items, Item, number - 1);
  g_autofree char *n = g_strdup_printf ("%u", number);
  g_autofree char *note = dup_note (tasks->store, item, error);
  const char *unit = hd_form_tasks_unit_name (tasks, task, error);
  const char *cells[] = {
    n, hd_task_get_problem (task), unit, hd_lookback_outcome_get_label (item->proposed),
    item->confirmed ? hd_lookback_outcome_get_label (item->outcome) : "", note,
  };

  if (note == NULL || unit == NULL)
    return FALSE;
  summary->counts[item->confirmed ? (guint) item->outcome : HD_LOOKBACK_N_OUTCOMES]++;
  hd_table_append_row (summary->table, cells);
  return TRUE;
}

HdDocument *
hd_form_lookback_new (HdStore              *store,
                      gint64                round_id,
                      gint64                unit_id,
                      const GDate          *today,
                      const HdFormOptions  *options,
                      GError              **error)
{
  static const HdFormOptions defaults = { NULL };
  static const HdFormColumn lookback_columns[] = {
    HD_FORM_COLUMN_NUMBER, HD_FORM_COLUMN_TASK, HD_FORM_COLUMN_UNIT, HD_FORM_COLUMN_PROPOSED,
    HD_FORM_COLUMN_OUTCOME, HD_FORM_COLUMN_NOTE,
  };
  g_autoptr(HdLookbackRound) round = NULL;
  g_auto(HdFormTasks) tasks = { NULL };
  g_autoptr(GArray) items = g_array_new (FALSE, FALSE, sizeof (Item));
  g_autoptr(HdTable) table = hd_form_table_new (lookback_columns, G_N_ELEMENTS (lookback_columns));
  g_autoptr(HdDocument) doc = NULL;
  g_autofree char *title = NULL;
  g_autofree char *as_of = NULL;
  g_autofree char *totals = NULL;
  const char *labels[HD_LOOKBACK_N_OUTCOMES + 1];
  Summary summary = { items, table, { 0 } };
  HdLedgerQuery query;

  g_return_val_if_fail (HD_IS_STORE (store), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  if (options == NULL)
    options = &defaults;
  g_array_set_clear_func (items, item_clear);
  if ((round = hd_lookback_round_load (store, round_id, error)) == NULL)
    return NULL;
  hd_ledger_query_init (&query, today);
  query.unit_id = unit_id != 0 ? unit_id : hd_lookback_round_get_unit_id (round);
  /* The unit's own ledger is read for nothing: the round's items take its place. */
  query.unit_only = TRUE;
  if (!hd_form_tasks_init (&tasks, store, &query, options, error)
      || !read_items (store, round_id, query.unit_id, &tasks, items, error))
    return NULL;
  if (tasks.ids->len == 0)
    {
      g_set_error (error, HD_FORM_ERROR, HD_FORM_ERROR_EMPTY,
                   _("Nothing to print: the look-back round “%s” reviews no task of %s or the units below it. "
                     "Choose a unit in the round’s scope."),
                   hd_lookback_round_get_name (round), tasks.unit_name);
      return NULL;
    }
  if (!hd_form_tasks_each (&tasks, add_row, &summary, error))
    return NULL;

  for (guint o = 0; o < HD_LOOKBACK_N_OUTCOMES; o++)
    labels[o] = hd_lookback_outcome_get_label (o);
  /* Translators: the tasks of a look-back round that wait for their outcome, as counted at the end
   * of its printed summary. In Chinese "待确认". */
  labels[HD_LOOKBACK_N_OUTCOMES] = C_("printed form", "Waiting");
  totals = hd_form_dup_totals (summary.counts, labels, G_N_ELEMENTS (labels));
  /* Translators: the title of a look-back round's printed summary. In Chinese "%s回头看情况汇总表". */
  title = g_strdup_printf (C_("printed form", "Look-back Summary of %s"), tasks.unit_name);
  as_of = hd_form_dup_as_of (today);

  doc = hd_form_document_new (options, HD_PAGE_LANDSCAPE, title);
  hd_document_add_text (doc, hd_text_new_title (title));
  hd_document_add_text (doc, hd_text_new_line (hd_lookback_round_get_name (round), HD_ALIGN_CENTER));
  hd_document_add_text (doc, hd_text_new_line (as_of, HD_ALIGN_CENTER));
  hd_document_add_table (doc, g_steal_pointer (&table));
  hd_document_add_text (doc, hd_text_new_paragraph (totals));
  if (options->cancellable != NULL && g_cancellable_set_error_if_cancelled (options->cancellable, error))
    return NULL;
  hd_document_get_n_pages (doc);
  return g_steal_pointer (&doc);
}
