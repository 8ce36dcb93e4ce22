/* test-opinions.c — the Opinions area in the real window (Xvfb in CI), driven as a clerk would:
 * typing opinions from a stack of questionnaires, finding one, merging them into a problem and
 * turning it into a rectification task. Every value checked in the database itself. */
#include <glib/gi18n-lib.h>

#include "common/hd-question-window.h"
#include "demo/hd-demo.h"
#include "hd-application.h"
#include "hd-gui-test.h"
#include "hd-test-util.h"
#include "hd-window.h"
#include "ledger/hd-ledger-page.h"
#include "opinions/hd-opinion.h"
#include "opinions/hd-opinions-page.h"
#include "opinions/hd-problem-editor.h"
#include "opinions/hd-problem.h"
#include "opinions/hd-problems-view.h"
#include "opinions/hd-task-form.h"
#include "organisation/hd-person-edit.h"
#include "organisation/hd-unit-edit.h"

static HdApplication *app;

/* Chooses unit @name in @button's chooser by typing it, as the clerk does. */
static void
choose_unit (HdPickButton *button,
             const char   *name,
             gint64        expected_id)
{
  HdSearchChooser *chooser = hd_pick_button_choose (button);
  GListModel *hits = hd_search_chooser_get_hits (chooser);

  gtk_editable_set_text (hd_search_chooser_get_entry (chooser), name);
  WAIT_FOR (g_list_model_get_n_items (hits) > 0);
  hd_search_chooser_choose (chooser, 0);
  g_assert_cmpint (hd_pick_button_get_id (button), ==, expected_id);
}

static void
set_content (HdOpinionForm *form,
             const char    *text)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (hd_opinion_form_get_content_view (form));

  gtk_text_buffer_set_text (buffer, "", 0);
  gtk_text_buffer_insert_at_cursor (buffer, text, -1);
}

static guint
n_rows (HdOpinionsPage *page)
{
  return g_list_model_get_n_items (G_LIST_MODEL (hd_opinions_page_get_selection (page)));
}

static gboolean
is_column_view_of (GtkWidget     *widget,
                   gconstpointer  model)
{
  return GTK_IS_COLUMN_VIEW (widget) && gtk_column_view_get_model (GTK_COLUMN_VIEW (widget)) == model;
}

/* The column view under @widget that shows @model. */
static GtkColumnView *
find_column_view (GtkWidget         *widget,
                  GtkSelectionModel *model)
{
  return (GtkColumnView *) hd_gui_test_find_widget_where (widget, is_column_view_of, model);
}

