/* hd-meeting.c — a meeting's readiness and record: reading it whole, and its edits. */
#include <glib/gi18n-lib.h>

#include "organisation/hd-person.h"
#include "store/hd-date.h"
#include "store/hd-read.h"
#include "talks/hd-meeting.h"

static const HdEnumValue presence_values[] = {
  { "attended", NC_("presence at a meeting", "Attended") },
  { "absent", NC_("presence at a meeting", "Absent") },
  { "supervisor", NC_("presence at a meeting", "Sat in for the supervision group") },
};
HD_DEFINE_ENUM_FUNCS (HdPresence, hd_presence, "presence at a meeting", presence_values, HD_PRESENCE_N_VALUES)

static gboolean
invalid (GError    **error,
         const char *message)
{
  g_set_error_literal (error, HD_TALK_ERROR, HD_TALK_ERROR_INVALID, message);
  return FALSE;
}

static char *
dup_column (sqlite3_stmt *stmt,
            int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return g_strdup (text != NULL ? text : "");
}

static void
copy_day (char         *day,
          sqlite3_stmt *stmt,
          int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  g_strlcpy (day, text != NULL ? text : "", 11);
}

/* ---- reading ---- */

static void
person_clear (gpointer data)
{
  HdMeetingPerson *person = data;

  g_free (person->name);
  g_free (person->title);
  g_free (person->reviewer);
  g_free (person->reason);
}

static void
criticism_clear (gpointer data)
{
  HdMeetingCriticism *criticism = data;

  g_free (criticism->critic);
  g_free (criticism->target);
  g_free (criticism->content);
}

static void
measure_clear (gpointer data)
{
  HdMeetingMeasure *measure = data;

  g_free (measure->problem);
  g_free (measure->measures);
  g_free (measure->leader);
}

void
hd_meeting_record_free (HdMeetingRecord *record)
{
  if (record == NULL)
    return;
  g_free (record->unit_name);
  g_free (record->place);
  g_clear_pointer (&record->people, g_array_unref);
  g_clear_pointer (&record->criticism, g_array_unref);
  g_clear_pointer (&record->measures, g_array_unref);
  g_free (record);
}

static void
read_meeting_row (sqlite3_stmt *stmt,
                  gpointer      data)
{
  HdMeetingRecord *record = data;

  record->unit_id = sqlite3_column_int64 (stmt, 0);
  record->unit_name = dup_column (stmt, 1);
  hd_meeting_kind_from_string ((const char *) sqlite3_column_text (stmt, 2), &record->kind);
  copy_day (record->date, stmt, 3);
  copy_day (record->prepare_from, stmt, 4);
  copy_day (record->informed, stmt, 5);
  record->place = dup_column (stmt, 6);
}

static void
read_person_row (sqlite3_stmt *stmt,
                 gpointer      data)
{
  HdMeetingPerson person = {
    .person_id = sqlite3_column_int64 (stmt, 0), .name = dup_column (stmt, 1), .title = dup_column (stmt, 2),
    .member = sqlite3_column_int (stmt, 3) != 0, .reviewer = dup_column (stmt, 5), .presence = HD_PRESENCE_NONE,
    .reason = dup_column (stmt, 7),
  };
  HdPresence presence;

  copy_day (person.received, stmt, 4);
  if (hd_presence_from_string ((const char *) sqlite3_column_text (stmt, 6), &presence))
    person.presence = (int) presence;
  g_array_append_val ((GArray *) data, person);
}

static void
read_criticism_row (sqlite3_stmt *stmt,
                    gpointer      data)
{
  HdMeetingCriticism criticism = {
    sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1), sqlite3_column_int64 (stmt, 2),
    dup_column (stmt, 3), dup_column (stmt, 4), dup_column (stmt, 5),
  };

  g_array_append_val ((GArray *) data, criticism);
}

static void
read_measure_row (sqlite3_stmt *stmt,
                  gpointer      data)
{
  HdMeetingMeasure measure = {
    sqlite3_column_int64 (stmt, 0), dup_column (stmt, 1), dup_column (stmt, 2), sqlite3_column_int64 (stmt, 3),
    dup_column (stmt, 4), sqlite3_column_int64 (stmt, 5),
  };

  g_array_append_val ((GArray *) data, measure);
}

static void
set_missing (GError **error,
             gint64   id)
{
  g_set_error (error, HD_TALK_ERROR, HD_TALK_ERROR_NOT_FOUND,
               _("The meeting (no. %lld) does not exist. Check the meeting's number."), (long long) id);
}

