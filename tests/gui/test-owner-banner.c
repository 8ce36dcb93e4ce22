/* test-owner-banner.c — another office's records read-only in the window's editors: in the demo
 * county, the street 兴坪街道 (520921001) registered as a lower office; its task, its unit, its
 * person and its team show the banner with the office's name, and their fields and actions are
 * insensitive; the same editors on 南湾街道 (520921002), a street of ours, have no banner and
 * stay editable. Commands on a selection refuse the street's opinions and problems, and a
 * look-back round the street opened is shown read-only. */
#include <glib/gi18n-lib.h>

#include "common/hd-owner-banner.h"
#include "common/hd-question-window.h"
#include "exchange/hd-office.h"
#include "hd-gui-test.h"
#include "hd-test-util.h"
#include "hd-window.h"
#include "ledger/hd-ledger-page.h"
#include "ledger/hd-task-editor.h"
#include "organisation/hd-organisation-page.h"
#include "organisation/hd-person-editor.h"
#include "organisation/hd-team-editor.h"
#include "organisation/hd-unit-detail.h"
#include "organisation/hd-unit-editor.h"
#include "organisation/hd-person.h"
#include "lookback/hd-lookback.h"
#include "lookback/hd-lookback-page.h"
#include "lookback/hd-review-view.h"
#include "lookback/hd-round-items.h"
#include "lookback/hd-rounds-view.h"
#include "opinions/hd-opinions-page.h"
#include "opinions/hd-pick-button.h"
#include "opinions/hd-problem-editor.h"
#include "opinions/hd-problems-view.h"
#include "talks/hd-meeting-window.h"
#include "talks/hd-talk-form.h"

#define KEPT_BY_XINGPING "Kept by the office of “兴坪街道”: changes come with its packages."

static HdApplication *app;

typedef struct {
  char    *dir;
  char    *db_path;
  HdStore *store;
  gint64   xingping;        /* 兴坪街道: the lower office's */
  gint64   nanwan;          /* 南湾街道: ours */
  gint64   xingping_task;   /* a task of a unit under 兴坪街道 */
  gint64   nanwan_task;
  gint64   xingping_person;
  gint64   nanwan_person;
  gint64   xingping_problem;
  gint64   nanwan_problem;
  gint64   xingping_meeting;
  gint64   nanwan_meeting;
} County;

static void
county_clear (County *county)
{
  g_clear_object (&county->store);
  g_free (county->db_path);
  g_free (county->dir);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (County, county_clear)

static gint64
first_of_subtree (HdStore    *store,
                  const char *table,
                  gint64      unit_id)
{
  g_autofree char *sql = g_strdup_printf ("SELECT t.id FROM %s t JOIN unit u ON u.id = t.unit_id"
                                          " WHERE u.path LIKE (SELECT path FROM unit WHERE id = %" G_GINT64_FORMAT ") || '%%'"
                                          " ORDER BY t.id LIMIT 1", table, unit_id);
  gint64 id = hd_test_query_int (store, sql);

  g_assert_cmpint (id, >, 0);
  return id;
}

/* The first person on the roster of @unit_id itself (whom its team editor lists). */
static gint64
first_person (HdStore *store,
              gint64   unit_id)
{
  g_autofree char *sql = g_strdup_printf ("SELECT min(id) FROM person WHERE unit_id = %" G_GINT64_FORMAT, unit_id);
  gint64 id = hd_test_query_int (store, sql);

  g_assert_cmpint (id, >, 0);
  return id;
}

static void
county_make (County *county)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *key_path = NULL;
  g_autofree char *code = NULL;

  county->dir = hd_test_make_tmpdir ();
  county->db_path = hd_gui_test_make_demo_county (county->dir);
  county->store = hd_store_open (county->db_path, &error);
  g_assert_no_error (error);
  county->xingping = hd_test_query_int (county->store, "SELECT id FROM unit WHERE code = '520921001'");
  county->nanwan = hd_test_query_int (county->store, "SELECT id FROM unit WHERE code = '520921002'");
  g_assert_cmpint (county->xingping, >, 0);
  g_assert_cmpint (county->nanwan, >, 0);

  key_path = g_build_filename (county->dir, "xingping.hdk", NULL);
  g_assert_true (hd_office_register (county->store, county->xingping, key_path, &code, &error));
  g_assert_no_error (error);

  county->xingping_task = first_of_subtree (county->store, "task", county->xingping);
  county->nanwan_task = first_of_subtree (county->store, "task", county->nanwan);
  county->xingping_person = first_person (county->store, county->xingping);
  county->nanwan_person = first_person (county->store, county->nanwan);
  county->xingping_problem = first_of_subtree (county->store, "problem", county->xingping);
  county->nanwan_problem = first_of_subtree (county->store, "problem", county->nanwan);
  county->xingping_meeting = first_of_subtree (county->store, "meeting", county->xingping);
  county->nanwan_meeting = first_of_subtree (county->store, "meeting", county->nanwan);
}