static void
test_opinion_to_task (void)
{
  g_autofree char *dir = hd_test_make_tmpdir ();
  g_autoptr(HdStore) store = hd_test_open_store (dir, "county.db");
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *first_content = NULL;
  g_autofree char *count_opinions = NULL;
  g_autofree char *source = NULL;
  HdOpinionsPage *page;
  HdOpinionForm *form;
  HdProblemEditor *merge;
  HdTaskForm *task_form;
  HdTaskEditor *editor;
  GtkWindow *window;
  GtkTextBuffer *buffer;
  HdContext *context;
  gint64 township_id, problem_id, task_id;
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 30, G_DATE_SEPTEMBER, 2014);
  g_assert_true (hd_demo_generate (store, HD_DEMO_SCALE_COUNTY, 1, &today, &error));
  g_assert_no_error (error);
  /* The demo brings opinions and tasks of its own: the test's go to a township of their own,
   * and the list shows that township's. */
  {
    g_autoptr(HdHistory) history = hd_history_new (store, 1);

    township_id = hd_unit_create (store, history,
                                  hd_test_query_int (store, "SELECT id FROM unit WHERE parent_id IS NULL OR parent_id = 0 LIMIT 1"),
                                  HD_UNIT_KIND_TOWNSHIP, "试验镇", NULL, &error);
    g_assert_no_error (error);
  }

  window = hd_gui_test_open_window (app, hd_store_get_path (store));
  context = hd_window_get_context (HD_WINDOW (window));
  hd_context_set_today (context, &today);
  g_action_group_activate_action (G_ACTION_GROUP (window), "area", g_variant_new_string ("opinions"));
  g_assert_cmpstr (hd_window_get_area (HD_WINDOW (window)), ==, "opinions");
  page = HD_OPINIONS_PAGE (hd_gui_test_find_widget (GTK_WIDGET (window), HD_TYPE_OPINIONS_PAGE));
  g_assert_nonnull (page);
  count_opinions = g_strdup_printf ("SELECT count(*) FROM opinion WHERE unit_id = %" G_GINT64_FORMAT, township_id);
  choose_unit (hd_opinions_page_get_unit_button (page), "试验镇", township_id);
  form = hd_opinions_page_get_form (page);
  buffer = gtk_text_view_get_buffer (hd_opinion_form_get_content_view (form));

  /* Ctrl+N opens the form; the unit comes first while none is chosen. */
  g_assert_false (hd_opinions_page_get_form_visible (page));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "opinions.new", NULL));
  g_assert_true (hd_opinions_page_get_form_visible (page));

  gtk_drop_down_set_selected (hd_opinion_form_get_channel_dropdown (form), HD_OPINION_CHANNEL_QUESTIONNAIRE);
  choose_unit (hd_opinion_form_get_unit_button (form), "试验镇", township_id);
  gtk_drop_down_set_selected (hd_opinion_form_get_category_dropdown (form), HD_CATEGORY_VITAL_INTERESTS);
  set_content (form, "村务公开不及时，群众不知道钱花在哪里");

  /* No 31 September: the message under the date, and nothing written. */
  gtk_editable_set_text (hd_opinion_form_get_date_entry (form), "2014/9/31");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (form), "form.save", NULL));
  g_assert_nonnull (hd_opinion_form_get_date_error (form));
  g_assert_cmpint (hd_test_query_int (store, count_opinions), ==, 0);

  /* After today: the core's message, under the date too. */
  gtk_editable_set_text (hd_opinion_form_get_date_entry (form), "2014年10月8日");
  g_assert_null (hd_opinion_form_get_date_error (form));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (form), "form.save", NULL));
  g_assert_nonnull (strstr (hd_opinion_form_get_date_error (form), "2014"));
  g_assert_null (hd_opinion_form_get_content_error (form));
  g_assert_cmpint (hd_test_query_int (store, count_opinions), ==, 0);

  gtk_editable_set_text (hd_opinion_form_get_date_entry (form), "2014.9.28");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (form), "form.save", NULL));
  g_assert_null (hd_opinion_form_get_date_error (form));
  g_assert_cmpint (hd_test_query_int (store, count_opinions), ==, 1);
  g_free (sql);
  sql = g_strdup_printf ("SELECT count(*) FROM opinion WHERE channel = 'questionnaire' AND received = '2014-09-28'"
                         " AND unit_id = %" G_GINT64_FORMAT " AND person_id IS NULL AND category = 'vital_interests'"
                         " AND content = '村务公开不及时，群众不知道钱花在哪里' AND status = 'received'", township_id);
  g_assert_cmpint (hd_test_query_int (store, sql), ==, 1);

  /* Ready for the next questionnaire: channel, date and unit stay, the content is empty and
   * has the focus. */
  g_assert_cmpuint (gtk_drop_down_get_selected (hd_opinion_form_get_channel_dropdown (form)), ==,
                    HD_OPINION_CHANNEL_QUESTIONNAIRE);
  g_assert_cmpstr (gtk_editable_get_text (hd_opinion_form_get_date_entry (form)), ==, "2014.9.28");
  g_assert_cmpint (hd_pick_button_get_id (hd_opinion_form_get_unit_button (form)), ==, township_id);
  g_assert_cmpint (gtk_text_buffer_get_char_count (buffer), ==, 0);
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == GTK_WIDGET (hd_opinion_form_get_content_view (form)));
  g_assert_cmpstr (hd_opinion_form_get_note (form), ==, "Saved (1 this session)");
  g_assert_true (hd_opinions_page_get_form_visible (page));

  /* An empty opinion: the core's message under the content. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (form), "form.save", NULL));
  g_assert_nonnull (hd_opinion_form_get_content_error (form));
  g_assert_cmpint (hd_test_query_int (store, count_opinions), ==, 1);

  set_content (form, "道路年久失修，雨天出行困难");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (form), "form.save", NULL));
  g_assert_cmpint (hd_test_query_int (store, count_opinions), ==, 2);
  g_assert_cmpstr (hd_opinion_form_get_note (form), ==, "Saved (2 this session)");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "opinions.close-form", NULL));
  g_assert_false (hd_opinions_page_get_form_visible (page));

  /* The list follows the edits; a two-character search finds the one. */
  WAIT_FOR (!hd_opinions_page_get_loading (page) && n_rows (page) == 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "opinions.search", NULL));
  gtk_editable_set_text (hd_opinions_page_get_search_entry (page), "失修");
  WAIT_FOR (!hd_opinions_page_get_loading (page) && n_rows (page) == 1);
  {
    g_autoptr(HdOpinion) found = g_list_model_get_item (G_LIST_MODEL (hd_opinions_page_get_selection (page)), 0);

    g_assert_cmpstr (hd_opinion_get_content (found), ==, "道路年久失修，雨天出行困难");
  }
  gtk_editable_set_text (hd_opinions_page_get_search_entry (page), "");
  WAIT_FOR (!hd_opinions_page_get_loading (page) && n_rows (page) == 2);

  /* Both into one problem, prefilled from the first in the list (the newest: the road, of the
   * category "other" the form went back to after the first). */
  gtk_selection_model_select_all (GTK_SELECTION_MODEL (hd_opinions_page_get_selection (page)));
  {
    g_autoptr(HdOpinion) first = g_list_model_get_item (G_LIST_MODEL (hd_opinions_page_get_selection (page)), 0);

    first_content = g_strdup (hd_opinion_get_content (first));
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "opinions.merge", NULL));
  merge = HD_PROBLEM_EDITOR (hd_opinions_page_get_open_editor (page));
  g_assert_nonnull (merge);
  g_assert_cmpstr (gtk_editable_get_text (hd_problem_editor_get_summary_entry (merge)), ==, first_content);
  g_assert_cmpint (hd_pick_button_get_id (hd_problem_editor_get_unit_button (merge)), ==, township_id);
  gtk_editable_set_text (hd_problem_editor_get_summary_entry (merge), "村务公开和道路维修不及时");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (merge), "editor.save", NULL));
  WAIT_FOR (hd_opinions_page_get_open_editor (page) == NULL);
  g_free (sql);
  sql = g_strdup_printf ("SELECT id FROM problem WHERE unit_id = %" G_GINT64_FORMAT, township_id);
  problem_id = hd_test_query_int (store, sql);
  g_free (sql);
  sql = g_strdup_printf ("SELECT count(*) FROM problem WHERE id = %" G_GINT64_FORMAT " AND unit_id = %" G_GINT64_FORMAT
                         " AND category = 'other' AND summary = '村务公开和道路维修不及时' AND found = '2014-09-30'",
                         problem_id, township_id);
  g_assert_cmpint (hd_test_query_int (store, sql), ==, 1);
  g_free (sql);
  sql = g_strdup_printf ("SELECT count(*) FROM opinion WHERE status = 'problem' AND problem_id = %" G_GINT64_FORMAT,
                         problem_id);
  g_assert_cmpint (hd_test_query_int (store, sql), ==, 2);

  /* The problem becomes a task; a deadline typed wrong is said so first. */
  WAIT_FOR (!hd_opinions_page_get_loading (page) && n_rows (page) == 2);
  gtk_selection_model_select_all (GTK_SELECTION_MODEL (hd_opinions_page_get_selection (page)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "opinions.create-task", NULL));
  task_form = HD_TASK_FORM (hd_opinions_page_get_open_editor (page));
  g_assert_nonnull (task_form);
  g_assert_cmpstr (gtk_editable_get_text (hd_task_form_get_problem_entry (task_form)), ==, "村务公开和道路维修不及时");
  g_assert_cmpint (hd_pick_button_get_id (hd_task_form_get_unit_button (task_form)), ==, township_id);
  gtk_editable_set_text (hd_task_form_get_goal_entry (task_form), "村务每月公开，道路雨季前修好");
  gtk_editable_set_text (hd_task_form_get_measures_entry (task_form), "设立公开栏；筹资修路");
  gtk_editable_set_text (hd_task_form_get_leader_entry (task_form), "王书记");
  gtk_editable_set_text (hd_task_form_get_person_entry (task_form), "李主任");
  gtk_editable_set_text (hd_task_form_get_deadline_entry (task_form), "10月31日");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (task_form), "editor.save", NULL));
  g_assert_nonnull (hd_task_form_get_error (task_form));
  g_free (sql);
  sql = g_strdup_printf ("SELECT count(*) FROM task WHERE unit_id = %" G_GINT64_FORMAT, township_id);
  g_assert_cmpint (hd_test_query_int (store, sql), ==, 0);
  gtk_editable_set_text (hd_task_form_get_deadline_entry (task_form), "2014年10月31日");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (task_form), "editor.save", NULL));
  WAIT_FOR (hd_opinions_page_get_open_editor (page) == NULL);

  g_free (sql);
  sql = g_strdup_printf ("SELECT id FROM task WHERE problem_id = %" G_GINT64_FORMAT " AND unit_id = %" G_GINT64_FORMAT
                         " AND plan = 'rectification' AND kind = 'deadline' AND problem = '村务公开和道路维修不及时'"
                         " AND goal = '村务每月公开，道路雨季前修好'"
                         " AND measures = '设立公开栏；筹资修路' AND leader = '王书记' AND person = '李主任'"
                         " AND deadline = '2014-10-31' AND closed IS NULL",
                         problem_id, township_id);
  task_id = hd_test_query_int (store, sql);
  g_assert_cmpint (task_id, >, 0);
  g_free (sql);
  sql = g_strdup_printf ("SELECT source FROM task WHERE id = %" G_GINT64_FORMAT, task_id);
  source = hd_test_query_text (store, sql);
  g_assert_cmpstr (source, ==, hd_opinion_channel_get_label (HD_OPINION_CHANNEL_QUESTIONNAIRE));
  g_free (sql);
  sql = g_strdup_printf ("SELECT count(*) FROM task WHERE unit_id = %" G_GINT64_FORMAT, township_id);
  g_assert_cmpint (hd_test_query_int (store, sql), ==, 1);

  /* And the clerk is taken to it in the ledger, where it is closed with the masses satisfied. */
  WAIT_FOR (g_strcmp0 (hd_window_get_area (HD_WINDOW (window)), "rectification") == 0);
  editor = hd_ledger_page_get_editor (HD_LEDGER_PAGE (hd_gui_test_find_widget (GTK_WIDGET (window),
                                                                               HD_TYPE_LEDGER_PAGE)));
  WAIT_FOR (hd_task_editor_get_task_id (editor) == task_id);
  gtk_text_buffer_set_text (hd_task_editor_get_result_buffer (editor), "公开栏已设立，道路已修通", -1);
  hd_task_editor_set_verdict (editor, HD_VERDICT_SATISFIED);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "task.close", NULL));
  g_assert_null (hd_task_editor_get_close_message (editor));
  g_free (sql);
  sql = g_strdup_printf ("SELECT count(*) FROM task WHERE id = %" G_GINT64_FORMAT " AND result = '公开栏已设立，道路已修通'"
                         " AND verdict = 'satisfied' AND closed = '2014-09-30'", task_id);
  g_assert_cmpint (hd_test_query_int (store, sql), ==, 1);
  {
    g_autoptr(HdTask) task = hd_task_load (store, task_id, &error);

    g_assert_no_error (error);
    g_assert_cmpint (hd_task_get_light (task, &today, HD_LIGHT_DEFAULT_WARNING_DAYS), ==, HD_LIGHT_CLOSED);
  }

  hd_gui_test_close_all_windows (app);
}