#define TEAM_OF_MEETING "(SELECT unit_id FROM meeting WHERE id = ?1)"

HdMeetingRecord *
hd_meeting_record_load (HdStore  *store,
                        gint64    meeting_id,
                        GError  **error)
{
  g_autoptr(HdMeetingRecord) record = g_new0 (HdMeetingRecord, 1);

  g_return_val_if_fail (HD_IS_STORE (store), NULL);

  record->id = meeting_id;
  record->people = g_array_new (FALSE, TRUE, sizeof (HdMeetingPerson));
  g_array_set_clear_func (record->people, person_clear);
  record->criticism = g_array_new (FALSE, TRUE, sizeof (HdMeetingCriticism));
  g_array_set_clear_func (record->criticism, criticism_clear);
  record->measures = g_array_new (FALSE, TRUE, sizeof (HdMeetingMeasure));
  g_array_set_clear_func (record->measures, measure_clear);
  if (!hd_read_one (store,
                    "SELECT m.unit_id, u.name, m.kind, m.date, m.prepare_from, m.informed, m.place"
                    " FROM meeting m JOIN unit u ON u.id = m.unit_id WHERE m.id = ?1",
                    meeting_id, read_meeting_row, record, set_missing, N_("Reading the meetings"), error)
      /* The team in its order, with what each handed in and whether each came. */
      || !hd_read_each (store,
                        "SELECT p.id, p.name, p.title, 1, r.received, r.reviewer, a.presence, a.reason"
                        " FROM team_member t JOIN person p ON p.id = t.person_id"
                        " LEFT JOIN meeting_material r ON r.meeting_id = ?1 AND r.person_id = p.id"
                        " LEFT JOIN meeting_person a ON a.meeting_id = ?1 AND a.person_id = p.id"
                        " WHERE t.unit_id = " TEAM_OF_MEETING " ORDER BY t.role, t.position, t.id",
                        meeting_id, read_person_row, record->people, N_("Reading the meetings"), error)
      /* The members of the supervision groups assigned to the unit, and the others recorded at
       * the meeting. */
      || !hd_read_each (store,
                        "SELECT p.id, p.name, p.title, 0, NULL, '', a.presence, a.reason FROM person p"
                        " LEFT JOIN meeting_person a ON a.meeting_id = ?1 AND a.person_id = p.id"
                        " WHERE p.id IN (SELECT person_id FROM meeting_person WHERE meeting_id = ?1"
                        "                UNION SELECT m.person_id FROM supervision_assignment s"
                        "                JOIN supervision_member m ON m.group_id = s.group_id"
                        "                WHERE s.unit_id = " TEAM_OF_MEETING ")"
                        " AND p.id NOT IN (SELECT person_id FROM team_member WHERE unit_id = " TEAM_OF_MEETING ")"
                        " ORDER BY p.id",
                        meeting_id, read_person_row, record->people, N_("Reading the meetings"), error)
      || !hd_read_each (store,
                        "SELECT c.id, c.critic_id, c.target_id, a.name, b.name, c.content FROM meeting_criticism c"
                        " JOIN person a ON a.id = c.critic_id JOIN person b ON b.id = c.target_id"
                        " WHERE c.meeting_id = ?1 ORDER BY c.id",
                        meeting_id, read_criticism_row, record->criticism, N_("Reading the meetings"), error)
      || !hd_read_each (store,
                        "SELECT s.id, s.problem, s.measures, s.leader_id, p.name, s.task_id FROM meeting_measure s"
                        " JOIN person p ON p.id = s.leader_id WHERE s.meeting_id = ?1 ORDER BY s.id",
                        meeting_id, read_measure_row, record->measures, N_("Reading the meetings"), error))
    return NULL;
  return g_steal_pointer (&record);
}

const HdMeetingPerson *
hd_meeting_record_find_person (const HdMeetingRecord *record,
                               gint64                 person_id)
{
  for (guint i = 0; i < record->people->len; i++)
    {
      const HdMeetingPerson *person = &g_array_index (record->people, HdMeetingPerson, i);

      if (person->person_id == person_id)
        return person;
    }
  return NULL;
}

/* ---- the edits ---- */

static gboolean
is_day (const char *text)
{
  GDate date;

  return hd_date_parse_iso (text, &date);
}

static gboolean
is_empty (const char *text)
{
  return text == NULL || *text == '\0';
}

