/* hd-form-notice.c — 督办通知单: a supervision notice in the format of GB/T 9704, with its reply
 * slip (回执) below a dashed line to cut along.
 *
 * The issuing office heads the page, the number under it; then the title, the unit addressed,
 * what is asked and by when, the tasks concerned, the office and the date as signature. The
 * reply slip repeats the number and the unit and leaves room for the reply, a signature and its
 * date; it is kept whole on one page with the line to cut along. Portrait A4. */
#include <glib/gi18n-lib.h>

#include "forms/hd-form-private.h"
#include "lookback/hd-notice.h"
#include "organisation/hd-unit.h"
#include "store/hd-date.h"

static gboolean
add_row (HdFormTasks  *tasks,
         HdTask       *task,
         guint         number,
         gpointer      user_data,
         GError      **error)
{
  g_autofree char *n = g_strdup_printf ("%u", number);
  g_autofree char *deadline = hd_form_dup_deadline (task, tasks->query->today, FALSE);
  const char *cells[] = { n, hd_task_get_problem (task), hd_task_get_measures (task), deadline };

  hd_table_append_row (user_data, cells);
  return TRUE;
}

/* The tasks of the notice, in their ledger's order. */
static gboolean
read_items (HdStore              *store,
            HdNotice             *notice,
            const GDate          *issued,
            const HdFormOptions  *options,
            HdTable              *table,
            GError              **error)
{
  g_auto(HdFormTasks) tasks = { NULL };
  GArray *ids = hd_notice_get_task_ids (notice);
  HdLedgerQuery query;

  hd_ledger_query_init (&query, issued);
  query.unit_id = hd_notice_get_unit_id (notice);
  query.unit_only = TRUE;
  if (!hd_form_tasks_init (&tasks, store, &query, options, error))
    return FALSE;
  /* The notice's own tasks, in place of the unit's whole ledger. */
  g_array_set_size (tasks.ids, 0);
  g_array_append_vals (tasks.ids, ids->data, ids->len);
  return hd_form_tasks_each (&tasks, add_row, table, error);
}

HdDocument *
hd_form_notice_new (HdStore              *store,
                    gint64                notice_id,
                    const HdFormOptions  *options,
                    GError              **error)
{
  static const HdFormOptions defaults = { NULL };
  g_autoptr(HdNotice) notice = NULL;
  g_autoptr(HdUnit) unit = NULL;
  g_autoptr(HdDocument) doc = NULL;
  static const HdFormColumn notice_columns[] = {
    HD_FORM_COLUMN_NUMBER, HD_FORM_COLUMN_PROBLEM, HD_FORM_COLUMN_MEASURES, HD_FORM_COLUMN_DEADLINE,
  };
  g_autoptr(HdTable) table = hd_form_table_new (notice_columns, G_N_ELEMENTS (notice_columns));
  g_autofree char *issued_text = NULL;
  g_autofree char *reply_by = NULL;
  g_autofree char *addressee = NULL;
  g_autofree char *body = NULL;
  g_autofree char *signature = NULL;
  g_autofree char *slip = NULL;
  GDate issued;

  g_return_val_if_fail (HD_IS_STORE (store), NULL);

  if (options == NULL)
    options = &defaults;
  if ((notice = hd_notice_load (store, notice_id, error)) == NULL
      || (unit = hd_unit_load (store, hd_notice_get_unit_id (notice), error)) == NULL)
    return NULL;
  if (!hd_date_parse_iso (hd_notice_get_issued (notice), &issued))
    g_date_set_dmy (&issued, 1, 1, hd_notice_get_year (notice));
  if (!read_items (store, notice, &issued, options, table, error))
    return NULL;

  issued_text = hd_date_format_display (&issued);
  reply_by = hd_form_format_date (hd_notice_get_reply_by (notice), FALSE);
  /* Translators: the addressee of a supervision notice. In Chinese "%s：". */
  addressee = g_strdup_printf (C_("printed form", "%s:"), hd_unit_get_name (unit));
  /* Translators: what a supervision notice asks; %1$s is the reply deadline, %2$s the issuing
   * office. In Chinese "经督查，你单位以下整改任务未按要求落实到位，现予督办。请认真对照整改措施抓紧整改，
   * 并于%1$s前将整改落实情况书面回复%2$s。" */
  body = g_strdup_printf (C_("printed form", "On inspection, the rectification tasks below have not been carried "
                             "out as required, and their rectification is hereby supervised. Put them right by "
                             "their measures without delay, and reply in writing to %2$s on how they were carried "
                             "out by %1$s."),
                          reply_by, hd_notice_get_office (notice));
  signature = g_strdup_printf ("%s\n%s", hd_notice_get_office (notice), issued_text);
  /* Translators: the reply slip below a supervision notice, under a dashed line to cut along, with
   * room to write by hand. In Chinese "－－－－－－－－－－（沿此线剪开）－－－－－－－－－－\n回　执\n
   * 通知文号：%1$s\n单　　位：%2$s\n整改落实情况：\n\n\n负责人（签字）：　　　　　　日期：　　　　年　　月　　日". */
  slip = g_strdup_printf (C_("printed form", "- - - - - - - - - - (cut here) - - - - - - - - - -\nReply slip\n"
                             "Notice: %1$s\nUnit: %2$s\nHow the tasks were put right:\n\n\n"
                             "Responsible person (signature):            Date:"),
                          hd_notice_get_number (notice), hd_unit_get_name (unit));

  doc = hd_form_document_new (options, HD_PAGE_PORTRAIT, hd_notice_get_number (notice));
  hd_document_add_text (doc, hd_text_new_title (hd_notice_get_office (notice)));
  hd_document_add_text (doc, hd_text_new_line (hd_notice_get_number (notice), HD_ALIGN_CENTER));
  hd_document_add_text (doc, hd_text_new_title (C_("printed form", "Supervision Notice")));
  hd_document_add_text (doc, hd_text_new_line (addressee, HD_ALIGN_START));
  hd_document_add_text (doc, hd_text_new_paragraph (body));
  hd_document_add_table (doc, g_steal_pointer (&table));
  hd_document_add_text (doc, hd_text_new_kept_lines (signature, HD_ALIGN_END));
  hd_document_add_text (doc, hd_text_new_kept_lines (slip, HD_ALIGN_START));
  hd_document_get_n_pages (doc);
  return g_steal_pointer (&doc);
}