/* Selects the row of @id in @selection (a list of HdOpinion or HdProblem read so far), alone. */
static void
select_id (GtkSelectionModel *selection,
           gint64             id)
{
  GListModel *model = G_LIST_MODEL (selection);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      gint64 item_id = HD_IS_OPINION (item) ? hd_opinion_get_id (HD_OPINION (item)) : hd_problem_get_id (HD_PROBLEM (item));

      if (item_id == id)
        {
          g_assert_true (gtk_selection_model_select_item (selection, i, TRUE));
          return;
        }
    }
  g_error ("Row %" G_GINT64_FORMAT " is not in the list", id);
}

static void
add_to_selection (GtkSelectionModel *selection,
                  gint64             id)
{
  GListModel *model = G_LIST_MODEL (selection);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(HdOpinion) item = g_list_model_get_item (model, i);

      if (hd_opinion_get_id (item) == id)
        {
          g_assert_true (gtk_selection_model_select_item (selection, i, FALSE));
          return;
        }
    }
  g_error ("Opinion %" G_GINT64_FORMAT " is not in the list", id);
}

static char *
opinion_row (HdStore *store,
             gint64   id)
{
  g_autofree char *sql = g_strdup_printf ("SELECT channel || '|' || received || '|' || unit_id || '|' ||"
                                          " ifnull (person_id, '-') || '|' || category || '|' || content || '|' ||"
                                          " status || '|' || ifnull (problem_id, '-') FROM opinion WHERE id = %"
                                          G_GINT64_FORMAT, id);

  return hd_test_query_text (store, sql);
}

/* The position of the status labelled @status in the form's drop-down, or -1. */
static int
status_position (GtkDropDown     *dropdown,
                 HdOpinionStatus  status)
{
  GListModel *model = gtk_drop_down_get_model (dropdown);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (model), i), hd_opinion_status_get_label (status)) == 0)
      return (int) i;
  return -1;
}

