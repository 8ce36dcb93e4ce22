/* test-organisation-edit.c — editing the Organisation area through the real window under a
 * display (Xvfb in CI): adding a unit and a person with the forms, finding them by search,
 * renaming without losing the expanded rows, undo, and deleting after the question. */
#include <glib/gi18n-lib.h>

#include "common/hd-question-window.h"
#include "hd-application.h"
#include "hd-gui-test.h"
#include "hd-test-util.h"
#include "hd-window.h"
#include "organisation/hd-person-edit.h"
#include "organisation/hd-person-editor.h"
#include "organisation/hd-unit-edit.h"
#include "organisation/hd-unit-editor.h"

static HdApplication *app;

/* The first toplevel window of @type, or NULL. */
static gpointer
find_toplevel (GType type)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type) && gtk_widget_get_visible (l->data))
      return l->data;
  return NULL;
}

/* A small county: two townships, the first with a village. */
static char *
make_county (const char *dir)
{
  g_autoptr(HdStore) store = hd_test_open_store (dir, "county.db");
  g_autoptr(GError) error = NULL;
  gint64 county, township;

  county = hd_unit_create (store, NULL, 0, HD_UNIT_KIND_COUNTY, "测试县", NULL, &error);
  g_assert_no_error (error);
  township = hd_unit_create (store, NULL, county, HD_UNIT_KIND_TOWNSHIP, "城关镇", NULL, &error);
  g_assert_no_error (error);
  hd_unit_create (store, NULL, township, HD_UNIT_KIND_VILLAGE, "东关村", NULL, &error);
  g_assert_no_error (error);
  hd_unit_create (store, NULL, county, HD_UNIT_KIND_TOWNSHIP, "新城镇", NULL, &error);
  g_assert_no_error (error);
  return g_strdup (hd_store_get_path (store));
}

static gint64
unit_id_named (HdStore    *store,
               const char *name)
{
  g_autofree char *sql = g_strdup_printf ("SELECT coalesce((SELECT id FROM unit WHERE name = '%s'), 0)", name);

  return hd_test_query_int (store, sql);
}

static gboolean
row_has_name (GListModel *tree,
              gint64      id,
              const char *name)
{
  guint position = hd_gui_test_find_unit_row (tree, id);
  g_autoptr(GtkTreeListRow) row = NULL;
  g_autoptr(HdUnit) unit = NULL;

  if (position == G_MAXUINT)
    return FALSE;
  row = g_list_model_get_item (tree, position);
  unit = gtk_tree_list_row_get_item (row);
  return g_strcmp0 (hd_unit_get_name (unit), name) == 0;
}

static gboolean
row_expanded (GListModel *tree,
              gint64      id)
{
  guint position = hd_gui_test_find_unit_row (tree, id);
  g_autoptr(GtkTreeListRow) row = NULL;

  if (position == G_MAXUINT)
    return FALSE;
  row = g_list_model_get_item (tree, position);
  return gtk_tree_list_row_get_expanded (row);
}

static gint64
selected_unit_id (GtkSingleSelection *selection)
{
  GtkTreeListRow *row = gtk_single_selection_get_selected_item (selection);
  g_autoptr(HdUnit) unit = row != NULL ? gtk_tree_list_row_get_item (row) : NULL;

  return unit != NULL ? hd_unit_get_id (unit) : 0;
}

static void
select_unit (GtkSingleSelection *selection,
             gint64              id)
{
  guint position = hd_gui_test_find_unit_row (gtk_single_selection_get_model (selection), id);

  g_assert_cmpuint (position, !=, G_MAXUINT);
  gtk_single_selection_set_selected (selection, position);
}

static void
type_text (GtkEditable *editable,
           const char  *text)
{
  gtk_widget_grab_focus (GTK_WIDGET (editable));
  gtk_editable_set_text (editable, text);
}