/* The record of @meeting_id, or NULL with the error; @person_id, unless 0, must be on its team. */
static HdMeetingRecord *
load_for_member (HdStore     *store,
                 gint64       meeting_id,
                 gint64       person_id,
                 GError     **error)
{
  g_autoptr(HdMeetingRecord) record = hd_meeting_record_load (store, meeting_id, error);
  const HdMeetingPerson *person;

  if (record == NULL)
    return NULL;
  if (person_id != 0 && ((person = hd_meeting_record_find_person (record, person_id)) == NULL || !person->member))
    {
      invalid (error, _("The person is not a member of the meeting's leadership team: choose a member of the team."));
      return NULL;
    }
  return g_steal_pointer (&record);
}

gboolean
hd_meeting_set_informed (HdStore     *store,
                         HdHistory   *history,
                         gint64       meeting_id,
                         const char  *day,
                         GError     **error)
{
  g_autoptr(HdMeetingRecord) record = NULL;
  HdEdit *edit;

  g_return_val_if_fail (HD_IS_STORE (store), FALSE);

  if ((record = load_for_member (store, meeting_id, 0, error)) == NULL)
    return FALSE;
  if (!is_empty (day) && !is_day (day))
    return invalid (error, _("The day the supervision group was informed is not a date: write it as YYYY-MM-DD, e.g. 2014-10-08."));
  if (!is_empty (day) && strcmp (day, record->date) > 0)
    return invalid (error, _("The supervision group is informed before the meeting: give a day not after the meeting's."));
  if ((edit = hd_edit_begin (store, _("Record supervision group informed"), error)) == NULL)
    return FALSE;
  return hd_edit_finish (edit, history,
                         hd_edit_update_row_text (edit, "meeting", meeting_id, "UPDATE meeting SET informed = ?2 WHERE id = ?1",
                                                  is_empty (day) ? NULL : day, error),
                         error);
}

/* Touches and deletes the row of @table for the meeting's person, if there is one. */
static gboolean
delete_person_row (HdEdit      *edit,
                   const char  *select_id,
                   gint64       meeting_id,
                   gint64       person_id,
                   const char  *table,
                   GError     **error)
{
  gint64 id = 0;

  if (!hd_read_id (hd_edit_get_store (edit), select_id, meeting_id, person_id, &id, error))
    return FALSE;
  return id == 0 || hd_edit_delete_rows (edit, table, "SELECT ?1", id, NULL, error);
}

gboolean
hd_meeting_set_material (HdStore     *store,
                         HdHistory   *history,
                         gint64       meeting_id,
                         gint64       person_id,
                         const char  *received,
                         const char  *reviewer,
                         GError     **error)
{
  g_autoptr(HdMeetingRecord) record = NULL;
  g_autofree char *clean = g_strstrip (g_strdup (reviewer != NULL ? reviewer : ""));
  HdEdit *edit;
  gboolean ok;

  g_return_val_if_fail (HD_IS_STORE (store), FALSE);

  if ((record = load_for_member (store, meeting_id, person_id, error)) == NULL)
    return FALSE;
  if (!is_empty (received) && !is_day (received))
    return invalid (error, _("The day the self-examination material came in is not a date: write it as YYYY-MM-DD, e.g. 2014-10-10."));
  if (is_empty (received) && *clean != '\0')
    return invalid (error, _("A material is reviewed once it has come in: give the day it came in."));
  if ((edit = hd_edit_begin (store, _("Record self-examination material"), error)) == NULL)
    return FALSE;
  ok = delete_person_row (edit, "SELECT id FROM meeting_material WHERE meeting_id = ?1 AND person_id = ?2",
                          meeting_id, person_id, "meeting_material", error);
  if (ok && !is_empty (received))
    ok = hd_edit_insert_params (edit, "meeting_material",
                                "INSERT INTO meeting_material (uuid, meeting_id, person_id, received, reviewer)"
                                " VALUES (?1, ?2, ?3, ?4, ?5)",
                                HD_PARAMS (HD_INT (meeting_id), HD_INT (person_id), HD_TEXT (received), HD_TEXT (clean)),
                                NULL, error);
  return hd_edit_finish (edit, history, ok, error);
}

