/* test-context.c — a widget's hold on the context (hd_context_hold, hd_context_release): the
 * callback follows the history of the context held, moves with it, and stops once let go. */
#include "hd-context.h"
#include "hd-test-util.h"
#include "organisation/hd-unit-edit.h"

static void
count_cb (guint *calls)
{
  (*calls)++;
}

static HdContext *
new_context (HdStore *store)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GDate) today = g_date_new_dmy (30, G_DATE_SEPTEMBER, 2014);

  return hd_context_new (store, settings, today);
}

/* An edit through @context's history; the history says "changed" once. */
static void
edit (HdContext  *context,
      const char *name)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (hd_unit_create (hd_context_get_store (context), hd_context_get_history (context), 0,
                                   HD_UNIT_KIND_COUNTY, name, NULL, &error), >, 0);
  g_assert_no_error (error);
}

static void
test_hold (void)
{
  g_autoptr(HdStore) first_store = hd_test_new_store ("first.db", NULL);
  g_autoptr(HdStore) second_store = hd_test_new_store ("second.db", NULL);
  g_autoptr(HdContext) first = new_context (first_store);
  g_autoptr(HdContext) second = new_context (second_store);
  HdContext *held = NULL;
  gulong handler = 0;
  guint calls = 0;

  g_assert_true (hd_context_hold (&held, &handler, first, G_CALLBACK (count_cb), &calls));
  g_assert_true (held == first);
  g_assert_cmpuint (handler, !=, 0);
  edit (first, "贠家县");
  g_assert_cmpuint (calls, ==, 1);

  /* The same context again changes nothing: still one call an edit. */
  g_assert_false (hd_context_hold (&held, &handler, first, G_CALLBACK (count_cb), &calls));
  edit (first, "𠮷安县");
  g_assert_cmpuint (calls, ==, 2);

  /* Moved to another context: the first one's edits no longer call. */
  g_assert_true (hd_context_hold (&held, &handler, second, G_CALLBACK (count_cb), &calls));
  g_assert_true (held == second);
  edit (first, "示范县");
  g_assert_cmpuint (calls, ==, 2);
  edit (second, "隆岗县");
  g_assert_cmpuint (calls, ==, 3);

  /* Let go: no call, no reference, and a second release is harmless. */
  hd_context_release (&held, &handler);
  g_assert_null (held);
  g_assert_cmpuint (handler, ==, 0);
  edit (second, "城关县");
  g_assert_cmpuint (calls, ==, 3);
  hd_context_release (&held, &handler);
}

int
main (int   argc,
      char *argv[])
{
  hd_test_init_english (&argc, &argv);
  g_test_add_func ("/context/hold", test_hold);
  return g_test_run ();
}