static void
test_edit_delete_problems (void)
{
  g_autofree char *dir = hd_test_make_tmpdir ();
  g_autoptr(HdStore) store = hd_test_open_store (dir, "small.db");
  g_autoptr(GError) error = NULL;
  g_autofree char *row = NULL, *expected = NULL;
  HdPersonFields person_fields = { "李明", HD_GENDER_MALE, "镇长", TRUE, "" };
  HdProblemFields problem_fields = { 0, 0, HD_CATEGORY_FORMALISM, "会议多、文件多", "2014-09-20" };
  HdOpinionsPage *page;
  HdOpinionForm *form;
  HdProblemsView *problems;
  HdProblemEditor *problem_editor;
  HdQuestionWindow *question;
  GtkWindow *window;
  HdContext *context;
  gint64 county, town, village, person, a, b, c, d, problem_id;
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 30, G_DATE_SEPTEMBER, 2014);
  {
    g_autoptr(HdHistory) history = hd_history_new (store, 1);
    HdOpinionFields fields = { HD_OPINION_CHANNEL_BOX, "2014-09-01", 0, 0, HD_CATEGORY_HEDONISM, "公车私用" };

    county = hd_unit_create (store, history, 0, HD_UNIT_KIND_COUNTY, "示范县", NULL, &error);
    town = hd_unit_create (store, history, county, HD_UNIT_KIND_TOWNSHIP, "城关镇", NULL, &error);
    village = hd_unit_create (store, history, town, HD_UNIT_KIND_VILLAGE, "王庄村", NULL, &error);
    person = hd_person_create (store, history, town, &person_fields, &error);
    fields.unit_id = village;
    a = hd_opinion_create (store, history, &fields, &today, &error);
    fields.received = "2014-09-02";
    fields.content = "会议太多";
    b = hd_opinion_create (store, history, &fields, &today, &error);
    fields.received = "2014-09-03";
    fields.content = "文件太多";
    c = hd_opinion_create (store, history, &fields, &today, &error);
    fields.received = "2014-09-04";
    fields.content = "检查太多";
    d = hd_opinion_create (store, history, &fields, &today, &error);
    problem_fields.unit_id = town;
    problem_id = hd_problem_merge (store, history, &problem_fields, (gint64[]) { b, c, d }, 3, &today, &error);
    g_assert_no_error (error);
  }

  window = hd_gui_test_open_window (app, hd_store_get_path (store));
  context = hd_window_get_context (HD_WINDOW (window));
  hd_context_set_today (context, &today);
  g_action_group_activate_action (G_ACTION_GROUP (window), "area", g_variant_new_string ("opinions"));
  page = HD_OPINIONS_PAGE (hd_gui_test_find_widget (GTK_WIDGET (window), HD_TYPE_OPINIONS_PAGE));
  form = hd_opinions_page_get_form (page);
  WAIT_FOR (!hd_opinions_page_get_loading (page) && n_rows (page) == 4);

  /* Edit: nothing selected, nothing to edit; the selected opinion fills the form. */
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (page), "opinions.edit", NULL) &&
                  hd_opinions_page_get_form_visible (page));
  select_id (GTK_SELECTION_MODEL (hd_opinions_page_get_selection (page)), a);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "opinions.edit", NULL));
  g_assert_true (hd_opinions_page_get_form_visible (page));
  g_assert_cmpint (hd_opinion_form_get_editing (form), ==, a);
  g_assert_cmpuint (gtk_drop_down_get_selected (hd_opinion_form_get_channel_dropdown (form)), ==, HD_OPINION_CHANNEL_BOX);
  g_assert_cmpstr (gtk_editable_get_text (hd_opinion_form_get_date_entry (form)), ==, "2014-09-01");
  g_assert_cmpint (hd_pick_button_get_id (hd_opinion_form_get_unit_button (form)), ==, village);
  g_assert_cmpuint (gtk_drop_down_get_selected (hd_opinion_form_get_category_dropdown (form)), ==, HD_CATEGORY_HEDONISM);
  g_assert_cmpuint (gtk_drop_down_get_selected (hd_opinion_form_get_status_dropdown (form)), ==, HD_OPINION_STATUS_RECEIVED);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (hd_opinion_form_get_status_dropdown (form))));

  /* The same checks as entry: no text, a date after today; nothing written. */
  set_content (form, "  ");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (form), "form.save", NULL));
  g_assert_cmpstr (hd_opinion_form_get_content_error (form), ==,
                   "The opinion has no text. Enter what was said or written, e.g. “村务公开不及时”.");
  set_content (form, "公车私用，周末开去钓鱼");
  gtk_editable_set_text (hd_opinion_form_get_date_entry (form), "2014年10月8日");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (form), "form.save", NULL));
  g_assert_nonnull (hd_opinion_form_get_date_error (form));
  row = opinion_row (store, a);
  g_assert_cmpstr (row, ==, "box|2014-09-01|3|-|hedonism|公车私用|received|-");

  /* Every field, and the status. */
  gtk_editable_set_text (hd_opinion_form_get_date_entry (form), "2014/9/5");
  gtk_drop_down_set_selected (hd_opinion_form_get_channel_dropdown (form), HD_OPINION_CHANNEL_HOTLINE);
  choose_unit (hd_opinion_form_get_unit_button (form), "城关镇", town);
  choose_unit (hd_opinion_form_get_person_button (form), "李明", person);
  gtk_drop_down_set_selected (hd_opinion_form_get_category_dropdown (form), HD_CATEGORY_EXTRAVAGANCE);
  gtk_drop_down_set_selected (hd_opinion_form_get_status_dropdown (form),
                              status_position (hd_opinion_form_get_status_dropdown (form), HD_OPINION_STATUS_ANSWERED));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (form), "form.save", NULL));
  g_clear_pointer (&row, g_free);
  row = opinion_row (store, a);
  expected = g_strdup_printf ("hotline|2014-09-05|%" G_GINT64_FORMAT "|%" G_GINT64_FORMAT
                              "|extravagance|公车私用，周末开去钓鱼|answered|-", town, person);
  g_assert_cmpstr (row, ==, expected);
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM change_log WHERE entity = 'opinion'"
                                             " AND field IN ('channel', 'received', 'unit_id', 'person_id',"
                                             " 'category', 'content', 'status')"
                                             " AND new_value IN ('hotline', '2014-09-05', '2', '1', 'extravagance',"
                                             " '公车私用，周末开去钓鱼', 'answered')"), ==, 7);
  /* Saved: the form closes and is for new opinions again. */
  g_assert_false (hd_opinions_page_get_form_visible (page));
  g_assert_cmpint (hd_opinion_form_get_editing (form), ==, 0);

  /* Delete two, one of them in the problem: the question says so; one undo brings both back. */
  WAIT_FOR (!hd_opinions_page_get_loading (page) && n_rows (page) == 4);
  select_id (GTK_SELECTION_MODEL (hd_opinions_page_get_selection (page)), a);
  add_to_selection (GTK_SELECTION_MODEL (hd_opinions_page_get_selection (page)), d);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "opinions.delete", NULL));
  question = HD_QUESTION_WINDOW (hd_opinions_page_get_open_editor (page));
  g_assert_nonnull (question);
  g_assert_cmpstr (hd_question_window_get_heading (question), ==, "Delete 2 opinions?");
  g_assert_cmpstr (hd_question_window_get_body (question), ==,
                   "1 of them was merged into a problem; the problems stay, without these opinions."
                   " You can undo the deletion (Ctrl+Z) while this window is open.");
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM opinion"), ==, 4);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (question), "question.confirm", NULL));
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM opinion"), ==, 2);
  WAIT_FOR (!hd_opinions_page_get_loading (page) && n_rows (page) == 2);
  hd_test_undo (hd_context_get_history (context));
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM opinion"), ==, 4);
  WAIT_FOR (!hd_opinions_page_get_loading (page) && n_rows (page) == 4);
  /* One opinion alone, in the problem: named, and the problem too. */
  select_id (GTK_SELECTION_MODEL (hd_opinions_page_get_selection (page)), d);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "opinions.delete", NULL));
  question = HD_QUESTION_WINDOW (hd_opinions_page_get_open_editor (page));
  g_assert_cmpstr (hd_question_window_get_heading (question), ==, "Delete the opinion “检查太多”?");
  g_assert_cmpstr (hd_question_window_get_body (question), ==,
                   "It was merged into the problem “会议多、文件多”, which stays, without this opinion."
                   " You can undo the deletion (Ctrl+Z) while this window is open.");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (question), "question.confirm", NULL));
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM opinion"), ==, 3);

  /* The problems of the unit's subtree, in their own view. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "opinions.show-view", "s", "problems"));
  g_assert_cmpstr (hd_opinions_page_get_view (page), ==, "problems");
  problems = hd_opinions_page_get_problems_view (page);
  WAIT_FOR (hd_problems_view_get_selection (problems) != NULL && !hd_problems_view_get_loading (problems) &&
            g_list_model_get_n_items (G_LIST_MODEL (hd_problems_view_get_selection (problems))) == 1);
  select_id (GTK_SELECTION_MODEL (hd_problems_view_get_selection (problems)), problem_id);
  {
    g_autoptr(HdProblem) shown = g_list_model_get_item (G_LIST_MODEL (hd_problems_view_get_selection (problems)), 0);

    g_assert_cmpuint (hd_problem_get_n_opinions (shown), ==, 2);
    g_assert_cmpuint (hd_problem_get_n_tasks (shown), ==, 0);
  }
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (hd_problems_view_get_opinions_selection (problems))), ==, 2);

  /* Unlink the oldest of its opinions: "sorted" again. */
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (hd_problems_view_get_opinions_selection (problems)), 0, TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (problems), "problems.unlink", NULL));
  g_assert_null (hd_problems_view_get_error (problems));
  g_clear_pointer (&row, g_free);
  row = opinion_row (store, b);
  g_assert_cmpstr (row, ==, "box|2014-09-02|3|-|hedonism|会议太多|sorted|-");
  WAIT_FOR (g_list_model_get_n_items (G_LIST_MODEL (hd_problems_view_get_opinions_selection (problems))) == 1);

  /* Enter on the problem's opinion opens it in the opinions' form; back to the problems after. */
  {
    GListModel *linked = G_LIST_MODEL (hd_problems_view_get_opinions_selection (problems));
    GtkColumnView *view = find_column_view (GTK_WIDGET (problems), GTK_SELECTION_MODEL (linked));
    g_autoptr(HdOpinion) opinion = g_list_model_get_item (linked, 0);

    g_signal_emit_by_name (view, "activate", 0);
    g_assert_cmpstr (hd_opinions_page_get_view (page), ==, "opinions");
    g_assert_true (hd_opinions_page_get_form_visible (page));
    g_assert_cmpint (hd_opinion_form_get_editing (form), ==, hd_opinion_get_id (opinion));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "opinions.close-form", NULL));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "opinions.show-view", "s", "problems"));
    select_id (GTK_SELECTION_MODEL (hd_problems_view_get_selection (problems)), problem_id);
  }

  /* Edit the problem: its text and unit. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (problems), "problems.edit", NULL));
  problem_editor = HD_PROBLEM_EDITOR (hd_problems_view_get_open_window (problems));
  g_assert_nonnull (problem_editor);
  g_assert_cmpstr (gtk_editable_get_text (hd_problem_editor_get_summary_entry (problem_editor)), ==, "会议多、文件多");
  gtk_editable_set_text (hd_problem_editor_get_summary_entry (problem_editor), "");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (problem_editor), "editor.save", NULL));
  g_assert_nonnull (hd_problem_editor_get_error (problem_editor));
  gtk_editable_set_text (hd_problem_editor_get_summary_entry (problem_editor), "文件多");
  choose_unit (hd_problem_editor_get_unit_button (problem_editor), "王庄村", village);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (problem_editor), "editor.save", NULL));
  WAIT_FOR (hd_problems_view_get_open_window (problems) == NULL);
  g_free (expected);
  expected = g_strdup_printf ("SELECT count(*) FROM problem WHERE id = %" G_GINT64_FORMAT " AND summary = '文件多'"
                              " AND unit_id = %" G_GINT64_FORMAT " AND found = '2014-09-20'", problem_id, village);
  g_assert_cmpint (hd_test_query_int (store, expected), ==, 1);

  /* Delete it: the question says what becomes of its opinion; it is "sorted" again after. */
  WAIT_FOR (!hd_problems_view_get_loading (problems) &&
            g_list_model_get_n_items (G_LIST_MODEL (hd_problems_view_get_selection (problems))) == 1);
  select_id (GTK_SELECTION_MODEL (hd_problems_view_get_selection (problems)), problem_id);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (problems), "problems.delete", NULL));
  question = HD_QUESTION_WINDOW (hd_problems_view_get_open_window (problems));
  g_assert_nonnull (question);
  g_assert_cmpstr (hd_question_window_get_heading (question), ==, "Delete the problem “文件多”?");
  g_assert_cmpstr (hd_question_window_get_body (question), ==,
                   "Its 1 opinion stays and goes back to “sorted” (unless it was answered or closed), ready to be"
                   " merged again. You can undo the deletion (Ctrl+Z) while this window is open.");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (question), "question.confirm", NULL));
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM problem"), ==, 0);
  g_clear_pointer (&row, g_free);
  row = opinion_row (store, c);
  g_assert_cmpstr (row, ==, "box|2014-09-03|3|-|hedonism|文件太多|sorted|-");
  WAIT_FOR (!hd_problems_view_get_loading (problems) &&
            g_list_model_get_n_items (G_LIST_MODEL (hd_problems_view_get_selection (problems))) == 0);

  hd_gui_test_close_all_windows (app);
}

