/* test-talks.c — the Talks area on the demo county (Xvfb in CI): the county team's matrix with
 * every pair not yet talked; a conversation entered with the form (which stays open for the next,
 * and refuses a name that is not on the rosters) turns its pair's cell to talked through, and the
 * counts and the to-do list follow. A meeting planned from the area, and a meeting's window: the
 * supervision group informed with its form ticks the checklist; a measure recorded, then made a
 * task of the ledger in one step. */
#include "common/hd-form-window.h"
#include "common/hd-name-completion.h"
#include "hd-gui-test.h"
#include "hd-test-util.h"
#include "hd-window.h"
#include "talks/hd-meeting-window.h"
#include "talks/hd-talk-form.h"
#include "talks/hd-talks-page.h"
#include "talks/hd-team-coverage.h"

static HdApplication *app;

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
  form = HD_FORM_WINDOW (hd_gui_test_get_toplevel (HD_TYPE_FORM_WINDOW));
  hd_talk_form_set_people (form, a, "无此人");
  g_assert_false (hd_form_window_activate (form));
  g_assert_nonnull (strstr (hd_form_window_get_error (form), "Nobody called “无此人”"));
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM talk"), ==, talks_before);
  /* The name completed from any part of it, after the names already written. */
  {
    GtkEntry *others = hd_talk_form_get_others_entry (form);
    g_autofree char *typed = g_strconcat ("某人、", g_utf8_next_char (b), NULL);
    g_autofree char *taken = g_strconcat ("某人、", b, NULL);
    gboolean offered = FALSE;
    guint index = 0;

    gtk_editable_set_text (GTK_EDITABLE (others), typed);
    for (guint i = 0; i < hd_name_completion_get_n_names (others); i++)
      if (g_str_equal (hd_name_completion_get_name (others, i), b))
        {
          offered = TRUE;
          index = i;
        }
    g_assert_true (offered);
    hd_name_completion_take (others, index);
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (others)), ==, taken);
    g_assert_cmpuint (hd_name_completion_get_n_names (others), ==, 0);
  }
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

/* The @n-th one-line field of @form, in the order of its rows. */
static GtkEditable *
nth_entry (HdFormWindow *form,
           guint         n)
{
  GtkWidget *found[16] = { NULL };
  guint count = 0;
  GtkWidget *stack[64];
  guint depth = 0;

  stack[depth++] = GTK_WIDGET (form);
  while (depth > 0)
    {
      GtkWidget *widget = stack[--depth];
      GtkWidget *children[32];
      guint n_children = 0;

      if (GTK_IS_ENTRY (widget))
        {
          if (count < G_N_ELEMENTS (found))
            found[count++] = widget;
          continue;
        }
      for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL && n_children < 32;
           child = gtk_widget_get_next_sibling (child))
        children[n_children++] = child;
      while (n_children > 0 && depth < G_N_ELEMENTS (stack))
        stack[depth++] = children[--n_children];
    }
  g_assert_cmpuint (n, <, count);
  return GTK_EDITABLE (found[n]);
}

