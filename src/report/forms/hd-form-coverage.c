/* hd-form-coverage.c — the three must-talks' coverage sheet (“三个必谈”情况表) of one leadership
 * team before its meeting: each required pair with the rule that requires it and how far it has
 * talked (a mark and a word), the counts, and what is still to do. Portrait A4. */
#include <glib/gi18n-lib.h>

#include "forms/hd-form-private.h"
#include "organisation/hd-person.h"
#include "organisation/hd-unit.h"
#include "talks/hd-talk.h"
#include "talks/hd-team-coverage.h"

/* "民主生活会（2014年10月15日）" for a meeting, or that every conversation counts. */
static char *
dup_scope (HdStore  *store,
           gint64    unit_id,
           gint64    meeting_id,
           GError  **error)
{
  g_autoptr(GArray) meetings = NULL;

  if (meeting_id == 0)
    return g_strdup (C_("printed form", "Every conversation counted"));
  if ((meetings = hd_meeting_list (store, unit_id, error)) == NULL)
    return NULL;
  for (guint i = 0; i < meetings->len; i++)
    {
      const HdMeetingInfo *meeting = &g_array_index (meetings, HdMeetingInfo, i);

      if (meeting->id == meeting_id)
        {
          g_autofree char *day = hd_form_format_date (meeting->date, FALSE);
          g_autofree char *from = hd_form_format_date (meeting->prepare_from, FALSE);

          /* Translators: the meeting a coverage sheet is for: its kind, its day, and the day its
           * preparation began. In Chinese "%1$s（%2$s召开，%3$s起筹备）". */
          return g_strdup_printf (C_("printed form", "%1$s on %2$s, prepared from %3$s"),
                                  hd_meeting_kind_get_label (meeting->kind), day, from);
        }
    }
  g_set_error (error, HD_TALK_ERROR, HD_TALK_ERROR_NOT_FOUND,
               _("The meeting (no. %lld) is not a meeting of this unit. Check the meeting's number."),
               (long long) meeting_id);
  return NULL;
}

HdDocument *
hd_form_coverage_new (HdStore              *store,
                      gint64                unit_id,
                      gint64                meeting_id,
                      const GDate          *today,
                      const HdFormOptions  *options,
                      GError              **error)
{
  static const HdFormOptions defaults = { NULL };
  g_autoptr(HdUnit) unit = NULL;
  g_autoptr(GArray) pairs = NULL;
  g_autoptr(GHashTable) names = hd_person_names_new ();
  g_autoptr(HdDocument) doc = NULL;
  g_autoptr(GString) todo = g_string_new (NULL);
  g_autofree char *title = NULL;
  g_autofree char *scope = NULL;
  g_autofree char *as_of = NULL;
  g_autofree char *counts = NULL;
  HdTable *table = hd_table_new ();
  guint tally[4] = { 0 }, n_pairs;

  g_return_val_if_fail (HD_IS_STORE (store), NULL);

  if (options == NULL)
    options = &defaults;
  if ((unit = hd_unit_load (store, unit_id, error)) == NULL
      || (scope = dup_scope (store, unit_id, meeting_id, error)) == NULL
      || (pairs = hd_team_coverage_read (store, unit_id, meeting_id, error)) == NULL)
    {
      hd_table_free (table);
      return NULL;
    }
  if (pairs->len == 0)
    {
      hd_table_free (table);
      g_set_error (error, HD_FORM_ERROR, HD_FORM_ERROR_EMPTY,
                   _("Nothing to print: the leadership team of %s requires no pair to talk (it has one person, or none). "
                     "Choose a unit whose team has members."),
                   hd_unit_get_name (unit));
      return NULL;
    }

  hd_table_add_column (table, C_("printed form column", "No."), 8.0, 0.0, HD_TABLE_COLUMN_KEY | HD_TABLE_COLUMN_CENTER);
  hd_table_add_column (table, C_("printed form column", "Talked"), 14.0, 0.0, HD_TABLE_COLUMN_CENTER);
  hd_table_add_column (table, C_("printed form column", "Talked with"), 14.0, 0.0, HD_TABLE_COLUMN_CENTER);
  hd_table_add_column (table, C_("printed form column", "Must-talk"), 24.0, 1.0, 0);
  hd_table_add_column (table, C_("printed form column", "How Far"), 24.0, 1.0, 0);
  for (guint i = 0; i < pairs->len; i++)
    {
      const HdRequiredPair *pair = &g_array_index (pairs, HdRequiredPair, i);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      g_autofree char *state = hd_coverage_dup_state_text (pair);
      g_autofree char *shown = g_strdup_printf ("%s %s", hd_coverage_state_mark (pair->state), state);
      g_autofree char *department_name = NULL;
      const char *a = hd_person_names_lookup (names, store, pair->a, error);
      const char *b = NULL;

      if (a == NULL || (pair->state != HD_PAIR_VACANT && (b = hd_person_names_lookup (names, store, pair->b, error)) == NULL))
        {
          hd_table_free (table);
          return NULL;
        }
      tally[pair->state]++;
      if (pair->state == HD_PAIR_VACANT)
        {
          g_autoptr(HdUnit) department = hd_unit_load (store, pair->department, NULL);

          /* Translators: a department with no head to talk with, in a coverage sheet. */
          department_name = g_strdup_printf (C_("printed form", "(%s: no head)"),
                                             department != NULL ? hd_unit_get_name (department) : "");
          b = department_name;
        }
      {
        const char *cells[] = { number, a, b, hd_pair_kind_get_label (pair->kind), shown };

        hd_table_append_row (table, cells);
      }
      if (pair->state != HD_PAIR_DONE)
        g_string_append_printf (todo, "%u. %s — %s: %s\n", i + 1, a, b, state);
    }

  n_pairs = pairs->len - tally[HD_PAIR_VACANT];
  /* Translators: the title of a coverage sheet; %s is the unit. In Chinese "%s领导班子“三个必谈”情况表". */
  title = g_strdup_printf (C_("printed form", "The Three Must-talks of the Leadership Team of %s"), hd_unit_get_name (unit));
  as_of = hd_form_dup_as_of (today);
  counts = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%u pair required: %u talked through, %u with topics missing, %u not yet talked; %u vacancies",
                                         "%u pairs required: %u talked through, %u with topics missing, %u not yet talked; %u vacancies",
                                         n_pairs),
                            n_pairs, tally[HD_PAIR_DONE], tally[HD_PAIR_TOPICS_MISSING], tally[HD_PAIR_MISSING],
                            tally[HD_PAIR_VACANT]);

  doc = hd_form_document_new (options, HD_PAGE_PORTRAIT, title);
  hd_document_add_text (doc, hd_text_new_title (title));
  hd_document_add_text (doc, hd_text_new_line (scope, HD_ALIGN_CENTER));
  hd_document_add_text (doc, hd_text_new_line (as_of, HD_ALIGN_CENTER));
  hd_document_add_table (doc, table);
  hd_document_add_text (doc, hd_text_new_paragraph (counts));
  if (todo->len > 0)
    {
      g_autofree char *heading = g_strdup (C_("printed form", "Still to do:"));

      g_string_prepend (todo, "\n");
      g_string_prepend (todo, heading);
      hd_document_add_text (doc, hd_text_new_kept_lines (g_strchomp (todo->str), HD_ALIGN_START));
    }
  hd_document_get_n_pages (doc);
  return g_steal_pointer (&doc);
}