/* ---- the review's cases: a county of @n_opinions opinions in one village, the first (oldest
 * id) last in the list, and @n_problems problems made of the newest ones, one each ---- */

typedef struct {
  char           *dir;
  HdStore        *store;
  GtkWindow      *window;
  HdContext      *context;
  HdOpinionsPage *page;
  gint64          county, village, empty_town;
  GArray         *opinions;   /* ids, in the order made */
  GArray         *problems;
  GDate           today;
} Fixture;

static void
fixture_open (Fixture *f,
              guint    n_opinions,
              guint    n_problems)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HdHistory) history = NULL;
  HdOpinionFields fields = { HD_OPINION_CHANNEL_BOX, "2014-09-01", 0, 0, HD_CATEGORY_HEDONISM, NULL };
  HdProblemFields problem_fields = { 0, 0, HD_CATEGORY_FORMALISM, NULL, "2014-09-20" };
  gint64 town;

  f->dir = hd_test_make_tmpdir ();
  f->store = hd_test_open_store (f->dir, "review.db");
  f->opinions = g_array_new (FALSE, FALSE, sizeof (gint64));
  f->problems = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_date_clear (&f->today, 1);
  g_date_set_dmy (&f->today, 30, G_DATE_SEPTEMBER, 2014);
  history = hd_history_new (f->store, 1);
  f->county = hd_unit_create (f->store, history, 0, HD_UNIT_KIND_COUNTY, "示范县", NULL, &error);
  town = hd_unit_create (f->store, history, f->county, HD_UNIT_KIND_TOWNSHIP, "城关镇", NULL, &error);
  f->village = hd_unit_create (f->store, history, town, HD_UNIT_KIND_VILLAGE, "王庄村", NULL, &error);
  f->empty_town = hd_unit_create (f->store, history, f->county, HD_UNIT_KIND_TOWNSHIP, "空白乡", NULL, &error);
  g_assert_no_error (error);
  fields.unit_id = f->village;
  problem_fields.unit_id = f->village;
  for (guint i = 0; i < n_opinions; i++)
    {
      g_autofree char *content = g_strdup_printf ("意见%u", i);
      gint64 id;

      fields.content = content;
      id = hd_opinion_create (f->store, history, &fields, &f->today, &error);
      g_assert_no_error (error);
      g_array_append_val (f->opinions, id);
    }
  for (guint i = 0; i < n_problems; i++)
    {
      g_autofree char *summary = g_strdup_printf ("问题%u", i);
      gint64 opinion_id = g_array_index (f->opinions, gint64, n_opinions - 1 - i);
      gint64 id;

      problem_fields.summary = summary;
      id = hd_problem_merge (f->store, history, &problem_fields, &opinion_id, 1, &f->today, &error);
      g_assert_no_error (error);
      g_array_append_val (f->problems, id);
    }

  f->window = hd_gui_test_open_window (app, hd_store_get_path (f->store));
  f->context = hd_window_get_context (HD_WINDOW (f->window));
  hd_context_set_today (f->context, &f->today);
  g_action_group_activate_action (G_ACTION_GROUP (f->window), "area", g_variant_new_string ("opinions"));
  f->page = HD_OPINIONS_PAGE (hd_gui_test_find_widget (GTK_WIDGET (f->window), HD_TYPE_OPINIONS_PAGE));
  WAIT_FOR (!hd_opinions_page_get_loading (f->page) && n_rows (f->page) == n_opinions);
}

