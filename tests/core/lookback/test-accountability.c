/* test-accountability.c — hd-core: the escalation's order, accountability records (what they may
 * name, refused input writing nothing, undo), and the next step offered for a unit whose noticed
 * task stays red. */
#include "hd-test-util.h"
#include "ledger/hd-task.h"
#include "lookback/hd-accountability-record.h"
#include "lookback/hd-accountability.h"
#include "lookback/hd-notice.h"
#include "organisation/hd-person-edit.h"
#include "store/hd-date.h"

typedef struct {
  HdTestCounty county;
  gint64 red_task;        /* of the town, overdue as of 2014-09-30 */
  gint64 village_task;
  gint64 other_task;      /* of the other town */
  gint64 notice;          /* to the town, for the red task */
  gint64 other_notice;    /* to the other town */
} Fixture;

static gint64
add_task (Fixture    *f,
          gint64      unit,
          const char *deadline)
{
  g_autoptr(GError) error = NULL;
  HdTaskFields fields = {
    .unit_id = unit, .plan = HD_TASK_PLAN_RECTIFICATION, .kind = HD_TASK_KIND_DEADLINE,
    .problem = "文山会海", .deadline = deadline,
  };
  gint64 id = hd_task_create (f->county.db.store, NULL, &fields, &error);

  g_assert_no_error (error);
  return id;
}

static gint64
issue (Fixture *f,
       gint64   unit,
       gint64   task)
{
  g_autoptr(GError) error = NULL;
  HdNoticeFields fields = {
    .unit_id = unit, .task_ids = &task, .n_tasks = 1, .office = "示范县活动办",
    .issued = "2014-09-22", .reply_by = "2014-09-29",
  };
  gint64 id = hd_notice_issue (f->county.db.store, &fields, &error);

  g_assert_no_error (error);
  return id;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  hd_test_county_set_up (&f->county, "accountability.db", 10);
  f->red_task = add_task (f, f->county.units.town, "2014-09-20");
  f->village_task = add_task (f, f->county.units.village, "2014-12-31");
  f->other_task = add_task (f, f->county.units.other_town, "2014-09-20");
  f->notice = issue (f, f->county.units.town, f->red_task);
  f->other_notice = issue (f, f->county.units.other_town, f->other_task);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  hd_test_db_tear_down (&f->county.db);
}

static void
test_order (void)
{
  static const char * const tokens[] = { "notice", "reminder", "talk", "admonition", "accountability" };
  HdEscalation step = HD_ESCALATION_NOTICE, next;

  for (guint i = 0; i + 1 < G_N_ELEMENTS (tokens); i++)
    {
      g_assert_cmpstr (hd_escalation_to_string (step), ==, tokens[i]);
      g_assert_true (hd_escalation_next (step, &next));
      g_assert_cmpint (next, ==, step + 1);
      step = next;
    }
  g_assert_cmpstr (hd_escalation_to_string (step), ==, "accountability");
  g_assert_false (hd_escalation_next (step, &next));
}

