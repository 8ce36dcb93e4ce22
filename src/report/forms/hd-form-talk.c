/* hd-form-talk.c — the talk-the-heart record (谈心谈话记录表) of one conversation: marked
 * confidential at the head of every page, its particulars and the five topics in ruled tables (a mark and a
 * word for each topic), the content and the commitments in the body face, and the lines the two
 * sides sign. Portrait A4, one page unless the content is long. */
#include <glib/gi18n-lib.h>

#include "forms/hd-form-private.h"
#include "talks/hd-talk-record.h"

/* The five topics (五个谈透) in the order of their bits, by their numbers and the names of the
 * offices' own registers' columns, short enough for five columns' headers. */
static const char * const topic_titles[HD_TALK_N_TOPICS] = {
  NC_("printed form column", "1 Team's Problems"),
  NC_("printed form column", "2 Own Problems"),
  NC_("printed form column", "3 Other's Problems"),
  NC_("printed form column", "4 Criticism Planned"),
  NC_("printed form column", "5 Measures"),
};

/* A one-row table whose header names each cell: a ruled grid of particulars. */
static HdTable *
particulars_new (const char * const *titles,
                 const char * const *cells,
                 guint               n)
{
  HdTable *table = hd_table_new ();

  for (guint i = 0; i < n; i++)
    hd_table_add_column (table, titles[i], 20.0, 1.0, HD_TABLE_COLUMN_CENTER);
  hd_table_append_row (table, cells);
  return table;
}

/* "民主生活会（2014年10月15日）", or that it prepares no meeting named. */
static char *
dup_meeting (const HdTalkDetails *talk)
{
  g_autofree char *day = NULL;

  if (talk->meeting_id == 0)
    return g_strdup (C_("printed form", "None"));
  day = hd_form_format_date (talk->meeting_date, FALSE);
  /* Translators: the meeting a conversation prepares, on its record: its kind and its day. In
   * Chinese "%1$s（%2$s）". */
  return g_strdup_printf (C_("printed form", "%1$s (%2$s)"), hd_meeting_kind_get_label (talk->meeting_kind), day);
}

/* @section: its heading run into its text's first paragraph, so that a page never ends on the
 * heading alone; without text, a blank line to fill in by hand follows. */
static void
add_section (HdDocument *doc,
             const char *section,
             const char *text)
{
  hd_document_add_text (doc, hd_text_new_paragraph (section));
  if (*text == '\0')
    hd_document_add_text (doc, hd_text_new_space (1));
}

HdDocument *
hd_form_talk_new (HdStore              *store,
                  gint64                talk_id,
                  const HdFormOptions  *options,
                  GError              **error)
{
  static const HdFormOptions defaults = { NULL };
  g_autoptr(HdTalkDetails) talk = NULL;
  g_autoptr(HdDocument) doc = NULL;
  g_autofree char *date = NULL;
  g_autofree char *meeting = NULL;
  g_autofree char *others = NULL;
  g_autofree char *content = NULL;
  g_autofree char *commitments = NULL;
  g_autoptr(GPtrArray) marks = g_ptr_array_new_with_free_func (g_free);
  const char *topics[HD_TALK_N_TOPICS];
  const char *title = C_("printed form", "Talk-the-heart Record");

  g_return_val_if_fail (HD_IS_STORE (store), NULL);

  if (options == NULL)
    options = &defaults;
  if ((talk = hd_talk_details_load (store, talk_id, error)) == NULL)
    return NULL;
  date = hd_form_format_date (talk->date, FALSE);
  meeting = dup_meeting (talk);
  g_ptr_array_add (talk->others, NULL);
  others = g_strjoinv (_(", "), (char **) talk->others->pdata);
  for (guint t = 0; t < HD_TALK_N_TOPICS; t++)
    {
      gboolean covered = (talk->topics & (1u << t)) != 0;

      topics[t] = g_dpgettext2 (GETTEXT_PACKAGE, "printed form column", topic_titles[t]);
      /* The coverage sheet's marks: talked through, not talked. */
      g_ptr_array_add (marks, g_strdup_printf ("%s %s", hd_coverage_state_mark (covered ? HD_PAIR_DONE : HD_PAIR_MISSING),
                                               covered ? C_("printed form", "Covered") : C_("printed form", "Not covered")));
    }

  doc = hd_form_document_new (options, HD_PAGE_PORTRAIT, title);
  /* On every page: a long record's second page is as confidential as its first. */
  hd_document_set_mark (doc, C_("printed form", "Internal material: keep confidential"));
  hd_document_add_text (doc, hd_text_new_title (title));
  {
    const char *titles[] = { C_("printed form column", "Unit"), C_("printed form column", "Date of the Talk"),
                             C_("printed form column", "Place of the Talk"), C_("printed form column", "For the Meeting") };
    const char *cells[] = { talk->unit_name, date, talk->place, meeting };

    hd_document_add_table (doc, particulars_new (titles, cells, G_N_ELEMENTS (cells)));
  }
  {
    const char *titles[] = { C_("printed form column", "Who Talked"), C_("printed form column", "Talked With"),
                             C_("printed form column", "Recorded By") };
    const char *cells[] = { talk->initiator, others, talk->recorder };

    hd_document_add_table (doc, particulars_new (titles, cells, G_N_ELEMENTS (cells)));
  }
  hd_document_add_table (doc, particulars_new (topics, (const char * const *) marks->pdata, HD_TALK_N_TOPICS));
  /* Translators: the content of a conversation on its record, after a heading; in Chinese
   * "谈话内容：%s". */
  content = g_strdup_printf (C_("printed form", "What was said: %s"), talk->content);
  add_section (doc, content, talk->content);
  /* Translators: the commitments of a conversation's sides on its record, after a heading; in
   * Chinese "双方承诺事项：%s". */
  commitments = g_strdup_printf (C_("printed form", "What each side committed to: %s"), talk->commitments);
  add_section (doc, commitments, talk->commitments);
  hd_document_add_text (doc, hd_text_new_space (1));
  /* Translators: the signature lines at the foot of a talk record, with room to sign and to
   * write the date by hand. In Chinese
   * "谈话人（签字）：　　　　　　　　谈话对象（签字）：\n日期：　　　　年　　月　　日". */
  hd_document_add_text (doc, hd_text_new_kept_lines (C_("printed form", "Who talked (signature):               "
                                                                        "Talked with (signature):\nDate:"),
                                                     HD_ALIGN_START));
  hd_document_get_n_pages (doc);
  return g_steal_pointer (&doc);
}