static void
fixture_close (Fixture *f)
{
  hd_gui_test_close_all_windows (app);
  g_array_unref (f->opinions);
  g_array_unref (f->problems);
  g_clear_object (&f->store);
  g_free (f->dir);
}

static gint64
opinion_at (Fixture *f,
            guint    i)
{
  return g_array_index (f->opinions, gint64, i);
}

static char *
opinion_status (HdStore *store,
                gint64   id)
{
  g_autofree char *sql = g_strdup_printf ("SELECT status FROM opinion WHERE id = %" G_GINT64_FORMAT, id);

  return hd_test_query_text (store, sql);
}

/* The ids selected in @selection, in list order. */
static char *
selected_ids_text (GtkSelectionModel *selection)
{
  g_autoptr(GtkBitset) set = gtk_selection_model_get_selection (selection);
  GString *text = g_string_new ("");

  for (guint i = 0; i < gtk_bitset_get_size (set); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (selection), gtk_bitset_get_nth (set, i));
      gint64 id = HD_IS_OPINION (item) ? hd_opinion_get_id (HD_OPINION (item)) : hd_problem_get_id (HD_PROBLEM (item));

      g_string_append_printf (text, "%s%" G_GINT64_FORMAT, text->len > 0 ? "," : "", id);
    }
  return g_string_free (text, FALSE);
}

static void
show_view (HdOpinionsPage *page,
           const char     *view)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "opinions.show-view", "s", view));
  g_assert_cmpstr (hd_opinions_page_get_view (page), ==, view);
}

static void
wait_for_problems (HdProblemsView *problems,
                   guint           n)
{
  WAIT_FOR (hd_problems_view_get_selection (problems) != NULL && !hd_problems_view_get_loading (problems) &&
            g_list_model_get_n_items (G_LIST_MODEL (hd_problems_view_get_selection (problems))) == n);
}

static gboolean
focus_within (GtkWindow *window,
              GtkWidget *widget)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

/* In the problems' view the opinions' commands do nothing to the opinions selected out of
 * sight; the view's own commands still work. */
static void
test_problems_view_keys (void)
{
  Fixture f = { 0 };
  HdProblemsView *problems;
  GtkSelectionModel *selection;
  g_autofree char *status = NULL;
  const char *actions[] = { "opinions.mark-sorted", "opinions.mark-answered", "opinions.mark-closed",
                            "opinions.merge", "opinions.create-task", "opinions.delete", "opinions.edit" };

  fixture_open (&f, 3, 1);
  problems = hd_opinions_page_get_problems_view (f.page);
  selection = GTK_SELECTION_MODEL (hd_opinions_page_get_selection (f.page));
  select_id (selection, opinion_at (&f, 0));
  show_view (f.page, "problems");
  wait_for_problems (problems, 1);

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    gtk_widget_activate_action (GTK_WIDGET (f.page), actions[i], NULL);
  status = opinion_status (f.store, opinion_at (&f, 0));
  g_assert_cmpstr (status, ==, "received");
  g_assert_null (hd_opinions_page_get_open_editor (f.page));
  g_assert_false (hd_opinions_page_get_form_visible (f.page));
  g_assert_cmpstr (hd_opinions_page_get_view (f.page), ==, "problems");
  g_assert_cmpint (hd_test_query_int (f.store, "SELECT count(*) FROM opinion"), ==, 3);

  /* The problems' own: a task from the selected problem. */
  select_id (GTK_SELECTION_MODEL (hd_problems_view_get_selection (problems)), g_array_index (f.problems, gint64, 0));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (problems), "problems.create-task", NULL));
  g_assert_true (HD_IS_TASK_FORM (hd_problems_view_get_open_window (problems)));
  gtk_window_destroy (hd_problems_view_get_open_window (problems));

  /* Ctrl+F searches the opinions: from the problems it goes back to them. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.page), "opinions.search", NULL));
  g_assert_cmpstr (hd_opinions_page_get_view (f.page), ==, "opinions");

  /* Back in the opinions, their commands act again on the selection. */
  show_view (f.page, "opinions");
  {
    g_autofree char *shown = selected_ids_text (selection);
    g_autofree char *wanted = g_strdup_printf ("%" G_GINT64_FORMAT, opinion_at (&f, 0));

    g_assert_cmpstr (shown, ==, wanted);
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.page), "opinions.mark-closed", NULL));
  g_clear_pointer (&status, g_free);
  status = opinion_status (f.store, opinion_at (&f, 0));
  g_assert_cmpstr (status, ==, "closed");

  fixture_close (&f);
}

/* An empty problems' list is hidden behind its message: the focus goes to the unit picker. */
static void
test_problems_view_focus (void)
{
  Fixture f = { 0 };
  HdProblemsView *problems;

  fixture_open (&f, 1, 1);
  problems = hd_opinions_page_get_problems_view (f.page);
  show_view (f.page, "problems");
  wait_for_problems (problems, 1);
  g_assert_false (focus_within (f.window, GTK_WIDGET (hd_problems_view_get_unit_button (problems))));

  show_view (f.page, "opinions");
  hd_problems_view_set_unit (problems, f.empty_town);
  show_view (f.page, "problems");
  wait_for_problems (problems, 0);
  g_assert_true (focus_within (f.window, GTK_WIDGET (hd_problems_view_get_unit_button (problems))));

  fixture_close (&f);
}

