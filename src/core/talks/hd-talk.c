/* hd-talk.c — conversations and meetings: their validation and their edits. */
#include <glib/gi18n-lib.h>

#include "organisation/hd-person.h"
#include "organisation/hd-unit.h"
#include "store/hd-date.h"
#include "store/hd-read.h"
#include "talks/hd-talk.h"

G_DEFINE_QUARK (hd-talk-error-quark, hd_talk_error)

static const HdEnumValue meeting_kind_values[] = {
  { "democratic", NC_("meeting kind", "Democratic life meeting") },
  { "organisation", NC_("meeting kind", "Organisation life meeting") },
};
HD_DEFINE_ENUM_FUNCS (HdMeetingKind, hd_meeting_kind, "meeting kind", meeting_kind_values, HD_MEETING_N_KINDS)

static gboolean
invalid (GError    **error,
         const char *message)
{
  g_set_error_literal (error, HD_TALK_ERROR, HD_TALK_ERROR_INVALID, message);
  return FALSE;
}

static gboolean
is_date (const char *text)
{
  GDate date;

  return text != NULL && hd_date_parse_iso (text, &date);
}

static gboolean
validate_meeting (HdStore                *store,
                  const HdMeetingFields  *fields,
                  GError                **error)
{
  if (!hd_unit_check_exists (store, fields->unit_id, error))
    return FALSE;
  if (!is_date (fields->date))
    return invalid (error, _("The day of the meeting is not a date: write it as YYYY-MM-DD, e.g. 2014-10-15."));
  if (!is_date (fields->prepare_from))
    return invalid (error, _("The day the preparation starts is not a date: write it as YYYY-MM-DD, e.g. 2014-09-01."));
  if (strcmp (fields->prepare_from, fields->date) > 0)
    return invalid (error, _("The preparation starts after the meeting: give a day before it."));
  return TRUE;
}

gint64
hd_meeting_create (HdStore                *store,
                   HdHistory              *history,
                   const HdMeetingFields  *fields,
                   GError                **error)
{
  g_autofree char *place = NULL;
  HdEdit *edit;
  gint64 id = 0;
  gboolean ok;

  g_return_val_if_fail (HD_IS_STORE (store), 0);
  g_return_val_if_fail (fields != NULL && (guint) fields->kind < HD_MEETING_N_KINDS, 0);

  if (!validate_meeting (store, fields, error))
    return 0;
  place = g_strstrip (g_strdup (fields->place != NULL ? fields->place : ""));
  if ((edit = hd_edit_begin (store, _("Plan meeting"), error)) == NULL)
    return 0;
  ok = hd_edit_insert_params (edit, "meeting",
                              "INSERT INTO meeting (uuid, unit_id, kind, date, prepare_from, place)"
                              " VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                              HD_PARAMS (HD_INT (fields->unit_id), HD_TEXT (hd_meeting_kind_to_string (fields->kind)),
                                         HD_TEXT (fields->date), HD_TEXT (fields->prepare_from), HD_TEXT (place)),
                              &id, error);
  return hd_edit_finish (edit, history, ok, error) ? id : 0;
}

gboolean
hd_talk_fields_validate (HdStore             *store,
                         const HdTalkFields  *fields,
                         GError             **error)
{
  gboolean initiator_in = FALSE;
  gint64 found = 0;

  if (!hd_unit_check_exists (store, fields->unit_id, error))
    return FALSE;
  if (!is_date (fields->date))
    return invalid (error, _("The day of the conversation is not a date: write it as YYYY-MM-DD, e.g. 2014-09-20."));
  if (fields->n_people < 2)
    return invalid (error, _("A conversation has at least two people: name the one who talked and the one talked with."));
  for (guint i = 0; i < fields->n_people; i++)
    {
      if (!hd_person_check_exists (store, fields->people[i], error))
        return FALSE;
      for (guint j = 0; j < i; j++)
        if (fields->people[j] == fields->people[i])
          return invalid (error, _("A person is named twice in the conversation: name each person once."));
      initiator_in |= fields->people[i] == fields->initiator_id;
    }
  if (!initiator_in)
    return invalid (error, _("Who initiated the conversation must be one of its people."));
  if (fields->recorder_id != 0 && !hd_person_check_exists (store, fields->recorder_id, error))
    return FALSE;
  if ((fields->topics & ~HD_TALK_ALL_TOPICS) != 0)
    return invalid (error, _("A conversation covers only the five topics."));
  if (fields->meeting_id != 0)
    {
      if (!hd_read_id (store, "SELECT id FROM meeting WHERE id = ?1", fields->meeting_id, 0, &found, error))
        return FALSE;
      if (found == 0)
        {
          g_set_error (error, HD_TALK_ERROR, HD_TALK_ERROR_NOT_FOUND,
                       _("The meeting (no. %lld) does not exist. Check the meeting's number."), (long long)
                       fields->meeting_id);
          return FALSE;
        }
    }
  return TRUE;
}

