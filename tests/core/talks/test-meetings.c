/* test-meetings.c — hd-core: a meeting's readiness and record on the hand-made county's team
 * (张书记, 李县长, 𠮷部长; 赵主任 heads 县委办, which 李县长 oversees): bad input refused with
 * nothing written, the checklist's words, a measure becoming a task of the ledger (and undo), and
 * the meetings ready counted by stats, each meeting counting its own preparation. */
#include "hd-test-util.h"
#include "ledger/hd-stats.h"
#include "ledger/hd-task.h"
#include "organisation/hd-person-edit.h"
#include "organisation/hd-unit-edit.h"
#include "talks/hd-meeting-readiness.h"
#include "talks/hd-meeting.h"

typedef struct {
  HdTestCounty county;
  HdTestTeam   team;
  gint64       meeting;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  HdMeetingFields fields = { 0, HD_MEETING_DEMOCRATIC, "2014-10-15", "2014-09-01", "县委常委会议室" };

  hd_test_county_set_up (&f->county, "meetings.db", 10);
  hd_test_add_team (f->county.db.store, &f->county.units, &f->team);
  fields.unit_id = f->county.units.county;
  f->meeting = hd_meeting_create (f->county.db.store, NULL, &fields, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  hd_test_db_tear_down (&f->county.db);
}

static HdMeetingRecord *
load (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  HdMeetingRecord *record = hd_meeting_record_load (f->county.db.store, f->meeting, &error);

  g_assert_no_error (error);
  return record;
}

static void
talk (Fixture    *f,
      const char *date,
      gint64      a,
      gint64      b)
{
  hd_test_add_talk (f->county.db.store, NULL, f->county.units.county, date, a, b);
}

#define ASSERT_REFUSED(call, words) \
  G_STMT_START { \
    g_assert_false (call); \
    g_assert_nonnull (error); \
    g_assert_nonnull (strstr (error->message, words)); \
    g_clear_error (&error); \
  } G_STMT_END

static void
test_record (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HdMeetingRecord) before = load (f);
  g_autoptr(HdMeetingRecord) record = NULL;
  HdStore *store = f->county.db.store;
  HdHistory *history = f->county.db.history;
  const HdMeetingPerson *person;

  /* The team in its order, nobody else yet, nothing recorded. */
  g_assert_cmpuint (before->people->len, ==, 3);
  g_assert_cmpstr (g_array_index (before->people, HdMeetingPerson, 0).name, ==, "张书记");
  g_assert_cmpstr (g_array_index (before->people, HdMeetingPerson, 2).name, ==, "𠮷部长");
  g_assert_cmpstr (before->place, ==, "县委常委会议室");
  g_assert_cmpstr (before->informed, ==, "");

  /* Refused with what to do. */
  ASSERT_REFUSED (hd_meeting_set_informed (store, history, f->meeting, "2014-10-32", &error), "not a date");
  ASSERT_REFUSED (hd_meeting_set_informed (store, history, f->meeting, "2014-10-16", &error), "before the meeting");
  ASSERT_REFUSED (hd_meeting_set_material (store, history, f->meeting, f->team.head, "2014-10-10", NULL, &error),
                  "not a member of the meeting's leadership team");
  ASSERT_REFUSED (hd_meeting_set_material (store, history, f->meeting, f->team.member, "", "王组长", &error),
                  "once it has come in");
  ASSERT_REFUSED (hd_meeting_set_presence (store, history, f->meeting, f->team.member, HD_PRESENCE_ABSENT, " ", &error),
                  "Say why");
  ASSERT_REFUSED (hd_meeting_set_presence (store, history, f->meeting, f->team.member, HD_PRESENCE_SUPERVISOR, NULL,
                                           &error),
                  "attends as a member");
  ASSERT_REFUSED (hd_meeting_add_criticism (store, history, f->meeting, f->team.member, f->team.member, "x", &error) != 0,
                  "of another member");
  ASSERT_REFUSED (hd_meeting_add_criticism (store, history, f->meeting, f->team.member, f->team.principal, "  ", &error) != 0,
                  "what the criticism was");
  ASSERT_REFUSED (hd_meeting_add_criticism (store, history, f->meeting, f->team.head, f->team.principal, "x", &error) != 0,
                  "not a member");
  ASSERT_REFUSED (hd_meeting_add_measure (store, history, f->meeting, "作风漂浮", "", f->team.member, &error) != 0,
                  "enter both");
  record = load (f);
  g_assert_cmpuint (record->people->len, ==, 3);
  g_assert_cmpuint (record->criticism->len, ==, 0);
  g_assert_cmpuint (record->measures->len, ==, 0);
  g_clear_pointer (&record, hd_meeting_record_free);

  /* Recorded. */
  g_assert_true (hd_meeting_set_informed (store, history, f->meeting, "2014-10-08", &error));
  g_assert_true (hd_meeting_set_material (store, history, f->meeting, f->team.rare_member, "2014-10-10", " 王组长 ", &error));
  g_assert_true (hd_meeting_set_presence (store, history, f->meeting, f->team.principal, HD_PRESENCE_ATTENDED, NULL, &error));
  g_assert_true (hd_meeting_set_presence (store, history, f->meeting, f->team.member, HD_PRESENCE_ABSENT, "外出学习", &error));
  g_assert_true (hd_meeting_set_presence (store, history, f->meeting, f->team.head, HD_PRESENCE_SUPERVISOR, NULL, &error));
  g_assert_cmpint (hd_meeting_add_criticism (store, history, f->meeting, f->team.principal, f->team.rare_member,
                                             "调研不够深入", &error), >, 0);
  g_assert_no_error (error);
  record = load (f);
  g_assert_cmpstr (record->informed, ==, "2014-10-08");
  person = hd_meeting_record_find_person (record, f->team.rare_member);
  g_assert_cmpstr (person->received, ==, "2014-10-10");
  g_assert_cmpstr (person->reviewer, ==, "王组长");
  g_assert_cmpint (hd_meeting_record_find_person (record, f->team.principal)->presence, ==, HD_PRESENCE_ATTENDED);
  person = hd_meeting_record_find_person (record, f->team.member);
  g_assert_cmpint (person->presence, ==, HD_PRESENCE_ABSENT);
  g_assert_cmpstr (person->reason, ==, "外出学习");
  /* The supervision group's member sits in, after the team. */
  g_assert_cmpuint (record->people->len, ==, 4);
  person = &g_array_index (record->people, HdMeetingPerson, 3);
  g_assert_cmpint (person->person_id, ==, f->team.head);
  g_assert_false (person->member);
  g_assert_cmpint (person->presence, ==, HD_PRESENCE_SUPERVISOR);
  g_assert_cmpuint (record->criticism->len, ==, 1);
  g_assert_cmpstr (g_array_index (record->criticism, HdMeetingCriticism, 0).critic, ==, "张书记");
  g_assert_cmpstr (g_array_index (record->criticism, HdMeetingCriticism, 0).target, ==, "𠮷部长");
  g_clear_pointer (&record, hd_meeting_record_free);

  /* Presence taken back, the absentee now present: his reason goes. */
  g_assert_true (hd_meeting_set_presence (store, history, f->meeting, f->team.member, HD_PRESENCE_ATTENDED, "外出学习", &error));
  g_assert_true (hd_meeting_set_presence (store, history, f->meeting, f->team.head, HD_PRESENCE_NONE, NULL, &error));
  record = load (f);
  g_assert_cmpstr (hd_meeting_record_find_person (record, f->team.member)->reason, ==, "");
  g_assert_cmpuint (record->people->len, ==, 3);
  g_clear_pointer (&record, hd_meeting_record_free);

  /* Undo takes the last change back whole. */
  g_assert_true (hd_history_undo (history, &error));
  g_assert_no_error (error);
  record = load (f);
  g_assert_cmpuint (record->people->len, ==, 4);

  /* A person the meeting's record names is kept: deleting him is refused, with what to do. */
  g_assert_false (hd_person_delete (store, history, f->team.head, TRUE, &error));
  g_assert_error (error, HD_PERSON_EDIT_ERROR, HD_PERSON_EDIT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "赵主任 was not deleted"));
  g_assert_nonnull (strstr (error->message, "Move the person"));
  g_clear_error (&error);
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM person WHERE name = '赵主任'"), ==, 1);
}