/* A row far down the list, read after the first page, stays selected after an edit. */
static void
test_keep_far_selection (void)
{
  Fixture f = { 0 };
  HdProblemsView *problems;
  GtkSelectionModel *selection;
  g_autofree char *wanted = NULL;
  g_autofree char *status = NULL;
  g_autofree char *shown = NULL;
  gint64 far_problem;

  fixture_open (&f, 120, 60);
  selection = GTK_SELECTION_MODEL (hd_opinions_page_get_selection (f.page));
  /* The first made is the last row. */
  {
    g_autoptr(HdOpinion) last = g_list_model_get_item (G_LIST_MODEL (selection), 119);

    g_assert_cmpint (hd_opinion_get_id (last), ==, opinion_at (&f, 0));
  }
  select_id (selection, opinion_at (&f, 0));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.page), "opinions.mark-sorted", NULL));
  status = opinion_status (f.store, opinion_at (&f, 0));
  g_assert_cmpstr (status, ==, "sorted");
  selection = GTK_SELECTION_MODEL (hd_opinions_page_get_selection (f.page));
  WAIT_FOR (!hd_opinions_page_get_loading (f.page));
  g_assert_cmpuint (n_rows (f.page), ==, 120);
  wanted = g_strdup_printf ("%" G_GINT64_FORMAT, opinion_at (&f, 0));
  shown = selected_ids_text (selection);
  g_assert_cmpstr (shown, ==, wanted);
  /* And the next command acts on it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.page), "opinions.mark-answered", NULL));
  g_clear_pointer (&status, g_free);
  status = opinion_status (f.store, opinion_at (&f, 0));
  g_assert_cmpstr (status, ==, "answered");

  /* The same in the problems' view: the first problem made is the last row. */
  problems = hd_opinions_page_get_problems_view (f.page);
  show_view (f.page, "problems");
  wait_for_problems (problems, 60);
  far_problem = g_array_index (f.problems, gint64, 0);
  {
    g_autoptr(HdProblem) last = g_list_model_get_item (G_LIST_MODEL (hd_problems_view_get_selection (problems)), 59);

    g_assert_cmpint (hd_problem_get_id (last), ==, far_problem);
  }
  select_id (GTK_SELECTION_MODEL (hd_problems_view_get_selection (problems)), far_problem);
  {
    g_autoptr(GError) error = NULL;

    g_assert_true (hd_opinion_set_status (f.store, hd_context_get_history (f.context), opinion_at (&f, 1),
                                          HD_OPINION_STATUS_CLOSED, &error));
    g_assert_no_error (error);
  }
  wait_for_problems (problems, 60);
  g_clear_pointer (&shown, g_free);
  shown = selected_ids_text (GTK_SELECTION_MODEL (hd_problems_view_get_selection (problems)));
  g_clear_pointer (&wanted, g_free);
  wanted = g_strdup_printf ("%" G_GINT64_FORMAT, far_problem);
  g_assert_cmpstr (shown, ==, wanted);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (hd_problems_view_get_opinions_selection (problems))), ==, 1);

  fixture_close (&f);
}

/* A new opinion being typed is not replaced by one opened for editing. */
static void
test_typed_opinion_kept (void)
{
  Fixture f = { 0 };
  HdOpinionForm *form;
  HdProblemsView *problems;
  GtkTextBuffer *buffer;
  const char *message = "Save the new opinion you are typing (Ctrl+Enter) or clear its text before opening another one.";

  fixture_open (&f, 2, 1);
  form = hd_opinions_page_get_form (f.page);
  buffer = gtk_text_view_get_buffer (hd_opinion_form_get_content_view (form));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.page), "opinions.new", NULL));
  set_content (form, "新录入的意见");
  select_id (GTK_SELECTION_MODEL (hd_opinions_page_get_selection (f.page)), opinion_at (&f, 0));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.page), "opinions.edit", NULL));
  g_assert_cmpint (hd_opinion_form_get_editing (form), ==, 0);
  g_assert_cmpstr (hd_opinions_page_get_error (f.page), ==, message);
  {
    GtkTextIter start, end;
    g_autofree char *text = NULL;

    gtk_text_buffer_get_bounds (buffer, &start, &end);
    text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    g_assert_cmpstr (text, ==, "新录入的意见");
  }

  /* Closed with its text, then an opinion opened from the problems: the form comes back with it. */
  gtk_widget_set_visible (GTK_WIDGET (form), FALSE);
  problems = hd_opinions_page_get_problems_view (f.page);
  show_view (f.page, "problems");
  wait_for_problems (problems, 1);
  select_id (GTK_SELECTION_MODEL (hd_problems_view_get_selection (problems)), g_array_index (f.problems, gint64, 0));
  {
    GListModel *linked = G_LIST_MODEL (hd_problems_view_get_opinions_selection (problems));

    g_signal_emit_by_name (find_column_view (GTK_WIDGET (problems), GTK_SELECTION_MODEL (linked)), "activate", 0);
  }
  g_assert_cmpstr (hd_opinions_page_get_view (f.page), ==, "opinions");
  g_assert_true (hd_opinions_page_get_form_visible (f.page));
  g_assert_cmpint (hd_opinion_form_get_editing (form), ==, 0);
  g_assert_cmpstr (hd_opinions_page_get_error (f.page), ==, message);
  g_assert_cmpint (gtk_text_buffer_get_char_count (buffer), ==, 6);

  /* Cleared: the opinion opens. */
  set_content (form, "  ");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.page), "opinions.edit", NULL));
  g_assert_cmpint (hd_opinion_form_get_editing (form), ==, opinion_at (&f, 0));
  g_assert_null (hd_opinions_page_get_error (f.page));

  fixture_close (&f);
}

/* The opinion being edited is deleted: the form goes back to new entry and closes. */
static void
test_delete_edited (void)
{
  Fixture f = { 0 };
  HdOpinionForm *form;
  HdQuestionWindow *question;
  GtkSelectionModel *selection;

  fixture_open (&f, 2, 0);
  form = hd_opinions_page_get_form (f.page);
  selection = GTK_SELECTION_MODEL (hd_opinions_page_get_selection (f.page));
  select_id (selection, opinion_at (&f, 0));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.page), "opinions.edit", NULL));
  g_assert_cmpint (hd_opinion_form_get_editing (form), ==, opinion_at (&f, 0));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.page), "opinions.delete", NULL));
  question = HD_QUESTION_WINDOW (hd_opinions_page_get_open_editor (f.page));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (question), "question.confirm", NULL));
  g_assert_cmpint (hd_test_query_int (f.store, "SELECT count(*) FROM opinion"), ==, 1);
  g_assert_cmpint (hd_opinion_form_get_editing (form), ==, 0);
  g_assert_false (hd_opinions_page_get_form_visible (f.page));

  fixture_close (&f);
}