gint64
hd_talk_insert (HdEdit              *edit,
                const HdTalkFields  *fields,
                GError             **error)
{
  g_autofree char *place = g_strstrip (g_strdup (fields->place != NULL ? fields->place : ""));
  g_autofree char *content = g_strstrip (g_strdup (fields->content != NULL ? fields->content : ""));
  g_autofree char *commitments = g_strstrip (g_strdup (fields->commitments != NULL ? fields->commitments : ""));
  gint64 id = 0;
  gboolean ok;

  ok = hd_edit_insert_params (edit, "talk",
                              "INSERT INTO talk (uuid, unit_id, meeting_id, date, place, initiator_id, recorder_id,"
                              "                  topics, content, commitments)"
                              " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                              HD_PARAMS (HD_INT (fields->unit_id), HD_ID (fields->meeting_id), HD_TEXT (fields->date),
                                         HD_TEXT (place), HD_INT (fields->initiator_id), HD_ID (fields->recorder_id),
                                         HD_INT (fields->topics), HD_TEXT (content), HD_TEXT (commitments)),
                              &id, error);
  for (guint i = 0; ok && i < fields->n_people; i++)
    ok = hd_edit_insert_params (edit, "talk_person", "INSERT INTO talk_person (uuid, talk_id, person_id) VALUES (?1, ?2, ?3)",
                                HD_PARAMS (HD_INT (id), HD_INT (fields->people[i])), NULL, error);
  return ok ? id : 0;
}

gint64
hd_talk_create (HdStore             *store,
                HdHistory           *history,
                const HdTalkFields  *fields,
                GError             **error)
{
  HdEdit *edit;
  gint64 id;

  g_return_val_if_fail (HD_IS_STORE (store), 0);
  g_return_val_if_fail (fields != NULL, 0);

  if (!hd_talk_fields_validate (store, fields, error))
    return 0;
  if ((edit = hd_edit_begin (store, _("Record conversation"), error)) == NULL)
    return 0;
  id = hd_talk_insert (edit, fields, error);
  return hd_edit_finish (edit, history, id != 0, error) ? id : 0;
}

/* The people a conversation of the team of ?1 may name: the unit's roster, and those of the
 * departments its members oversee. */
#define TEAM_PEOPLE \
  "(unit_id = ?1 OR unit_id IN (SELECT o.department_id FROM oversight o JOIN team_member m ON m.id = o.member_id" \
  "                            WHERE m.unit_id = ?1))"

