/* hd-form-sign-in.c — a meeting's sign-in sheet (签到表): its unit and kind, day and place, then the
 * leadership team in its order (the principal leader first), each with the post the roster gives
 * and an empty cell to sign in, and how many are expected. Portrait A4. */
#include <glib/gi18n-lib.h>

#include "forms/hd-form-private.h"
#include "talks/hd-meeting.h"

/* An empty cell two lines high: room for a signature in a hand's size. */
#define ROOM_TO_SIGN "\n"

HdDocument *
hd_form_sign_in_new (HdStore              *store,
                     gint64                meeting_id,
                     const HdFormOptions  *options,
                     GError              **error)
{
  static const HdFormOptions defaults = { NULL };
  static const HdFormColumn number_column[] = { HD_FORM_COLUMN_NUMBER };
  g_autoptr(HdMeetingRecord) meeting = NULL;
  g_autoptr(HdDocument) doc = NULL;
  g_autoptr(HdTable) table = NULL;
  g_autofree char *title = NULL;
  g_autofree char *day = NULL;
  g_autofree char *when = NULL;
  g_autofree char *expected = NULL;
  guint n = 0;

  g_return_val_if_fail (HD_IS_STORE (store), NULL);

  if (options == NULL)
    options = &defaults;
  if ((meeting = hd_meeting_record_load (store, meeting_id, error)) == NULL)
    return NULL;

  table = hd_form_table_new (number_column, G_N_ELEMENTS (number_column));
  hd_table_add_column (table, C_("printed form column", "Name"), 20.0, 0.0, HD_TABLE_COLUMN_CENTER);
  hd_table_add_column (table, C_("printed form column", "Post"), 30.0, 1.0, 0);
  hd_table_add_column (table, C_("printed form column", "Signature"), 60.0, 1.0, 0);
  for (guint i = 0; i < meeting->people->len; i++)
    {
      const HdMeetingPerson *person = &g_array_index (meeting->people, HdMeetingPerson, i);
      g_autofree char *number = NULL;

      if (!person->member)
        continue;
      number = g_strdup_printf ("%u", ++n);
      {
        const char *cells[] = { number, person->name, person->title, ROOM_TO_SIGN };

        hd_table_append_row (table, cells);
      }
    }
  if (n == 0)
    {
      g_set_error (error, HD_FORM_ERROR, HD_FORM_ERROR_EMPTY,
                   _("Nothing to print: %s has no leadership team to sign in. Enter the team on the roster first."),
                   meeting->unit_name);
      return NULL;
    }

  /* Translators: the title of a meeting's sign-in sheet: %1$s is the unit, %2$s the kind of
   * meeting (民主生活会, 组织生活会). In Chinese "%1$s%2$s签到表". */
  title = g_strdup_printf (C_("printed form", "Sign-in Sheet of the %2$s of %1$s"), meeting->unit_name,
                           hd_meeting_kind_get_label (meeting->kind));
  day = hd_form_format_date (meeting->date, FALSE);
  /* Translators: a sign-in sheet's day and place (the place may be empty, to fill in by hand).
   * In Chinese "时间：%1$s　　地点：%2$s". */
  when = g_strdup_printf (C_("printed form", "Date: %1$s    Place: %2$s"), day, meeting->place);
  /* Translators: the foot of a sign-in sheet: how many are expected, and room to write how many
   * came. In Chinese "应到%u人，实到　　人". */
  expected = g_strdup_printf (C_("printed form", "Expected: %u    Present:"), n);

  doc = hd_form_document_new (options, HD_PAGE_PORTRAIT, title);
  hd_document_add_text (doc, hd_text_new_title (title));
  hd_document_add_text (doc, hd_text_new_line (when, HD_ALIGN_CENTER));
  hd_document_add_table (doc, g_steal_pointer (&table));
  hd_document_add_text (doc, hd_text_new_line (expected, HD_ALIGN_START));
  hd_document_get_n_pages (doc);
  return g_steal_pointer (&doc);
}