static HdOwnerBanner *
banner_of (gpointer widget)
{
  GtkWidget *banner = hd_gui_test_find_widget (GTK_WIDGET (widget), HD_TYPE_OWNER_BANNER);

  g_assert_nonnull (banner);
  return HD_OWNER_BANNER (banner);
}

/* The banner's text when it is on screen, NULL when it is hidden. */
static const char *
banner_text (gpointer widget)
{
  HdOwnerBanner *banner = banner_of (widget);

  g_assert_cmpint (gtk_widget_get_visible (GTK_WIDGET (banner)), ==, hd_owner_banner_get_foreign (banner));
  return hd_owner_banner_get_text (banner);
}

static gboolean
has_action (GtkWidget     *widget,
            gconstpointer  action)
{
  return GTK_IS_ACTIONABLE (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0;
}

/* Whether the button for @action under @widget can be pressed. */
static gboolean
action_sensitive (gpointer    widget,
                  const char *action)
{
  GtkWidget *button = hd_gui_test_find_widget_where (GTK_WIDGET (widget), has_action, action);

  g_assert_nonnull (button);
  return gtk_widget_is_sensitive (button);
}

static void
test_banner_text (void)
{
  g_autofree char *text = hd_owner_banner_format ("兴坪街道");

  g_assert_cmpstr (text, ==, KEPT_BY_XINGPING);
}

static void
test_task_editor (void)
{
  g_auto(County) county = { 0 };
  HdWindow *window;
  HdTaskEditor *editor;
  GtkWidget *problem;

  county_make (&county);
  window = HD_WINDOW (hd_gui_test_open_window (app, county.db_path));
  editor = hd_ledger_page_get_editor (hd_window_get_ledger_page (window));
  problem = hd_gui_test_find_widget (GTK_WIDGET (editor), GTK_TYPE_TEXT_VIEW);

  /* The street's task: the banner with the office's name, nothing to change or delete. */
  hd_task_editor_set_task (editor, county.xingping_task);
  g_assert_cmpint (hd_task_editor_get_task_id (editor), ==, county.xingping_task);
  g_assert_cmpstr (banner_text (editor), ==, KEPT_BY_XINGPING);
  g_assert_false (gtk_widget_is_sensitive (problem));
  g_assert_false (action_sensitive (editor, "task.save"));
  g_assert_false (action_sensitive (editor, "task.delete"));
  g_assert_false (action_sensitive (editor, "task.add-progress"));
  g_assert_false (action_sensitive (editor, "task.save-result"));
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (hd_gui_test_find_widget_where (GTK_WIDGET (editor), has_action,
                                                                                       "task.choose-unit"))));

  /* A task of ours: no banner, editable as before. */
  hd_task_editor_set_task (editor, county.nanwan_task);
  g_assert_null (banner_text (editor));
  g_assert_true (gtk_widget_is_sensitive (problem));
  g_assert_true (action_sensitive (editor, "task.save"));
  g_assert_true (action_sensitive (editor, "task.delete"));
  g_assert_true (action_sensitive (editor, "task.add-progress"));

  /* A new task for the street would be the street's: it says so and Create waits for another
   * unit; for a unit of ours it is made as before. */
  hd_task_editor_start_new (editor, county.xingping);
  g_assert_cmpstr (banner_text (editor), ==, KEPT_BY_XINGPING);
  g_assert_false (action_sensitive (editor, "task.create"));
  g_assert_true (gtk_widget_is_sensitive (problem));
  hd_task_editor_start_new (editor, county.nanwan);
  g_assert_null (banner_text (editor));
  g_assert_true (action_sensitive (editor, "task.create"));

  hd_task_editor_set_task (editor, 0);
  g_assert_null (banner_text (editor));
  hd_gui_test_close_all_windows (app);
}