/* A measure agreed becomes a task of the ledger, pre-filled, in one edit. */
static void
test_measure_to_task (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HdMeetingRecord) record = NULL;
  g_autoptr(HdTask) task = NULL;
  g_autofree char *source = NULL;
  HdStore *store = f->county.db.store;
  HdHistory *history = f->county.db.history;
  HdTaskFields fields;
  gint64 measure, task_id;

  measure = hd_meeting_add_measure (store, history, f->meeting, " 联系群众不够紧密 ", "每月下基层调研不少于4天",
                                    f->team.member, &error);
  g_assert_no_error (error);
  record = load (f);
  g_assert_cmpuint (record->measures->len, ==, 1);
  g_assert_cmpstr (g_array_index (record->measures, HdMeetingMeasure, 0).problem, ==, "联系群众不够紧密");
  g_assert_cmpstr (g_array_index (record->measures, HdMeetingMeasure, 0).leader, ==, "李县长");

  hd_meeting_measure_task_fields (record, &g_array_index (record->measures, HdMeetingMeasure, 0), &source, &fields);
  g_assert_cmpstr (source, ==, "2014 Democratic life meeting");
  g_assert_cmpint (fields.unit_id, ==, f->county.units.county);
  g_assert_cmpstr (fields.problem, ==, "联系群众不够紧密");
  g_assert_cmpstr (fields.measures, ==, "每月下基层调研不少于4天");
  g_assert_cmpstr (fields.leader, ==, "李县长");
  g_assert_cmpint (fields.plan, ==, HD_TASK_PLAN_RECTIFICATION);
  /* The deadline is the clerk's to give. */
  g_assert_cmpint (hd_meeting_measure_make_task (store, history, measure, &fields, &error), ==, 0);
  g_assert_error (error, HD_TASK_ERROR, HD_TASK_ERROR_INVALID);
  g_clear_error (&error);
  fields.deadline = "2014-12-31";
  task_id = hd_meeting_measure_make_task (store, history, measure, &fields, &error);
  g_assert_no_error (error);
  task = hd_task_load (store, task_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hd_task_get_problem (task), ==, "联系群众不够紧密");
  g_assert_cmpstr (hd_task_get_leader (task), ==, "李县长");
  g_assert_cmpstr (hd_task_get_source (task), ==, "2014 Democratic life meeting");
  g_clear_pointer (&record, hd_meeting_record_free);
  record = load (f);
  g_assert_cmpint (g_array_index (record->measures, HdMeetingMeasure, 0).task_id, ==, task_id);
  g_clear_pointer (&record, hd_meeting_record_free);

  /* Once only. */
  g_assert_cmpint (hd_meeting_measure_make_task (store, history, measure, &fields, &error), ==, 0);
  g_assert_nonnull (strstr (error->message, "task of the ledger already"));
  g_clear_error (&error);

  /* Undo takes the task and the link back together. */
  g_assert_true (hd_history_undo (history, &error));
  g_assert_no_error (error);
  g_clear_object (&task);
  g_assert_null (hd_task_load (store, task_id, &error));
  g_clear_error (&error);
  record = load (f);
  g_assert_cmpint (g_array_index (record->measures, HdMeetingMeasure, 0).task_id, ==, 0);
  g_clear_pointer (&record, hd_meeting_record_free);

  /* Deleting the task leaves the measure without one, to be made again. */
  g_assert_true (hd_history_redo (history, &error));
  g_assert_no_error (error);
  g_assert_true (hd_task_delete (store, history, task_id, &error));
  g_assert_no_error (error);
  record = load (f);
  g_assert_cmpint (g_array_index (record->measures, HdMeetingMeasure, 0).task_id, ==, 0);
  g_assert_true (hd_meeting_delete_measure (store, history, measure, &error));
  g_assert_false (hd_meeting_delete_measure (store, history, measure, &error));
  g_assert_error (error, HD_TALK_ERROR, HD_TALK_ERROR_NOT_FOUND);
}