gboolean
hd_meeting_set_presence (HdStore     *store,
                         HdHistory   *history,
                         gint64       meeting_id,
                         gint64       person_id,
                         int          presence,
                         const char  *reason,
                         GError     **error)
{
  g_autoptr(HdMeetingRecord) record = NULL;
  g_autofree char *clean = g_strstrip (g_strdup (reason != NULL ? reason : ""));
  const HdMeetingPerson *person;
  HdEdit *edit;
  gboolean ok;

  g_return_val_if_fail (HD_IS_STORE (store), FALSE);
  g_return_val_if_fail (presence >= HD_PRESENCE_NONE && presence < HD_PRESENCE_N_VALUES, FALSE);

  if ((record = load_for_member (store, meeting_id, 0, error)) == NULL
      || !hd_person_check_exists (store, person_id, error))
    return FALSE;
  person = hd_meeting_record_find_person (record, person_id);
  if (presence == HD_PRESENCE_SUPERVISOR && person != NULL && person->member)
    return invalid (error, _("A member of the team attends as a member, not for the supervision group."));
  if (presence == HD_PRESENCE_ABSENT && *clean == '\0')
    return invalid (error, _("Say why the person was absent: enter the reason."));
  if (presence != HD_PRESENCE_ABSENT)
    g_clear_pointer (&clean, g_free);
  if ((edit = hd_edit_begin (store, _("Record attendance"), error)) == NULL)
    return FALSE;
  ok = delete_person_row (edit, "SELECT id FROM meeting_person WHERE meeting_id = ?1 AND person_id = ?2",
                          meeting_id, person_id, "meeting_person", error);
  if (ok && presence != HD_PRESENCE_NONE)
    ok = hd_edit_insert_params (edit, "meeting_person",
                                "INSERT INTO meeting_person (uuid, meeting_id, person_id, presence, reason)"
                                " VALUES (?1, ?2, ?3, ?4, ?5)",
                                HD_PARAMS (HD_INT (meeting_id), HD_INT (person_id),
                                           HD_TEXT (hd_presence_to_string ((HdPresence) presence)),
                                           HD_TEXT (clean != NULL ? clean : "")),
                                NULL, error);
  return hd_edit_finish (edit, history, ok, error);
}

gint64
hd_meeting_add_criticism (HdStore     *store,
                          HdHistory   *history,
                          gint64       meeting_id,
                          gint64       critic_id,
                          gint64       target_id,
                          const char  *content,
                          GError     **error)
{
  g_autoptr(HdMeetingRecord) record = NULL;
  g_autofree char *clean = g_strstrip (g_strdup (content != NULL ? content : ""));
  HdEdit *edit;
  gint64 id = 0;
  gboolean ok;

  g_return_val_if_fail (HD_IS_STORE (store), 0);

  if ((record = load_for_member (store, meeting_id, critic_id, error)) == NULL)
    return 0;
  g_clear_pointer (&record, hd_meeting_record_free);
  if ((record = load_for_member (store, meeting_id, target_id, error)) == NULL)
    return 0;
  if (critic_id == target_id)
    {
      invalid (error, _("Criticism is raised of another member: choose whom it concerns."));
      return 0;
    }
  if (*clean == '\0')
    {
      invalid (error, _("Say what the criticism was: enter its content."));
      return 0;
    }
  if ((edit = hd_edit_begin (store, _("Record criticism"), error)) == NULL)
    return 0;
  ok = hd_edit_insert_params (edit, "meeting_criticism",
                              "INSERT INTO meeting_criticism (uuid, meeting_id, critic_id, target_id, content)"
                              " VALUES (?1, ?2, ?3, ?4, ?5)",
                              HD_PARAMS (HD_INT (meeting_id), HD_INT (critic_id), HD_INT (target_id), HD_TEXT (clean)),
                              &id, error);
  return hd_edit_finish (edit, history, ok, error) ? id : 0;
}

static gboolean
delete_row (HdStore     *store,
            HdHistory   *history,
            const char  *table,
            const char  *select_id,
            gint64       id,
            const char  *label,
            GError     **error)
{
  gboolean found = FALSE;
  HdEdit *edit;

  if (!hd_read_has_row (store, select_id, id, &found, error))
    return FALSE;
  if (!found)
    {
      g_set_error_literal (error, HD_TALK_ERROR, HD_TALK_ERROR_NOT_FOUND,
                           _("The record is gone: another window or an undo removed it."));
      return FALSE;
    }
  if ((edit = hd_edit_begin (store, label, error)) == NULL)
    return FALSE;
  return hd_edit_finish (edit, history, hd_edit_delete_rows (edit, table, "SELECT ?1", id, NULL, error), error);
}

gboolean
hd_meeting_delete_criticism (HdStore    *store,
                             HdHistory  *history,
                             gint64      criticism_id,
                             GError    **error)
{
  g_return_val_if_fail (HD_IS_STORE (store), FALSE);

  return delete_row (store, history, "meeting_criticism", "SELECT 1 FROM meeting_criticism WHERE id = ?1",
                     criticism_id, _("Delete criticism"), error);
}