GStrv
hd_talk_match_names (HdStore     *store,
                     gint64       unit_id,
                     const char  *fragment,
                     guint        limit,
                     GError     **error)
{
  g_autofree char *clean = g_strstrip (g_strdup (fragment != NULL ? fragment : ""));
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (HD_IS_STORE (store), NULL);

  stmt = hd_store_prepare (store,
                           "SELECT name FROM person WHERE " TEAM_PEOPLE " AND instr (name, ?2) > 0"
                           " GROUP BY name ORDER BY instr (name, ?2) <> 1, name LIMIT ?3",
                           error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, unit_id);
  sqlite3_bind_text (stmt, 2, clean, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 3, (int) limit);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_strv_builder_add (names, (const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      hd_store_set_error (store, error, _("Reading the roster"));
      return NULL;
    }
  return g_strv_builder_end (names);
}

gint64
hd_talk_find_person (HdStore     *store,
                     gint64       unit_id,
                     const char  *name,
                     GError     **error)
{
  g_autofree char *clean = g_strstrip (g_strdup (name != NULL ? name : ""));
  sqlite3_stmt *stmt;
  gint64 found = 0;
  guint n = 0;
  int rc;

  g_return_val_if_fail (HD_IS_STORE (store), 0);

  if (*clean == '\0')
    {
      invalid (error, _("A name is empty: write the person's name as the roster has it."));
      return 0;
    }
  stmt = hd_store_prepare (store,
                           "SELECT id FROM person WHERE name = ?2 AND " TEAM_PEOPLE " LIMIT 2",
                           error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, unit_id);
  sqlite3_bind_text (stmt, 2, clean, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      found = sqlite3_column_int64 (stmt, 0);
      n++;
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      hd_store_set_error (store, error, _("Reading the roster"));
      return 0;
    }
  if (n == 1)
    return found;
  g_set_error (error, HD_TALK_ERROR, HD_TALK_ERROR_INVALID,
               n == 0 ? _("Nobody called “%s” is on the roster of the unit or of a department its team oversees: "
                          "check the name, or add the person to the roster first.")
                      : _("Two people called “%s” are on the rosters of the unit and its departments: "
                          "tell them apart on the roster (e.g. by a note in the name) first."),
               clean);
  return 0;
}

static void
read_meeting (sqlite3_stmt *stmt,
              gpointer      data)
{
  HdMeetingInfo info = { sqlite3_column_int64 (stmt, 0), HD_MEETING_DEMOCRATIC, "", "" };

  hd_meeting_kind_from_string ((const char *) sqlite3_column_text (stmt, 1), &info.kind);
  g_strlcpy (info.date, (const char *) sqlite3_column_text (stmt, 2), sizeof info.date);
  g_strlcpy (info.prepare_from, (const char *) sqlite3_column_text (stmt, 3), sizeof info.prepare_from);
  g_array_append_val ((GArray *) data, info);
}

GArray *
hd_meeting_list (HdStore  *store,
                 gint64    unit_id,
                 GError  **error)
{
  g_autoptr(GArray) meetings = g_array_new (FALSE, FALSE, sizeof (HdMeetingInfo));

  g_return_val_if_fail (HD_IS_STORE (store), NULL);

  if (!hd_read_each (store, "SELECT id, kind, date, prepare_from FROM meeting WHERE unit_id = ?1 ORDER BY date DESC, id DESC",
                     unit_id, read_meeting, meetings, N_("Reading the meetings"), error))
    return NULL;
  return g_steal_pointer (&meetings);
}

GArray *
hd_talk_list_for_pair (HdStore  *store,
                       gint64    a,
                       gint64    b,
                       gint64    meeting_id,
                       GError  **error)
{
  g_autoptr(GArray) talks = g_array_new (FALSE, FALSE, sizeof (HdTalkInfo));
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (HD_IS_STORE (store), NULL);

  stmt = hd_store_prepare (store,
                           "SELECT t.id, t.date, t.topics FROM talk_person x JOIN talk t ON t.id = x.talk_id"
                           " JOIN talk_person y ON y.talk_id = t.id AND y.person_id = ?2"
                           " WHERE x.person_id = ?1 AND (?3 = 0 OR t.date BETWEEN"
                           "   (SELECT prepare_from FROM meeting WHERE id = ?3) AND (SELECT date FROM meeting WHERE id = ?3))"
                           " ORDER BY t.date, t.id",
                           error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, a);
  sqlite3_bind_int64 (stmt, 2, b);
  sqlite3_bind_int64 (stmt, 3, meeting_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      HdTalkInfo info = { sqlite3_column_int64 (stmt, 0), "", (guint) sqlite3_column_int (stmt, 2) };

      g_strlcpy (info.date, (const char *) sqlite3_column_text (stmt, 1), sizeof info.date);
      g_array_append_val (talks, info);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      hd_store_set_error (store, error, _("Reading the conversations"));
      return NULL;
    }
  return g_steal_pointer (&talks);
}