static void
test_add_find_rename_undo (void)
{
  g_autofree char *dir = hd_test_make_tmpdir ();
  g_autofree char *db_path = make_county (dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(HdStore) store = hd_store_open (db_path, &error);
  gint64 county, chengguan, dongguan, xincheng, village, person;
  GtkWindow *window;
  HdOrganisationPage *page;
  HdUnitDetail *detail;
  GtkSingleSelection *selection;
  GListModel *tree;
  HdUnitEditor *unit_editor;
  HdPersonEditor *person_editor;
  HdQuestionWindow *question;
  HdHistory *history;

  g_assert_no_error (error);
  county = unit_id_named (store, "测试县");
  chengguan = unit_id_named (store, "城关镇");
  dongguan = unit_id_named (store, "东关村");
  xincheng = unit_id_named (store, "新城镇");

  window = hd_gui_test_open_window (app, db_path);
  page = hd_window_get_organisation_page (HD_WINDOW (window));
  detail = hd_organisation_page_get_detail (page);
  selection = hd_organisation_page_get_tree_selection (page);
  tree = gtk_single_selection_get_model (selection);
  history = hd_context_get_history (hd_window_get_context (HD_WINDOW (window)));
  WAIT_FOR (hd_gui_test_find_unit_row (tree, xincheng) != G_MAXUINT);

  /* Add a village under 新城镇 with the form. */
  select_unit (selection, xincheng);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "unit.add-child", NULL));
  WAIT_FOR ((unit_editor = find_toplevel (HD_TYPE_UNIT_EDITOR)) != NULL);
  g_assert_cmpuint (gtk_drop_down_get_selected (hd_unit_editor_get_kind_dropdown (unit_editor)), ==,
                    HD_UNIT_KIND_VILLAGE);
  type_text (hd_unit_editor_get_name_entry (unit_editor), "北街村");
  type_text (hd_unit_editor_get_code_entry (unit_editor), "XC-01");
  gtk_widget_activate (GTK_WIDGET (hd_unit_editor_get_save_button (unit_editor)));
  WAIT_FOR (find_toplevel (HD_TYPE_UNIT_EDITOR) == NULL);

  village = unit_id_named (store, "北街村");
  g_assert_cmpint (village, >, 0);
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM unit WHERE name = '北街村' AND code = 'XC-01' "
                                             "AND kind = 'village'"), ==, 1);
  WAIT_FOR (selected_unit_id (selection) == village);
  WAIT_FOR (hd_unit_detail_get_unit (detail) != NULL && hd_unit_get_id (hd_unit_detail_get_unit (detail)) == village);

  /* Add a person to it: a bad phone number is refused beside the field and writes nothing. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (detail), "person.add", NULL));
  WAIT_FOR ((person_editor = find_toplevel (HD_TYPE_PERSON_EDITOR)) != NULL);
  type_text (hd_person_editor_get_name_entry (person_editor), "王小明");
  gtk_drop_down_set_selected (hd_person_editor_get_gender_dropdown (person_editor), HD_GENDER_MALE);
  type_text (hd_person_editor_get_title_entry (person_editor), "村委会主任");
  gtk_switch_set_active (hd_person_editor_get_party_switch (person_editor), TRUE);
  type_text (hd_person_editor_get_phone_entry (person_editor), "1380013800");
  gtk_widget_activate (GTK_WIDGET (hd_person_editor_get_save_button (person_editor)));
  /* A button pressed from the keyboard clicks a moment later. */
  WAIT_FOR (hd_person_editor_get_phone_error (person_editor) != NULL);
  g_assert_null (hd_person_editor_get_name_error (person_editor));
  g_assert_true (find_toplevel (HD_TYPE_PERSON_EDITOR) == person_editor);
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM person"), ==, 0);

  type_text (hd_person_editor_get_phone_entry (person_editor), "13800138000");
  gtk_widget_activate (GTK_WIDGET (hd_person_editor_get_save_button (person_editor)));
  WAIT_FOR (find_toplevel (HD_TYPE_PERSON_EDITOR) == NULL);
  person = hd_test_query_int (store, "SELECT id FROM person WHERE name = '王小明'");
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM person"), ==, 1);
  {
    g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM person WHERE unit_id = %" G_GINT64_FORMAT
                                            " AND name = '王小明' AND gender = %d AND title = '村委会主任'"
                                            " AND party_member = 1 AND phone = '13800138000'",
                                            village, HD_GENDER_MALE);
    g_assert_cmpint (hd_test_query_int (store, sql), ==, 1);
  }
  WAIT_FOR (g_list_model_get_n_items (hd_unit_detail_get_people (detail)) == 1);

  /* The same name again: the form asks, and adds after the clerk confirms. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (detail), "person.add", NULL));
  WAIT_FOR ((person_editor = find_toplevel (HD_TYPE_PERSON_EDITOR)) != NULL);
  type_text (hd_person_editor_get_name_entry (person_editor), "王小明");
  gtk_widget_activate (GTK_WIDGET (hd_person_editor_get_save_button (person_editor)));
  WAIT_FOR (hd_person_editor_get_warning (person_editor) != NULL);
  g_assert_nonnull (strstr (hd_person_editor_get_warning (person_editor), "王小明"));
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM person"), ==, 1);
  gtk_widget_activate (GTK_WIDGET (hd_person_editor_get_save_button (person_editor)));
  WAIT_FOR (find_toplevel (HD_TYPE_PERSON_EDITOR) == NULL);
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM person WHERE name = '王小明'"), ==, 2);
  hd_test_undo (history);
  WAIT_FOR (g_list_model_get_n_items (hd_unit_detail_get_people (detail)) == 1);

  /* Find the person from elsewhere in the tree: the search jumps to the unit and the person. */
  select_unit (selection, county);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "unit.search", NULL));
  WAIT_FOR (hd_organisation_page_get_searching (page));
  type_text (hd_organisation_page_get_search_entry (page), "小明");
  WAIT_FOR (g_list_model_get_n_items (hd_organisation_page_get_search_results (page)) > 0);
  g_signal_emit_by_name (hd_organisation_page_get_search_entry (page), "activate");
  WAIT_FOR (!hd_organisation_page_get_searching (page));
  g_assert_cmpint (selected_unit_id (selection), ==, village);
  WAIT_FOR (hd_unit_get_id (hd_unit_detail_get_unit (detail)) == village);
  g_assert_nonnull (hd_unit_detail_get_selected_person (detail));
  g_assert_cmpint (hd_person_get_id (hd_unit_detail_get_selected_person (detail)), ==, person);

  /* Rename 城关镇 with its village in view: the rows stay expanded and selected. */
  select_unit (selection, chengguan);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "unit.expand", NULL));
  WAIT_FOR (hd_gui_test_find_unit_row (tree, dongguan) != G_MAXUINT);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "unit.edit", NULL));
  WAIT_FOR ((unit_editor = find_toplevel (HD_TYPE_UNIT_EDITOR)) != NULL);
  type_text (hd_unit_editor_get_name_entry (unit_editor), "城关街道");
  gtk_widget_activate (GTK_WIDGET (hd_unit_editor_get_save_button (unit_editor)));
  WAIT_FOR (find_toplevel (HD_TYPE_UNIT_EDITOR) == NULL);
  WAIT_FOR (row_has_name (tree, chengguan, "城关街道"));
  g_assert_true (row_expanded (tree, county));
  g_assert_true (row_expanded (tree, chengguan));
  g_assert_true (row_expanded (tree, xincheng));
  g_assert_cmpuint (hd_gui_test_find_unit_row (tree, dongguan), !=, G_MAXUINT);
  g_assert_cmpuint (hd_gui_test_find_unit_row (tree, village), !=, G_MAXUINT);
  g_assert_cmpint (selected_unit_id (selection), ==, chengguan);
  g_assert_cmpstr (hd_unit_detail_get_heading (detail), ==, "城关街道");

  /* Undo (Ctrl+Z in the window) brings the old name back, still in place. */
  hd_test_undo (history);
  WAIT_FOR (row_has_name (tree, chengguan, "城关镇"));
  g_assert_true (row_expanded (tree, chengguan));
  g_assert_cmpuint (hd_gui_test_find_unit_row (tree, dongguan), !=, G_MAXUINT);
  g_assert_cmpint (selected_unit_id (selection), ==, chengguan);
  g_assert_cmpstr (hd_unit_detail_get_heading (detail), ==, "城关镇");

  /* Alt+Up moves 新城镇 above 城关镇; both keep their expanded rows and 新城镇 stays selected. */
  select_unit (selection, xincheng);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "unit.move-up", NULL));
  WAIT_FOR (hd_gui_test_find_unit_row (tree, xincheng) < hd_gui_test_find_unit_row (tree, chengguan));
  g_assert_cmpint (selected_unit_id (selection), ==, xincheng);
  g_assert_true (row_expanded (tree, chengguan));
  g_assert_true (row_expanded (tree, xincheng));
  hd_test_undo (history);
  WAIT_FOR (hd_gui_test_find_unit_row (tree, xincheng) > hd_gui_test_find_unit_row (tree, chengguan));

  /* Delete the new village: the question says what goes with it; the selection goes up. */
  select_unit (selection, village);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "unit.delete", NULL));
  WAIT_FOR ((question = find_toplevel (HD_TYPE_QUESTION_WINDOW)) != NULL);
  g_assert_nonnull (strstr (hd_question_window_get_heading (question), "北街村"));
  {
    HdUnitDependents dependents;
    g_autofree char *describe = NULL;

    g_assert_true (hd_unit_count_dependents (store, village, &dependents, &error));
    describe = hd_unit_dependents_describe (&dependents);
    g_assert_cmpstr (hd_question_window_get_body (question), ==, describe);
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (question), "question.confirm", NULL));
  WAIT_FOR (find_toplevel (HD_TYPE_QUESTION_WINDOW) == NULL);
  g_assert_cmpint (unit_id_named (store, "北街村"), ==, 0);
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM person"), ==, 0);
  WAIT_FOR (hd_gui_test_find_unit_row (tree, village) == G_MAXUINT);
  g_assert_cmpint (selected_unit_id (selection), ==, xincheng);

  /* And undo brings both back, under 新城镇 (left collapsed: it had no children to show). */
  hd_test_undo (history);
  g_assert_true (hd_organisation_page_select_unit (page, village));
  g_assert_cmpint (selected_unit_id (selection), ==, village);
  g_assert_cmpint (hd_test_query_int (store, "SELECT count(*) FROM person"), ==, 1);

  hd_gui_test_close_all_windows (app);
}

int
main (int   argc,
      char *argv[])
{
  app = hd_gui_test_init (&argc, &argv, TRUE);

  g_test_add_func ("/organisation-edit/add-find-rename-undo", test_add_find_rename_undo);

  return hd_gui_test_run (&app);
}