gint64
hd_meeting_add_measure (HdStore     *store,
                        HdHistory   *history,
                        gint64       meeting_id,
                        const char  *problem,
                        const char  *measures,
                        gint64       leader_id,
                        GError     **error)
{
  g_autoptr(HdMeetingRecord) record = NULL;
  g_autofree char *clean_problem = g_strstrip (g_strdup (problem != NULL ? problem : ""));
  g_autofree char *clean_measures = g_strstrip (g_strdup (measures != NULL ? measures : ""));
  HdEdit *edit;
  gint64 id = 0;
  gboolean ok;

  g_return_val_if_fail (HD_IS_STORE (store), 0);

  if ((record = load_for_member (store, meeting_id, leader_id, error)) == NULL)
    return 0;
  if (*clean_problem == '\0' || *clean_measures == '\0')
    {
      invalid (error, _("A measure names the problem and what will be done about it: enter both."));
      return 0;
    }
  if ((edit = hd_edit_begin (store, _("Record measure"), error)) == NULL)
    return 0;
  ok = hd_edit_insert_params (edit, "meeting_measure",
                              "INSERT INTO meeting_measure (uuid, meeting_id, problem, measures, leader_id)"
                              " VALUES (?1, ?2, ?3, ?4, ?5)",
                              HD_PARAMS (HD_INT (meeting_id), HD_TEXT (clean_problem), HD_TEXT (clean_measures),
                                         HD_INT (leader_id)),
                              &id, error);
  return hd_edit_finish (edit, history, ok, error) ? id : 0;
}

gboolean
hd_meeting_delete_measure (HdStore    *store,
                           HdHistory  *history,
                           gint64      measure_id,
                           GError    **error)
{
  g_return_val_if_fail (HD_IS_STORE (store), FALSE);

  return delete_row (store, history, "meeting_measure", "SELECT 1 FROM meeting_measure WHERE id = ?1",
                     measure_id, _("Delete measure"), error);
}

void
hd_meeting_measure_task_fields (const HdMeetingRecord  *record,
                                const HdMeetingMeasure *measure,
                                char                  **source,
                                HdTaskFields           *fields)
{
  GDate date;

  if (hd_date_parse_iso (record->date, &date))
    /* Translators: a task's source when it comes from a meeting's measures: the meeting's year
     * and kind, "2014年民主生活会". */
    *source = g_strdup_printf (C_("task source", "%1$u %2$s"), (guint) g_date_get_year (&date),
                               hd_meeting_kind_get_label (record->kind));
  else
    *source = g_strdup (hd_meeting_kind_get_label (record->kind));
  *fields = (HdTaskFields) {
    .unit_id = record->unit_id, .plan = HD_TASK_PLAN_RECTIFICATION, .kind = HD_TASK_KIND_DEADLINE,
    .problem = measure->problem, .source = *source, .measures = measure->measures, .leader = measure->leader,
  };
}

gint64
hd_meeting_measure_make_task (HdStore            *store,
                              HdHistory          *history,
                              gint64              measure_id,
                              const HdTaskFields *fields,
                              GError            **error)
{
  gint64 task_id = 0, linked = 0, found = 0;
  HdEdit *edit;
  gboolean ok;

  g_return_val_if_fail (HD_IS_STORE (store), 0);
  g_return_val_if_fail (fields != NULL, 0);

  if (!hd_read_id (store, "SELECT id FROM meeting_measure WHERE id = ?1", measure_id, 0, &found, error)
      || !hd_read_id (store, "SELECT task_id FROM meeting_measure WHERE id = ?1", measure_id, 0, &linked, error))
    return 0;
  if (found == 0)
    {
      g_set_error_literal (error, HD_TALK_ERROR, HD_TALK_ERROR_NOT_FOUND,
                           _("The record is gone: another window or an undo removed it."));
      return 0;
    }
  if (linked != 0)
    {
      invalid (error, _("The measure is a task of the ledger already: find it there."));
      return 0;
    }
  if (!hd_task_fields_validate (store, fields, error))
    return 0;
  if ((edit = hd_edit_begin (store, _("Make measure a rectification task"), error)) == NULL)
    return 0;
  ok = (task_id = hd_task_insert (edit, fields, error)) != 0
       && hd_edit_update_row (edit, "meeting_measure", measure_id, "UPDATE meeting_measure SET task_id = ?2 WHERE id = ?1",
                              task_id, error);
  return hd_edit_finish (edit, history, ok, error) ? task_id : 0;
}
