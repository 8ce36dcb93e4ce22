/* test-talks.c — the Talks area on the demo county (Xvfb in CI): the county team's matrix with
 * every pair not yet talked; a conversation entered with the form (which stays open for the next,
 * and refuses a name that is not on the rosters) turns its pair's cell to talked through, and the
 * counts and the to-do list follow. */
#include "common/hd-form-window.h"
#include "hd-gui-test.h"
#include "hd-test-util.h"
#include "hd-window.h"
#include "talks/hd-talk-form.h"
#include "talks/hd-talks-page.h"
#include "talks/hd-team-coverage.h"

static HdApplication *app;

static HdFormWindow *
open_form (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (HD_IS_FORM_WINDOW (window))
        return HD_FORM_WINDOW (window);
    }
  g_error ("no form window is open");
}

/* The first team of the demo county with a pair that has not talked everything through, that
 * pair, and how many of the team's pairs are done. */
static gint64
find_pair (HdStore        *store,
           HdRequiredPair *found,
           guint          *n_pairs,
           guint          *n_done)
{
  g_autoptr(GArray) units = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (hd_store_get_db (store),
                                       "SELECT DISTINCT unit_id FROM team_member ORDER BY unit_id", -1, &stmt, NULL),
                   ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 unit = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (units, unit);
    }
  sqlite3_finalize (stmt);
  for (guint u = 0; u < units->len; u++)
    {
      g_autoptr(GError) error = NULL;
      gint64 unit = g_array_index (units, gint64, u);
      g_autoptr(GArray) pairs = hd_team_coverage_read (store, unit, 0, &error);
      gboolean chosen = FALSE;

      g_assert_no_error (error);
      *n_pairs = *n_done = 0;
      for (guint i = 0; i < pairs->len; i++)
        {
          HdRequiredPair *pair = &g_array_index (pairs, HdRequiredPair, i);

          *n_pairs += pair->state != HD_PAIR_VACANT;
          *n_done += pair->state == HD_PAIR_DONE;
          if (!chosen && (pair->state == HD_PAIR_MISSING || pair->state == HD_PAIR_TOPICS_MISSING))
            {
              *found = *pair;
              chosen = TRUE;
            }
        }
      if (chosen)
        return unit;
    }
  g_assert_not_reached ();
}

static char *
name_of (HdStore *store,
         gint64   id)
{
  g_autofree char *sql = g_strdup_printf ("SELECT name FROM person WHERE id = %" G_GINT64_FORMAT, id);

  return hd_test_query_text (store, sql);
}

static void
test_matrix (void)
{
  g_autofree char *dir = hd_test_make_tmpdir ();
  g_autofree char *db_path = hd_gui_test_make_demo_county (dir);
  HdWindow *window = HD_WINDOW (hd_gui_test_open_window (app, db_path));
  HdStore *store = hd_context_get_store (hd_window_get_context (window));
  HdTalksPage *page;
  HdFormWindow *form;
  HdRequiredPair pair;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *todo_line = NULL;
  guint n_pairs = 0, n_done = 0;
  gint64 unit, talks_before;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.area", "s", "talks"));
  g_assert_cmpstr (hd_window_get_area (window), ==, "talks");
  page = hd_window_get_talks_page (window);

  /* A team with a pair still to talk, every conversation counted. */
  unit = find_pair (store, &pair, &n_pairs, &n_done);
  a = name_of (store, pair.a);
  b = name_of (store, pair.b);
  hd_talks_page_set_unit (page, unit);
  hd_talks_page_set_meeting (page, 0);
  g_assert_true (g_str_has_prefix (hd_talks_page_get_cell (page, pair.a, pair.b),
                                   pair.state == HD_PAIR_MISSING ? "Not yet talked" : "Topics "));
  expected = g_strdup_printf ("%u pairs required: %u talked through,", n_pairs, n_done);
  g_assert_true (g_str_has_prefix (hd_talks_page_get_counts (page), expected));
  todo_line = g_strdup_printf ("%s — %s:", a, b);
  g_assert_nonnull (strstr (hd_talks_page_get_todo (page), todo_line));

  /* A name on no roster is refused; then the pair's conversation, all five topics. */
  talks_before = hd_test_query_int (store, "SELECT count(*) FROM talk");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "talks.new", NULL));
  form = open_form ();
  hd_talk_form_set_people (form, a, "无此人");
  g_assert_false (hd_form_window_activate (form));
  g_assert_nonnull (strstr (hd_form_window_get_error (form), "Nobody called “无此人”"));
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM talk"), ==, talks_before);
  hd_talk_form_set_people (form, a, b);
  for (guint i = 0; i < 5; i++)
    hd_talk_form_set_topic (form, i, TRUE);
  hd_talk_form_set_content (form, "谈了班子和个人存在的问题");
  g_assert_true (hd_form_window_activate (form));
  g_assert_nonnull (strstr (hd_form_window_get_status (form), "1 conversation recorded"));
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM talk"), ==, talks_before + 1);

  /* The form stays open for the next record; the matrix shows the pair talked through. */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (form)));
  gtk_window_destroy (GTK_WINDOW (form));
  g_assert_cmpstr (hd_talks_page_get_cell (page, pair.a, pair.b), ==, "Talked through");
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("%u pairs required: %u talked through,", n_pairs, n_done + 1);
  g_assert_true (g_str_has_prefix (hd_talks_page_get_counts (page), expected));
  g_assert_null (strstr (hd_talks_page_get_todo (page), todo_line));
  hd_gui_test_close_all_windows (app);
}

int
main (int argc, char *argv[])
{
  app = hd_gui_test_init (&argc, &argv, TRUE);
  g_test_add_func ("/talks/matrix", test_matrix);
  return hd_gui_test_run (&app);
}