static char *
describe (Fixture         *f,
          HdReadinessItem  item,
          gboolean        *done)
{
  g_autoptr(GError) error = NULL;
  HdMeetingReadiness readiness;
  char *text;

  g_assert_true (hd_meeting_readiness_read (f->county.db.store, f->meeting, &readiness, &error));
  g_assert_no_error (error);
  text = hd_meeting_readiness_describe (&readiness, item);
  *done = hd_meeting_readiness_item_done (&readiness, item);
  hd_meeting_readiness_clear (&readiness);
  return text;
}

#define ASSERT_ITEM(item, expected_done, expected_text) \
  G_STMT_START { \
    gboolean done_; \
    g_autofree char *text_ = describe (f, item, &done_); \
    g_assert_cmpstr (text_, ==, expected_text); \
    g_assert_cmpint (done_, ==, expected_done); \
  } G_STMT_END

static void
test_readiness (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  HdStore *store = f->county.db.store;
  HdMeetingFields next_year = { f->county.units.county, HD_MEETING_DEMOCRATIC, "2015-10-15", "2015-09-01", NULL };
  const gint64 members[] = { f->team.principal, f->team.member, f->team.rare_member };

  ASSERT_ITEM (HD_READINESS_TALKS, FALSE, "The three must-talks: 0 of 4 pairs talked through; 4 still to do.");
  ASSERT_ITEM (HD_READINESS_MATERIALS, FALSE,
               "Self-examination materials: 0 of 3 received; not yet from 张书记、李县长、𠮷部长.");
  ASSERT_ITEM (HD_READINESS_INFORMED, FALSE, "Supervision group not informed yet.");
  g_assert_cmpint (hd_test_stat_value (f->county.db.store, 0, &f->county.today, 3, "meetings_ready"), ==, 0);

  /* Talked through before the preparation began: it does not count for this meeting. */
  talk (f, "2014-08-01", f->team.principal, f->team.member);
  talk (f, "2014-09-02", f->team.principal, f->team.rare_member);
  talk (f, "2014-09-03", f->team.member, f->team.rare_member);
  talk (f, "2014-09-04", f->team.member, f->team.head);
  ASSERT_ITEM (HD_READINESS_TALKS, FALSE, "The three must-talks: 3 of 4 pairs talked through; 1 still to do.");
  talk (f, "2014-09-05", f->team.member, f->team.principal);
  ASSERT_ITEM (HD_READINESS_TALKS, TRUE, "The three must-talks: all 4 pairs talked through.");

  for (guint i = 0; i < G_N_ELEMENTS (members); i++)
    g_assert_true (hd_meeting_set_material (store, NULL, f->meeting, members[i], "2014-10-10", NULL, &error));
  ASSERT_ITEM (HD_READINESS_MATERIALS, TRUE, "Self-examination materials: all 3 members' received.");
  g_assert_cmpint (hd_test_stat_value (f->county.db.store, 0, &f->county.today, 3, "meetings_ready"), ==, 0);
  g_assert_true (hd_meeting_set_informed (store, NULL, f->meeting, "2014-10-08", &error));
  g_assert_no_error (error);
  ASSERT_ITEM (HD_READINESS_INFORMED, TRUE, "Supervision group informed on 2014-10-08.");
  g_assert_cmpint (hd_test_stat_value (f->county.db.store, 0, &f->county.today, 3, "meetings_ready"), ==, 1);

  /* The next year's meeting, informed and with its materials, shares the pairs with other days:
   * none of this year's conversations counts for it. */
  f->meeting = hd_meeting_create (store, NULL, &next_year, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (members); i++)
    g_assert_true (hd_meeting_set_material (store, NULL, f->meeting, members[i], "2015-10-10", NULL, &error));
  g_assert_true (hd_meeting_set_informed (store, NULL, f->meeting, "2015-10-08", &error));
  g_assert_cmpint (hd_test_stat_value (f->county.db.store, 0, &f->county.today, 3, "meetings_ready"), ==, 1);
  ASSERT_ITEM (HD_READINESS_TALKS, FALSE, "The three must-talks: 0 of 4 pairs talked through; 4 still to do.");
  g_assert_cmpint (hd_test_stat_value (f->county.db.store, 0, &f->county.today, 3, "meetings"), ==, 2);

  /* A town without a team on its roster, its meeting informed: not ready, and it says why. */
  next_year.unit_id = f->county.units.town;
  f->meeting = hd_meeting_create (store, NULL, &next_year, &error);
  g_assert_true (hd_meeting_set_informed (store, NULL, f->meeting, "2015-10-08", &error));
  g_assert_no_error (error);
  ASSERT_ITEM (HD_READINESS_TALKS, TRUE, "The three must-talks: the team requires no pair.");
  ASSERT_ITEM (HD_READINESS_MATERIALS, FALSE, "Self-examination materials: the team has no members on the roster.");
  g_assert_cmpint (hd_test_stat_value (f->county.db.store, 0, &f->county.today, 3, "meetings_ready"), ==, 1);

  /* The town's meeting keeps the town: deleting it is refused, with the reason. */
  g_assert_false (hd_unit_delete (store, NULL, f->county.units.town, TRUE, &error));
  g_assert_error (error, HD_UNIT_EDIT_ERROR, HD_UNIT_EDIT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "conversations or meetings name it"));
  g_clear_error (&error);
  g_assert_cmpint (hd_test_stat_value (f->county.db.store, 0, &f->county.today, 3, "meetings"), ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  hd_test_init_english (&argc, &argv);

  g_test_add ("/meetings/record", Fixture, NULL, fixture_set_up, test_record, fixture_tear_down);
  g_test_add ("/meetings/measure-to-task", Fixture, NULL, fixture_set_up, test_measure_to_task, fixture_tear_down);
  g_test_add ("/meetings/readiness", Fixture, NULL, fixture_set_up, test_readiness, fixture_tear_down);

  return g_test_run ();
}