static void
test_meeting (void)
{
  g_autofree char *dir = hd_test_make_tmpdir ();
  g_autofree char *db_path = hd_gui_test_make_demo_county (dir);
  HdWindow *window = HD_WINDOW (hd_gui_test_open_window (app, db_path));
  HdStore *store = hd_context_get_store (hd_window_get_context (window));
  gint64 meeting = hd_test_query_int (store, "SELECT id FROM meeting WHERE informed IS NULL AND date > '2014-06-15'"
                                             " ORDER BY id LIMIT 1");
  g_autofree char *unit_sql = g_strdup_printf ("SELECT unit_id FROM meeting WHERE id = %" G_GINT64_FORMAT, meeting);
  gint64 unit = hd_test_query_int (store, unit_sql);
  g_autofree char *leader_sql = g_strdup_printf ("SELECT p.name FROM team_member t JOIN person p ON p.id = t.person_id"
                                                 " WHERE t.unit_id = %" G_GINT64_FORMAT " ORDER BY t.role, t.position LIMIT 1",
                                                 unit);
  g_autofree char *leader = hd_test_query_text (store, leader_sql);
  g_autofree char *from_sql = g_strdup_printf ("SELECT prepare_from FROM meeting WHERE id = %" G_GINT64_FORMAT, meeting);
  g_autofree char *from = hd_test_query_text (store, from_sql);
  g_autofree char *informed = NULL;
  gint64 meetings_before = hd_test_query_int (store, "SELECT count(*) FROM meeting");
  gint64 tasks_before = hd_test_query_int (store, "SELECT count(*) FROM task");
  HdTalksPage *page;
  HdMeetingWindow *meeting_window;
  const HdMeetingRecord *record;
  HdFormWindow *form;
  gint64 measure, planned;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.area", "s", "talks"));
  page = hd_window_get_talks_page (window);
  hd_talks_page_set_unit (page, unit);

  /* Planned from the area: a meeting of the team, chosen at once. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "talks.plan-meeting", NULL));
  form = HD_FORM_WINDOW (hd_gui_test_get_toplevel (HD_TYPE_FORM_WINDOW));
  gtk_editable_set_text (nth_entry (form, 0), "2014-13-01");
  g_assert_false (hd_form_window_activate (form));
  g_assert_nonnull (strstr (hd_form_window_get_error (form), "not a date"));
  gtk_editable_set_text (nth_entry (form, 0), "2014-12-20");
  gtk_editable_set_text (nth_entry (form, 1), "2014-11-01");
  g_assert_true (hd_form_window_activate (form));
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM meeting"), ==, meetings_before + 1);
  planned = hd_test_query_int (store, "SELECT max(id) FROM meeting");
  g_assert_cmpint (hd_talks_page_get_meeting (page), ==, planned);
  /* Its planning undone, the area no longer offers it. */
  g_assert_true (hd_history_undo (hd_context_get_history (hd_window_get_context (window)), NULL));
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM meeting"), ==, meetings_before);
  g_assert_cmpint (hd_talks_page_get_meeting (page), !=, planned);
  g_assert_true (g_str_has_suffix (hd_talks_page_get_counts (page), "vacancies")
                 || g_str_has_suffix (hd_talks_page_get_counts (page), "vacancy"));

  /* The demo's meeting ahead, not yet informed. */
  hd_talks_page_set_meeting (page, meeting);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "talks.meeting", NULL));
  meeting_window = HD_MEETING_WINDOW (hd_gui_test_get_toplevel (HD_TYPE_MEETING_WINDOW));
  g_assert_cmpint (hd_meeting_window_get_record (meeting_window)->id, ==, meeting);
  g_assert_cmpstr (hd_meeting_window_get_item (meeting_window, HD_READINESS_INFORMED), ==,
                   "○ Supervision group not informed yet.");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (meeting_window), "meeting.informed", NULL));
  form = HD_FORM_WINDOW (hd_gui_test_get_toplevel (HD_TYPE_FORM_WINDOW));
  gtk_editable_set_text (nth_entry (form, 0), from);
  g_assert_true (hd_form_window_activate (form));
  informed = g_strdup_printf ("✔ Supervision group informed on %s.", from);
  g_assert_cmpstr (hd_meeting_window_get_item (meeting_window, HD_READINESS_INFORMED), ==, informed);

  /* Criticism names members of the team only: a name of nobody on it is refused. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (meeting_window), "meeting.criticism", NULL));
  form = HD_FORM_WINDOW (hd_gui_test_get_toplevel (HD_TYPE_FORM_WINDOW));
  gtk_editable_set_text (nth_entry (form, 0), "无此人");
  gtk_editable_set_text (nth_entry (form, 1), leader);
  g_assert_false (hd_form_window_activate (form));
  g_assert_nonnull (strstr (hd_form_window_get_error (form), "“无此人” is not a member"));
  gtk_window_destroy (GTK_WINDOW (form));
  g_assert_cmpuint (hd_meeting_window_get_record (meeting_window)->criticism->len, ==, 0);

  /* A measure, then its task: problem, measures and leader as recorded; the deadline added. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (meeting_window), "meeting.measure", NULL));
  form = HD_FORM_WINDOW (hd_gui_test_get_toplevel (HD_TYPE_FORM_WINDOW));
  gtk_editable_set_text (nth_entry (form, 0), "联系服务群众不够");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (hd_gui_test_find_widget (GTK_WIDGET (form),
                                                                                               GTK_TYPE_TEXT_VIEW))),
                            "每月接访群众不少于两次", -1);
  gtk_editable_set_text (nth_entry (form, 1), leader);
  g_assert_true (hd_form_window_activate (form));
  record = hd_meeting_window_get_record (meeting_window);
  g_assert_cmpuint (record->measures->len, ==, 1);
  measure = g_array_index (record->measures, HdMeetingMeasure, 0).id;
  g_assert_cmpstr (g_array_index (record->measures, HdMeetingMeasure, 0).leader, ==, leader);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (meeting_window), "meeting.make-task", "x", measure));
  form = HD_FORM_WINDOW (hd_gui_test_get_toplevel (HD_TYPE_FORM_WINDOW));
  g_assert_cmpstr (gtk_editable_get_text (nth_entry (form, 0)), ==, "联系服务群众不够");
  g_assert_cmpstr (gtk_editable_get_text (nth_entry (form, 1)), ==, leader);
  gtk_editable_set_text (nth_entry (form, 3), "2014-12-31");
  g_assert_true (hd_form_window_activate (form));
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM task"), ==, tasks_before + 1);
  record = hd_meeting_window_get_record (meeting_window);
  g_assert_cmpint (g_array_index (record->measures, HdMeetingMeasure, 0).task_id, ==,
                   hd_test_query_int (store, "SELECT max(id) FROM task"));
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM task WHERE problem = '联系服务群众不够'"
                                             " AND measures = '每月接访群众不少于两次' AND deadline = '2014-12-31'"), ==, 1);
  hd_gui_test_close_all_windows (app);
}

int
main (int argc, char *argv[])
{
  app = hd_gui_test_init (&argc, &argv, TRUE);
  g_test_add_func ("/talks/matrix", test_matrix);
  g_test_add_func ("/talks/meeting", test_meeting);
  return hd_gui_test_run (&app);
}