static gint64
record (Fixture      *f,
        HdEscalation  measure)
{
  g_autoptr(GError) error = NULL;
  HdAccountabilityFields fields = {
    .unit_id = f->county.units.town, .measure = measure, .reason = "督办后仍未整改到位",
    .date = "2014-09-30", .decided_by = "县委活动办", .task_ids = &f->red_task, .n_tasks = 1,
    .notice_ids = &f->notice, .n_notices = 1,
  };
  gint64 id = hd_accountability_create (f->county.db.store, f->county.db.history, &fields, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

/* A record and its links; refused input writes nothing; undo takes it back. */
static void
test_create (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 person;
  const struct {
    HdEscalation measure;
    const char *reason, *date;
    gboolean other_person, other_task, other_notice;
    const char *message;
  } bad[] = {
    { HD_ESCALATION_REMINDER, "x", "2014-09-30", FALSE, FALSE, FALSE, "reminder talk, an admonition" },
    { HD_ESCALATION_TALK, "  ", "2014-09-30", FALSE, FALSE, FALSE, "needs its reason" },
    { HD_ESCALATION_TALK, "x", "2014-9-30", FALSE, FALSE, FALSE, "not a date" },
    { HD_ESCALATION_TALK, "x", "2014-09-30", TRUE, FALSE, FALSE, "not of the unit" },
    { HD_ESCALATION_TALK, "x", "2014-09-30", FALSE, TRUE, FALSE, "task of the record" },
    { HD_ESCALATION_TALK, "x", "2014-09-30", FALSE, FALSE, TRUE, "notice of the record" },
  };
  gint64 id;

  {
    HdPersonFields p = { .name = "李镇长" };

    person = hd_person_create (f->county.db.store, NULL, f->county.units.other_town, &p, &error);
    g_assert_no_error (error);
  }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) refused = NULL;
      HdAccountabilityFields fields = {
        .unit_id = f->county.units.town, .person_id = bad[i].other_person ? person : 0,
        .measure = bad[i].measure, .reason = bad[i].reason, .date = bad[i].date,
        .task_ids = bad[i].other_task ? &f->other_task : &f->village_task, .n_tasks = 1,
        .notice_ids = bad[i].other_notice ? &f->other_notice : &f->notice, .n_notices = 1,
      };

      g_assert_cmpint (hd_accountability_create (f->county.db.store, NULL, &fields, &refused), ==, 0);
      g_assert_error (refused, HD_ACCOUNTABILITY_ERROR, HD_ACCOUNTABILITY_ERROR_INVALID);
      if (strstr (refused->message, bad[i].message) == NULL)
        g_error ("case %u: “%s” does not say “%s”", i, refused->message, bad[i].message);
    }
  g_assert_cmpint (hd_test_query_int (f->county.db.store, "SELECT count(*) FROM accountability"), ==, 0);

  id = record (f, HD_ESCALATION_ADMONITION);
  g_assert_cmpint (hd_test_query_int (f->county.db.store, "SELECT count(*) FROM accountability"
                                                          " WHERE measure = 'admonition' AND decided_by = '县委活动办'"), ==, 1);
  g_assert_cmpint (hd_test_query_int (f->county.db.store, "SELECT count(*) FROM accountability_link"), ==, 2);
  g_assert_cmpint (id, >, 0);

  /* The area's list: the record under the township's subtree, none under the other township. */
  {
    g_autoptr(HdQueryModel) all = hd_accountability_list_new (f->county.db.store, f->county.units.county, &error);
    g_autoptr(HdQueryModel) other = hd_accountability_list_new (f->county.db.store, f->county.units.other_town, &error);
    g_autoptr(HdAccountabilityRecord) listed = NULL;

    g_assert_no_error (error);
    g_assert_true (hd_query_model_load_all (all, &error) && hd_query_model_load_all (other, &error));
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (all)), ==, 1);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (other)), ==, 0);
    listed = g_list_model_get_item (G_LIST_MODEL (all), 0);
    g_assert_cmpint (hd_accountability_record_get_id (listed), ==, id);
    g_assert_cmpint (hd_accountability_record_get_unit_id (listed), ==, f->county.units.town);
    g_assert_cmpint (hd_accountability_record_get_person_id (listed), ==, 0);
    g_assert_cmpstr (hd_accountability_record_get_person_name (listed), ==, "");
    g_assert_cmpint (hd_accountability_record_get_measure (listed), ==, HD_ESCALATION_ADMONITION);
    g_assert_cmpstr (hd_accountability_record_get_reason (listed), ==, "督办后仍未整改到位");
    g_assert_cmpstr (hd_accountability_record_get_date (listed), ==, "2014-09-30");
    g_assert_cmpstr (hd_accountability_record_get_decided_by (listed), ==, "县委活动办");
    g_assert_cmpuint (hd_accountability_record_get_n_tasks (listed), ==, 1);
    g_assert_cmpuint (hd_accountability_record_get_n_notices (listed), ==, 1);
  }

  /* A task an accountability record names is kept. */
  g_assert_false (hd_task_delete (f->county.db.store, NULL, f->red_task, &error));
  g_assert_error (error, HD_TASK_ERROR, HD_TASK_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (hd_history_undo (f->county.db.history, &error));
  g_assert_no_error (error);
  g_assert_cmpint (hd_test_query_int (f->county.db.store, "SELECT count(*) FROM accountability"), ==, 0);
  g_assert_cmpint (hd_test_query_int (f->county.db.store, "SELECT count(*) FROM accountability_link"), ==, 0);
}