static void
test_organisation (void)
{
  g_auto(County) county = { 0 };
  HdWindow *window;
  HdContext *context;
  HdOrganisationPage *page;
  HdUnitDetail *detail;
  g_autoptr(HdUnit) xingping = NULL;
  g_autoptr(HdUnit) nanwan = NULL;
  g_autoptr(HdPerson) their_person = NULL;
  g_autoptr(HdPerson) our_person = NULL;
  HdUnitEditor *unit_editor;
  HdPersonEditor *person_editor;
  HdTeamEditor *team_editor;

  county_make (&county);
  window = HD_WINDOW (hd_gui_test_open_window (app, county.db_path));
  context = hd_window_get_context (window);
  page = hd_window_get_organisation_page (window);
  detail = hd_organisation_page_get_detail (page);
  xingping = hd_unit_load (county.store, county.xingping, NULL);
  nanwan = hd_unit_load (county.store, county.nanwan, NULL);
  their_person = hd_person_load (county.store, county.xingping_person, NULL);
  our_person = hd_person_load (county.store, county.nanwan_person, NULL);

  /* The street in the tree: its detail says whose it is; no child units, moves or deletion,
   * no people added; its editor still opens, to be read. */
  WAIT_FOR (hd_organisation_page_select_unit (page, county.xingping));
  g_assert_cmpstr (banner_text (detail), ==, KEPT_BY_XINGPING);
  g_assert_false (action_sensitive (window, "unit.add-child"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "unit.delete", NULL));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_null (hd_gui_test_find_toplevel (HD_TYPE_QUESTION_WINDOW));
  g_assert_false (action_sensitive (detail, "person.add"));

  g_assert_true (hd_organisation_page_select_unit (page, county.nanwan));
  g_assert_null (banner_text (detail));
  g_assert_true (action_sensitive (window, "unit.add-child"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "unit.delete", NULL));
  WAIT_FOR (hd_gui_test_find_toplevel (HD_TYPE_QUESTION_WINDOW) != NULL);
  gtk_window_destroy (hd_gui_test_find_toplevel (HD_TYPE_QUESTION_WINDOW));
  g_assert_true (action_sensitive (detail, "person.add"));

  /* The unit editor. */
  unit_editor = hd_unit_editor_new_edit (GTK_WINDOW (window), context, xingping);
  g_assert_cmpstr (banner_text (unit_editor), ==, KEPT_BY_XINGPING);
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (hd_unit_editor_get_name_entry (unit_editor))));
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (hd_unit_editor_get_save_button (unit_editor))));
  gtk_window_destroy (GTK_WINDOW (unit_editor));
  unit_editor = hd_unit_editor_new_add (GTK_WINDOW (window), context, xingping);
  g_assert_cmpstr (banner_text (unit_editor), ==, KEPT_BY_XINGPING);
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (hd_unit_editor_get_save_button (unit_editor))));
  gtk_window_destroy (GTK_WINDOW (unit_editor));
  unit_editor = hd_unit_editor_new_edit (GTK_WINDOW (window), context, nanwan);
  g_assert_null (banner_text (unit_editor));
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (hd_unit_editor_get_name_entry (unit_editor))));
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (hd_unit_editor_get_save_button (unit_editor))));
  gtk_window_destroy (GTK_WINDOW (unit_editor));

  /* The person editor. */
  person_editor = hd_person_editor_new_edit (GTK_WINDOW (window), context, their_person);
  g_assert_cmpstr (banner_text (person_editor), ==, KEPT_BY_XINGPING);
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (hd_person_editor_get_name_entry (person_editor))));
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (hd_person_editor_get_save_button (person_editor))));
  gtk_window_destroy (GTK_WINDOW (person_editor));
  person_editor = hd_person_editor_new_edit (GTK_WINDOW (window), context, our_person);
  g_assert_null (banner_text (person_editor));
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (hd_person_editor_get_name_entry (person_editor))));
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (hd_person_editor_get_save_button (person_editor))));
  gtk_window_destroy (GTK_WINDOW (person_editor));

  /* The team editor: the street's team is shown, its role drop-downs cannot be changed. */
  team_editor = hd_team_editor_new (GTK_WINDOW (window), context, xingping);
  g_assert_cmpstr (banner_text (team_editor), ==, KEPT_BY_XINGPING);
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (hd_team_editor_get_role_dropdown (team_editor,
                                                                                           county.xingping_person))));
  gtk_window_destroy (GTK_WINDOW (team_editor));
  team_editor = hd_team_editor_new (GTK_WINDOW (window), context, nanwan);
  g_assert_null (banner_text (team_editor));
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (hd_team_editor_get_role_dropdown (team_editor,
                                                                                          county.nanwan_person))));
  gtk_window_destroy (GTK_WINDOW (team_editor));

  hd_gui_test_close_all_windows (app);
}

