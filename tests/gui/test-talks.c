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

static void
test_matrix (void)
{
  g_autofree char *dir = hd_test_make_tmpdir ();
  g_autofree char *db_path = hd_gui_test_make_demo_county (dir);
  HdWindow *window = HD_WINDOW (hd_gui_test_open_window (app, db_path));
  HdStore *store = hd_context_get_store (hd_window_get_context (window));
  HdTalksPage *page;
  HdFormWindow *form;
  g_autofree char *principal = NULL;
  g_autofree char *member = NULL;
  g_autofree char *expected = NULL;
  gint64 county, principal_id, member_id, n_pairs;
  const char *todo;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.area", "s", "talks"));
  g_assert_cmpstr (hd_window_get_area (window), ==, "talks");
  page = hd_window_get_talks_page (window);

  county = hd_test_query_int (store, "SELECT id FROM unit WHERE parent_id IS NULL");
  principal_id = hd_test_query_int (store, "SELECT person_id FROM team_member WHERE role = 0 AND unit_id ="
                                           " (SELECT id FROM unit WHERE parent_id IS NULL)");
  member_id = hd_test_query_int (store, "SELECT person_id FROM team_member WHERE role = 1 AND unit_id ="
                                        " (SELECT id FROM unit WHERE parent_id IS NULL) ORDER BY position, id LIMIT 1");
  {
    g_autofree char *sql = g_strdup_printf ("SELECT name FROM person WHERE id = %" G_GINT64_FORMAT, principal_id);
    g_autofree char *sql_member = g_strdup_printf ("SELECT name FROM person WHERE id = %" G_GINT64_FORMAT, member_id);

    principal = hd_test_query_text (store, sql);
    member = hd_test_query_text (store, sql_member);
  }
  g_assert_cmpint (county, >, 0);

  /* No conversation yet: every required pair not yet talked. */
  g_assert_cmpstr (hd_talks_page_get_cell (page, principal_id, member_id), ==, "Not yet talked");
  n_pairs = g_ascii_strtoll (hd_talks_page_get_counts (page), NULL, 10);
  g_assert_cmpint (n_pairs, >, 10);
  expected = g_strdup_printf ("%" G_GINT64_FORMAT " pairs required: 0 talked through, 0 with topics missing, %"
                              G_GINT64_FORMAT " not yet talked", n_pairs, n_pairs);
  g_assert_true (g_str_has_prefix (hd_talks_page_get_counts (page), expected));

  /* A name on no roster is refused; then the pair's conversation, all five topics. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "talks.new", NULL));
  form = open_form ();
  hd_talk_form_set_people (form, principal, "无此人");
  g_assert_false (hd_form_window_activate (form));
  g_assert_nonnull (strstr (hd_form_window_get_error (form), "Nobody called “无此人”"));
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM talk"), ==, 0);
  hd_talk_form_set_people (form, principal, member);
  for (guint i = 0; i < 5; i++)
    hd_talk_form_set_topic (form, i, TRUE);
  hd_talk_form_set_content (form, "谈了班子和个人存在的问题");
  g_assert_true (hd_form_window_activate (form));
  g_assert_nonnull (strstr (hd_form_window_get_status (form), "1 conversation recorded"));
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM talk WHERE topics = 31"), ==, 1);

  /* The form stays open for the next record; the matrix shows the pair talked through. */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (form)));
  gtk_window_destroy (GTK_WINDOW (form));
  g_assert_cmpstr (hd_talks_page_get_cell (page, principal_id, member_id), ==, "Talked through");
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("%" G_GINT64_FORMAT " pairs required: 1 talked through, 0 with topics missing, %"
                              G_GINT64_FORMAT " not yet talked", n_pairs, n_pairs - 1);
  g_assert_true (g_str_has_prefix (hd_talks_page_get_counts (page), expected));
  todo = hd_talks_page_get_todo (page);
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("%s — %s:", principal, member);
  g_assert_null (strstr (todo, expected));
  hd_gui_test_close_all_windows (app);
}

int
main (int argc, char *argv[])
{
  app = hd_gui_test_init (&argc, &argv, TRUE);
  g_test_add_func ("/talks/matrix", test_matrix);
  return hd_gui_test_run (&app);
}
