/* hd-talk-record.c */
#include <glib/gi18n-lib.h>

#include "store/hd-read.h"
#include "talks/hd-talk-record.h"

static char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  char *text = hd_store_column_dup (stmt, column);

  return text != NULL ? text : g_strdup ("");
}

static void
talk_not_found (GError **error,
                gint64   id)
{
  g_set_error (error, HD_TALK_ERROR, HD_TALK_ERROR_NOT_FOUND,
               _("The conversation (no. %lld) does not exist. Check the conversation's number."), (long long) id);
}

static void
read_talk (sqlite3_stmt *stmt,
           gpointer      data)
{
  HdTalkDetails *talk = data;

  talk->unit_id = sqlite3_column_int64 (stmt, 0);
  talk->unit_name = column_text (stmt, 1);
  talk->date = column_text (stmt, 2);
  talk->place = column_text (stmt, 3);
  talk->initiator = column_text (stmt, 4);
  talk->recorder = column_text (stmt, 5);
  talk->topics = (guint) sqlite3_column_int (stmt, 6) & HD_TALK_ALL_TOPICS;
  talk->content = column_text (stmt, 7);
  talk->commitments = column_text (stmt, 8);
  talk->meeting_id = sqlite3_column_int64 (stmt, 9);
  if (talk->meeting_id != 0)
    hd_meeting_kind_from_string ((const char *) sqlite3_column_text (stmt, 10), &talk->meeting_kind);
  talk->meeting_date = column_text (stmt, 11);
}

static void
read_other (sqlite3_stmt *stmt,
            gpointer      data)
{
  g_ptr_array_add (data, column_text (stmt, 0));
}

HdTalkDetails *
hd_talk_details_load (HdStore  *store,
                      gint64    id,
                      GError  **error)
{
  g_autoptr(HdTalkDetails) talk = g_new0 (HdTalkDetails, 1);

  g_return_val_if_fail (HD_IS_STORE (store), NULL);

  talk->id = id;
  talk->others = g_ptr_array_new_with_free_func (g_free);
  if (!hd_read_one (store,
                    "SELECT t.unit_id, u.name, t.date, t.place, i.name, r.name, t.topics, t.content, t.commitments,"
                    "       coalesce (t.meeting_id, 0), m.kind, m.date"
                    " FROM talk t JOIN unit u ON u.id = t.unit_id JOIN person i ON i.id = t.initiator_id"
                    " LEFT JOIN person r ON r.id = t.recorder_id LEFT JOIN meeting m ON m.id = t.meeting_id"
                    " WHERE t.id = ?1",
                    id, read_talk, talk, talk_not_found, N_("Reading the conversations"), error)
      || !hd_read_each (store,
                        "SELECT p.name FROM talk_person tp JOIN talk t ON t.id = tp.talk_id"
                        " JOIN person p ON p.id = tp.person_id"
                        " WHERE tp.talk_id = ?1 AND tp.person_id <> t.initiator_id ORDER BY tp.id",
                        id, read_other, talk->others, N_("Reading the conversations"), error))
    return NULL;
  return g_steal_pointer (&talk);
}

void
hd_talk_details_free (HdTalkDetails *talk)
{
  if (talk == NULL)
    return;
  g_free (talk->unit_name);
  g_free (talk->date);
  g_free (talk->place);
  g_free (talk->initiator);
  g_clear_pointer (&talk->others, g_ptr_array_unref);
  g_free (talk->recorder);
  g_free (talk->content);
  g_free (talk->commitments);
  g_free (talk->meeting_date);
  g_free (talk);
}
