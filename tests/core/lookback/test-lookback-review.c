/* test-lookback-review.c — hd-core: the six-point review of a look-back round: which points a unit
 * reviews, recording and changing a finding, undo, and what is refused. */
#include "hd-test-util.h"
#include "ledger/hd-task.h"
#include "lookback/hd-lookback.h"
#include "lookback/hd-lookback-review.h"
#include "store/hd-date.h"

typedef struct {
  HdTestCounty county;
  gint64 round;   /* over the town (城关镇) and its village */
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  HdTaskFields task = {
    .unit_id = 0, .plan = HD_TASK_PLAN_RECTIFICATION, .kind = HD_TASK_KIND_DEADLINE,
    .problem = "文山会海", .deadline = "2014-10-20",
  };
  HdLookbackRoundFields round = { .name = "第一轮回头看", .plans = HD_LOOKBACK_ALL_PLANS, .opened = "2014-09-30" };

  hd_test_county_set_up (&f->county, "review.db", 10);
  task.unit_id = f->county.units.town;
  hd_task_create (f->county.db.store, NULL, &task, &error);
  g_assert_no_error (error);
  task.unit_id = f->county.units.village;
  hd_task_create (f->county.db.store, NULL, &task, &error);
  g_assert_no_error (error);
  round.unit_id = f->county.units.town;
  f->round = hd_lookback_open (f->county.db.store, NULL, &round, &error);
  g_assert_no_error (error);
  g_assert_cmpint (f->round, >, 0);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  hd_test_db_tear_down (&f->county.db);
}

static void
test_points (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  HdReviewPoint points[HD_REVIEW_N_TEAM_POINTS];
  static const char * const six[] = { "study", "plan", "special", "institution", "linked", "responsibility" };

  g_assert_cmpuint (hd_review_points_for_unit (f->county.db.store, f->county.units.town, points, &error), ==, 6);
  for (guint i = 0; i < G_N_ELEMENTS (six); i++)
    g_assert_cmpstr (hd_review_point_to_string (points[i]), ==, six[i]);
  g_assert_cmpuint (hd_review_points_for_unit (f->county.db.store, f->county.units.village, points, &error), ==, 1);
  g_assert_cmpint (points[0], ==, HD_REVIEW_POINT_OWN_MEASURES);
  g_assert_no_error (error);
  g_assert_cmpuint (hd_review_points_for_unit (f->county.db.store, 9999, points, &error), ==, 0);
  g_assert_nonnull (error);
}

static HdReviewFinding
finding_of (Fixture       *f,
            gint64         unit,
            HdReviewPoint  point)
{
  g_autoptr(GError) error = NULL;
  HdReviewFinding finding = (HdReviewFinding) -1;

  g_assert_true (hd_review_get (f->county.db.store, f->round, unit, point, &finding, NULL, &error));
  g_assert_no_error (error);
  return finding;
}

static void
test_set (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  HdReviewFinding finding;
  gint64 town = f->county.units.town, village = f->county.units.village;

  g_autofree char *note = NULL;

  g_assert_false (hd_review_get (f->county.db.store, f->round, town, HD_REVIEW_POINT_PLAN, &finding, &note, &error));
  g_assert_null (note);
  g_assert_no_error (error);
  g_assert_true (hd_review_set (f->county.db.store, f->county.db.history, f->round, town, HD_REVIEW_POINT_PLAN,
                                HD_REVIEW_DONE, "整改方案已逐项落实", &error));
  g_assert_cmpint (finding_of (f, town, HD_REVIEW_POINT_PLAN), ==, HD_REVIEW_DONE);
  g_assert_true (hd_review_get (f->county.db.store, f->round, town, HD_REVIEW_POINT_PLAN, &finding, &note, &error));
  g_assert_cmpstr (note, ==, "整改方案已逐项落实");
  hd_review_set (f->county.db.store, f->county.db.history, f->round, town, HD_REVIEW_POINT_PLAN,
                 HD_REVIEW_PARTLY, "两项未完成", &error);
  g_assert_no_error (error);
  g_assert_cmpint (finding_of (f, town, HD_REVIEW_POINT_PLAN), ==, HD_REVIEW_PARTLY);
  g_assert_cmpint (hd_test_query_int (f->county.db.store, "SELECT count(*) FROM lookback_review"), ==, 1);
  g_assert_true (hd_review_set (f->county.db.store, NULL, f->round, village, HD_REVIEW_POINT_OWN_MEASURES,
                                HD_REVIEW_NOT_DONE, NULL, &error));
  g_assert_cmpint (finding_of (f, village, HD_REVIEW_POINT_OWN_MEASURES), ==, HD_REVIEW_NOT_DONE);
  g_assert_no_error (error);

  /* Undo takes the change back to the first finding. */
  g_assert_true (hd_history_undo (f->county.db.history, &error));
  g_assert_no_error (error);
  g_assert_cmpint (finding_of (f, town, HD_REVIEW_POINT_PLAN), ==, HD_REVIEW_DONE);
}

static void
test_refused (Fixture       *f,
              gconstpointer  data)
{
  const struct {
    gint64 unit;
    HdReviewPoint point;
    const char *message;
  } cases[] = {
    { f->county.units.village, HD_REVIEW_POINT_STUDY, "reviews its own measures, not the six points" },
    { f->county.units.town, HD_REVIEW_POINT_OWN_MEASURES, "Only a village or community" },
    { f->county.units.other_town, HD_REVIEW_POINT_STUDY, "not in the look-back round's scope" },
    { f->county.units.county, HD_REVIEW_POINT_STUDY, "not in the look-back round's scope" },
  };
  g_autoptr(GError) closing = NULL;
  g_autoptr(GError) closed = NULL;
  GDate today;
  guint n = 0;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (hd_review_set (f->county.db.store, NULL, f->round, cases[i].unit, cases[i].point,
                                     HD_REVIEW_DONE, NULL, &error));
      g_assert_error (error, HD_LOOKBACK_ERROR, HD_LOOKBACK_ERROR_INVALID);
      if (strstr (error->message, cases[i].message) == NULL)
        g_error ("case %u: “%s” does not say “%s”", i, error->message, cases[i].message);
    }
  g_assert_cmpint (hd_test_query_int (f->county.db.store, "SELECT count(*) FROM lookback_review"), ==, 0);

  /* A closed round's review stays as it was. */
  g_assert_true (hd_date_parse_iso ("2014-09-30", &today));
  g_assert_true (hd_lookback_confirm_proposed (f->county.db.store, NULL, f->round, "2014-10-31", &today, &n, &closing));
  g_assert_true (hd_lookback_close (f->county.db.store, NULL, f->round, "2014-10-01", &closing));
  g_assert_no_error (closing);
  g_assert_false (hd_review_set (f->county.db.store, NULL, f->round, f->county.units.town, HD_REVIEW_POINT_STUDY,
                                 HD_REVIEW_DONE, NULL, &closed));
  g_assert_error (closed, HD_LOOKBACK_ERROR, HD_LOOKBACK_ERROR_CLOSED);
}

int
main (int argc, char *argv[])
{
  hd_test_init_english (&argc, &argv);
  HD_TEST_ADD ("/lookback-review/points", test_points);
  HD_TEST_ADD ("/lookback-review/set", test_set);
  HD_TEST_ADD ("/lookback-review/refused", test_refused);
  return g_test_run ();
}
