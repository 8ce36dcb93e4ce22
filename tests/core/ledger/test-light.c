/* test-light.c — deadline lights at their edges, dates as clerks type them. */
#include "ledger/hd-light.h"
#include "store/hd-date.h"

static void
test_light_edges (void)
{
  static const struct {
    const char *deadline, *closed, *today;
    guint warning_days;
    HdLight expected;
  } cases[] = {
    { "2014-09-30", NULL, "2014-10-01", 3, HD_LIGHT_RED },          /* one day late */
    { "2014-09-30", NULL, "2014-09-30", 3, HD_LIGHT_YELLOW },       /* due today */
    { "2014-09-30", NULL, "2014-09-27", 3, HD_LIGHT_YELLOW },       /* due in exactly N days */
    { "2014-09-30", NULL, "2014-09-26", 3, HD_LIGHT_GREEN },        /* N + 1 days */
    { "2014-09-30", NULL, "2014-09-30", 0, HD_LIGHT_YELLOW },       /* N = 0: only on the day */
    { "2014-09-30", NULL, "2014-09-29", 0, HD_LIGHT_GREEN },
    { "2014-09-30", "2014-09-30", "2014-12-01", 3, HD_LIGHT_CLOSED },       /* closed on the day */
    { "2014-09-30", "2014-10-01", "2014-12-01", 3, HD_LIGHT_CLOSED_LATE },  /* the day after */
    { "2014-09-30", "2014-08-01", "2014-08-01", 3, HD_LIGHT_CLOSED },
    { NULL, NULL, "2014-09-30", 3, HD_LIGHT_GREEN },                /* long-term, no review */
    { NULL, "2015-01-01", "2015-02-01", 3, HD_LIGHT_CLOSED },       /* long-term, closed */
    { "2016-02-29", NULL, "2016-02-28", 3, HD_LIGHT_YELLOW },       /* leap day */
    { "2015-01-02", NULL, "2014-12-30", 3, HD_LIGHT_YELLOW },       /* across the year */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpint (hd_light_compute_iso (cases[i].deadline, cases[i].closed, cases[i].today,
                                           cases[i].warning_days), ==, cases[i].expected);
}

/* The ISO path (used by SQL) and the GDate path agree on every day of several years, leap days
 * and year ends included. */
static void
test_light_paths_agree (void)
{
  GDate today, deadline;

  g_date_clear (&today, 1);
  g_date_clear (&deadline, 1);
  g_date_set_dmy (&today, 1, G_DATE_JANUARY, 2015);
  g_date_set_dmy (&deadline, 25, G_DATE_DECEMBER, 2011);
  for (guint i = 0; i < 2400; i++)
    {
      g_autofree char *iso_deadline = hd_date_format_iso (&deadline);
      g_autofree char *iso_today = hd_date_format_iso (&today);

      for (guint n = 0; n <= 4; n++)
        {
          g_assert_cmpint (hd_light_compute_iso (iso_deadline, NULL, iso_today, n), ==,
                           hd_light_compute (&deadline, NULL, &today, n));
          g_assert_cmpint (hd_light_compute_iso (iso_deadline, iso_today, iso_today, n), ==,
                           hd_light_compute (&deadline, &today, &today, n));
        }
      g_date_add_days (&deadline, 1);
    }
  /* A value that is not a real day counts as none. */
  g_assert_cmpint (hd_light_compute_iso ("2014-02-30", NULL, "2014-01-01", 3), ==, HD_LIGHT_GREEN);
}

static void
test_light_sql (void)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open (":memory:", &db), ==, SQLITE_OK);
  g_assert_true (hd_light_register_sql (db));
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT hd_light ('2014-09-30', NULL, '2014-10-01', 3),"
                                           " hd_light (NULL, NULL, '2014-10-01', 3),"
                                           " hd_light ('2014-09-30', '2014-10-02', '2014-10-09', 3)",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, HD_LIGHT_RED);
  g_assert_cmpint (sqlite3_column_int (stmt, 1), ==, HD_LIGHT_GREEN);
  g_assert_cmpint (sqlite3_column_int (stmt, 2), ==, HD_LIGHT_CLOSED_LATE);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
}

static void
test_dates (void)
{
  static const struct { const char *typed; const char *iso; } cases[] = {
    { "2014-09-30", "2014-09-30" },
    { "2014/9/30", "2014-09-30" },
    { "2014.9.30", "2014-09-30" },
    { "2014年9月30日", "2014-09-30" },
    { " 2014 年 9 月 3 日 ", "2014-09-03" },
    { "2014年09月30", "2014-09-30" },
    { "2016/2/29", "2016-02-29" },
    { "2014-02-30", NULL },
    { "2015/2/29", NULL },
    { "2014-9/30", NULL },
    { "14/9/30", NULL },
    { "2014年13月1日", NULL },
    { "九月三十日", NULL },
    { "", NULL },
  };
  GDate date;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gboolean ok = hd_date_parse_typed (cases[i].typed, &date);
      g_autofree char *iso = ok ? hd_date_format_iso (&date) : NULL;

      g_assert_cmpstr (iso, ==, cases[i].iso);
    }

  g_assert_true (hd_date_parse_iso ("2014-09-30", &date));
  g_assert_false (hd_date_parse_iso ("2014/09/30", &date));
  g_assert_false (hd_date_parse_iso ("2014-9-30", &date));
  g_assert_false (hd_date_parse_iso (NULL, &date));
  g_assert_false (hd_date_parse_iso ("2014-02-29", &date));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/light/edges", test_light_edges);
  g_test_add_func ("/light/paths-agree", test_light_paths_agree);
  g_test_add_func ("/light/sql", test_light_sql);
  g_test_add_func ("/light/dates", test_dates);

  return g_test_run ();
}