/* Whether the first field of @type in @window can be changed. */
static gboolean
field_sensitive (gpointer window,
                 GType    type)
{
  GtkWidget *field = hd_gui_test_find_widget (GTK_WIDGET (window), type);

  g_assert_nonnull (field);
  return gtk_widget_is_sensitive (field);
}

static void
test_other_editors (void)
{
  g_auto(County) county = { 0 };
  HdWindow *window;
  HdContext *context;
  HdProblemEditor *problem_editor;
  HdMeetingWindow *meeting;
  HdFormWindow *talk_form;
  g_autoptr(GError) error = NULL;

  county_make (&county);
  window = HD_WINDOW (hd_gui_test_open_window (app, county.db_path));
  context = hd_window_get_context (window);

  /* The problem editor. */
  problem_editor = hd_problem_editor_new_for_problem (GTK_WINDOW (window), context, county.xingping_problem, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (banner_text (problem_editor), ==, KEPT_BY_XINGPING);
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (hd_problem_editor_get_summary_entry (problem_editor))));
  g_assert_false (action_sensitive (problem_editor, "editor.save"));
  gtk_window_destroy (GTK_WINDOW (problem_editor));
  problem_editor = hd_problem_editor_new_for_problem (GTK_WINDOW (window), context, county.nanwan_problem, &error);
  g_assert_no_error (error);
  g_assert_null (banner_text (problem_editor));
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (hd_problem_editor_get_summary_entry (problem_editor))));
  g_assert_true (action_sensitive (problem_editor, "editor.save"));
  gtk_window_destroy (GTK_WINDOW (problem_editor));

  /* The meeting window: the street's meeting is shown with nothing to record; ours as before. */
  meeting = hd_meeting_window_new (GTK_WINDOW (window), context, county.xingping_meeting);
  g_assert_nonnull (hd_meeting_window_get_record (meeting));
  g_assert_cmpstr (banner_text (meeting), ==, KEPT_BY_XINGPING);
  g_assert_false (action_sensitive (meeting, "meeting.criticism"));
  g_assert_false (action_sensitive (meeting, "meeting.measure"));
  g_assert_true (action_sensitive (meeting, "meeting.print-sign-in"));
  gtk_window_destroy (GTK_WINDOW (meeting));
  meeting = hd_meeting_window_new (GTK_WINDOW (window), context, county.nanwan_meeting);
  g_assert_null (banner_text (meeting));
  g_assert_true (action_sensitive (meeting, "meeting.criticism"));
  g_assert_true (action_sensitive (meeting, "meeting.measure"));
  gtk_window_destroy (GTK_WINDOW (meeting));

  /* The conversations of the street's team are the street's to record (an HdFormWindow). */
  talk_form = hd_talk_form_new (GTK_WINDOW (window), context, county.xingping, 0, 0, 0);
  g_assert_cmpstr (banner_text (talk_form), ==, KEPT_BY_XINGPING);
  g_assert_false (field_sensitive (talk_form, GTK_TYPE_ENTRY));
  g_assert_false (hd_form_window_activate (talk_form));
  gtk_window_destroy (GTK_WINDOW (talk_form));
  talk_form = hd_talk_form_new (GTK_WINDOW (window), context, county.nanwan, 0, 0, 0);
  g_assert_null (banner_text (talk_form));
  g_assert_true (field_sensitive (talk_form, GTK_TYPE_ENTRY));
  gtk_window_destroy (GTK_WINDOW (talk_form));

  hd_gui_test_close_all_windows (app);
}

