/* test-enum.c — enumerations as one table: tokens, back, and labels. */
#include <glib/gi18n-lib.h>
#include <locale.h>

#include "hd-test-util.h"
#include "ledger/hd-light.h"
#include "ledger/hd-task.h"
#include "opinions/hd-opinion.h"
#include "organisation/hd-person.h"
#include "organisation/hd-unit.h"

static void
test_round_trip (void)
{
  static const char * const kinds[] = {
    "province", "city", "county", "township", "street", "village", "community", "department", "other",
  };

  g_assert_cmpint (G_N_ELEMENTS (kinds), ==, HD_UNIT_N_KINDS);
  for (guint i = 0; i < HD_UNIT_N_KINDS; i++)
    {
      HdUnitKind kind = HD_UNIT_KIND_OTHER;

      g_assert_cmpstr (hd_unit_kind_to_string ((HdUnitKind) i), ==, kinds[i]);
      g_assert_true (hd_unit_kind_from_string (kinds[i], &kind));
      g_assert_cmpint (kind, ==, i);
    }
  for (guint i = 0; i < HD_OPINION_N_STATUSES; i++)
    {
      HdOpinionStatus status = HD_OPINION_N_STATUSES;

      g_assert_true (hd_opinion_status_from_string (hd_opinion_status_to_string ((HdOpinionStatus) i), &status));
      g_assert_cmpint (status, ==, i);
    }
  g_assert_cmpstr (hd_light_to_string (HD_LIGHT_CLOSED_LATE), ==, "closed_late");
  g_assert_cmpstr (hd_verdict_to_string (HD_VERDICT_BASICALLY_SATISFIED), ==, "basically_satisfied");
  g_assert_cmpstr (hd_category_to_string (HD_CATEGORY_VITAL_INTERESTS), ==, "vital_interests");
}

/* A token that is not there, or none, finds nothing and leaves the value as it was. */
static void
test_unknown (void)
{
  HdTaskKind kind = HD_TASK_KIND_LONG_TERM;
  HdVerdict verdict = HD_VERDICT_SATISFIED;
  HdRuleAction action = HD_RULE_ACTION_KEEP;

  g_assert_false (hd_task_kind_from_string ("Long_term", &kind));
  g_assert_false (hd_task_kind_from_string ("", &kind));
  g_assert_false (hd_task_kind_from_string (NULL, &kind));
  g_assert_cmpint (kind, ==, HD_TASK_KIND_LONG_TERM);

  /* The NONE values store nothing: no token names them. */
  g_assert_null (hd_verdict_to_string (HD_VERDICT_NONE));
  g_assert_null (hd_rule_action_to_string (HD_RULE_ACTION_NONE));
  g_assert_false (hd_verdict_from_string (NULL, &verdict));
  g_assert_cmpint (verdict, ==, HD_VERDICT_SATISFIED);
  g_assert_true (hd_rule_action_from_string ("abolish", &action));
  g_assert_cmpint (action, ==, HD_RULE_ACTION_ABOLISH);
}

static void
test_labels (void)
{
  g_assert_cmpstr (hd_task_kind_get_label (HD_TASK_KIND_DEADLINE), ==, "Fix by a deadline");
  g_assert_cmpstr (hd_unit_kind_get_label (HD_UNIT_KIND_DEPARTMENT), ==, "County department");
  g_assert_cmpstr (hd_light_get_label (HD_LIGHT_RED), ==, "Red: overdue");
  g_assert_cmpstr (hd_verdict_get_label (HD_VERDICT_NONE), ==, "Not judged");
  g_assert_cmpstr (hd_opinion_channel_get_label (HD_OPINION_CHANNEL_VISIT), ==, "Home visit");
  /* A value that shows nothing. */
  g_assert_cmpstr (hd_gender_get_label (HD_GENDER_UNKNOWN), ==, "");
  g_assert_cmpstr (hd_gender_get_label (HD_GENDER_FEMALE), ==, "Female");
}

/* The labels are translated with their table's context, as the catalogue has them. */
static void
test_labels_chinese (void)
{
  const char *localedir = g_getenv ("HUODONGBAN_LOCALEDIR");

  if (localedir == NULL)
    {
      g_test_skip ("HUODONGBAN_LOCALEDIR names no built catalogue");
      return;
    }
  g_setenv ("LANGUAGE", "zh_CN", TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  g_assert_cmpstr (hd_unit_kind_get_label (HD_UNIT_KIND_COUNTY), ==, "县");
  g_assert_cmpstr (hd_task_kind_get_label (HD_TASK_KIND_IMMEDIATE), ==, "立行立改");
  g_assert_cmpstr (hd_verdict_get_label (HD_VERDICT_DISSATISFIED), ==, "不满意");
  g_assert_cmpstr (hd_gender_get_label (HD_GENDER_MALE), ==, "男");
  g_assert_cmpstr (hd_category_get_label (HD_CATEGORY_FORMALISM), ==, "形式主义");

  g_setenv ("LANGUAGE", "C", TRUE);
}

int
main (int   argc,
      char *argv[])
{
  hd_test_init_english (&argc, &argv);

  g_test_add_func ("/enum/round-trip", test_round_trip);
  g_test_add_func ("/enum/unknown", test_unknown);
  g_test_add_func ("/enum/labels", test_labels);
  g_test_add_func ("/enum/labels-chinese", test_labels_chinese);

  return g_test_run ();
}