static gboolean
offer_on (Fixture      *f,
          const char   *day,
          HdEscalation *next)
{
  g_autoptr(GError) error = NULL;
  GDate today;
  gboolean offered;

  g_assert_true (hd_date_parse_iso (day, &today));
  offered = hd_escalation_offer (f->county.db.store, f->county.units.town, &today, 3, next, &error);
  g_assert_no_error (error);
  return offered;
}

/* Each step taken, the next offered, while the noticed task stays red; none once it is closed or
 * every step is taken. */
static void
test_offer (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  HdEscalation next = HD_ESCALATION_NOTICE;

  g_assert_true (offer_on (f, "2014-09-30", &next));
  g_assert_cmpint (next, ==, HD_ESCALATION_REMINDER);
  /* The day the task was due it was not red yet. */
  g_assert_false (offer_on (f, "2014-09-20", &next));
  /* What a step concerns: the red task and the notice that names it. */
  {
    g_autoptr(GArray) tasks = g_array_new (FALSE, FALSE, sizeof (gint64));
    g_autoptr(GArray) notices = g_array_new (FALSE, FALSE, sizeof (gint64));
    GDate today;

    g_assert_true (hd_date_parse_iso ("2014-09-30", &today));
    g_assert_true (hd_escalation_red_tasks (f->county.db.store, f->county.units.town, &today, 3, tasks, notices, &error));
    g_assert_cmpuint (tasks->len, ==, 1);
    g_assert_cmpint (g_array_index (tasks, gint64, 0), ==, f->red_task);
    g_assert_cmpuint (notices->len, ==, 1);
    g_assert_cmpint (g_array_index (notices, gint64, 0), ==, f->notice);
    g_array_set_size (tasks, 0);
    g_array_set_size (notices, 0);
    g_assert_true (hd_date_parse_iso ("2014-09-20", &today));
    g_assert_true (hd_escalation_red_tasks (f->county.db.store, f->county.units.town, &today, 3, tasks, notices, &error));
    g_assert_cmpuint (tasks->len, ==, 0);
    g_assert_cmpuint (notices->len, ==, 0);
  }

  g_assert_true (hd_notice_remind (f->county.db.store, NULL, f->notice, "2014-09-25", "电话催办", &error));
  g_assert_true (offer_on (f, "2014-09-30", &next));
  g_assert_cmpint (next, ==, HD_ESCALATION_TALK);
  record (f, HD_ESCALATION_TALK);
  g_assert_true (offer_on (f, "2014-09-30", &next));
  g_assert_cmpint (next, ==, HD_ESCALATION_ADMONITION);
  record (f, HD_ESCALATION_ACCOUNTABILITY);
  g_assert_false (offer_on (f, "2014-09-30", &next));

  /* The other town's notice, withdrawn, takes it back to nothing to offer there. */
  g_assert_true (hd_notice_withdraw (f->county.db.store, NULL, f->other_notice, "2014-09-23", "发错单位", &error));
  {
    GDate today;

    g_assert_true (hd_date_parse_iso ("2014-09-30", &today));
    g_assert_false (hd_escalation_offer (f->county.db.store, f->county.units.other_town, &today, 3, &next, &error));
    g_assert_no_error (error);
  }
}

int
main (int argc, char *argv[])
{
  hd_test_init_english (&argc, &argv);
  g_test_add_func ("/accountability/order", test_order);
  HD_TEST_ADD ("/accountability/create", test_create);
  HD_TEST_ADD ("/accountability/offer", test_offer);
  return g_test_run ();
}