#define REFUSED_XINGPING "Some of the selected records are kept by the office of “兴坪街道”: only that office" \
                         " changes them, and its packages bring the changes here. Leave them out of the" \
                         " selection and try again."

/* Shows the opinions of @unit_id's subtree and selects the first. */
static void
select_first_opinion (HdOpinionsPage *page,
                      gint64          unit_id)
{
  /* The page makes a new list for the new filter. */
  hd_pick_button_set_id (hd_opinions_page_get_unit_button (page), unit_id);
  WAIT_FOR (!hd_opinions_page_get_loading (page)
            && g_list_model_get_n_items (G_LIST_MODEL (hd_opinions_page_get_selection (page))) > 0);
  g_assert_true (gtk_selection_model_select_item (GTK_SELECTION_MODEL (hd_opinions_page_get_selection (page)), 0, TRUE));
}

static void
test_list_commands (void)
{
  g_auto(County) county = { 0 };
  g_autoptr(GError) error = NULL;
  HdLookbackRoundFields fields = { "兴坪街道回头看", 0, HD_LOOKBACK_ALL_PLANS, "2014-09-30" };
  g_autofree char *sql = NULL;
  HdWindow *window;
  HdOpinionsPage *page;
  HdProblemsView *problems;
  HdLookbackPage *lookback;
  HdRoundItems *items;
  HdReviewView *review;
  const char *count_closed = "SELECT count(*) FROM opinion WHERE status = 'closed'";
  gint64 closed_before, their_round, our_round;

  county_make (&county);
  /* Two rounds: one the street opened (as its package would bring it), one of ours. */
  fields.unit_id = county.xingping;
  their_round = hd_lookback_open (county.store, NULL, &fields, &error);
  g_assert_no_error (error);
  fields.name = "南湾街道回头看";
  fields.unit_id = county.nanwan;
  our_round = hd_lookback_open (county.store, NULL, &fields, &error);
  g_assert_no_error (error);
  sql = g_strdup_printf ("INSERT INTO exchange_owner (uuid, office_id)"
                           " SELECT uuid, (SELECT id FROM office) FROM lookback_round WHERE id = %" G_GINT64_FORMAT,
                           their_round);
  hd_test_exec (county.store, sql);
  closed_before = hd_test_query_int (county.store, count_closed);

  window = HD_WINDOW (hd_gui_test_open_window (app, county.db_path));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.area", "s", "opinions"));
  page = HD_OPINIONS_PAGE (hd_gui_test_find_widget (GTK_WIDGET (window), HD_TYPE_OPINIONS_PAGE));
  g_assert_nonnull (page);

  /* The street's opinion: marking it is refused with the office's name, nothing changes. */
  select_first_opinion (page, county.xingping);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "opinions.mark-closed", NULL));
  g_assert_cmpstr (hd_opinions_page_get_error (page), ==, REFUSED_XINGPING);
  g_assert_cmpint (hd_test_query_int (county.store, count_closed), ==, closed_before);
  /* Deleting, merging, making a task: refused the same way, no window opens. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "opinions.delete", NULL));
  g_assert_cmpstr (hd_opinions_page_get_error (page), ==, REFUSED_XINGPING);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "opinions.merge", NULL));
  g_assert_cmpstr (hd_opinions_page_get_error (page), ==, REFUSED_XINGPING);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "opinions.create-task", NULL));
  g_assert_cmpstr (hd_opinions_page_get_error (page), ==, REFUSED_XINGPING);
  g_assert_null (hd_opinions_page_get_open_editor (page));

  /* An opinion of ours is marked as before. */
  select_first_opinion (page, county.nanwan);
  {
    g_autoptr(GObject) opinion = g_list_model_get_item (G_LIST_MODEL (hd_opinions_page_get_selection (page)), 0);
    g_autofree char *status_sql = NULL;

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "opinions.mark-closed", NULL));
    g_assert_null (hd_opinions_page_get_error (page));
    status_sql = g_strdup_printf ("SELECT status = 'closed' FROM opinion WHERE id = %" G_GINT64_FORMAT,
                                  hd_opinion_get_id (HD_OPINION (opinion)));
    g_assert_cmpint (hd_test_query_int (county.store, status_sql), ==, 1);
  }

  /* The problems view: the street's problem is neither deleted nor given a task. */
  problems = hd_opinions_page_get_problems_view (page);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "opinions.show-view", "s", "problems"));
  hd_pick_button_set_id (hd_problems_view_get_unit_button (problems), county.xingping);
  WAIT_FOR (!hd_problems_view_get_loading (problems)
            && g_list_model_get_n_items (G_LIST_MODEL (hd_problems_view_get_selection (problems))) > 0);
  gtk_single_selection_set_selected (hd_problems_view_get_selection (problems), 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (problems), "problems.delete", NULL));
  g_assert_cmpstr (hd_problems_view_get_error (problems), ==, REFUSED_XINGPING);
  g_assert_null (hd_problems_view_get_open_window (problems));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (problems), "problems.create-task", NULL));
  g_assert_cmpstr (hd_problems_view_get_error (problems), ==, REFUSED_XINGPING);
  g_assert_null (hd_problems_view_get_open_window (problems));
  hd_pick_button_set_id (hd_problems_view_get_unit_button (problems), county.nanwan);
  WAIT_FOR (!hd_problems_view_get_loading (problems)
            && g_list_model_get_n_items (G_LIST_MODEL (hd_problems_view_get_selection (problems))) > 0);
  gtk_single_selection_set_selected (hd_problems_view_get_selection (problems), 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (problems), "problems.create-task", NULL));
  g_assert_null (hd_problems_view_get_error (problems));
  g_assert_nonnull (hd_problems_view_get_open_window (problems));
  gtk_window_destroy (hd_problems_view_get_open_window (problems));

  /* The street's look-back round: the banner, no outcomes confirmed or set, no closing, no
   * review saved; our round as before. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.area", "s", "lookback"));
  lookback = hd_window_get_lookback_page (window);
  items = hd_rounds_view_get_items (hd_lookback_page_get_rounds (lookback));
  review = hd_lookback_page_get_review (lookback);
  hd_round_items_set_round (items, their_round);
  g_assert_cmpstr (banner_text (items), ==, KEPT_BY_XINGPING);
  g_assert_false (action_sensitive (items, "round.confirm-proposed"));
  g_assert_false (action_sensitive (items, "round.set-outcome"));
  gtk_widget_activate_action (GTK_WIDGET (items), "round.close", NULL);
  g_free (sql);
  sql = g_strdup_printf ("SELECT closed IS NULL FROM lookback_round WHERE id = %" G_GINT64_FORMAT, their_round);
  g_assert_cmpint (hd_test_query_int (county.store, sql), ==, 1);
  hd_review_view_set_round (review, their_round);
  g_assert_cmpstr (banner_text (review), ==, KEPT_BY_XINGPING);
  g_assert_false (action_sensitive (review, "review.save"));
  g_assert_false (hd_review_view_save (review));

  hd_round_items_set_round (items, our_round);
  g_assert_null (banner_text (items));
  g_assert_true (action_sensitive (items, "round.confirm-proposed"));
  g_assert_true (action_sensitive (items, "round.set-outcome"));
  hd_review_view_set_round (review, our_round);
  g_assert_null (banner_text (review));
  g_assert_true (action_sensitive (review, "review.save"));

  hd_gui_test_close_all_windows (app);
}

int
main (int   argc,
      char *argv[])
{
  app = hd_gui_test_init (&argc, &argv, TRUE);

  g_test_add_func ("/owner-banner/text", test_banner_text);
  g_test_add_func ("/owner-banner/task-editor", test_task_editor);
  g_test_add_func ("/owner-banner/organisation", test_organisation);
  g_test_add_func ("/owner-banner/other-editors", test_other_editors);
  g_test_add_func ("/owner-banner/list-commands", test_list_commands);

  return hd_gui_test_run (&app);
}