/* An undo that takes away the opinion being edited closes the form: nothing is left to save. */
static void
test_undo_edited (void)
{
  Fixture f = { 0 };
  HdOpinionFields fields = { HD_OPINION_CHANNEL_HOTLINE, "2014-09-05", 0, 0, HD_CATEGORY_OTHER, "路灯坏了" };
  g_autoptr(GError) error = NULL;
  HdOpinionForm *form;
  HdHistory *history;
  gint64 id;

  fixture_open (&f, 2, 0);
  form = hd_opinions_page_get_form (f.page);
  history = hd_context_get_history (f.context);
  fields.unit_id = f.village;
  id = hd_opinion_create (hd_context_get_store (f.context), history, &fields, &f.today, &error);
  g_assert_no_error (error);
  /* The list is read again after the edit: its selection model is a new one. */
  WAIT_FOR (!hd_opinions_page_get_loading (f.page) &&
            g_list_model_get_n_items (G_LIST_MODEL (hd_opinions_page_get_selection (f.page))) == 3);
  select_id (GTK_SELECTION_MODEL (hd_opinions_page_get_selection (f.page)), id);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.page), "opinions.edit", NULL));
  g_assert_cmpint (hd_opinion_form_get_editing (form), ==, id);
  g_assert_true (hd_opinions_page_get_form_visible (f.page));

  hd_test_undo (history);
  g_assert_cmpint (hd_test_query_int (f.store, "SELECT count(*) FROM opinion"), ==, 2);
  g_assert_cmpint (hd_opinion_form_get_editing (form), ==, 0);
  g_assert_false (hd_opinions_page_get_form_visible (f.page));

  fixture_close (&f);
}

/* "Turned into a problem" is offered only to an opinion that is; the others keep theirs. */
static void
test_status_offered (void)
{
  Fixture f = { 0 };
  HdOpinionForm *form;
  GtkDropDown *status;
  GtkSelectionModel *selection;
  g_autofree char *saved = NULL;

  fixture_open (&f, 2, 1);
  form = hd_opinions_page_get_form (f.page);
  status = hd_opinion_form_get_status_dropdown (form);
  selection = GTK_SELECTION_MODEL (hd_opinions_page_get_selection (f.page));

  select_id (selection, opinion_at (&f, 0));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.page), "opinions.edit", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (status)), ==, 4);
  g_assert_cmpint (status_position (status, HD_OPINION_STATUS_PROBLEM), ==, -1);
  g_assert_cmpint (status_position (status, HD_OPINION_STATUS_RECEIVED), ==, (int) gtk_drop_down_get_selected (status));
  gtk_drop_down_set_selected (status, status_position (status, HD_OPINION_STATUS_CLOSED));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (form), "form.save", NULL));
  saved = opinion_status (f.store, opinion_at (&f, 0));
  g_assert_cmpstr (saved, ==, "closed");

  WAIT_FOR (!hd_opinions_page_get_loading (f.page) && n_rows (f.page) == 2);
  select_id (selection = GTK_SELECTION_MODEL (hd_opinions_page_get_selection (f.page)), opinion_at (&f, 1));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.page), "opinions.edit", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (status)), ==, 5);
  g_assert_cmpint (status_position (status, HD_OPINION_STATUS_PROBLEM), ==, (int) gtk_drop_down_get_selected (status));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (form), "form.save", NULL));
  g_clear_pointer (&saved, g_free);
  saved = opinion_status (f.store, opinion_at (&f, 1));
  g_assert_cmpstr (saved, ==, "problem");

  /* Back to one not in a problem: closed is shown as closed. */
  WAIT_FOR (!hd_opinions_page_get_loading (f.page) && n_rows (f.page) == 2);
  select_id (GTK_SELECTION_MODEL (hd_opinions_page_get_selection (f.page)), opinion_at (&f, 0));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.page), "opinions.edit", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (status)), ==, 4);
  g_assert_cmpint (status_position (status, HD_OPINION_STATUS_CLOSED), ==, (int) gtk_drop_down_get_selected (status));

  fixture_close (&f);
}

/* Several opinions with nothing attached: "them", not "it". */
static void
test_delete_plural (void)
{
  Fixture f = { 0 };
  HdQuestionWindow *question;

  fixture_open (&f, 3, 0);
  gtk_selection_model_select_all (GTK_SELECTION_MODEL (hd_opinions_page_get_selection (f.page)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.page), "opinions.delete", NULL));
  question = HD_QUESTION_WINDOW (hd_opinions_page_get_open_editor (f.page));
  g_assert_cmpstr (hd_question_window_get_heading (question), ==, "Delete 3 opinions?");
  g_assert_cmpstr (hd_question_window_get_body (question), ==,
                   "Nothing else is attached to them. You can undo the deletion (Ctrl+Z) while this window is open.");
  gtk_window_destroy (GTK_WINDOW (question));
  g_assert_cmpint (hd_test_query_int (f.store, "SELECT count(*) FROM opinion"), ==, 3);

  fixture_close (&f);
}

/* A change made outside the history (the demo county): reloading reads the problems too. */
static void
test_reload_problems (void)
{
  Fixture f = { 0 };
  HdProblemsView *problems;
  g_autoptr(GError) error = NULL;

  fixture_open (&f, 2, 1);
  problems = hd_opinions_page_get_problems_view (f.page);
  show_view (f.page, "problems");
  wait_for_problems (problems, 1);
  {
    g_autoptr(HdHistory) outside = hd_history_new (f.store, 1);
    HdProblemFields fields = { f.village, 0, HD_CATEGORY_OTHER, "外来问题", "2014-09-21" };
    gint64 opinion_id = opinion_at (&f, 0);

    g_assert_cmpint (hd_problem_merge (f.store, outside, &fields, &opinion_id, 1, &f.today, &error), >, 0);
    g_assert_no_error (error);
  }
  hd_opinions_page_reload (f.page);
  wait_for_problems (problems, 2);

  fixture_close (&f);
}

int
main (int   argc,
      char *argv[])
{
  app = hd_gui_test_init (&argc, &argv, TRUE);

  g_test_add_func ("/opinions/opinion-to-task", test_opinion_to_task);
  g_test_add_func ("/opinions/edit-delete-problems", test_edit_delete_problems);
  g_test_add_func ("/opinions/problems-view-keys", test_problems_view_keys);
  g_test_add_func ("/opinions/undo-edited", test_undo_edited);
  g_test_add_func ("/opinions/problems-view-focus", test_problems_view_focus);
  g_test_add_func ("/opinions/keep-far-selection", test_keep_far_selection);
  g_test_add_func ("/opinions/typed-opinion-kept", test_typed_opinion_kept);
  g_test_add_func ("/opinions/delete-edited", test_delete_edited);
  g_test_add_func ("/opinions/status-offered", test_status_offered);
  g_test_add_func ("/opinions/delete-plural", test_delete_plural);
  g_test_add_func ("/opinions/reload-problems", test_reload_problems);

  return hd_gui_test_run (&app);
}
